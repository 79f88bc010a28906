// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historyrecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

//! What HistoryStore does on one Qt SQL connection (one per thread): opening with the pragmas,
//! the schema and its migrations, reads, writes and retention. Nothing here keeps state
//! between calls, so the writer's and the reader's connections share it.
namespace HistoryDb {

//! The schema version this build writes (PRAGMA user_version).
int latestVersion();

//! Why an operation failed, from SQLite's result code.
enum class Fault {
    None,
    Busy, //!< another program holds a lock (SQLITE_BUSY / SQLITE_LOCKED)
    Full, //!< the disk, or the database's size limit, is full (SQLITE_FULL)
    Corrupt, //!< not a database, or a damaged one (SQLITE_CORRUPT / SQLITE_NOTADB)
    CannotWrite, //!< cannot open or write the file (CANTOPEN, READONLY, IOERR, PERM)
    TooNew, //!< made by a newer RoomDeck (a schema version this build does not know)
    Other,
};

struct Result
{
    Fault fault = Fault::None;
    QString detail; //!< SQLite's message, for the log

    bool ok() const { return fault == Fault::None; }
};

Fault faultOf(const QSqlError &error);
Result resultOf(const QSqlError &error);

//! Opens `path` on a new connection named `name`: foreign keys on, busy timeout `busyMs`,
//! `maxPageCount` (> 0: a size limit, for tests) and, when `migrate`, WAL mode and the schema
//! brought up to latestVersion(). The connection stays registered even when this fails
//! (remove it with QSqlDatabase::removeDatabase).
Result open(const QString &name, const QString &path, int busyMs, qint64 maxPageCount,
            bool migrate);
//! Closes and unregisters the connection.
void close(const QString &name);

//! True when the database has the FTS5 tables (SQLite had FTS5 when the schema was made).
bool hasFullText(const QSqlDatabase &db);

//! Writes `records` in one transaction (rolled back as a whole on failure). `roomIds` caches
//! the rooms table's ids between calls; it is cleared on failure.
Result write(const QSqlDatabase &db, const QList<History::Record> &records,
             QHash<QString, qint64> *roomIds);

//! Rows of `filter`, oldest first, `limit` rows from `offset`.
QList<History::Row> query(const QSqlDatabase &db, const History::Filter &filter, qint64 offset,
                          int limit, Result *result = nullptr);
//! Calls `f` with every row of `filter`, oldest first, until it returns false.
Result forEachRow(const QSqlDatabase &db, const History::Filter &filter,
                  const std::function<bool(const History::Row &)> &f);
qint64 count(const QSqlDatabase &db, const History::Filter &filter, Result *result = nullptr);

//! Deletes rows older than `maxAgeDays` (when > 0), then the oldest rows until the database
//! uses at most `maxBytes` (when > 0), and gives the freed pages back to the file system.
//! Returns the rows deleted through `deleted`.
Result trim(const QSqlDatabase &db, int maxAgeDays, qint64 maxBytes, qint64 nowMs,
            qint64 *deleted = nullptr);
//! Bytes the database's pages hold (freed pages excluded).
qint64 usedBytes(const QSqlDatabase &db);

} // namespace HistoryDb
