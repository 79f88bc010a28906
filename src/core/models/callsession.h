// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class RoomController;
struct RoomMessage;

//! CallSession::createConference()'s options; the newer rooms' ones are sent only when set.
struct ConferenceOptions
{
    bool autoAccept = true; //!< invitees join without being asked again
    std::optional<bool> waitingRoom;
    std::optional<bool> muteCamerasOnJoin;
    std::optional<bool> muteMicrophonesOnJoin;
};

//! What the room's call is doing, for the views: ringing in or out (with whom), the current
//! conference (title, type, owner, start time) and the last refusal in words. Fed by the
//! controller's events (room-api.md §7.3, §7.4); rebuilt after every reconnect.
//!
//! Phases: Idle -> Outgoing (inviteSent) -> InConference (conferenceCreated) -> Ending (appState
//! 6) -> Idle; Idle -> Incoming (inviteReceived) -> InConference | Idle (rejectSent).
//! A rejectReceived while InConference is an invitee declining: callRejected(), the call goes on.
//!
//! A call is never shown when it may not be there. While the connection is not live (lost,
//! reconnecting, signed out by the room) a call that was in progress becomes Unknown: its last
//! known details stay readable, its duration stops, and nothing the room sends before the
//! resync completes (the startup burst's appState among it) can quietly end it. After the
//! resync (startupCompleted) the room's state decides:
//!
//!   Unknown -> InConference   the room is still in a call (getConferences refreshes it)
//!   Unknown -> Outgoing/Incoming  the room still rings (appState 4) as it did before
//!   Unknown -> Idle           the room is idle: callLost(call, reason) says it ended meanwhile
//!   any     -> Idle           Disconnected (the operator closed the session)
//!
//! A call that ends because the room lost its TrueConf server (appState 0/1/2 straight from
//! 4 or 5, not through 6) also emits callLost().
class CallSession final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)

public:
    enum class Phase { Idle, Outgoing, Incoming, InConference, Ending, Unknown };
    Q_ENUM(Phase)

    //! Whether the room can take a call now, as far as this console knows.
    enum class Readiness {
        NotConnected, //!< no live connection to the room (disconnected, connecting, reconnecting)
        SignedOut, //!< connected, but the room wants a new sign-in
        NoServer, //!< the room is not connected to a TrueConf server (appState 0)
        ConnectingServer, //!< appState 1
        NotLoggedIn, //!< appState 2
        Ready, //!< appState 3: free for a call
        Busy, //!< ringing or in a call (appState 4-6)
        Unknown, //!< signed in, app state not reported yet
    };
    Q_ENUM(Readiness)

    explicit CallSession(QObject *parent = nullptr);

    //! Starts a group conference owned by the room (room-api.md §7.4): `type` Symmetric,
    //! Asymmetric or RoleBased, `invitees` TrueConf IDs (the room itself is never listed: it
    //! joins as the owner). Ends in exactly one outcome given to `done`: the reply (the
    //! conference then starts: conferenceStarted()), an error, or a local refusal (no title, a
    //! P2P type, an invalid id, not connected) from the event loop with handle 0.
    quint64 createConference(const QString &title, Room::ConferenceType type,
                             const QStringList &invitees, const ConferenceOptions &options = {},
                             QObject *context = nullptr, PendingRequests::Callback done = {});

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override { handleEvent(event); }
    void resyncAfterSignIn() override { onResynced(); }
    void connectionStateChanged(RoomController::ConnectionState state) override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;

    Phase phase() const { return m_phase; }
    Readiness readiness() const;
    //! Why the room cannot take a call now, in words; empty when it can (Ready).
    static QString readinessText(Readiness readiness);
    //! Who or what the call is with, as the operator knows it ("Carol (carol@…)", "“Weekly”");
    //! empty when idle.
    QString callDescription() const;
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
    //! Seconds since the conference started (0 when none, and while the state is Unknown).
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
    //! A call ended without this console seeing it end (while the connection was lost, or
    //! with the room's server connection): `call` as callDescription() gave it, `reason` a
    //! sentence.
    void callLost(const QString &call, const QString &reason);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    void setPhase(Phase phase);
    void resetCall();
    void fetchConference();
    void onResynced();
    void onAppState(int previous);
    void reportLost(const QString &call, const QString &reason);

    Phase m_phase = Phase::Idle;
    Phase m_phaseBeforeLoss = Phase::Idle; //!< Unknown only: the phase when it stopped being live
    int m_appState = -1; //!< the room's app state as last seen, for server-loss detection
    //! A call its own event just ended, until the app state that follows it arrives (the
    //! room may report a server loss after conferenceDeleted).
    QString m_endedCall;
    bool m_lostReported = false; //!< callLost() already went out for this end
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
