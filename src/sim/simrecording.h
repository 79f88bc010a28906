// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QSet>
#include <QString>

class SimCalls;

//! Recording requests (catalogue only; payloads from the public clients): a participant asks
//! to record the room, the room allows or denies it. Emulator decisions:
//!
//!   a participant asks (scenario recordRequest) -> recordRequest {peerId (InstanceId),
//!                                                  peerDn, confId}
//!   allowRecord {peerId}  -> recordRequestReply {peerId, recordAllowed:true, confId},
//!                            userRecordingMeStatusChanged {peerId, status:1, confId};
//!                            the participant lists recordingMe:true
//!   denyRecord {peerId}   -> recordRequestReply {peerId, recordAllowed:false, confId}
//!
//! Anyone in a call or conference answers for the room (it is the room being recorded), so
//! the only refusals are: no call (Invalid state, §10 n) and nobody of that id asking
//! (Invalid parameters, e — as for an unknown join requester). A request lapses with the
//! conference.
class SimRecording final
{
public:
    SimRecording(SimHost &host, SimCalls &calls);

    SimCommandTable commands();

    //! A participant of the current call or conference asks to record the room.
    bool request(const QString &peerId);

private:
    SimOutcome answer(const QJsonObject &request, bool allow);

    SimHost &m_host;
    SimCalls &m_calls;
    QSet<QString> m_asking; //!< InstanceIds, lower-case
    quint64 m_generation = 0; //!< the conference m_asking belongs to
};
