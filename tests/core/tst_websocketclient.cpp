// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/transport/roomwebsocket.h"
#include "simroom.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

//! A server frame: FIN, the opcode, an unmasked payload (or `header` as it is, then `payload`).
QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        out.append(char(n));
    } else if (n < 65536) {
        out.append(char(126));
        out.append(char(n >> 8));
        out.append(char(n & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(n) >> shift) & 0xff));
    }
    return out + payload;
}

QByteArray acceptFor(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray goodHandshake(const QByteArray &key)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: WebSocket\r\n"
           "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Accept: "
        + acceptFor(key) + "\r\n\r\n";
}

//! A loopback server that answers the opening handshake with what `answer(key)` returns (all
//! at once, frames included), then keeps what the client sends (unmasked client frames).
class HostileServer final : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray &key)>;

    explicit HostileServer(Answer answer, bool closeAfterAnswer = false)
        : m_answer(std::move(answer))
        , m_closeAfterAnswer(closeAfterAnswer)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                m_socket = s;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    //! The client's frames after the handshake, unmasked: "OPCODE:PAYLOAD-HEX".
    QStringList clientFrames() const { return m_frames; }
    QTcpSocket *socket() const { return m_socket; }
    QByteArray request() const { return m_request; }

private:
    void onRead(QTcpSocket *s)
    {
        m_in += s->readAll();
        if (!m_answered) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_request = m_in.left(end);
            m_in.remove(0, end + 4);
            static const QRegularExpression keyLine(u"Sec-WebSocket-Key: *([^\\r]+)"_s);
            const QByteArray key
                = keyLine.match(QString::fromLatin1(m_request)).captured(1).toLatin1();
            m_answered = true;
            s->write(m_answer(key));
            if (m_closeAfterAnswer)
                s->disconnectFromHost();
        }
        parseClientFrames();
    }
    void parseClientFrames()
    {
        while (m_in.size() >= 2) {
            const quint8 opcode = quint8(m_in.at(0)) & 0x0f;
            quint64 n = quint8(m_in.at(1)) & 0x7f;
            qsizetype at = 2;
            if (n == 126) {
                if (m_in.size() < 4)
                    return;
                n = (quint8(m_in.at(2)) << 8) | quint8(m_in.at(3));
                at = 4;
            } else if (n == 127) {
                if (m_in.size() < 10)
                    return;
                n = 0;
                for (int i = 0; i < 8; ++i)
                    n = (n << 8) | quint8(m_in.at(2 + i));
                at = 10;
            }
            if (!(quint8(m_in.at(1)) & 0x80)) {
                m_frames << u"unmasked"_s;
                m_in.clear();
                return;
            }
            if (quint64(m_in.size()) < at + 4 + n)
                return;
            const QByteArray mask = m_in.mid(at, 4);
            QByteArray payload = m_in.mid(at + 4, qsizetype(n));
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ mask.at(i % 4));
            m_frames << u"%1:%2"_s.arg(opcode).arg(QString::fromLatin1(payload.toHex()));
            m_in.remove(0, at + 4 + qsizetype(n));
        }
    }

    QTcpServer m_server;
    Answer m_answer;
    bool m_closeAfterAnswer;
    bool m_answered = false;
    QByteArray m_in;
    QByteArray m_request;
    QStringList m_frames;
    QTcpSocket *m_socket = nullptr;
};

//! A client that records every signal.
struct Client
{
    explicit Client(RoomWebSocket::Options options = {})
        : socket(options)
    { }
    RoomWebSocket socket;
    QSignalSpy connected { &socket, &RoomWebSocket::connected };
    QSignalSpy text { &socket, &RoomWebSocket::textMessageReceived };
    QSignalSpy pong { &socket, &RoomWebSocket::pong };
    QSignalSpy error { &socket, &RoomWebSocket::errorOccurred };
    QSignalSpy disconnected { &socket, &RoomWebSocket::disconnected };

    QString errorText() const
    {
        return error.isEmpty() ? QString() : error.first().at(1).toString();
    }
    RoomWebSocket::Error errorKind() const
    {
        return error.isEmpty() ? RoomWebSocket::Error::None
                               : error.first().at(0).value<RoomWebSocket::Error>();
    }
    quint16 closeCode() const { return disconnected.first().at(0).value<quint16>(); }
    RoomWebSocket::ClosedBy closedBy() const
    {
        return disconnected.first().at(2).value<RoomWebSocket::ClosedBy>();
    }
};

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray p;
    p.append(char(code >> 8));
    p.append(char(code & 0xff));
    return p + reason;
}

} // namespace

