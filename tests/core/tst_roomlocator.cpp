// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// RoomLocator's own HTTP/1.1 client against a raw QTcpServer on 127.0.0.1: the ways a body can
// be framed (Content-Length, chunked, the end of the connection), redirects, and the bounds
// (headers, body, a peer that stops half-way). The simulator and the hostile cases of
// tst_roomtransport cover discovery against a room.
#include "core/transport/roomlocator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kConfig = R"({"config":{"websocket":{"port":9101},"http":{"port":9102}}})";

//! Answers the first request on each connection with fixed bytes, then closes the connection
//! or holds it open; records the requests it read.
class HttpScript final : public QObject
{
public:
    enum class Then { Close, Hold };

    explicit HttpScript(QByteArray answer, Then then = Then::Close)
        : m_answer(std::move(answer))
        , m_then(then)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &request = m_pending[socket];
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n") || request.startsWith("answered"))
                        return;
                    m_requests.append(std::exchange(request, "answered"));
                    socket->write(m_answer);
                    if (m_then == Then::Close)
                        socket->disconnectFromHost();
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("HttpScript: cannot listen on 127.0.0.1");
    }

    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    Then m_then;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QByteArray> m_requests;
};

RoomAddress local(quint16 port)
{
    return RoomAddress::parse(u"127.0.0.1:"_s + QString::number(port));
}

RoomLocator::Result locate(quint16 port, int timeoutMs = 5000)
{
    RoomLocator locator;
    locator.setTimeout(timeoutMs);
    QSignalSpy spy(&locator, &RoomLocator::finished);
    locator.locate(local(port));
    if (!spy.wait(10000))
        qFatal("locator did not finish");
    // Anything queued behind the result (a second result would be a bug) has its chance.
    QCoreApplication::processEvents();
    if (spy.size() != 1)
        qFatal("locator finished more than once");
    return spy.first().first().value<RoomLocator::Result>();
}

QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &trailers = {})
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunk : chunks)
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return out + "0\r\n" + trailers + "\r\n";
}

void verifyConfig(const RoomLocator::Result &r)
{
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.source, RoomLocator::Source::Discovered);
    QCOMPARE(r.wsUrl.port(), 9101);
    QCOMPARE(int(r.httpPort), 9102);
}

} // namespace

class tst_RoomLocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RoomLocator::Result>(); }
    void asksForConfigJson();
    void contentLength();
    void closeDelimited();
    void chunkedBody();
    void chunkedWithExtensionsAndTrailers();
    void interimAnswerIsSkipped();
    void chunkedTooLarge();
    void closeDelimitedTooLarge();
    void malformedChunks();
    void oversizedHeaders_data();
    void oversizedHeaders();
    void peerClosesMidBody_data();
    void peerClosesMidBody();
    void redirectIsFollowed();
    void redirectsAreBounded();
    void httpsRedirectIsNotFollowed();
    void headersThatNeverEndTimeOut();
};

void tst_RoomLocator::asksForConfigJson()
{
    HttpScript server("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kConfig.size())
                      + "\r\n\r\n" + kConfig);
    verifyConfig(locate(server.port()));
    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith("GET /public/default/config.json HTTP/1.1\r\n"), request.data());
    const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n";
    QVERIFY2(request.contains(host), request.data());
}

void tst_RoomLocator::contentLength()
{
    // The connection stays open after the body: its length says where it ends.
    HttpScript server("HTTP/1.1 200 OK\r\ncontent-length: " + QByteArray::number(kConfig.size())
                          + "\r\nConnection: keep-alive\r\n\r\n" + kConfig,
                      HttpScript::Then::Hold);
    verifyConfig(locate(server.port()));
}

void tst_RoomLocator::closeDelimited()
{
    HttpScript server("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + kConfig);
    verifyConfig(locate(server.port()));
}

void tst_RoomLocator::chunkedBody()
{
    HttpScript server(chunked({ kConfig.left(10), kConfig.mid(10, 1), kConfig.mid(11) }),
                      HttpScript::Then::Hold);
    verifyConfig(locate(server.port()));
}

void tst_RoomLocator::chunkedWithExtensionsAndTrailers()
{
    QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    answer += QByteArray::number(kConfig.size(), 16).toUpper() + ";name=value\r\n" + kConfig
        + "\r\n0\r\nX-Checksum: 1\r\n\r\n";
    HttpScript server(answer, HttpScript::Then::Hold);
    verifyConfig(locate(server.port()));
}

void tst_RoomLocator::interimAnswerIsSkipped()
{
    HttpScript server("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: "
                      + QByteArray::number(kConfig.size()) + "\r\n\r\n" + kConfig);
    verifyConfig(locate(server.port()));
}

void tst_RoomLocator::chunkedTooLarge()
{
    // Neither one large chunk nor many small ones get past the limit; said as for a length.
    const QByteArray piece(8 * 1024, 'x');
    for (const QByteArray &answer :
         { chunked({ QByteArray(RoomLocator::kMaxConfigBytes + 1, 'x') }),
           chunked(QList<QByteArray>(9, piece)) }) {
        HttpScript server(answer, HttpScript::Then::Hold);
        const RoomLocator::Result r = locate(server.port());
        QCOMPARE(r.error, RoomLocator::Error::NotARoom);
        QVERIFY2(r.errorText.contains(u"config.json is larger than 64 KiB"_s),
                 qPrintable(r.errorText));
    }
}

void tst_RoomLocator::closeDelimitedTooLarge()
{
    // No length announced and a body that does not stop: cut off at the limit, not read on.
    HttpScript server("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(300 * 1000, ' '),
                      HttpScript::Then::Hold);
    const RoomLocator::Result r = locate(server.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"config.json is larger than 64 KiB"_s), qPrintable(r.errorText));
}

