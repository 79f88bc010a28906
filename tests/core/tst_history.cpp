// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The durable history (issue #18): HistoryStore on real SQLite files in a QTemporaryDir, its
// faults made for real (garbage bytes, another connection's lock, a size limit, a path under
// a file), and RoomHistoryRecorder against the strict simulator on 127.0.0.1.
#include "core/controller/requestoutcome.h"
#include "core/history/historystore.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/models/callhistory.h"
#include "core/session/roomsession.h"
#include "sim/simcallhistory.h"
#include "simroom.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using History::Filter;
using History::Table;

namespace {

HistoryStore::Options optionsFor(const QString &path)
{
    HistoryStore::Options o;
    o.path = path;
    o.batchIntervalMs = 60000; // the tests write with flush() or a full batch
    o.retryIntervalMs = 10;
    o.busyTimeoutMs = 10;
    o.maxAgeDays = 0;
    o.maxMiB = 0;
    return o;
}

History::RoomKey room(const QString &address = u"10.0.0.5:80"_s)
{
    return { address, u"default"_s, u"room@sim"_s };
}

History::EventRecord rec(qint64 timeMs, const QString &text, const QString &kind = u"event"_s,
                         const History::RoomKey &key = room())
{
    History::EventRecord e;
    e.timeMs = timeMs;
    e.room = key;
    e.kind = kind;
    e.name = u"appStateChanged"_s;
    e.text = text;
    return e;
}

//! A pragma of `path` read on a connection of its own.
QVariant pragmaOf(const QString &path, const QString &pragma)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA "_s + pragma) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return value;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaFromEmptyFile();
    void restartKeepsRowsSearchable();
    void readOnly();
    void batching();
    void appendFromManyThreads();
    void paging();
    void search();
    void searchWithoutFullText();
    void commandsAndCalls();
    void retentionByAge();
    void retentionBySize();
    void csvQuoting();
    void csvExport();
    void corruptFileMovedAside();
    void lockedDatabasePausesAndResumes();
    void fullDiskPauses();
    void unwritableFolderPauses();
    void newerSchemaPauses();
    void boundedQueueDropsOldest();
    void recorderRecordsRoom();
    void secretsNeverReachTheFile();

private:
    QTemporaryDir m_dir;
};

void TestHistory::schemaFromEmptyFile()
{
    const QString path = m_dir.filePath(u"empty/history.sqlite"_s);
    QDir().mkpath(m_dir.filePath(u"empty"_s));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly)); // zero bytes: an empty database to SQLite
    f.close();
    {
        HistoryStore store(optionsFor(path));
        QCOMPARE(store.state(), HistoryStore::State::Ok);
        QVERIFY(store.statusText().isEmpty());
        QVERIFY(store.hasFullTextSearch()); // Debian's SQLite has FTS5
        store.append(rec(1000, u"first"_s));
        store.flush();
        QCOMPARE(store.count({}), qint64(1));
    }
    QCOMPARE(pragmaOf(path, u"user_version"_s).toInt(), 1);
    QCOMPARE(pragmaOf(path, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragmaOf(path, u"auto_vacuum"_s).toInt(), 2); // incremental
}

void TestHistory::restartKeepsRowsSearchable()
{
    const QString path = m_dir.filePath(u"restart.sqlite"_s);
    {
        HistoryStore store(optionsFor(path));
        store.append(rec(1000, u"Room state: In a conference"_s));
        store.append(rec(2000, u"Maria Garcia joined the conference"_s));
    } // the destructor writes what is queued
    QCOMPARE(pragmaOf(path, u"user_version"_s).toInt(), 1);
    // A version-1 file opens as it is: no migration, the rows are there.
    HistoryStore store(optionsFor(path));
    QCOMPARE(store.state(), HistoryStore::State::Ok);
    QCOMPARE(store.count({}), qint64(2));
    Filter f;
    f.text = u"maria"_s;
    const QList<History::Row> rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().text, u"Maria Garcia joined the conference"_s);
    QCOMPARE(rows.first().room, u"10.0.0.5:80"_s);
    QCOMPARE(rows.first().trueConfId, u"room@sim"_s);
    QCOMPARE(rows.first().time(), QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
    QCOMPARE(pragmaOf(path, u"user_version"_s).toInt(), 1);
}