class tst_WebSocketClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripWithTheSimulator();
    void largeMessagesFromTheSimulator();
    void pingPong();
    void clientCloses();
    void roomCloses();
    void handshakeRequest();
    void hostileHandshake_data();
    void hostileHandshake();
    void framesInTheHandshakeSegment();
    void hostileFrame_data();
    void hostileFrame();
    void characterSplitAcrossFrames();
    void closeWithCodeAndReason();
    void peerAnswersPingsAutomatically();
    void connectionLostMidFrame();
    void connectionRefused();
};

void tst_WebSocketClient::initTestCase()
{
    qRegisterMetaType<RoomWebSocket::Error>();
    qRegisterMetaType<RoomWebSocket::ClosedBy>();
}

void tst_WebSocketClient::roundTripWithTheSimulator()
{
    auto sim = SimRoom::start();
    Client c;
    c.socket.open(sim->wsUrl());
    QVERIFY(c.connected.wait());
    QVERIFY(c.socket.isOpen());
    QVERIFY(c.socket.sendText(R"({"method":"setUsedApiVersion","requestId":"t1","version":"1"})"));
    QVERIFY(c.text.wait());
    const QJsonObject reply
        = QJsonDocument::fromJson(c.text.first().first().toByteArray()).object();
    QCOMPARE(reply.value(u"requestId"_s).toString(), u"t1"_s);
    QCOMPARE(c.error.size(), 0);
}

void tst_WebSocketClient::largeMessagesFromTheSimulator()
{
    auto sim = SimRoom::start();
    Client c;
    c.socket.open(sim->wsUrl());
    QVERIFY(c.connected.wait());
    QVERIFY(c.socket.sendText(
        R"({"method":"auth","requestId":"a","type":"unsecured","role":"admin"})"));
    QTRY_COMPARE(c.text.size(), 1);

    // 3 MB of ASCII.
    const QByteArray big = R"({"method":"event","event":"large","blob":")"
        + QByteArray(3 * 1000 * 1000, 'a') + R"("})";
    sim->sendRawFrame(big);
    QTRY_COMPARE_WITH_TIMEOUT(c.text.size(), 2, 20000);
    QVERIFY(c.text.at(1).first().toByteArray() == big);

    // 700,000 two-byte characters: 1.4 MB of UTF-8, arriving as it was sent.
    const QString zhe(700000, QChar(0x0416));
    sim->sendEvent(u"bigEvent"_s, { { u"text"_s, zhe } });
    QTRY_COMPARE_WITH_TIMEOUT(c.text.size(), 3, 20000);
    const QJsonObject event = QJsonDocument::fromJson(c.text.at(2).first().toByteArray()).object();
    QCOMPARE(event.value(u"text"_s).toString(), zhe);
    QVERIFY(c.socket.isOpen());
    QCOMPARE(c.error.size(), 0);
}

void tst_WebSocketClient::pingPong()
{
    auto sim = SimRoom::start();
    Client c;
    c.socket.open(sim->wsUrl());
    QVERIFY(c.connected.wait());
    QVERIFY(c.socket.ping("hello-42"));
    QVERIFY(c.pong.wait());
    QCOMPARE(c.pong.first().first().toByteArray(), QByteArray("hello-42"));
}

void tst_WebSocketClient::clientCloses()
{
    auto sim = SimRoom::start();
    Client c;
    c.socket.open(sim->wsUrl());
    QVERIFY(c.connected.wait());
    QTRY_COMPARE(sim->clientCount(), 1);
    c.socket.close(1000, u"bye"_s);
    QCOMPARE(c.socket.state(), RoomWebSocket::State::Closing);
    QVERIFY(!c.socket.sendText("{}"));
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.closeCode(), quint16(1000));
    QCOMPARE(c.disconnected.first().at(1).toString(), u"bye"_s);
    QCOMPARE(c.closedBy(), RoomWebSocket::ClosedBy::Client);
    QCOMPARE(c.error.size(), 0);
    QTRY_COMPARE(sim->clientCount(), 0);
    QCOMPARE(c.disconnected.size(), 1);
}

