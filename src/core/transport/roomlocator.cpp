// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomlocator.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkProxy>
#include <QScopedValueRollback>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

//! A chunk-size line is a few hex digits and perhaps an extension; anything longer is junk.
constexpr qsizetype kMaxChunkLineBytes = 1024;

//! The end of the header block in `bytes` (the index after the blank line), or -1.
qsizetype headerEnd(const QByteArray &bytes)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 4;
    return lf >= 0 ? lf + 2 : -1;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RoomLocator::RoomLocator(QObject *parent)
    : QObject(parent)
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
    const QScopedValueRollback<bool> inLocate(m_locating, true);
    m_address = address;
    m_redirects = 0;
    if (!address.isValid()) {
        Result r;
        r.error = Error::InvalidAddress;
        r.errorText = tr("No room address given");
        complete(r);
        return;
    }
    if (address.hasWsOverride()) {
        Result r;
        r.source = Source::Override;
        r.wsUrl = address.wsOverride;
        // An explicit ws:// address says nothing of the HTTP port: assume the default.
        r.httpPort = RoomAddress::kDefaultHttpPort;
        complete(r);
        return;
    }
    qCDebug(lcLocator) << "reading" << address.configUrl().toDisplayString();
    m_timer.start(m_timeoutMs);
    request(address.configUrl());
}

void RoomLocator::request(const QUrl &url)
{
    dropSocket();
    m_url = url;
    m_buffer.clear();
    m_body.clear();
    m_phase = Phase::Headers;
    m_framing = Framing::Close;
    m_remaining = 0;
    m_headerBytes = 0;
    m_status = 0;
    m_connected = false;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    // Rooms are on the LAN: no proxy, and no look-up of the system's proxy settings either.
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::connected, this, &RoomLocator::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &RoomLocator::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &RoomLocator::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &RoomLocator::onSocketError);
    socket->connectToHost(url.host(), quint16(url.port(80)));
}

void RoomLocator::onConnected()
{
    m_connected = true;
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port(80) != 80)
        host += ':' + QByteArray::number(m_url.port(80));
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    m_socket->write("GET " + target + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAccept: application/json\r\nUser-Agent: RoomDeck/" ROOMDECK_VERSION
                      "\r\nConnection: close\r\n\r\n");
}

void RoomLocator::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    parse();
}

void RoomLocator::onDisconnected()
{
    if (!m_socket)
        return;
    // Bytes that arrived with the end of the connection come first.
    m_buffer += m_socket->readAll();
    if (!parse())
        return;
    switch (m_phase) {
    case Phase::Headers:
        // Nothing, or not a whole HTTP header, before the end: whatever listens there is not
        // a web server (an SSH or mail server).
        complete(notHttp());
        return;
    case Phase::Body:
        if (m_framing == Framing::Close) {
            complete(parseConfig(m_body, m_address));
            return;
        }
        break;
    case Phase::ChunkSize:
    case Phase::ChunkData:
    case Phase::ChunkDataEnd:
    case Phase::Trailers:
        break;
    }
    complete(brokeOff(tr("the connection closed before the end of config.json")));
}

void RoomLocator::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and knows whether the answer was complete
    Result r;
    r.configUrl = m_address.configUrl();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        r.error = Error::ConnectionRefused;
        r.errorText = tr("Connection refused by %1: no control panel listens on that port "
                         "(check the address and port shown on the room's screen)")
                          .arg(where());
        break;
    case QAbstractSocket::HostNotFoundError:
        r.error = Error::HostUnreachable;
        r.errorText = tr("Host %1 not found (check the address)").arg(m_address.host);
        break;
    case QAbstractSocket::SocketTimeoutError:
        r.error = Error::Timeout;
        r.errorText = tr("The room's control panel at %1 did not answer in time").arg(where());
        break;
    default:
        if (m_phase != Phase::Headers && m_status >= 200 && m_status < 300) {
            // The headers said 200, then the body broke off: never parse half a config.json.
            r = brokeOff(m_socket->errorString());
        } else if (m_connected) {
            // Connected, then reset before a whole HTTP header: not a web server.
            r = notHttp();
        } else {
            r.error = Error::HostUnreachable;
            r.errorText = tr("Cannot reach %1: %2").arg(where(), m_socket->errorString());
        }
        break;
    }
    complete(r);
}

