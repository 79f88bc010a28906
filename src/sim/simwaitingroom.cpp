// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simwaitingroom.h"

#include "simcalls.h"

using namespace Qt::StringLiterals;

SimWaitingRoom::SimWaitingRoom(SimHost &host, SimCalls &calls)
    : m_host(host)
    , m_calls(calls)
{ }

SimCommandTable SimWaitingRoom::commands()
{
    return {
        { u"setWaitingRoomState"_s,
          [this](const QJsonObject &r) {
              return setState(r);
          } },
        { u"setParticipantPresenceInWaitingRoom"_s,
          [this](const QJsonObject &r) {
              return setPresence(r);
          } },
    };
}

bool SimWaitingRoom::setEnabled(bool enabled)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.mayModerate())
        return false;
    if (conference->waitingRoom != enabled) {
        conference->waitingRoom = enabled;
        m_host.emitEvent(u"waitingRoomStateChanged"_s,
                         { { u"confId"_s, conference->confId }, { u"enabled"_s, enabled } });
    }
    return true;
}

SimOutcome SimWaitingRoom::setState(const QJsonObject &request)
{
    if (!setEnabled(request.value(u"enable"_s).toBool()))
        return SimOutcome::fail(SimError::invalidState());
    return SimOutcome::ok();
}

void SimWaitingRoom::emitPresence(const SimConference &conference, const SimParticipant &p)
{
    m_host.emitEvent(u"participantPresenceInWaitingRoomChanged"_s,
                     { { u"confId"_s, conference.confId },
                       { u"peerId"_s, p.peerId },
                       { u"peerDn"_s, p.peerDn },
                       { u"inWaitingRoom"_s, p.waiting } });
}

void SimWaitingRoom::left(const SimConference &conference, const SimParticipant &p)
{
    SimParticipant gone = p;
    gone.waiting = false;
    emitPresence(conference, gone);
}

bool SimWaitingRoom::participantWaits(const QString &peerId, const QString &peerDn)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.mayModerate() || !conference->waitingRoom || !SimRoster::isUserId(peerId)
        || m_calls.roster().find(*conference, peerId))
        return false;
    SimParticipant p
        = m_calls.roster().participant(m_calls.roster().callIdOf(peerId), peerDn, false);
    p.waiting = true;
    conference->participants.append(p);
    emitPresence(*conference, p);
    return true;
}

SimOutcome SimWaitingRoom::setPresence(const QJsonObject &request)
{
    SimConference *conference = m_calls.conference();
    if (!m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    SimParticipant *p
        = m_calls.roster().find(*conference, request.value(u"callId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    const bool waiting = request.value(u"inWaitingRoom"_s).toBool();
    if (p->waiting == waiting)
        return SimOutcome::ok(); // already where asked: nothing happens
    p->waiting = waiting;
    const SimParticipant moved = *p;
    emitPresence(*conference, moved);
    if (!waiting)
        m_host.emitEvent(u"newParticipantInConference"_s,
                         { { u"peerId"_s, moved.peerId },
                           { u"peerDn"_s, moved.peerDn },
                           { u"confId"_s, conference->confId } });
    return SimOutcome::ok();
}
