// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simmoderation.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"
#include "simcalls.h"
#include "simdevices.h"

#include <QJsonArray>
#include <QStringList>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int confTypeFromName(const QString &name)
{
    if (name == u"symmetric"_s)
        return 1;
    if (name == u"asymmetric"_s)
        return 2;
    return name == u"role"_s ? 3 : -1;
}

} // namespace

SimModeration::SimModeration(SimHost &host, SimCalls &calls, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_calls(calls)
    , m_roster(calls.roster())
    , m_waitingRoom(host, calls)
    , m_recording(host, calls)
{ }

SimModeration::~SimModeration() = default;

SimCommandTable SimModeration::commands()
{
    SimCommandTable t = m_waitingRoom.commands();
    t.insert(m_recording.commands());
    t.insert({
        { u"createConference"_s,
          [this](const QJsonObject &r) {
              return createConference(r);
          } },
        { u"acceptPeer"_s,
          [this](const QJsonObject &r) {
              return answerJoinRequest(r, true);
          } },
        { u"rejectPeer"_s,
          [this](const QJsonObject &r) {
              return answerJoinRequest(r, false);
          } },
        { u"inviteToConference"_s,
          [this](const QJsonObject &r) {
              return inviteToConference(r);
          } },
        { u"kickPeer"_s,
          [this](const QJsonObject &r) {
              return kickPeer(r);
          } },
        { u"turnRemoteCamera"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"video"_s);
          } },
        { u"turnRemoteMic"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"mic"_s);
          } },
        { u"turnRemoteSpeaker"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"speaker"_s);
          } },
        { u"setModeratorRole"_s,
          [this](const QJsonObject &r) {
              return setModeratorRole(r);
          } },
        { u"toneDial"_s,
          [this](const QJsonObject &r) {
              return toneDial(r);
          } },
    });
    return t;
}

// ---------------------------------------------------------------------------------------------
// Own conferences, invitations, join requests

