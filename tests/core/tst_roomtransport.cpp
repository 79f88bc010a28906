// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/transport/roomlocator.h"
#include "core/transport/roomtransport.h"
#include "rawtcpserver.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RoomLocator::Result locate(const RoomAddress &address, int timeoutMs = 3000)
{
    RoomLocator locator;
    locator.setTimeout(timeoutMs);
    QSignalSpy spy(&locator, &RoomLocator::finished);
    locator.locate(address);
    if (!spy.wait(10000))
        qFatal("locator did not finish");
    if (spy.size() != 1)
        qFatal("locator finished more than once");
    return spy.first().first().value<RoomLocator::Result>();
}

RoomAddress local(quint16 port)
{
    return RoomAddress::parse(u"127.0.0.1:"_s + QString::number(port));
}

RoomTransport::Options fastTransport()
{
    return SimRoom::fastOptions().transport;
}

} // namespace

class tst_RoomTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void locatorDiscoversPorts();
    void locatorInstance();
    void locatorConnectionRefused();
    void locatorNotARoom404();
    void locatorNotARoomJson_data();
    void locatorNotARoomJson();
    void locatorTimeout();
    void locatorHostNotFound();
    void locatorOverride();
    void parseConfigTable_data();
    void parseConfigTable();
    void transportOpensAndEchoes();
    void largeFramesKeepTheirPlace();
    void fallbackIsVisible();
    void reconnectAfterRestartOnNewPort();
    void deadPeerDetectedByKeepalive();
    void initialFailureDoesNotRetryByDefault();
    void closeStopsReconnecting();
    void oversizedMessageClosesWithReason();
    void invalidUtf8IsBlamedOnTheRoomText();
    void characterSplitAcrossFramesArrivesWhole();
    void httpOnTheWebSocketPortIsExplained();
    void hugeConfigIsCalledLarge();
    void nonHttpServiceOnTheWebPortFallsBack();
};

void tst_RoomTransport::initTestCase()
{
    qRegisterMetaType<RoomLocator::Result>();
}

void tst_RoomTransport::locatorDiscoversPorts()
{
    auto sim = SimRoom::start();
    const RoomLocator::Result r = locate(SimRoom::addressOf(*sim));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.source, RoomLocator::Source::Discovered);
    QCOMPARE(r.wsUrl.port(), int(sim->wsPort()));
    QCOMPARE(r.wsUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(r.httpPort, sim->httpPort());
}

void tst_RoomTransport::locatorInstance()
{
    RoomSimulator::Options o;
    o.instance = u"lobby"_s;
    auto sim = SimRoom::start(o);
    const RoomLocator::Result wrong = locate(SimRoom::addressOf(*sim));
    QCOMPARE(wrong.error, RoomLocator::Error::NotARoom);
    QVERIFY2(wrong.errorText.contains(u"404"_s), qPrintable(wrong.errorText));
    const RoomLocator::Result right
        = locate(RoomAddress::parse(u"127.0.0.1:"_s + QString::number(sim->webPort()), u"lobby"_s));
    QVERIFY2(right.ok(), qPrintable(right.errorText));
    QCOMPARE(right.wsUrl.port(), int(sim->wsPort()));
}

void tst_RoomTransport::locatorConnectionRefused()
{
    const RoomLocator::Result r = locate(local(RawTcpServer::unusedPort()));
    QCOMPARE(r.error, RoomLocator::Error::ConnectionRefused);
    QVERIFY(r.errorText.contains(u"refused"_s));
}

void tst_RoomTransport::locatorNotARoom404()
{
    RawTcpServer server(RawTcpServer::Mode::Answer,
                        RawTcpServer::httpResponse(404, "no", "text/plain"));
    const RoomLocator::Result r = locate(local(server.port()));
    QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    QVERIFY(r.errorText.contains(u"404"_s));
}

void tst_RoomTransport::locatorNotARoomJson_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("html page") << RawTcpServer::httpResponse(200, "<html>router</html>",
                                                             "text/html");
    QTest::newRow("json without ports") << RawTcpServer::httpResponse(200, R"({"config":{}})");
    QTest::newRow("server error") << RawTcpServer::httpResponse(500, "oops", "text/plain");
    QTest::newRow("port as string")
        << RawTcpServer::httpResponse(200, R"({"config":{"websocket":{"port":"8765"}}})");
    QTest::newRow("not http at all") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
}

