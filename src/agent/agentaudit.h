// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historyrecords.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QString>

class HistoryStore;

//! The relay's audit log: one JSON line per command a client sent through the agent (and per
//! sign-in), appended and flushed as it ends:
//!
//!   {"time":"2026-12-05T18:30:00.123Z","operator":"alice","room":"Board room",
//!    "method":"setMicMute","outcome":"reply"}
//!
//! `outcome` is "reply", "error", "timeout", "disconnected", "refused" (by the agent or by the
//! core before sending), "signed in" or "sign-in refused"; `error` holds the reason when there
//! is one. Parameters are never written: they may carry passwords. Without a file the lines go
//! to standard output (the journal, under systemd).
//!
//! With a HistoryStore (setHistory) every entry is also a row of the history's commands table
//! (who: the operator; the room's key as RoomHistoryRecorder writes it; method, outcome, error,
//! latency), readable with `roomdeckctl log --history-file FILE --room ADDRESS --kind command`.
//! The store queues and writes off this thread; a locked, damaged or full database pauses it
//! (RoomAgent logs that) and never holds up the relay.
class AgentAudit final
{
    Q_DISABLE_COPY_MOVE(AgentAudit)

public:
    struct Entry
    {
        QString operatorName; //!< empty: not signed in (a refused sign-in)
        QString room;
        QString method;
        QString outcome;
        QString error;
        History::RoomKey roomKey {}; //!< empty address: `room` stands for it in the history
        qint64 latencyMs = -1; //!< a relayed command's round trip; -1 when none
    };

    AgentAudit() = default;
    //! Opens `path` for appending (created 0640); false and a readable *error when it cannot.
    //! An empty path writes to standard output.
    bool open(const QString &path, QString *error);
    QString path() const { return m_file.fileName(); }
    //! Also records every entry in `history` (nullptr: no more).
    void setHistory(HistoryStore *history);

    void record(const Entry &entry);
    quint64 recorded() const { return m_recorded; }
    //! Lines that could not be written (a full disk): the relay goes on, the log says so once.
    quint64 failures() const { return m_failures; }

    //! The JSON line of `entry` at `time` (without the newline).
    static QByteArray line(const Entry &entry, const QDateTime &time);

private:
    QFile m_file;
    QPointer<HistoryStore> m_history;
    quint64 m_recorded = 0;
    quint64 m_failures = 0;
};
