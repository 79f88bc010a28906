// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// RoomSession: the one wiring between a room's controller and its state objects. Routing by
// declared event, refresh after every sign-in, clear on disconnect, detach, and two sessions
// that never share state — against real simulators on 127.0.0.1.

#include "core/inspector/framelog.h"
#include "core/inspector/rawrequest.h"
#include "core/models/appupdate.h"
#include "core/models/callhistory.h"
#include "core/models/callpolicy.h"
#include "core/models/callsession.h"
#include "core/models/cameracontrol.h"
#include "core/models/chatstate.h"
#include "core/models/conferencemoderation.h"
#include "core/models/contentshare.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/models/favourites.h"
#include "core/models/licencestate.h"
#include "core/models/meetingschedule.h"
#include "core/models/ndistate.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/models/roomsettings.h"
#include "core/models/screenlayout.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionpart.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using State = RoomController::ConnectionState;

namespace {

//! A part that writes down what the session told it, in one journal shared by every part.
class RecordingPart final : public RoomSessionPart
{
public:
    RecordingPart(QString name, QStringList declared, QStringList *journal)
        : m_name(std::move(name))
        , m_events(std::move(declared))
        , m_journal(journal)
    { }

    QStringList roomEvents() const override { return m_events; }
    void handleRoomEvent(const RoomMessage &event) override
    {
        note(u"event "_s + event.event);
        ++events;
    }
    void resyncAfterSignIn() override
    {
        note(u"resync"_s);
        ++resyncs;
    }
    void forgetRoom() override
    {
        note(u"forget"_s);
        ++forgets;
    }
    void connectionStateChanged(State state) override { states.append(state); }
    void appStateChanged(Room::AppState, Room::AppState current) override
    {
        appStates.append(current);
    }
    void roleChanged(Room::Role role) override { roles.append(role); }

    int events = 0;
    int resyncs = 0;
    int forgets = 0;
    int controllerChanges = 0;
    QList<State> states;
    QList<Room::AppState> appStates;
    QList<Room::Role> roles;

protected:
    void controllerChanged(RoomController *) override { ++controllerChanges; }

private:
    void note(const QString &what)
    {
        if (m_journal)
            m_journal->append(m_name + u": "_s + what);
    }

    QString m_name;
    QStringList m_events;
    QStringList *m_journal;
};

bool signIn(RoomController &c, RoomSimulator &sim, Room::Role role = Room::Role::Admin)
{
    QSignalSpy ready(&c, &RoomController::startupCompleted);
    c.connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    return ready.wait(5000);
}

//! Sends `event` and waits until the wildcard part `barrier` has heard it (every part hears
//! an event in the same dispatch, so the others have too).
bool deliver(RoomSimulator &sim, const QString &event, const RecordingPart &barrier)
{
    const int before = barrier.events;
    sim.sendEvent(event, {});
    return QTest::qWaitFor([&] { return barrier.events > before; }, 5000);
}

} // namespace

class tst_RoomSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesEachEventToThePartsThatDeclaredIt();
    void refreshesAfterEverySignInAndClearsOnDisconnect();
    void passesRoleAndAppState();
    void detachStopsRoutingAndTakesTheControllerAway();
    void aPartMayGoBeforeItsSession();
    void aPartBelongsToOneSession();
    void standardSessionOwnsEveryPart();
    void twoRoomsNeverShareState();
    void aSessionOverAConnectedRoomCatchesUp();
};

void tst_RoomSession::routesEachEventToThePartsThatDeclaredIt()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    QStringList journal;
    RecordingPart a(u"a"_s, { u"alphaEvent"_s, u"betaEvent"_s }, &journal);
    RecordingPart b(u"b"_s, { u"betaEvent"_s }, &journal);
    RecordingPart all(u"all"_s, RoomSessionPart::allEvents(), &journal);
    session.attach(&a);
    session.attach(&all);
    session.attach(&b);
    QCOMPARE(session.partCount(), 3);
    QVERIFY(signIn(c, *sim));
    journal.clear();

    QVERIFY(deliver(*sim, u"alphaEvent"_s, all));
    QCOMPARE(journal, QStringList({ u"a: event alphaEvent"_s, u"all: event alphaEvent"_s }));
    journal.clear();
    QVERIFY(deliver(*sim, u"betaEvent"_s, all));
    // Attach order is hearing order.
    QCOMPARE(journal,
             QStringList(
                 { u"a: event betaEvent"_s, u"all: event betaEvent"_s, u"b: event betaEvent"_s }));
    journal.clear();
    QVERIFY(deliver(*sim, u"gammaEvent"_s, all));
    QCOMPARE(journal, QStringList({ u"all: event gammaEvent"_s }));
}