SimOutcome SimModeration::createConference(const QJsonObject &request)
{
    if (m_host.appState() != 3 || !m_calls.isIdle())
        return SimOutcome::fail(SimError::invalidState());
    const QString title = request.value(u"title"_s).toString().trimmed();
    const int type = confTypeFromName(request.value(u"confType"_s).toString());
    if (title.isEmpty() || type < 0)
        return SimOutcome::fail(SimError::invalidParameters());
    QStringList invitees;
    const QJsonArray inviteList = request.value(u"inviteList"_s).toArray();
    for (const QJsonValue &v : inviteList) {
        const QString id = v.toString().trimmed();
        if (!SimRoster::isUserId(id))
            return SimOutcome::fail(SimError::invalidParameters());
        if (RoomIds::sameUser(m_roster.callIdOf(id), m_host.ownPeerId())) {
            // §7.4: the owner joins by creating; listing yourself is a client mistake.
            m_host.violation(u"createConference inviteList names the room itself"_s);
            continue;
        }
        invitees.append(m_roster.callIdOf(id));
    }

    SimConference c;
    c.confId = m_calls.newConferenceId();
    c.type = type;
    c.title = title;
    c.owner = m_host.ownPeerId();
    c.ownedByUs = true;
    c.autoAccept = request.value(u"autoAccept"_s).toBool(false);
    c.waitingRoom = request.value(u"useWaitingRoom"_s).toBool(false);
    c.muteMicOnJoin = request.value(u"muteMicOnJoin"_s).toBool(false);
    c.muteCamOnJoin = request.value(u"muteCamOnJoin"_s).toBool(false);
    c.participants.append(m_roster.participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    c.direction = u"outgoing"_s;
    m_calls.startConference(c, {});
    for (const QString &id : std::as_const(invitees))
        inviteOne(id);
    return SimOutcome::ok();
}

void SimModeration::inviteOne(const QString &callId)
{
    const SimRules::Outcome outcome = m_calls.calleeOutcome(callId);
    const QString peerDn = m_host.addressBook().displayNameFor(callId);
    const quint64 generation = m_calls.generation();
    QTimer::singleShot(qMax(0, m_calls.delayFor(outcome.when)), this,
                       [this, generation, outcome, callId, peerDn] {
                           SimConference *conference = m_calls.conference();
                           if (generation != m_calls.generation() || !conference)
                               return;
                           if (outcome.kind == SimRules::Outcome::Kind::Reject)
                               m_host.emitEvent(u"rejectReceived"_s,
                                                { { u"cause"_s, outcome.cause },
                                                  { u"peerId"_s, callId },
                                                  { u"peerDn"_s, peerDn } });
                           else
                               admit(*conference, callId, peerDn);
                       });
}

void SimModeration::admit(SimConference &conference, const QString &callId, const QString &peerDn)
{
    if (m_roster.find(conference, callId))
        return;
    SimParticipant p = m_roster.participant(callId, peerDn, false);
    p.broadcast = conference.type == 1;
    // The owner asked for newcomers muted: they arrive with microphone / camera off (1).
    if (conference.muteMicOnJoin)
        p.mic = 1;
    if (conference.muteCamOnJoin)
        p.video = 1;
    conference.participants.append(p);
    m_host.emitEvent(u"newParticipantInConference"_s,
                     { { u"peerId"_s, p.peerId },
                       { u"peerDn"_s, p.peerDn },
                       { u"confId"_s, conference.confId } });
}

SimOutcome SimModeration::inviteToConference(const QJsonObject &request)
{
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    if (!m_calls.isGroup() || !m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    if (!SimRoster::isUserId(peerId)
        || RoomIds::sameUser(m_roster.callIdOf(peerId), m_host.ownPeerId()))
        return SimOutcome::fail(SimError::invalidParameters());
    inviteOne(m_roster.callIdOf(peerId));
    return SimOutcome::ok();
}

bool SimModeration::joinRequest(const QString &peerId, const QString &peerDn)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.mayModerate() || !SimRoster::isUserId(peerId))
        return false;
    const QString callId = m_roster.callIdOf(peerId);
    const QString dn = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    if (m_roster.find(*conference, callId))
        return false;
    if (conference->autoAccept) {
        m_host.emitEvent(
            u"peerAccepted"_s,
            { { u"peerId"_s, callId }, { u"peerDn"_s, dn }, { u"confId"_s, conference->confId } });
        admit(*conference, callId, dn);
        return true;
    }
    conference->joinRequests.append({ callId, dn });
    m_host.emitEvent(
        u"requestInviteReceived"_s,
        { { u"peerId"_s, callId }, { u"peerDn"_s, dn }, { u"confId"_s, conference->confId } });
    return true;
}

SimOutcome SimModeration::answerJoinRequest(const QJsonObject &request, bool admitPeer)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    const QString callId = m_roster.callIdOf(request.value(u"peerId"_s).toString().trimmed());
    const auto it = std::find_if(
        conference->joinRequests.begin(), conference->joinRequests.end(),
        [&callId](const QPair<QString, QString> &r) { return RoomIds::sameUser(r.first, callId); });
    if (it == conference->joinRequests.end())
        return SimOutcome::fail(SimError::invalidParameters()); // nobody asked
    const QPair<QString, QString> requester = *it;
    conference->joinRequests.erase(it);
    if (admitPeer) {
        m_host.emitEvent(u"peerAccepted"_s,
                         { { u"peerId"_s, requester.first },
                           { u"peerDn"_s, requester.second },
                           { u"confId"_s, conference->confId } });
        admit(*conference, requester.first, requester.second);
    }
    return SimOutcome::ok();
}

bool SimModeration::participantJoins(const QString &peerId, const QString &peerDn)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.isGroup() || !SimRoster::isUserId(peerId) || m_roster.find(*conference, peerId))
        return false;
    admit(*conference, m_roster.callIdOf(peerId), peerDn);
    return true;
}

