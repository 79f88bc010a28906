// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historydatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using History::Filter;
using History::Row;
using History::Table;

namespace HistoryDb {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt SQL reports them as nativeErrorCode().
constexpr int kSqliteError = 1;
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

bool exec(QSqlQuery &q, const QString &sql, Result *r)
{
    if (q.exec(sql))
        return true;
    *r = resultOf(q.lastError());
    return false;
}

//! Version 1: rooms, events, commands, calls, their indexes and (when SQLite has FTS5) the
//! full-text indexes kept by triggers.
bool createVersion1(QSqlDatabase &db, Result *r)
{
    QSqlQuery q(db);
    const QStringList tables = {
        u"CREATE TABLE rooms (id INTEGER PRIMARY KEY, address TEXT NOT NULL, "
        "instance TEXT NOT NULL DEFAULT '', trueconf_id TEXT NOT NULL DEFAULT '', "
        "UNIQUE (address, instance))"_s,
        u"CREATE TABLE events (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
        "room_id INTEGER NOT NULL REFERENCES rooms (id), kind TEXT NOT NULL, "
        "name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, detail TEXT)"_s,
        u"CREATE INDEX events_time ON events (time_ms)"_s,
        u"CREATE INDEX events_room_time ON events (room_id, time_ms)"_s,
        u"CREATE INDEX events_kind_time ON events (kind, time_ms)"_s,
        u"CREATE TABLE commands (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
        "room_id INTEGER NOT NULL REFERENCES rooms (id), user TEXT NOT NULL, "
        "method TEXT NOT NULL, outcome TEXT NOT NULL, error_text TEXT NOT NULL DEFAULT '', "
        "latency_ms INTEGER)"_s,
        u"CREATE INDEX commands_time ON commands (time_ms)"_s,
        u"CREATE INDEX commands_room_time ON commands (room_id, time_ms)"_s,
        u"CREATE INDEX commands_method ON commands (method)"_s,
        u"CREATE TABLE calls (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
        "room_id INTEGER NOT NULL REFERENCES rooms (id), peer_id TEXT NOT NULL, "
        "display_name TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL, "
        "result TEXT NOT NULL DEFAULT '', duration_s INTEGER NOT NULL DEFAULT 0, call_key TEXT)"_s,
        u"CREATE INDEX calls_time ON calls (time_ms)"_s,
        u"CREATE INDEX calls_room_time ON calls (room_id, time_ms)"_s,
        u"CREATE INDEX calls_peer ON calls (peer_id)"_s,
        u"CREATE UNIQUE INDEX calls_key ON calls (room_id, call_key) WHERE call_key IS NOT NULL"_s,
    };
    for (const QString &sql : tables)
        if (!exec(q, sql, r))
            return false;
    // Debian's SQLite has FTS5; a build without it searches with LIKE instead.
    QSqlQuery probe(db);
    if (!probe.exec(u"CREATE VIRTUAL TABLE temp.rd_fts_probe USING fts5(x)"_s))
        return true;
    probe.exec(u"DROP TABLE temp.rd_fts_probe"_s);
    const QStringList fts = {
        u"CREATE VIRTUAL TABLE events_fts USING fts5(name, text, content='events', "
        "content_rowid='id')"_s,
        u"CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
        "INSERT INTO events_fts (rowid, name, text) VALUES (new.id, new.name, new.text); END"_s,
        u"CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
        "INSERT INTO events_fts (events_fts, rowid, name, text) "
        "VALUES ('delete', old.id, old.name, old.text); END"_s,
        u"CREATE VIRTUAL TABLE commands_fts USING fts5(method, error_text, "
        "content='commands', content_rowid='id')"_s,
        u"CREATE TRIGGER commands_fts_insert AFTER INSERT ON commands BEGIN "
        "INSERT INTO commands_fts (rowid, method, error_text) "
        "VALUES (new.id, new.method, new.error_text); END"_s,
        u"CREATE TRIGGER commands_fts_delete AFTER DELETE ON commands BEGIN "
        "INSERT INTO commands_fts (commands_fts, rowid, method, error_text) "
        "VALUES ('delete', old.id, old.method, old.error_text); END"_s,
    };
    for (const QString &sql : fts)
        if (!exec(q, sql, r))
            return false;
    return true;
}

//! The migration steps: kSteps[n] takes a database from version n to n + 1. Version 2 is one
//! more function here.
using Step = bool (*)(QSqlDatabase &, Result *);
constexpr std::array<Step, 1> kSteps = { &createVersion1 };

qint64 pragma(const QSqlDatabase &db, const QString &name, Result *r = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + name) || !q.next()) {
        if (r)
            *r = resultOf(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

Result migrate(QSqlDatabase &db)
{
    Result r;
    const qint64 version = pragma(db, u"user_version"_s, &r);
    if (!r.ok())
        return r;
    if (version > latestVersion())
        return { Fault::TooNew, u"schema version %1"_s.arg(version) };
    for (qint64 v = version; v < latestVersion(); ++v) {
        if (!db.transaction())
            return resultOf(db.lastError());
        QSqlQuery q(db);
        if (!kSteps.at(size_t(v))(db, &r)
            || !exec(q, u"PRAGMA user_version = %1"_s.arg(v + 1), &r)) {
            db.rollback();
            return r;
        }
        if (!db.commit()) {
            r = resultOf(db.lastError());
            db.rollback();
            return r;
        }
    }
    return {};
}

QString tableName(Table t)
{
    switch (t) {
    case Table::Events:
        return u"events"_s;
    case Table::Commands:
        return u"commands"_s;
    case Table::Calls:
        return u"calls"_s;
    }
    return {};
}

//! The words of a search text (letters and digits), lower case.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words = text.toLower().split(nonWord, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

QString likePattern(const QString &word)
{
    QString w = word;
    w.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + w + u'%';
}

//! The WHERE clause of `f` and its values, in order.
QString whereOf(const QSqlDatabase &db, const Filter &f, QVariantList *values)
{
    QStringList where;
    if (!f.room.isEmpty()) {
        // The room's ids first: one id lets the (room_id, time_ms) index give the rows in
        // order, where an IN over a subquery sorts them all.
        QSqlQuery ids(db);
        ids.prepare(f.instance.isEmpty()
                        ? u"SELECT id FROM rooms WHERE address = ?"_s
                        : u"SELECT id FROM rooms WHERE address = ? AND instance = ?"_s);
        ids.addBindValue(f.room);
        if (!f.instance.isEmpty())
            ids.addBindValue(f.instance);
        QStringList marks;
        if (ids.exec())
            while (ids.next()) {
                marks << u"?"_s;
                *values << ids.value(0).toLongLong();
            }
        if (marks.isEmpty())
            where << u"0"_s; // no such room: no rows
        else if (marks.size() == 1)
            where << u"t.room_id = ?"_s;
        else
            where << u"t.room_id IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!f.kinds.isEmpty()) {
        const QString column = f.table == Table::Events ? u"kind"_s
            : f.table == Table::Commands                ? u"outcome"_s
                                                        : u"direction"_s;
        QStringList marks;
        for (const QString &k : f.kinds) {
            marks << u"?"_s;
            *values << k;
        }
        where << u"t.%1 IN (%2)"_s.arg(column, marks.join(u", "_s));
    }
    if (f.since.isValid()) {
        where << u"t.time_ms >= ?"_s;
        *values << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        where << u"t.time_ms < ?"_s;
        *values << f.until.toMSecsSinceEpoch();
    }
    const QStringList words = wordsOf(f.text);
    if (!f.text.trimmed().isEmpty()) {
        if (f.table != Table::Calls && !words.isEmpty() && hasFullText(db)) {
            QStringList terms;
            for (const QString &w : words)
                terms << u'"' + w + u"\"*"_s;
            const QString fts = tableName(f.table) + u"_fts"_s;
            where << u"t.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)"_s.arg(fts);
            *values << terms.join(u' ');
        } else {
            const QStringList columns = f.table == Table::Events
                ? QStringList { u"name"_s, u"text"_s }
                : f.table == Table::Commands ? QStringList { u"method"_s, u"error_text"_s }
                                             : QStringList { u"peer_id"_s, u"display_name"_s };
            for (const QString &w : words.isEmpty() ? QStringList { f.text.trimmed() } : words) {
                QStringList any;
                for (const QString &c : columns) {
                    any << u"t.%1 LIKE ? ESCAPE '\\'"_s.arg(c);
                    *values << likePattern(w);
                }
                where << u'(' + any.join(u" OR "_s) + u')';
            }
        }
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

QString columnsOf(Table t)
{
    switch (t) {
    case Table::Events:
        return u"t.kind, t.name, t.text, t.detail"_s;
    case Table::Commands:
        return u"t.user, t.method, t.outcome, t.error_text, t.latency_ms"_s;
    case Table::Calls:
        return u"t.peer_id, t.display_name, t.direction, t.result, t.duration_s"_s;
    }
    return {};
}

Row rowOf(const QSqlQuery &q, Table t)
{
    Row r;
    r.table = t;
    r.id = q.value(0).toLongLong();
    r.timeMs = q.value(1).toLongLong();
    r.room = q.value(2).toString();
    r.instance = q.value(3).toString();
    r.trueConfId = q.value(4).toString();
    switch (t) {
    case Table::Events:
        r.kind = q.value(5).toString();
        r.name = q.value(6).toString();
        r.text = q.value(7).toString();
        r.detail = q.value(8).toByteArray();
        break;
    case Table::Commands:
        r.user = q.value(5).toString();
        r.method = q.value(6).toString();
        r.outcome = q.value(7).toString();
        r.errorText = q.value(8).toString();
        r.latencyMs = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        break;
    case Table::Calls:
        r.peerId = q.value(5).toString();
        r.displayName = q.value(6).toString();
        r.direction = q.value(7).toString();
        r.result = q.value(8).toString();
        r.durationSecs = q.value(9).toLongLong();
        break;
    }
    return r;
}

bool prepare(QSqlQuery &q, const QString &sql, const QVariantList &values, Result *r)
{
    if (!q.prepare(sql)) {
        *r = resultOf(q.lastError());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *r = resultOf(q.lastError());
        return false;
    }
    return true;
}

} // namespace

int latestVersion()
{
    return int(kSteps.size());
}

Fault faultOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Fault::None;
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber)
        return error.type() == QSqlError::ConnectionError ? Fault::CannotWrite : Fault::Other;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Fault::Busy;
    case kSqliteFull:
        return Fault::Full;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Fault::Corrupt;
    case kSqlitePerm:
    case kSqliteReadOnly:
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return Fault::CannotWrite;
    case kSqliteError:
    default:
        return Fault::Other;
    }
}