void TestHistory::readOnly()
{
    const QString path = m_dir.filePath(u"readonly.sqlite"_s);
    HistoryStore::Options o = optionsFor(path);
    o.readOnly = true;
    {
        HistoryStore missing(o);
        QCOMPARE(missing.state(), HistoryStore::State::Paused);
        QVERIFY(missing.statusText().contains(u"no history"_s));
        QVERIFY(!QFileInfo::exists(path)); // nothing made
        QCOMPARE(missing.count({}), qint64(0));
    }
    HistoryStore writer(optionsFor(path));
    writer.append(rec(1000, u"written by the console"_s));
    writer.flush();
    HistoryStore reader(o); // beside the console's store, as roomdeckctl log would be
    QCOMPARE(reader.state(), HistoryStore::State::Ok);
    reader.append(rec(2000, u"ignored"_s));
    reader.flush();
    QCOMPARE(reader.queuedCount(), 0);
    Filter f;
    f.text = u"console"_s;
    QCOMPARE(reader.count(f), qint64(1));
    writer.append(rec(3000, u"the console again"_s));
    writer.flush();
    QCOMPARE(reader.count(f), qint64(2)); // sees what the writer commits
    QCOMPARE(reader.count({}), qint64(2));
}

void TestHistory::batching()
{
    HistoryStore::Options o = optionsFor(m_dir.filePath(u"batching.sqlite"_s));
    o.batchRows = 100;
    HistoryStore store(o);
    // A full batch wakes the writer without its timer (60 s here).
    for (int i = 0; i < 100; ++i)
        store.append(rec(1000 + i, u"row %1"_s.arg(i)));
    QTRY_COMPARE(store.count({}), 100);
    for (int i = 0; i < 50; ++i)
        store.append(rec(5000 + i, u"late %1"_s.arg(i)));
    QCOMPARE(store.queuedCount(), 50); // below a batch: waits for the timer or a flush
    store.flush();
    QCOMPARE(store.queuedCount(), 0);
    QCOMPARE(store.count({}), qint64(150));
    QCOMPARE(store.droppedCount(), qint64(0));
}

void TestHistory::appendFromManyThreads()
{
    HistoryStore::Options o = optionsFor(m_dir.filePath(u"threads.sqlite"_s));
    o.batchRows = 64; // the writer wakes often while the threads append
    HistoryStore store(o);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&store, t] {
            for (int i = 0; i < 1000; ++i)
                store.append(rec(1000 + i, u"worker%1 row %2"_s.arg(t).arg(i)));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(30000));
    store.flush();
    QCOMPARE(store.count({}), qint64(4000));
    QCOMPARE(store.droppedCount(), qint64(0));
    Filter f;
    f.text = u"worker3"_s;
    QCOMPARE(store.count(f), qint64(1000));
}

void TestHistory::paging()
{
    HistoryStore store(optionsFor(m_dir.filePath(u"paging.sqlite"_s)));
    for (int i = 0; i < 3000; ++i)
        store.append(rec(1'000'000 + i, u"row %1"_s.arg(i)));
    store.flush();
    QCOMPARE(store.count({}), qint64(3000));
    const auto texts = [](const QList<History::Row> &rows) {
        QStringList t;
        for (const History::Row &r : rows)
            t << r.text;
        return t;
    };
    QList<History::Row> page = store.query({}, 0, 50);
    QCOMPARE(page.size(), 50);
    QCOMPARE(page.first().text, u"row 0"_s);
    QCOMPARE(page.last().text, u"row 49"_s);
    page = store.query({}, 1500, 50); // read forwards
    QCOMPARE(page.first().text, u"row 1500"_s);
    QCOMPARE(page.last().text, u"row 1549"_s);
    page = store.query({}, 2980, 50); // read backwards from the end, returned oldest first
    QCOMPARE(page.size(), 20);
    QCOMPARE(page.first().text, u"row 2980"_s);
    QCOMPARE(page.last().text, u"row 2999"_s);
    QVERIFY(store.query({}, 3000, 50).isEmpty());
    // Pages join up without gaps or repeats.
    QStringList all;
    for (int offset = 0; offset < 3000; offset += 700)
        all << texts(store.query({}, offset, 700));
    QCOMPARE(all.size(), 3000);
    QCOMPARE(all.at(2100), u"row 2100"_s);
    QCOMPARE(all.last(), u"row 2999"_s);
}

