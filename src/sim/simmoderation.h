// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simconference.h"
#include "simhost.h"
#include "simrecording.h"
#include "simwaitingroom.h"

#include <QObject>
#include <QString>

class SimCalls;
class SimDevices;

//! What happens to the people of a group conference (room-api.md §7.4): the room's own
//! conferences (createConference with invitations), invitations answered after the callee
//! rules of SimRules, join requests (requestInviteReceived, acceptPeer/rejectPeer,
//! autoAccept), participants joining and leaving, and moderation: kickPeer, remote
//! microphones and cameras, moderator role; plus DTMF (toneDial) in any call. Works on the
//! conference SimCalls holds. It holds the waiting room and the recording requests too, and
//! plays the other side of moderation: the owner of somebody else's conference switching
//! the room's microphone or camera (micStateChangedByConferenceOwner /
//! cameraStateChangedByConferenceOwner {mute, confId}, then the room's own mute event) or
//! making the room a moderator.
//!
//! Who may moderate: the owner (a conference the room created) and a moderator (the room
//! made one by the owner); everybody else gets Invalid state (§10 n: a valid command the
//! room cannot carry out now). setModeratorRole is the owner's alone. An id that names
//! nobody in the conference is Invalid parameters (§10 e). Join requests reach the owner
//! and moderators.
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
    //! The owner of the conference the room is in makes the room a moderator (or not).
    bool roomMadeModerator(bool moderator);
    //! The owner of the conference switches the room's microphone or camera.
    bool ownerMutesRoom(bool camera, bool mute);
    //! A contact's avatar changed (updateAvatar {peerId}).
    bool avatarChanged(const QString &peerId);

    SimWaitingRoom &waitingRoom() { return m_waitingRoom; }
    SimRecording &recording() { return m_recording; }
    //! The room's own devices, which the owner's actions switch.
    void setOwnDevices(SimDevices *devices) { m_devices = devices; }

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
    SimWaitingRoom m_waitingRoom;
    SimRecording m_recording;
    SimDevices *m_devices = nullptr;
};
