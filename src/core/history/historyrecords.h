// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

//! The value types of the durable history (HistoryStore): what is recorded, how it is asked
//! for, and what comes back. Texts arrive already redacted and bounded: the store writes what
//! it is given.
namespace History {

//! The three tables.
enum class Table { Events, Commands, Calls };

//! Which room a row belongs to: the address (RoomAddress::keyText(), the same in every
//! language) and its instance; the room's TrueConf ID when known (kept up to date, never
//! cleared).
struct RoomKey
{
    QString address;
    QString instance;
    QString trueConfId;
};

//! One event-log line: kind is a stable English word ("event", "command", "error", ...).
struct EventRecord
{
    qint64 timeMs = 0; //!< UTC milliseconds since the epoch
    RoomKey room;
    QString kind;
    QString name; //!< the event or method name, if any
    QString text;
    QByteArray detail; //!< optional JSON (redacted), empty when none
};

//! One command and how it ended.
struct CommandRecord
{
    qint64 timeMs = 0;
    RoomKey room;
    QString user; //!< the local user who ran RoomDeck
    QString method;
    QString outcome; //!< "reply", "error", "timeout", "disconnected", "refused"
    QString errorText;
    qint64 latencyMs = -1;
};

//! One call. `key` identifies it across re-reads of the room's call history (a second
//! record with the same room and key is ignored); empty means always a new row.
struct CallRecord
{
    qint64 timeMs = 0;
    RoomKey room;
    QString peerId;
    QString displayName;
    QString direction; //!< "incoming", "outgoing", "missed"
    QString result;
    qint64 durationSecs = 0;
    QString key;
};

using Record = std::variant<EventRecord, CommandRecord, CallRecord>;

//! What to read. Every member left empty matches everything.
struct Filter
{
    Table table = Table::Events;
    QString room; //!< RoomKey::address
    QString instance; //!< with `room`: only that instance
    //! Events: kinds; commands: outcomes; calls: directions.
    QStringList kinds;
    QDateTime since; //!< inclusive
    QDateTime until; //!< exclusive
    //! Words that must all occur (as words or word prefixes): events' name and text,
    //! commands' method and error, calls' peer and name.
    QString text;
};

//! A row read back: the members of its table are filled, the others stay empty.
struct Row
{
    qint64 id = 0;
    Table table = Table::Events;
    qint64 timeMs = 0;
    QString room;
    QString instance;
    QString trueConfId;
    // events
    QString kind;
    QString name;
    QString text;
    QByteArray detail;
    // commands
    QString user;
    QString method;
    QString outcome;
    QString errorText;
    qint64 latencyMs = -1;
    // calls
    QString peerId;
    QString displayName;
    QString direction;
    QString result;
    qint64 durationSecs = 0;

    QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC); }
};

//! The user name RoomDeck runs as ($USER, else the password database; "?" when neither).
QString localUserName();

//! One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a cell that
//! starts with = + - @ (or a tab or carriage return) is prefixed with ' so that a spreadsheet
//! does not take it for a formula.
QString csvCell(const QString &value);
//! The header line of `table`'s CSV (CRLF-terminated).
QByteArray csvHeader(Table table);
//! One row as a CSV line (CRLF-terminated), times in ISO 8601 UTC.
QByteArray csvLine(const Row &row);

} // namespace History
