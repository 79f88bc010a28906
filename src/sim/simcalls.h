// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simcallhistory.h"
#include "simconference.h"
#include "simhost.h"
#include "simrules.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class SimScheduler;

//! Calls and the lifetime of conferences in the simulated room (room-api.md §5.2, §7.3,
//! §7.4, §7.11 history): outgoing calls decided by SimRules, incoming calls and invitations,
//! entering and leaving conferences. What happens inside a conference belongs to the other
//! call parts, which work on the conference this class holds: SimModeration (own
//! conferences, invitations, join requests, participants, moderation, DTMF), SimPodium and
//! SimChat. Every call made against the emulator lands in the call history.
//!
//! appState transitions and events, in emulator order (each after the command's reply):
//!   3 call             -> inviteSent | inviteRequestSent, appState 4; then after the rule's
//!                         delay conferenceCreated, appState 5 | rejectReceived, appState 3
//!   3 incoming call    -> inviteReceived, appState 4 (autoAccept: conferenceCreated, 5)
//!   4 accept           -> conferenceCreated, appState 5
//!   4 reject / hangUp  -> rejectSent (incoming) | stopCalling side 0 (outgoing), appState 3
//!   4 caller gives up  -> stopCalling side 1, appState 3 (history: missed)
//!   3 createConference -> conferenceCreated, appState 5; invitees join later
//!                         (newParticipantInConference) or refuse (rejectReceived)
//!   5 hangUp / remote  -> appState 6; after a moment [conferenceDeleted], appState 3
//! conferenceDeleted comes for P2P calls, hangUp forAll, and when the other side ends it.
//! Emulator choices for unpublished values: stopCalling.side 0 = stopped here, 1 = by the
//! other side; participant leaderType 0 = none, 1 = owner, 2 = moderator; confState 1 =
//! running; roleEventOccured type 0, result true.
class SimCalls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimCalls)

public:
    struct Timing
    {
        int serverDelayMs = 150; //!< refusals "at once", conference joins
        int ringDelayMs = 1500; //!< until a callee answers or declines
        int ringTimeoutMs = 20000; //!< until an unanswered call gives up
        int closeDelayMs = 100; //!< appState 6 -> 3
    };

    SimCalls(SimHost &host, const Timing &timing, const QString &conferencePin,
             QObject *parent = nullptr);
    ~SimCalls() override;

    SimCommandTable commands();
    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }
    //! `\\c\\name` (any case) needs `pin` from now on: cause 12 without one, 13 with another;
    //! an empty pin lifts the protection. Checked before the built-in conference rules.
    void protectConference(const QString &name, const QString &pin);
    //! Extra callee rule checked before the built-in ones (user part prefix).
    void setCalleeRule(const QString &userPrefix, const SimRules::Outcome &outcome);
    //! Where `\c\ID` finds scheduled meetings: their topic titles the conference, and a
    //! stopped one is refused (cause 17).
    void setScheduler(const SimScheduler *scheduler) { m_scheduler = scheduler; }

    // Control API (see RoomSimulator). Each returns false when the room's state does not
    // allow it, and then changes nothing.
    bool incomingCall(const QString &peerId, const QString &peerDn, int type,
                      const QString &confTitle);
    bool cancelIncomingCall();
    bool remoteHangUp();

    //! Ends whatever runs (logout, server lost); with events, but appState is the caller's.
    void drop(bool withEvents);
    //! Forgets everything silently (a test forced appState; the room restarted).
    void reset();

    bool inConference() const { return m_phase == Phase::InConference; }
    QString conferenceId() const;
    //! getConferenceParticipants `participants`.
    QJsonArray participantsJson() const;
    //! True when `peerId` is an InstanceId or CallId of a participant (HTTP /frames/).
    bool hasParticipant(const QString &peerId) const;
    SimCallHistory &history() { return m_history; }

    // For the parts that work inside a conference.
    const SimRoster &roster() const { return m_roster; }
    //! The running conference; nullptr outside one (and while it closes).
    SimConference *conference() { return inConference() ? &m_conf : nullptr; }
    //! No call and no conference, not even one closing.
    bool isIdle() const { return m_phase == Phase::Idle; }
    bool isGroup() const { return m_phase == Phase::InConference && m_conf.type != 0; }
    //! In a group conference the room owns or moderates.
    bool mayModerate() const;
    //! Bumps whenever the call or conference changes hands: delayed steps compare it.
    quint64 generation() const { return m_generation; }
    SimRules::Outcome calleeOutcome(const QString &callId) const;
    int delayFor(SimRules::Outcome::When when) const;
    QString newConferenceId();
    //! Enters `conference`: history, conferenceCreated, appState 5.
    void startConference(SimConference conference, const QString &outgoingPeerId);
    //! Leaves the running conference: appState 6, then 3 (conferenceDeleted when `deleted`).
    void endConference(bool deleted);

private:
    enum class Phase { Idle, Outgoing, Incoming, InConference, Closing };

    struct Pending
    {
        QString peerId;
        QString peerDn;
        QString confId;
        QString confTitle;
        QString owner;
        int confType = 0;
        bool joinRequest = false; //!< outgoing: inviteRequestSent to a running conference
        bool conferenceCall = false; //!< outgoing: \c\NAME
        SimRules::Outcome outcome;
    };

    // Commands
    SimOutcome call(const QJsonObject &request);
    SimOutcome accept();
    SimOutcome reject();
    SimOutcome hangUp(const QJsonObject &request);
    SimOutcome getConferences() const;

    // Steps
    void resolveOutgoing();
    //! A call to `\c\name` that names a scheduled meeting takes the meeting's title.
    void applySchedule(const QString &name);
    void missIncoming();
    void acceptIncoming();
    void finishClosing(bool deleted);
    void recordPending(SimCallHistory::Type type, qint64 duration);

    void later(int msecs, quint64 generation, void (SimCalls::*step)());
    bool forcedWait() const;

    SimHost &m_host;
    SimRoster m_roster;
    Timing m_timing;
    QString m_conferencePin;
    QHash<QString, QString> m_protected; //!< conference name (lower case) -> its pin
    QList<QPair<QString, SimRules::Outcome>> m_customRules;
    const SimScheduler *m_scheduler = nullptr;
    Phase m_phase = Phase::Idle;
    Pending m_pending;
    SimConference m_conf;
    SimCallHistory m_history;
    quint64 m_generation = 0; //!< bumps whenever the call or conference changes hands
    quint32 m_nextConf = 0x31a;
};
