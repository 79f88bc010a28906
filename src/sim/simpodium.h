// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simconference.h"
#include "simhost.h"

#include <QObject>
#include <QString>

class SimCalls;

//! The podium of role-based conferences (room-api.md §7.4, type 3): going up and down,
//! requests and invitations in both directions, remarks. Participant roles: 1 listener,
//! 2 owner, 3 asked for the podium, 4 invited to it, 5 remark; who is on the podium
//! broadcasts. Each change is a roleEventOccured. The simulated owner agrees to a request
//! after the ring delay, and invited participants accept after it. Works on the conference
//! SimCalls holds; every podium command outside a role-based conference is "Invalid state".
class SimPodium final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimPodium)

public:
    SimPodium(SimHost &host, SimCalls &calls, QObject *parent = nullptr);
    ~SimPodium() override;

    SimCommandTable commands();

    // Control API (see RoomSimulator): false, changing nothing, when the state does not
    // allow it.
    //! A participant of the room's own role-based conference asks for the podium.
    bool request(const QString &peerId);
    //! The owner of a role-based conference invites the room to the podium.
    bool invitation();

private:
    SimOutcome run(const QString &method, const QJsonObject &request);
    //! Up and down for the room itself (goto, leave, answer an invitation, remark).
    SimOutcome runOwn(const QString &method, SimConference &conference, SimParticipant &self);
    //! Another participant, by the owner or a moderator.
    SimOutcome runModeration(const QString &method, SimConference &conference, SimParticipant &p);
    //! After the ring delay, `peerId` (still waiting in `role`) goes up to the podium.
    void promoteLater(const QString &peerId, int role);
    void emitRoleEvent(const SimConference &conference, const SimParticipant &p);

    SimHost &m_host;
    SimCalls &m_calls;
    const SimRoster &m_roster;
};
