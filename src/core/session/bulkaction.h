// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class RoomSession;

//! One command sent to several rooms at once (the overview's bulk actions). Every room ends
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

    int pendingCount() const { return m_pending; }

private:
    BulkAction(QObject *context, Callback callback);
    void startHangUp(const QList<RoomSession *> &sessions);
    void finishOne(int index, RequestOutcome outcome);
    void refuse(int index, const QString &reason);

    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    QList<Result> m_results;
    QList<bool> m_done;
    QList<quint64> m_handles;
    int m_pending = 0;
    bool m_finished = false;
};