void tst_RoomSession::refreshesAfterEverySignInAndClearsOnDisconnect()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    QStringList journal;
    RecordingPart part(u"p"_s, {}, &journal);
    session.attach(&part);
    QVERIFY(signIn(c, *sim));
    QCOMPARE(part.resyncs, 1);
    QCOMPARE(part.forgets, 0);
    QVERIFY(part.states.contains(State::Connected));

    // The room drops the connection: the session comes back by itself and the part refreshes
    // again; a reconnect is not a disconnect, so nothing is forgotten on the way.
    QSignalSpy ready(&c, &RoomController::startupCompleted);
    sim->closeAllClients();
    QVERIFY(ready.wait(5000));
    QCOMPARE(part.resyncs, 2);
    QVERIFY(part.states.contains(State::Reconnecting));
    QCOMPARE(part.forgets, 0);

    c.disconnectFromRoom();
    QCOMPARE(c.connectionState(), State::Disconnected);
    QCOMPARE(part.forgets, 1);
    QCOMPARE(part.states.last(), State::Disconnected);
    QCOMPARE(journal.last(), u"p: forget"_s);
}

void tst_RoomSession::passesRoleAndAppState()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RecordingPart part(u"p"_s, {}, nullptr);
    session.attach(&part);
    QVERIFY(signIn(c, *sim, Room::Role::User));
    QCOMPARE(part.roles.last(), Room::Role::User);
    QVERIFY(!part.appStates.isEmpty());
    QCOMPARE(part.appStates.last(), c.appState());
}

void tst_RoomSession::detachStopsRoutingAndTakesTheControllerAway()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RecordingPart barrier(u"all"_s, RoomSessionPart::allEvents(), nullptr);
    RecordingPart part(u"p"_s, { u"alphaEvent"_s }, nullptr);
    PeerListModel book;
    session.attach(&barrier);
    session.attach(&part);
    session.attach(&book);
    QCOMPARE(part.controller(), &c);
    QCOMPARE(part.session(), &session);
    QCOMPARE(part.controllerChanges, 1);
    QVERIFY(signIn(c, *sim));
    QVERIFY(deliver(*sim, u"alphaEvent"_s, barrier));
    QCOMPARE(part.events, 1);

    session.detach(&part);
    QVERIFY(!session.isAttached(&part));
    QCOMPARE(part.controller(), nullptr);
    QCOMPARE(part.session(), nullptr);
    QCOMPARE(part.controllerChanges, 2);
    QVERIFY(deliver(*sim, u"alphaEvent"_s, barrier));
    QCOMPARE(part.events, 1);

    // A detached state object's verbs refuse locally: nothing reaches the room.
    QTRY_VERIFY(book.isLoaded());
    session.detach(&book);
    QCOMPARE(book.requestAdd(u"new@sim.trueconf.local"_s), quint64(0));
    QVERIFY(!sim->receivedMethods().contains(u"addToAbook"_s));
    // ...and it no longer hears the room.
    const int rows = book.rowCount();
    c.disconnectFromRoom();
    QCOMPARE(book.rowCount(), rows);
}

void tst_RoomSession::aPartMayGoBeforeItsSession()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RecordingPart barrier(u"all"_s, RoomSessionPart::allEvents(), nullptr);
    session.attach(&barrier);
    auto doomed = std::make_unique<RecordingPart>(u"d"_s, RoomSessionPart::allEvents(), nullptr);
    session.attach(doomed.get());
    QCOMPARE(session.partCount(), 2);
    doomed.reset();
    QCOMPARE(session.partCount(), 1);
    QVERIFY(signIn(c, *sim));
    QVERIFY(deliver(*sim, u"alphaEvent"_s, barrier));

    // And a session may go before its parts.
    RecordingPart survivor(u"s"_s, {}, nullptr);
    {
        RoomSession shortLived(&c, RoomSession::Parts::None);
        shortLived.attach(&survivor);
        QCOMPARE(survivor.session(), &shortLived);
    }
    QCOMPARE(survivor.session(), nullptr);
    QCOMPARE(survivor.controller(), nullptr);
}

void tst_RoomSession::aPartBelongsToOneSession()
{
    RoomController first(SimRoom::fastOptions());
    RoomController second(SimRoom::fastOptions());
    RoomSession one(&first, RoomSession::Parts::None);
    RoomSession two(&second, RoomSession::Parts::None);
    RecordingPart part(u"p"_s, {}, nullptr);
    one.attach(&part);
    one.attach(&part); // twice is once
    QCOMPARE(one.partCount(), 1);
    two.attach(&part);
    QVERIFY(!one.isAttached(&part));
    QVERIFY(two.isAttached(&part));
    QCOMPARE(part.controller(), &second);
}

