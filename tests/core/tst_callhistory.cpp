// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// CallHistory against the strict simulator: the history read after sign-in and after every
// call, a missed call that raises the missed-call count and an event-log line, marking seen,
// clearing (refused locally at User level), rows that keep their identity, and junk tolerated.

#include "core/models/callhistory.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "sim/simcallhistory.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Direction = CallHistory::Direction;

namespace {

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    CallHistory *history = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool start(Room::Role role = Room::Role::Admin, RoomSimulator::Options options = {},
               const std::function<void(RoomSimulator &)> &before = {})
    {
        options.ringTimeoutMs = 60000;
        sim = SimRoom::start(options);
        if (before)
            before(*sim);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        history = session->history();
        tester = std::make_unique<QAbstractItemModelTester>(
            history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        return QTest::qWaitFor([this] { return history->isKnown(); }, 5000);
    }
};

template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    QTest::qWait(0);
    return calls == 1 ? *result : RequestOutcome {};
}

bool logHas(const EventLogModel &log, const QString &text)
{
    for (int row = 0; row < log.rowCount(); ++row)
        if (log.entry(row).text == text)
            return true;
    return false;
}

SimCallHistory::Entry entry(SimCallHistory::Type type, const QString &peerId, const QString &peerDn,
                            qint64 agoSecs, bool viewed = false)
{
    SimCallHistory::Entry e;
    e.type = type;
    e.peerId = peerId;
    e.peerDn = peerDn;
    e.startTime = QDateTime::currentSecsSinceEpoch() - agoSecs;
    e.duration = type == SimCallHistory::Type::Missed ? 0 : 95;
    e.viewed = viewed;
    return e;
}

} // namespace

class tst_CallHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheHistoryAfterSignIn();
    void aMissedCallRaisesTheCountAndALogLine();
    void markAllSeenClearsTheCount();
    void rowsKeepTheirIdentityAcrossRefreshes();
    void clearIsRefusedAtUserLevel();
    void clearEmptiesTheHistoryForAnAdministrator();
    void disconnectForgetsTheHistory();
    void parsesJunkSafely_data();
    void parsesJunkSafely();
};

