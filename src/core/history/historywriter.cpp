// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historywriter.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;
using HistoryDb::Fault;

void HistoryShared::push(History::Record record)
{
    queue.push_back(std::move(record));
    while (int(queue.size()) > std::max(1, capacity)) {
        queue.pop_front();
        ++dropped;
    }
}

HistoryWriter::HistoryWriter(std::shared_ptr<HistoryShared> shared, Options options)
    : m_shared(std::move(shared))
    , m_options(std::move(options))
    , m_connection(u"roomdeck-history-writer-%1"_s.arg(quintptr(this), 0, 16))
{ }

HistoryWriter::~HistoryWriter()
{
    closeDatabase();
}

void HistoryWriter::start()
{
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(std::max(1, m_options.batchIntervalMs));
    connect(m_batchTimer, &QTimer::timeout, this, [this] { drain(true, false); });
    m_batchTimer->start();
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(std::max(1000, m_options.retentionIntervalMs));
    connect(m_retentionTimer, &QTimer::timeout, this, &HistoryWriter::trimNow);
    m_retentionTimer->start();
    // The retention of the opening runs after the store's constructor has returned: a large
    // trim must not hold up the thread that waits for the opening.
    if (openDatabase())
        QMetaObject::invokeMethod(this, &HistoryWriter::trimNow, Qt::QueuedConnection);
}

void HistoryWriter::stop()
{
    delete m_batchTimer;
    m_batchTimer = nullptr;
    delete m_retentionTimer;
    m_retentionTimer = nullptr;
    drain(true, true);
    closeDatabase();
}

QString HistoryWriter::reasonOf(const HistoryDb::Result &r, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (r.fault) {
    case Fault::Busy:
        return tr("History paused: another program has locked the history file %1").arg(file);
    case Fault::Full:
        return tr("History paused: the disk (or the history's size limit) is full: %1").arg(file);
    case Fault::Corrupt:
        return tr("History paused: the history file %1 is damaged").arg(file);
    case Fault::CannotWrite:
        return tr("History paused: cannot write the history file %1").arg(file);
    case Fault::TooNew:
        return tr("History paused: the history file %1 was made by a newer RoomDeck").arg(file);
    case Fault::Other:
    case Fault::None:
        break;
    }
    return tr("History paused: %1 (%2)").arg(r.detail, file);
}

void HistoryWriter::setStatus(bool paused, const QString &reason)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->paused == paused && m_shared->reason == reason)
            return;
        m_shared->paused = paused;
        m_shared->reason = reason;
    }
    if (paused)
        qCWarning(lcHistory).noquote() << reason;
    Q_EMIT statusChanged(paused, reason);
}

void HistoryWriter::pause(const HistoryDb::Result &r)
{
    m_retryAt = QDeadlineTimer(std::max(1, m_options.retryIntervalMs));
    qCInfo(lcHistory).noquote() << "history:" << r.detail;
    setStatus(true, reasonOf(r, m_options.path));
}

void HistoryWriter::closeDatabase()
{
    if (m_connection.isEmpty())
        return;
    if (QSqlDatabase::contains(m_connection))
        HistoryDb::close(m_connection);
    m_open = false;
    m_roomIds.clear();
}

QString HistoryWriter::moveAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString aside = m_options.path + u".corrupt-"_s + stamp;
    if (!QFile::rename(m_options.path, aside))
        return {};
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(m_options.path + suffix)
            && !QFile::rename(m_options.path + suffix, aside + suffix))
            QFile::remove(m_options.path + suffix);
    }
    return aside;
}

