// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl ndi, licence and update, in-process against the strict simulator: parsing,
// output, --json, refusals with their exit codes.
#include "cli/clirunner.h"
#include "clirun.h"
#include "sim/simappupdate.h"
#include "sim/simndi.h"
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

class tst_CliContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands();
    void usageErrors_data();
    void usageErrors();
    void ndiShowSwitchAndDevices();
    void ndiRefusals();
    void licenceAsTextAndJson();
    void licenceOfAFreeRoom();
    void updateCheckStartCancel();
};

void tst_CliContent::parsesCommands()
{
    CliParseResult r = parse({ u"ndi"_s, u"on"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Ndi);
    QCOMPARE(r.options.arguments, QStringList { u"on"_s });
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    r = parse({ u"licence"_s, u"--json"_s });
    QCOMPARE(r.options.command, CliOptions::Command::Licence);
    QVERIFY(r.options.json);
    r = parse({ u"update"_s, u"cancel"_s });
    QCOMPARE(r.options.command, CliOptions::Command::Update);
    QCOMPARE(r.options.arguments, QStringList { u"cancel"_s });
    QVERIFY(CliCommandLine::parse({ u"roomdeckctl"_s, u"--help"_s }, {})
                .text.contains(u"ndi devices"_s));
}

void tst_CliContent::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("ndi word") << QStringList { u"ndi"_s, u"maybe"_s };
    QTest::newRow("ndi create empty") << QStringList { u"ndi"_s, u"create"_s, u" "_s };
    QTest::newRow("ndi create long") << QStringList { u"ndi"_s, u"create"_s, QString(65, u'x') };
    QTest::newRow("licence arg") << QStringList { u"licence"_s, u"now"_s };
    QTest::newRow("update word") << QStringList { u"update"_s, u"later"_s };
}

void tst_CliContent::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliContent::ndiShowSwitchAndDevices()
{
    auto sim = SimRoom::start();
    {
        Run run(*sim, { u"ndi"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QVERIFY2(run.out().startsWith(u"NDI output: off\n"_s), qPrintable(run.out()));
        QVERIFY(run.out().contains(u"ROOM (main)"_s));
    }
    {
        Run run(*sim, { u"ndi"_s, u"on"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QVERIFY(sim->ndi().isEnabled());
    }
    {
        Run run(*sim, { u"ndi"_s, u"create"_s, u"stage"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QCOMPARE(sim->ndi().devices().size(), 2);
    }
    {
        Run run(*sim, { u"ndi"_s, u"devices"_s, u"--json"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        const QJsonObject j = run.json();
        QVERIFY(j.value(u"enabled"_s).toBool());
        QCOMPARE(j.value(u"devices"_s).toArray().size(), 2);
        QCOMPARE(j.value(u"devices"_s).toArray().at(1).toObject().value(u"deviceId"_s),
                 QJsonValue(u"stage"_s));
    }
    {
        Run run(*sim, { u"ndi"_s, u"delete"_s, u"stage"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QCOMPARE(sim->ndi().devices().size(), 1);
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliContent::ndiRefusals()
{
    RoomSimulator::Options options;
    options.proLicence = false;
    auto sim = SimRoom::start(options);
    {
        // NDI is off: the device is refused before anything is sent.
        Run run(*sim, { u"ndi"_s, u"create"_s, u"stage"_s });
        QCOMPARE(run.wait(), int(CliExit::Refused));
        QVERIFY2(run.err().contains(u"Turn NDI on first"_s), qPrintable(run.err()));
        QCOMPARE(sim->receivedMethods().count(u"createNDIDevice"_s), 0);
    }
    {
        // A Free room refuses NDI itself.
        Run run(*sim, { u"ndi"_s, u"on"_s });
        QCOMPARE(run.wait(), int(CliExit::Refused));
        QVERIFY2(run.err().contains(u"Access denied"_s), qPrintable(run.err()));
        QVERIFY(!sim->ndi().isEnabled());
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliContent::licenceAsTextAndJson()
{
    auto sim = SimRoom::start();
    {
        Run run(*sim, { u"licence"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        const QString out = run.out();
        QVERIFY2(out.startsWith(u"Licence: PRO, valid until 2027-01-01\n"_s), qPrintable(out));
        QVERIFY(out.contains(u"Licence server: Connected to the licence server"_s));
        QVERIFY(out.contains(u"NDI output"_s));
        QVERIFY(out.contains(u"Slideshow"_s));
        QVERIFY(out.contains(u"Participants, role-based"_s));
    }
    {
        Run run(*sim, { u"licence"_s, u"--json"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        const QJsonObject j = run.json();
        QCOMPARE(j.value(u"type"_s), QJsonValue(u"pro"_s));
        QCOMPARE(j.value(u"serverStatus"_s).toInt(), 1);
        QCOMPARE(j.value(u"features"_s).toObject().value(u"ndi"_s), QJsonValue(u"available"_s));
        QCOMPARE(j.value(u"restrictions"_s).toObject().value(u"symMaxNumber"_s).toInt(), 36);
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliContent::licenceOfAFreeRoom()
{
    RoomSimulator::Options options;
    options.proLicence = false;
    auto sim = SimRoom::start(options);
    Run run(*sim, { u"licence"_s, u"--json"_s });
    QCOMPARE(run.wait(), int(CliExit::Ok));
    const QJsonObject features = run.json().value(u"features"_s).toObject();
    QCOMPARE(run.json().value(u"type"_s), QJsonValue(u"free"_s));
    for (const QString &key : { u"logo"_s, u"background"_s, u"ndi"_s, u"slideshow"_s })
        QCOMPARE(features.value(key), QJsonValue(u"needs-pro"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliContent::updateCheckStartCancel()
{
    RoomSimulator::Options options;
    options.updateStepMs = 60000; // stays running until cancelled
    auto sim = SimRoom::start(options);
    {
        Run run(*sim, { u"update"_s, u"--json"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QCOMPARE(run.json().value(u"state"_s), QJsonValue(u"available"_s));
        QCOMPARE(run.json().value(u"version"_s), QJsonValue(u"5.0.3.1101"_s));
    }
    {
        Run run(*sim, { u"update"_s, u"cancel"_s });
        QCOMPARE(run.wait(), int(CliExit::Refused)); // nothing runs: refused, nothing sent
        QCOMPARE(sim->receivedMethods().count(u"cancelUpdate"_s), 0);
    }
    {
        Run run(*sim, { u"update"_s, u"start"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QVERIFY(run.out().contains(u"5.0.3.1101"_s));
        QVERIFY(sim->appUpdate().isRunning());
    }
    {
        Run run(*sim, { u"update"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QVERIFY2(run.out().startsWith(u"Updating: 0 %"_s), qPrintable(run.out()));
    }
    {
        Run run(*sim, { u"update"_s, u"cancel"_s });
        QCOMPARE(run.wait(), int(CliExit::Ok));
        QVERIFY(!sim->appUpdate().isRunning());
    }
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliContent)
#include "tst_clicontent.moc"
