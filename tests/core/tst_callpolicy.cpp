// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// CallPolicy and the calling verbs against the strict simulator: do not disturb declines with
// a logged cause, the auto-answer list accepts, both are shared through the room, a second
// console's late answer is "already handled", protected conferences ask for their password
// (which never reaches a log), and createConference.

#include "core/models/callpolicy.h"
#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;

namespace {

std::unique_ptr<RoomSession> signIn(RoomSimulator &sim, Room::Role role)
{
    auto session = std::make_unique<RoomSession>(SimRoom::fastOptions());
    QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
    session->controller()->connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    if (!ready.wait(5000))
        return nullptr;
    CallPolicy *p = session->callPolicy();
    if (!QTest::qWaitFor([p] { return p->isKnown(); }, 5000))
        return nullptr;
    return session;
}

RequestOutcome noOutcome()
{
    RequestOutcome o;
    o.status = Status::Timeout; // none, or more than one
    return o;
}

template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return noOutcome();
    QTest::qWait(0);
    return calls == 1 ? *result : noOutcome();
}

bool logged(const EventLogModel *log, const QString &text)
{
    for (int i = 0; i < log->rowCount(); ++i)
        if (log->entry(i).text == text)
            return true;
    return false;
}

RoomSimulator::Options quickCalls()
{
    RoomSimulator::Options o;
    o.ringDelayMs = 50;
    o.serverDelayMs = 10;
    return o;
}

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &text)
{
    g_messages << text;
}

} // namespace

class tst_CallPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doNotDisturbDeclinesAndLogs();
    void autoAnswerAcceptsTheListOnly();
    void twoConsolesAnswerOnce();
    void userConsoleStandsInAlone();
    void protectedConferenceAsksForItsPassword();
    void createConference();
};

