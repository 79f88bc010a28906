// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomwebsocket.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkProxy>
#include <QPointer>
#include <QRandomGenerator>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

enum Opcode : quint8 {
    Text = 0x1,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

constexpr QByteArrayView kAcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr qint64 kSocketReadBuffer = 256 * 1024;
constexpr qsizetype kMaxControlPayload = 125;

//! The value of header `name` (case-insensitive) in `head`, or a null array.
QByteArray headerValue(QByteArrayView head, QByteArrayView name)
{
    qsizetype start = head.indexOf("\r\n");
    while (start >= 0) {
        start += 2;
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toByteArray();
        start = end < head.size() ? end : -1;
    }
    return {};
}

bool hasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts)
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

RoomWebSocket::RoomWebSocket(QObject *parent)
    : RoomWebSocket(Options {}, parent)
{ }

RoomWebSocket::RoomWebSocket(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    // Rooms are on the operator's LAN: a system or environment proxy would only stand between
    // them (and QNetworkProxyFactory's lookup costs startup time).
    m_socket.setProxy(QNetworkProxy::NoProxy);
    // Bytes wait in the kernel, not in a second copy of a large message in Qt's read buffer,
    // while the application is busy; onReadyRead() drains it into the frame reader.
    m_socket.setReadBufferSize(kSocketReadBuffer);
    connect(&m_socket, &QTcpSocket::connected, this, &RoomWebSocket::onTcpConnected);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RoomWebSocket::onTcpDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &RoomWebSocket::onTcpError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RoomWebSocket::onReadyRead);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &RoomWebSocket::onCloseTimeout);
}

RoomWebSocket::~RoomWebSocket()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void RoomWebSocket::reset()
{
    m_closeTimer.stop();
    m_handshake = QByteArray();
    m_reader.reset();
    m_error = Error::None;
    m_errorString.clear();
    m_httpStatus = 0;
    m_socketError = QAbstractSocket::UnknownSocketError;
    m_closeCode = 0;
    m_closeReason.clear();
    m_closedBy = ClosedBy::Client;
    m_closeSent = false;
    m_closeReceived = false;
}

void RoomWebSocket::open(const QUrl &url)
{
    abort();
    reset();
    m_url = url;
    m_state = State::Connecting;
    if (url.scheme() != u"ws"_s || url.host().isEmpty()) {
        fail(Error::Network,
             tr("RoomDeck speaks only ws:// to rooms, not %1").arg(url.toDisplayString()));
        return;
    }
    m_socket.connectToHost(url.host(), quint16(url.port(80)));
}

void RoomWebSocket::abort()
{
    m_closeTimer.stop();
    m_state = State::Unconnected;
    m_reader.reset();
    m_socket.abort();
}

void RoomWebSocket::onTcpConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Handshaking;
    std::array<quint32, 4> nonce;
    QRandomGenerator::system()->fillRange(nonce.data(), nonce.size());
    m_key = QByteArray(reinterpret_cast<const char *>(nonce.data()), 16).toBase64();

    QByteArray request = "GET ";
    const QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1();
    request += path.isEmpty() ? QByteArray("/") : path;
    if (m_url.hasQuery()) {
        request += '?';
        request += m_url.query(QUrl::FullyEncoded).toLatin1();
    }
    request += " HTTP/1.1\r\nHost: ";
    const QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':')) {
        request += '[';
        request += host;
        request += ']';
    } else {
        request += host;
    }
    if (m_url.port(80) != 80) {
        request += ':';
        request += QByteArray::number(m_url.port());
    }
    request += "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ";
    request += m_key;
    request += "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    m_socket.write(request);
}

void RoomWebSocket::onReadyRead()
{
    if (m_state == State::Handshaking) {
        if (!readHandshake())
            return;
    }
    if (!m_reader || (m_state != State::Open && m_state != State::Closing))
        return;
    // Read in pieces: the reader copies each into the message it reassembles, so a large
    // message is held once (plus one piece), not once more as a whole read.
    std::array<char, kReadChunk> chunk;
    QPointer<RoomWebSocket> self(this);
    while (self && m_reader && m_socket.bytesAvailable() > 0) {
        const qint64 n = m_socket.read(chunk.data(), qint64(chunk.size()));
        if (n <= 0)
            break;
        feed(QByteArrayView(chunk.data(), qsizetype(n)));
    }
}

