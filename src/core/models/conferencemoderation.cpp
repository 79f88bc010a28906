// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "conferencemoderation.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/models/participantlistmodel.h"
#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool samePeer(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0 || RoomIds::sameUser(a, b);
}

QString bareId(const QString &peerId)
{
    return RoomText::name(RoomIds::stripInstance(peerId.left(RoomText::kNameLength * 2)));
}

} // namespace

ConferenceModeration::ConferenceModeration(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConferenceModeration::Request>();
    connect(this, &ConferenceModeration::requestsChanged, this,
            &ConferenceModeration::updateNotices);
}

void ConferenceModeration::updateNotices()
{
    RoomNotices *notices = session() ? session()->notices() : nullptr;
    if (!notices)
        return;
    // People asking to get in, whichever way they ask: a join request or the waiting room.
    QList<Request> asking = requests(RequestKind::JoinRequest);
    asking += m_waiting;
    notices->setCount(RoomNotices::Kind::JoinRequests, int(asking.size()),
                      asking.isEmpty() ? QString() : requestText(asking.constLast()));
}

void ConferenceModeration::setParticipants(ParticipantListModel *participants)
{
    if (m_participants)
        disconnect(m_participants, nullptr, this, nullptr);
    m_participants = participants;
    if (participants) {
        connect(participants, &ParticipantListModel::waitingChanged, this,
                &ConferenceModeration::syncWaiting);
        // The room's own row says whether it is a moderator.
        connect(participants, &QAbstractItemModel::modelReset, this,
                &ConferenceModeration::standingChanged);
        connect(participants, &QAbstractItemModel::dataChanged, this,
                &ConferenceModeration::standingChanged);
    }
    syncWaiting();
}

void ConferenceModeration::controllerChanged(RoomController *previous)
{
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    if (RoomController *c = controller()) {
        connect(c, &RoomController::capabilitiesChanged, this,
                &ConferenceModeration::standingChanged);
        connect(c, &RoomController::trueConfIdChanged, this,
                &ConferenceModeration::standingChanged);
    }
    Q_EMIT standingChanged();
}

QStringList ConferenceModeration::roomEvents() const
{
    return { u"conferenceCreated"_s,
             u"conferenceDeleted"_s,
             u"requestInviteReceived"_s,
             u"peerAccepted"_s,
             u"newParticipantInConference"_s,
             u"roleEventOccured"_s,
             u"incomingPodiumInvitationRemoved"_s,
             u"incomingRequestToPodiumAnswered"_s,
             u"recordRequest"_s,
             u"recordRequestReply"_s,
             u"waitingRoomStateChanged"_s,
             u"micStateChangedByConferenceOwner"_s,
             u"cameraStateChangedByConferenceOwner"_s,
             u"updateAvatar"_s };
}

QStringList ConferenceModeration::methods()
{
    return { u"turnRemoteMic"_s,
             u"turnRemoteCamera"_s,
             u"turnRemoteSpeaker"_s,
             u"kickPeer"_s,
             u"setModeratorRole"_s,
             u"inviteToConference"_s,
             u"inviteToPodium"_s,
             u"kickFromPodium"_s,
             u"acceptRequestToPodium"_s,
             u"rejectRequestToPodium"_s,
             u"gotoPodium"_s,
             u"leavePodium"_s,
             u"acceptInvitationToPodium"_s,
             u"rejectInvitationToPodium"_s,
             u"allowRecord"_s,
             u"denyRecord"_s,
             u"setWaitingRoomState"_s,
             u"setParticipantPresenceInWaitingRoom"_s,
             u"acceptPeer"_s,
             u"rejectPeer"_s };
}

// --- permission ----------------------------------------------------------------------------

