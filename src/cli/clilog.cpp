// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clilog.h"

#include "cli/cliformat.h"
#include "core/history/historystore.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/roomtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliLog", text);
}

//! The host and port of an address as the history keeps it or as typed: the text before the
//! first space ("10.0.0.5:8088 (instance lobby)" -> 10.0.0.5, 8088); ws:// URLs by their parts.
struct HostPort
{
    QString host;
    QString port;
    bool ws = false;
};

HostPort hostPortOf(const QString &address)
{
    const QString first = address.trimmed().section(u' ', 0, 0);
    if (first.startsWith(u"ws://"_s, Qt::CaseInsensitive)) {
        const QUrl url(first);
        return { url.host().toLower(), QString::number(url.port(RoomAddress::kDefaultWsPort)),
                 true };
    }
    const qsizetype colon = first.lastIndexOf(u':');
    if (colon <= 0 || first.endsWith(u']'))
        return { first.toLower(), {}, false };
    return { first.left(colon).toLower(), first.mid(colon + 1), false };
}

QStringList eventKinds()
{
    QStringList kinds;
    for (const EventLogModel::Kind k :
         { EventLogModel::Kind::Connection, EventLogModel::Kind::Event,
           EventLogModel::Kind::Command, EventLogModel::Kind::Error, EventLogModel::Kind::Notice,
           EventLogModel::Kind::Presence })
        kinds << RoomHistoryRecorder::kindName(k);
    return kinds;
}

QString tableName(History::Table table)
{
    switch (table) {
    case History::Table::Events:
        return u"events"_s;
    case History::Table::Commands:
        return u"commands"_s;
    case History::Table::Calls:
        return u"calls"_s;
    }
    return {};
}

//! A stored text made safe for one terminal cell: bounded, escaped, on one line.
QString cell(const QString &text)
{
    QString t = text;
    if (t.size() > RoomText::kTextLength)
        t = t.left(RoomText::kTextLength
                   - (t.at(RoomText::kTextLength - 1).isHighSurrogate() ? 1 : 0))
            + QChar(0x2026);
    return CliFormat::terminalSafe(t).replace(u'\n', u"\\x0A"_s);
}

QString rowText(const History::Row &row)
{
    switch (row.table) {
    case History::Table::Events:
        return row.text.isEmpty() ? row.name : row.text;
    case History::Table::Commands: {
        QString text = tr("%1 by %2: %3").arg(row.method, row.user, row.outcome);
        if (row.latencyMs >= 0)
            text += tr(" (%1 ms)").arg(row.latencyMs);
        if (!row.errorText.isEmpty())
            text += u" — "_s + row.errorText;
        return text;
    }
    case History::Table::Calls: {
        QString who = row.displayName;
        if (!row.peerId.isEmpty() && row.peerId != row.displayName)
            who = who.isEmpty() ? row.peerId : tr("%1 (%2)").arg(row.displayName, row.peerId);
        return tr("%1 %2, %3, %4 s").arg(row.direction, who, row.result).arg(row.durationSecs);
    }
    }
    return {};
}

} // namespace

