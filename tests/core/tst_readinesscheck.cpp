// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// ReadinessCheck against the strict simulator: all green, one item red and one amber, the
// audio tests skipped in a call, a room that vanishes mid-check (the rest "disconnected", the
// test it left running stopped at the next sign-in), cancel stopping the running test, three
// rooms checked at once, and the emulator's refusals of the audio tests (§10 n).

#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomsession.h"
#include "sim/simaudiotests.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Item = ReadinessCheck::Item;
using Verdict = ReadinessCheck::Verdict;

namespace {

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    ReadinessCheck *check = nullptr;

    bool start(int micListenMs = 200, Room::Role role = Room::Role::Admin)
    {
        sim = SimRoom::start();
        SimAudioTests::Timing timing;
        timing.levelIntervalMs = 20;
        timing.speakerPlayMs = 100;
        timing.delayStepMs = 20;
        timing.delaySteps = 3;
        sim->audioTests().setTiming(timing);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        check = session->readiness();
        ReadinessCheck::Options options;
        options.stepTimeoutMs = 3000;
        options.micListenMs = micListenMs;
        options.speakerPlayMs = 100;
        options.delayTimeoutMs = 3000;
        check->setOptions(options);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        DeviceState *devices = session->devices();
        return QTest::qWaitFor(
            [devices] {
                return devices->isHardwareKnown() && !devices->isRefreshing()
                    && devices->isMuted(DeviceState::Device::Camera).has_value();
            },
            5000);
    }

    //! Runs a whole check; false when it does not end in time.
    bool run()
    {
        QSignalSpy finished(check, &ReadinessCheck::finished);
        if (!check->start())
            return false;
        return finished.count() == 1 || finished.wait(10000);
    }

    ReadinessCheck::ItemResult item(Item which) const
    {
        for (const ReadinessCheck::ItemResult &r : check->lastResult().items)
            if (r.item == which)
                return r;
        return {};
    }
};

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