ConferenceModeration::Verdict ConferenceModeration::permission(Action action, const Standing &s)
{
    const auto no = [](const QString &reason) {
        return Verdict { false, reason };
    };
    const Verdict yes { true, {} };
    if (!s.inConference)
        return no(tr("The room is not in a conference"));
    if (!s.mayControl)
        return no(tr("The room's connection cannot control a conference now"));
    const bool group = s.confType != int(Room::ConferenceType::PeerToPeer);
    // Unknown owner: the room decides, and its answer is shown.
    const bool owner = s.owner || !s.ownerKnown;
    const bool moderates = owner || s.moderator;
    switch (action) {
    case Action::AnswerRecording:
        return yes; // it is the room being recorded: any participant answers for it
    case Action::OwnPodium:
    case Action::AnswerPodiumInvitation:
        if (s.confType != int(Room::ConferenceType::RoleBased))
            return no(tr("The podium exists only in role-based conferences"));
        return yes;
    case Action::ManagePodium:
        if (s.confType != int(Room::ConferenceType::RoleBased))
            return no(tr("The podium exists only in role-based conferences"));
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can manage the podium"));
        return yes;
    default:
        break;
    }
    if (!group)
        return no(tr("Only possible in a group conference, not in a call"));
    switch (action) {
    case Action::RemoteDevices:
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can switch participants' "
                         "devices"));
        break;
    case Action::Remove:
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can remove participants"));
        break;
    case Action::Invite:
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can invite participants"));
        break;
    case Action::AnswerJoinRequest:
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can let people in"));
        break;
    case Action::WaitingRoom:
        if (!moderates)
            return no(tr("Only the conference owner or a moderator can manage the waiting room"));
        break;
    case Action::SetModerator:
        if (!owner)
            return no(tr("Only the conference owner can make moderators"));
        break;
    default:
        break;
    }
    return yes;
}

bool ConferenceModeration::isSelf(const QString &peerId) const
{
    const QString own = controller() ? controller()->trueConfId() : QString();
    return !own.isEmpty() && !peerId.isEmpty() && RoomIds::sameUser(peerId, own);
}

ConferenceModeration::Standing ConferenceModeration::standing() const
{
    Standing s;
    RoomController *c = controller();
    if (!c)
        return s;
    s.mayControl = c->capabilities().testFlag(Permissions::Capability::ConferenceControl);
    s.inConference = c->appState() == Room::AppState::Conference;
    // The call's own view first (it reads getConferences after a reconnect); else ours.
    const CallSession *call = session() ? session()->call() : nullptr;
    s.confType = call && call->conferenceType() >= 0 ? call->conferenceType() : m_confType;
    const QString owner
        = call && !call->conferenceOwner().isEmpty() ? call->conferenceOwner() : m_owner;
    const QString own = c->trueConfId();
    s.ownerKnown = !owner.isEmpty() && !own.isEmpty();
    s.owner = s.ownerKnown && RoomIds::sameUser(owner, own);
    if (m_participants && !own.isEmpty()) {
        const int row = m_participants->rowOf(own);
        s.moderator = row >= 0 && m_participants->participant(row).isModerator();
    }
    return s;
}

// --- requests ------------------------------------------------------------------------------

QList<ConferenceModeration::Request> ConferenceModeration::requests() const
{
    return m_requests + m_waiting;
}

QList<ConferenceModeration::Request> ConferenceModeration::requests(RequestKind kind) const
{
    if (kind == RequestKind::WaitingRoom)
        return m_waiting;
    QList<Request> list;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(list),
                 [kind](const Request &r) { return r.kind == kind; });
    return list;
}

QString ConferenceModeration::requestText(const Request &r)
{
    const QString who = r.peerDn.trimmed().isEmpty() ? bareId(r.peerId) : RoomText::name(r.peerDn);
    switch (r.kind) {
    case RequestKind::JoinRequest:
        return tr("%1 asks to join").arg(who);
    case RequestKind::WaitingRoom:
        return tr("%1 is in the waiting room").arg(who);
    case RequestKind::Podium:
        return tr("%1 asks to speak").arg(who);
    case RequestKind::Recording:
        return tr("%1 asks to record the room").arg(who);
    case RequestKind::PodiumInvitation:
        return tr("The conference owner invites the room to the podium");
    }
    return {};
}

QString ConferenceModeration::nameOf(const QString &peerId) const
{
    if (m_participants) {
        const int row = m_participants->rowOf(peerId);
        if (row >= 0 && !m_participants->participant(row).peerDn.trimmed().isEmpty())
            return RoomText::name(m_participants->participant(row).peerDn);
    }
    for (const Request &r : std::as_const(m_requests))
        if (samePeer(r.peerId, peerId) && !r.peerDn.trimmed().isEmpty())
            return RoomText::name(r.peerDn);
    return bareId(peerId);
}