Result resultOf(const QSqlError &error)
{
    return { faultOf(error), error.text() };
}

Result open(const QString &name, const QString &path, int busyMs, qint64 maxPageCount,
            bool migrateSchema)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(std::max(0, busyMs)));
    if (!db.open()) {
        Result r = resultOf(db.lastError());
        if (r.ok() || r.fault == Fault::Other)
            r.fault = Fault::CannotWrite;
        return r;
    }
    Result r;
    QSqlQuery q(db);
    // Reading the schema is what tells a database from garbage: SQLite opens lazily.
    if (!exec(q, u"SELECT count(*) FROM sqlite_master"_s, &r))
        return r;
    if (!exec(q, u"PRAGMA foreign_keys = ON"_s, &r))
        return r;
    if (maxPageCount > 0 && !exec(q, u"PRAGMA max_page_count = %1"_s.arg(maxPageCount), &r))
        return r;
    if (!migrateSchema)
        return r;
    const qint64 version = pragma(db, u"user_version"_s, &r);
    if (!r.ok())
        return r;
    // Before any table exists: lets retention give freed pages back to the file system.
    if (version == 0 && !exec(q, u"PRAGMA auto_vacuum = INCREMENTAL"_s, &r))
        return r;
    if (!exec(q, u"PRAGMA journal_mode = WAL"_s, &r))
        return r;
    if (!exec(q, u"PRAGMA synchronous = NORMAL"_s, &r))
        return r;
    return migrate(db);
}