void tst_CallHistory::readsTheHistoryAfterSignIn()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Outgoing,
                                       u"kenji@sim.trueconf.local"_s, u"Kenji Watanabe"_s, 7200,
                                       true));
        sim.callHistory().record(entry(SimCallHistory::Type::Missed, u"maria@sim.trueconf.local"_s,
                                       u"Maria Garcia"_s, 600));
    }));
    QCOMPARE(f.history->rowCount(), 2);
    const CallHistory::Call &newest = f.history->at(0);
    QCOMPARE(newest.direction, Direction::Missed);
    QCOMPARE(newest.peerDn, u"Maria Garcia"_s);
    QCOMPARE(newest.callBackId(), u"maria@sim.trueconf.local"_s);
    QCOMPARE(f.history->at(1).durationSecs, 95);
    QCOMPARE(f.history->unseenMissedCount(), 1);
    QVERIFY(f.history->data(f.history->index(0), CallHistory::UnseenMissedRole).toBool());
    QVERIFY(!f.history->data(f.history->index(1), CallHistory::UnseenMissedRole).toBool());
    QCOMPARE(f.history->latestMissedText(), CallHistory::missedText(newest));
    QVERIFY(f.history->latestMissedText().startsWith(u"Missed call from Maria Garcia at "_s));
    // A missed call nobody has seen is an event-log line too.
    QVERIFY(logHas(*f.session->eventLog(), CallHistory::missedText(newest)));
    QCOMPARE(sent(*f.sim, u"getCallHistory"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::aMissedCallRaisesTheCountAndALogLine()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.history->rowCount(), 0);
    QSignalSpy missed(f.history, &CallHistory::missedCallsChanged);
    QSignalSpy announced(f.history, &CallHistory::missedCall);
    QSignalSpy raised(f.session->notices(), &RoomNotices::raised);

    // Somebody calls and gives up before the room answers.
    QVERIFY(f.sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Wait);
    QVERIFY(f.sim->simulateIncomingCallCancelled());

    QTRY_COMPARE(missed.size(), 1);
    QCOMPARE(missed.at(0).at(0).toInt(), 1);
    const QString text = missed.at(0).at(1).toString();
    QVERIFY2(text.startsWith(u"Missed call from Maria Garcia at "_s), qPrintable(text));
    QCOMPARE(announced.size(), 1);
    // The room's notice: the room list and the tray show it.
    QCOMPARE(f.session->notices()->count(RoomNotices::Kind::MissedCalls), 1);
    QCOMPARE(f.session->notices()->latest(RoomNotices::Kind::MissedCalls), text);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).at(0).value<RoomNotices::Kind>(), RoomNotices::Kind::MissedCalls);
    QCOMPARE(f.history->rowCount(), 1);
    QCOMPARE(f.history->at(0).direction, Direction::Missed);
    QVERIFY(logHas(*f.session->eventLog(), text));

    // A refresh that finds nothing new announces nothing again.
    QCOMPARE(outcomeOf([&](auto d) { f.history->refresh(nullptr, d); }).status, Status::Reply);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::markAllSeenClearsTheCount()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Missed, u"maria@sim.trueconf.local"_s,
                                       u"Maria Garcia"_s, 600));
    }));
    QCOMPARE(f.history->unseenMissedCount(), 1);
    QCOMPARE(f.session->notices()->count(RoomNotices::Kind::MissedCalls), 1);
    QSignalSpy missed(f.history, &CallHistory::missedCallsChanged);
    QSignalSpy changed(f.history, &QAbstractItemModel::dataChanged);
    QCOMPARE(outcomeOf([&](auto d) { f.history->markAllSeen(nullptr, d); }).status, Status::Reply);
    // The room's lastCallsViewed applies it.
    QTRY_COMPARE(f.history->unseenMissedCount(), 0);
    QVERIFY(f.history->lastView().isValid());
    QCOMPARE(f.session->notices()->count(RoomNotices::Kind::MissedCalls), 0);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.at(0).at(0).toInt(), 0);
    QCOMPARE(missed.at(0).at(1).toString(), QString());
    QVERIFY(!changed.isEmpty());
    QVERIFY(f.history->at(0).viewed);

    QCOMPARE(outcomeOf([&](auto d) { f.history->readLastViewTime(nullptr, d); }).status,
             Status::Reply);
    QCOMPARE(f.history->unseenMissedCount(), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::rowsKeepTheirIdentityAcrossRefreshes()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Outgoing,
                                       u"kenji@sim.trueconf.local"_s, u"Kenji Watanabe"_s, 7200,
                                       true));
    }));
    const QString oldKey = f.history->at(0).key();
    QSignalSpy reset(f.history, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.history, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(f.history, &QAbstractItemModel::rowsRemoved);

    f.sim->callHistory().record(entry(SimCallHistory::Type::Incoming, u"lea@sim.trueconf.local"_s,
                                      u"Lea Müller"_s, 60, true));
    QCOMPARE(outcomeOf([&](auto d) { f.history->refresh(nullptr, d); }).status, Status::Reply);
    QCOMPARE(f.history->rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // the new call on top
    QCOMPARE(f.history->rowOf(oldKey), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::clearIsRefusedAtUserLevel()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Missed, u"maria@sim.trueconf.local"_s,
                                       u"Maria Garcia"_s, 600));
    }));
    QVERIFY(!f.history->mayClear());
    QSignalSpy failed(f.history, &CallHistory::failed);
    quint64 handle = 1;
    const RequestOutcome o = outcomeOf([&](auto d) { handle = f.history->clear(nullptr, d); });
    QCOMPARE(handle, 0u);
    QCOMPARE(o.status, Status::RefusedLocally);
    QCOMPARE(o.method, u"clearCallHistory"_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY(f.session->controller()->sendRequest(u"getAppState"_s) != 0); // a barrier
    QTRY_VERIFY(f.sim->receivedMethods().contains(u"getAppState"_s));
    QCOMPARE(sent(*f.sim, u"clearCallHistory"_s), 0);
    QCOMPARE(f.history->rowCount(), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::clearEmptiesTheHistoryForAnAdministrator()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Missed, u"maria@sim.trueconf.local"_s,
                                       u"Maria Garcia"_s, 600));
    }));
    QVERIFY(f.history->mayClear());
    QSignalSpy missed(f.history, &CallHistory::missedCallsChanged);
    QCOMPARE(outcomeOf([&](auto d) { f.history->clear(nullptr, d); }).status, Status::Reply);
    QTRY_COMPARE(f.history->rowCount(), 0);
    QCOMPARE(f.history->unseenMissedCount(), 0);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(f.sim->callHistory().size(), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CallHistory::disconnectForgetsTheHistory()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, {}, [](RoomSimulator &sim) {
        sim.callHistory().record(entry(SimCallHistory::Type::Missed, u"maria@sim.trueconf.local"_s,
                                       u"Maria Garcia"_s, 600));
    }));
    QSignalSpy missed(f.history, &CallHistory::missedCallsChanged);
    f.session->controller()->disconnectFromRoom();
    QTRY_VERIFY(!f.history->isKnown());
    QCOMPARE(f.history->rowCount(), 0);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.at(0).at(0).toInt(), 0);
    // Detached, a verb refuses locally.
    f.session->detach(f.history);
    QCOMPARE(outcomeOf([&](auto d) { f.history->refresh(nullptr, d); }).status,
             Status::RefusedLocally);
}