void ConferenceModeration::addRequest(const Request &request)
{
    if (request.kind != RequestKind::PodiumInvitation && request.peerId.isEmpty())
        return;
    const auto same = [&request](const Request &r) {
        return r.kind == request.kind && samePeer(r.peerId, request.peerId);
    };
    if (std::any_of(m_requests.cbegin(), m_requests.cend(), same)
        || requests(request.kind).size() >= kMaxRequests)
        return;
    m_requests.append(request);
    Q_EMIT requestsChanged();
    Q_EMIT requestArrived(request);
}

void ConferenceModeration::removeRequests(RequestKind kind, const QString &peerId)
{
    const qsizetype removed = m_requests.removeIf([&](const Request &r) {
        return r.kind == kind
            && (kind == RequestKind::PodiumInvitation || samePeer(r.peerId, peerId));
    });
    if (removed > 0)
        Q_EMIT requestsChanged();
}

void ConferenceModeration::clearRequests()
{
    if (m_requests.isEmpty())
        return;
    m_requests.clear();
    Q_EMIT requestsChanged();
}

void ConferenceModeration::syncWaiting()
{
    QList<Request> now;
    if (m_participants) {
        const QList<ParticipantListModel::Participant> rows = m_participants->waitingRows();
        for (const ParticipantListModel::Participant &p : rows) {
            if (now.size() >= kMaxRequests)
                break;
            now.append({ RequestKind::WaitingRoom, p.peerId,
                         RoomText::bounded(p.peerDn, RoomText::kNameLength) });
        }
    }
    if (now == m_waiting)
        return;
    QList<Request> arrived;
    for (const Request &r : std::as_const(now))
        if (!m_waiting.contains(r))
            arrived.append(r);
    m_waiting = now;
    Q_EMIT requestsChanged();
    for (const Request &r : std::as_const(arrived))
        Q_EMIT requestArrived(r);
}

// --- events --------------------------------------------------------------------------------

void ConferenceModeration::handleRoomEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    const QString peerId = b.value(u"peerId"_s).toString();
    const auto request = [&](RequestKind kind) {
        return Request { kind, peerId.left(RoomText::kNameLength * 2),
                         RoomText::bounded(b.value(u"peerDn"_s).toString(),
                                           RoomText::kNameLength) };
    };
    if (name == u"conferenceCreated"_s) {
        applyConference(b);
    } else if (name == u"conferenceDeleted"_s) {
        clearRequests();
    } else if (name == u"requestInviteReceived"_s) {
        addRequest(request(RequestKind::JoinRequest));
    } else if (name == u"peerAccepted"_s || name == u"newParticipantInConference"_s) {
        removeRequests(RequestKind::JoinRequest, peerId);
    } else if (name == u"roleEventOccured"_s) {
        const int role = b.value(u"role"_s).toInt(0);
        if (isSelf(peerId)) {
            if (role == int(Room::ParticipantRole::InvitedToPodium))
                addRequest(request(RequestKind::PodiumInvitation));
            else if (role != 0)
                removeRequests(RequestKind::PodiumInvitation, {});
        } else if (role == int(Room::ParticipantRole::AskedForPodium)) {
            addRequest(request(RequestKind::Podium));
        } else if (role != 0) {
            removeRequests(RequestKind::Podium, peerId);
        }
        if (isSelf(peerId))
            Q_EMIT standingChanged();
    } else if (name == u"incomingPodiumInvitationRemoved"_s) {
        removeRequests(RequestKind::PodiumInvitation, {});
    } else if (name == u"incomingRequestToPodiumAnswered"_s) {
        removeRequests(RequestKind::Podium, peerId);
    } else if (name == u"recordRequest"_s) {
        addRequest(request(RequestKind::Recording));
    } else if (name == u"recordRequestReply"_s) {
        removeRequests(RequestKind::Recording, peerId);
    } else if (name == u"waitingRoomStateChanged"_s) {
        // Unpublished shape (see SimWaitingRoom): `enabled`; without it nothing is known.
        const QJsonValue enabled = b.value(u"enabled"_s);
        if (enabled.isBool()) {
            m_waitingRoom = enabled.toBool();
            m_waitingRoomSwitchable = true;
            Q_EMIT waitingRoomChanged(enabled.toBool());
        }
    } else if (name == u"micStateChangedByConferenceOwner"_s
               || name == u"cameraStateChangedByConferenceOwner"_s) {
        if (b.value(u"mute"_s).isBool())
            Q_EMIT deviceSwitchedByOwner(name.startsWith(u"mic"_s) ? Device::Microphone
                                                                   : Device::Camera,
                                         b.value(u"mute"_s).toBool());
    } else if (name == u"updateAvatar"_s) {
        if (!peerId.isEmpty())
            Q_EMIT avatarChanged(peerId.left(RoomText::kNameLength * 2));
    }
}