bool RoomWebSocket::readHandshake()
{
    const qint64 room = qint64(m_options.maxHandshakeBytes) + 4 - m_handshake.size();
    m_handshake += m_socket.read(std::max<qint64>(room, 1));
    if (!m_handshake.startsWith(
            QByteArrayView("HTTP/").first(std::min<qsizetype>(5, m_handshake.size())))) {
        fail(Error::NotHttp, tr("The port did not answer with HTTP: it is not a WebSocket server"));
        return false;
    }
    const qsizetype end = m_handshake.indexOf("\r\n\r\n");
    if (end < 0 || end > m_options.maxHandshakeBytes) {
        if (m_handshake.size() > m_options.maxHandshakeBytes)
            fail(Error::HeadersTooLarge,
                 tr("The room's answer to the WebSocket handshake is larger than %1 KiB")
                     .arg(m_options.maxHandshakeBytes / 1024));
        return false;
    }
    if (!checkHandshake(QByteArrayView(m_handshake).first(end)))
        return false;
    // Frames may follow the headers in the same segment.
    const QByteArray rest = m_handshake.mid(end + 4);
    m_handshake = QByteArray();
    m_reader.emplace(m_options.maxIncomingMessageBytes);
    m_state = State::Open;
    QPointer<RoomWebSocket> self(this);
    Q_EMIT connected();
    if (!self || m_state != State::Open)
        return false;
    if (!rest.isEmpty())
        feed(rest);
    return self && m_reader && m_state == State::Open;
}

bool RoomWebSocket::checkHandshake(QByteArrayView head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // "HTTP/1.1 101 Switching Protocols": the status is the second word.
    const QList<QByteArray> words = statusLine.toByteArray().simplified().split(' ');
    bool ok = false;
    const int status = words.size() >= 2 && words.at(1).size() == 3 ? words.at(1).toInt(&ok) : 0;
    if (!ok || !words.at(0).startsWith("HTTP/")) {
        fail(Error::NotHttp, tr("The port did not answer with HTTP: it is not a WebSocket server"));
        return false;
    }
    if (status != 101) {
        m_httpStatus = status;
        fail(Error::HttpStatus,
             tr("The room answered HTTP %1 instead of opening a WebSocket").arg(status));
        return false;
    }
    if (headerValue(head, "Upgrade").compare("websocket", Qt::CaseInsensitive) != 0) {
        fail(Error::BadHandshake,
             tr("The room's WebSocket handshake lacks the header \"Upgrade: websocket\""));
        return false;
    }
    if (!hasToken(headerValue(head, "Connection"), "upgrade")) {
        fail(Error::BadHandshake,
             tr("The room's WebSocket handshake lacks the header \"Connection: Upgrade\""));
        return false;
    }
    const QByteArray accept = headerValue(head, "Sec-WebSocket-Accept");
    const QByteArray expected
        = QCryptographicHash::hash(QByteArray(m_key).append(kAcceptGuid), QCryptographicHash::Sha1)
              .toBase64();
    if (accept.isNull()) {
        fail(Error::BadHandshake,
             tr("The room's WebSocket handshake lacks the header Sec-WebSocket-Accept"));
        return false;
    }
    if (accept != expected) {
        fail(Error::BadHandshake,
             tr("The room's WebSocket handshake has a wrong Sec-WebSocket-Accept"));
        return false;
    }
    if (!headerValue(head, "Sec-WebSocket-Extensions").isEmpty()
        || !headerValue(head, "Sec-WebSocket-Protocol").isEmpty()) {
        fail(Error::BadHandshake,
             tr("The room's WebSocket handshake names an extension or subprotocol RoomDeck did "
                "not ask for"));
        return false;
    }
    return true;
}

void RoomWebSocket::feed(QByteArrayView bytes)
{
    m_reader->feed(bytes);
    if (!dispatchEvents() || !m_reader)
        return;
    const WebSocketFrameReader::Error error = m_reader->error();
    if (error == WebSocketFrameReader::Error::None)
        return;
    const quint16 code = m_reader->closeCode();
    switch (error) {
    case WebSocketFrameReader::Error::MessageTooLarge:
        fail(Error::MessageTooLarge,
             tr("The room sent a message larger than %1; RoomDeck closed the connection")
                 .arg(QLocale().formattedDataSize(m_reader->maxMessageBytes(), 0,
                                                  QLocale::DataSizeIecFormat)),
             code);
        return;
    case WebSocketFrameReader::Error::InvalidUtf8:
    case WebSocketFrameReader::Error::InvalidCloseReason:
        fail(Error::InvalidUtf8,
             tr("The room sent text that is not valid UTF-8; RoomDeck closed the connection"),
             code);
        return;
    default:
        break;
    }
    QString what;
    switch (error) {
    case WebSocketFrameReader::Error::MaskedFrame:
        what = tr("a masked frame");
        break;
    case WebSocketFrameReader::Error::ReservedBits:
        what = tr("reserved bits set");
        break;
    case WebSocketFrameReader::Error::UnknownOpcode:
        what = tr("an unknown opcode");
        break;
    case WebSocketFrameReader::Error::ControlFrameTooLong:
        what = tr("a control frame longer than 125 bytes");
        break;
    case WebSocketFrameReader::Error::FragmentedControlFrame:
        what = tr("a fragmented control frame");
        break;
    case WebSocketFrameReader::Error::ContinuationWithoutMessage:
        what = tr("a continuation frame without a message");
        break;
    case WebSocketFrameReader::Error::MessageNotFinished:
        what = tr("a new message inside an unfinished one");
        break;
    case WebSocketFrameReader::Error::LengthOutOfRange:
        what = tr("a frame length out of range");
        break;
    case WebSocketFrameReader::Error::InvalidClosePayload:
    case WebSocketFrameReader::Error::InvalidCloseCode:
        what = tr("an invalid close frame");
        break;
    default:
        what = tr("an invalid frame");
        break;
    }
    fail(Error::ProtocolViolation,
         tr("The room broke the WebSocket protocol (%1); RoomDeck closed the connection").arg(what),
         code);
}