std::optional<RequestOutcome> ask(RoomController *controller, const QString &method)
{
    std::optional<RequestOutcome> result;
    controller->sendRequest(method, {}, controller, [&](const RequestOutcome &o) { result = o; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

class tst_ReadinessCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allGreen();
    void oneRedOneAmber_data();
    void oneRedOneAmber();
    void serverLostIsRed();
    void audioTestsSkippedInACall();
    void roomVanishesMidCheck();
    void cancelStopsTheRunningTest_data();
    void cancelStopsTheRunningTest();
    void cancelBeforeTheRoomConfirmsTheStart();
    void threeRoomsAtOnce();
    void simulatorRefusals();
};

void tst_ReadinessCheck::allGreen()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy started(f.check, &ReadinessCheck::started);
    QSignalSpy changed(f.check, &ReadinessCheck::itemChanged);
    QVERIFY(!f.check->lastResult().isValid());
    QVERIFY(f.run());
    QCOMPARE(started.count(), 1);
    const ReadinessCheck::Result &r = f.check->lastResult();
    QCOMPARE(r.items.size(), ReadinessCheck::items().size());
    for (const ReadinessCheck::ItemResult &i : r.items) {
        QVERIFY2(i.verdict == Verdict::Green,
                 qPrintable(ReadinessCheck::itemName(i.item) + u": "_s + i.detail));
        QVERIFY(!i.detail.isEmpty());
        QVERIFY(i.at.isValid());
    }
    QCOMPARE(r.overall(), Verdict::Green);
    QVERIFY(!r.cancelled);
    QVERIFY(r.finishedAt >= r.startedAt);
    // Every item was reported at least when it ended.
    QVERIFY(changed.count() >= r.items.size());
    QVERIFY(f.item(Item::AudioDelay).detail.contains(u"80"_s));
    QVERIFY(f.item(Item::Camera).detail.contains(u"KB"_s));
    // The microphone test was stopped; the speaker played; the delay test ended by itself.
    QCOMPARE(sent(*f.sim, u"testAudioCapturerStart"_s), 1);
    QCOMPARE(sent(*f.sim, u"testAudioCapturerStop"_s), 1);
    QVERIFY(!f.sim->audioTests().isMicrophoneTestRunning());
    QVERIFY(!f.sim->audioTests().isDelayTestRunning());
    QCOMPARE(sent(*f.sim, u"stopAudioDelayDetectorTest"_s), 0);
    QTRY_COMPARE(f.sim->audioTests().speakerTestsPlayed(), 1);
    QVERIFY(f.sim->frameRequestCount() >= 1);
    // The level meter is one row of the event log, not one per level.
    const EventLogModel *log = f.session->eventLog();
    int levelRows = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        levelRows += log->entry(row).name == u"testAudioCapturerLevel"_s ? 1 : 0;
    QCOMPARE(levelRows, 1);
    QVERIFY(!f.check->isRunning());
    QVERIFY(!f.check->start() || f.check->isRunning()); // a second check may start afterwards
    QVERIFY(!f.check->start()); // but not while one runs
    f.check->cancel();
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::oneRedOneAmber_data()
{
    QTest::addColumn<int>("micLevel");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("cameraOff");
    QTest::addColumn<Item>("item");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("no microphone signal") << 0 << 80 << false << Item::Microphone << Verdict::Red;
    QTest::newRow("weak microphone") << 8 << 80 << false << Item::Microphone << Verdict::Amber;
    QTest::newRow("camera off") << 55 << 80 << true << Item::Camera << Verdict::Amber;
    QTest::newRow("delay strains") << 55 << 300 << false << Item::AudioDelay << Verdict::Amber;
    QTest::newRow("delay too long") << 55 << 650 << false << Item::AudioDelay << Verdict::Red;
    QTest::newRow("no delay measured") << 55 << -1 << false << Item::AudioDelay << Verdict::Amber;
}

void tst_ReadinessCheck::oneRedOneAmber()
{
    QFETCH(int, micLevel);
    QFETCH(int, delayMs);
    QFETCH(bool, cameraOff);
    QFETCH(Item, item);
    QFETCH(Verdict, verdict);
    Fixture f;
    QVERIFY(f.start());
    f.sim->audioTests().setMicrophoneLevel(micLevel);
    f.sim->audioTests().setAudioDelayMs(delayMs);
    if (cameraOff) {
        f.session->devices()->setMuted(DeviceState::Device::Camera, true);
        QTRY_COMPARE(f.session->devices()->isMuted(DeviceState::Device::Camera), true);
    }
    QVERIFY(f.run());
    for (const ReadinessCheck::ItemResult &i : f.check->lastResult().items)
        QCOMPARE(i.verdict, i.item == item ? verdict : Verdict::Green);
    QCOMPARE(f.check->lastResult().overall(), verdict);
    QVERIFY(!f.item(item).detail.isEmpty());
    QVERIFY(!f.sim->audioTests().isMicrophoneTestRunning());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::serverLostIsRed()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.sim->simulateServerLoss());
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::None);
    QVERIFY(f.run());
    QCOMPARE(f.item(Item::Connection).verdict, Verdict::Green);
    QCOMPARE(f.item(Item::Server).verdict, Verdict::Red);
    QCOMPARE(f.item(Item::Login).verdict, Verdict::Red);
    QCOMPARE(f.check->lastResult().overall(), Verdict::Red);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::audioTestsSkippedInACall()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.sim->simulateIncomingCall(u"alice@sim.trueconf.local"_s, u"Alice"_s));
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Wait);
    f.session->controller()->accept();
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Conference);
    QVERIFY(f.run());
    for (Item audio : { Item::Microphone, Item::Speaker, Item::AudioDelay }) {
        QCOMPARE(f.item(audio).verdict, Verdict::Amber);
        QVERIFY(f.item(audio).detail.contains(u"call"_s));
    }
    QCOMPARE(f.item(Item::Camera).verdict, Verdict::Green);
    QCOMPARE(sent(*f.sim, u"testAudioCapturerStart"_s), 0);
    QCOMPARE(sent(*f.sim, u"testAudioRenderer"_s), 0);
    QCOMPARE(sent(*f.sim, u"startAudioDelayDetectorTest"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::roomVanishesMidCheck()
{
    Fixture f;
    QVERIFY(f.start(60000)); // the microphone test would listen for a minute
    QSignalSpy finished(f.check, &ReadinessCheck::finished);
    QVERIFY(f.check->start());
    QTRY_VERIFY(f.sim->audioTests().isMicrophoneTestRunning());
    f.sim->closeAllClients();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(!f.check->isRunning());
    for (Item gone : { Item::Microphone, Item::Speaker, Item::AudioDelay }) {
        QCOMPARE(f.item(gone).verdict, Verdict::Red);
        QVERIFY(!f.item(gone).detail.isEmpty());
        QVERIFY(f.item(gone).at.isValid());
    }
    QCOMPARE(f.item(Item::Camera).verdict, Verdict::Green);
    // Back again: the test the check left running is stopped.
    QTRY_VERIFY_WITH_TIMEOUT(f.session->controller()->isReady(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.sim->audioTests().isMicrophoneTestRunning(), 5000);
    QCOMPARE(sent(*f.sim, u"testAudioCapturerStop"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::cancelStopsTheRunningTest_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<QString>("stop");
    QTest::newRow("microphone") << Item::Microphone << u"testAudioCapturerStop"_s;
    QTest::newRow("delay") << Item::AudioDelay << u"stopAudioDelayDetectorTest"_s;
}

void tst_ReadinessCheck::cancelStopsTheRunningTest()
{
    QFETCH(Item, item);
    QFETCH(QString, stop);
    Fixture f;
    QVERIFY(f.start(item == Item::Microphone ? 60000 : 200));
    SimAudioTests::Timing slow;
    slow.delayStepMs = 60000; // the delay test would take minutes
    if (item == Item::AudioDelay)
        f.sim->audioTests().setTiming(slow);
    QSignalSpy finished(f.check, &ReadinessCheck::finished);
    QVERIFY(f.check->start());
    SimAudioTests &tests = f.sim->audioTests();
    if (item == Item::Microphone)
        QTRY_VERIFY(tests.isMicrophoneTestRunning());
    else
        QTRY_VERIFY(tests.isDelayTestRunning());
    f.check->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(f.check->lastResult().cancelled);
    QCOMPARE(f.item(item).verdict, Verdict::Amber);
    QCOMPARE(f.item(Item::Connection).verdict, Verdict::Green);
    QTRY_COMPARE(sent(*f.sim, stop), 1);
    QVERIFY(!tests.isMicrophoneTestRunning());
    QVERIFY(!tests.isDelayTestRunning());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::cancelBeforeTheRoomConfirmsTheStart()
{
    Fixture f;
    QVERIFY(f.start(60000));
    f.sim->setReplyDelay(u"testAudioCapturerStart"_s, 300);
    QVERIFY(f.check->start());
    QTRY_COMPARE(sent(*f.sim, u"testAudioCapturerStart"_s), 1);
    f.check->cancel(); // the room starts the test only after this
    QVERIFY(!f.check->isRunning());
    // The confirmation comes after the check ended: the test is stopped then.
    QTRY_COMPARE(sent(*f.sim, u"testAudioCapturerStop"_s), 1);
    QTRY_VERIFY(!f.sim->audioTests().isMicrophoneTestRunning());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::threeRoomsAtOnce()
{
    Fixture rooms[3];
    for (Fixture &f : rooms)
        QVERIFY(f.start());
    rooms[1].sim->audioTests().setMicrophoneLevel(0);
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (Fixture &f : rooms) {
        spies.append(std::make_shared<QSignalSpy>(f.check, &ReadinessCheck::finished));
        QVERIFY(f.check->start());
    }
    for (const auto &spy : spies)
        QVERIFY(spy->count() == 1 || spy->wait(10000));
    QCOMPARE(rooms[0].check->lastResult().overall(), Verdict::Green);
    QCOMPARE(rooms[1].check->lastResult().overall(), Verdict::Red);
    QCOMPARE(rooms[2].check->lastResult().overall(), Verdict::Green);
    for (Fixture &f : rooms)
        QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ReadinessCheck::simulatorRefusals()
{
    Fixture f;
    QVERIFY(f.start());
    RoomController *c = f.session->controller();
    const auto errorOf = [c](const QString &method) {
        const std::optional<RequestOutcome> o = ask(c, method);
        return o ? (o->ok() ? u"ok"_s : o->errorText) : u"no answer"_s;
    };
    QCOMPARE(errorOf(u"testAudioCapturerStop"_s), u"Invalid state"_s);
    QCOMPARE(errorOf(u"stopAudioDelayDetectorTest"_s), u"Invalid state"_s);
    QCOMPARE(errorOf(u"testAudioCapturerStart"_s), u"ok"_s);
    QCOMPARE(errorOf(u"testAudioCapturerStart"_s), u"Invalid state"_s);
    QCOMPARE(errorOf(u"testAudioCapturerStop"_s), u"ok"_s);
    QVERIFY(f.sim->simulateIncomingCall(u"alice@sim.trueconf.local"_s));
    QTRY_COMPARE(c->appState(), Room::AppState::Wait);
    QCOMPARE(errorOf(u"testAudioCapturerStart"_s), u"Invalid state"_s);
    QCOMPARE(errorOf(u"testAudioRenderer"_s), u"Invalid state"_s);
    QCOMPARE(errorOf(u"startAudioDelayDetectorTest"_s), u"Invalid state"_s);
    // Strict mode counts every refusal as the client's mistake: exactly these, no others.
    QCOMPARE(f.sim->violations(),
             QStringList({ u"invalid state for testAudioCapturerStop (appState 3)"_s,
                           u"invalid state for stopAudioDelayDetectorTest (appState 3)"_s,
                           u"invalid state for testAudioCapturerStart (appState 3)"_s,
                           u"invalid state for testAudioCapturerStart (appState 4)"_s,
                           u"invalid state for testAudioRenderer (appState 4)"_s,
                           u"invalid state for startAudioDelayDetectorTest (appState 4)"_s }));
}

QTEST_GUILESS_MAIN(tst_ReadinessCheck)
#include "tst_readinesscheck.moc"
