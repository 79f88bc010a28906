// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl camera preset list|apply|save, in-process against the strict simulator.
#include "cli/clirunner.h"
#include "clirun.h"
#include "simroom.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

CliParseResult parse(const QStringList &args)
{
    return CliCommandLine::parse(
        QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, {});
}

} // namespace

class tst_CliCamera final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPresetCommands();
    void usageErrors_data();
    void usageErrors();
    void saveListApply();
    void applyUnknownNameIsRefused();
    void noCameraIsRefusedByTheCore();
};

void tst_CliCamera::parsesPresetCommands()
{
    CliParseResult r = parse({ u"camera"_s, u"preset"_s, u"list"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Camera);
    QCOMPARE(r.options.presetAction, CliOptions::PresetAction::List);
    QCOMPARE(r.options.credentials.role, Room::Role::User); // never displaces the operator

    r = parse({ u"camera"_s, u"preset"_s, u"save"_s, u" Lectern "_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.presetAction, CliOptions::PresetAction::Save);
    QCOMPARE(r.options.presetName, u"Lectern"_s);
    r = parse({ u"--role"_s, u"admin"_s, u"camera"_s, u"preset"_s, u"apply"_s, u"Wide"_s });
    QCOMPARE(r.options.presetAction, CliOptions::PresetAction::Apply);
    QCOMPARE(r.options.credentials.role, Room::Role::Admin);
    QVERIFY(parse({ u"--help"_s }).text.contains(u"camera preset save NAME"_s));
}

void tst_CliCamera::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList { u"camera"_s };
    QTest::newRow("not preset") << QStringList { u"camera"_s, u"move"_s, u"left"_s };
    QTest::newRow("no verb") << QStringList { u"camera"_s, u"preset"_s };
    QTest::newRow("unknown verb") << QStringList { u"camera"_s, u"preset"_s, u"drop"_s, u"A"_s };
    QTest::newRow("list NAME") << QStringList { u"camera"_s, u"preset"_s, u"list"_s, u"A"_s };
    QTest::newRow("apply") << QStringList { u"camera"_s, u"preset"_s, u"apply"_s };
    QTest::newRow("empty name") << QStringList { u"camera"_s, u"preset"_s, u"save"_s, u"  "_s };
    QTest::newRow("long name") << QStringList { u"camera"_s, u"preset"_s, u"save"_s,
                                                QString(65, u'x') };
    QTest::newRow("two names") << QStringList { u"camera"_s, u"preset"_s, u"save"_s, u"A"_s,
                                                u"B"_s };
}

void tst_CliCamera::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliCamera::saveListApply()
{
    auto sim = SimRoom::start();
    {
        Run run(*sim, { u"camera"_s, u"preset"_s, u"list"_s });
        QCOMPARE(run.wait(), 0);
        QCOMPARE(run.out(), u"No camera presets.\n"_s);
    }
    {
        Run run(*sim, { u"--json"_s, u"camera"_s, u"preset"_s, u"save"_s, u"Lectern"_s });
        QCOMPARE(run.wait(), 0);
        const QJsonObject o = run.json();
        QVERIFY(o.value(u"created"_s).toBool());
        QCOMPARE(o.value(u"preset"_s).toObject().value(u"name"_s).toString(), u"Lectern"_s);
        QVERIFY(!o.value(u"preset"_s).toObject().value(u"id"_s).toString().isEmpty());
    }
    QCOMPARE(sim->cameraPresets().size(), 1);
    QCOMPARE(sim->receivedMethods().count(u"addPresetFromCurrentVideoCapturer"_s), 1);

    // The camera moves; saving under the same name (any case) updates that preset.
    {
        Run run(*sim, { u"send"_s, u"{\"method\":\"setPanPos\",\"pos\":-45}"_s });
        QCOMPARE(run.wait(), 0);
    }
    {
        Run run(*sim, { u"--json"_s, u"camera"_s, u"preset"_s, u"save"_s, u"lectern"_s });
        QCOMPARE(run.wait(), 0);
        QCOMPARE(run.json().value(u"created"_s).toBool(), false);
    }
    QCOMPARE(sim->cameraPresets().size(), 1);
    QCOMPARE(sim->cameraPresets().at(0).toObject().value(u"pan"_s).toInt(), -45);
    {
        Run run(*sim, { u"--json"_s, u"camera"_s, u"preset"_s, u"list"_s });
        QCOMPARE(run.wait(), 0);
        const QJsonArray presets = run.json().value(u"presets"_s).toArray();
        QCOMPARE(presets.size(), 1);
        QCOMPARE(presets.at(0).toObject().value(u"name"_s).toString(), u"Lectern"_s);
    }
    {
        Run run(*sim, { u"send"_s, u"{\"method\":\"setPtzDefaults\"}"_s });
        QCOMPARE(run.wait(), 0);
    }
    {
        Run run(*sim, { u"camera"_s, u"preset"_s, u"apply"_s, u"Lectern"_s });
        QCOMPARE(run.wait(), 0);
        QCOMPARE(run.out(), u"Applied camera preset “Lectern”.\n"_s);
    }
    QCOMPARE(sim->appliedPresetName(), u"Lectern"_s);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliCamera::applyUnknownNameIsRefused()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"camera"_s, u"preset"_s, u"apply"_s, u"Nowhere"_s });
    QCOMPARE(run.wait(), int(CliExit::Refused));
    QVERIFY(run.err().contains(u"Nowhere"_s));
    QCOMPARE(sim->receivedMethods().count(u"applyVideoCapturerPreset"_s), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliCamera::noCameraIsRefusedByTheCore()
{
    auto sim = SimRoom::start();
    {
        Run run(
            *sim,
            { u"send"_s,
              u"{\"method\":\"setVideoCapturer\",\"name\":\"none\",\"description\":\"none\"}"_s });
        QCOMPARE(run.wait(), 0);
    }
    Run run(*sim, { u"camera"_s, u"preset"_s, u"save"_s, u"Wide"_s });
    QCOMPARE(run.wait(), int(CliExit::Refused));
    QCOMPARE(sim->receivedMethods().count(u"addPresetFromCurrentVideoCapturer"_s), 0);
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliCamera)
#include "tst_clicamera.moc"
