// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl log (issue #18): the runner in-process over a real SQLite history file filled
// through HistoryStore in a QTemporaryDir; no room is connected to.
#include "cli/clilog.h"
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "core/history/historystore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

//! One in-process `roomdeckctl ARGS` run; the exit code, stdout and stderr.
struct LogRun
{
    int code = -1;
    QString out;
    QString err;
};

LogRun runCli(const QStringList &args)
{
    LogRun r;
    const CliParseResult parsed
        = CliCommandLine::parse(QStringList { u"roomdeckctl"_s } + args, {});
    if (parsed.action != CliParseResult::Action::Run) {
        r.code = int(CliExit::Usage);
        r.err = parsed.text;
        return r;
    }
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRunner runner(parsed.options, &out, &err);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(10000))
        return r;
    r.code = finished.first().first().toInt();
    r.out = QString::fromUtf8(out.data());
    r.err = QString::fromUtf8(err.data());
    return r;
}

History::RoomKey key(const QString &address, const QString &instance = u"default"_s)
{
    return { address, instance, u"room@sim"_s };
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_CliLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roomMatching();
    void sinceUntil();
    void kinds();
    void search();
    void limitKeepsTheNewest();
    void jsonLines();
    void hostileTextIsEscaped();
    void missingOrDamagedFile();
    void usageErrors();
    void parseTime();

private:
    QStringList base(const QString &room = u"10.0.0.5:8088"_s) const
    {
        return { u"--room"_s, room, u"log"_s, u"--history-file"_s, m_path };
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_now = 0;
};

void tst_CliLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"history.sqlite"_s);
    m_now = QDateTime::currentMSecsSinceEpoch();
    HistoryStore::Options o;
    o.path = m_path;
    o.maxAgeDays = 0;
    o.maxMiB = 0;
    HistoryStore store(o);
    const auto event = [&](qint64 agoMins, const History::RoomKey &room, const QString &kind,
                           const QString &text) {
        History::EventRecord e;
        e.timeMs = m_now - agoMins * 60000;
        e.room = room;
        e.kind = kind;
        e.name = u"appStateChanged"_s;
        e.text = text;
        e.detail = R"({"method":"appStateChanged","appState":3})";
        store.append(std::move(e));
    };
    const auto board = key(u"10.0.0.5:8088"_s);
    const auto lobby = key(u"10.0.0.5:8088 (instance lobby)"_s, u"lobby"_s);
    const auto other = key(u"10.0.0.5:9000"_s);
    const auto far = key(u"10.0.0.6:8088"_s);
    event(180, board, u"connection"_s, u"Connected to the board room"_s);
    event(90, board, u"event"_s, u"The room is ready"_s);
    event(30, board, u"error"_s, u"Camera unplugged"_s);
    event(20, lobby, u"event"_s, u"Lobby ready"_s);
    event(15, other, u"event"_s, u"Other port"_s);
    event(10, far, u"event"_s, u"Far room"_s);
    event(5, board, u"notice"_s, u"Evil \x1b[31mred\r\nfake line"_s);
    History::CommandRecord c;
    c.timeMs = m_now - 60 * 60000;
    c.room = board;
    c.user = u"alice"_s;
    c.method = u"rebootSystem"_s;
    c.outcome = u"error"_s;
    c.errorText = u"not now"_s;
    c.latencyMs = 42;
    store.append(c);
    History::CallRecord call;
    call.timeMs = m_now - 45 * 60000;
    call.room = board;
    call.peerId = u"bob@srv"_s;
    call.displayName = u"Bob"_s;
    call.direction = u"incoming"_s;
    call.result = u"call"_s;
    call.durationSecs = 300;
    call.key = u"k1"_s;
    store.append(call);
    store.flush();
    QCOMPARE(store.state(), HistoryStore::State::Ok);
}

void tst_CliLog::roomMatching()
{
    // HOST:PORT: every instance on that port, nothing of other ports or hosts.
    LogRun r = runCli(base());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.contains(u"Connected to the board room"_s));
    QVERIFY(r.out.contains(u"Lobby ready"_s));
    QVERIFY(r.out.contains(u"rebootSystem by alice: error (42 ms) — not now"_s));
    QVERIFY(r.out.contains(u"incoming Bob (bob@srv), call, 300 s"_s));
    QVERIFY(!r.out.contains(u"Other port"_s));
    QVERIFY(!r.out.contains(u"Far room"_s));
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 1 + 7); // the header and the rows
    QVERIFY(rows.first().startsWith(u"TIME"_s));
    QVERIFY(rows.at(1).contains(u"Connected to the board room"_s)); // oldest first

    // --instance: that instance only.
    r = runCli(base() + QStringList { u"--instance"_s, u"lobby"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 2);
    QVERIFY(r.out.contains(u"Lobby ready"_s));
    r = runCli(base() + QStringList { u"--instance"_s, u"default"_s });
    QVERIFY(!r.out.contains(u"Lobby ready"_s));
    QVERIFY(r.out.contains(u"Camera unplugged"_s));

    // HOST alone: every port.
    r = runCli(base(u"10.0.0.5"_s));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Other port"_s));
    QVERIFY(r.out.contains(u"Lobby ready"_s));
    QVERIFY(!r.out.contains(u"Far room"_s));

    // A room the file does not know: no rows, exit 0, the rooms it knows named.
    r = runCli(base(u"10.0.0.9:8088"_s));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"10.0.0.6:8088"_s), qPrintable(r.out));
    r = runCli(base(u"10.0.0.9:8088"_s) << u"--json"_s);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
}

