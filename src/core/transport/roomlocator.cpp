// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomlocator.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

RoomLocator::RoomLocator(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RoomLocator::onTimeout);
}

RoomLocator::~RoomLocator()
{
    abort();
}

QString RoomLocator::errorKindText(Error error)
{
    switch (error) {
    case Error::None:
        return tr("no error");
    case Error::HostUnreachable:
        return tr("host unreachable");
    case Error::ConnectionRefused:
        return tr("connection refused");
    case Error::NotARoom:
        return tr("not a room");
    case Error::Timeout:
        return tr("timed out");
    case Error::InvalidAddress:
        return tr("invalid address");
    }
    return {};
}

void RoomLocator::locate(const RoomAddress &address)
{
    abort();
    const quint64 generation = m_generation;
    m_address = address;
    m_timedOut = false;
    m_tooLarge = false;
    if (!address.isValid()) {
        Result r;
        r.error = Error::InvalidAddress;
        r.errorText = tr("No room address given");
        QMetaObject::invokeMethod(
            this,
            [this, r, generation] {
                if (generation == m_generation)
                    finish(r);
            },
            Qt::QueuedConnection);
        return;
    }
    if (address.hasWsOverride()) {
        Result r;
        r.source = Source::Override;
        r.wsUrl = address.wsOverride;
        // An explicit ws:// address says nothing of the HTTP port: assume the default.
        r.httpPort = RoomAddress::kDefaultHttpPort;
        QMetaObject::invokeMethod(
            this,
            [this, r, generation] {
                if (generation == m_generation)
                    finish(r);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(address.configUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    qCDebug(lcLocator) << "reading" << address.configUrl().toDisplayString();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &RoomLocator::onReplyFinished);
    // Bytes waiting in the reply, not downloadProgress: Qt throttles that signal, so a body
    // that stalls after the first chunk would never be cut off and end in a timeout instead.
    const auto cutOffWhenTooLarge = [this] {
        if (!m_reply || m_tooLarge)
            return;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > kMaxConfigBytes || m_reply->bytesAvailable() > kMaxConfigBytes) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows; onReplyFinished() reports the size
        }
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, cutOffWhenTooLarge);
    connect(m_reply, &QNetworkReply::readyRead, this, cutOffWhenTooLarge);
    m_timer.start(m_timeoutMs);
}

void RoomLocator::abort()
{
    ++m_generation;
    m_timer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RoomLocator::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously or soon, handled below
}

void RoomLocator::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    m_timer.stop();
    reply->deleteLater();

    const QString where = m_address.host + QLatin1Char(':') + QString::number(m_address.webPort);
    Result r;
    r.configUrl = m_address.configUrl();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_tooLarge) {
        r.error = Error::NotARoom;
        r.errorText = tr("%1 answered, but not like a room: config.json is larger than %2 KiB")
                          .arg(where)
                          .arg(kMaxConfigBytes / 1024);
    } else if (m_timedOut) {
        r.error = Error::Timeout;
        r.errorText = tr("The room's control panel at %1 did not answer within %2 s")
                          .arg(where)
                          .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (status == 0 && netError != QNetworkReply::NoError) {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            r.error = Error::ConnectionRefused;
            r.errorText = tr("Connection refused by %1: no control panel listens on that port "
                             "(check the address and port shown on the room's screen)")
                              .arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            r.error = Error::HostUnreachable;
            r.errorText = tr("Host %1 not found (check the address)").arg(m_address.host);
            break;
        case QNetworkReply::TimeoutError:
            r.error = Error::Timeout;
            r.errorText = tr("The room's control panel at %1 did not answer in time").arg(where);
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
            // Something listens there, but it does not speak HTTP (an SSH or mail server):
            // no control panel on this port, as good as refused.
            r.error = Error::NotARoom;
            r.errorText = tr("%1 answered, but not with HTTP: no room control panel listens "
                             "on that port")
                              .arg(where);
            break;
        default:
            r.error = Error::HostUnreachable;
            r.errorText = tr("Cannot reach %1: %2").arg(where, reply->errorString());
            break;
        }
    } else if (netError != QNetworkReply::NoError && status >= 200 && status < 300) {
        // The headers said 200, then the body broke off: never parse half a config.json.
        r.error = Error::NotARoom;
        r.errorText
            = tr("%1 broke off while sending config.json: %2").arg(where, reply->errorString());
    } else if (status == 404) {
        r.error = Error::NotARoom;
        r.errorText = tr("%1 has no room configuration for instance “%2” (HTTP 404): "
                         "not a room, or a different instance name")
                          .arg(where, m_address.instance);
    } else if (status < 200 || status >= 300) {
        r.error = Error::NotARoom;
        r.errorText
            = tr("%1 answered HTTP %2 for config.json; this is not a room").arg(where).arg(status);
    } else {
        r = parseConfig(reply->read(kMaxConfigBytes + 1), m_address);
    }
    if (!r.ok())
        qCInfo(lcLocator) << "discovery failed:" << r.errorText;
    finish(r);
}

RoomLocator::Result RoomLocator::parseConfig(const QByteArray &body, const RoomAddress &address)
{
    Result r;
    r.configUrl = address.configUrl();
    const QString where = address.host + QLatin1Char(':') + QString::number(address.webPort);
    auto notARoom = [&](const QString &why) {
        r.error = Error::NotARoom;
        r.errorText = tr("%1 answered, but not like a room: %2").arg(where, why);
        return r;
    };
    if (body.size() > kMaxConfigBytes)
        return notARoom(tr("config.json is larger than %1 KiB").arg(kMaxConfigBytes / 1024));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return notARoom(tr("config.json is not a JSON object"));
    const QJsonObject config = doc.object().value(u"config"_s).toObject();
    const QJsonValue ws = config.value(u"websocket"_s).toObject().value(u"port"_s);
    const QJsonValue http = config.value(u"http"_s).toObject().value(u"port"_s);
    // A port is a whole number 1-65535; toInt() gives the -1 default for anything else
    // (fractions, 1e300, NaN) without an undefined conversion.
    const int wsPort = ws.isDouble() ? ws.toInt(-1) : -1;
    if (wsPort < 1 || wsPort > 65535)
        return notARoom(tr("config.json has no valid config.websocket.port"));
    r.wsUrl.setScheme(u"ws"_s);
    r.wsUrl.setHost(address.host);
    r.wsUrl.setPort(wsPort);
    const int httpPort = http.isDouble() ? http.toInt(-1) : -1;
    r.httpPort
        = (httpPort >= 1 && httpPort <= 65535) ? quint16(httpPort) : RoomAddress::kDefaultHttpPort;
    r.source = Source::Discovered;
    return r;
}

void RoomLocator::finish(const Result &result)
{
    Q_EMIT finished(result);
}
