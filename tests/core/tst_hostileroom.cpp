// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// A hostile room of our own (issue 12, gate 12): the simulator, once RoomDeck is signed in,
// sends each class of hostile frame (sendRawFrame: malformed, deeply nested, huge, wrong-typed,
// flooding, 1 MB names and texts), and raw servers stand in for rooms that send invalid UTF-8,
// a 10 MB config.json or no HTTP at all. Each case asserts that RoomController stays
// responsive (a request issued after the burst ends within a generous 10 s; its reply comes
// behind the burst on the same socket, so the burst was handled by then), that resident memory
// stays bounded, and that the operator gets a clear message.
#include "rawtcpserver.h"
#include "simroom.h"
#include "soakrun.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;

namespace {

//! Generous bounds: they catch a hang or a runaway, not a slow machine.
constexpr int kResponsiveMs = 10000;
constexpr qint64 kRssBoundKiB = 100 * 1024; // the largest case takes about 13 MiB

QByteArray eventFrame(const QByteArray &name, const QByteArray &extra = {})
{
    return "{\"method\":\"event\",\"event\":\"" + name + "\"" + extra + "}";
}

} // namespace

class tst_HostileRoom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void malformedJson();
    void deeplyNestedJson();
    void hugeFrame();
    void oversizedFrame();
    void wrongTypedReply_data();
    void wrongTypedReply();
    void wrongTypedEvents();
    void eventFlood();
    void megabyteEventName();
    void megabyteErrorText();
    void invalidUtf8();
    void tenMegabyteConfigJson();
    void nonHttpServiceOnTheWebPort();

private:
    //! Starts the simulator and signs a controller in.
    void connectToSim();
    //! A request issued now ends within kResponsiveMs with `expected`.
    void assertResponsive(RequestOutcome::Status expected = RequestOutcome::Status::Reply);
    //! A request the room never answers by itself; its wire requestId.
    QString swallowedRequest(quint64 *handle);

    std::unique_ptr<RoomSimulator> m_sim;
    std::unique_ptr<RoomController> m_controller;
    std::unique_ptr<QSignalSpy> m_protocolErrors;
    std::unique_ptr<QSignalSpy> m_outcomes;
    qint64 m_rssBefore = 0;
};

void tst_HostileRoom::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    qRegisterMetaType<RoomMessage>();
}

void tst_HostileRoom::init()
{
    m_rssBefore = Soak::rssKiB();
    QVERIFY(m_rssBefore > 0);
}

void tst_HostileRoom::cleanup()
{
    m_outcomes.reset();
    m_protocolErrors.reset();
    m_controller.reset();
    m_sim.reset();
    const qint64 grown = Soak::rssKiB() - m_rssBefore;
    qInfo("resident memory %+lld KiB (bound %lld KiB)", grown, kRssBoundKiB);
    if (Soak::kAddressSanitizer)
        return; // its quarantine keeps freed memory resident
    QVERIFY2(grown <= kRssBoundKiB, qPrintable(u"RSS grew by %1 KiB"_s.arg(grown)));
}

void tst_HostileRoom::connectToSim()
{
    m_sim = SimRoom::start();
    m_controller = std::make_unique<RoomController>(SimRoom::fastOptions());
    m_protocolErrors
        = std::make_unique<QSignalSpy>(m_controller.get(), &RoomController::protocolError);
    m_outcomes = std::make_unique<QSignalSpy>(m_controller.get(), &RoomController::requestFinished);
    m_controller->connectToRoom(SimRoom::addressOf(*m_sim), Creds::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isReady(), 5000);
}