void tst_RoomTransport::locatorNotARoomJson()
{
    QFETCH(QByteArray, response);
    RawTcpServer server(RawTcpServer::Mode::Answer, response);
    const RoomLocator::Result r = locate(local(server.port()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error == RoomLocator::Error::NotARoom
                 || r.error == RoomLocator::Error::HostUnreachable,
             qPrintable(r.errorText));
    QVERIFY(!r.errorText.isEmpty());
}

void tst_RoomTransport::locatorTimeout()
{
    RawTcpServer blackHole(RawTcpServer::Mode::Silent);
    const RoomLocator::Result r = locate(local(blackHole.port()), 200);
    QCOMPARE(r.error, RoomLocator::Error::Timeout);
    QVERIFY(r.errorText.contains(u"did not answer"_s));
}

void tst_RoomTransport::locatorHostNotFound()
{
    const RoomLocator::Result r = locate(RoomAddress::parse(u"no-such-room.invalid:8088"_s), 5000);
    QVERIFY2(r.error == RoomLocator::Error::HostUnreachable
                 || r.error == RoomLocator::Error::Timeout,
             qPrintable(r.errorText));
    QVERIFY(r.errorText.contains(u"no-such-room.invalid"_s));
}

void tst_RoomTransport::locatorOverride()
{
    const RoomLocator::Result r = locate(RoomAddress::parse(u"ws://127.0.0.1:9999"_s));
    QVERIFY(r.ok());
    QCOMPARE(r.source, RoomLocator::Source::Override);
    QCOMPARE(r.wsUrl.port(), 9999);
}

void tst_RoomTransport::parseConfigTable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("ws");
    QTest::addColumn<int>("http");
    QTest::newRow("documented") << QByteArray(
        R"({"config":{"websocket":{"hostname":null,"port":8765},"http":{"hostname":null,"port":8766}}})")
                                << 8765 << 8766;
    QTest::newRow("hostname string") << QByteArray(
        R"({"config":{"websocket":{"hostname":"x","port":9001},"http":{"port":9002}}})")
                                     << 9001 << 9002;
    QTest::newRow("no http: default")
        << QByteArray(R"({"config":{"websocket":{"port":9001}}})") << 9001 << 8766;
    QTest::newRow("port zero") << QByteArray(R"({"config":{"websocket":{"port":0}}})") << 0 << 0;
    QTest::newRow("port fraction")
        << QByteArray(R"({"config":{"websocket":{"port":80.5}}})") << 0 << 0;
    QTest::newRow("port too big") << QByteArray(R"({"config":{"websocket":{"port":70000}}})") << 0
                                  << 0;
    QTest::newRow("array") << QByteArray("[]") << 0 << 0;
    QTest::newRow("huge") << QByteArray(RoomLocator::kMaxConfigBytes + 10, ' ') << 0 << 0;
}

void tst_RoomTransport::parseConfigTable()
{
    QFETCH(QByteArray, body);
    QFETCH(int, ws);
    QFETCH(int, http);
    const RoomLocator::Result r = RoomLocator::parseConfig(body, local(88));
    QCOMPARE(r.ok(), ws != 0);
    if (ws) {
        QCOMPARE(r.wsUrl.port(), ws);
        QCOMPARE(int(r.httpPort), http);
    } else {
        QCOMPARE(r.error, RoomLocator::Error::NotARoom);
    }
}

void tst_RoomTransport::transportOpensAndEchoes()
{
    auto sim = SimRoom::start();
    RoomTransport transport(fastTransport());
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy text(&transport, &RoomTransport::textReceived);
    QSignalSpy resolved(&transport, &RoomTransport::endpointResolved);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    QCOMPARE(transport.state(), RoomTransport::State::Open);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().at(2).value<RoomLocator::Source>(), RoomLocator::Source::Discovered);
    QVERIFY(transport.sendText(R"({"method":"setUsedApiVersion","requestId":"t1","version":"1"})"));
    QVERIFY(text.wait());
    QVERIFY(text.first().first().toByteArray().contains("\"t1\""));
    QCOMPARE(transport.httpPort(), sim->httpPort());
}

