// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// MeetingSchedule: the scheduler read after sign-in and replaced by conferenceList pushes
// (rows keep their identity), the current, older and junk formats (data-driven), the next
// meeting, and joining a meeting by `call \c\ID` against the strict simulator.

#include "core/models/meetingschedule.h"
#include "core/session/roomsession.h"
#include "sim/simscheduler.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;

namespace {

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    MeetingSchedule *meetings = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool start(const std::function<void(RoomSimulator &)> &before = {})
    {
        RoomSimulator::Options options;
        options.serverDelayMs = 10;
        sim = SimRoom::start(options);
        if (before)
            before(*sim);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        meetings = session->meetings();
        tester = std::make_unique<QAbstractItemModelTester>(
            meetings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim),
                                             Creds::unsecured(Room::Role::User));
        return QTest::qWaitFor([this] { return meetings->isKnown(); }, 5000);
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

QJsonObject current(const QString &id, const QString &topic, qint64 start, int duration,
                    const QString &state = u"stopped"_s)
{
    return { { u"id"_s, id },
             { u"created_at"_s, start - 86400 },
             { u"mode"_s, u"PxP"_s },
             { u"owner"_s, u"owner@x"_s },
             { u"topic"_s, topic },
             { u"state"_s, state },
             { u"invitations"_s,
               QJsonArray { QJsonObject { { u"id"_s, u"a@x"_s }, { u"display_name"_s, u"Ann"_s } },
                            QJsonObject { { u"id"_s, u"b@x"_s } } } },
             { u"schedule_type"_s, u"once"_s },
             { u"schedule"_s,
               QJsonObject { { u"start_time"_s, start }, { u"duration"_s, duration } } } };
}

} // namespace

class tst_MeetingSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheScheduleAfterSignIn();
    void conferenceListReplacesTheListInPlace();
    void joinCallsTheMeeting();
    void joinOfAStoppedMeetingEndsInTheRoomsRefusal();
    void parsesFormats_data();
    void parsesFormats();
    void repeatingMeetingsShowTheirNextOccurrence();
};

