// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// RoomSessionList: the console's rooms as a list model. Add/remove/rename/move, roles that
// follow one room's call and nobody else's, unread alerts and missed calls, and the saved
// list (never a secret) — against real simulators on 127.0.0.1.

#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using State = RoomController::ConnectionState;
using Phase = CallSession::Phase;

namespace {

RoomEntry entryFor(const RoomSimulator &sim, const QString &name,
                   Room::Role role = Room::Role::Admin)
{
    RoomEntry e;
    e.name = name;
    e.address = SimRoom::addressOf(sim).displayText();
    e.role = role;
    return e;
}

bool connectRow(RoomSessionList &list, int row, const Creds &creds = Creds::unsecured())
{
    RoomController *c = list.session(row)->controller();
    QSignalSpy ready(c, &RoomController::startupCompleted);
    c->connectToRoom(list.entry(row).roomAddress(), creds);
    return ready.wait(5000);
}

QVariant roleOf(const RoomSessionList &list, int row, int role)
{
    return list.data(list.index(row), role);
}

//! The rows dataChanged touched since `from` in `spy`.
QSet<int> rowsChanged(const QSignalSpy &spy, int from = 0)
{
    QSet<int> rows;
    for (int i = from; i < spy.size(); ++i) {
        const auto top = spy.at(i).at(0).toModelIndex();
        const auto bottom = spy.at(i).at(1).toModelIndex();
        for (int r = top.row(); r <= bottom.row(); ++r)
            rows.insert(r);
    }
    return rows;
}

} // namespace

class tst_RoomSessionList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRenameMoveRemove();
    void adoptTakesAnExistingSession();
    void rolesFollowACallInOneRoomOnly();
    void alertsAndMissedCallsCountOutsideTheCurrentRoom();
    void noticesShowInTheirRowAndAlertOutsideTheCurrentRoom();
    void savesAndLoadsTheListWithoutSecrets();
    void skipsUnreadableSavedEntries();
};