void tst_RoomTransport::largeFramesKeepTheirPlace()
{
    // A large frame is handed on from the event loop (after QWebSocket has let go of its own
    // copies); the frames around it and the close still come in the order the room sent them.
    auto sim = SimRoom::start();
    RoomTransport::Options o = fastTransport();
    o.autoReconnect = false;
    RoomTransport transport(o);
    QStringList order;
    QObject context;
    connect(&transport, &RoomTransport::textReceived, &context, [&](const QByteArray &utf8) {
        order.append(utf8.size() > 1024 * 1024 ? u"large"_s : QString::fromUtf8(utf8).left(40));
    });
    connect(&transport, &RoomTransport::closed, &context,
            [&](const QString &) { order.append(u"closed"_s); });
    QSignalSpy opened(&transport, &RoomTransport::opened);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    QVERIFY(transport.sendText(
        R"({"method":"auth","requestId":"a","type":"unsecured","role":"admin"})"));
    QTRY_COMPARE(order.size(), 1); // the sign-in's reply
    order.clear();
    sim->sendRawFrame(R"({"method":"event","event":"first"})");
    sim->sendRawFrame(R"({"method":"event","event":"large","blob":")"
                      + QByteArray(2 * 1024 * 1024, 'a') + R"("})");
    sim->sendRawFrame(R"({"method":"event","event":"second"})");
    sim->sendRawFrame(R"({"method":"event","event":"large","blob":")"
                      + QByteArray(2 * 1024 * 1024, 'b') + R"("})");
    sim->sendRawFrame(R"({"method":"event","event":"third"})");
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 10000);
    sim->sendRawFrame(R"({"method":"event","event":"last"})");
    sim->sendRawFrame(R"({"method":"event","event":"large","blob":")"
                      + QByteArray(2 * 1024 * 1024, 'c') + R"("})");
    sim->closeAllClients();
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 8, 10000);
    QCOMPARE(order,
             (QStringList { uR"({"method":"event","event":"first"})"_s, u"large"_s,
                            uR"({"method":"event","event":"second"})"_s, u"large"_s,
                            uR"({"method":"event","event":"third"})"_s,
                            uR"({"method":"event","event":"last"})"_s, u"large"_s, u"closed"_s }));
}

void tst_RoomTransport::fallbackIsVisible()
{
    // config.json unreachable: the transport says so, then tries the default WebSocket port.
    const quint16 nothingThere = RawTcpServer::unusedPort();
    RoomTransport::Options o = fastTransport();
    o.fallbackToDefaultPorts = true;
    o.fallbackWsPort = RawTcpServer::unusedPort();
    RoomTransport transport(o);
    QSignalSpy resolved(&transport, &RoomTransport::endpointResolved);
    QSignalSpy failed(&transport, &RoomTransport::connectFailed);
    transport.open(local(nothingThere));
    QVERIFY(failed.wait());
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().at(2).value<RoomLocator::Source>(), RoomLocator::Source::Fallback);
    const QString note = resolved.first().at(3).toString();
    QVERIFY2(note.contains(u"Control panel unreachable"_s), qPrintable(note));
    QVERIFY(note.contains(QString::number(o.fallbackWsPort)));
    QCOMPARE(resolved.first().at(0).toUrl().port(), int(o.fallbackWsPort));
    // The reported reason is the discovery failure the operator can act on.
    QCOMPARE(failed.first().first().value<RoomLocator::Error>(),
             RoomLocator::Error::ConnectionRefused);
    QVERIFY(failed.first().at(1).toString().contains(QString::number(nothingThere)));
    QVERIFY(failed.first().at(1).toString().contains(u"did not answer either"_s));

    // When a room does listen on the fallback port, the connection succeeds through it.
    auto sim = SimRoom::start();
    o.fallbackWsPort = sim->wsPort();
    RoomTransport viaFallback(o);
    QSignalSpy opened(&viaFallback, &RoomTransport::opened);
    viaFallback.open(local(nothingThere));
    QVERIFY(opened.wait());
    QCOMPARE(viaFallback.endpointSource(), RoomLocator::Source::Fallback);
}

void tst_RoomTransport::reconnectAfterRestartOnNewPort()
{
    auto sim = SimRoom::start();
    RoomTransport transport(fastTransport());
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy closed(&transport, &RoomTransport::closed);
    QSignalSpy scheduled(&transport, &RoomTransport::reconnectScheduled);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    const quint16 oldPort = sim->wsPort();

    QVERIFY(sim->restartWebSocket(0));
    QVERIFY(sim->wsPort() != oldPort);
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(!closed.first().first().toString().isEmpty());
    QVERIFY(scheduled.size() >= 1);
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(transport.currentUrl().port(), int(sim->wsPort()));
    QCOMPARE(transport.state(), RoomTransport::State::Open);
}