void TestHistory::search()
{
    HistoryStore store(optionsFor(m_dir.filePath(u"search.sqlite"_s)));
    store.append(rec(1000, u"Restart the room computer — done"_s, u"command"_s));
    store.append(rec(2000, u"Incoming call from Maria Garcia (maria@srv)"_s));
    store.append(rec(3000, u"Disconnected from server srv.example"_s, u"error"_s));
    store.append(rec(4000, u"Incoming call from John"_s, u"event"_s, room(u"10.0.0.6:80"_s)));
    store.append(rec(5000, u"100% sure_thing"_s));
    store.flush();
    Filter f;
    f.text = u"incoming"_s;
    QCOMPARE(store.count(f), qint64(2));
    f.text = u"INCOM call"_s; // word prefixes, any case, all words
    QCOMPARE(store.count(f), qint64(2));
    f.text = u"call maria"_s;
    QCOMPARE(store.count(f), qint64(1));
    f.text = u"nothing-like-this"_s;
    QCOMPARE(store.count(f), qint64(0));
    f.text = u"\"unbalanced OR *"_s; // FTS5 syntax in the text is taken as words
    QCOMPARE(store.count(f), qint64(0));
    f.text = u"%"_s; // no words at all: LIKE over the text, % taken literally
    QCOMPARE(store.count(f), qint64(1));
    f = {};
    f.room = u"10.0.0.6:80"_s;
    QCOMPARE(store.count(f), qint64(1));
    f.instance = u"other"_s;
    QCOMPARE(store.count(f), qint64(0));
    f = {};
    f.kinds = QStringList { u"command"_s, u"error"_s };
    QCOMPARE(store.count(f), qint64(2));
    f = {};
    f.since = QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC);
    f.until = QDateTime::fromMSecsSinceEpoch(4000, Qt::UTC);
    const QList<History::Row> rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).timeMs, qint64(2000));
    QCOMPARE(rows.at(1).timeMs, qint64(3000));
}

void TestHistory::searchWithoutFullText()
{
    // A SQLite without FTS5 makes the schema without the full-text tables: made here by
    // dropping them from a version-1 file.
    const QString path = m_dir.filePath(u"nofts.sqlite"_s);
    {
        HistoryStore store(optionsFor(path));
        store.append(rec(1000, u"Incoming call from Maria Garcia"_s));
        store.append(rec(2000, u"Conference ended"_s));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"nofts"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql :
             { u"DROP TRIGGER events_fts_insert"_s, u"DROP TRIGGER events_fts_delete"_s,
               u"DROP TRIGGER commands_fts_insert"_s, u"DROP TRIGGER commands_fts_delete"_s,
               u"DROP TABLE events_fts"_s, u"DROP TABLE commands_fts"_s })
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"nofts"_s);
    HistoryStore store(optionsFor(path));
    QVERIFY(!store.hasFullTextSearch());
    store.append(rec(3000, u"Maria left the conference"_s));
    store.flush();
    Filter f;
    f.text = u"MARIA"_s;
    QCOMPARE(store.count(f), qint64(2));
    f.text = u"maria conf"_s;
    const QList<History::Row> rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().text, u"Maria left the conference"_s);
}

