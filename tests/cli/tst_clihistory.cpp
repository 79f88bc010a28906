// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl history [--missed] | mark-seen | clear and meetings | join ID, in-process
// against the strict simulator: parsing, output (terminal-safe), --json, refusals.
#include "cli/clirunner.h"
#include "clirun.h"
#include "sim/simcallhistory.h"
#include "sim/simscheduler.h"
#include "simroom.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

CliParseResult parse(const QStringList &args)
{
    return CliCommandLine::parse(
        QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, {});
}

void record(RoomSimulator &sim, SimCallHistory::Type type, const QString &peerDn, qint64 ago)
{
    SimCallHistory::Entry e;
    e.type = type;
    e.peerId = u"someone@sim.trueconf.local"_s;
    e.peerDn = peerDn;
    e.startTime = QDateTime::currentSecsSinceEpoch() - ago;
    e.duration = type == SimCallHistory::Type::Missed ? 0 : 61;
    sim.callHistory().record(e);
}

} // namespace

class tst_CliHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands();
    void usageErrors_data();
    void usageErrors();
    void listsTheHistory();
    void markSeenAndClear();
    void clearIsRefusedAtUserLevel();
    void listsAndJoinsMeetings();
};

void tst_CliHistory::parsesCommands()
{
    CliParseResult r = parse({ u"history"_s, u"--missed"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::History);
    QVERIFY(r.options.missed);
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    r = parse({ u"history"_s, u"clear"_s });
    QCOMPARE(r.options.subcommand, u"clear"_s);
    QCOMPARE(r.options.credentials.role, Room::Role::Admin);
    r = parse({ u"meetings"_s });
    QCOMPARE(r.options.command, CliOptions::Command::Meetings);
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    r = parse({ u"meetings"_s, u"join"_s, u"\\c\\0048411003"_s });
    QCOMPARE(r.options.subcommand, u"join"_s);
    QCOMPARE(r.options.meetingId, u"0048411003"_s);
    QVERIFY(parse({ u"--help"_s }).text.contains(u"meetings join ID"_s));
}

void tst_CliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("history what") << QStringList { u"history"_s, u"what"_s };
    QTest::newRow("missed on clear") << QStringList { u"history"_s, u"clear"_s, u"--missed"_s };
    QTest::newRow("missed elsewhere") << QStringList { u"meetings"_s, u"--missed"_s };
    QTest::newRow("join without id") << QStringList { u"meetings"_s, u"join"_s };
    QTest::newRow("meetings what") << QStringList { u"meetings"_s, u"x"_s, u"y"_s };
}

void tst_CliHistory::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliHistory::listsTheHistory()
{
    auto sim = SimRoom::start();
    record(*sim, SimCallHistory::Type::Outgoing, u"Kenji Watanabe"_s, 7200);
    // A hostile name: escape sequences never reach the terminal.
    record(*sim, SimCallHistory::Type::Missed, u"Maria\x1b[31m Garcia"_s, 60);

    Run all(*sim, { u"history"_s });
    QCOMPARE(all.wait(), int(CliExit::Ok));
    QVERIFY2(all.out().contains(u"Kenji Watanabe"_s), qPrintable(all.out()));
    QVERIFY(!all.out().contains(QChar(0x1b)));
    QVERIFY(all.out().contains(u"missed (new)"_s));

    Run missed(*sim, { u"--json"_s, u"history"_s, u"--missed"_s });
    QCOMPARE(missed.wait(), int(CliExit::Ok));
    const QJsonObject json = missed.json();
    QCOMPARE(json.value(u"calls"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"unseenMissed"_s).toInt(), 1);
    QCOMPARE(json.value(u"calls"_s).toArray().at(0).toObject().value(u"direction"_s),
             QJsonValue(u"missed"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliHistory::markSeenAndClear()
{
    auto sim = SimRoom::start();
    record(*sim, SimCallHistory::Type::Missed, u"Maria Garcia"_s, 60);
    Run seen(*sim, { u"history"_s, u"mark-seen"_s });
    QCOMPARE(seen.wait(), int(CliExit::Ok));
    QVERIFY(sim->callHistory().at(0).viewed);

    Run clear(*sim, { u"history"_s, u"clear"_s });
    QCOMPARE(clear.wait(), int(CliExit::Ok));
    QCOMPARE(sim->callHistory().size(), 0);
    Run empty(*sim, { u"history"_s });
    QCOMPARE(empty.wait(), int(CliExit::Ok));
    QCOMPARE(empty.out().trimmed(), u"No calls in the history."_s);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliHistory::clearIsRefusedAtUserLevel()
{
    auto sim = SimRoom::start();
    record(*sim, SimCallHistory::Type::Missed, u"Maria Garcia"_s, 60);
    Run clear(*sim, { u"--role"_s, u"user"_s, u"history"_s, u"clear"_s });
    QCOMPARE(clear.wait(), int(CliExit::Refused));
    QVERIFY2(clear.err().contains(u"administrator"_s), qPrintable(clear.err()));
    QCOMPARE(sim->receivedMethods().count(u"clearCallHistory"_s), 0);
    QCOMPARE(sim->callHistory().size(), 1);
}

void tst_CliHistory::listsAndJoinsMeetings()
{
    RoomSimulator::Options options;
    options.serverDelayMs = 10;
    auto sim = SimRoom::start(options);
    sim->scheduler().schedule(u"standup"_s, u"Stand-up"_s, {}, -60, 1800);
    Run list(*sim, { u"--json"_s, u"meetings"_s });
    QCOMPARE(list.wait(), int(CliExit::Ok));
    const QJsonArray meetings = list.json().value(u"meetings"_s).toArray();
    QCOMPARE(meetings.size(), 3);
    Run human(*sim, { u"meetings"_s });
    QCOMPARE(human.wait(), int(CliExit::Ok));
    QVERIFY(human.out().contains(u"Stand-up"_s));

    Run join(*sim, { u"meetings"_s, u"join"_s, u"standup"_s });
    QCOMPARE(join.wait(), int(CliExit::Ok));
    QTRY_COMPARE(sim->appState(), 5);
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_clihistory.moc"
