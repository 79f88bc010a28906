// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentdirectory.h"

#include "core/logging.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

//! A string field, or empty when it is absent or of another type.
QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? RoomText::name(value.toString()) : QString();
}

} // namespace

AgentDirectory::AgentDirectory(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The agent is on the LAN or this machine: no proxy, and no look-up of the system's.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AgentDirectory::onTimeout);
}

AgentDirectory::~AgentDirectory()
{
    abort();
}

QUrl AgentDirectory::roomsUrl(const RoomAddress &address)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.host);
    url.setPort(address.webPort);
    url.setPath(u"/api/v1/rooms"_s);
    return url;
}

QString AgentDirectory::hostPort(const RoomAddress &address)
{
    const QString host
        = address.host.contains(u':') ? u"["_s + address.host + u"]"_s : address.host;
    return host + u':' + QString::number(address.webPort);
}

QString AgentDirectory::errorKindText(Error error)
{
    switch (error) {
    case Error::None:
        return tr("no error");
    case Error::InvalidAddress:
        return tr("invalid address");
    case Error::Unreachable:
        return tr("not reachable");
    case Error::Timeout:
        return tr("timed out");
    case Error::NotAnAgent:
        return tr("not a roomdeck-agent");
    case Error::Malformed:
        return tr("malformed answer");
    }
    return {};
}

QString AgentDirectory::instanceList(const QList<Room> &rooms, int max)
{
    QStringList instances;
    for (const Room &room : rooms) {
        if (instances.size() == max) {
            instances.append(QString(QChar(0x2026)));
            break;
        }
        instances.append(room.instance);
    }
    return instances.join(u", "_s);
}

void AgentDirectory::fetch(const RoomAddress &address)
{
    abort();
    m_running = true;
    m_url = roomsUrl(address);
    m_where = hostPort(address);
    m_body.clear();
    m_tooLarge = false;
    m_timedOut = false;
    if (!address.isValid() || address.hasWsOverride()) {
        Result r;
        r.error = Error::InvalidAddress;
        r.errorText = address.isValid()
            ? tr("%1 is a room's WebSocket address; a roomdeck-agent is reached as HOST:PORT")
                  .arg(address.displayText())
            : tr("No roomdeck-agent address given");
        // Never from inside fetch(): the caller has not connected to the result yet.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, r, generation] {
                if (generation == m_generation)
                    complete(r);
            },
            Qt::QueuedConnection);
        return;
    }
    qCDebug(lcHttp) << "reading" << m_url.toDisplayString();
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "RoomDeck/" ROOMDECK_VERSION);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        bool known = false;
        const qint64 length
            = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (m_reply == reply && known && length > kMaxBytes) {
            m_tooLarge = true;
            onFinished();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, &AgentDirectory::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &AgentDirectory::onFinished);
    // One limit for the whole exchange, not per read: a server that drips cannot stretch it.
    m_timer.start(m_timeoutMs);
}

void AgentDirectory::abort()
{
    ++m_generation;
    m_timer.stop();
    m_running = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AgentDirectory::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    // Read one byte past the limit to know that the limit was passed, never more.
    m_body += reply->read(kMaxBytes + 1 - m_body.size());
    if (m_body.size() > kMaxBytes) {
        m_tooLarge = true;
        onFinished();
    }
}

void AgentDirectory::onTimeout()
{
    m_timedOut = true;
    onFinished();
}

