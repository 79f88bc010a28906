// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simconference.h"
#include "simhost.h"

#include <QObject>
#include <QString>

class SimCalls;

//! What happens to the people of a group conference (room-api.md §7.4): the room's own
//! conferences (createConference with invitations), invitations answered after the callee
//! rules of SimRules, join requests (requestInviteReceived, acceptPeer/rejectPeer,
//! autoAccept), participants joining and leaving, and moderation: kickPeer, remote
//! microphones and cameras, moderator role; plus DTMF (toneDial) in any call. Works on the
//! conference SimCalls holds.
class SimModeration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimModeration)

public:
    SimModeration(SimHost &host, SimCalls &calls, QObject *parent = nullptr);
    ~SimModeration() override;

    SimCommandTable commands();

    // Control API (see RoomSimulator): false, changing nothing, when the state does not
    // allow it.
    bool participantJoins(const QString &peerId, const QString &peerDn);
    bool participantLeaves(const QString &peerId);
    bool joinRequest(const QString &peerId, const QString &peerDn);

private:
    SimOutcome createConference(const QJsonObject &request);
    SimOutcome answerJoinRequest(const QJsonObject &request, bool admit);
    SimOutcome inviteToConference(const QJsonObject &request);
    SimOutcome kickPeer(const QJsonObject &request);
    SimOutcome turnRemote(const QJsonObject &request, const QString &device);
    SimOutcome setModeratorRole(const QJsonObject &request);
    SimOutcome toneDial(const QJsonObject &request);

    //! Invites one user; after the callee rule's delay they join or refuse.
    void inviteOne(const QString &callId);
    void admit(SimConference &conference, const QString &callId, const QString &peerDn);

    SimHost &m_host;
    SimCalls &m_calls;
    const SimRoster &m_roster;
};
