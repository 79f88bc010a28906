// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class RoomController;
struct RoomMessage;

//! What the room's call is doing, for the views: ringing in or out (with whom), the current
//! conference (title, type, owner, start time) and the last refusal in words. Fed by the
//! controller's events (room-api.md §7.3, §7.4); rebuilt after every reconnect.
//!
//! Phases: Idle -> Outgoing (inviteSent) -> InConference (conferenceCreated) -> Ending (appState
//! 6) -> Idle; Idle -> Incoming (inviteReceived) -> InConference | Idle (rejectSent).
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)

public:
    enum class Phase { Idle, Outgoing, Incoming, InConference, Ending };
    Q_ENUM(Phase)

    explicit CallSession(QObject *parent = nullptr);

    void attach(RoomController *controller);

    Phase phase() const { return m_phase; }
    //! The other party while ringing (and of a P2P call).
    QString peerId() const { return m_peerId; }
    QString peerDn() const { return m_peerDn; }
    QString peerDisplay() const;
    //! Incoming: 0 video call, 1 symmetric, 2 asymmetric, 3 role-based (§9.7).
    int callType() const { return m_callType; }
    QString conferenceId() const { return m_confId; }
    QString conferenceTitle() const { return m_confTitle; }
    int conferenceType() const { return m_confType; }
    QString conferenceOwner() const { return m_owner; }
    QDateTime startedAt() const { return m_startedAt; }
    //! Seconds since the conference started (0 when none).
    qint64 durationSecs() const;
    QString lastRejectText() const { return m_lastReject; }

    //! Applies one room event (public for tests).
    void handleEvent(const RoomMessage &event);

Q_SIGNALS:
    //! Anything shown changed.
    void changed();
    //! A call or invitation is ringing in.
    void incomingCall(const QString &peerId, const QString &peerDn, int type, const QString &title);
    //! Our call was refused; `reason` is the cause in words.
    void callRejected(const QString &peerId, const QString &reason);
    void conferenceStarted();
    void conferenceEnded();

private:
    void setPhase(Phase phase);
    void resetCall();
    void fetchConference();

    QPointer<RoomController> m_controller;
    Phase m_phase = Phase::Idle;
    QString m_peerId;
    QString m_peerDn;
    int m_callType = 0;
    QString m_confId;
    QString m_confTitle;
    int m_confType = -1;
    QString m_owner;
    QDateTime m_startedAt;
    QString m_lastReject;
};
