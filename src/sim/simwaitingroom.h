// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simconference.h"
#include "simhost.h"

#include <QString>

class SimCalls;

//! The waiting room of a group conference the room owns or moderates (newer rooms; the
//! catalogue names the methods and events but publishes no payloads). Emulator decisions,
//! which RoomDeck reads tolerantly:
//!
//!   setWaitingRoomState {enable:bool, isUsersMustBeInvited?:bool}
//!       -> waitingRoomStateChanged {confId, enabled:bool}        (only when it changes)
//!   a participant arrives while it is on (scenario waitingRoomJoin)
//!       -> participantPresenceInWaitingRoomChanged {confId, peerId (InstanceId), peerDn,
//!          inWaitingRoom:true}; getConferenceParticipants lists them with isInWaitingRoom
//!   setParticipantPresenceInWaitingRoom {callId, inWaitingRoom:false}   admit
//!       -> participantPresenceInWaitingRoomChanged {..., inWaitingRoom:false},
//!          newParticipantInConference
//!   setParticipantPresenceInWaitingRoom {callId, inWaitingRoom:true}    back to waiting
//!       -> participantPresenceInWaitingRoomChanged {..., inWaitingRoom:true}
//!   refusing somebody who waits is kickPeer (SimModeration): they leave as anyone removed
//!       -> participantPresenceInWaitingRoomChanged {..., inWaitingRoom:false},
//!          participantLeftConference
//!
//! Refusals: outside a group conference, or neither owner nor moderator: Invalid state
//! (§10 n); a callId that names nobody in the conference: Invalid parameters (e), as
//! SimModeration does for unknown participants. Turning the waiting room off admits nobody
//! by itself: those waiting keep waiting until admitted or removed.
class SimWaitingRoom final
{
public:
    SimWaitingRoom(SimHost &host, SimCalls &calls);

    SimCommandTable commands();

    // Control API: false, changing nothing, when the state does not allow it.
    //! Somebody arrives at the room's conference while its waiting room is on.
    bool participantWaits(const QString &peerId, const QString &peerDn);
    //! Switches the waiting room as setWaitingRoomState would (demos).
    bool setEnabled(bool enabled);
    //! Emits the presence event for `p` leaving the waiting room without being admitted.
    void left(const SimConference &conference, const SimParticipant &p);

private:
    SimOutcome setState(const QJsonObject &request);
    SimOutcome setPresence(const QJsonObject &request);
    void emitPresence(const SimConference &conference, const SimParticipant &p);

    SimHost &m_host;
    SimCalls &m_calls;
};