void tst_WebSocketClient::roomCloses()
{
    auto sim = SimRoom::start();
    Client c;
    c.socket.open(sim->wsUrl());
    QVERIFY(c.connected.wait());
    QTRY_COMPARE(sim->clientCount(), 1);
    sim->closeAllClients();
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.closedBy(), RoomWebSocket::ClosedBy::Peer);
    QVERIFY(c.closeCode() != 1006);
    QCOMPARE(c.error.size(), 0);
    QCOMPARE(c.socket.state(), RoomWebSocket::State::Unconnected);
}

void tst_WebSocketClient::handshakeRequest()
{
    QByteArray key;
    HostileServer server([&](const QByteArray &k) -> QByteArray {
        key = k;
        return goodHandshake(k);
    });
    Client c;
    QUrl url = server.url();
    url.setPath(u"/api"_s);
    url.setQuery(u"x=1"_s);
    c.socket.open(url);
    QVERIFY(c.connected.wait());
    const QByteArray request = server.request();
    QVERIFY2(request.startsWith("GET /api?x=1 HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("\r\nSec-WebSocket-Version: 13"));
    QVERIFY(request.contains("\r\nUpgrade: websocket"));
    QCOMPARE(QByteArray::fromBase64(key).size(), 16);

    // A second connection gets another key.
    HostileServer again([&](const QByteArray &k) -> QByteArray { return goodHandshake(k); });
    Client c2;
    c2.socket.open(again.url());
    QVERIFY(c2.connected.wait());
    QVERIFY(!again.request().contains(key));

    // Text goes out as one masked frame.
    QVERIFY(c.socket.sendText("{\"a\":\"\xd0\x96\"}"));
    QTRY_COMPARE(server.clientFrames().size(), 1);
    QCOMPARE(server.clientFrames().first(),
             u"1:"_s + QString::fromLatin1(QByteArray("{\"a\":\"\xd0\x96\"}").toHex()));
}

void tst_WebSocketClient::hostileHandshake_data()
{
    QTest::addColumn<int>("kind"); // 0: HTTP 200, 1: no Accept, 2: wrong Accept, 3: 20 KB
    QTest::addColumn<RoomWebSocket::Error>("error");
    QTest::addColumn<QString>("text");
    QTest::newRow("HTTP 200") << 0 << RoomWebSocket::Error::HttpStatus
                              << u"The room answered HTTP 200 instead of opening a WebSocket"_s;
    QTest::newRow("no Accept")
        << 1 << RoomWebSocket::Error::BadHandshake
        << u"The room's WebSocket handshake lacks the header Sec-WebSocket-Accept"_s;
    QTest::newRow("wrong Accept")
        << 2 << RoomWebSocket::Error::BadHandshake
        << u"The room's WebSocket handshake has a wrong Sec-WebSocket-Accept"_s;
    QTest::newRow("20 KB of headers")
        << 3 << RoomWebSocket::Error::HeadersTooLarge
        << u"The room's answer to the WebSocket handshake is larger than 16 KiB"_s;
    QTest::newRow("no Upgrade")
        << 4 << RoomWebSocket::Error::BadHandshake
        << u"The room's WebSocket handshake lacks the header \"Upgrade: websocket\""_s;
    QTest::newRow("no Connection")
        << 5 << RoomWebSocket::Error::BadHandshake
        << u"The room's WebSocket handshake lacks the header \"Connection: Upgrade\""_s;
    QTest::newRow("not HTTP")
        << 6 << RoomWebSocket::Error::NotHttp
        << u"The port did not answer with HTTP: it is not a WebSocket server"_s;
}

void tst_WebSocketClient::hostileHandshake()
{
    QFETCH(int, kind);
    QFETCH(RoomWebSocket::Error, error);
    QFETCH(QString, text);
    HostileServer server([kind](const QByteArray &key) -> QByteArray {
        switch (kind) {
        case 0:
            return "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        case 1:
            return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\n\r\n";
        case 2:
            return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                + acceptFor(key + "x") + "\r\n\r\n";
        case 3: {
            // 20 KB of headers and no end: the client stops reading at its limit.
            QByteArray out = "HTTP/1.1 101 Switching Protocols\r\n";
            while (out.size() < 20 * 1024)
                out += "X-Pad: " + QByteArray(100, 'p') + "\r\n";
            return out;
        }
        case 4:
            return "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: "
                + acceptFor(key) + "\r\n\r\n";
        case 5:
            return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   "Sec-WebSocket-Accept: "
                + acceptFor(key) + "\r\n\r\n";
        default:
            return "SSH-2.0-OpenSSH_9.2\r\n";
        }
    });
    Client c;
    c.socket.open(server.url());
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.connected.size(), 0);
    QCOMPARE(c.errorKind(), error);
    QCOMPARE(c.errorText(), text);
    QCOMPARE(c.socket.errorString(), text);
    QCOMPARE(c.disconnected.size(), 1);
    QCOMPARE(c.socket.state(), RoomWebSocket::State::Unconnected);
    if (kind == 0)
        QCOMPARE(c.socket.httpStatus(), 200);
}

void tst_WebSocketClient::framesInTheHandshakeSegment()
{
    // The room's first messages arrive in the same segment as its handshake answer.
    HostileServer server([](const QByteArray &key) -> QByteArray {
        return goodHandshake(key) + frame(1, "first") + frame(1, "second");
    });
    Client c;
    c.socket.open(server.url());
    QTRY_COMPARE(c.text.size(), 2);
    QCOMPARE(c.connected.size(), 1);
    QCOMPARE(c.text.at(0).first().toByteArray(), QByteArray("first"));
    QCOMPARE(c.text.at(1).first().toByteArray(), QByteArray("second"));
}

void tst_WebSocketClient::hostileFrame_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<RoomWebSocket::Error>("error");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    const auto broke = [](const char *what) {
        return u"The room broke the WebSocket protocol (%1); RoomDeck closed the connection"_s.arg(
            QLatin1StringView(what));
    };
    QByteArray masked = frame(1, "hi");
    masked[1] = char(masked.at(1) | 0x80);
    masked.insert(2, QByteArray(4, '\0'));
    QTest::newRow("masked") << masked << RoomWebSocket::Error::ProtocolViolation << 1002
                            << broke("a masked frame");
    QByteArray rsv = frame(1, "hi");
    rsv[0] = char(rsv.at(0) | 0x40);
    QTest::newRow("RSV1") << rsv << RoomWebSocket::Error::ProtocolViolation << 1002
                          << broke("reserved bits set");
    QTest::newRow("opcode 5") << frame(5, "hi") << RoomWebSocket::Error::ProtocolViolation << 1002
                              << broke("an unknown opcode");
    QTest::newRow("fragmented ping")
        << frame(9, "p", false) << RoomWebSocket::Error::ProtocolViolation << 1002
        << broke("a fragmented control frame");
    QTest::newRow("126-byte ping")
        << frame(9, QByteArray(126, 'p')) << RoomWebSocket::Error::ProtocolViolation << 1002
        << broke("a control frame longer than 125 bytes");
    QTest::newRow("continuation without start")
        << frame(0, "x") << RoomWebSocket::Error::ProtocolViolation << 1002
        << broke("a continuation frame without a message");
    // 2^62 bytes announced: refused on the header (reserving it would abort the test).
    QTest::newRow("oversized announced length")
        << QByteArray("\x81\x7f\x40\x00\x00\x00\x00\x00\x00\x00"
                      "abc",
                      13)
        << RoomWebSocket::Error::MessageTooLarge << 1009
        << u"The room sent a message larger than 1 MiB; RoomDeck closed the connection"_s;
    QTest::newRow("invalid UTF-8")
        << frame(1, "caf\xc3\x28") << RoomWebSocket::Error::InvalidUtf8 << 1007
        << u"The room sent text that is not valid UTF-8; RoomDeck "
           "closed the connection"_s;
    QTest::newRow("invalid UTF-8 across frames")
        << frame(1, "ok\xd0", false) + frame(0, "!") << RoomWebSocket::Error::InvalidUtf8 << 1007
        << u"The room sent text that is not valid UTF-8; RoomDeck closed the connection"_s;
}

