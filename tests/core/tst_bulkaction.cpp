// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// BulkAction: one hang-up for several rooms, exactly one outcome per room, each in that room's
// event log, one callback — against three real simulators on 127.0.0.1.

#include "core/models/callsession.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/session/bulkaction.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;

namespace {

bool signIn(RoomSession &session, RoomSimulator &sim)
{
    QSignalSpy ready(session.controller(), &RoomController::startupCompleted);
    session.controller()->connectToRoom(SimRoom::addressOf(sim), Creds::unsecured());
    return ready.wait(5000);
}

bool inCall(RoomSession &session, RoomSimulator &sim, const QString &peer)
{
    if (!sim.simulateIncomingCall(peer + u"@sim.trueconf.local"_s, peer))
        return false;
    if (!QTest::qWaitFor([&] { return session.call()->phase() == CallSession::Phase::Incoming; },
                         5000))
        return false;
    session.controller()->accept();
    return QTest::qWaitFor(
        [&] {
            return session.call()->phase() == CallSession::Phase::InConference
                && session.controller()->capabilities().testFlag(Permissions::Capability::HangUp);
        },
        5000);
}

//! The texts of the room's command rows that mention the bulk hang-up.
QStringList bulkRows(const RoomSession &session)
{
    QStringList rows;
    const EventLogModel *log = session.eventLog();
    for (int row = 0; row < log->rowCount(); ++row) {
        const auto &e = log->entry(row);
        if (e.kind == EventLogModel::Kind::Command && e.text.contains(u"bulk action"_s))
            rows.append(e.text);
    }
    return rows;
}

} // namespace

class tst_BulkAction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hangUpReportsEachRoom();
    void aRoomRemovedMeanwhileStillEnds();
    void nothingToDoStillCallsBackOnce();
    void muteMicrophonesReportsEachRoom();
};

void tst_BulkAction::hangUpReportsEachRoom()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    auto simC = SimRoom::start();
    RoomSession a(SimRoom::fastOptions());
    RoomController::Options slowRoom = SimRoom::fastOptions();
    slowRoom.requestTimeoutMs = 300;
    RoomSession b(slowRoom);
    RoomSession c(SimRoom::fastOptions());
    RoomSession d(SimRoom::fastOptions()); // never connected
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(b, *simB));
    QVERIFY(signIn(c, *simC));
    QVERIFY(inCall(a, *simA, u"carol"_s));
    QVERIFY(inCall(b, *simB, u"dave"_s));
    // Room B does not answer in time; room C is idle; room D is not connected.
    simB->setReplyDelay(u"hangUp"_s, 3000);

    QList<BulkAction::Result> results;
    int callbacks = 0;
    QObject context;
    BulkAction::hangUp({ &a, &b, &c, &d }, &context, [&](const QList<BulkAction::Result> &r) {
        results = r;
        ++callbacks;
    });
    QCOMPARE(callbacks, 0); // never inside the call
    QTRY_COMPARE(callbacks, 1);
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).session.data(), &a);
    QCOMPARE(results.at(1).session.data(), &b);
    QCOMPARE(results.at(2).session.data(), &c);
    QCOMPARE(results.at(3).session.data(), &d);
    QCOMPARE(results.at(0).outcome.status, Status::Reply);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(1).outcome.status, Status::Timeout);
    QCOMPARE(results.at(2).outcome.status, Status::RefusedLocally);
    QVERIFY(results.at(2).outcome.errorText.contains(u"not in a call"_s));
    QCOMPARE(results.at(3).outcome.status, Status::RefusedLocally);
    QVERIFY(results.at(3).outcome.errorText.contains(u"Not connected"_s));

    // Only the rooms in a call were asked.
    QVERIFY(simA->receivedMethods().contains(u"hangUp"_s));
    QVERIFY(simB->receivedMethods().contains(u"hangUp"_s));
    QVERIFY(!simC->receivedMethods().contains(u"hangUp"_s));
    QTRY_COMPARE(a.call()->phase(), CallSession::Phase::Idle);

    // Each room's log says what happened to it, once.
    QCOMPARE(bulkRows(a).size(), 1);
    QVERIFY(bulkRows(a).at(0).contains(u"done"_s));
    QCOMPARE(bulkRows(b).size(), 1);
    QVERIFY(bulkRows(b).at(0).contains(u"failed"_s));
    QCOMPARE(bulkRows(c).size(), 1);
    QVERIFY(bulkRows(c).at(0).contains(u"not in a call"_s));
    QCOMPARE(bulkRows(d).size(), 1);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
    QCOMPARE(simC->violations(), QStringList());
}