bool RoomWebSocket::dispatchEvents()
{
    QPointer<RoomWebSocket> self(this);
    while (m_reader && m_reader->hasEvent()) {
        WebSocketFrameReader::Event event = m_reader->takeEvent();
        switch (event.kind) {
        case WebSocketFrameReader::Event::Kind::Text:
            if (m_state == State::Open)
                Q_EMIT textMessageReceived(event.payload);
            break;
        case WebSocketFrameReader::Event::Kind::Binary:
            if (m_state == State::Open)
                Q_EMIT binaryMessageReceived(event.payload);
            break;
        case WebSocketFrameReader::Event::Kind::Ping:
            if (m_state == State::Open)
                sendFrame(Pong, event.payload);
            break;
        case WebSocketFrameReader::Event::Kind::Pong:
            Q_EMIT pong(event.payload);
            break;
        case WebSocketFrameReader::Event::Kind::Close:
            m_closeReceived = true;
            if (!m_closeSent) {
                // The peer started the closing handshake: answer it with its code.
                m_closedBy = ClosedBy::Peer;
                m_closeCode = event.closeCode;
                m_closeReason = QString::fromUtf8(event.payload);
                QByteArray payload;
                if (event.closeCode != WebSocketFrameReader::kCloseNoStatus) {
                    payload.append(char(event.closeCode >> 8));
                    payload.append(char(event.closeCode & 0xff));
                }
                sendFrame(Close, payload);
                m_closeSent = true;
            }
            m_state = State::Closing;
            m_reader.reset();
            // The server closes TCP first (RFC 6455 §7.1.1); we may close it ourselves once
            // both close frames are out, and do so, bounded by the timer should it linger.
            if (!m_closeTimer.isActive())
                m_closeTimer.start(m_options.closeTimeoutMs);
            m_socket.disconnectFromHost();
            return false;
        }
        if (!self || !m_reader)
            return false;
    }
    return self;
}

void RoomWebSocket::sendFrame(quint8 opcode, QByteArrayView payload)
{
    const qsizetype n = payload.size();
    const int lengthBytes = n < 126 ? 0 : n < 65536 ? 2 : 8;
    QByteArray frame(2 + lengthBytes + 4 + n, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(frame.data());
    out[0] = uchar(0x80 | opcode);
    if (lengthBytes == 0) {
        out[1] = uchar(0x80 | n);
    } else if (lengthBytes == 2) {
        out[1] = 0x80 | 126;
        out[2] = uchar(n >> 8);
        out[3] = uchar(n & 0xff);
    } else {
        out[1] = 0x80 | 127;
        for (int i = 0; i < 8; ++i)
            out[2 + i] = uchar(quint64(n) >> (56 - 8 * i));
    }
    uchar *const mask = out + 2 + lengthBytes;
    const quint32 key = QRandomGenerator::global()->generate();
    std::memcpy(mask, &key, 4);
    uchar *const body = mask + 4;
    if (n > 0)
        std::memcpy(body, payload.data(), size_t(n));
    // Eight bytes at a time: the key repeats every four, so two copies of it mask a word.
    quint64 key8;
    std::memcpy(&key8, mask, 4);
    std::memcpy(reinterpret_cast<uchar *>(&key8) + 4, mask, 4);
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, body + i, 8);
        word ^= key8;
        std::memcpy(body + i, &word, 8);
    }
    for (; i < n; ++i)
        body[i] ^= mask[i % 4];
    m_socket.write(frame);
}

