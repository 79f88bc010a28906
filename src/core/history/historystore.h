// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historyrecords.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

class HistoryWriter;
struct HistoryShared;

//! The durable history of every room (issue #18): one SQLite file (WAL mode, schema version
//! and migrations) holding the rooms' event-log lines, commands with their outcome and calls.
//!
//! Writes: append() from any thread puts a record on a bounded queue (the oldest are dropped
//! and counted when the disk cannot keep up); a writer on its own QThread, with its own
//! connection, writes the queue in one transaction per batch (every batchIntervalMs, or at
//! once when batchRows are waiting). Reads (query, count, exportCsv) are synchronous on a
//! second connection of the thread that made the store: indexed and paged.
//!
//! Faults never stop the caller: a locked file, a full disk or an unwritable folder pause the
//! history (state() Paused, statusText() says why, statusChanged()) while records keep
//! queueing, and the writer retries every retryIntervalMs; a corrupt file or a file that is
//! no database is moved aside ("history.sqlite.corrupt-<time>"), a new one is started, and
//! statusText() says so while the state is Ok.
//!
//! Retention: rows older than maxAgeDays and, beyond maxMiB, the oldest rows go when the
//! database is opened and every retentionIntervalMs.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    enum class State { Ok, Paused };
    Q_ENUM(State)

    struct Options
    {
        QString path; //!< empty: defaultPath()
        int maxAgeDays = 90; //!< 0: no age limit
        qint64 maxMiB = 256; //!< 0: no size limit
        int batchIntervalMs = 250;
        int batchRows = 500;
        int queueCapacity = 20000;
        int retryIntervalMs = 5000;
        int retentionIntervalMs = 3600 * 1000;
        int busyTimeoutMs = 200; //!< how long the writer waits for another program's lock
        qint64 maxPageCount = 0; //!< > 0: SQLite's size limit in pages (tests force a full disk)
        //! Only reads (roomdeckctl log): no writer thread, no migration, no retention;
        //! append() is ignored. Paused when there is no history file (yet) or it cannot be read.
        bool readOnly = false;
    };

    //! Opens the database (on the writer's thread; returns when it is open or paused).
    explicit HistoryStore(const Options &options, QObject *parent = nullptr);
    //! Writes what is queued and closes.
    ~HistoryStore() override;

    //! The user's data folder + "/RoomDeck/history.sqlite" (shared by RoomDeck and roomdeckctl).
    static QString defaultPath();
    QString path() const { return m_path; }

    State state() const;
    //! Why the history is paused; when Ok, a notice (a damaged file moved aside) or empty.
    QString statusText() const;
    //! Records dropped because the queue was full (the disk could not keep up).
    qint64 droppedCount() const;
    //! Records waiting to be written.
    int queuedCount() const;
    //! Grows whenever rows were written or deleted: a reader that saw the same value has
    //! nothing new to read (the event log's history view asks it every second).
    qint64 changeCount() const;

    // --- writing: thread-safe -------------------------------------------------------------
    void append(History::EventRecord record);
    void append(History::CommandRecord record);
    void append(History::CallRecord record);
    //! Blocks until everything appended before the call is written, or a write failed (then
    //! the state is Paused). A barrier for tests and for quitting; not for the writer's thread.
    void flush();

    // --- retention --------------------------------------------------------------------------
    void setRetention(int maxAgeDays, qint64 maxMiB);
    //! Applies the retention now (blocking); returns the rows deleted.
    qint64 applyRetention();

    // --- reading: from the thread that made the store ---------------------------------------
    //! Rows of `filter`, oldest first: `limit` of them from `offset`.
    QList<History::Row> query(const History::Filter &filter, qint64 offset, int limit);
    qint64 count(const History::Filter &filter);
    //! Every room the file holds rows of, by address and instance (roomdeckctl log matches
    //! its --room against them).
    QList<History::RoomKey> rooms();
    //! Writes `filter`'s rows as CSV (a header line, then every row, read a page at a time).
    bool exportCsv(const History::Filter &filter, QIODevice *device, QString *error = nullptr);
    //! SQLite's FTS5 serves text searches (else LIKE).
    bool hasFullTextSearch();
    //! Bytes the database's pages hold.
    qint64 usedBytes();

Q_SIGNALS:
    //! The state or the status text changed.
    void statusChanged(HistoryStore::State state, const QString &text);

private:
    template<typename R> void enqueue(R record);
    //! The read connection, (re)opened when the writer opened a new file; false when none.
    bool reader();
    void openForReading();

    QString m_path;
    int m_batchRows = 500;
    std::shared_ptr<HistoryShared> m_shared;
    QThread m_thread;
    HistoryWriter *m_writer = nullptr; //!< null when read-only
    QString m_readConnection;
    int m_readGeneration = 0;
};