void tst_RoomLocator::malformedChunks()
{
    HttpScript server("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + kConfig,
                      HttpScript::Then::Hold);
    const RoomLocator::Result r = locate(server.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"malformed chunks"_s), qPrintable(r.errorText));
}

void tst_RoomLocator::oversizedHeaders_data()
{
    QTest::addColumn<QByteArray>("answer");
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; many.size() <= RoomLocator::kMaxHeaderBytes; ++i)
        many += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(60, 'f') + "\r\n";
    QTest::newRow("many lines, then an end") << QByteArray(many + "Content-Length: 2\r\n\r\n{}");
    QTest::newRow("one line that never ends")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(64 * 1024, 'x'));
    QTest::newRow("trailers") << chunked(
        { kConfig }, QByteArray("X-Trailer: ") + QByteArray(20 * 1024, 't') + "\r\n");
}

void tst_RoomLocator::oversizedHeaders()
{
    QFETCH(QByteArray, answer);
    HttpScript server(answer, HttpScript::Then::Hold);
    const RoomLocator::Result r = locate(server.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"HTTP headers are larger than 16 KiB"_s),
             qPrintable(r.errorText));
}

void tst_RoomLocator::peerClosesMidBody_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: "
                      + QByteArray::number(kConfig.size() + 100) + "\r\n\r\n" + kConfig);
    QTest::newRow("inside a chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n" + kConfig);
    QTest::newRow("between chunks") << chunked({ kConfig }).chopped(5);
}

void tst_RoomLocator::peerClosesMidBody()
{
    // Half a config.json is never parsed, even when the half happens to be valid JSON.
    QFETCH(QByteArray, answer);
    HttpScript server(answer);
    const RoomLocator::Result r = locate(server.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"broke off while sending config.json"_s),
             qPrintable(r.errorText));
}

void tst_RoomLocator::redirectIsFollowed()
{
    HttpScript target("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kConfig.size())
                      + "\r\n\r\n" + kConfig);
    HttpScript relative("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:"
                        + QByteArray::number(target.port())
                        + "/public/default/config.json\r\nContent-Length: 0\r\n\r\n");
    HttpScript first("HTTP/1.1 301 Moved\r\nLocation: http://127.0.0.1:"
                     + QByteArray::number(relative.port()) + "/elsewhere\r\n\r\n");
    verifyConfig(locate(first.port()));
    QCOMPARE(relative.requests().size(), 1);
    QVERIFY(relative.requests().first().startsWith("GET /elsewhere HTTP/1.1\r\n"));
    QCOMPARE(target.requests().size(), 1);
}

void tst_RoomLocator::redirectsAreBounded()
{
    // A redirect to itself: followed kMaxRedirects times, then reported like any other status.
    HttpScript loop("HTTP/1.1 307 Again\r\nLocation: /public/default/config.json\r\n"
                    "Content-Length: 0\r\n\r\n");
    const RoomLocator::Result r = locate(loop.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"HTTP 307"_s), qPrintable(r.errorText));
    QCOMPARE(loop.requests().size(), 1 + RoomLocator::kMaxRedirects);
}

void tst_RoomLocator::httpsRedirectIsNotFollowed()
{
    HttpScript server("HTTP/1.1 301 Moved\r\nLocation: https://127.0.0.1/config.json\r\n\r\n");
    const RoomLocator::Result r = locate(server.port());
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY2(r.errorText.contains(u"HTTP 301"_s), qPrintable(r.errorText));
}

void tst_RoomLocator::headersThatNeverEndTimeOut()
{
    HttpScript server("HTTP/1.1 200 OK\r\nContent-Le", HttpScript::Then::Hold);
    const RoomLocator::Result r = locate(server.port(), 200);
    QCOMPARE(r.error, RoomLocator::Error::Timeout);
    QVERIFY2(r.errorText.contains(u"did not answer"_s), qPrintable(r.errorText));
}

QTEST_GUILESS_MAIN(tst_RoomLocator)
#include "tst_roomlocator.moc"