void RoomLocator::onTimeout()
{
    Result r;
    r.configUrl = m_address.configUrl();
    r.error = Error::Timeout;
    r.errorText = tr("The room's control panel at %1 did not answer within %2 s")
                      .arg(where())
                      .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    complete(r);
}

bool RoomLocator::parse()
{
    while (m_socket) {
        switch (m_phase) {
        case Phase::Headers:
            if (!parseHeaders())
                return false;
            if (m_phase == Phase::Headers)
                return true; // waiting for the rest of the headers
            break;
        case Phase::Body: {
            if (m_buffer.isEmpty())
                return true;
            QByteArray bytes;
            if (m_framing == Framing::Length) {
                bytes = m_buffer.left(m_remaining);
                m_buffer.remove(0, bytes.size());
                m_remaining -= bytes.size();
            } else {
                bytes = std::exchange(m_buffer, {});
            }
            if (!appendBody(bytes))
                return false;
            if (m_framing == Framing::Length && m_remaining == 0) {
                complete(parseConfig(m_body, m_address));
                return false;
            }
            break;
        }
        case Phase::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_buffer.size() <= kMaxChunkLineBytes)
                    return true;
                complete(brokeOff(tr("config.json arrived in malformed chunks")));
                return false;
            }
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 1);
            const qsizetype extension = line.indexOf(';');
            if (extension >= 0)
                line.truncate(extension);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || line.trimmed().size() > 15) {
                complete(brokeOff(tr("config.json arrived in malformed chunks")));
                return false;
            }
            if (size > kMaxConfigBytes - m_body.size()) {
                complete(tooLarge());
                return false;
            }
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            if (m_buffer.isEmpty())
                return true;
            const QByteArray bytes = m_buffer.left(m_remaining);
            m_buffer.remove(0, bytes.size());
            m_remaining -= bytes.size();
            if (!appendBody(bytes))
                return false;
            if (m_remaining == 0)
                m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (m_buffer.startsWith("\r\n")) {
                m_buffer.remove(0, 2);
            } else if (m_buffer.startsWith('\n')) {
                m_buffer.remove(0, 1);
            } else if (m_buffer.isEmpty() || m_buffer == "\r") {
                return true;
            } else {
                complete(brokeOff(tr("config.json arrived in malformed chunks")));
                return false;
            }
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_headerBytes + m_buffer.size() <= kMaxHeaderBytes)
                    return true;
                complete(notARoom(
                    tr("its HTTP headers are larger than %1 KiB").arg(kMaxHeaderBytes / 1024)));
                return false;
            }
            const bool last = m_buffer.left(eol).trimmed().isEmpty();
            m_headerBytes += eol + 1;
            m_buffer.remove(0, eol + 1);
            if (m_headerBytes > kMaxHeaderBytes) {
                complete(notARoom(
                    tr("its HTTP headers are larger than %1 KiB").arg(kMaxHeaderBytes / 1024)));
                return false;
            }
            if (last) {
                complete(parseConfig(m_body, m_address));
                return false;
            }
            break;
        }
        }
    }
    return false;
}