void tst_RoomTransport::deadPeerDetectedByKeepalive()
{
    auto sim = SimRoom::start();
    RoomTransport::Options o = fastTransport();
    o.keepaliveIntervalMs = 50;
    // Far above any scheduling delay: the idle phase below must not depend on how promptly
    // this process runs; only a room that stops answering exceeds it.
    o.keepaliveTimeoutMs = 1000;
    o.autoReconnect = true;
    RoomTransport transport(o);
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy closed(&transport, &RoomTransport::closed);
    QSignalSpy answered(&transport, &RoomTransport::keepaliveAnswered);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    // Pongs keep an idle connection alive across several keepalive periods: counted in
    // answered pings, not in milliseconds.
    QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 5, 10000);
    QCOMPARE(closed.size(), 0);
    QCOMPARE(transport.state(), RoomTransport::State::Open);

    sim->setFrozen(true);
    QVERIFY(closed.wait(3000));
    QVERIFY2(closed.first().first().toString().contains(u"stopped answering"_s),
             qPrintable(closed.first().first().toString()));
    sim->setFrozen(false);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 5000);
}

void tst_RoomTransport::initialFailureDoesNotRetryByDefault()
{
    RoomTransport transport(fastTransport());
    QSignalSpy failed(&transport, &RoomTransport::connectFailed);
    QSignalSpy scheduled(&transport, &RoomTransport::reconnectScheduled);
    transport.open(local(RawTcpServer::unusedPort()));
    QVERIFY(failed.wait());
    QCOMPARE(transport.state(), RoomTransport::State::Idle);
    QCOMPARE(scheduled.size(), 0);

    RoomTransport::Options o = fastTransport();
    o.retryInitialConnect = true;
    RoomTransport retrying(o);
    QSignalSpy retried(&retrying, &RoomTransport::reconnectScheduled);
    retrying.open(local(RawTcpServer::unusedPort()));
    QTRY_VERIFY(retried.size() >= 2);
    // Backoff grows between attempts (jitter is ±20 %, growth x2).
    QVERIFY(retried.at(1).at(1).toInt() > retried.at(0).at(1).toInt());
    retrying.close();
    QCOMPARE(retrying.state(), RoomTransport::State::Idle);
}