void tst_WebSocketClient::hostileFrame()
{
    QFETCH(QByteArray, bytes);
    QFETCH(RoomWebSocket::Error, error);
    QFETCH(int, code);
    QFETCH(QString, text);
    HostileServer server(
        [&](const QByteArray &key) -> QByteArray { return goodHandshake(key) + bytes; });
    RoomWebSocket::Options o;
    o.maxIncomingMessageBytes = 1024 * 1024;
    Client c(o);
    c.socket.open(server.url());
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.connected.size(), 1);
    QCOMPARE(c.text.size(), 0);
    QCOMPARE(c.errorKind(), error);
    QCOMPARE(c.errorText(), text);
    QCOMPARE(c.closeCode(), quint16(code));
    // The client failed the connection: it says so, and it sent the room the code.
    QCOMPARE(c.closedBy(), RoomWebSocket::ClosedBy::Client);
    QTRY_COMPARE(
        server.clientFrames(),
        QStringList { u"8:"_s + QString::fromLatin1(closePayload(quint16(code)).toHex()) });
}

void tst_WebSocketClient::characterSplitAcrossFrames()
{
    // A valid character split across two frames (Qt 6.4's QWebSocket closes with 1007 here).
    const QByteArray zhe = "\xd0\x96";
    HostileServer server([&](const QByteArray &key) -> QByteArray {
        return goodHandshake(key) + frame(1, "{\"t\":\"" + zhe.left(1), false)
            + frame(0, zhe.mid(1) + "\"}");
    });
    Client c;
    c.socket.open(server.url());
    QVERIFY(c.text.wait());
    QCOMPARE(c.text.first().first().toByteArray(), QByteArray("{\"t\":\"" + zhe + "\"}"));
    QCOMPARE(c.error.size(), 0);
    QVERIFY(c.socket.isOpen());
}

