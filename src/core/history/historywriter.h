// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historydatabase.h"
#include "core/history/historyrecords.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>

class QTimer;

//! What HistoryStore and its writer share across the thread boundary, under `mutex`.
struct HistoryShared
{
    QMutex mutex;
    std::deque<History::Record> queue;
    qint64 dropped = 0; //!< records dropped because the queue was full
    int capacity = 20000;
    bool paused = false;
    QString reason; //!< why paused; when not paused, a notice (e.g. a file moved aside)
    int generation = 0; //!< grows each time the writer (re)opens the database
    //! Grows with every batch written and every retention that deleted rows: readers that
    //! saw the same value have nothing new to read.
    std::atomic<qint64> changes { 0 };
    int maxAgeDays = 0;
    qint64 maxBytes = 0;
    std::atomic<bool> wakePending { false };
    std::atomic<bool> accepting { true };

    //! Adds at the back; drops the oldest beyond capacity (under the lock).
    void push(History::Record record);
};

//! The thread that writes: owns the writing connection, takes batches off the queue and
//! writes each in one transaction, pauses on a fault (locked, full, unwritable) and retries,
//! moves a corrupt file aside and starts a new one, and runs the retention. Lives on the
//! store's QThread; every slot is invoked from there.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    struct Options
    {
        QString path;
        int batchIntervalMs = 250;
        int batchRows = 500;
        int retryIntervalMs = 5000;
        int retentionIntervalMs = 3600 * 1000;
        int busyTimeoutMs = 200;
        qint64 maxPageCount = 0;
    };

    HistoryWriter(std::shared_ptr<HistoryShared> shared, Options options);
    ~HistoryWriter() override;

    //! Opens the database and starts the timers.
    void start();
    //! Writes what is queued: one batch, or (`all`) until the queue is empty or a write fails.
    //! `force` retries even while a fault's retry time has not come.
    void drain(bool all, bool force);
    //! Runs the retention now; returns the rows deleted.
    qint64 trimNow();
    //! Writes what is queued, stops the timers and closes the database.
    void stop();

Q_SIGNALS:
    //! The state changed: paused (with the reason) or running (with a notice, maybe empty).
    void statusChanged(bool paused, const QString &reason);

private:
    bool openDatabase();
    void closeDatabase();
    //! Renames the file (and its -wal and -shm) to "<path>.corrupt-<time>"; empty on failure.
    QString moveAside();
    void setStatus(bool paused, const QString &reason);
    void pause(const HistoryDb::Result &result);
    static QString reasonOf(const HistoryDb::Result &result, const QString &path);

    std::shared_ptr<HistoryShared> m_shared;
    Options m_options;
    QString m_connection;
    bool m_open = false;
    QString m_notice; //!< said in the status until the next fault
    QDeadlineTimer m_retryAt;
    QHash<QString, qint64> m_roomIds;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_retentionTimer = nullptr;
};