void tst_CliLog::sinceUntil()
{
    LogRun r = runCli(base() + QStringList { u"--since"_s, u"40m"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 1 + 3); // error 30m, lobby 20m, notice 5m
    QVERIFY(!r.out.contains(u"rebootSystem"_s));

    r = runCli(base() + QStringList { u"--since"_s, u"2h"_s, u"--until"_s, u"50m"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 1 + 2); // event 90m, command 60m
    QVERIFY(r.out.contains(u"The room is ready"_s));
    QVERIFY(r.out.contains(u"rebootSystem"_s));

    // Absolute: a date-time with a zone, and a date (its local midnight).
    const QString at
        = QDateTime::fromMSecsSinceEpoch(m_now - 35 * 60000, Qt::UTC).toString(Qt::ISODate);
    r = runCli(base() + QStringList { u"--since"_s, at });
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 1 + 3);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    r = runCli(base() + QStringList { u"--since"_s, tomorrow });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"Nothing in the history of"_s));
    r = runCli(base() + QStringList { u"--until"_s, tomorrow, u"--json"_s });
    QCOMPARE(lines(r.out).size(), 7);
}

void tst_CliLog::kinds()
{
    LogRun r = runCli(base() + QStringList { u"--kind"_s, u"error,call"_s, u"--json"_s });
    QCOMPARE(r.code, 0);
    QStringList seen;
    for (const QString &line : lines(r.out))
        seen << QJsonDocument::fromJson(line.toUtf8()).object().value(u"kind"_s).toString();
    QCOMPARE(seen, (QStringList { u"call"_s, u"error"_s }));

    r = runCli(
        base()
        + QStringList { u"--kind"_s, u"command"_s, u"--kind"_s, u"connection"_s, u"--json"_s });
    seen.clear();
    for (const QString &line : lines(r.out))
        seen << QJsonDocument::fromJson(line.toUtf8()).object().value(u"table"_s).toString();
    QCOMPARE(seen, (QStringList { u"events"_s, u"commands"_s }));
}

