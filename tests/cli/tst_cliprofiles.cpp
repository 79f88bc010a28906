// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// roomdeckctl settings export / diff / apply against two real simulators on 127.0.0.1: a
// room's profile exported, compared with another room (exit 1 and the list), applied to it
// (after a dry run that sends nothing), and compared again (exit 0).

#include "clirun.h"
#include "core/models/roomprofile.h"
#include "simroom.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Run;

class tst_CliProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportDiffApplyRoundTrip();
    void unusableFilesAreUsageErrors();
};

void tst_CliProfiles::exportDiffApplyRoundTrip()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    QVERIFY(simA->changeSetting(u"showTime"_s, false));
    QVERIFY(simA->changeSetting(u"language"_s, u"de"_s)); // room-specific: never applied
    QTemporaryDir dir;
    const QString file = dir.filePath(u"a.json"_s);

    Run exported(*simA, { u"settings"_s, u"export"_s, file });
    QCOMPARE(exported.wait(), int(CliExit::Ok));
    QVERIFY2(exported.out().contains(u"Saved"_s), qPrintable(exported.out() + exported.err()));
    RoomProfile profile;
    QString error;
    QVERIFY2(RoomProfile::load(file, &profile, &error), qPrintable(error));
    QVERIFY2(profile.settings.size() > 30, qPrintable(exported.out()));
    QCOMPARE(profile.settings.value(u"showTime"_s), QJsonValue(false));
    QVERIFY(!simA->receivedMethods().contains(u"setSettings"_s));

    Run same(*simA, { u"settings"_s, u"diff"_s, file });
    QCOMPARE(same.wait(), int(CliExit::Ok));

    Run differs(*simB, { u"settings"_s, u"diff"_s, file });
    QCOMPARE(differs.wait(), int(CliExit::Differences));
    QVERIFY2(differs.out().contains(u"showTime: off → on"_s), qPrintable(differs.out()));
    QVERIFY(differs.out().contains(u"language"_s));

    Run dry(*simB, { u"settings"_s, u"apply"_s, file, u"--dry-run"_s, u"--json"_s });
    QCOMPARE(dry.wait(), int(CliExit::Ok));
    QCOMPARE(dry.json().value(u"changes"_s).toObject().keys(), QStringList { u"showTime"_s });
    QVERIFY(!simB->receivedMethods().contains(u"setSettings"_s));

    Run applied(*simB, { u"settings"_s, u"apply"_s, file });
    QCOMPARE(applied.wait(), int(CliExit::Ok));
    QVERIFY2(applied.out().contains(u"applied 1 change"_s), qPrintable(applied.out()));
    QCOMPARE(simB->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(simB->setting(u"language"_s), QJsonValue(u"en"_s));

    // Only the room's language differs now, and it is listed as never applied.
    Run after(*simB, { u"settings"_s, u"diff"_s, file });
    QCOMPARE(after.wait(), int(CliExit::Differences));
    QVERIFY(!after.out().contains(u"showTime"_s));
    QVERIFY(after.out().contains(u"not applied"_s));

    // A locked setting: the room refuses the whole change set.
    QVERIFY(simB->changeSetting(u"showTime"_s, true));
    simB->lockSetting(u"showTime"_s);
    Run refused(*simB, { u"settings"_s, u"apply"_s, file });
    QCOMPARE(refused.wait(), int(CliExit::Refused));
    QVERIFY2(refused.err().contains(u"Access denied"_s), qPrintable(refused.err()));
    QCOMPARE(simB->setting(u"showTime"_s), QJsonValue(true));
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_CliProfiles::unusableFilesAreUsageErrors()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    const auto parse = [](const QStringList &args) {
        return CliCommandLine::parse(
            QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, {});
    };
    CliParseResult r = parse({ u"settings"_s, u"diff"_s, bad });
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY2(r.text.contains(u"not valid JSON"_s), qPrintable(r.text));
    r = parse({ u"settings"_s, u"apply"_s, dir.filePath(u"missing.json"_s) });
    QCOMPARE(r.action, CliParseResult::Action::Error);
    r = parse({ u"settings"_s, u"diff"_s, bad, u"--dry-run"_s });
    QCOMPARE(r.action, CliParseResult::Action::Error);
    r = parse({ u"settings"_s, u"export"_s, dir.filePath(u"no/such/folder/p.json"_s) });
    QCOMPARE(r.action, CliParseResult::Action::Error);
    r = parse({ u"settings"_s, u"export"_s, dir.filePath(u"p.json"_s) });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::SettingsExport);
    QCOMPARE(r.options.credentials.role, Room::Role::User);
}

QTEST_GUILESS_MAIN(tst_CliProfiles)
#include "tst_cliprofiles.moc"
