// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class RoomController;
struct RoomMessage;

//! Participants of the room's current call or conference, with mic/video state and role
//! (room-api.md §7.4). Refreshed with getConferenceParticipants on entering a conference and
//! after membership events; device and role events update single rows.
//!
//! People in the conference's waiting room are rows too, flagged `waiting` (the participant
//! object's isInWaitingRoom, and participantPresenceInWaitingRoomChanged {peerId, peerDn,
//! inWaitingRoom} — its shape is unpublished: see SimWaitingRoom). Somebody leaving the
//! waiting room leaves the list; when admitted, newParticipantInConference brings them back
//! as a participant. The moderator flag comes from `leaderType` 2 (values unpublished; the
//! emulator's choice: 1 owner, 2 moderator) and from setModeratorRole succeeding.
class ParticipantListModel final : public QAbstractListModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantListModel)

public:
    struct Participant
    {
        QString peerId; //!< InstanceId
        QString peerDn;
        int mic = -1; //!< Room::MediaState; -1 unknown (just joined)
        int video = -1;
        int role = 0; //!< Room::ParticipantRole
        bool broadcast = false;
        bool slideShow = false;
        int leaderType = 0; //!< 1 owner, 2 moderator (emulator's reading; unpublished)
        bool waiting = false; //!< in the waiting room, not admitted yet
        bool recordingMe = false; //!< records the room (with its permission)

        bool isModerator() const { return leaderType == 2; }

        static Participant fromJson(const QJsonObject &o);
    };

    enum Roles {
        PeerIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        MicRole, //!< int
        VideoRole, //!< int
        RoleRole, //!< int
        RoleTextRole, //!< QString
        BroadcastRole, //!< bool
        MicTextRole, //!< QString
        VideoTextRole, //!< QString
        ModeratorRole, //!< bool
        WaitingRole, //!< bool: in the waiting room
        RecordingRole, //!< bool: records the room
    };

    explicit ParticipantListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Participant &participant(int row) const { return m_rows.at(row); }
    int rowOf(const QString &peerId) const;
    QString confId() const { return m_confId; }

    void setParticipants(const QString &confId, const QJsonArray &participants);
    void addParticipant(const QString &peerId, const QString &peerDn);
    void removeParticipant(const QString &peerId);
    void updateDevices(const QString &peerId, int mic, int video);
    void updateRole(const QString &peerId, int role, bool broadcast);
    void setModerator(const QString &peerId, bool moderator);
    void setRecording(const QString &peerId, bool recording);
    //! Somebody arrived in (`waiting`) or left the waiting room.
    void setWaiting(const QString &peerId, const QString &peerDn, bool waiting);
    //! The rows flagged waiting.
    QList<Participant> waitingRows() const;
    void clear();

    void refresh();

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override { onEvent(event); }
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override { clear(); }
    void appStateChanged(Room::AppState previous, Room::AppState current) override;

Q_SIGNALS:
    //! A participant joined (after the model added it).
    void participantJoined(const QString &peerId, const QString &peerDn);
    //! A participant left (before the model removed it).
    void participantLeft(const QString &peerId, const QString &peerDn);
    //! Somebody arrived in or left the waiting room (or the list was read again).
    void waitingChanged();

private:
    void onEvent(const RoomMessage &event);
    void rebuildIndex();

    QList<Participant> m_rows;
    QHash<QString, int> m_rowById; //!< lower-cased peerId -> row
    QHash<QString, int> m_rowByUser; //!< Contact::key (no instance) -> first row of that user
    QString m_confId;
};
