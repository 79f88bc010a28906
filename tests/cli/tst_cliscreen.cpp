// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl monitors, layout and widgets [NAME on|off], in-process against the strict
// simulator: parsing, output, --json, a change on the room.
#include "cli/clirunner.h"
#include "clirun.h"
#include "sim/simscreen.h"
#include "simroom.h"

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

} // namespace

class tst_CliScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands();
    void listsMonitors();
    void showsTheLayout();
    void switchesAWidget();
};

void tst_CliScreen::parsesCommands()
{
    CliParseResult r = parse({ u"widgets"_s, u"clock"_s, u"off"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Widgets);
    QCOMPARE(r.options.arguments, QStringList({ u"clock"_s, u"off"_s }));
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    QCOMPARE(parse({ u"monitors"_s }).options.command, CliOptions::Command::Monitors);
    QCOMPARE(parse({ u"layout"_s }).options.command, CliOptions::Command::Layout);
    for (const QStringList &bad : { QStringList { u"widgets"_s, u"clock"_s },
                                    { u"widgets"_s, u"sundial"_s, u"on"_s },
                                    { u"widgets"_s, u"clock"_s, u"maybe"_s },
                                    { u"monitors"_s, u"all"_s } })
        QVERIFY2(parse(bad).action != CliParseResult::Action::Run, qPrintable(bad.join(u' ')));
}

void tst_CliScreen::listsMonitors()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"monitors"_s });
    QCOMPARE(run.wait(), int(CliExit::Ok));
    QVERIFY2(run.out().contains(u"HDMI-2"_s), qPrintable(run.out()));
    QVERIFY(run.out().contains(u"1920x1080"_s));
    Run json(*sim, { u"--json"_s, u"monitors"_s });
    QCOMPARE(json.wait(), int(CliExit::Ok));
    QCOMPARE(json.json().value(u"monitors"_s).toArray().size(), 2);
    QCOMPARE(json.json().value(u"currentMonitor"_s).toInt(), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliScreen::showsTheLayout()
{
    auto sim = SimRoom::start();
    Run idle(*sim, { u"--json"_s, u"layout"_s });
    QCOMPARE(idle.wait(), int(CliExit::Ok));
    QCOMPARE(idle.json().value(u"inCall"_s).toBool(), false);
    QCOMPARE(idle.json().value(u"defaultMultiConfMatrix"_s).toInt(), 1);

    // In a conference (the room joined one): the slots are listed.
    QVERIFY(sim->simulateIncomingCall(u"owner@sim.trueconf.local"_s, u"Owner"_s, 1, u"Weekly"_s));
    Run accept(*sim, { u"accept"_s });
    QCOMPARE(accept.wait(), int(CliExit::Ok));
    QTRY_COMPARE(sim->appState(), 5);
    Run inCall(*sim, { u"--json"_s, u"layout"_s });
    QCOMPARE(inCall.wait(), int(CliExit::Ok));
    QCOMPARE(inCall.json().value(u"inCall"_s).toBool(), true);
    QCOMPARE(inCall.json().value(u"matrixType"_s).toInt(), sim->screen().matrixType());
    QCOMPARE(inCall.json().value(u"slots"_s).toArray().size(), sim->screen().slotOrder().size());
    Run human(*sim, { u"layout"_s });
    QCOMPARE(human.wait(), int(CliExit::Ok));
    QVERIFY2(human.out().contains(u"#self:0"_s), qPrintable(human.out()));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliScreen::switchesAWidget()
{
    auto sim = SimRoom::start();
    Run off(*sim, { u"widgets"_s, u"clock"_s, u"off"_s });
    QCOMPARE(off.wait(), int(CliExit::Ok));
    QCOMPARE(sim->setting(u"showTime"_s), QJsonValue(false));
    Run list(*sim, { u"--json"_s, u"widgets"_s });
    QCOMPARE(list.wait(), int(CliExit::Ok));
    const QJsonObject widgets = list.json().value(u"widgets"_s).toObject();
    QCOMPARE(widgets.value(u"clock"_s), QJsonValue(false));
    QCOMPARE(widgets.value(u"logo"_s), QJsonValue(true));
    QVERIFY(sim->receivedMethods().count(u"getInfoWidgetsState"_s) == 0); // User level
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliScreen)
#include "tst_cliscreen.moc"