void ConferenceModeration::applyConference(const QJsonObject &b)
{
    m_confType = b.value(u"confType"_s).toInt(-1);
    m_owner = b.value(u"conferenceOwner"_s).toString().left(RoomText::kNameLength * 2);
    if (b.value(u"isWaitingRoomSwitchingSupported"_s).isBool())
        m_waitingRoomSwitchable = b.value(u"isWaitingRoomSwitchingSupported"_s).toBool();
    if (b.value(u"isWaitingRoomEnabled"_s).isBool()) {
        m_waitingRoom = b.value(u"isWaitingRoomEnabled"_s).toBool();
        Q_EMIT waitingRoomChanged(*m_waitingRoom);
    }
    Q_EMIT standingChanged();
}

void ConferenceModeration::resyncAfterSignIn()
{
    // The call session reads the conference after a sign-in; without one, read it here.
    if (!session() || !session()->call())
        refresh();
}

void ConferenceModeration::refresh(QObject *context, std::function<void()> done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    const auto finish = [guard, hasContext, done] {
        if (done && (guard || !hasContext))
            done();
    };
    RoomController *c = controller();
    if (!c || c->appState() != Room::AppState::Conference) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    c->sendRequest(u"getConferences"_s, {}, this, [this, finish](const RequestOutcome &o) {
        // A P2P call reports `type:"p2p"` and no confType.
        if (o.ok() && o.reply.value(u"type"_s).toString() == u"p2p"_s) {
            QJsonObject p2p = o.reply;
            p2p.insert(u"confType"_s, int(Room::ConferenceType::PeerToPeer));
            applyConference(p2p);
        } else if (o.ok() && o.reply.contains(u"confType"_s)) {
            applyConference(o.reply);
        }
        finish();
    });
}

void ConferenceModeration::appStateChanged(Room::AppState, Room::AppState current)
{
    if (current != Room::AppState::Conference) {
        // Out of the conference: nothing is pending any more, and the next one is new.
        clearRequests();
        m_confType = -1;
        m_owner.clear();
        m_waitingRoom.reset();
        m_waitingRoomSwitchable = false;
    }
    Q_EMIT standingChanged();
}

void ConferenceModeration::forgetRoom()
{
    clearRequests();
    m_confType = -1;
    m_owner.clear();
    m_waitingRoom.reset();
    m_waitingRoomSwitchable = false;
    Q_EMIT standingChanged();
}

// --- verbs ---------------------------------------------------------------------------------

void ConferenceModeration::refuseLater(const QString &method, const QString &text,
                                       const QString &what, QObject *context,
                                       PendingRequests::Callback done)
{
    RequestEnding::refuseLater(this, method, text, context, std::move(done),
                               [this, what](const RequestOutcome &o) {
                                   Q_EMIT commandFinished(what, o);
                                   Q_EMIT failed(tr("%1 failed: %2").arg(what, o.errorText));
                               });
}