void close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool hasFullText(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'events_fts'"_s) && q.next();
}

Result write(const QSqlDatabase &constDb, const QList<History::Record> &records,
             QHash<QString, qint64> *roomIds)
{
    QSqlDatabase db = constDb;
    Result r;
    if (!db.transaction())
        return resultOf(db.lastError());
    QSqlQuery upsertRoom(db);
    QSqlQuery roomId(db);
    QSqlQuery event(db);
    QSqlQuery command(db);
    QSqlQuery call(db);
    const bool prepared
        = upsertRoom.prepare(u"INSERT INTO rooms (address, instance, trueconf_id) VALUES "
                             "(COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, '')) "
                             "ON CONFLICT (address, instance) DO UPDATE SET trueconf_id = "
                             "excluded.trueconf_id WHERE excluded.trueconf_id <> ''"_s)
        && roomId.prepare(u"SELECT id FROM rooms WHERE address = ? AND instance = ?"_s)
        && event.prepare(u"INSERT INTO events (time_ms, room_id, kind, name, text, detail) "
                         "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)"_s)
        && command.prepare(
            u"INSERT INTO commands (time_ms, room_id, user, method, outcome, "
            "error_text, latency_ms) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), "
            "COALESCE(?, ''), COALESCE(?, ''), ?)"_s)
        && call.prepare(u"INSERT OR IGNORE INTO calls (time_ms, room_id, peer_id, display_name, "
                        "direction, result, duration_s, call_key) VALUES (?, ?, COALESCE(?, ''), "
                        "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?)"_s);
    const auto fail = [&](const QSqlQuery &q) {
        r = resultOf(q.lastError());
        if (r.ok())
            r = resultOf(db.lastError());
        db.rollback();
        roomIds->clear();
        return r;
    };
    if (!prepared)
        return fail(call.lastError().isValid() ? call : upsertRoom);
    const auto idOf = [&](const History::RoomKey &k) -> qint64 {
        const QString key = k.address + u'\x1f' + k.instance + u'\x1f' + k.trueConfId;
        if (const auto it = roomIds->constFind(key); it != roomIds->constEnd())
            return *it;
        upsertRoom.addBindValue(k.address);
        upsertRoom.addBindValue(k.instance);
        upsertRoom.addBindValue(k.trueConfId);
        if (!upsertRoom.exec())
            return -1;
        roomId.addBindValue(k.address.isNull() ? u""_s : k.address);
        roomId.addBindValue(k.instance.isNull() ? u""_s : k.instance);
        if (!roomId.exec() || !roomId.next())
            return -1;
        const qint64 id = roomId.value(0).toLongLong();
        roomId.finish();
        roomIds->insert(key, id);
        return id;
    };
    for (const History::Record &record : records) {
        if (const auto *e = std::get_if<History::EventRecord>(&record)) {
            const qint64 room = idOf(e->room);
            if (room < 0)
                return fail(upsertRoom.lastError().isValid() ? upsertRoom : roomId);
            event.addBindValue(e->timeMs);
            event.addBindValue(room);
            event.addBindValue(e->kind);
            event.addBindValue(e->name);
            event.addBindValue(e->text);
            event.addBindValue(e->detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(QString::fromUtf8(e->detail)));
            if (!event.exec())
                return fail(event);
        } else if (const auto *c = std::get_if<History::CommandRecord>(&record)) {
            const qint64 room = idOf(c->room);
            if (room < 0)
                return fail(upsertRoom.lastError().isValid() ? upsertRoom : roomId);
            command.addBindValue(c->timeMs);
            command.addBindValue(room);
            command.addBindValue(c->user);
            command.addBindValue(c->method);
            command.addBindValue(c->outcome);
            command.addBindValue(c->errorText);
            command.addBindValue(c->latencyMs < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                  : QVariant(c->latencyMs));
            if (!command.exec())
                return fail(command);
        } else if (const auto *k = std::get_if<History::CallRecord>(&record)) {
            const qint64 room = idOf(k->room);
            if (room < 0)
                return fail(upsertRoom.lastError().isValid() ? upsertRoom : roomId);
            call.addBindValue(k->timeMs);
            call.addBindValue(room);
            call.addBindValue(k->peerId);
            call.addBindValue(k->displayName);
            call.addBindValue(k->direction);
            call.addBindValue(k->result);
            call.addBindValue(k->durationSecs);
            call.addBindValue(k->key.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(k->key));
            if (!call.exec())
                return fail(call);
        }
    }
    if (!db.commit()) {
        r = resultOf(db.lastError());
        db.rollback();
        roomIds->clear();
        return r;
    }
    return {};
}