void tst_CliLog::search()
{
    LogRun r = runCli(base() + QStringList { u"--search"_s, u"camera"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 2);
    QVERIFY(r.out.contains(u"Camera unplugged"_s));
    r = runCli(base() + QStringList { u"--search"_s, u"reboot"_s }); // a command's method
    QCOMPARE(lines(r.out).size(), 2);
    QVERIFY(r.out.contains(u"rebootSystem"_s));
}

void tst_CliLog::limitKeepsTheNewest()
{
    const LogRun r = runCli(base() + QStringList { u"--limit"_s, u"2"_s, u"--json"_s });
    QCOMPARE(r.code, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(rows.at(0).toUtf8()).object();
    const QJsonObject second = QJsonDocument::fromJson(rows.at(1).toUtf8()).object();
    QCOMPARE(first.value(u"text"_s).toString(), u"Lobby ready"_s); // 20 min ago
    QCOMPARE(second.value(u"kind"_s).toString(), u"notice"_s); // 5 min ago: last
}

void tst_CliLog::jsonLines()
{
    const LogRun r = runCli(base() + QStringList { u"--json"_s });
    QCOMPARE(r.code, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 7);
    qint64 last = 0;
    for (const QString &line : rows) {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(line));
        QVERIFY(o.value(u"timeMs"_s).toInteger() >= last);
        last = o.value(u"timeMs"_s).toInteger();
        QVERIFY(QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(o.value(u"room"_s).toString().startsWith(u"10.0.0.5:8088"_s));
        QCOMPARE(o.value(u"trueConfId"_s).toString(), u"room@sim"_s);
        const QString table = o.value(u"table"_s).toString();
        if (table == u"commands"_s) {
            QCOMPARE(o.value(u"user"_s).toString(), u"alice"_s);
            QCOMPARE(o.value(u"method"_s).toString(), u"rebootSystem"_s);
            QCOMPARE(o.value(u"outcome"_s).toString(), u"error"_s);
            QCOMPARE(o.value(u"error"_s).toString(), u"not now"_s);
            QCOMPARE(o.value(u"latencyMs"_s).toInt(), 42);
        } else if (table == u"calls"_s) {
            QCOMPARE(o.value(u"peerId"_s).toString(), u"bob@srv"_s);
            QCOMPARE(o.value(u"durationSecs"_s).toInt(), 300);
        } else {
            QCOMPARE(table, u"events"_s);
            QCOMPARE(o.value(u"name"_s).toString(), u"appStateChanged"_s);
            QCOMPARE(o.value(u"detail"_s).toObject().value(u"appState"_s).toInt(), 3);
        }
    }
}

void tst_CliLog::hostileTextIsEscaped()
{
    LogRun r = runCli(base() + QStringList { u"--kind"_s, u"notice"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(QChar(0x1b)));
    QVERIFY(!r.out.contains(u'\r'));
    QCOMPARE(lines(r.out).size(), 2); // the line break did not make a line of its own
    QVERIFY2(r.out.contains(u"Evil \\x1B[31mred\\x0D\\x0Afake line"_s), qPrintable(r.out));

    r = runCli(base() + QStringList { u"--kind"_s, u"notice"_s, u"--json"_s });
    QCOMPARE(lines(r.out).size(), 1);
    QVERIFY(!r.out.contains(QChar(0x1b)));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"text"_s).toString(), u"Evil \x1b[31mred\r\nfake line"_s); // exact
}

void tst_CliLog::missingOrDamagedFile()
{
    LogRun r = runCli({ u"--room"_s, u"10.0.0.5"_s, u"log"_s, u"--history-file"_s,
                        m_dir.filePath(u"none.sqlite"_s) });
    QCOMPARE(r.code, int(CliExit::NoHistory));
    QCOMPARE(r.out, QString());
    QCOMPARE(lines(r.err).size(), 1);
    QVERIFY2(r.err.startsWith(u"roomdeckctl: log: "_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"none.sqlite"_s));

    const QString junk = m_dir.filePath(u"junk.sqlite"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    r = runCli({ u"--room"_s, u"10.0.0.5"_s, u"log"_s, u"--history-file"_s, junk });
    QCOMPARE(r.code, int(CliExit::NoHistory));
    QCOMPARE(lines(r.err).size(), 1);
    QCOMPARE(f.size(), 8192); // read-only: the file is left as it was
}

void tst_CliLog::usageErrors()
{
    const auto code = [this](const QStringList &extra) {
        return runCli(base() + extra).code;
    };
    QCOMPARE(code({ u"--since"_s, u"yesterday"_s }), int(CliExit::Usage));
    QCOMPARE(code({ u"--kind"_s, u"frame"_s }), int(CliExit::Usage));
    QCOMPARE(code({ u"--limit"_s, u"0"_s }), int(CliExit::Usage));
    QCOMPARE(code({ u"--since"_s, u"1h"_s, u"--until"_s, u"2h"_s }), int(CliExit::Usage));
    QCOMPARE(code({ u"extra"_s }), int(CliExit::Usage));
    // log's options belong to it.
    const CliParseResult p = CliCommandLine::parse(
        { u"roomdeckctl"_s, u"--room"_s, u"h"_s, u"status"_s, u"--since"_s, u"1h"_s }, {});
    QCOMPARE(p.action, CliParseResult::Action::Error);
    QVERIFY(p.text.contains(u"log"_s));
}

void tst_CliLog::parseTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(CliLog::parseTime(u"30m"_s, now), now.addSecs(-1800));
    QCOMPARE(CliLog::parseTime(u"2h"_s, now), now.addSecs(-7200));
    QCOMPARE(CliLog::parseTime(u"7d"_s, now), now.addSecs(-7 * 86400));
    QCOMPARE(CliLog::parseTime(u"2026-12-05"_s, now), QDate(2026, 12, 5).startOfDay());
    QCOMPARE(CliLog::parseTime(u"2026-12-05 10:14"_s, now),
             QDateTime(QDate(2026, 12, 5), QTime(10, 14)));
    QCOMPARE(CliLog::parseTime(u"2026-12-05T10:14:00Z"_s, now),
             QDateTime(QDate(2026, 12, 5), QTime(10, 14), Qt::UTC));
    QVERIFY(!CliLog::parseTime(u"soon"_s, now).isValid());
    QVERIFY(!CliLog::parseTime(u"-3h"_s, now).isValid());
    QVERIFY(CliLog::namesPort(u"10.0.0.5:8088"_s));
    QVERIFY(!CliLog::namesPort(u"10.0.0.5"_s));
    QVERIFY(CliLog::namesPort(u"[::1]:80"_s));
    QVERIFY(!CliLog::namesPort(u"[::1]"_s));
}

QTEST_GUILESS_MAIN(tst_CliLog)
#include "tst_clilog.moc"
