// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

//! Requests that have not ended yet: requestId -> deadline, in the order they were made.
//! A plain container (no timers): RequestQueue owns the one timer that watches deadlines.
class PendingRequests final
{
public:
    using Callback = std::function<void(const RequestOutcome &)>;

    struct Entry
    {
        quint64 id = 0;
        QString requestId;
        QString method;
        QByteArray frame; //!< serialized request, kept until sent
        QDeadlineTimer deadline;
        QElapsedTimer made; //!< started when the request was made: its outcome's latency
        int timeoutMs = 0;
        bool sent = false;
        bool internal = false; //!< made by the controller itself (handshake, startup burst)
        Callback callback;
        QPointer<QObject> context; //!< callback is dropped when the context is gone
        bool hasContext = false;
        //! A large reply's top-level array of this name is handed over unparsed
        //! (RequestOutcome::unparsedArray), to be read one element at a time.
        QString unparsedArray;
    };

    void add(Entry entry) { m_entries.append(std::move(entry)); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    bool contains(quint64 id) const;

    //! The entry whose wire requestId is `requestId`.
    std::optional<Entry> takeByRequestId(const QString &requestId);
    //! The oldest sent entry for `method` (fallback when a room does not echo requestId).
    std::optional<Entry> takeOldestSentByMethod(const QString &method);
    //! The one sent entry when exactly one is on the wire (an answer without requestId or
    //! method can then only be its answer); nullopt when none or several are.
    std::optional<Entry> takeOnlySent();
    std::optional<Entry> take(quint64 id);
    //! The pending entry `id` / the one whose wire requestId is `requestId` (nullptr if none).
    Entry *find(quint64 id);
    const Entry *findByRequestId(const QString &requestId) const;
    //! Every entry whose deadline has passed.
    QList<Entry> takeExpired();
    QList<Entry> takeAll();
    //! Entries not yet on the wire, oldest first (they stay pending).
    QList<Entry *> unsent();
    //! Milliseconds until the nearest deadline; -1 when nothing is pending.
    qint64 msecsToNextDeadline() const;

private:
    QList<Entry> m_entries;
};
