// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historystore.h"

#include "core/history/historydatabase.h"
#include "core/history/historywriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString HistoryStore::defaultPath()
{
    // One file for RoomDeck and roomdeckctl (their application names differ, so not
    // AppDataLocation): ~/.local/share/RoomDeck/history.sqlite on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/RoomDeck/history.sqlite"_s;
}

HistoryStore::HistoryStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_path(options.path.isEmpty() ? defaultPath() : options.path)
    , m_batchRows(std::max(1, options.batchRows))
    , m_shared(std::make_shared<HistoryShared>())
    , m_readConnection(u"roomdeck-history-reader-%1"_s.arg(quintptr(this), 0, 16))
{
    m_shared->capacity = std::max(1, options.queueCapacity);
    m_shared->maxAgeDays = std::max(0, options.maxAgeDays);
    m_shared->maxBytes = std::max<qint64>(0, options.maxMiB) * 1024 * 1024;
    if (options.readOnly) {
        m_shared->accepting = false;
        openForReading();
        return;
    }
    HistoryWriter::Options w;
    w.path = m_path;
    w.batchIntervalMs = options.batchIntervalMs;
    w.batchRows = m_batchRows;
    w.retryIntervalMs = options.retryIntervalMs;
    w.retentionIntervalMs = options.retentionIntervalMs;
    w.busyTimeoutMs = options.busyTimeoutMs;
    w.maxPageCount = options.maxPageCount;
    m_writer = new HistoryWriter(m_shared, w);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &HistoryWriter::statusChanged, this, [this](bool paused, const QString &t) {
        Q_EMIT statusChanged(paused ? State::Paused : State::Ok, t);
    });
    m_thread.setObjectName(u"history writer"_s);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { w->start(); }, Qt::BlockingQueuedConnection);
}

void HistoryStore::openForReading()
{
    const auto pause = [this](const QString &reason) {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->paused = true;
        m_shared->reason = reason;
    };
    const QString file = QDir::toNativeSeparators(m_path);
    if (!QFileInfo(m_path).isFile())
        return pause(tr("There is no history yet: %1 does not exist").arg(file));
    const HistoryDb::Result r = HistoryDb::open(m_readConnection, m_path, 50, 0, false);
    if (!r.ok()) {
        HistoryDb::close(m_readConnection);
        return pause(tr("Cannot read the history file %1: %2").arg(file, r.detail));
    }
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    const int version = q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    if (version != HistoryDb::latestVersion()) {
        HistoryDb::close(m_readConnection);
        return pause(version > HistoryDb::latestVersion()
                         ? tr("The history file %1 was made by a newer RoomDeck").arg(file)
                         : tr("The history file %1 is not readable by this RoomDeck").arg(file));
    }
    QMutexLocker lock(&m_shared->mutex);
    m_shared->generation = 1;
    m_readGeneration = 1;
}

HistoryStore::~HistoryStore()
{
    m_shared->accepting = false;
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [w = m_writer] { w->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_writer;
    }
    if (QSqlDatabase::contains(m_readConnection))
        HistoryDb::close(m_readConnection);
}

HistoryStore::State HistoryStore::state() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->paused ? State::Paused : State::Ok;
}

QString HistoryStore::statusText() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->reason;
}

qint64 HistoryStore::droppedCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->dropped;
}

qint64 HistoryStore::changeCount() const
{
    return m_shared->changes.load();
}

int HistoryStore::queuedCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->queue.size());
}

template<typename R> void HistoryStore::enqueue(R record)
{
    if (!m_shared->accepting)
        return;
    bool wake = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->push(std::move(record));
        wake = int(m_shared->queue.size()) >= m_batchRows;
    }
    if (wake && !m_shared->wakePending.exchange(true))
        QMetaObject::invokeMethod(
            m_writer, [w = m_writer] { w->drain(false, false); }, Qt::QueuedConnection);
}

void HistoryStore::append(History::EventRecord record)
{
    enqueue(std::move(record));
}

void HistoryStore::append(History::CommandRecord record)
{
    enqueue(std::move(record));
}

void HistoryStore::append(History::CallRecord record)
{
    enqueue(std::move(record));
}

void HistoryStore::flush()
{
    if (!m_writer || QThread::currentThread() == &m_thread)
        return;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { w->drain(true, true); }, Qt::BlockingQueuedConnection);
}

void HistoryStore::setRetention(int maxAgeDays, qint64 maxMiB)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->maxAgeDays = std::max(0, maxAgeDays);
    m_shared->maxBytes = std::max<qint64>(0, maxMiB) * 1024 * 1024;
}

qint64 HistoryStore::applyRetention()
{
    qint64 deleted = 0;
    if (!m_writer)
        return deleted;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, &deleted] { deleted = w->trimNow(); },
        Qt::BlockingQueuedConnection);
    return deleted;
}

bool HistoryStore::reader()
{
    int generation = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        generation = m_shared->generation;
    }
    if (generation == 0)
        return false; // the writer never opened the file
    if (generation == m_readGeneration && QSqlDatabase::contains(m_readConnection))
        return true;
    if (QSqlDatabase::contains(m_readConnection))
        HistoryDb::close(m_readConnection);
    // A short busy timeout: the GUI thread never waits long for another program's lock.
    if (!HistoryDb::open(m_readConnection, m_path, 50, 0, false).ok()) {
        HistoryDb::close(m_readConnection);
        return false;
    }
    m_readGeneration = generation;
    return true;
}

QList<History::Row> HistoryStore::query(const History::Filter &filter, qint64 offset, int limit)
{
    if (!reader())
        return {};
    return HistoryDb::query(QSqlDatabase::database(m_readConnection, false), filter, offset, limit);
}

qint64 HistoryStore::count(const History::Filter &filter)
{
    if (!reader())
        return 0;
    return HistoryDb::count(QSqlDatabase::database(m_readConnection, false), filter);
}

QList<History::RoomKey> HistoryStore::rooms()
{
    QList<History::RoomKey> list;
    if (!reader())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT address, instance, trueconf_id FROM rooms ORDER BY address, instance"_s))
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return list;
}

bool HistoryStore::hasFullTextSearch()
{
    return reader() && HistoryDb::hasFullText(QSqlDatabase::database(m_readConnection, false));
}

qint64 HistoryStore::usedBytes()
{
    return reader() ? HistoryDb::usedBytes(QSqlDatabase::database(m_readConnection, false)) : 0;
}

bool HistoryStore::exportCsv(const History::Filter &filter, QIODevice *device, QString *error)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!device || !device->isWritable())
        return fail(tr("The export file is not open for writing"));
    if (!reader())
        return fail(statusText().isEmpty() ? tr("The history is not available") : statusText());
    const QSqlDatabase db = QSqlDatabase::database(m_readConnection, false);
    if (device->write(History::csvHeader(filter.table)) < 0)
        return fail(device->errorString());
    // One forward-only query: rows stream from SQLite one at a time, never all in memory.
    QString writeError;
    const HistoryDb::Result r = HistoryDb::forEachRow(db, filter, [&](const History::Row &row) {
        if (device->write(History::csvLine(row)) >= 0)
            return true;
        writeError = device->errorString();
        return false;
    });
    if (!writeError.isEmpty())
        return fail(writeError);
    if (!r.ok())
        return fail(r.detail);
    return true;
}
