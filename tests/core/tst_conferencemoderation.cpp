// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// ConferenceModeration against the strict simulator (issue 15): the permission rule, every
// verb in the room's own conference, local refusals (not owner, wrong state, wrong
// conference type) that send nothing, the requests kept from events, what the owner does to
// the room, and a User-level run that sends no admin-only method.

#include "core/models/conferencemoderation.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "core/protocol/methodcatalogue.h"
#include "core/session/roomsession.h"
#include "sim/simmoderation.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Action = ConferenceModeration::Action;
using Kind = ConferenceModeration::RequestKind;
using Standing = ConferenceModeration::Standing;

namespace {

const QString kServer = u"sim.trueconf.local"_s;

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    ConferenceModeration *moderation = nullptr;
    ParticipantListModel *participants = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool start(Room::Role role = Room::Role::Admin)
    {
        sim = SimRoom::start();
        sim->setCallTiming(30, 20000);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        moderation = session->moderation();
        participants = session->participants();
        tester = std::make_unique<QAbstractItemModelTester>(
            participants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        return ready.wait(5000);
    }
    RoomController *controller() const { return session->controller(); }
    bool inConference()
    {
        return QTest::qWaitFor(
            [this] { return controller()->appState() == Room::AppState::Conference; }, 5000);
    }
    //! The room creates a conference of its own (the "calling" part's verb is not ours).
    bool ownConference(const QString &type = u"symmetric"_s)
    {
        controller()->sendRequest(u"createConference"_s,
                                  { { u"title"_s, u"Board"_s }, { u"confType"_s, type } });
        return inConference() && QTest::qWaitFor([this] { return moderation->standing().owner; });
    }
    bool othersConference()
    {
        controller()->sendRequest(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
        return inConference()
            && QTest::qWaitFor([this] { return moderation->standing().ownerKnown; })
            && QTest::qWaitFor([this] { return participants->rowCount() >= 3; });
    }
    //! `user` joins; their id in the participant list.
    QString joins(const QString &user, const QString &name)
    {
        if (!sim->simulateParticipantJoin(user + u'@' + kServer, name))
            return {};
        if (!QTest::qWaitFor([&] { return participants->rowOf(user + u'@' + kServer) >= 0; }))
            return {};
        return participants->participant(participants->rowOf(user + u'@' + kServer)).peerId;
    }
    int micOf(const QString &peerId) const
    {
        const int row = participants->rowOf(peerId);
        return row < 0 ? -2 : participants->participant(row).mic;
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
    for (int r = 0; r < log.rowCount(); ++r)
        if (log.data(log.index(r, EventLogModel::TextColumn), Qt::DisplayRole)
                .toString()
                .contains(text))
            return true;
    return false;
}

Standing standing(bool owner, bool moderator, int type)
{
    Standing s;
    s.inConference = true;
    s.confType = type;
    s.ownerKnown = true;
    s.owner = owner;
    s.moderator = moderator;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(ConferenceModeration::Standing)

class tst_ConferenceModeration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissionRule_data();
    void permissionRule();
    void ownConference();
    void joinRequestsAndWaitingRoom();
    void podiumInRoleBasedConference();
    void someoneElsesConference();
    void refusedLocallyOutsideAConference();
    void userLevelSendsNoAdminMethod();
    void participantsReadAgainKeepTheirRows();
};

void tst_ConferenceModeration::permissionRule_data()
{
    QTest::addColumn<Standing>("standing");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const QString notOwner = u"Only the conference owner or a moderator can remove participants"_s;
    QTest::newRow("owner removes")
        << standing(true, false, 1) << Action::Remove << true << QString();
    QTest::newRow("moderator removes")
        << standing(false, true, 1) << Action::Remove << true << QString();
    QTest::newRow("participant removes")
        << standing(false, false, 1) << Action::Remove << false << notOwner;
    QTest::newRow("moderator makes moderators")
        << standing(false, true, 1) << Action::SetModerator << false
        << u"Only the conference owner can make moderators"_s;
    QTest::newRow("podium in symmetric")
        << standing(true, false, 1) << Action::ManagePodium << false
        << u"The podium exists only in role-based conferences"_s;
    QTest::newRow("own podium, role-based")
        << standing(false, false, 3) << Action::OwnPodium << true << QString();
    QTest::newRow("remove in a call") << standing(true, false, 0) << Action::Remove << false
                                      << u"Only possible in a group conference, not in a call"_s;
    QTest::newRow("recording in a call")
        << standing(false, false, 0) << Action::AnswerRecording << true << QString();
    Standing unknown = standing(false, false, 1);
    unknown.ownerKnown = false;
    QTest::newRow("owner unknown: the room decides")
        << unknown << Action::Remove << true << QString();
    Standing idle;
    QTest::newRow("no conference")
        << idle << Action::Invite << false << u"The room is not in a conference"_s;
    Standing noControl = standing(true, false, 1);
    noControl.mayControl = false;
    QTest::newRow("no capability") << noControl << Action::WaitingRoom << false
                                   << u"The room's connection cannot control a conference now"_s;
}

void tst_ConferenceModeration::permissionRule()
{
    QFETCH(Standing, standing);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const ConferenceModeration::Verdict v = ConferenceModeration::permission(action, standing);
    QCOMPARE(v.allowed, allowed);
    QCOMPARE(v.reason, reason);
}

void tst_ConferenceModeration::ownConference()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.ownConference());
    const QString lea = f.joins(u"lea"_s, u"Lea Müller"_s);
    QVERIFY(!lea.isEmpty());
    QTRY_VERIFY(f.micOf(lea) >= 0);

    // Devices: the room's event changes the row.
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->turnRemoteMic(lea, false, this, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.micOf(lea), 1);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->turnRemoteMic(lea, true, this, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.micOf(lea), 2);
    QCOMPARE(
        outcomeOf([&](auto d) { f.moderation->turnRemoteSpeaker(lea, false, this, d); }).status,
        Status::Reply);

    // Moderator: no event, the reply changes the row.
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->setModerator(lea, true, this, d); }).status,
             Status::Reply);
    const int row = f.participants->rowOf(lea);
    QVERIFY(f.participants->data(f.participants->index(row), ParticipantListModel::ModeratorRole)
                .toBool());

    // Invite: the invitee joins later.
    QCOMPARE(outcomeOf([&](auto d) {
                 f.moderation->inviteToConference(u"kenji@"_s + kServer, this, d);
             }).status,
             Status::Reply);
    QTRY_VERIFY(f.participants->rowOf(u"kenji@"_s + kServer) >= 0);

    // Remove.
    QSignalSpy left(f.participants, &ParticipantListModel::participantLeft);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->kick(lea, this, d); }).status, Status::Reply);
    QTRY_COMPARE(left.size(), 1);
    QCOMPARE(f.participants->rowOf(lea), -1);

    // The podium is not there in a symmetric conference: refused here, nothing sent.
    const RequestOutcome podium = outcomeOf([&](auto d) { f.moderation->gotoPodium(this, d); });
    QCOMPARE(podium.status, Status::RefusedLocally);
    QCOMPARE(podium.errorText, u"The podium exists only in role-based conferences"_s);
    QCOMPARE(sent(*f.sim, u"gotoPodium"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::joinRequestsAndWaitingRoom()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.ownConference());
    QSignalSpy arrived(f.moderation, &ConferenceModeration::requestArrived);

    // A join request: kept, in words, answered.
    QVERIFY(f.sim->simulateJoinRequest(u"maria.garcia@"_s + kServer, u"Maria Garcia"_s));
    QTRY_COMPARE(f.moderation->requests(Kind::JoinRequest).size(), 1);
    QCOMPARE(arrived.size(), 1);
    const ConferenceModeration::Request maria = f.moderation->requests(Kind::JoinRequest).first();
    QCOMPARE(ConferenceModeration::requestText(maria), u"Maria Garcia asks to join"_s);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->acceptPeer(maria.peerId, this, d); }).status,
             Status::Reply);
    QVERIFY(f.moderation->requests(Kind::JoinRequest).isEmpty());
    QTRY_VERIFY(f.participants->rowOf(maria.peerId) >= 0);

    // Refused: no event of its own; the reply clears it.
    QVERIFY(f.sim->simulateJoinRequest(u"omar@"_s + kServer, u"Omar"_s));
    QTRY_COMPARE(f.moderation->requests(Kind::JoinRequest).size(), 1);
    QCOMPARE(
        outcomeOf([&](auto d) { f.moderation->rejectPeer(u"omar@"_s + kServer, this, d); }).status,
        Status::Reply);
    QVERIFY(f.moderation->requests().isEmpty());

    // The waiting room.
    QSignalSpy switched(f.moderation, &ConferenceModeration::waitingRoomChanged);
    QCOMPARE(f.moderation->isWaitingRoomEnabled(), std::optional<bool>(false));
    QVERIFY(f.moderation->isWaitingRoomSwitchable());
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->setWaitingRoomState(true, this, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.moderation->isWaitingRoomEnabled(), std::optional<bool>(true));
    QCOMPARE(switched.last().first().toBool(), true);

    SimWaitingRoom &waiting = f.sim->moderation().waitingRoom();
    QVERIFY(waiting.participantWaits(u"nina@"_s + kServer, u"Nina"_s));
    QTRY_COMPARE(f.moderation->requests(Kind::WaitingRoom).size(), 1);
    const QString nina = f.moderation->requests(Kind::WaitingRoom).first().peerId;
    QVERIFY(f.participants
                ->data(f.participants->index(f.participants->rowOf(nina)),
                       ParticipantListModel::WaitingRole)
                .toBool());
    QCOMPARE(ConferenceModeration::requestText(f.moderation->requests(Kind::WaitingRoom).first()),
             u"Nina is in the waiting room"_s);
    QSignalSpy joined(f.participants, &ParticipantListModel::participantJoined);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->admit(nina, this, d); }).status, Status::Reply);
    QTRY_COMPARE(joined.size(), 1);
    QVERIFY(f.moderation->requests(Kind::WaitingRoom).isEmpty());
    QVERIFY(!f.participants->participant(f.participants->rowOf(nina)).waiting);

    QVERIFY(waiting.participantWaits(u"paul@"_s + kServer, u"Paul"_s));
    QTRY_COMPARE(f.moderation->requests(Kind::WaitingRoom).size(), 1);
    const QString paul = f.moderation->requests(Kind::WaitingRoom).first().peerId;
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->refuse(paul, this, d); }).status, Status::Reply);
    QTRY_VERIFY(f.moderation->requests(Kind::WaitingRoom).isEmpty());
    QCOMPARE(f.participants->rowOf(paul), -1);

    // The conference ends: nothing is pending any more.
    QVERIFY(f.sim->simulateJoinRequest(u"quinn@"_s + kServer, u"Quinn"_s));
    QTRY_COMPARE(f.moderation->requests(Kind::JoinRequest).size(), 1);
    f.controller()->hangUp(true);
    QTRY_VERIFY(f.moderation->requests().isEmpty());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::podiumInRoleBasedConference()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.ownConference(u"role"_s));
    const QString lea = f.joins(u"lea"_s, u"Lea"_s);
    QVERIFY(!lea.isEmpty());
    QVERIFY(f.sim->simulatePodiumRequest(lea));
    QTRY_COMPARE(f.moderation->requests(Kind::Podium).size(), 1);
    QCOMPARE(ConferenceModeration::requestText(f.moderation->requests(Kind::Podium).first()),
             u"Lea asks to speak"_s);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->rejectRequestToPodium(lea, this, d); }).status,
             Status::Reply);
    QVERIFY(f.moderation->requests(Kind::Podium).isEmpty());
    QVERIFY(f.sim->simulatePodiumRequest(lea));
    QTRY_COMPARE(f.moderation->requests(Kind::Podium).size(), 1);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->acceptRequestToPodium(lea, this, d); }).status,
             Status::Reply);
    QTRY_VERIFY(f.moderation->requests(Kind::Podium).isEmpty());
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->kickFromPodium(lea, this, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->inviteToPodium(lea, this, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->gotoPodium(this, d); }).status, Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->leavePodium(this, d); }).status, Status::Reply);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::someoneElsesConference()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.othersConference());
    QVERIFY(!f.moderation->standing().owner);
    const QString other = f.participants->participant(1).peerId;

    // Not the owner: refused here with the reason, nothing sent.
    QSignalSpy failed(f.moderation, &ConferenceModeration::failed);
    const RequestOutcome kick = outcomeOf([&](auto d) { f.moderation->kick(other, this, d); });
    QCOMPARE(kick.status, Status::RefusedLocally);
    QCOMPARE(kick.errorText, u"Only the conference owner or a moderator can remove participants"_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY(
        !outcomeOf([&](auto d) { f.moderation->turnRemoteCamera(other, false, this, d); }).ok());
    QVERIFY(!outcomeOf([&](auto d) { f.moderation->setWaitingRoomState(true, this, d); }).ok());
    for (const QString &m : { u"kickPeer"_s, u"turnRemoteCamera"_s, u"setWaitingRoomState"_s })
        QCOMPARE(sent(*f.sim, m), 0);

    // The owner mutes the room: a signal and a line in the event log.
    QSignalSpy switched(f.moderation, &ConferenceModeration::deviceSwitchedByOwner);
    QVERIFY(f.sim->moderation().ownerMutesRoom(false, true));
    QTRY_COMPARE(switched.size(), 1);
    QCOMPARE(switched.first().at(0).value<ConferenceModeration::Device>(),
             ConferenceModeration::Device::Microphone);
    QCOMPARE(switched.first().at(1).toBool(), true);
    QTRY_VERIFY(
        logHas(*f.session->eventLog(), u"The conference owner muted the room's microphone"_s));

    // Recording: any participant answers for the room.
    QVERIFY(f.sim->moderation().recording().request(other));
    QTRY_COMPARE(f.moderation->requests(Kind::Recording).size(), 1);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->allowRecord(other, this, d); }).status,
             Status::Reply);
    QVERIFY(f.moderation->requests(Kind::Recording).isEmpty());
    QTRY_VERIFY(f.participants->participant(f.participants->rowOf(other)).recordingMe);

    // Made a moderator: the room's row says so once read again, and moderation works.
    QVERIFY(f.sim->moderation().roomMadeModerator(true));
    QSignalSpy standing(f.moderation, &ConferenceModeration::standingChanged);
    f.participants->refresh();
    QTRY_VERIFY(f.moderation->standing().moderator);
    QVERIFY(f.moderation->verdict(Action::Remove).allowed);
    QCOMPARE(f.moderation->verdict(Action::SetModerator).reason,
             u"Only the conference owner can make moderators"_s);
    QCOMPARE(outcomeOf([&](auto d) { f.moderation->turnRemoteMic(other, false, this, d); }).status,
             Status::Reply);
    QCOMPARE(sent(*f.sim, u"setModeratorRole"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::refusedLocallyOutsideAConference()
{
    // Detached: refused, from the event loop.
    ConferenceModeration detached;
    std::optional<RequestOutcome> o;
    QCOMPARE(detached.kick(u"x@y/z"_s, this, [&](const RequestOutcome &r) { o = r; }), 0u);
    QVERIFY(!o);
    QTRY_VERIFY(o);
    QCOMPARE(o->status, Status::RefusedLocally);

    Fixture f;
    QVERIFY(f.start());
    const RequestOutcome invite = outcomeOf(
        [&](auto d) { f.moderation->inviteToConference(u"lea@"_s + kServer, this, d); });
    QCOMPARE(invite.status, Status::RefusedLocally);
    QCOMPARE(invite.errorText, u"The room is not in a conference"_s);

    // A P2P call is not a group conference.
    f.controller()->call(u"lea@"_s + kServer);
    QVERIFY(f.inConference());
    QTRY_COMPARE(f.moderation->standing().confType, 0);
    const RequestOutcome remove
        = outcomeOf([&](auto d) { f.moderation->kick(u"lea@"_s + kServer, this, d); });
    QCOMPARE(remove.errorText, u"Only possible in a group conference, not in a call"_s);
    QCOMPARE(sent(*f.sim, u"inviteToConference"_s) + sent(*f.sim, u"kickPeer"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::userLevelSendsNoAdminMethod()
{
    for (const QString &m : ConferenceModeration::methods()) {
        QVERIFY2(MethodCatalogue::instance().isMethod(m), qPrintable(m));
        QVERIFY2(!MethodCatalogue::instance().isAdminOnly(m), qPrintable(m));
        QVERIFY2(Permissions::mayCall(Room::Role::User, m), qPrintable(m));
    }
    Fixture f;
    QVERIFY(f.start(Room::Role::User));
    QCOMPARE(f.controller()->role(), Room::Role::User);
    QVERIFY(f.ownConference());
    const QString lea = f.joins(u"lea"_s, u"Lea"_s);
    QVERIFY(!lea.isEmpty());
    QVERIFY(outcomeOf([&](auto d) { f.moderation->turnRemoteCamera(lea, false, this, d); }).ok());
    QVERIFY(outcomeOf([&](auto d) { f.moderation->setModerator(lea, true, this, d); }).ok());
    QVERIFY(outcomeOf([&](auto d) { f.moderation->setWaitingRoomState(true, this, d); }).ok());
    QVERIFY(outcomeOf([&](auto d) { f.moderation->kick(lea, this, d); }).ok());
    const QStringList received = f.sim->receivedMethods();
    for (const QString &m : received)
        QVERIFY2(!MethodCatalogue::instance().isAdminOnly(m), qPrintable(m));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ConferenceModeration::participantsReadAgainKeepTheirRows()
{
    // Every join reads the list again: the rows must stay (a view's selection with them).
    ParticipantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto p = [](const QString &id, int mic) {
        return QJsonObject { { u"peerId"_s, id }, { u"peerDn"_s, id }, { u"mic"_s, mic } };
    };
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setParticipants(u"c1"_s, { p(u"a@s/1"_s, 2), p(u"b@s/2"_s, 2) });
    QCOMPARE(resets.size(), 1);
    const QPersistentModelIndex b = model.index(1);
    model.setParticipants(u"c1"_s, { p(u"b@s/2"_s, 1), p(u"c@s/3"_s, 2) });
    QCOMPARE(resets.size(), 1);
    QVERIFY(b.isValid());
    QCOMPARE(b.data(ParticipantListModel::PeerIdRole).toString(), u"b@s/2"_s);
    QCOMPARE(b.data(ParticipantListModel::MicRole).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.participant(1).peerId, u"c@s/3"_s);
    // Another conference starts afresh.
    model.setParticipants(u"c2"_s, { p(u"d@s/4"_s, 2) });
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_ConferenceModeration)
#include "tst_conferencemoderation.moc"