void tst_MeetingSchedule::readsTheScheduleAfterSignIn()
{
    Fixture f;
    QVERIFY(f.start([](RoomSimulator &sim) {
        sim.scheduler().schedule(u"standup"_s, u"Stand-up"_s, u"lea@x"_s, -300, 1800);
    }));
    // The simulator's two standing meetings and the one added.
    QCOMPARE(f.meetings->rowCount(), 3);
    const int row = f.meetings->rowOf(u"standup"_s);
    QVERIFY(row >= 0);
    const MeetingSchedule::Meeting &m = f.meetings->at(row);
    QCOMPARE(m.topic, u"Stand-up"_s);
    QCOMPARE(m.owner, u"lea@x"_s);
    QVERIFY(m.running);
    QCOMPARE(m.durationSecs, 1800);
    QCOMPARE(m.callId(), u"\\c\\standup"_s);
    QVERIFY(f.meetings->nextMeeting().has_value());
    QVERIFY(f.meetings->nextMeeting()->running);
    for (int i = 1; i < f.meetings->rowCount(); ++i)
        QVERIFY(!f.meetings->at(i).start.isValid()
                || f.meetings->at(i - 1).start <= f.meetings->at(i).start);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_MeetingSchedule::conferenceListReplacesTheListInPlace()
{
    Fixture f;
    QVERIFY(f.start());
    const int before = f.meetings->rowCount();
    QSignalSpy reset(f.meetings, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.meetings, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(f.meetings, &MeetingSchedule::changed);
    QVERIFY(f.sim->scheduler().schedule(u"later"_s, u"Later today"_s, {}, 3600, 600));
    QVERIFY(f.sim->scheduler().pushList());
    QTRY_COMPARE(f.meetings->rowCount(), before + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(f.meetings->at(f.meetings->rowOf(u"later"_s)).topic, u"Later today"_s);

    // A push that says it failed changes nothing.
    f.sim->sendEvent(
        u"conferenceList"_s,
        { { u"cnt"_s, 0 }, { u"conferences"_s, QJsonArray {} }, { u"succeed"_s, false } });
    QVERIFY(f.session->controller()->sendRequest(u"getAppState"_s) != 0);
    QTRY_VERIFY(f.sim->receivedMethods().contains(u"getAppState"_s));
    QTest::qWait(0);
    QCOMPARE(f.meetings->rowCount(), before + 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_MeetingSchedule::joinCallsTheMeeting()
{
    Fixture f;
    QVERIFY(f.start([](RoomSimulator &sim) {
        sim.scheduler().schedule(u"standup"_s, u"Stand-up"_s, {}, -60, 1800);
    }));
    const RequestOutcome o = outcomeOf([&](auto d) { f.meetings->join(u"standup"_s, nullptr, d); });
    QCOMPARE(o.status, Status::Reply);
    QCOMPARE(o.method, u"call"_s);
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Conference);
    QVERIFY(f.sim->receivedMethods().contains(u"call"_s));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_MeetingSchedule::joinOfAStoppedMeetingEndsInTheRoomsRefusal()
{
    Fixture f;
    QVERIFY(f.start([](RoomSimulator &sim) {
        sim.scheduler().schedule(u"tomorrow"_s, u"Tomorrow"_s, {}, 86400, 1800);
    }));
    // The room accepts the call and refuses it afterwards: rejectReceived, back to 3.
    QCOMPARE(outcomeOf([&](auto d) { f.meetings->join(u"tomorrow"_s, nullptr, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Normal);
    QCOMPARE(outcomeOf([&](auto d) { f.meetings->join(u" "_s, nullptr, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_MeetingSchedule::parsesFormats_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("junk");

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject later = current(u"m2"_s, u"Later"_s, now + 7200, 3600);
    const QJsonObject soon = current(u"m1"_s, u"Soon"_s, now + 600, 3600);
    const QJsonObject over = current(u"m0"_s, u"Over"_s, now - 7200, 3600);
    const QJsonObject running = current(u"m9"_s, u"Now"_s, now - 7200, 3600, u"running"_s);
    // The older format: a numeric id, no topic, extra fields, no schedule.
    const QJsonObject older { { u"id"_s, 4711 },
                              { u"type"_s, 1 },
                              { u"description"_s, u"old"_s },
                              { u"max_podiums"_s, 4 },
                              { u"max_participants"_s, 36 },
                              { u"url"_s, u"https://x/c/4711"_s },
                              { u"rights"_s, QJsonObject {} } };
    QJsonObject noId = soon;
    noId.remove(u"id"_s);
    QJsonObject badSchedule = current(u"m3"_s, u"Odd"_s, 0, 0);
    badSchedule.insert(u"schedule"_s, u"tomorrow"_s);
    badSchedule.insert(u"invitations"_s, 5);

    QTest::newRow("current, sorted by start")
        << QJsonObject { { u"cnt"_s, 2 }, { u"conferences"_s, QJsonArray { later, soon } } }
        << QStringList { u"m1"_s, u"m2"_s } << 0;
    QTest::newRow("ended left out, running kept")
        << QJsonObject { { u"conferences"_s, QJsonArray { over, running, soon } } }
        << QStringList { u"m9"_s, u"m1"_s } << 0;
    QTest::newRow("older format") << QJsonObject { { u"conferences"_s, QJsonArray { older } } }
                                  << QStringList { u"4711"_s } << 0;
    QTest::newRow("junk") << QJsonObject { { u"conferences"_s,
                                             QJsonArray { 1, u"x"_s, QJsonValue(), noId, soon, soon,
                                                          badSchedule } } }
                          << QStringList { u"m1"_s, u"m3"_s } << 5;
    QTest::newRow("not a list") << QJsonObject { { u"conferences"_s, u"none"_s } } << QStringList {}
                                << 0;
    QTest::newRow("empty") << QJsonObject {} << QStringList {} << 0;
}

void tst_MeetingSchedule::parsesFormats()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QStringList, ids);
    QFETCH(int, junk);
    int bad = -1;
    const QList<MeetingSchedule::Meeting> meetings
        = MeetingSchedule::parse(payload, QDateTime::currentDateTime(), &bad);
    QStringList got;
    for (const MeetingSchedule::Meeting &m : meetings) {
        got << m.id;
        QVERIFY(!m.topic.isEmpty());
        QVERIFY(m.topic.size() <= 256);
        QVERIFY(!MeetingSchedule::timeText(m).isEmpty());
    }
    QCOMPARE(got, ids);
    QCOMPARE(bad, junk);
    if (got.contains(u"m1"_s) && got.first() == u"m1"_s)
        QCOMPARE(meetings.first().invitees, QStringList({ u"Ann"_s, u"b@x"_s }));
    if (got == QStringList { u"4711"_s }) {
        QCOMPARE(meetings.first().topic, u"4711"_s);
        QVERIFY(!meetings.first().start.isValid());
    }
}

void tst_MeetingSchedule::repeatingMeetingsShowTheirNextOccurrence()
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 weekAgo = now.toSecsSinceEpoch() - 7 * 86400 - 3600;
    QJsonObject weekly = current(u"w"_s, u"Weekly"_s, weekAgo, 1800);
    weekly.insert(u"schedule_type"_s, u"week"_s);
    const QList<MeetingSchedule::Meeting> meetings
        = MeetingSchedule::parse({ { u"conferences"_s, QJsonArray { weekly } } }, now);
    QCOMPARE(meetings.size(), 1);
    QVERIFY(meetings.first().end() > now);
    QVERIFY(meetings.first().start <= now.addDays(7));
}

QTEST_GUILESS_MAIN(tst_MeetingSchedule)
#include "tst_meetingschedule.moc"
