// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// roomdeckctl check against the strict simulator: one line per item, --json, and the exit
// code of the worst verdict (0 green, 1 amber, 2 red), documented in --help.

#include "cli/clicheck.h"
#include "cli/clirunner.h"
#include "clirun.h"
#include "sim/simaudiotests.h"
#include "simroom.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

std::unique_ptr<RoomSimulator> startSim()
{
    auto sim = SimRoom::start();
    SimAudioTests::Timing timing;
    timing.levelIntervalMs = 20;
    timing.delayStepMs = 20;
    timing.delaySteps = 3;
    sim->audioTests().setTiming(timing);
    return sim;
}

} // namespace

class tst_CliCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsTheExitCodes();
    void exitCodes_data();
    void exitCodes();
    void json();
};

void tst_CliCheck::helpDocumentsTheExitCodes()
{
    const CliParseResult parsed = CliCommandLine::parse({ u"roomdeckctl"_s, u"--help"_s }, {});
    QVERIFY(parsed.text.contains(u"  check "_s));
    QVERIFY(parsed.text.contains(u"exits 0 when every item is OK, 1 on a"_s));
    const CliParseResult check = CliCommandLine::parse(
        { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s, u"check"_s }, {});
    QCOMPARE(check.action, CliParseResult::Action::Run);
    QCOMPARE(check.options.command, CliOptions::Command::Check);
    QCOMPARE(check.options.credentials.role,
             Room::Role::User); // never displaces the operator's admin
    const CliParseResult extra = CliCommandLine::parse(
        { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s, u"check"_s, u"now"_s }, {});
    QCOMPARE(extra.action, CliParseResult::Action::Error);
}

void tst_CliCheck::exitCodes_data()
{
    QTest::addColumn<int>("micLevel");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::newRow("green") << 55 << 80 << 0 << u"Overall: OK"_s;
    QTest::newRow("amber") << 55 << 300 << 1 << u"Overall: Warning"_s;
    QTest::newRow("red") << 0 << 80 << 7 << u"Overall: Problem"_s;
}

void tst_CliCheck::exitCodes()
{
    QFETCH(int, micLevel);
    QFETCH(int, delayMs);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    auto sim = startSim();
    sim->audioTests().setMicrophoneLevel(micLevel);
    sim->audioTests().setAudioDelayMs(delayMs);
    Run run(*sim, { u"check"_s });
    const int code = run.wait(30000);
    const QString out = run.out();
    QVERIFY2(code == exitCode, qPrintable(out + run.err()));
    for (ReadinessCheck::Item item : ReadinessCheck::items())
        QVERIFY2(out.contains(ReadinessCheck::itemName(item)), qPrintable(out));
    QVERIFY2(out.contains(line), qPrintable(out));
    QVERIFY(!sim->audioTests().isMicrophoneTestRunning());
    QCOMPARE(sim->receivedMethods().count(u"testAudioCapturerStop"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliCheck::json()
{
    auto sim = startSim();
    sim->audioTests().setMicrophoneLevel(0);
    Run run(*sim, { u"check"_s, u"--json"_s });
    QCOMPARE(run.wait(30000), 7);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"overall"_s).toString(), u"red"_s);
    QCOMPARE(o.value(u"exitCode"_s).toInt(), 7);
    const QJsonArray items = o.value(u"items"_s).toArray();
    QCOMPARE(items.size(), ReadinessCheck::items().size());
    for (const QJsonValue &v : items) {
        const QJsonObject i = v.toObject();
        const bool mic = i.value(u"item"_s).toString() == u"microphone"_s;
        QCOMPARE(i.value(u"verdict"_s).toString(), mic ? u"red"_s : u"green"_s);
        QVERIFY(!i.value(u"detail"_s).toString().isEmpty());
        QVERIFY(!i.value(u"at"_s).toString().isEmpty());
    }
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliCheck)
#include "tst_clicheck.moc"