void TestHistory::commandsAndCalls()
{
    HistoryStore store(optionsFor(m_dir.filePath(u"commands.sqlite"_s)));
    History::CommandRecord c;
    c.timeMs = 1000;
    c.room = room();
    c.user = u"operator"_s;
    c.method = u"rebootSystem"_s;
    c.outcome = u"error"_s;
    c.errorText = u"Access denied"_s;
    c.latencyMs = 12;
    store.append(c);
    c.timeMs = 2000;
    c.method = u"hangUp"_s;
    c.outcome = u"reply"_s;
    c.errorText.clear();
    c.latencyMs = -1;
    store.append(c);
    History::CallRecord k;
    k.timeMs = 3000;
    k.room = room();
    k.peerId = u"maria@srv"_s;
    k.displayName = u"Maria Garcia"_s;
    k.direction = u"missed"_s;
    k.result = u"missed"_s;
    k.key = u"stream-1"_s;
    store.append(k);
    store.append(k); // the same call read again: one row
    k.key = u"stream-2"_s;
    k.direction = u"outgoing"_s;
    k.durationSecs = 61;
    store.append(k);
    store.flush();
    Filter f;
    f.table = Table::Commands;
    QCOMPARE(store.count(f), qint64(2));
    f.text = u"denied"_s;
    QList<History::Row> rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().method, u"rebootSystem"_s);
    QCOMPARE(rows.first().user, u"operator"_s);
    QCOMPARE(rows.first().latencyMs, qint64(12));
    f.text = u"hangup"_s;
    rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().latencyMs, qint64(-1));
    f = {};
    f.table = Table::Calls;
    QCOMPARE(store.count(f), qint64(2));
    f.kinds = QStringList { u"outgoing"_s };
    rows = store.query(f, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().durationSecs, qint64(61));
    f = {};
    f.table = Table::Calls;
    f.text = u"garcia"_s;
    QCOMPARE(store.count(f), qint64(2));
}