void tst_WebSocketClient::closeWithCodeAndReason()
{
    // The room closes with 1000 and a reason: the client answers with 1000 and reports it.
    HostileServer server([](const QByteArray &key) -> QByteArray {
        return goodHandshake(key) + frame(1, "last words")
            + frame(8, closePayload(1000, "bye now"));
    });
    Client c;
    c.socket.open(server.url());
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.text.size(), 1);
    QCOMPARE(c.closeCode(), quint16(1000));
    QCOMPARE(c.disconnected.first().at(1).toString(), u"bye now"_s);
    QCOMPARE(c.closedBy(), RoomWebSocket::ClosedBy::Peer);
    QCOMPARE(c.error.size(), 0);
    QTRY_COMPARE(server.clientFrames(),
                 QStringList { u"8:"_s + QString::fromLatin1(closePayload(1000).toHex()) });
}

void tst_WebSocketClient::peerAnswersPingsAutomatically()
{
    HostileServer server(
        [](const QByteArray &key) -> QByteArray { return goodHandshake(key) + frame(9, "p1"); });
    Client c;
    c.socket.open(server.url());
    QTRY_COMPARE(server.clientFrames(),
                 QStringList { u"10:"_s + QString::fromLatin1(QByteArray("p1").toHex()) });
    QVERIFY(c.socket.isOpen());
}

void tst_WebSocketClient::connectionLostMidFrame()
{
    // Half a frame, then the room closes TCP.
    HostileServer server(
        [](const QByteArray &key) -> QByteArray {
            return goodHandshake(key) + frame(1, "abcdef").left(4);
        },
        true);
    Client c;
    c.socket.open(server.url());
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.connected.size(), 1);
    QCOMPARE(c.errorKind(), RoomWebSocket::Error::ConnectionLost);
    QCOMPARE(c.errorText(), u"The room closed the connection in the middle of a message"_s);
    QCOMPARE(c.closeCode(), quint16(1006));
    QCOMPARE(c.closedBy(), RoomWebSocket::ClosedBy::Peer);
    QCOMPARE(c.text.size(), 0);
}

void tst_WebSocketClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Client c;
    c.socket.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
    QVERIFY(c.disconnected.wait());
    QCOMPARE(c.errorKind(), RoomWebSocket::Error::ConnectionRefused);
    QCOMPARE(c.errorText(), u"The connection to 127.0.0.1:%1 was refused"_s.arg(port));
    QCOMPARE(c.disconnected.size(), 1);
}

QTEST_GUILESS_MAIN(tst_WebSocketClient)
#include "tst_websocketclient.moc"
