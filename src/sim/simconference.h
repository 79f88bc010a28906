// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

//! One participant of a conference (room-api.md §7.3, getConferenceParticipants).
struct SimParticipant
{
    QString peerId; //!< InstanceId
    QString peerDn;
    int mic = 2;
    int video = 2;
    int role = 1;
    bool broadcast = false;
    bool self = false;
    bool owner = false;
    bool moderator = false;
    bool waiting = false; //!< in the waiting room, not admitted yet (SimWaitingRoom)
    bool recordingMe = false; //!< records the room, with its permission (SimRecording)
};

//! A call or conference the room takes part in: P2P calls are conferences of type 0.
struct SimConference
{
    QString confId;
    QString title;
    int type = 0; //!< 0 P2P, 1 symmetric, 2 asymmetric, 3 role-based
    QString owner;
    bool ownedByUs = false;
    bool autoAccept = false;
    bool waitingRoom = false; //!< newcomers wait until admitted (SimWaitingRoom)
    bool muteMicOnJoin = false; //!< createConference's muteMicOnJoin: newcomers' mic off (1)
    bool muteCamOnJoin = false; //!< createConference's muteCamOnJoin: newcomers' camera off
    QString direction; //!< P2P: "outgoing" / "incoming"
    QString peerId; //!< P2P: the other side
    QString peerDn;
    qint64 start = 0;
    QList<SimParticipant> participants;
    QList<QPair<QString, QString>> joinRequests; //!< CallId, display name
    int historyIndex = -1;
};

//! Who is who in the room's conferences: the forms of an id (§6), the people the simulated
//! server puts into a conference and the participant objects of the API. Stateless apart
//! from the room it asks for names and its own devices.
class SimRoster final
{
public:
    explicit SimRoster(SimHost &host);

    //! A PeerId, CallId or InstanceId: somebody who can be called or invited.
    static bool isUserId(const QString &peerId);
    //! A stable InstanceId for a CallId (an InstanceId stays as it is).
    QString instanceOf(const QString &callId) const;
    //! The CallId of any user id form (unchanged when it is not one).
    QString callIdOf(const QString &peerId) const;

    //! A participant as the server reports one; `peerDn` empty: the directory's name.
    SimParticipant participant(const QString &callId, const QString &peerDn, bool self) const;
    //! Adds `count` other people already in a conference the room joins: the same
    //! conference, the same people.
    void seed(SimConference *conference, int count) const;
    //! By InstanceId exactly, else by user; nullptr when absent.
    SimParticipant *find(SimConference &conference, const QString &peerId) const;
    QJsonObject toJson(const SimParticipant &p) const;
    QString joinUrl(const QString &confId) const;

private:
    SimHost &m_host;
};