void AgentDirectory::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    m_timer.stop();
    reply->disconnect(this);
    const bool done = reply->isFinished();
    if (!done)
        reply->abort();
    reply->deleteLater();

    Result r;
    if (m_tooLarge) {
        r.error = Error::Malformed;
        r.errorText = tr("%1 sent more than %2 for its room list")
                          .arg(m_where, QLocale::c().formattedDataSize(kMaxBytes));
        complete(r);
        return;
    }
    if (m_timedOut) {
        r.error = Error::Timeout;
        r.errorText = tr("%1 did not send its room list within %2 s")
                          .arg(m_where)
                          .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        complete(r);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            r.error = Error::Unreachable;
            r.errorText = tr("Connection refused by %1: no roomdeck-agent listens there (its "
                             "default port is 9687)")
                              .arg(m_where);
            break;
        case QNetworkReply::HostNotFoundError:
            r.error = Error::Unreachable;
            r.errorText = tr("Host %1 not found (check the address)").arg(m_url.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
            // It took the connection but gave no HTTP answer: an SSH or mail server.
            r.error = Error::NotAnAgent;
            r.errorText = tr("%1 answered, but not with HTTP: not a roomdeck-agent").arg(m_where);
            break;
        default:
            r.error = Error::Unreachable;
            r.errorText
                = tr("Cannot reach %1: %2").arg(m_where, RoomText::bounded(reply->errorString()));
            break;
        }
        complete(r);
        return;
    }
    if (status != 200) {
        r.error = Error::NotAnAgent;
        r.errorText = status == 404
            ? tr("%1 has no room list (HTTP 404 for /api/v1/rooms): not a roomdeck-agent; a "
                 "room's own control panel answers like this")
                  .arg(m_where)
            : tr("%1 answered HTTP %2 for /api/v1/rooms: not a roomdeck-agent")
                  .arg(m_where)
                  .arg(status);
        complete(r);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // HTTP 200, then the connection broke: never read half a list as the list.
        r.error = Error::Unreachable;
        r.errorText = tr("%1 broke off while sending its room list: %2")
                          .arg(m_where, RoomText::bounded(reply->errorString()));
        complete(r);
        return;
    }
    m_body += reply->read(kMaxBytes + 1 - m_body.size());
    complete(parse(std::exchange(m_body, {}), m_where));
}

void AgentDirectory::complete(Result result)
{
    m_running = false;
    result.url = m_url;
    if (!result.ok())
        qCInfo(lcHttp) << "agent room list:" << result.errorText;
    Q_EMIT finished(result);
}

AgentDirectory::Result AgentDirectory::parse(const QByteArray &body, const QString &where)
{
    Result r;
    const auto fail = [&r](Error error, const QString &text) {
        r.error = error;
        r.errorText = text;
        r.rooms.clear();
        return r;
    };
    if (body.size() > kMaxBytes)
        return fail(Error::Malformed,
                    tr("%1 sent more than %2 for its room list")
                        .arg(where, QLocale::c().formattedDataSize(kMaxBytes)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::NotAnAgent,
                    tr("%1 answered, but its answer is not JSON: not a roomdeck-agent").arg(where));
    const QJsonObject top = doc.object();
    if (!top.contains(u"rooms"_s))
        return fail(
            Error::NotAnAgent,
            tr("%1 answered with JSON, but without a room list: not a roomdeck-agent").arg(where));
    if (!top.value(u"rooms"_s).isArray())
        return fail(
            Error::Malformed,
            tr("%1 answered like a roomdeck-agent, but its \"rooms\" is not a list").arg(where));
    const QJsonArray rooms = top.value(u"rooms"_s).toArray();
    if (rooms.size() > kMaxRooms)
        return fail(Error::Malformed,
                    tr("%1 lists %2 rooms; at most %3 are read")
                        .arg(where)
                        .arg(rooms.size())
                        .arg(kMaxRooms));
    r.version = text(top, u"version"_s);
    QSet<QString> seen;
    for (const QJsonValue &value : rooms) {
        const QJsonObject o = value.toObject();
        const QJsonValue name = o.value(u"name"_s);
        // The agent's relay names each room's instance (relayInstance: "Board room" is
        // "Board-room"); an agent that does not say is taken to use the name itself.
        const QJsonValue relay = o.value(u"relayInstance"_s);
        const QString instance = relay.isString() ? relay.toString() : name.toString();
        if (!value.isObject() || !name.isString() || name.toString().trimmed().isEmpty()
            || !RoomAddress::isValidInstance(instance) || seen.contains(instance)) {
            ++r.skipped;
            continue;
        }
        seen.insert(instance);
        Room room;
        room.instance = instance;
        room.name = RoomText::name(name.toString());
        room.site = text(o, u"site"_s);
        room.trueConfId = text(o, u"trueconfId"_s);
        room.connection = text(o, u"connection"_s);
        room.up = o.value(u"up"_s).toBool(false); // anything but true is down
        r.rooms.append(room);
    }
    return r;
}