void tst_HostileRoom::assertResponsive(RequestOutcome::Status expected)
{
    QElapsedTimer timer;
    timer.start();
    bool ended = false;
    RequestOutcome outcome;
    QObject context;
    m_controller->sendRequest(
        u"getAppState"_s, {}, &context,
        [&](const RequestOutcome &o) {
            ended = true;
            outcome = o;
        },
        kResponsiveMs);
    QTRY_VERIFY_WITH_TIMEOUT(ended, kResponsiveMs + 2000);
    QVERIFY2(timer.elapsed() <= kResponsiveMs,
             qPrintable(u"the request took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(outcome.status == expected, qPrintable(outcome.summary()));
}

QString tst_HostileRoom::swallowedRequest(quint64 *handle)
{
    m_sim->setReplyDelay(u"getMonitorsInfo"_s, -1);
    *handle = m_controller->sendRequest(u"getMonitorsInfo"_s);
    return u"rd-"_s + QString::number(*handle);
}

void tst_HostileRoom::malformedJson()
{
    connectToSim();
    m_sim->sendRawFrame(R"({"method":"event","event":"appStateChanged",)");
    assertResponsive();
    QCOMPARE(m_protocolErrors->size(), 1);
    const QString text = m_protocolErrors->first().first().toString();
    QVERIFY2(text.startsWith(u"The room sent an unreadable message: not valid JSON"_s),
             qPrintable(text));
    QVERIFY(m_controller->isReady());
}

void tst_HostileRoom::deeplyNestedJson()
{
    connectToSim();
    const int depth = 200000;
    m_sim->sendRawFrame(R"({"method":"event","event":"x","deep":)" + QByteArray(depth, '[')
                        + QByteArray(depth, ']') + '}');
    assertResponsive();
    QCOMPARE(m_protocolErrors->size(), 1);
    QCOMPARE(m_protocolErrors->first().first().toString(),
             u"The room sent an unreadable message: JSON nested deeper than 64 levels"_s);
}

void tst_HostileRoom::hugeFrame()
{
    // 8 MB: large, but under the 16 MiB frame limit, so it is read and delivered.
    connectToSim();
    QSignalSpy events(m_controller.get(), &RoomController::eventReceived);
    const QByteArray blob(8 * 1024 * 1024, 'a');
    m_sim->sendRawFrame(eventFrame("hugeEvent", R"(,"blob":")" + blob + '"'));
    assertResponsive();
    QCOMPARE(events.size(), 1);
    const auto event = events.first().first().value<RoomMessage>();
    QCOMPARE(event.event, u"hugeEvent"_s);
    QCOMPARE(event.body.value(u"blob"_s).toString().size(), blob.size());
    QCOMPARE(m_protocolErrors->size(), 0);
}

void tst_HostileRoom::oversizedFrame()
{
    // 20 MB: over the 16 MiB limit. The connection is closed with a reason that says so, the
    // session comes back by itself and answers again.
    connectToSim();
    QSignalSpy lost(m_controller.get(), &RoomController::connectionLost);
    m_sim->sendRawFrame(
        eventFrame("tooLarge", R"(,"blob":")" + QByteArray(20 * 1024 * 1024, 'a') + '"'));
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), kResponsiveMs);
    QCOMPARE(lost.first().first().toString(),
             u"The room sent a message larger than 16 MiB; the connection was closed"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isReady(), kResponsiveMs);
    assertResponsive();
}

void tst_HostileRoom::wrongTypedReply_data()
{
    QTest::addColumn<QByteArray>("fields"); // everything but the requestId
    QTest::addColumn<bool>("withRequestId");
    QTest::addColumn<QString>("text");
    QTest::newRow("result") << QByteArray(R"("method":"getMonitorsInfo","result":"yes")") << true
                            << u"The room sent a malformed reply: \"result\" is not a boolean"_s;
    QTest::newRow("method") << QByteArray(R"("method":5,"result":true)") << true
                            << u"The room sent a malformed reply: \"method\" is not a string"_s;
    QTest::newRow("requestId")
        << QByteArray(R"("method":"getMonitorsInfo","result":true,"requestId":{"a":1})") << false
        << u"The room sent a malformed reply: \"requestId\" is not a string"_s;
}

void tst_HostileRoom::wrongTypedReply()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, withRequestId);
    QFETCH(QString, text);
    connectToSim();
    quint64 handle = 0;
    const QString requestId = swallowedRequest(&handle);
    QTRY_VERIFY(m_sim->receivedMethods().contains(u"getMonitorsInfo"_s));
    QByteArray frame = '{' + fields;
    if (withRequestId)
        frame += R"(,"requestId":")" + requestId.toUtf8() + '"';
    frame += '}';
    m_sim->sendRawFrame(frame);
    // The malformed reply ends its request at once, as such (not as a timeout).
    QTRY_VERIFY_WITH_TIMEOUT(!m_outcomes->isEmpty(), kResponsiveMs);
    const auto outcome = m_outcomes->first().first().value<RequestOutcome>();
    QCOMPARE(outcome.id, handle);
    QCOMPARE(outcome.status, RequestOutcome::Status::ErrorReply);
    QVERIFY(outcome.malformed);
    QCOMPARE(outcome.errorText, text);
    assertResponsive();
}

void tst_HostileRoom::wrongTypedEvents()
{
    connectToSim();
    const Room::AppState before = m_controller->appState();
    m_sim->sendRawFrame(eventFrame("appStateChanged", R"(,"appState":"three")"));
    m_sim->sendRawFrame(eventFrame("appStateChanged", R"(,"appState":{"x":[1e300]})"));
    m_sim->sendRawFrame(R"({"method":"event","event":5})");
    assertResponsive();
    QCOMPARE(m_controller->appState(), before); // a wrong-typed state changes nothing
    QCOMPARE(m_protocolErrors->size(), 1);
    QCOMPARE(m_protocolErrors->first().first().toString(),
             u"The room sent an unreadable message: event frame without an \"event\" name"_s);
}

