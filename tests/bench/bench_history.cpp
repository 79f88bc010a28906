// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// History benchmark (issue #18): 100,000 event-log rows into a HistoryStore (time, file size),
// a word searched (median and p95 over bounded runs; goal < 50 ms), and pages of 50 rows read
// at offsets 0, 50,000 and the end (goal: no full scan; the query plan is printed). Prints
// figures; asserts only that the work was done (never timings).
#include "benchutil.h"
#include "core/history/historystore.h"
#include "core/history/historytablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 100000;
constexpr int kRuns = 30;

//! SQLite's plan for `sql` on a connection of its own.
QString planOf(const QString &path, const QString &sql)
{
    QStringList plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"EXPLAIN QUERY PLAN "_s + sql))
                while (q.next())
                    plan << q.value(3).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    return plan.join(u"; "_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    HistoryStore::Options o;
    o.path = dir.filePath(u"history.sqlite"_s);
    o.maxAgeDays = 0;
    o.maxMiB = 0;
    o.queueCapacity = kRows; // measure the writer, not the queue's bound
    HistoryStore store(o);
    if (store.state() != HistoryStore::State::Ok) {
        std::printf("store not open: %s\n", qPrintable(store.statusText()));
        return 1;
    }

    static const QStringList words
        = { u"conference"_s, u"camera"_s,   u"microphone"_s, u"participant"_s, u"joined"_s,
            u"left"_s,       u"incoming"_s, u"call"_s,       u"server"_s,      u"muted"_s };
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(kRows) * 1000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kRows; ++i) {
        History::EventRecord e;
        e.timeMs = start + qint64(i) * 1000;
        e.room = { u"10.0.0.%1:80"_s.arg(i % 5), u"default"_s, {} };
        e.kind = i % 10 == 0 ? u"command"_s : u"event"_s;
        e.name = u"event%1"_s.arg(i % 40);
        // One row in a hundred mentions the projector: the searched word.
        e.text = u"Row %1: %2 %3 %4%5"_s.arg(i).arg(
            words.at(i % words.size()), words.at((i / 7) % words.size()),
            words.at((i / 13) % words.size()), i % 100 == 42 ? u" projector"_s : QString());
        store.append(std::move(e));
    }
    const double queuedMs = t.nsecsElapsed() / 1e6;
    store.flush();
    const double insertMs = t.nsecsElapsed() / 1e6;
    const qint64 rows = store.count({});
    const qint64 fileBytes = QFileInfo(o.path).size() + QFileInfo(o.path + u"-wal"_s).size();
    std::printf("insert %d rows: %.0f ms (%.0f rows/s; appends took %.0f ms), %lld rows, "
                "file %.1f MiB (+wal), dropped %lld\n",
                kRows, insertMs, kRows / (insertMs / 1000.0), queuedMs, rows, fileBytes / 1048576.0,
                store.droppedCount());
    if (rows != kRows)
        return 1;

    History::Filter search;
    search.text = u"projector"_s;
    QList<double> searchMs;
    qint64 hits = 0;
    for (int run = 0; run < kRuns; ++run) {
        t.restart();
        hits = store.count(search);
        const QList<History::Row> page = store.query(search, 0, 50);
        searchMs << t.nsecsElapsed() / 1e6;
        if (page.isEmpty())
            return 1;
    }
    std::printf("search \"projector\" (count + first page of 50; %lld hits): median %.2f ms, "
                "p95 %.2f ms over %d runs (goal < 50 ms)\n",
                hits, Bench::percentile(searchMs, 50), Bench::percentile(searchMs, 95), kRuns);

    // A prefix matching a third of the rows, and a word in every row: the worst case, where
    // the matches are sorted by time before the first page.
    for (const QString &word : { u"conf"_s, u"row"_s }) {
        search.text = word;
        searchMs.clear();
        for (int run = 0; run < kRuns; ++run) {
            t.restart();
            const QList<History::Row> page = store.query(search, 0, 50);
            searchMs << t.nsecsElapsed() / 1e6;
            if (page.isEmpty())
                return 1;
        }
        std::printf("search \"%s\" (first page of 50; %lld hits): median %.2f ms, p95 %.2f ms\n",
                    qPrintable(word), store.count(search), Bench::percentile(searchMs, 50),
                    Bench::percentile(searchMs, 95));
    }

    for (const qint64 offset : { qint64(0), qint64(kRows / 2), qint64(kRows - 50) }) {
        QList<double> pageMs;
        for (int run = 0; run < kRuns; ++run) {
            t.restart();
            const QList<History::Row> page = store.query({}, offset, 50);
            pageMs << t.nsecsElapsed() / 1e6;
            if (page.size() != 50)
                return 1;
        }
        std::printf("page of 50 at offset %lld: median %.2f ms, p95 %.2f ms\n", offset,
                    Bench::percentile(pageMs, 50), Bench::percentile(pageMs, 95));
    }
    History::Filter oneRoom;
    oneRoom.room = u"10.0.0.3:80"_s;
    QList<double> roomMs;
    for (int run = 0; run < kRuns; ++run) {
        t.restart();
        const QList<History::Row> page = store.query(oneRoom, 10000, 50);
        roomMs << t.nsecsElapsed() / 1e6;
        if (page.size() != 50)
            return 1;
    }
    std::printf("one room's page of 50 at offset 10,000: median %.2f ms, p95 %.2f ms\n",
                Bench::percentile(roomMs, 50), Bench::percentile(roomMs, 95));
    // The event log's history view: the model a QTableView scrolls (pages of 200 read as rows
    // are shown, 16 pages cached). Jumps to the top, the middle and the end, as a scroll bar
    // dragged by the operator does; the figure that matters is how few rows are read.
    {
        HistoryTableModel model;
        t.restart();
        model.setStore(&store);
        model.setFilter(History::Filter {});
        const double openMs = t.nsecsElapsed() / 1e6;
        QList<double> jumpMs;
        const int viewRows = model.rowCount();
        for (int run = 0; run < kRuns; ++run) {
            const int at = run % 3 == 0 ? 0 : run % 3 == 1 ? viewRows / 2 : viewRows - 40;
            t.restart();
            // One screen of rows (40), every column, as a view paints them.
            for (int row = at; row < at + 40 && row < viewRows; ++row)
                for (int column = 0; column < model.columnCount(); ++column)
                    (void)model.index(row, column).data();
            jumpMs << t.nsecsElapsed() / 1e6;
        }
        std::printf("history view over %d rows: count %.2f ms; a screen after a jump: median %.2f "
                    "ms, p95 %.2f ms; rows read after %d jumps: %lld\n",
                    viewRows, openMs, Bench::percentile(jumpMs, 50), Bench::percentile(jumpMs, 95),
                    kRuns, model.rowsRead());
        if (model.rowsRead() >= viewRows)
            return 1;
    }
    std::printf("plan (page): %s\n",
                qPrintable(planOf(o.path,
                                  u"SELECT t.id FROM events t JOIN rooms r ON r.id = t.room_id "
                                  "ORDER BY t.time_ms, t.id LIMIT 50 OFFSET 50000"_s)));
    std::printf("plan (room page): %s\n",
                qPrintable(planOf(o.path,
                                  u"SELECT t.id FROM events t JOIN rooms r ON r.id = t.room_id "
                                  "WHERE t.room_id = 4 ORDER BY t.time_ms, t.id LIMIT 50"_s)));
    std::printf("plan (search): %s\n",
                qPrintable(planOf(o.path,
                                  u"SELECT t.id FROM events t WHERE t.id IN (SELECT rowid FROM "
                                  "events_fts WHERE events_fts MATCH '\"projector\"*') "
                                  "ORDER BY t.time_ms, t.id LIMIT 50"_s)));
    return 0;
}
