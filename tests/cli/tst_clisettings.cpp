// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// roomdeckctl settings get [NAME] / settings set NAME=VALUE... (issue 16 item 7) against the
// strict simulator: typed parsing, one atomic setSettings, refusals naming the setting.

#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "clirun.h"
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

int setSettingsSent(const RoomSimulator &sim)
{
    return int(sim.receivedMethods().count(u"setSettings"_s));
}

} // namespace

class tst_CliSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands();
    void getsAll();
    void getsOne();
    void setsSeveralAtOnce();
    void refusalsNameTheSetting();
    void userLevel();
};

void tst_CliSettings::parsesCommands()
{
    CliParseResult r = parse({ u"settings"_s, u"get"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Settings);
    QCOMPARE(r.options.subcommand, u"get"_s);
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    r = parse({ u"settings"_s, u"set"_s, u"showTime=off"_s, u"language=de"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.subcommand, u"set"_s);
    QCOMPARE(r.options.arguments, (QStringList { u"showTime=off"_s, u"language=de"_s }));
    QCOMPARE(r.options.credentials.role, Room::Role::Admin);
    for (const QStringList &bad :
         { QStringList { u"settings"_s }, QStringList { u"settings"_s, u"frob"_s },
           QStringList { u"settings"_s, u"set"_s }, QStringList { u"settings"_s, u"set"_s, u"x"_s },
           QStringList { u"settings"_s, u"set"_s, u"=1"_s },
           QStringList { u"settings"_s, u"get"_s, u"a"_s, u"b"_s } })
        QCOMPARE(parse(bad).action, CliParseResult::Action::Error);
    QVERIFY(parse({ u"--help"_s }).text.contains(u"settings set NAME=VALUE"_s));
}

void tst_CliSettings::getsAll()
{
    auto sim = SimRoom::start();
    Run get(*sim, { u"settings"_s, u"get"_s });
    QCOMPARE(get.wait(), int(CliExit::Ok));
    const QStringList lines = get.out().trimmed().split(u'\n');
    QVERIFY(lines.contains(u"showTime = true"_s));
    QVERIFY(lines.contains(u"inputBandWidth = 10240"_s));
    QVERIFY(lines.contains(u"language = en"_s));
    QVERIFY(lines.contains(u"screenSaverTimeout = 600"_s)); // undocumented: shown too

    Run json(*sim, { u"settings"_s, u"get"_s, u"--json"_s });
    QCOMPARE(json.wait(), int(CliExit::Ok));
    const QJsonObject all = json.json().value(u"settings"_s).toObject();
    QCOMPARE(all.value(u"audioPlayLevel"_s), QJsonValue(1.0));
    QCOMPARE(all.value(u"showLogo"_s), QJsonValue(true));
    QCOMPARE(setSettingsSent(*sim), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliSettings::getsOne()
{
    auto sim = SimRoom::start();
    Run one(*sim, { u"settings"_s, u"get"_s, u"defaultMultiConfMatrix"_s });
    QCOMPARE(one.wait(), int(CliExit::Ok));
    QCOMPARE(one.out().trimmed(), u"1"_s);
    Run json(*sim, { u"settings"_s, u"get"_s, u"language"_s, u"--json"_s });
    QCOMPARE(json.wait(), int(CliExit::Ok));
    QCOMPARE(json.json().value(u"value"_s), QJsonValue(u"en"_s));
    Run none(*sim, { u"settings"_s, u"get"_s, u"noSuchSetting"_s });
    QCOMPARE(none.wait(), int(CliExit::Refused));
    QVERIFY2(none.err().contains(u"noSuchSetting"_s), qPrintable(none.err()));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliSettings::setsSeveralAtOnce()
{
    auto sim = SimRoom::start();
    Run set(*sim,
            { u"settings"_s, u"set"_s, u"showTime=off"_s, u"defaultP2PMatrix=Equal windows"_s,
              u"audioPlayLevel=0.5"_s, u"language=de"_s, u"--json"_s });
    QCOMPARE(set.wait(), int(CliExit::Ok));
    QCOMPARE(set.json().value(u"changed"_s).toArray().size(), 4);
    QCOMPARE(setSettingsSent(*sim), 1);
    QCOMPARE(sim->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(sim->setting(u"defaultP2PMatrix"_s), QJsonValue(1));
    QCOMPARE(sim->setting(u"audioPlayLevel"_s), QJsonValue(0.5));
    QCOMPARE(sim->setting(u"language"_s), QJsonValue(u"de"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliSettings::refusalsNameTheSetting()
{
    auto sim = SimRoom::start();
    // Typed parsing by the catalogue: nothing sent.
    Run type(*sim, { u"settings"_s, u"set"_s, u"showLogo=false"_s, u"showTime=maybe"_s });
    QCOMPARE(type.wait(), int(CliExit::Refused));
    QVERIFY2(type.err().contains(u"showTime"_s), qPrintable(type.err()));
    Run range(*sim, { u"settings"_s, u"set"_s, u"inputBandWidth=999999"_s });
    QCOMPARE(range.wait(), int(CliExit::Refused));
    QVERIFY2(range.err().contains(u"inputBandWidth"_s), qPrintable(range.err()));
    QCOMPARE(setSettingsSent(*sim), 0);

    // The room refuses an undocumented setting's value: atomic, and the setting is named.
    Run room(*sim, { u"settings"_s, u"set"_s, u"showLogo=false"_s, u"screenSaverTimeout=-1"_s });
    QCOMPARE(room.wait(), int(CliExit::Refused));
    QVERIFY2(room.err().contains(u"screenSaverTimeout"_s), qPrintable(room.err()));
    QVERIFY2(room.err().contains(u"Invalid parameters"_s), qPrintable(room.err()));
    QCOMPARE(setSettingsSent(*sim), 1);
    QCOMPARE(sim->setting(u"showLogo"_s), QJsonValue(true));
    QCOMPARE(sim->violations(),
             QStringList { u"invalid parameters for setSettings (appState 3)"_s });
    sim->clearViolations();
}

void tst_CliSettings::userLevel()
{
    auto sim = SimRoom::start();
    Run admin(*sim,
              { u"--role"_s, u"user"_s, u"settings"_s, u"set"_s, u"rejectCallsNotFromAB=on"_s });
    QCOMPARE(admin.wait(), int(CliExit::Refused));
    QVERIFY2(admin.err().contains(u"administrator"_s), qPrintable(admin.err()));
    QCOMPARE(setSettingsSent(*sim), 0);
    Run user(*sim, { u"--role"_s, u"user"_s, u"settings"_s, u"set"_s, u"autoAccept=on"_s });
    QCOMPARE(user.wait(), int(CliExit::Ok));
    QCOMPARE(sim->setting(u"autoAccept"_s), QJsonValue(true));
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliSettings)
#include "tst_clisettings.moc"