void tst_RoomSession::standardSessionOwnsEveryPart()
{
    RoomSession session;
    QVERIFY(session.controller());
    QVERIFY(session.eventLog() && session.isAttached(session.eventLog()));
    QVERIFY(session.addressBook() && session.isAttached(session.addressBook()));
    QVERIFY(session.participants() && session.isAttached(session.participants()));
    QVERIFY(session.call() && session.isAttached(session.call()));
    QVERIFY(session.serverAccount());
    QVERIFY(session.branding());
    QVERIFY(session.security());
    QVERIFY(session.power());
    QVERIFY(session.camera() && session.isAttached(session.camera()));
    QVERIFY(session.settings() && session.isAttached(session.settings()));
    QVERIFY(session.devices() && session.isAttached(session.devices()));
    QVERIFY(session.history() && session.isAttached(session.history()));
    QVERIFY(session.meetings() && session.isAttached(session.meetings()));
    QVERIFY(session.moderation() && session.isAttached(session.moderation()));
    QVERIFY(session.chat() && session.isAttached(session.chat()));
    QVERIFY(session.favourites() && session.isAttached(session.favourites()));
    QVERIFY(session.callPolicy() && session.isAttached(session.callPolicy()));
    QVERIFY(session.screen() && session.isAttached(session.screen()));
    // 7, the camera, settings and devices of issue 14; history, meetings, moderation, chat,
    // favourites and the call policy of issue 15; NDI, content, licence and update of issue 16
    QVERIFY(session.ndi() && session.isAttached(session.ndi()));
    QVERIFY(session.content() && session.isAttached(session.content()));
    QVERIFY(session.licence() && session.isAttached(session.licence()));
    QVERIFY(session.appUpdate() && session.isAttached(session.appUpdate()));
    QVERIFY(session.screen() && session.isAttached(session.screen())); // the main screen
    QVERIFY(session.readiness() && session.isAttached(session.readiness())); // the check
    // The protocol inspector of issue 18: the frames and the hand-written requests.
    QVERIFY(session.frameLog() && session.isAttached(session.frameLog()));
    QVERIFY(session.rawRequest() && session.isAttached(session.rawRequest()));
    QCOMPARE(session.partCount(), 24);
    QCOMPARE(session.addressBook()->controller(), session.controller());

    RoomController c;
    RoomSession bare(&c, RoomSession::Parts::None);
    QCOMPARE(bare.partCount(), 0);
    QCOMPARE(bare.addressBook(), nullptr);
}

void tst_RoomSession::twoRoomsNeverShareState()
{
    RoomSimulator::Options optionsA;
    auto simA = SimRoom::start(optionsA);
    auto simB = SimRoom::start();
    RoomSession a(SimRoom::fastOptions());
    RoomSession b(SimRoom::fastOptions());
    QVERIFY(signIn(*a.controller(), *simA));
    QVERIFY(signIn(*b.controller(), *simB));
    QTRY_VERIFY(a.addressBook()->isLoaded() && b.addressBook()->isLoaded());

    // A call rings in room B only.
    QSignalSpy ringing(b.call(), &CallSession::incomingCall);
    simB->sendEvent(u"inviteReceived"_s,
                    { { u"peerId"_s, u"carol@sim.trueconf.local"_s },
                      { u"peerDn"_s, u"Carol"_s },
                      { u"type"_s, 0 } });
    QVERIFY(ringing.wait());
    QCOMPARE(b.call()->phase(), CallSession::Phase::Incoming);
    QCOMPARE(a.call()->phase(), CallSession::Phase::Idle);

    // Room A's log never hears room B's events.
    bool aHeardIt = false;
    for (int row = 0; row < a.eventLog()->rowCount(); ++row)
        aHeardIt = aHeardIt || a.eventLog()->entry(row).name == u"inviteReceived"_s;
    QVERIFY(!aHeardIt);
    bool bHeardIt = false;
    for (int row = 0; row < b.eventLog()->rowCount(); ++row)
        bHeardIt = bHeardIt || b.eventLog()->entry(row).name == u"inviteReceived"_s;
    QVERIFY(bHeardIt);

    // Disconnecting room A leaves room B's address book alone.
    const int rowsB = b.addressBook()->rowCount();
    QVERIFY(rowsB > 0);
    a.controller()->disconnectFromRoom();
    QCOMPARE(a.addressBook()->rowCount(), 0);
    QCOMPARE(b.addressBook()->rowCount(), rowsB);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_RoomSession::aSessionOverAConnectedRoomCatchesUp()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(signIn(c, *sim));
    // The room is in a conference before any session looks at it.
    QVERIFY(sim->simulateIncomingCall(u"carol@sim.trueconf.local"_s, u"Carol"_s));
    QTRY_COMPARE(c.appState(), Room::AppState::Wait);
    c.accept();
    QTRY_COMPARE(c.appState(), Room::AppState::Conference);

    // Without a sign-in to wait for, the session's parts fetch what they show.
    RoomSession session(&c, RoomSession::Parts::Standard);
    QTRY_VERIFY(session.addressBook()->isLoaded());
    QVERIFY(session.addressBook()->rowCount() > 0);
    QTRY_COMPARE(session.call()->phase(), CallSession::Phase::InConference);

    // A part attached later catches up once, and then on every sign-in as before.
    QStringList journal;
    RecordingPart late(u"late"_s, {}, &journal);
    session.attach(&late);
    QCOMPARE(late.resyncs, 1);
    RoomController idle;
    RoomSession notConnected(&idle, RoomSession::Parts::None);
    RecordingPart early(u"early"_s, {}, &journal);
    notConnected.attach(&early);
    QCOMPARE(early.resyncs, 0);
    session.detach(&late);
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_RoomSession)
#include "tst_roomsession.moc"