namespace CliLog {

QStringList kindNames()
{
    return eventKinds() << u"call"_s;
}

bool namesPort(const QString &room)
{
    QString t = room.trimmed();
    if (t.startsWith(u"http://"_s, Qt::CaseInsensitive))
        t = t.mid(7);
    const QString authority = t.section(u'/', 0, 0);
    if (authority.startsWith(u'['))
        return authority.contains(u"]:"_s);
    return authority.count(u':') == 1;
}

QDateTime parseTime(const QString &text, const QDateTime &now)
{
    const QString t = text.trimmed();
    static const QRegularExpression relative(u"^(\\d{1,9})\\s*([smhdw])$"_s);
    if (const auto m = relative.match(t.toLower()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 secs = unit == u's' ? 1
            : unit == u'm'               ? 60
            : unit == u'h'               ? 3600
            : unit == u'd'               ? 86400
                                         : 7 * 86400;
        return now.addSecs(-n * secs);
    }
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return date.startOfDay();
    QString dt = t;
    if (dt.size() > 10 && dt.at(10) == u' ')
        dt[10] = u'T'; // "2026-12-05 10:14" as typed
    QDateTime time = QDateTime::fromString(dt, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(dt, Qt::ISODate);
    return time;
}

QString parse(const Arguments &args, CliOptions *o)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (!args.since.isNull()) {
        o->since = parseTime(args.since, now);
        if (!o->since.isValid())
            return tr("--since takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a "
                      "time ago (30m, 2h, 7d), not “%1”")
                .arg(args.since.left(64));
    }
    if (!args.until.isNull()) {
        o->until = parseTime(args.until, now);
        if (!o->until.isValid())
            return tr("--until takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a "
                      "time ago (30m, 2h, 7d), not “%1”")
                .arg(args.until.left(64));
    }
    if (o->since.isValid() && o->until.isValid() && o->until <= o->since)
        return tr("log: --until must be later than --since");
    const QStringList known = kindNames();
    for (const QString &list : args.kinds)
        for (const QString &word : list.split(u',', Qt::SkipEmptyParts)) {
            const QString k = word.trimmed().toLower();
            if (!known.contains(k))
                return tr("--kind takes %1, not “%2”").arg(known.join(u", "_s), word.left(64));
            if (!o->logKinds.contains(k))
                o->logKinds << k;
        }
    o->search = args.search.trimmed();
    if (!args.limit.isNull()) {
        bool ok = false;
        const int n = args.limit.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > kMaxLimit)
            return tr("--limit takes a number from 1 to %1, not “%2”")
                .arg(kMaxLimit)
                .arg(args.limit.left(64));
        o->limit = n;
    }
    if (!args.historyFile.isNull()) {
        if (args.historyFile.trimmed().isEmpty())
            return tr("--history-file is empty");
        o->historyFile = args.historyFile;
    }
    o->anyPort = !args.roomText.isEmpty() && !namesPort(args.roomText);
    o->anyInstance = !args.instanceGiven && o->address.instance == u"default"_s;
    return {};
}

bool matches(const History::RoomKey &key, const CliOptions &o)
{
    RoomAddress asked = o.address;
    asked.instance = u"default"_s; // the host and port only
    const HostPort want = hostPortOf(asked.keyText());
    const HostPort have = hostPortOf(key.address);
    if (want.ws != have.ws || want.host != have.host)
        return false;
    if (!(o.anyPort && !want.ws) && want.port != have.port)
        return false;
    return o.anyInstance || key.instance == o.address.instance;
}

QJsonObject json(const History::Row &row)
{
    QJsonObject o {
        { u"id"_s, row.id },
        { u"table"_s, tableName(row.table) },
        { u"time"_s, row.time().toString(Qt::ISODateWithMs) },
        { u"timeMs"_s, row.timeMs },
        { u"room"_s, row.room },
        { u"instance"_s, row.instance },
        { u"trueConfId"_s, row.trueConfId },
    };
    switch (row.table) {
    case History::Table::Events: {
        o.insert(u"kind"_s, row.kind);
        o.insert(u"name"_s, row.name);
        o.insert(u"text"_s, row.text);
        const QJsonDocument detail = QJsonDocument::fromJson(row.detail);
        if (detail.isObject())
            o.insert(u"detail"_s, detail.object());
        else if (detail.isArray())
            o.insert(u"detail"_s, detail.array());
        else if (!row.detail.isEmpty())
            o.insert(u"detail"_s, QString::fromUtf8(row.detail));
        else
            o.insert(u"detail"_s, QJsonValue::Null);
        break;
    }
    case History::Table::Commands:
        o.insert(u"kind"_s, u"command"_s);
        o.insert(u"user"_s, row.user);
        o.insert(u"method"_s, row.method);
        o.insert(u"outcome"_s, row.outcome);
        o.insert(u"error"_s, row.errorText);
        o.insert(u"latencyMs"_s, row.latencyMs);
        break;
    case History::Table::Calls:
        o.insert(u"kind"_s, u"call"_s);
        o.insert(u"peerId"_s, row.peerId);
        o.insert(u"displayName"_s, row.displayName);
        o.insert(u"direction"_s, row.direction);
        o.insert(u"result"_s, row.result);
        o.insert(u"durationSecs"_s, row.durationSecs);
        break;
    }
    return o;
}

QStringList cells(const History::Row &row)
{
    const QString kind = row.table == History::Table::Events ? row.kind
        : row.table == History::Table::Commands              ? u"command"_s
                                                             : u"call"_s;
    return { row.time().toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), cell(row.room),
             cell(kind), cell(rowText(row)) };
}