void tst_RoomSessionList::addRenameMoveRemove()
{
    RoomSessionList list(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);

    RoomEntry a { {}, u"Board room"_s, u"192.0.2.10:8088"_s, {}, Room::Role::Admin };
    RoomEntry b { {}, u"Lobby"_s, u"192.0.2.11"_s, u"second"_s, Room::Role::User };
    RoomEntry c { {}, u"Studio"_s, u"ws://192.0.2.12:8765"_s, {}, Room::Role::None };
    QPointer<RoomSession> sa = list.add(a);
    RoomSession *sb = list.add(b);
    RoomSession *sc = list.add(c);
    QVERIFY(sa && sb && sc);
    QCOMPARE(list.count(), 3);
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(sa->parent(), &list);
    QCOMPARE(sa->controller()->connectionState(), State::Disconnected); // added, not connected
    QVERIFY(sa->eventLog() && sa->call() && sa->addressBook()); // a standard session

    // Ids are QUuids, unique, and lead back to their rows.
    const QString idA = roleOf(list, 0, RoomSessionList::IdRole).toString();
    const QString idB = roleOf(list, 1, RoomSessionList::IdRole).toString();
    QVERIFY(!QUuid::fromString(idA).isNull());
    QVERIFY(idA != idB);
    QCOMPARE(list.rowOfId(idB), 1);
    QCOMPARE(list.rowOf(sc), 2);
    QCOMPARE(list.session(1), sb);
    QCOMPARE(list.session(3), nullptr);

    QCOMPARE(roleOf(list, 0, Qt::DisplayRole).toString(), u"Board room"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::NameRole).toString(), u"Lobby"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::AddressRole).toString(), u"192.0.2.11"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::InstanceRole).toString(), u"second"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::RoleRole).value<Room::Role>(), Room::Role::User);
    QCOMPARE(roleOf(list, 2, RoomSessionList::SessionRole).value<RoomSession *>(), sc);
    QCOMPARE(roleOf(list, 0, RoomSessionList::ConnectionStateRole).value<State>(),
             State::Disconnected);
    QCOMPARE(roleOf(list, 0, RoomSessionList::ProblemRole).toString(), QString());
    QCOMPARE(list.entry(1).roomAddress().instance, u"second"_s);

    // An id that is taken already gets a new one.
    RoomEntry copy = list.entry(0);
    RoomSession *sd = list.add(copy);
    QVERIFY(list.entry(3).id != idA);
    QCOMPARE(list.rowOfId(idA), 0);
    list.remove(3);
    QCOMPARE(list.rowOf(sd), -1);

    // Rename: only the name roles change.
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QVERIFY(list.rename(1, u"Front desk"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(roleOf(list, 1, Qt::DisplayRole).toString(), u"Front desk"_s);
    QVERIFY(!list.rename(7, u"x"_s));
    QVERIFY(list.rename(0, QString(5000, u'n')));
    QVERIFY(roleOf(list, 0, RoomSessionList::NameRole).toString().size() <= 256);

    // Move down and back up; the sessions and ids go with their rows.
    QSignalSpy moved(&list, &QAbstractItemModel::rowsMoved);
    QVERIFY(list.move(0, 2));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(list.rowOfId(idA), 2);
    QCOMPARE(list.session(2), sa.data());
    QCOMPARE(list.session(0), sb);
    QVERIFY(list.move(2, 0));
    QCOMPARE(list.rowOfId(idA), 0);
    QCOMPARE(list.session(1), sb);
    QVERIFY(!list.move(0, 3));
    QVERIFY(!list.move(-1, 0));

    // Remove deletes the session.
    list.remove(0);
    QVERIFY(sa.isNull());
    QCOMPARE(list.count(), 2);
    QCOMPARE(list.rowOfId(idA), -1);
    QCOMPARE(list.session(0), sb);
    list.remove(5); // nothing
    QCOMPARE(list.count(), 2);
    QCOMPARE(resets.size(), 0);
}

void tst_RoomSessionList::adoptTakesAnExistingSession()
{
    auto sim = SimRoom::start();
    RoomSessionList list(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The shell wraps a controller somebody else made (and keeps) in a session.
    RoomController controller(SimRoom::fastOptions());
    auto *session = new RoomSession(&controller);
    QCOMPARE(list.adopt(session, entryFor(*sim, u"Adopted"_s)), session);
    QCOMPARE(list.adopt(session, entryFor(*sim, u"Twice"_s)), session);
    QCOMPARE(list.count(), 1);
    QCOMPARE(session->parent(), &list);

    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    controller.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(ready.wait(5000));
    QTRY_COMPARE(roleOf(list, 0, RoomSessionList::ConnectionStateRole).value<State>(),
                 State::Connected);
    QCOMPARE(roleOf(list, 0, RoomSessionList::SignedInRoleRole).value<Room::Role>(),
             Room::Role::Admin);

    // Removing the row disconnects the room and deletes the session, not the controller.
    QPointer<RoomSession> guard(session);
    list.remove(0);
    QVERIFY(guard.isNull());
    QCOMPARE(controller.connectionState(), State::Disconnected);

    // A session adopted while a call rings in: the caller giving up is a missed call.
    auto *ringing = new RoomSession(SimRoom::fastOptions());
    QSignalSpy ready2(ringing->controller(), &RoomController::startupCompleted);
    ringing->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(ready2.wait(5000));
    QVERIFY(sim->simulateIncomingCall(u"carol@sim.trueconf.local"_s, u"Carol"_s));
    QTRY_COMPARE(ringing->call()->phase(), Phase::Incoming);
    list.adopt(ringing, entryFor(*sim, u"Ringing"_s));
    QVERIFY(sim->simulateIncomingCallCancelled());
    QTRY_COMPARE(roleOf(list, 0, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Idle);
    QCOMPARE(roleOf(list, 0, RoomSessionList::MissedCallsRole).toInt(), 1);
    list.remove(0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomSessionList::rolesFollowACallInOneRoomOnly()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    RoomSessionList list(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.add(entryFor(*simA, u"Room A"_s));
    RoomSession *b = list.add(entryFor(*simB, u"Room B"_s));
    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);

    QVERIFY(connectRow(list, 0));
    QVERIFY(connectRow(list, 1));
    QCOMPARE(roleOf(list, 0, RoomSessionList::ConnectionStateRole).value<State>(),
             State::Connected);
    QCOMPARE(roleOf(list, 1, RoomSessionList::AppStateRole).value<Room::AppState>(),
             Room::AppState::Normal);
    QCOMPARE(rowsChanged(changed), QSet<int>({ 0, 1 }));

    // A call rings in room B: only B's row changes, with B's caller.
    changed.clear();
    QVERIFY(simB->simulateIncomingCall(u"carol@sim.trueconf.local"_s, u"Carol"_s));
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Incoming);
    QVERIFY(roleOf(list, 1, RoomSessionList::CallPartnerRole).toString().contains(u"Carol"_s));
    QCOMPARE(roleOf(list, 0, RoomSessionList::CallPartnerRole).toString(), QString());
    QCOMPARE(roleOf(list, 0, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Idle);
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::AppStateRole).value<Room::AppState>(),
                 Room::AppState::Wait);

    // Answered: a conference with a start time and a duration, still in B only.
    b->controller()->accept();
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::CallPhaseRole).value<Phase>(),
                 Phase::InConference);
    QVERIFY(roleOf(list, 1, RoomSessionList::CallStartedAtRole).toDateTime().isValid());
    QVERIFY(roleOf(list, 1, RoomSessionList::CallDurationRole).toLongLong() >= 0);
    QVERIFY(!roleOf(list, 0, RoomSessionList::CallStartedAtRole).toDateTime().isValid());
    QCOMPARE(rowsChanged(changed), QSet<int>({ 1 }));

    // Every change named its roles; none was a reset.
    for (const QList<QVariant> &args : std::as_const(changed))
        QVERIFY(!args.at(2).value<QList<int>>().isEmpty());
    QCOMPARE(resets.size(), 0);

    // The far end hangs up: B is idle again, and it was answered, so nothing was missed.
    QVERIFY(simB->simulateRemoteHangUp());
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Idle);
    QCOMPARE(roleOf(list, 1, RoomSessionList::CallPartnerRole).toString(), QString());
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 0);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_RoomSessionList::alertsAndMissedCallsCountOutsideTheCurrentRoom()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    RoomSessionList list(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoomSession *a = list.add(entryFor(*simA, u"Room A"_s));
    RoomSession *b = list.add(entryFor(*simB, u"Room B"_s));
    QVERIFY(connectRow(list, 0));
    QVERIFY(connectRow(list, 1));
    list.setCurrent(a);
    QCOMPARE(list.current(), a);
    QSignalSpy calls(&list, &RoomSessionList::incomingCall);
    QSignalSpy alerts(&list, &RoomSessionList::alertRaised);

    // A ring in room B (not the current one): the shell hears it, naming B, and B has an
    // unread alert.
    QVERIFY(simB->simulateIncomingCall(u"carol@sim.trueconf.local"_s, u"Carol"_s));
    QVERIFY(calls.wait());
    QCOMPARE(calls.at(0).at(0).value<RoomSession *>(), b);
    QCOMPARE(calls.at(0).at(1).toString(), u"carol@sim.trueconf.local"_s);
    QCOMPARE(calls.at(0).at(2).toString(), u"Carol"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 1);
    QCOMPARE(roleOf(list, 0, RoomSessionList::UnreadAlertsRole).toInt(), 0);

    // The caller gives up: one missed call in B.
    QVERIFY(simB->simulateIncomingCallCancelled());
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 1);
    QCOMPARE(roleOf(list, 0, RoomSessionList::MissedCallsRole).toInt(), 0);

    // A ring in the current room is announced too, but is nothing unread.
    QVERIFY(simA->simulateIncomingCall(u"dave@sim.trueconf.local"_s, u"Dave"_s));
    QVERIFY(calls.wait());
    QCOMPARE(calls.at(1).at(0).value<RoomSession *>(), a);
    QVERIFY(simA->simulateIncomingCallCancelled());
    QTRY_COMPARE(roleOf(list, 0, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Idle);
    QCOMPARE(roleOf(list, 0, RoomSessionList::UnreadAlertsRole).toInt(), 0);
    QCOMPARE(roleOf(list, 0, RoomSessionList::MissedCallsRole).toInt(), 0);

    // Room B takes a call and then loses its server: the call is lost and a problem comes
    // up; both are alerts, each raised once with B named.
    QVERIFY(simB->simulateIncomingCall(u"erin@sim.trueconf.local"_s, u"Erin"_s));
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::CallPhaseRole).value<Phase>(), Phase::Incoming);
    b->controller()->accept();
    QTRY_COMPARE(roleOf(list, 1, RoomSessionList::CallPhaseRole).value<Phase>(),
                 Phase::InConference);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 2);
    QCOMPARE(roleOf(list, 1, RoomSessionList::ProblemRole).toString(), QString());
    QVERIFY(simB->simulateServerLoss());
    QTRY_COMPARE(alerts.size(), 2);
    for (const QList<QVariant> &args : std::as_const(alerts))
        QCOMPARE(args.at(0).value<RoomSession *>(), b);
    QStringList texts { alerts.at(0).at(1).toString(), alerts.at(1).at(1).toString() };
    QVERIFY2(texts.filter(u"Erin"_s).size() == 1, qPrintable(texts.join(u" | "_s)));
    const QString problem = roleOf(list, 1, RoomSessionList::ProblemRole).toString();
    QCOMPARE(problem, CallSession::readinessText(CallSession::Readiness::NoServer));
    QVERIFY(texts.contains(problem));
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 4);
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 1); // answered
    QCOMPARE(roleOf(list, 0, RoomSessionList::UnreadAlertsRole).toInt(), 0);

    // The operator looks at B: everything read.
    list.markRead(1);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 0);
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 0);
    QCOMPARE(roleOf(list, 1, RoomSessionList::ProblemRole).toString(), problem); // still there

    // Switching rooms marks the new current one read.
    QVERIFY(simA->simulateServerLoss());
    QTRY_COMPARE(roleOf(list, 0, RoomSessionList::ProblemRole).toString(), problem);
    QCOMPARE(roleOf(list, 0, RoomSessionList::UnreadAlertsRole).toInt(), 0); // current
    list.setCurrent(b);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 0);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_RoomSessionList::savesAndLoadsTheListWithoutSecrets()
{
    const QString pin = u"735911"_s;
    RoomSimulator::Options options;
    options.pin = pin;
    auto sim = SimRoom::start(options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"roomdeck.ini"_s);

    QStringList ids;
    {
        RoomSessionList list(SimRoom::fastOptions());
        list.add(entryFor(*sim, u"PIN room"_s, Room::Role::User));
        list.add({ {}, u"Second"_s, u"192.0.2.20:8088"_s, u"other"_s, Room::Role::Admin });
        QVERIFY(connectRow(list, 0, Creds::withSecret(pin, Room::Role::User)));
        QCOMPARE(list.session(0)->controller()->role(), Room::Role::User);
        ids = { list.entry(0).id, list.entry(1).id };
        QSettings settings(path, QSettings::IniFormat);
        list.save(settings);
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("roomList"));
    QVERIFY(written.contains("PIN room"));
    QVERIFY2(!written.contains(pin.toLatin1()), written.constData());

    RoomSessionList loaded(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&loaded,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(loaded.load(settings), 2);
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(loaded.entry(0).id, ids.at(0));
    QCOMPARE(loaded.entry(0).name, u"PIN room"_s);
    QCOMPARE(loaded.entry(0).address, SimRoom::addressOf(*sim).displayText());
    QCOMPARE(loaded.entry(0).role, Room::Role::User);
    QCOMPARE(loaded.entry(1).id, ids.at(1));
    QCOMPARE(loaded.entry(1).instance, u"other"_s);
    QCOMPARE(loaded.entry(1).role, Room::Role::Admin);
    QCOMPARE(loaded.session(0)->controller()->connectionState(), State::Disconnected);
    // Loading again adds nothing: the ids are there already.
    QCOMPARE(loaded.load(settings), 0);
    QCOMPARE(loaded.count(), 2);
}

void tst_RoomSessionList::skipsUnreadableSavedEntries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"roomdeck.ini"_s), QSettings::IniFormat);
    settings.beginWriteArray(u"roomList"_s, 4);
    const QString goodId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<QStringList> rows {
        { u"not-a-uuid"_s, u"No id"_s, u"192.0.2.1"_s, u"2"_s },
        { QUuid::createUuid().toString(), u"Bad role"_s, u"192.0.2.2"_s, u"9"_s },
        { QUuid::createUuid().toString(), u"No address"_s, QString(), u"1"_s },
        { goodId, u"Good"_s, u"192.0.2.4"_s, u"1"_s },
    };
    for (int i = 0; i < rows.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, rows.at(i).at(0));
        settings.setValue(u"name"_s, rows.at(i).at(1));
        settings.setValue(u"address"_s, rows.at(i).at(2));
        settings.setValue(u"role"_s, rows.at(i).at(3));
    }
    settings.endArray();

    RoomSessionList list;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry 0 skipped"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry 1 skipped"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry 2 skipped"_s));
    QCOMPARE(list.load(settings), 1);
    QCOMPARE(list.entry(0).id, goodId);
    QCOMPARE(list.entry(0).name, u"Good"_s);
    QCOMPARE(list.entry(0).role, Room::Role::User);
}

