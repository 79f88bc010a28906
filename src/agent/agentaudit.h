// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDateTime>
#include <QFile>
#include <QString>

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
    };

    AgentAudit() = default;
    //! Opens `path` for appending (created 0640); false and a readable *error when it cannot.
    //! An empty path writes to standard output.
    bool open(const QString &path, QString *error);
    QString path() const { return m_file.fileName(); }

    void record(const Entry &entry);
    quint64 recorded() const { return m_recorded; }
    //! Lines that could not be written (a full disk): the relay goes on, the log says so once.
    quint64 failures() const { return m_failures; }

    //! The JSON line of `entry` at `time` (without the newline).
    static QByteArray line(const Entry &entry, const QDateTime &time);

private:
    QFile m_file;
    quint64 m_recorded = 0;
    quint64 m_failures = 0;
};