CliExit run(const CliOptions &options, QString *output, QString *error)
{
    HistoryStore::Options so;
    so.path = options.historyFile; // empty: HistoryStore::defaultPath()
    so.readOnly = true;
    HistoryStore store(so);
    if (store.state() == HistoryStore::State::Paused) {
        *error = tr("log: %1").arg(store.statusText());
        return CliExit::NoHistory;
    }
    QList<History::RoomKey> rooms = store.rooms();
    const QList<History::RoomKey> all = rooms;
    rooms.erase(std::remove_if(rooms.begin(), rooms.end(),
                               [&](const History::RoomKey &k) { return !matches(k, options); }),
                rooms.end());
    if (rooms.isEmpty()) {
        if (!options.json) {
            QStringList known;
            for (const History::RoomKey &k : all.mid(0, 10))
                known << k.address;
            *output
                = tr("No history of %1 in %2.")
                      .arg(options.address.displayText(), QDir::toNativeSeparators(store.path()));
            if (!known.isEmpty())
                *output += u' ' + tr("Rooms in the file: %1.").arg(known.join(u", "_s));
            *output += u'\n';
        }
        return CliExit::Ok;
    }

    const QStringList wanted = options.logKinds;
    QStringList events;
    for (const QString &k : eventKinds())
        if (wanted.isEmpty() || wanted.contains(k))
            events << k;
    QList<History::Table> tables;
    if (!events.isEmpty())
        tables << History::Table::Events;
    if (wanted.isEmpty() || wanted.contains(u"command"_s))
        tables << History::Table::Commands;
    if (wanted.isEmpty() || wanted.contains(u"call"_s))
        tables << History::Table::Calls;

    // The newest `limit` of each room and table, then the newest `limit` of them all.
    QList<History::Row> rows;
    for (const History::RoomKey &k : rooms)
        for (const History::Table table : tables) {
            History::Filter f;
            f.table = table;
            f.room = k.address;
            f.instance = k.instance;
            if (table == History::Table::Events && !wanted.isEmpty())
                f.kinds = events;
            f.since = options.since;
            f.until = options.until;
            f.text = options.search;
            const qint64 count = store.count(f);
            rows += store.query(f, std::max<qint64>(0, count - options.limit), options.limit);
        }
    std::stable_sort(rows.begin(), rows.end(), [](const History::Row &a, const History::Row &b) {
        if (a.timeMs != b.timeMs)
            return a.timeMs < b.timeMs;
        if (a.table != b.table)
            return int(a.table) < int(b.table);
        return a.id < b.id;
    });
    if (rows.size() > options.limit)
        rows = rows.mid(rows.size() - options.limit);

    QString text;
    if (options.json) {
        for (const History::Row &row : std::as_const(rows))
            text += CliFormat::jsonLine(json(row));
    } else if (rows.isEmpty()) {
        text = tr("Nothing in the history of %1 matches.").arg(options.address.displayText())
            + u'\n';
    } else {
        QList<QStringList> lines;
        lines.reserve(rows.size());
        for (const History::Row &row : std::as_const(rows))
            lines << cells(row);
        text = CliFormat::table({ tr("TIME"), tr("ROOM"), tr("KIND"), tr("TEXT") }, lines);
    }
    *output = text;
    return CliExit::Ok;
}

QString helpText()
{
    return tr(
        "  log [--since T] [--until T] [--kind K]... [--search TEXT] [--limit N]\n"
        "      [--history-file PATH]\n"
        "                          the room's durable history as RoomDeck (and\n"
        "                          roomdeck-agent) recorded it: event-log lines, commands\n"
        "                          with their outcome, calls; never connects to the room.\n"
        "                          --room HOST matches every port and instance of HOST,\n"
        "                          HOST:PORT every instance unless --instance is given.\n"
        "                          T: 2026-12-05 (its midnight), 2026-12-05T10:14 (local\n"
        "                          time unless a zone is given) or a time ago: 30m, 2h, 7d;\n"
        "                          --until is exclusive. K (repeat or comma list):\n"
        "                          connection, event, command, error, notice, presence,\n"
        "                          call. --search: words that must all occur. The newest N\n"
        "                          rows (default 200), oldest first; --json: one object per\n"
        "                          line with every field. File: --history-file, else the\n"
        "                          one RoomDeck writes (~/.local/share/RoomDeck/\n"
        "                          history.sqlite); exit 8 when it is missing or unreadable\n");
}

} // namespace CliLog