bool HistoryWriter::openDatabase()
{
    closeDatabase();
    const QString folder = QFileInfo(m_options.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        pause({ Fault::CannotWrite, u"cannot create the folder "_s + folder });
        return false;
    }
    HistoryDb::Result r = HistoryDb::open(m_connection, m_options.path, m_options.busyTimeoutMs,
                                          m_options.maxPageCount, true);
    if (r.fault == Fault::Corrupt) {
        closeDatabase();
        const QString aside = moveAside();
        if (aside.isEmpty()) {
            pause(r);
            return false;
        }
        m_notice = tr("The history file was damaged: it was moved aside to %1 and a new one "
                      "started")
                       .arg(QDir::toNativeSeparators(aside));
        qCWarning(lcHistory).noquote() << m_notice;
        r = HistoryDb::open(m_connection, m_options.path, m_options.busyTimeoutMs,
                            m_options.maxPageCount, true);
    }
    if (!r.ok()) {
        closeDatabase();
        pause(r);
        return false;
    }
    m_open = true;
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->generation;
    }
    setStatus(false, m_notice);
    return true;
}

void HistoryWriter::drain(bool all, bool force)
{
    m_shared->wakePending = false;
    bool paused = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->queue.empty() && !force)
            return;
        paused = m_shared->paused;
    }
    if (paused && !force && !m_retryAt.hasExpired())
        return;
    if (!m_open && !openDatabase())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool reopened = false;
    for (;;) {
        QList<History::Record> batch;
        {
            QMutexLocker lock(&m_shared->mutex);
            const int n = std::min(int(m_shared->queue.size()), std::max(1, m_options.batchRows));
            batch.reserve(n);
            for (int i = 0; i < n; ++i) {
                batch.append(std::move(m_shared->queue.front()));
                m_shared->queue.pop_front();
            }
        }
        if (batch.isEmpty())
            break;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (History::Record &record : batch)
            std::visit([now](auto &r) { r.timeMs = r.timeMs > 0 ? r.timeMs : now; }, record);
        const HistoryDb::Result r = HistoryDb::write(db, batch, &m_roomIds);
        if (!r.ok()) {
            {
                // Back to the front, oldest first; beyond capacity the oldest go.
                QMutexLocker lock(&m_shared->mutex);
                for (auto it = batch.rbegin(); it != batch.rend(); ++it)
                    m_shared->queue.push_front(std::move(*it));
                while (int(m_shared->queue.size()) > std::max(1, m_shared->capacity)) {
                    m_shared->queue.pop_front();
                    ++m_shared->dropped;
                }
            }
            if (r.fault == Fault::Corrupt && !reopened) {
                // Damaged while open: move it aside, start a new file and write there.
                reopened = true;
                closeDatabase();
                const QString aside = moveAside();
                if (!aside.isEmpty())
                    m_notice = tr("The history file was damaged: it was moved aside to %1 and a "
                                  "new one started")
                                   .arg(QDir::toNativeSeparators(aside));
                if (aside.isEmpty()) {
                    pause(r);
                    return;
                }
                if (!openDatabase())
                    return; // paused, with the reason

                db = QSqlDatabase::database(m_connection, false);
                continue;
            }
            if (r.fault == Fault::Other) {
                // Not the file's fault (a row it refuses): drop the batch, not the history.
                qCWarning(lcHistory).noquote() << "history: a batch was refused:" << r.detail;
                QMutexLocker lock(&m_shared->mutex);
                for (qsizetype i = 0; i < batch.size() && !m_shared->queue.empty(); ++i) {
                    m_shared->queue.pop_front();
                    ++m_shared->dropped;
                }
                continue;
            }
            pause(r);
            return;
        }
        ++m_shared->changes;
        setStatus(false, m_notice);
        if (!all)
            break;
    }
}

qint64 HistoryWriter::trimNow()
{
    if (!m_open)
        return 0;
    int days = 0;
    qint64 bytes = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        days = m_shared->maxAgeDays;
        bytes = m_shared->maxBytes;
    }
    qint64 deleted = 0;
    const HistoryDb::Result r
        = HistoryDb::trim(QSqlDatabase::database(m_connection, false), days, bytes,
                          QDateTime::currentMSecsSinceEpoch(), &deleted);
    if (!r.ok())
        qCInfo(lcHistory).noquote() << "history retention:" << r.detail;
    if (deleted > 0)
        ++m_shared->changes;
    return deleted;
}