qint64 count(const QSqlDatabase &db, const Filter &filter, Result *result)
{
    QVariantList values;
    const QString sql = u"SELECT count(*) FROM %1 t"_s.arg(tableName(filter.table))
        + whereOf(db, filter, &values);
    QSqlQuery q(db);
    Result r;
    if (!prepare(q, sql, values, &r) || !q.next()) {
        if (result)
            *result = r.ok() ? resultOf(q.lastError()) : r;
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<Row> query(const QSqlDatabase &db, const Filter &filter, qint64 offset, int limit,
                 Result *result)
{
    if (limit <= 0 || offset < 0)
        return {};
    // A page far from the start is read backwards from the end: an offset walks the index
    // entries before it, so the last page costs as little as the first.
    bool backwards = false;
    if (offset > 1000) {
        const qint64 total = count(db, filter, result);
        if (offset >= total)
            return {};
        if (offset > total / 2) {
            backwards = true;
            const qint64 end = std::min<qint64>(total, offset + limit);
            limit = int(end - offset);
            offset = total - end;
        }
    }
    QVariantList values;
    const QString order
        = backwards ? u" ORDER BY t.time_ms DESC, t.id DESC"_s : u" ORDER BY t.time_ms, t.id"_s;
    const QString sql = u"SELECT t.id, t.time_ms, r.address, r.instance, r.trueconf_id, %1 "
                        "FROM %2 t JOIN rooms r ON r.id = t.room_id"_s.arg(columnsOf(filter.table),
                                                                           tableName(filter.table))
        + whereOf(db, filter, &values) + order + u" LIMIT ? OFFSET ?"_s;
    values << limit << offset;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Result r;
    QList<Row> rows;
    if (!prepare(q, sql, values, &r)) {
        if (result)
            *result = r;
        return rows;
    }
    while (q.next())
        rows << rowOf(q, filter.table);
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result forEachRow(const QSqlDatabase &db, const Filter &filter,
                  const std::function<bool(const Row &)> &f)
{
    QVariantList values;
    const QString sql = u"SELECT t.id, t.time_ms, r.address, r.instance, r.trueconf_id, %1 "
                        "FROM %2 t JOIN rooms r ON r.id = t.room_id"_s.arg(columnsOf(filter.table),
                                                                           tableName(filter.table))
        + whereOf(db, filter, &values) + u" ORDER BY t.time_ms, t.id"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Result r;
    if (!prepare(q, sql, values, &r))
        return r;
    while (q.next())
        if (!f(rowOf(q, filter.table)))
            break;
    return resultOf(q.lastError());
}

qint64 usedBytes(const QSqlDatabase &db)
{
    const qint64 pages = pragma(db, u"page_count"_s);
    const qint64 free = pragma(db, u"freelist_count"_s);
    const qint64 size = pragma(db, u"page_size"_s);
    return pages < 0 || free < 0 || size < 0 ? -1 : (pages - free) * size;
}

Result trim(const QSqlDatabase &db, int maxAgeDays, qint64 maxBytes, qint64 nowMs, qint64 *deleted)
{
    Result r;
    qint64 gone = 0;
    QSqlQuery q(db);
    const QList<Table> tables = { Table::Events, Table::Commands, Table::Calls };
    if (maxAgeDays > 0) {
        const qint64 cutoff = nowMs - qint64(maxAgeDays) * 24 * 3600 * 1000;
        for (Table t : tables) {
            if (!prepare(q, u"DELETE FROM %1 WHERE time_ms < ?"_s.arg(tableName(t)), { cutoff },
                         &r))
                return r;
            gone += q.numRowsAffected();
        }
    }
    // The oldest tenth of each table at a time, until the pages in use fit.
    for (int round = 0; maxBytes > 0 && round < 64; ++round) {
        const qint64 used = usedBytes(db);
        if (used < 0 || used <= maxBytes)
            break;
        qint64 goneThisRound = 0;
        for (Table t : tables) {
            Filter all;
            all.table = t;
            const qint64 rows = count(db, all);
            if (rows == 0)
                continue;
            const qint64 n = std::max<qint64>(64, rows / 10);
            if (!prepare(q,
                         u"DELETE FROM %1 WHERE id IN (SELECT id FROM %1 ORDER BY time_ms, id "
                         "LIMIT ?)"_s.arg(tableName(t)),
                         { n }, &r))
                return r;
            goneThisRound += q.numRowsAffected();
        }
        gone += goneThisRound;
        if (goneThisRound == 0)
            break;
    }
    if (gone > 0) {
        // Each step of incremental_vacuum frees a page, and Qt steps a statement without
        // columns once: run it until the free list is empty.
        for (qint64 free = pragma(db, u"freelist_count"_s), i = 0; free > 0 && i < free; ++i)
            if (!q.exec(u"PRAGMA incremental_vacuum"_s))
                break;
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    if (deleted)
        *deleted = gone;
    return r;
}

} // namespace HistoryDb
