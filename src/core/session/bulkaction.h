// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/permissions/permissions.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class RoomSession;

//! One command sent to several rooms at once (the overview's bulk actions: hang up, mute the
//! microphones). Every room ends
//! in exactly one outcome — reply, error reply, timeout, disconnected, or refused locally
//! (not connected, nothing to do, the session went away) — each is written to that room's
//! event log, and the caller hears once, when the last room has answered.
class BulkAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAction)

public:
    //! What one room did with the command.
    struct Result
    {
        QPointer<RoomSession> session; //!< null when the session was deleted meanwhile
        RequestOutcome outcome;
        bool ok() const { return outcome.ok(); }
    };
    //! The results in the order of the sessions given.
    using Callback = std::function<void(const QList<Result> &results)>;

    //! Ends the call in each of `sessions` (RoomController::hangUp). `callback` runs once, from
    //! the event loop (never inside this call), unless a given `context` is gone by then. A room
    //! with no call to end is refused locally and never asked. Returns the running action (it
    //! deletes itself after the callback).
    static BulkAction *hangUp(const QList<RoomSession *> &sessions, QObject *context,
                              Callback callback);
    //! Mutes the microphone in each of `sessions` (DeviceState::setMuted), the same way: a room
    //! that is not signed in, or whose connection may not change devices, is refused locally.
    static BulkAction *muteMicrophones(const QList<RoomSession *> &sessions, QObject *context,
                                       Callback callback);

    int pendingCount() const { return m_pending; }

private:
    //! Sends one request per room with `send` (returns its handle; 0 = refused, the outcome
    //! then arrives through the controller's requestFinished as for any other).
    using Sender = std::function<quint64(RoomSession *session)>;

    BulkAction(QObject *context, Callback callback, QString method, QString what);
    void start(const QList<RoomSession *> &sessions, Permissions::Capability needed,
               const QString &notNeeded, const Sender &send);
    void finishOne(int index, RequestOutcome outcome);
    void refuse(int index, const QString &reason);

    QString m_method; //!< the wire method, for outcomes made here
    QString m_what; //!< what each room's event log says was done
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    QList<Result> m_results;
    QList<bool> m_done;
    QList<quint64> m_handles;
    int m_pending = 0;
    bool m_finished = false;
};