void tst_BulkAction::aRoomRemovedMeanwhileStillEnds()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    RoomSession a(SimRoom::fastOptions());
    auto *b = new RoomSession(SimRoom::fastOptions());
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(*b, *simB));
    QVERIFY(inCall(a, *simA, u"carol"_s));
    QVERIFY(inCall(*b, *simB, u"dave"_s));
    simB->setReplyDelay(u"hangUp"_s, 2000);

    QList<BulkAction::Result> results;
    int callbacks = 0;
    BulkAction::hangUp({ &a, b }, nullptr, [&](const QList<BulkAction::Result> &r) {
        results = r;
        ++callbacks;
    });
    QTRY_VERIFY(simB->receivedMethods().contains(u"hangUp"_s));
    delete b; // the operator removed room B while it had not answered
    QTRY_COMPARE(callbacks, 1);
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).session.isNull());
    QCOMPARE(results.at(1).outcome.status, Status::Disconnected);
    QCOMPARE(simA->violations(), QStringList());
}

void tst_BulkAction::nothingToDoStillCallsBackOnce()
{
    int callbacks = 0;
    BulkAction::hangUp({}, nullptr, [&](const QList<BulkAction::Result> &r) {
        QVERIFY(r.isEmpty());
        ++callbacks;
    });
    QTRY_COMPARE(callbacks, 1);

    // A context that is gone by then gets no callback.
    auto *context = new QObject;
    RoomSession idle(SimRoom::fastOptions());
    bool called = false;
    QPointer<BulkAction> action = BulkAction::hangUp(
        { &idle }, context, [&](const QList<BulkAction::Result> &) { called = true; });
    delete context;
    QTRY_VERIFY(action.isNull());
    QVERIFY(!called);
    QCOMPARE(bulkRows(idle).size(), 1); // still recorded
}

void tst_BulkAction::muteMicrophonesReportsEachRoom()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    RoomSession a(SimRoom::fastOptions());
    RoomSession b(SimRoom::fastOptions());
    RoomSession c(SimRoom::fastOptions()); // never connected
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(b, *simB));
    QList<BulkAction::Result> results;
    int callbacks = 0;
    QObject context;
    BulkAction::muteMicrophones({ &a, &b, &c }, &context, [&](const QList<BulkAction::Result> &r) {
        results = r;
        ++callbacks;
    });
    QCOMPARE(callbacks, 0);
    QTRY_COMPARE(callbacks, 1);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(0).outcome.method, u"setMicMute"_s);
    QCOMPARE(results.at(2).outcome.status, Status::RefusedLocally);
    QVERIFY(results.at(2).outcome.errorText.contains(u"Not connected"_s));
    // The rooms agree, and say so through their events.
    QTRY_COMPARE(a.devices()->isMuted(DeviceState::Device::Microphone), std::optional<bool>(true));
    QTRY_COMPARE(b.devices()->isMuted(DeviceState::Device::Microphone), std::optional<bool>(true));
    QCOMPARE(bulkRows(a).size(), 1);
    QCOMPARE(bulkRows(b).size(), 1);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_BulkAction)
#include "tst_bulkaction.moc"