void tst_RoomSessionList::noticesShowInTheirRowAndAlertOutsideTheCurrentRoom()
{
    // No room needs to be reachable: the notices are the parts' to set, the list only shows.
    RoomSessionList list(SimRoom::fastOptions());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoomEntry entry;
    entry.address = u"127.0.0.1:9"_s;
    entry.name = u"Room A"_s;
    RoomSession *a = list.add(entry);
    entry.name = u"Room B"_s;
    RoomSession *b = list.add(entry);
    list.setCurrent(a);
    QSignalSpy alerts(&list, &RoomSessionList::alertRaised);
    QSignalSpy changes(&list, &QAbstractItemModel::dataChanged);

    // A join request in room B: its row counts it, says it, and the shell hears one alert.
    b->notices()->setCount(RoomNotices::Kind::JoinRequests, 1, u"Maria Garcia asks to join"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::JoinRequestsRole).toInt(), 1);
    QCOMPARE(roleOf(list, 0, RoomSessionList::JoinRequestsRole).toInt(), 0);
    QVERIFY(roleOf(list, 1, RoomSessionList::NoticesRole).toString().contains(u"1 join request"_s));
    QCOMPARE(rowsChanged(changes), QSet<int> { 1 });
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.at(0).at(0).value<RoomSession *>(), b);
    QCOMPARE(alerts.at(0).at(1).toString(), u"Maria Garcia asks to join"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 1);

    // The same count again is no news; a lower one is no alert.
    b->notices()->setCount(RoomNotices::Kind::JoinRequests, 1, u"Maria Garcia asks to join"_s);
    b->notices()->setCount(RoomNotices::Kind::JoinRequests, 0);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(roleOf(list, 1, RoomSessionList::JoinRequestsRole).toInt(), 0);
    QCOMPARE(roleOf(list, 1, RoomSessionList::NoticesRole).toString(), QString());

    // Chat in the current room shows on its row but alerts nobody: the console shows it.
    a->notices()->setCount(RoomNotices::Kind::UnreadChat, 2, u"Lea: Can you hear us?"_s);
    QCOMPARE(roleOf(list, 0, RoomSessionList::UnreadChatRole).toInt(), 2);
    QCOMPARE(alerts.size(), 1);

    // The room's unseen missed calls stay after the operator has looked at the room, until
    // the room says they were seen.
    b->notices()->setCount(RoomNotices::Kind::MissedCalls, 3, u"Missed call from Carol"_s);
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 3);
    QCOMPARE(alerts.size(), 2);
    list.markRead(1);
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 3);
    QCOMPARE(roleOf(list, 1, RoomSessionList::UnreadAlertsRole).toInt(), 0);
    b->notices()->setCount(RoomNotices::Kind::MissedCalls, 0);
    QCOMPARE(roleOf(list, 1, RoomSessionList::MissedCallsRole).toInt(), 0);

    // Texts from the room are bounded.
    b->notices()->setCount(RoomNotices::Kind::UnreadChat, 1, QString(100000, u'x'));
    QVERIFY(b->notices()->latest(RoomNotices::Kind::UnreadChat).size() <= 200);
    QCOMPARE(alerts.size(), 3);
}

QTEST_GUILESS_MAIN(tst_RoomSessionList)
#include "tst_roomsessionlist.moc"