void tst_RoomTransport::closeStopsReconnecting()
{
    auto sim = SimRoom::start();
    RoomTransport transport(fastTransport());
    QSignalSpy opened(&transport, &RoomTransport::opened);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    QSignalSpy closed(&transport, &RoomTransport::closed);
    transport.close();
    QCOMPARE(transport.state(), RoomTransport::State::Idle);
    // Synchronous proof instead of a wait: only the reconnect timer starts an attempt, and
    // none is scheduled; the room sees the connection end.
    QCOMPARE(transport.msecsUntilReconnect(), 0);
    QTRY_COMPARE(sim->clientCount(), 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(closed.size(), 0);
    QVERIFY(!transport.sendText("{}"));
}

void tst_RoomTransport::oversizedMessageClosesWithReason()
{
    auto sim = SimRoom::start();
    RoomTransport::Options o = fastTransport();
    o.maxIncomingMessageBytes = 1024;
    o.autoReconnect = false;
    RoomTransport transport(o);
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy closed(&transport, &RoomTransport::closed);
    transport.open(SimRoom::addressOf(*sim));
    QVERIFY(opened.wait());
    QVERIFY(transport.sendText(
        R"({"method":"auth","requestId":"a","type":"unsecured","role":"admin"})"));
    // getSettings' reply is larger than 1 KiB.
    QVERIFY(transport.sendText(R"({"method":"getSettings","requestId":"s"})"));
    QVERIFY(closed.wait());
    QVERIFY2(closed.first().first().toString().contains(u"larger"_s)
                 || closed.first().first().toString().contains(u"closed"_s),
             qPrintable(closed.first().first().toString()));
    QCOMPARE(transport.state(), RoomTransport::State::Idle);
}

void tst_RoomTransport::invalidUtf8IsBlamedOnTheRoomText()
{
    // The client closes the connection (close code 1007): not "the room closed" it.
    RawTcpServer room(RawTcpServer::Mode::WebSocket,
                      RawTcpServer::webSocketFrame(QByteArray("caf\xc3\x28 \xff", 7)));
    RoomTransport::Options o = fastTransport();
    o.autoReconnect = false;
    RoomTransport transport(o);
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy closed(&transport, &RoomTransport::closed);
    transport.open(RoomAddress::parse(u"ws://127.0.0.1:"_s + QString::number(room.port())));
    QVERIFY(closed.wait());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(closed.first().first().toString(),
             u"The room sent text that is not valid UTF-8; RoomDeck closed the connection"_s);
}

void tst_RoomTransport::characterSplitAcrossFramesArrivesWhole()
{
    // A valid message whose two-byte character is split between two frames: RFC 6455 checks
    // UTF-8 on the whole message, so it arrives whole and the connection stays open.
    QByteArray first = RawTcpServer::webSocketFrame("{\"t\":\"\xd0", 1);
    first[0] = char(0x01); // not final
    const QByteArray second = RawTcpServer::webSocketFrame("\x96\"}", 0);
    RawTcpServer room(RawTcpServer::Mode::WebSocket, first + second);
    RoomTransport::Options o = fastTransport();
    o.autoReconnect = false;
    RoomTransport transport(o);
    QSignalSpy text(&transport, &RoomTransport::textReceived);
    QSignalSpy closed(&transport, &RoomTransport::closed);
    transport.open(RoomAddress::parse(u"ws://127.0.0.1:"_s + QString::number(room.port())));
    QTRY_VERIFY(text.size() == 1 || closed.size() == 1);
    QVERIFY2(closed.isEmpty(),
             qPrintable(closed.isEmpty() ? QString() : closed.first().first().toString()));
    QCOMPARE(text.first().first().toByteArray(), QByteArray("{\"t\":\"\xd0\x96\"}"));
    QCOMPARE(transport.state(), RoomTransport::State::Open);
}

void tst_RoomTransport::httpOnTheWebSocketPortIsExplained()
{
    // An HTTP server on the port given as the WebSocket port: Qt's own text
    // ("QWebSocketPrivate::processHandshake: Unhandled http status code: 200") is not for people.
    RawTcpServer web(RawTcpServer::Mode::Answer,
                     RawTcpServer::httpResponse(200, "<html>hello</html>", "text/html"));
    RoomTransport transport(fastTransport());
    QSignalSpy failed(&transport, &RoomTransport::connectFailed);
    transport.open(RoomAddress::parse(u"ws://127.0.0.1:"_s + QString::number(web.port())));
    QVERIFY(failed.wait());
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(!reason.contains(u"QWebSocket"_s), qPrintable(reason));
    QVERIFY2(reason.contains(
                 u"The port answered HTTP, not WebSocket: this is not the room's API port"_s),
             qPrintable(reason));
    QCOMPARE(failed.first().first().value<RoomLocator::Error>(), RoomLocator::Error::NotARoom);
}

void tst_RoomTransport::hugeConfigIsCalledLarge()
{
    // A 10 MB config.json is refused for its size, and said so: whether it arrives whole or
    // the download is cut short once it passes the limit.
    QByteArray body = "{\"config\":{\"websocket\":{\"port\":8765}},\"pad\":\"";
    body += QByteArray(10 * 1000 * 1000, 'x');
    body += "\"}";
    const QByteArray whole = RawTcpServer::httpResponse(200, body);
    for (const auto mode : { RawTcpServer::Mode::Answer, RawTcpServer::Mode::AnswerAndHold }) {
        // AnswerAndHold: 300 kB of the 10 MB arrive, then nothing more.
        RawTcpServer server(mode,
                            mode == RawTcpServer::Mode::Answer ? whole : whole.left(300 * 1000));
        const RoomLocator::Result r = locate(local(server.port()));
        QCOMPARE(r.error, RoomLocator::Error::NotARoom);
        QVERIFY2(r.errorText.contains(u"larger than 64 KiB"_s), qPrintable(r.errorText));
        QVERIFY2(!r.errorText.contains(u"not a JSON object"_s), qPrintable(r.errorText));
    }
}

void tst_RoomTransport::nonHttpServiceOnTheWebPortFallsBack()
{
    // Something that is not a web server on the web port is "no control panel here", like a
    // refused connection: the default WebSocket port is tried, and the operator is told.
    RawTcpServer ssh(RawTcpServer::Mode::Answer, QByteArray("SSH-2.0-OpenSSH_9.2\r\n"));
    auto sim = SimRoom::start();
    RoomTransport::Options o = fastTransport();
    o.fallbackToDefaultPorts = true;
    o.fallbackWsPort = sim->wsPort();
    RoomTransport transport(o);
    QSignalSpy resolved(&transport, &RoomTransport::endpointResolved);
    QSignalSpy opened(&transport, &RoomTransport::opened);
    QSignalSpy failed(&transport, &RoomTransport::connectFailed);
    transport.open(local(ssh.port()));
    QTRY_VERIFY(opened.size() == 1 || failed.size() == 1);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().at(2).value<RoomLocator::Source>(), RoomLocator::Source::Fallback);
    QVERIFY(!resolved.first().at(3).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RoomTransport)
#include "tst_roomtransport.moc"