void tst_HostileRoom::eventFlood()
{
    connectToSim();
    // Counted, not spied on: a spy would keep 50,000 events and blur the memory figure.
    int received = 0;
    int lastN = -1;
    QObject context;
    connect(m_controller.get(), &RoomController::eventReceived, &context,
            [&](const RoomMessage &event) {
                ++received;
                lastN = event.body.value(u"n"_s).toInt();
            });
    const int count = 50000;
    for (int i = 0; i < count; ++i)
        m_sim->sendRawFrame(eventFrame("floodTick", ",\"n\":" + QByteArray::number(i)));
    assertResponsive();
    QCOMPARE(received, count); // every one delivered, none lost, before the reply
    QCOMPARE(lastN, count - 1);
}

void tst_HostileRoom::megabyteEventName()
{
    connectToSim();
    QSignalSpy events(m_controller.get(), &RoomController::eventReceived);
    const QByteArray name(1024 * 1024, 'E');
    m_sim->sendRawFrame(eventFrame(name));
    assertResponsive();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().first().value<RoomMessage>().event.size(), name.size());
}

void tst_HostileRoom::megabyteErrorText()
{
    connectToSim();
    quint64 handle = 0;
    const QString requestId = swallowedRequest(&handle);
    QTRY_VERIFY(m_sim->receivedMethods().contains(u"getMonitorsInfo"_s));
    const QByteArray error(1024 * 1024, 'x');
    m_sim->sendRawFrame(R"({"method":"getMonitorsInfo","result":false,"requestId":")"
                        + requestId.toUtf8() + R"(","error":")" + error + R"("})");
    QTRY_VERIFY_WITH_TIMEOUT(!m_outcomes->isEmpty(), kResponsiveMs);
    const auto outcome = m_outcomes->first().first().value<RequestOutcome>();
    QCOMPARE(outcome.id, handle);
    QCOMPARE(outcome.status, RequestOutcome::Status::ErrorReply);
    QVERIFY(!outcome.malformed);
    QVERIFY(outcome.errorText.startsWith(u"xxxx"_s));
    assertResponsive();
}

void tst_HostileRoom::invalidUtf8()
{
    RawTcpServer room(RawTcpServer::Mode::WebSocket,
                      RawTcpServer::webSocketFrame(QByteArray("caf\xc3\x28 \xff", 7)));
    RoomController c(SimRoom::fastOptions());
    QSignalSpy lost(&c, &RoomController::connectionLost);
    QElapsedTimer timer;
    timer.start();
    c.connectToRoom(RoomAddress::parse(u"ws://127.0.0.1:"_s + QString::number(room.port())),
                    Creds::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), kResponsiveMs);
    QVERIFY(timer.elapsed() <= kResponsiveMs);
    QCOMPARE(lost.first().first().toString(),
             u"The room sent text that is not valid UTF-8; RoomDeck closed the connection"_s);
    c.disconnectFromRoom();
    QCOMPARE(c.connectionState(), RoomController::ConnectionState::Disconnected);
}

void tst_HostileRoom::tenMegabyteConfigJson()
{
    QByteArray body = R"({"config":{"websocket":{"port":1}},"pad":")";
    body += QByteArray(10 * 1024 * 1024, 'p');
    body += "\"}";
    RawTcpServer web(RawTcpServer::Mode::Answer, RawTcpServer::httpResponse(200, body));
    RoomController c(SimRoom::fastOptions());
    QSignalSpy failed(&c, &RoomController::connectionFailed);
    QElapsedTimer timer;
    timer.start();
    c.connectToRoom(RoomAddress::parse(u"127.0.0.1:"_s + QString::number(web.port())),
                    Creds::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kResponsiveMs);
    QVERIFY(timer.elapsed() <= kResponsiveMs);
    QCOMPARE(failed.first().first().value<RoomLocator::Error>(), RoomLocator::Error::NotARoom);
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(u"config.json is larger than 64 KiB"_s), qPrintable(reason));
}

void tst_HostileRoom::nonHttpServiceOnTheWebPort()
{
    RawTcpServer ssh(RawTcpServer::Mode::Answer, "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    RoomController c(SimRoom::fastOptions());
    QSignalSpy failed(&c, &RoomController::connectionFailed);
    QElapsedTimer timer;
    timer.start();
    c.connectToRoom(RoomAddress::parse(u"127.0.0.1:"_s + QString::number(ssh.port())),
                    Creds::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kResponsiveMs);
    QVERIFY(timer.elapsed() <= kResponsiveMs);
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(u"answered, but not with HTTP"_s), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_HostileRoom)
#include "tst_hostileroom.moc"