void tst_CallPolicy::doNotDisturbDeclinesAndLogs()
{
    auto sim = SimRoom::start(quickCalls());
    auto admin = signIn(*sim, Room::Role::Admin);
    QVERIFY(admin);
    CallPolicy *policy = admin->callPolicy();
    QVERIFY(!policy->doNotDisturb());
    QCOMPARE(outcomeOf([&](auto d) { policy->setDoNotDisturb(true, this, d); }).status,
             Status::Reply);
    QVERIFY(policy->doNotDisturb());

    QSignalSpy declined(policy, &CallPolicy::callDeclined);
    QVERIFY(sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE(declined.size(), 1);
    QCOMPARE(declined.at(0).at(0).toString(), u"maria@sim.trueconf.local"_s);
    QVERIFY(logged(admin->eventLog(), u"Declined Maria Garcia's call: Do not disturb is on"_s));
    QTRY_COMPARE(admin->controller()->appState(), Room::AppState::Normal);
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 1);

    // Off again: the next call rings.
    QCOMPARE(outcomeOf([&](auto d) { policy->setDoNotDisturb(false, this, d); }).status,
             Status::Reply);
    QVERIFY(sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE(admin->call()->phase(), CallSession::Phase::Incoming);
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CallPolicy::autoAnswerAcceptsTheListOnly()
{
    auto sim = SimRoom::start(quickCalls());
    auto admin = signIn(*sim, Room::Role::Admin);
    auto user = signIn(*sim, Room::Role::User);
    QVERIFY(admin && user);
    QCOMPARE(outcomeOf([&](auto d) {
                 user->callPolicy()->setAutoAnswerIds(
                     { u"bob@sim.trueconf.local"_s, u"not an id"_s, u"BOB@sim.trueconf.local"_s },
                     this, d);
             }).status,
             Status::Reply);
    // Stored in the room: the other console applies the same list.
    QTRY_COMPARE(admin->callPolicy()->autoAnswerIds(),
                 QStringList({ u"bob@sim.trueconf.local"_s }));

    QVERIFY(sim->simulateIncomingCall(u"carol@sim.trueconf.local"_s, u"Carol"_s));
    QTRY_COMPARE(admin->call()->phase(), CallSession::Phase::Incoming);
    QTest::qWait(100); // nobody answers Carol: give a wrong accept the time to show
    QCOMPARE(sim->receivedMethods().count(u"accept"_s), 0);
    QCOMPARE(outcomeOf([&](auto d) {
                 admin->controller()->sendRequest(u"reject"_s, {}, this, d);
             }).status,
             Status::Reply);
    QTRY_COMPARE(admin->controller()->appState(), Room::AppState::Normal);

    QSignalSpy answered(admin->callPolicy(), &CallPolicy::callAutoAnswered);
    QVERIFY(sim->simulateIncomingCall(u"bob@sim.trueconf.local"_s, u"Bob Stone"_s));
    QTRY_COMPARE(admin->controller()->appState(), Room::AppState::Conference);
    QTRY_COMPARE(answered.size(), 1);
    QVERIFY(logged(admin->eventLog(),
                   u"Answered Bob Stone's call automatically: the caller is on the auto-answer "
                   u"list"_s));
    // Only the Administrator console answered: the User console's stand-in found the call
    // already handled and sent nothing.
    QCOMPARE(sim->receivedMethods().count(u"accept"_s), 1);
    QSignalSpy userAnswered(user->callPolicy(), &CallPolicy::callAutoAnswered);
    QTest::qWait(CallPolicy::kStandInMs + 200); // the stand-in's moment has passed
    QCOMPARE(userAnswered.size(), 0);
    QCOMPARE(sim->receivedMethods().count(u"accept"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CallPolicy::twoConsolesAnswerOnce()
{
    auto sim = SimRoom::start(quickCalls());
    auto admin = signIn(*sim, Room::Role::Admin);
    auto user = signIn(*sim, Room::Role::User);
    QVERIFY(admin && user);
    QCOMPARE(outcomeOf([&](auto d) { admin->callPolicy()->setDoNotDisturb(true, this, d); }).status,
             Status::Reply);
    QTRY_VERIFY(user->callPolicy()->doNotDisturb());
    QSignalSpy adminFailed(admin->callPolicy(), &CallPolicy::failed);
    QSignalSpy userFailed(user->callPolicy(), &CallPolicy::failed);
    QSignalSpy adminDeclined(admin->callPolicy(), &CallPolicy::callDeclined);
    QSignalSpy userDeclined(user->callPolicy(), &CallPolicy::callDeclined);
    QVERIFY(sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE(adminDeclined.size(), 1);
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 1);
    QTest::qWait(CallPolicy::kStandInMs + 200); // the User console's stand-in stays quiet
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 1);
    QCOMPARE(adminDeclined.size() + userDeclined.size(), 1);
    QCOMPARE(adminFailed.size() + userFailed.size(), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CallPolicy::userConsoleStandsInAlone()
{
    auto sim = SimRoom::start(quickCalls());
    auto user = signIn(*sim, Room::Role::User);
    QVERIFY(user);
    QCOMPARE(outcomeOf([&](auto d) { user->callPolicy()->setDoNotDisturb(true, this, d); }).status,
             Status::Reply);
    QSignalSpy declined(user->callPolicy(), &CallPolicy::callDeclined);
    QVERIFY(sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE(user->controller()->appState(), Room::AppState::Wait);
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 0); // leaves it to an Administrator first
    QTRY_COMPARE(declined.size(), 1); // nobody else did: the User console declines it
    QTRY_COMPARE(user->controller()->appState(), Room::AppState::Normal);
    QCOMPARE(sim->receivedMethods().count(u"reject"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CallPolicy::protectedConferenceAsksForItsPassword()
{
    QLoggingCategory::setFilterRules(u"roomdeck.*=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    auto sim = SimRoom::start(quickCalls());
    sim->protectConference(u"board"_s, u"73914"_s);
    auto admin = signIn(*sim, Room::Role::Admin);
    QVERIFY(admin);
    QSignalSpy password(admin->callPolicy(), &CallPolicy::passwordRequired);
    QSignalSpy started(admin->call(), &CallSession::conferenceStarted);

    admin->controller()->call(u"\\c\\board"_s);
    QTRY_COMPARE(password.size(), 1);
    QCOMPARE(password.at(0).at(0).toString(), u"\\c\\board"_s);
    QCOMPARE(password.at(0).at(1).toBool(), false); // none given
    QTRY_COMPARE(admin->call()->readiness(), CallSession::Readiness::Ready);

    admin->controller()->call(u"\\c\\board"_s, u"11111"_s);
    QTRY_COMPARE(password.size(), 2);
    QCOMPARE(password.at(1).at(1).toBool(), true); // wrong
    QTRY_COMPARE(admin->call()->readiness(), CallSession::Readiness::Ready);

    admin->controller()->call(u"\\c\\board"_s, u"73914"_s);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(password.size(), 2);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY(!g_messages.isEmpty()); // the frames were logged...
    for (const QString &m : std::as_const(g_messages))
        QVERIFY2(!m.contains(u"73914"_s) && !m.contains(u"11111"_s), qPrintable(m)); // ...redacted
    for (int i = 0; i < admin->eventLog()->rowCount(); ++i) {
        const auto &e = admin->eventLog()->entry(i);
        QVERIFY(!e.text.contains(u"73914"_s) && !e.rawJson.contains("73914"));
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CallPolicy::createConference()
{
    auto sim = SimRoom::start(quickCalls());
    auto admin = signIn(*sim, Room::Role::Admin);
    QVERIFY(admin);
    CallSession *call = admin->call();
    QCOMPARE(outcomeOf([&](auto d) {
                 call->createConference(u" "_s, Room::ConferenceType::Symmetric, {}, {}, this, d);
             }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) {
                 call->createConference(u"x"_s, Room::ConferenceType::PeerToPeer, {}, {}, this, d);
             }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) {
                 call->createConference(u"x"_s, Room::ConferenceType::Symmetric, { u"not an id"_s },
                                        {}, this, d);
             }).status,
             Status::RefusedLocally);
    QCOMPARE(sim->receivedMethods().count(u"createConference"_s), 0);

    QList<QJsonObject> requests;
    connect(sim.get(), &RoomSimulator::requestReceived, this,
            [&](const QString &method, const QJsonObject &r) {
                if (method == u"createConference"_s)
                    requests << r;
            });
    QSignalSpy started(call, &CallSession::conferenceStarted);
    const QString self = admin->controller()->trueConfId();
    QVERIFY(!self.isEmpty());
    QCOMPARE(outcomeOf([&](auto d) {
                 call->createConference(u"Board review"_s, Room::ConferenceType::RoleBased,
                                        { u"user0001@sim.trueconf.local"_s, self,
                                          u"user0001@sim.trueconf.local"_s,
                                          u"user0002@sim.trueconf.local"_s },
                                        {}, this, d);
             }).status,
             Status::Reply);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(call->conferenceTitle(), u"Board review"_s);
    QCOMPARE(call->conferenceType(), int(Room::ConferenceType::RoleBased));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).value(u"confType"_s).toString(), u"role"_s);
    QCOMPARE(requests.at(0).value(u"inviteList"_s).toArray(),
             QJsonArray({ u"user0001@sim.trueconf.local"_s, u"user0002@sim.trueconf.local"_s }));
    // The newer fields only when asked.
    QVERIFY(!requests.at(0).contains(u"useWaitingRoom"_s));
    QVERIFY(!requests.at(0).contains(u"muteMicOnJoin"_s));
    admin->controller()->hangUp(true);
    QTRY_COMPARE(admin->controller()->appState(), Room::AppState::Normal);

    ConferenceOptions options;
    options.waitingRoom = true;
    options.muteMicrophonesOnJoin = false;
    QCOMPARE(outcomeOf([&](auto d) {
                 call->createConference(u"Town hall"_s, Room::ConferenceType::Asymmetric, {},
                                        options, this, d);
             }).status,
             Status::Reply);
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).value(u"useWaitingRoom"_s), QJsonValue(true));
    QCOMPARE(requests.at(1).value(u"muteMicOnJoin"_s), QJsonValue(false));
    QVERIFY(!requests.at(1).contains(u"muteCamOnJoin"_s));
    QVERIFY(!requests.at(1).contains(u"inviteList"_s));
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CallPolicy)
#include "tst_callpolicy.moc"
