// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QObject>
#include <QStringList>

class RoomDataContainer;

//! The room's call policy, stored IN THE ROOM (data container kContainer, see
//! RoomDataContainer: `{"doNotDisturb":bool, "autoAnswer":[ids]}`) so that every console and
//! the agent apply the same one:
//!
//!   inviteReceived, do not disturb on      reject; the event log says whose call was declined
//!                                          and why; callDeclined()
//!   inviteReceived from an allow-listed id accept at once; logged; callAutoAnswered()
//!   rejectReceived cause 12 / 13 for a     passwordRequired(conference, wrong): the views ask
//!   `\c\conference` call                   for the password and call again with it
//!
//! One console answers: a room has at most one connection per mode (room-api.md §3.6), so the
//! Administrator connection answers at once and a User connection stands in after kStandInMs
//! only if the call is still ringing then (no Administrator console holds the room, or it is
//! an older RoomDeck). Should both still answer (an Administrator slower than kStandInMs), the
//! late one's "Invalid state" is the call already handled, not a failure, and is not shown (a
//! diagnostic line only).
//! The policy applies only once it has been read from the room (never a guessed default).
//!
//! Verbs end in exactly one outcome given to `done` and, when it is a failure, to failed().
class CallPolicy final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPolicy)

public:
    static const QString kContainer;
    static constexpr int kMaxAutoAnswer = 50;
    //! How long a User connection leaves a ringing call to an Administrator console.
    static constexpr int kStandInMs = 1500;

    explicit CallPolicy(QObject *parent = nullptr);
    ~CallPolicy() override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void forgetRoom() override;

    //! True once the policy has been read from the room.
    bool isKnown() const;
    bool doNotDisturb() const { return m_dnd; }
    QStringList autoAnswerIds() const { return m_autoAnswer; }
    bool isAutoAnswered(const QString &peerId) const;
    //! Why the policy cannot be read or changed; empty when it can.
    QString problem() const;

    quint64 setDoNotDisturb(bool on, QObject *context = nullptr,
                            PendingRequests::Callback done = {});
    //! Replaces the allow-list (ids validated, repeats dropped, at most kMaxAutoAnswer).
    quint64 setAutoAnswerIds(const QStringList &ids, QObject *context = nullptr,
                             PendingRequests::Callback done = {});
    //! Replaces an unreadable policy with the default (everything off).
    quint64 clearUnreadable(QObject *context = nullptr, PendingRequests::Callback done = {});

Q_SIGNALS:
    //! doNotDisturb(), autoAnswerIds(), isKnown() or problem() changed.
    void changed();
    //! An incoming call was declined because do not disturb is on.
    void callDeclined(const QString &peerId, const QString &who);
    //! An incoming call from the allow-list was answered.
    void callAutoAnswered(const QString &peerId, const QString &who);
    //! The conference `conference` (`\c\NAME`) wants a password; `wrong`: the one given was
    //! wrong (cause 13), else none was given (cause 12).
    void passwordRequired(const QString &conference, bool wrong);
    //! A verb failed, in words.
    void failed(const QString &text);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    void applyPayload();
    void onInvite(const RoomMessage &event);
    void answer(bool accept, const QString &peerId, const QString &who);
    quint64 change(const QString &what, bool dnd, const QStringList &ids, QObject *context,
                   PendingRequests::Callback done);

    RoomDataContainer *m_container = nullptr;
    bool m_dnd = false;
    quint64 m_invites = 0; //!< inviteReceived so far: a stand-in answers only its own call
    QStringList m_autoAnswer;
};