bool RoomWebSocket::sendText(QByteArrayView utf8)
{
    if (m_state != State::Open)
        return false;
    sendFrame(Text, utf8);
    return true;
}

bool RoomWebSocket::ping(QByteArrayView payload)
{
    if (m_state != State::Open)
        return false;
    sendFrame(Ping, payload.first(std::min(payload.size(), kMaxControlPayload)));
    return true;
}

void RoomWebSocket::close(quint16 code, const QString &reason)
{
    if (m_state == State::Unconnected || m_state == State::Closing)
        return;
    if (m_state != State::Open) {
        m_state = State::Closing; // what abort() reports below is no failure
        m_socket.abort();
        finish(code, reason, ClosedBy::Client);
        return;
    }
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    QByteArray text = reason.toUtf8();
    if (text.size() > kMaxControlPayload - 2) {
        // Cut at a character boundary: the reason must stay UTF-8.
        qsizetype cut = kMaxControlPayload - 2;
        while (cut > 0 && (quint8(text.at(cut)) & 0xC0) == 0x80)
            --cut;
        text.truncate(cut);
    }
    payload += text;
    m_closedBy = ClosedBy::Client;
    m_closeCode = code;
    m_closeReason = QString::fromUtf8(text);
    sendFrame(Close, payload);
    m_closeSent = true;
    m_state = State::Closing;
    m_closeTimer.start(m_options.closeTimeoutMs);
}

void RoomWebSocket::onCloseTimeout()
{
    if (m_state != State::Closing)
        return;
    m_socket.abort();
    finish(m_closeCode, m_closeReason, m_closedBy);
}

void RoomWebSocket::fail(Error error, const QString &text, quint16 closeCode, ClosedBy by)
{
    if (m_state == State::Unconnected)
        return;
    qCInfo(lcTransport).noquote() << "WebSocket failed:" << error << text;
    const bool open = m_state == State::Open;
    m_error = error;
    m_errorString = text;
    m_reader.reset();
    m_state = State::Closing;
    QPointer<RoomWebSocket> self(this);
    Q_EMIT errorOccurred(error, text);
    if (!self || m_state != State::Closing)
        return; // a slot aborted or reopened it
    m_closedBy = by;
    m_closeCode = closeCode ? closeCode : WebSocketFrameReader::kCloseAbnormal;
    m_closeReason = text;
    if (open && closeCode && !m_closeSent) {
        QByteArray payload;
        payload.append(char(closeCode >> 8));
        payload.append(char(closeCode & 0xff));
        sendFrame(Close, payload);
        m_closeSent = true;
        // The close frame goes out first; the peer's answer is not awaited.
        m_closeTimer.start(m_options.closeTimeoutMs);
        m_socket.disconnectFromHost();
        return;
    }
    m_socket.abort();
    finish(m_closeCode, m_closeReason, m_closedBy);
}

void RoomWebSocket::finish(quint16 code, const QString &reason, ClosedBy by)
{
    if (m_state == State::Unconnected)
        return;
    m_state = State::Unconnected;
    m_closeTimer.stop();
    m_reader.reset();
    m_closeCode = code;
    m_closeReason = reason;
    m_closedBy = by;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    Q_EMIT disconnected(code, reason, by);
}

void RoomWebSocket::onTcpDisconnected()
{
    switch (m_state) {
    case State::Unconnected:
        return;
    case State::Closing:
        finish(m_closeCode, m_closeReason, m_closedBy);
        return;
    case State::Open: {
        const bool midMessage = m_reader && m_reader->isInsideFrameOrMessage();
        fail(Error::ConnectionLost,
             midMessage ? tr("The room closed the connection in the middle of a message")
                        : tr("The room closed the connection without a WebSocket close"),
             0, ClosedBy::Peer);
        return;
    }
    case State::Connecting:
    case State::Handshaking:
        fail(Error::ConnectionLost,
             tr("The port closed the connection during the WebSocket handshake: it is not a "
                "WebSocket server"));
        return;
    }
}

void RoomWebSocket::onTcpError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and says what it means here
    m_socketError = error;
    if (m_state == State::Unconnected)
        return;
    qCDebug(lcTransport) << "TCP error" << error << m_socket.errorString();
    if (m_state == State::Closing) {
        finish(m_closeCode, m_closeReason, m_closedBy);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::ConnectionRefused,
             tr("The connection to %1:%2 was refused").arg(m_url.host()).arg(m_url.port(80)));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Error::HostNotFound, tr("Host %1 not found").arg(m_url.host()));
        return;
    default:
        fail(Error::Network, m_socket.errorString());
        return;
    }
}
