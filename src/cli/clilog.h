// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/history/historyrecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

//! roomdeckctl's `log`: the durable history (HistoryStore, the SQLite file RoomDeck and
//! roomdeck-agent write) of the room given with --room, read-only, without connecting to it.
//!
//! Which rooms match: the file keys rows by the address as RoomDeck showed it ("HOST:PORT",
//! "HOST:PORT (instance NAME)" or "ws://HOST:PORT") and the instance. `--room HOST` matches
//! every port and instance of HOST, `--room HOST:PORT` every instance on that port, and
//! `--instance NAME` (or an instance in the address) only that instance; `--ws` its URL.
//!
//! What is shown: the event log's lines (kinds connection, event, command, error, notice,
//! presence), the commands with their outcome (kind `command` too) and the calls (`call`), of
//! every matching room, merged by time: the newest `--limit` rows, printed oldest first.
namespace CliLog {

constexpr int kDefaultLimit = 200;
constexpr int kMaxLimit = 1000000;

//! The words --kind takes: the event log's kinds, then "call" (command names both the
//! event log's command lines and the commands table).
QStringList kindNames();

//! What the command line gave for log, before checking.
struct Arguments
{
    QString roomText; //!< --room as typed (empty with --ws)
    bool instanceGiven = false;
    QString historyFile;
    QString since;
    QString until;
    QStringList kinds; //!< each --kind, maybe comma lists
    QString search;
    QString limit;
};

//! Checks `args` into `options`; an error text (usage error) or empty.
QString parse(const Arguments &args, CliOptions *options);
//! `--since` / `--until`: an ISO 8601 date (its local midnight) or date-time (local unless it
//! names a zone), or `N` followed by s, m, h, d or w before `now`. Invalid when neither.
QDateTime parseTime(const QString &text, const QDateTime &now);
//! Whether `room`'s address typed on the command line names a port ("host" does not).
bool namesPort(const QString &room);
//! Whether the stored room `key` is one the options ask for.
bool matches(const History::RoomKey &key, const CliOptions &options);

//! One row as a JSON object with every field (times as ISO 8601 UTC and milliseconds).
QJsonObject json(const History::Row &row);
//! TIME, ROOM, KIND, TEXT cells of one row, escaped for a terminal (a line break shows as \x0A).
QStringList cells(const History::Row &row);

//! Reads the history: `output` gets the text (or JSON lines) to print, `error` the one-line
//! reason when the file is missing or unreadable (then CliExit::NoHistory).
CliExit run(const CliOptions &options, QString *output, QString *error);

//! The help lines of log.
QString helpText();

} // namespace CliLog
