// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simpodium.h"

#include "simcalls.h"

#include <QTimer>

using namespace Qt::StringLiterals;

SimPodium::SimPodium(SimHost &host, SimCalls &calls, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_calls(calls)
    , m_roster(calls.roster())
{ }

SimPodium::~SimPodium() = default;

SimCommandTable SimPodium::commands()
{
    SimCommandTable t;
    for (const QString &method :
         { u"gotoPodium"_s, u"leavePodium"_s, u"inviteToPodium"_s, u"kickFromPodium"_s,
           u"acceptRequestToPodium"_s, u"rejectRequestToPodium"_s, u"acceptInvitationToPodium"_s,
           u"rejectInvitationToPodium"_s, u"startRemark"_s })
        t.insert(method, [this, method](const QJsonObject &r) { return run(method, r); });
    return t;
}

void SimPodium::emitRoleEvent(const SimConference &conference, const SimParticipant &p)
{
    m_host.emitEvent(u"roleEventOccured"_s,
                     { { u"peerId"_s, p.peerId },
                       { u"peerDn"_s, p.peerDn },
                       { u"role"_s, p.role },
                       { u"type"_s, 0 },
                       { u"result"_s, true },
                       { u"broadcast"_s, p.broadcast },
                       { u"confId"_s, conference.confId } });
}

void SimPodium::promoteLater(const QString &peerId, int role)
{
    const quint64 generation = m_calls.generation();
    QTimer::singleShot(qMax(0, m_calls.timing().ringDelayMs), this,
                       [this, generation, peerId, role] {
                           SimConference *conference = m_calls.conference();
                           SimParticipant *p = generation == m_calls.generation() && conference
                               ? m_roster.find(*conference, peerId)
                               : nullptr;
                           if (!p || p->role != role)
                               return;
                           p->role = 1;
                           p->broadcast = true;
                           emitRoleEvent(*conference, *p);
                       });
}

SimOutcome SimPodium::run(const QString &method, const QJsonObject &request)
{
    SimConference *conference = m_calls.conference();
    if (!conference || conference->type != 3)
        return SimOutcome::fail(SimError::invalidState()); // §10 n
    SimParticipant *self = m_roster.find(*conference, m_host.ownPeerId());
    if (!self)
        return SimOutcome::fail(SimError::invalidState());
    if (method == u"gotoPodium"_s || method == u"leavePodium"_s
        || method == u"acceptInvitationToPodium"_s || method == u"rejectInvitationToPodium"_s
        || method == u"startRemark"_s)
        return runOwn(method, *conference, *self);

    // The rest manage somebody else: owner or moderator only.
    if (!m_calls.mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    SimParticipant *p = m_roster.find(*conference, request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    return runModeration(method, *conference, *p);
}

SimOutcome SimPodium::runOwn(const QString &method, SimConference &conference, SimParticipant &self)
{
    const int ordinary = self.owner ? 2 : 1;
    if (method == u"gotoPodium"_s) {
        // The owner steps up at once; others ask and the (simulated) owner agrees.
        self.role = conference.ownedByUs ? 2 : 3;
        self.broadcast = conference.ownedByUs;
        emitRoleEvent(conference, self);
        if (!conference.ownedByUs)
            promoteLater(m_host.ownPeerId(), 3);
        return SimOutcome::ok();
    }
    if (method == u"leavePodium"_s) {
        self.role = ordinary;
        self.broadcast = false;
        emitRoleEvent(conference, self);
        return SimOutcome::ok();
    }
    if (method == u"startRemark"_s) {
        if (self.broadcast)
            return SimOutcome::fail(SimError::invalidState()); // on the podium already
        self.role = 5;
        emitRoleEvent(conference, self);
        m_host.emitEvent(u"remarkCountDown"_s,
                         { { u"timeout"_s, 30 }, { u"confId"_s, conference.confId } });
        return SimOutcome::ok();
    }
    // accept/rejectInvitationToPodium
    if (self.role != 4)
        return SimOutcome::fail(SimError::invalidState());
    self.role = ordinary;
    if (method == u"rejectInvitationToPodium"_s) {
        m_host.emitEvent(u"incomingPodiumInvitationRemoved"_s,
                         { { u"confId"_s, conference.confId }, { u"reason"_s, 0 } });
        return SimOutcome::ok();
    }
    self.broadcast = true;
    emitRoleEvent(conference, self);
    return SimOutcome::ok();
}

SimOutcome SimPodium::runModeration(const QString &method, SimConference &conference,
                                    SimParticipant &p)
{
    if (method == u"inviteToPodium"_s) {
        p.role = 4;
        emitRoleEvent(conference, p);
        promoteLater(p.peerId, 4);
        return SimOutcome::ok();
    }
    if (method == u"kickFromPodium"_s) {
        p.role = 1;
        p.broadcast = false;
        emitRoleEvent(conference, p);
        return SimOutcome::ok();
    }
    // accept/rejectRequestToPodium
    if (p.role != 3)
        return SimOutcome::fail(SimError::invalidParameters()); // no request from this one
    const bool allow = method == u"acceptRequestToPodium"_s;
    p.role = 1;
    p.broadcast = allow;
    m_host.emitEvent(
        u"incomingRequestToPodiumAnswered"_s,
        { { u"peerId"_s, p.peerId }, { u"allow"_s, allow }, { u"confId"_s, conference.confId } });
    emitRoleEvent(conference, p);
    return SimOutcome::ok();
}

bool SimPodium::request(const QString &peerId)
{
    SimConference *conference = m_calls.conference();
    if (!conference || conference->type != 3 || !m_calls.mayModerate())
        return false;
    SimParticipant *p = m_roster.find(*conference, peerId);
    if (!p || p->self || p->broadcast)
        return false;
    p->role = 3;
    emitRoleEvent(*conference, *p);
    return true;
}

bool SimPodium::invitation()
{
    SimConference *conference = m_calls.conference();
    if (!conference || conference->type != 3 || conference->ownedByUs)
        return false;
    SimParticipant *self = m_roster.find(*conference, m_host.ownPeerId());
    if (!self || self->broadcast)
        return false;
    self->role = 4;
    emitRoleEvent(*conference, *self);
    return true;
}