quint64 ConferenceModeration::send(Action action, const QString &method, const QJsonObject &params,
                                   const QString &what, QObject *context,
                                   PendingRequests::Callback done, std::function<void()> onOk)
{
    RoomController *c = controller();
    if (!c) {
        refuseLater(method, tr("Not connected to a room"), what, context, std::move(done));
        return 0;
    }
    const Verdict v = verdict(action);
    if (!v.allowed) {
        refuseLater(method, v.reason, what, context, std::move(done));
        return 0;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return c->sendRequest(
        method, params, this, [this, what, guard, hasContext, done, onOk](const RequestOutcome &o) {
            if (o.ok() && onOk)
                onOk();
            Q_EMIT commandFinished(what, o);
            if (!o.ok())
                Q_EMIT failed(tr("%1 failed: %2").arg(what, RoomText::bounded(o.errorText)));
            if (done && (guard || !hasContext))
                done(o);
        });
}

quint64 ConferenceModeration::answer(RequestKind kind, Action action, const QString &method,
                                     const QString &peerId, const QString &what, QObject *context,
                                     PendingRequests::Callback done)
{
    // No check that somebody asked: this console may have started after the request came
    // (roomdeckctl always does). The room knows, and refuses an answer nobody waits for.
    QJsonObject params;
    if (kind != RequestKind::PodiumInvitation)
        params.insert(kind == RequestKind::WaitingRoom && method != u"kickPeer"_s ? u"callId"_s
                                                                                  : u"peerId"_s,
                      peerId);
    if (method == u"setParticipantPresenceInWaitingRoom"_s)
        params.insert(u"inWaitingRoom"_s, false);
    // Answered: the request goes, whatever the room's events say (a refused join request
    // has no event of its own).
    return send(action, method, params, what, context, std::move(done),
                [this, kind, peerId] { removeRequests(kind, peerId); });
}

quint64 ConferenceModeration::turnRemote(Device device, const QString &peerId, bool on,
                                         QObject *context, PendingRequests::Callback done)
{
    static const QString methods[]
        = { u"turnRemoteMic"_s, u"turnRemoteCamera"_s, u"turnRemoteSpeaker"_s };
    const QString who = nameOf(peerId);
    QString what;
    switch (device) {
    case Device::Microphone:
        what = on ? tr("Turning on the microphone of %1").arg(who)
                  : tr("Turning off the microphone of %1").arg(who);
        break;
    case Device::Camera:
        what = on ? tr("Turning on the camera of %1").arg(who)
                  : tr("Turning off the camera of %1").arg(who);
        break;
    case Device::Speaker:
        what = on ? tr("Turning on the speaker of %1").arg(who)
                  : tr("Turning off the speaker of %1").arg(who);
        break;
    }
    return send(Action::RemoteDevices, methods[int(device)],
                { { u"peerId"_s, peerId }, { u"on"_s, on } }, what, context, std::move(done));
}

quint64 ConferenceModeration::turnRemoteMic(const QString &peerId, bool on, QObject *context,
                                            PendingRequests::Callback done)
{
    return turnRemote(Device::Microphone, peerId, on, context, std::move(done));
}

quint64 ConferenceModeration::turnRemoteCamera(const QString &peerId, bool on, QObject *context,
                                               PendingRequests::Callback done)
{
    return turnRemote(Device::Camera, peerId, on, context, std::move(done));
}

quint64 ConferenceModeration::turnRemoteSpeaker(const QString &peerId, bool on, QObject *context,
                                                PendingRequests::Callback done)
{
    return turnRemote(Device::Speaker, peerId, on, context, std::move(done));
}

quint64 ConferenceModeration::kick(const QString &peerId, QObject *context,
                                   PendingRequests::Callback done)
{
    return send(Action::Remove, u"kickPeer"_s, { { u"peerId"_s, peerId } },
                tr("Removing %1 from the conference").arg(nameOf(peerId)), context,
                std::move(done));
}

quint64 ConferenceModeration::setModerator(const QString &peerId, bool moderator, QObject *context,
                                           PendingRequests::Callback done)
{
    const QString what = moderator ? tr("Making %1 a moderator").arg(nameOf(peerId))
                                   : tr("Taking the moderator role from %1").arg(nameOf(peerId));
    // No event follows setModeratorRole (§7.4): the reply is what changes the row.
    return send(Action::SetModerator, u"setModeratorRole"_s,
                { { u"peerId"_s, peerId }, { u"moderator"_s, moderator } }, what, context,
                std::move(done), [this, peerId, moderator] {
                    if (m_participants)
                        m_participants->setModerator(peerId, moderator);
                });
}

quint64 ConferenceModeration::inviteToConference(const QString &peerId, QObject *context,
                                                 PendingRequests::Callback done)
{
    return send(Action::Invite, u"inviteToConference"_s, { { u"peerId"_s, peerId } },
                tr("Inviting %1 to the conference").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::inviteToPodium(const QString &peerId, QObject *context,
                                             PendingRequests::Callback done)
{
    return send(Action::ManagePodium, u"inviteToPodium"_s, { { u"peerId"_s, peerId } },
                tr("Inviting %1 to the podium").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::kickFromPodium(const QString &peerId, QObject *context,
                                             PendingRequests::Callback done)
{
    return send(Action::ManagePodium, u"kickFromPodium"_s, { { u"peerId"_s, peerId } },
                tr("Taking %1 off the podium").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::acceptRequestToPodium(const QString &peerId, QObject *context,
                                                    PendingRequests::Callback done)
{
    return answer(RequestKind::Podium, Action::ManagePodium, u"acceptRequestToPodium"_s, peerId,
                  tr("Letting %1 speak").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::rejectRequestToPodium(const QString &peerId, QObject *context,
                                                    PendingRequests::Callback done)
{
    return answer(RequestKind::Podium, Action::ManagePodium, u"rejectRequestToPodium"_s, peerId,
                  tr("Declining the request of %1 to speak").arg(nameOf(peerId)), context,
                  std::move(done));
}

quint64 ConferenceModeration::gotoPodium(QObject *context, PendingRequests::Callback done)
{
    return send(Action::OwnPodium, u"gotoPodium"_s, {}, tr("Taking the podium"), context,
                std::move(done));
}

quint64 ConferenceModeration::leavePodium(QObject *context, PendingRequests::Callback done)
{
    return send(Action::OwnPodium, u"leavePodium"_s, {}, tr("Leaving the podium"), context,
                std::move(done));
}

quint64 ConferenceModeration::acceptInvitationToPodium(QObject *context,
                                                       PendingRequests::Callback done)
{
    return answer(RequestKind::PodiumInvitation, Action::AnswerPodiumInvitation,
                  u"acceptInvitationToPodium"_s, {}, tr("Accepting the invitation to the podium"),
                  context, std::move(done));
}

quint64 ConferenceModeration::rejectInvitationToPodium(QObject *context,
                                                       PendingRequests::Callback done)
{
    return answer(RequestKind::PodiumInvitation, Action::AnswerPodiumInvitation,
                  u"rejectInvitationToPodium"_s, {}, tr("Declining the invitation to the podium"),
                  context, std::move(done));
}

quint64 ConferenceModeration::allowRecord(const QString &peerId, QObject *context,
                                          PendingRequests::Callback done)
{
    return answer(RequestKind::Recording, Action::AnswerRecording, u"allowRecord"_s, peerId,
                  tr("Allowing %1 to record").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::denyRecord(const QString &peerId, QObject *context,
                                         PendingRequests::Callback done)
{
    return answer(RequestKind::Recording, Action::AnswerRecording, u"denyRecord"_s, peerId,
                  tr("Refusing %1 to record").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::setWaitingRoomState(bool enable, QObject *context,
                                                  PendingRequests::Callback done)
{
    return send(Action::WaitingRoom, u"setWaitingRoomState"_s,
                { { u"enable"_s, enable }, { u"isUsersMustBeInvited"_s, false } },
                enable ? tr("Turning the waiting room on") : tr("Turning the waiting room off"),
                context, std::move(done));
}

quint64 ConferenceModeration::admit(const QString &peerId, QObject *context,
                                    PendingRequests::Callback done)
{
    return answer(RequestKind::WaitingRoom, Action::WaitingRoom,
                  u"setParticipantPresenceInWaitingRoom"_s, peerId,
                  tr("Letting %1 in from the waiting room").arg(nameOf(peerId)), context,
                  std::move(done));
}

quint64 ConferenceModeration::refuse(const QString &peerId, QObject *context,
                                     PendingRequests::Callback done)
{
    return answer(RequestKind::WaitingRoom, Action::WaitingRoom, u"kickPeer"_s, peerId,
                  tr("Turning %1 away from the waiting room").arg(nameOf(peerId)), context,
                  std::move(done));
}

quint64 ConferenceModeration::acceptPeer(const QString &peerId, QObject *context,
                                         PendingRequests::Callback done)
{
    return answer(RequestKind::JoinRequest, Action::AnswerJoinRequest, u"acceptPeer"_s, peerId,
                  tr("Letting %1 join").arg(nameOf(peerId)), context, std::move(done));
}

quint64 ConferenceModeration::rejectPeer(const QString &peerId, QObject *context,
                                         PendingRequests::Callback done)
{
    return answer(RequestKind::JoinRequest, Action::AnswerJoinRequest, u"rejectPeer"_s, peerId,
                  tr("Refusing to let %1 join").arg(nameOf(peerId)), context, std::move(done));
}