void tst_CallHistory::parsesJunkSafely_data()
{
    QTest::addColumn<QJsonValue>("calls");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstName");

    const QJsonObject good { { u"type"_s, 2 },          { u"confType"_s, 0 },
                             { u"peerId"_s, u"a@x"_s }, { u"peerDn"_s, u"Anna"_s },
                             { u"startTime"_s, 1000 },  { u"duration"_s, 0 },
                             { u"viewed"_s, false },    { u"streamId"_s, u"s1"_s } };
    QJsonObject group = good;
    group.insert(u"type"_s, 0);
    group.insert(u"confType"_s, 1);
    group.insert(u"confId"_s, u"c42"_s);
    group.insert(u"confTitle"_s, u"Review"_s);
    group.insert(u"startTime"_s, 2000);
    group.insert(u"streamId"_s, u"s2"_s);
    QJsonObject badType = good;
    badType.insert(u"type"_s, 7);
    QJsonObject nobody = good;
    nobody.remove(u"peerId"_s);
    QJsonObject hugeName = good;
    hugeName.insert(u"peerDn"_s, QString(100000, u'x'));
    hugeName.insert(u"streamId"_s, u"s3"_s);
    hugeName.insert(u"startTime"_s, 1e300);
    QJsonArray many;
    for (int i = 0; i < 500; ++i) {
        QJsonObject o = good;
        o.insert(u"streamId"_s, QString::number(i));
        many.append(o);
    }

    QTest::newRow("not an array") << QJsonValue(u"calls"_s) << 0 << QString();
    QTest::newRow("junk entries") << QJsonValue(
        QJsonArray { 1, u"x"_s, QJsonValue(), badType, nobody, good })
                                  << 1 << u"Anna"_s;
    QTest::newRow("sorted newest first")
        << QJsonValue(QJsonArray { good, group }) << 2 << u"Review"_s;
    QTest::newRow("duplicates once") << QJsonValue(QJsonArray { good, good }) << 1 << u"Anna"_s;
    QTest::newRow("bounded") << QJsonValue(many) << CallHistory::kMaxCalls << u"Anna"_s;
    QTest::newRow("huge texts") << QJsonValue(QJsonArray { hugeName }) << 1 << QString();
}

void tst_CallHistory::parsesJunkSafely()
{
    QFETCH(QJsonValue, calls);
    QFETCH(int, rows);
    QFETCH(QString, firstName);
    const QList<CallHistory::Call> parsed = CallHistory::parseCalls(calls);
    QCOMPARE(parsed.size(), rows);
    for (const CallHistory::Call &c : parsed) {
        QVERIFY(c.peerDn.size() <= 256);
        QVERIFY(c.durationSecs >= 0);
    }
    if (!firstName.isEmpty())
        QCOMPARE(parsed.first().displayName(), firstName);
    if (rows == 2)
        QCOMPARE(parsed.first().callBackId(), u"\\c\\c42"_s);
}

QTEST_GUILESS_MAIN(tst_CallHistory)
#include "tst_callhistory.moc"
