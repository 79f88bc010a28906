// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// SimScheduler through the WebSocket API: getScheduler with the meetings a scenario added,
// conferenceList pushes, joining a listed meeting by `call \c\ID` (its topic titles the
// conference), a stopped one refused with cause 17, in strict mode.

#include "sim/roomsimulator.h"
#include "sim/simscheduler.h"
#include "simroom.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using SimTest::TestClient;

namespace {

RoomSimulator::Options options()
{
    RoomSimulator::Options o;
    o.strict = true;
    o.serverDelayMs = 10;
    return o;
}

} // namespace

class tst_SimScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarioSchedulesAndPushes();
    void joiningAMeetingTakesItsTitle();
    void aStoppedMeetingIsRefused();
    void scheduleRefusesNonsense();
};

void tst_SimScheduler::scenarioSchedulesAndPushes()
{
    auto sim = SimRoom::start(options());
    TestClient c;
    QVERIFY(c.openAs(*sim));
    QString error;
    QVERIFY2(sim->loadScenario(R"({"events":[
        {"at":0,"do":"scheduleMeeting","id":"ops","topic":"Ops stand-up","owner":"lea@x",
         "startIn":-60,"duration":1800},
        {"at":0,"do":"pushConferenceList"}]})",
                               &error),
             qPrintable(error));
    const QJsonObject pushed = c.waitEvent(u"conferenceList"_s);
    QCOMPARE(pushed.value(u"succeed"_s), QJsonValue(true));
    QCOMPARE(pushed.value(u"cnt"_s).toInt(), 3);
    const QJsonObject reply = c.call(u"getScheduler"_s);
    QCOMPARE(reply.value(u"cnt"_s).toInt(), 3);
    QCOMPARE(reply.value(u"conferences"_s), pushed.value(u"conferences"_s));
    const QJsonObject ops = sim->scheduler().find(u"ops"_s);
    QCOMPARE(ops.value(u"topic"_s).toString(), u"Ops stand-up"_s);
    QCOMPARE(ops.value(u"owner"_s).toString(), u"lea@x"_s);
    QCOMPARE(ops.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(ops.value(u"schedule"_s).toObject().value(u"duration"_s).toInt(), 1800);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_SimScheduler::joiningAMeetingTakesItsTitle()
{
    auto sim = SimRoom::start(options());
    QVERIFY(sim->scheduler().schedule(u"ops"_s, u"Ops stand-up"_s, {}, -60, 1800));
    TestClient c;
    QVERIFY(c.openAs(*sim));
    QVERIFY(c.call(u"call"_s, { { u"peerId"_s, u"\\c\\ops"_s } }).value(u"result"_s).toBool());
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"confTitle"_s).toString(), u"Ops stand-up"_s);
    QVERIFY(c.waitAppState(5));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_SimScheduler::aStoppedMeetingIsRefused()
{
    auto sim = SimRoom::start(options());
    QVERIFY(sim->scheduler().schedule(u"later"_s, u"Later"_s, {}, 3600, 1800));
    TestClient c;
    QVERIFY(c.openAs(*sim));
    QVERIFY(c.call(u"call"_s, { { u"peerId"_s, u"\\c\\later"_s } }).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"rejectReceived"_s).value(u"cause"_s).toInt(), 17);
    QVERIFY(c.waitAppState(3));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_SimScheduler::scheduleRefusesNonsense()
{
    auto sim = SimRoom::start(options());
    QVERIFY(!sim->scheduler().schedule(u" "_s, u"x"_s, {}, 0, 60));
    QVERIFY(!sim->scheduler().schedule(u"x"_s, u"x"_s, {}, 0, 0));
    QString error;
    QVERIFY(!sim->loadScenario(
        R"({"events":[{"at":0,"do":"scheduleMeeting","id":"x","duration":0}]})", &error));
    QVERIFY(error.contains(u"duration"_s));
    // Logged out, nothing is pushed.
    sim->setAppState(0);
    QVERIFY(!sim->scheduler().pushList());
}

QTEST_GUILESS_MAIN(tst_SimScheduler)
#include "tst_simscheduler.moc"
