// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

//! Far-end camera control in a conference (room-api.md §11): participants ask to control the
//! room's camera, the room asks to control theirs. A callId is the participant's peerId as the
//! participant list has it.
//!
//! The room's own request: requestParticipantCameraControl{callId} -> reply, then
//! requestCameraControlSent{callId}; the simulated participant always agrees, after
//! Options::answerDelayMs (0: at once, right after the reply), with
//! outgoingRequestCameraControlAccepted{callId}; from then on getRemotelyControlledCameras
//! lists it and remotelyControlledCameraPtz*{cameraOwnerCallId} move its camera (one step per
//! command; counted, nothing to see). A participant asking (the scenario action
//! "cameraControlRequest", RoomSimulator::simulateCameraControlRequest) sends
//! requestCameraControlReceived{callId}; acceptRequestCameraControl / rejectRequestCameraControl
//! answer it with incomingRequestCameraControlAccepted / ...Rejected{callId}. When a participant
//! leaves, or the conference ends, what concerned it goes: a camera this room controlled with
//! remotelyControlledCameraNotAvailableAnymore{callId}.
//!
//! Refusals (§10): outside a conference -> "Invalid state"; callId missing or not a
//! participant, or answering a request nobody made -> "Invalid parameters"; asking again while
//! a request is pending or granted, or moving a camera not controlled -> "Invalid state".
class SimCameraControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimCameraControl)

public:
    //! The participant list's peerId (an InstanceId) of another participant that `peerId`
    //! names (the InstanceId itself or the user's TrueConf ID); empty when none.
    using ResolveParticipant = std::function<QString(const QString &peerId)>;

    SimCameraControl(SimHost &host, ResolveParticipant resolve, int answerDelayMs,
                     QObject *parent = nullptr);

    SimCommandTable commands();

    //! A participant asks to control the room's camera; false when not possible now.
    bool participantAsks(const QString &peerId);
    //! A participant left: its requests and camera go.
    void participantLeft(const QString &peerId);
    //! The conference is over: everything goes (with events while `withEvents`).
    void conferenceOver(bool withEvents);
    //! remotelyControlledCameraPtz* commands received for `callId`.
    int remoteMoves(const QString &callId) const { return m_moves.value(callId); }

private:
    SimOutcome request(const QJsonObject &request);
    SimOutcome answer(const QJsonObject &request, bool accept);
    SimOutcome moveRemote(const QJsonObject &request);
    static SimOutcome list(const QStringList &ids);
    bool inConference() const;

    SimHost &m_host;
    ResolveParticipant m_resolve;
    int m_answerDelayMs = 0;
    QStringList m_incoming; //!< they asked for the room's camera
    QStringList m_outgoing; //!< the room asked for theirs
    QStringList m_controlled; //!< the room controls theirs
    QStringList m_controllers; //!< they control the room's camera
    QHash<QString, int> m_moves;
    quint64 m_generation = 0; //!< bumped when a conference ends: stale answers are dropped
};