bool SimModeration::participantLeaves(const QString &peerId)
{
    SimConference *conference = m_calls.conference();
    if (!conference)
        return false;
    SimParticipant *p = m_roster.find(*conference, peerId);
    if (!p || p->self)
        return false;
    if (conference->type == 0) {
        m_calls.endConference(true); // the other side of a call hung up
        return true;
    }
    const QString instance = p->peerId;
    if (p->waiting)
        m_waitingRoom.left(*conference, *p);
    conference->participants.removeIf(
        [&instance](const SimParticipant &q) { return q.peerId == instance; });
    m_host.emitEvent(u"participantLeftConference"_s, { { u"peerId"_s, instance } });
    return true;
}

// ---------------------------------------------------------------------------------------------
// Moderation

SimOutcome SimModeration::kickPeer(const QJsonObject &request)
{
    if (!m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    SimParticipant *p
        = m_roster.find(*m_calls.conference(), request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    participantLeaves(p->peerId);
    return SimOutcome::ok();
}

SimOutcome SimModeration::turnRemote(const QJsonObject &request, const QString &device)
{
    if (!m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    // §6: remote device control addresses one instance of a user.
    if (RoomIds::kindOf(peerId) != RoomIds::Kind::InstanceId)
        return SimOutcome::fail(SimError::invalidParameters());
    SimConference &conference = *m_calls.conference();
    SimParticipant *p = m_roster.find(conference, peerId);
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    if (p->waiting)
        return SimOutcome::fail(SimError::invalidState()); // not in the conference yet
    if (device == u"speaker"_s)
        return SimOutcome::ok(); // not part of the participant state
    int &state = device == u"mic"_s ? p->mic : p->video;
    if (state != 0)
        state = request.value(u"on"_s).toBool() ? 2 : 1;
    m_host.emitEvent(u"deviceStatusReceived"_s,
                     { { u"peerId"_s, p->peerId },
                       { u"mic"_s, p->mic },
                       { u"video"_s, p->video },
                       { u"confId"_s, conference.confId } });
    return SimOutcome::ok();
}

SimOutcome SimModeration::setModeratorRole(const QJsonObject &request)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.isGroup() || !conference->ownedByUs)
        return SimOutcome::fail(SimError::invalidState());
    SimParticipant *p = m_roster.find(*conference, request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    p->moderator = request.value(u"moderator"_s).toBool();
    return SimOutcome::ok();
}

SimOutcome SimModeration::toneDial(const QJsonObject &request)
{
    const SimConference *conference = m_calls.conference();
    if (!conference)
        return SimOutcome::fail(SimError::invalidState());
    const QString symbol = request.value(u"symbol"_s).toString();
    if (!u"0123456789*#ABCD"_s.contains(symbol, Qt::CaseInsensitive))
        return SimOutcome::fail(SimError::invalidParameters());
    m_host.emitEvent(u"toneDial"_s,
                     { { u"symbol"_s, symbol },
                       { u"confId"_s, conference->confId },
                       { u"callId"_s, request.value(u"callId"_s).toString() } });
    return SimOutcome::ok();
}

// ---------------------------------------------------------------------------------------------
// The other side: the owner of somebody else's conference

bool SimModeration::roomMadeModerator(bool moderator)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.isGroup() || conference->ownedByUs)
        return false;
    SimParticipant *self = m_roster.find(*conference, m_host.ownPeerId());
    if (!self)
        return false;
    // setModeratorRole has no event (§7.4): the room's participant row (leaderType 2) tells.
    self->moderator = moderator;
    return true;
}

bool SimModeration::ownerMutesRoom(bool camera, bool mute)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.isGroup() || conference->ownedByUs || !m_devices)
        return false;
    m_host.emitEvent(camera ? u"cameraStateChangedByConferenceOwner"_s
                            : u"micStateChangedByConferenceOwner"_s,
                     { { u"mute"_s, mute }, { u"confId"_s, conference->confId } });
    m_devices->setOwnMute(camera, mute);
    return true;
}

bool SimModeration::avatarChanged(const QString &peerId)
{
    if (m_host.ownPeerId().isEmpty() || !SimRoster::isUserId(peerId))
        return false;
    m_host.emitEvent(u"updateAvatar"_s, { { u"peerId"_s, m_roster.callIdOf(peerId) } });
    return true;
}