void TestHistory::retentionByAge()
{
    HistoryStore store(optionsFor(m_dir.filePath(u"age.sqlite"_s)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000;
    for (int i = 0; i < 10; ++i)
        store.append(rec(now - 20 * day + i, u"old %1"_s.arg(i)));
    for (int i = 0; i < 5; ++i)
        store.append(rec(now - day + i, u"new %1"_s.arg(i)));
    store.flush();
    QCOMPARE(store.count({}), qint64(15));
    store.setRetention(7, 0);
    QCOMPARE(store.applyRetention(), qint64(10));
    QCOMPARE(store.count({}), qint64(5));
    Filter f;
    f.text = u"old"_s; // gone from the full-text index too
    QCOMPARE(store.count(f), qint64(0));
    // Rows older than the limit that arrive later wait for the next run.
    store.append(rec(now - 30 * day, u"older"_s));
    store.flush();
    QCOMPARE(store.count({}), qint64(6));
}

void TestHistory::retentionBySize()
{
    const QString path = m_dir.filePath(u"size.sqlite"_s);
    {
        HistoryStore store(optionsFor(path));
        const QString filler(300, u'x');
        for (int i = 0; i < 12000; ++i)
            store.append(rec(1000 + i, u"row %1 %2"_s.arg(i).arg(filler)));
        store.flush();
        QVERIFY2(store.usedBytes() > 3 * 1024 * 1024,
                 QByteArray::number(store.usedBytes()).constData());
        store.setRetention(0, 1);
        QVERIFY(store.applyRetention() > 0);
        QVERIFY2(store.usedBytes() <= 1024 * 1024,
                 QByteArray::number(store.usedBytes()).constData());
        const qint64 left = store.count({});
        QVERIFY(left > 0);
        const QList<History::Row> last = store.query({}, left - 1, 1);
        QCOMPARE(last.size(), 1);
        QVERIFY(last.first().text.startsWith(u"row 11999 "_s)); // the oldest went
    }
    // The pages went back to the file system.
    QVERIFY2(QFileInfo(path).size() <= 2 * 1024 * 1024,
             QByteArray::number(QFileInfo(path).size()).constData());
    // Retention runs on open too.
    HistoryStore::Options o = optionsFor(path);
    o.maxAgeDays = 1; // every row is from 1970
    HistoryStore store(o);
    store.flush(); // the retention of the opening runs just after it, on the writer's thread
    QCOMPARE(store.count({}), qint64(0));
}

void TestHistory::csvQuoting()
{
    using History::csvCell;
    QCOMPARE(csvCell(u"plain"_s), u"plain"_s);
    QCOMPARE(csvCell(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(csvCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(csvCell(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(csvCell(u"=1+2"_s), u"'=1+2"_s);
    QCOMPARE(csvCell(u"+49 30"_s), u"'+49 30"_s);
    QCOMPARE(csvCell(u"-5"_s), u"'-5"_s);
    QCOMPARE(csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(csvCell(u"=HYPERLINK(\"x\",\"y\")"_s), u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s);
    QCOMPARE(csvCell(u"a=b"_s), u"a=b"_s);
    QCOMPARE(csvCell({}), QString());
}

void TestHistory::csvExport()
{
    HistoryStore store(optionsFor(m_dir.filePath(u"csv.sqlite"_s)));
    store.append(rec(1000, u"=cmd|' /C calc'!A0"_s));
    store.append(rec(2000, u"Maria wrote: “hello, \"world\"”"_s));
    store.append(rec(3000, u"not this one"_s, u"error"_s));
    store.flush();
    Filter f;
    f.kinds = QStringList { u"event"_s };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(store.exportCsv(f, &buffer, &error), qPrintable(error));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), "time,room,instance,trueconf_id,kind,name,text\r");
    QCOMPARE(lines.at(1),
             "1970-01-01T00:00:01.000Z,10.0.0.5:80,default,room@sim,event,appStateChanged,"
             "'=cmd|' /C calc'!A0\r");
    QCOMPARE(QString::fromUtf8(lines.at(2)),
             u"1970-01-01T00:00:02.000Z,10.0.0.5:80,default,room@sim,event,appStateChanged,"
             "\"Maria wrote: “hello, \"\"world\"\"”\"\r"_s);
}

void TestHistory::corruptFileMovedAside()
{
    const QString folder = m_dir.filePath(u"corrupt"_s);
    QDir().mkpath(folder);
    const QString path = folder + u"/history.sqlite"_s;
    QByteArray garbage;
    for (int i = 0; i < 64 * 1024; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(garbage);
    f.close();
    HistoryStore store(optionsFor(path));
    QCOMPARE(store.state(), HistoryStore::State::Ok);
    QVERIFY2(store.statusText().contains(u"moved aside"_s), qPrintable(store.statusText()));
    const QStringList aside
        = QDir(folder).entryList({ u"history.sqlite.corrupt-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.statusText().contains(aside.first()));
    QCOMPARE(bytesOf(folder + u'/' + aside.first()), garbage); // kept as it was
    store.append(rec(1000, u"after the damage"_s));
    store.flush();
    QCOMPARE(store.count({}), qint64(1));
    QCOMPARE(pragmaOf(path, u"user_version"_s).toInt(), 1);
}

void TestHistory::lockedDatabasePausesAndResumes()
{
    const QString path = m_dir.filePath(u"locked.sqlite"_s);
    HistoryStore store(optionsFor(path));
    QSignalSpy status(&store, &HistoryStore::statusChanged);
    store.append(rec(1000, u"before the lock"_s));
    store.flush();
    {
        // Another program's write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        store.append(rec(2000, u"during the lock"_s));
        store.flush(); // returns: the writer waits 10 ms at most
        QCOMPARE(store.state(), HistoryStore::State::Paused);
        QVERIFY2(store.statusText().contains(u"locked"_s), qPrintable(store.statusText()));
        QCOMPARE(store.queuedCount(), 1); // kept for later
        QTRY_VERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).value<HistoryStore::State>(), HistoryStore::State::Paused);
        QCOMPARE(store.count({}), qint64(1)); // reads go on meanwhile (WAL)
        QVERIFY(q.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    store.flush();
    QCOMPARE(store.state(), HistoryStore::State::Ok);
    QCOMPARE(store.count({}), qint64(2));
    QTRY_COMPARE(status.last().at(0).value<HistoryStore::State>(), HistoryStore::State::Ok);
}

void TestHistory::fullDiskPauses()
{
    HistoryStore::Options o = optionsFor(m_dir.filePath(u"full.sqlite"_s));
    o.maxPageCount = 80; // 320 KiB with 4 KiB pages: SQLITE_FULL soon
    HistoryStore store(o);
    QCOMPARE(store.state(), HistoryStore::State::Ok);
    const QString filler(400, u'y');
    for (int i = 0; i < 3000; ++i)
        store.append(rec(1000 + i, u"row %1 %2"_s.arg(i).arg(filler)));
    store.flush();
    QCOMPARE(store.state(), HistoryStore::State::Paused);
    QVERIFY2(store.statusText().contains(u"full"_s), qPrintable(store.statusText()));
    QVERIFY(store.queuedCount() > 0);
    // The caller keeps working: appends queue, reads answer.
    store.append(rec(9000, u"still recording"_s));
    QVERIFY(store.count({}) < 3000);
    QVERIFY(store.query({}, 0, 10).size() <= 10);
}

void TestHistory::unwritableFolderPauses()
{
    // A path under a regular file: no folder can be made there, even as root.
    const QString file = m_dir.filePath(u"plainfile"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    HistoryStore store(optionsFor(file + u"/sub/history.sqlite"_s));
    QCOMPARE(store.state(), HistoryStore::State::Paused);
    QVERIFY2(store.statusText().contains(u"cannot write"_s), qPrintable(store.statusText()));
    store.append(rec(1000, u"queued"_s));
    store.flush();
    QCOMPARE(store.state(), HistoryStore::State::Paused);
    QCOMPARE(store.queuedCount(), 1);
    QCOMPARE(store.count({}), qint64(0));
    QVERIFY(store.query({}, 0, 50).isEmpty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!store.exportCsv({}, &buffer, &error));
    QVERIFY(!error.isEmpty());
}

void TestHistory::newerSchemaPauses()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE future (x)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    HistoryStore store(optionsFor(path));
    QCOMPARE(store.state(), HistoryStore::State::Paused);
    QVERIFY2(store.statusText().contains(u"newer"_s), qPrintable(store.statusText()));
    QCOMPARE(pragmaOf(path, u"user_version"_s).toInt(), 99); // left alone
}

void TestHistory::boundedQueueDropsOldest()
{
    const QString file = m_dir.filePath(u"plainfile2"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    HistoryStore::Options o = optionsFor(file + u"/history.sqlite"_s);
    o.queueCapacity = 10;
    HistoryStore store(o);
    for (int i = 0; i < 25; ++i)
        store.append(rec(1000 + i, u"row %1"_s.arg(i)));
    QCOMPARE(store.queuedCount(), 10);
    QCOMPARE(store.droppedCount(), qint64(15));
}

void TestHistory::recorderRecordsRoom()
{
    RoomSimulator::Options so;
    so.strict = true;
    auto sim = SimRoom::start(so);
    SimCallHistory::Entry missed;
    missed.type = SimCallHistory::Type::Missed;
    missed.peerId = u"maria@sim.trueconf.local"_s;
    missed.peerDn = u"Maria Garcia"_s;
    missed.startTime = 1'700'000'000;
    missed.streamId = u"stream-a"_s;
    sim->callHistory().record(missed);
    SimCallHistory::Entry outgoing = missed;
    outgoing.type = SimCallHistory::Type::Outgoing;
    outgoing.startTime += 600;
    outgoing.duration = 95;
    outgoing.streamId = u"stream-b"_s;
    sim->callHistory().record(outgoing);
    HistoryStore store(optionsFor(m_dir.filePath(u"recorder.sqlite"_s)));
    RoomSession session(SimRoom::fastOptions());
    RoomHistoryRecorder recorder(&store, &session);
    QSignalSpy ready(session.controller(), &RoomController::startupCompleted);
    session.controller()->connectToRoom(SimRoom::addressOf(*sim),
                                        RoomController::Credentials::unsecured());
    QVERIFY(ready.wait(10000));
    // A command that changes the room.
    RequestOutcome reset;
    const quint64 handle = session.controller()->sendRequest(u"setDefaultLogo"_s);
    connect(session.controller(), &RoomController::requestFinished, this,
            [&reset, handle](const RequestOutcome &o) {
                if (o.id == handle)
                    reset = o;
            });
    QTRY_VERIFY(reset.id == handle);
    store.flush();

    const History::RoomKey key = recorder.roomKey();
    QCOMPARE(key.address, SimRoom::addressOf(*sim).keyText());
    Filter f;
    f.room = key.address;
    // Every line of the event log, with the model's own texts.
    QCOMPARE(store.count(f), qint64(session.eventLog()->rowCount()));
    const QList<History::Row> rows = store.query(f, 0, 1000);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).text, session.eventLog()->entry(i).text);
    f.kinds = QStringList { u"connection"_s };
    QVERIFY(store.count(f) > 0);
    // The command, with who, how it ended and how long it took.
    f = {};
    f.table = Table::Commands;
    f.text = u"setdefaultlogo"_s;
    const QList<History::Row> commands = store.query(f, 0, 10);
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands.first().method, u"setDefaultLogo"_s);
    QCOMPARE(commands.first().outcome, RequestOutcome::statusName(reset.status));
    QCOMPARE(commands.first().errorText, reset.errorText);
    QCOMPARE(commands.first().user, History::localUserName());
    QVERIFY(commands.first().latencyMs >= 0);
    QCOMPARE(commands.first().trueConfId, session.controller()->trueConfId());
    // The call history the session read after sign-in.
    f = {};
    f.table = Table::Calls;
    QTRY_VERIFY(session.history()->isKnown());
    store.flush();
    QCOMPARE(session.history()->calls().size(), 2);
    QCOMPARE(store.count(f), qint64(2));
    const QList<History::Row> calls = store.query(f, 0, 10);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).direction, u"missed"_s); // oldest first
    QCOMPARE(calls.at(0).displayName, u"Maria Garcia"_s);
    QCOMPARE(calls.at(0).timeMs, qint64(1'700'000'000) * 1000);
    QCOMPARE(calls.at(1).direction, u"outgoing"_s);
    QCOMPARE(calls.at(1).durationSecs, qint64(95));
    // Read again: not recorded twice.
    QSignalSpy refreshed(session.history(), &CallHistory::refreshed);
    session.history()->refresh();
    QVERIFY(refreshed.wait(5000));
    store.flush();
    QCOMPARE(store.count(f), qint64(session.history()->calls().size()));
    QVERIFY2(sim->violations().isEmpty(), qPrintable(sim->violations().join(u'\n')));
}

void TestHistory::secretsNeverReachTheFile()
{
    const QString password = u"Pw-9fQ2zKx7Lm"_s;
    const QString second = u"Sec-4hT8wNb3Vq"_s;
    RoomSimulator::Options so;
    so.strict = true;
    so.adminPassword = password;
    auto sim = SimRoom::start(so);
    const QString path = m_dir.filePath(u"secrets.sqlite"_s);
    {
        HistoryStore store(optionsFor(path));
        RoomSession session(SimRoom::fastOptions());
        RoomHistoryRecorder recorder(&store, &session);
        recorder.setRecordReads(true);
        QSignalSpy ready(session.controller(), &RoomController::startupCompleted);
        session.controller()->connectToRoom(SimRoom::addressOf(*sim),
                                            RoomController::Credentials::withSecret(password));
        QVERIFY(ready.wait(10000));
        // Commands that carry secrets in their parameters.
        QSet<quint64> waiting;
        connect(session.controller(), &RoomController::requestFinished, this,
                [&waiting](const RequestOutcome &o) { waiting.remove(o.id); });
        waiting << session.controller()->sendRequest(
            u"login"_s, { { u"login"_s, u"someone"_s }, { u"password"_s, second } });
        waiting << session.controller()->sendRequest(
            u"connectToServer"_s,
            { { u"server"_s, u"srv.invalid"_s }, { u"password"_s, second }, { u"pin"_s, second } });
        QTRY_VERIFY(waiting.isEmpty());
        QVERIFY2(sim->violations().isEmpty(), qPrintable(sim->violations().join(u'\n')));
        store.flush();
        QVERIFY(store.count({}) > 0);
        Filter commands;
        commands.table = Table::Commands;
        QVERIFY(store.count(commands) >= 2);
        for (const QString &path2 : QStringList { path, path + u"-wal"_s }) {
            const QByteArray bytes = bytesOf(path2);
            QVERIFY(!bytes.contains(password.toUtf8()));
            QVERIFY(!bytes.contains(second.toUtf8()));
        }
    }
    const QByteArray bytes = bytesOf(path) + bytesOf(path + u"-wal"_s);
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(second.toUtf8()));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