bool RoomLocator::parseHeaders()
{
    // Anything that does not begin like an HTTP answer is something else on that port.
    const qsizetype prefix = qMin<qsizetype>(m_buffer.size(), 5);
    if (!QByteArrayView("HTTP/").startsWith(QByteArrayView(m_buffer).first(prefix))) {
        complete(notHttp());
        return false;
    }
    const qsizetype end = headerEnd(m_buffer);
    if (end < 0) {
        if (m_headerBytes + m_buffer.size() <= kMaxHeaderBytes)
            return true;
        complete(
            notARoom(tr("its HTTP headers are larger than %1 KiB").arg(kMaxHeaderBytes / 1024)));
        return false;
    }
    m_headerBytes += end;
    if (m_headerBytes > kMaxHeaderBytes) {
        complete(
            notARoom(tr("its HTTP headers are larger than %1 KiB").arg(kMaxHeaderBytes / 1024)));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).trimmed().split('\n');
    m_buffer.remove(0, end);

    // "HTTP/1.1 200 OK"
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status
        = statusLine.size() >= 2 && statusLine.at(1).size() == 3 ? statusLine.at(1).toInt(&ok) : 0;
    if (!ok || status < 100) {
        complete(notHttp());
        return false;
    }
    qint64 contentLength = -1;
    bool chunked = false;
    QByteArray location;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool valid = false;
            const qint64 length = value.toLongLong(&valid);
            if (!valid || length < 0 || (contentLength >= 0 && length != contentLength)) {
                complete(notHttp());
                return false;
            }
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        } else if (name == "location") {
            location = value;
        }
    }

    if (status < 200 && status != 101) {
        // An interim answer (100 Continue): the real one follows.
        return parseHeaders();
    }
    m_status = status;
    if (isRedirect(status) && !location.isEmpty() && m_redirects < kMaxRedirects) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        // Plain HTTP only: rooms serve config.json on the LAN without TLS.
        if (target.isValid() && target.scheme() == u"http"_s && !target.host().isEmpty()) {
            ++m_redirects;
            qCDebug(lcLocator) << "redirected to" << target.toDisplayString();
            request(target);
            return false;
        }
    }
    if (status == 404 || status < 200 || status >= 300) {
        complete(httpStatus());
        return false;
    }
    if (chunked) {
        m_framing = Framing::Chunked;
        m_phase = Phase::ChunkSize;
        m_headerBytes = 0; // the trailers have a bound of their own
    } else if (contentLength >= 0) {
        if (contentLength > kMaxConfigBytes) {
            complete(tooLarge());
            return false;
        }
        m_framing = Framing::Length;
        m_remaining = contentLength;
        m_phase = Phase::Body;
        if (contentLength == 0) {
            complete(parseConfig(m_body, m_address));
            return false;
        }
    } else {
        m_framing = Framing::Close;
        m_phase = Phase::Body;
    }
    return true;
}

bool RoomLocator::appendBody(const QByteArray &bytes)
{
    if (m_body.size() + bytes.size() > kMaxConfigBytes) {
        complete(tooLarge());
        return false;
    }
    m_body += bytes;
    return true;
}

void RoomLocator::abort()
{
    ++m_generation;
    m_timer.stop();
    dropSocket();
}

void RoomLocator::dropSocket()
{
    if (QTcpSocket *socket = m_socket.data()) {
        m_socket.clear();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void RoomLocator::complete(const Result &result)
{
    m_timer.stop();
    dropSocket();
    if (!result.ok())
        qCInfo(lcLocator) << "discovery failed:" << result.errorText;
    if (!m_locating) {
        finish(result);
        return;
    }
    // From inside locate(): the caller has not connected to the result yet.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, result, generation] {
            if (generation == m_generation)
                finish(result);
        },
        Qt::QueuedConnection);
}

QString RoomLocator::where() const
{
    return m_address.host + QLatin1Char(':') + QString::number(m_address.webPort);
}

RoomLocator::Result RoomLocator::notARoom(const QString &why) const
{
    Result r;
    r.configUrl = m_address.configUrl();
    r.error = Error::NotARoom;
    r.errorText = tr("%1 answered, but not like a room: %2").arg(where(), why);
    return r;
}

RoomLocator::Result RoomLocator::notHttp() const
{
    // Something listens there, but it does not speak HTTP (an SSH or mail server): no control
    // panel on this port, as good as refused.
    Result r;
    r.configUrl = m_address.configUrl();
    r.error = Error::NotARoom;
    r.errorText = tr("%1 answered, but not with HTTP: no room control panel listens on that port")
                      .arg(where());
    return r;
}

RoomLocator::Result RoomLocator::tooLarge() const
{
    return notARoom(tr("config.json is larger than %1 KiB").arg(kMaxConfigBytes / 1024));
}

RoomLocator::Result RoomLocator::brokeOff(const QString &why) const
{
    Result r;
    r.configUrl = m_address.configUrl();
    r.error = Error::NotARoom;
    r.errorText = tr("%1 broke off while sending config.json: %2").arg(where(), why);
    return r;
}

RoomLocator::Result RoomLocator::httpStatus() const
{
    Result r;
    r.configUrl = m_address.configUrl();
    r.error = Error::NotARoom;
    if (m_status == 404)
        r.errorText = tr("%1 has no room configuration for instance “%2” (HTTP 404): "
                         "not a room, or a different instance name")
                          .arg(where(), m_address.instance);
    else
        r.errorText = tr("%1 answered HTTP %2 for config.json; this is not a room")
                          .arg(where())
                          .arg(m_status);
    return r;
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
