// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl's device commands (issue 14 item 6): mute / unmute, volume, devices, run as the
// real program against an in-process strict simulator: exit codes, output, --json, and what
// the room ended up in.
#include "simroom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#ifndef ROOMDECKCTL_PATH
#error "ROOMDECKCTL_PATH must name the roomdeckctl program"
#endif

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const RoomSimulator &sim, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ROOMDECK_PIN"_s);
    env.remove(u"ROOMDECK_PASSWORD"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ROOMDECKCTL_PATH),
                  QStringList { u"--room"_s, u"127.0.0.1:"_s + QString::number(sim.webPort()) }
                      + args);
    // The test's event loop runs meanwhile, so the in-process simulator answers.
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    Result r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QJsonObject jsonOf(const Result &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class tst_CliDevices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void muteAndUnmute();
    void volume();
    void devices();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void silentRoomIsExit6();
};

void tst_CliDevices::muteAndUnmute()
{
    auto sim = SimRoom::start();
    Result r = run(*sim, { u"mute"_s, u"mic"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"Microphone muted.\n"_s);
    QVERIFY(sim->receivedMethods().contains(u"setMicMute"_s));

    r = run(*sim, { u"--json"_s, u"mute"_s, u"camera"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(jsonOf(r).value(u"device"_s).toString(), u"camera"_s);
    QCOMPARE(jsonOf(r).value(u"mute"_s).toBool(), true);

    // The room agrees: a client reading the switches sees them muted.
    r = run(*sim, { u"--json"_s, u"devices"_s });
    QCOMPARE(r.code, 0);
    QJsonObject mute = jsonOf(r).value(u"mute"_s).toObject();
    QCOMPARE(mute.value(u"mic"_s).toBool(), true);
    QCOMPARE(mute.value(u"camera"_s).toBool(), true);
    QCOMPARE(mute.value(u"speaker"_s).toBool(), false);

    QCOMPARE(run(*sim, { u"unmute"_s, u"mic"_s }).code, 0);
    QCOMPARE(run(*sim, { u"unmute"_s, u"speaker"_s }).out, u"Speaker on.\n"_s);
    r = run(*sim, { u"--json"_s, u"devices"_s });
    mute = jsonOf(r).value(u"mute"_s).toObject();
    QCOMPARE(mute.value(u"mic"_s).toBool(), false);
    QCOMPARE(mute.value(u"camera"_s).toBool(), true);
    // Device commands sign in as User (the operator's Administrator session stays).
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliDevices::volume()
{
    auto sim = SimRoom::start();
    Result r = run(*sim, { u"volume"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"100\n"_s);
    r = run(*sim, { u"volume"_s, u"35"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(sim->setting(u"audioPlayLevel"_s).toDouble(), 0.35);
    r = run(*sim, { u"--json"_s, u"volume"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(jsonOf(r).value(u"volume"_s).toInt(), 35);
    r = run(*sim, { u"--json"_s, u"volume"_s, u"0"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(jsonOf(r).value(u"volume"_s).toInt(), 0);
    QCOMPARE(sim->setting(u"audioPlayLevel"_s).toDouble(), 0.0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliDevices::devices()
{
    auto sim = SimRoom::start();
    Result r = run(*sim, { u"devices"_s });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"*  Logitech PTZ Pro 2"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Logitech BRIO"_s) && r.out.contains(u"unplugged"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Noise suppression"_s), qPrintable(r.out));
    r = run(*sim, { u"--json"_s, u"devices"_s });
    QCOMPARE(r.code, 0);
    const QJsonObject o = jsonOf(r);
    const QJsonArray cameras = o.value(u"cameras"_s).toArray();
    QCOMPARE(cameras.size(), 5);
    QCOMPARE(cameras.at(0).toObject().value(u"current"_s).toBool(), true);
    QCOMPARE(cameras.at(1).toObject().value(u"current"_s).toBool(), false);
    QCOMPARE(o.value(u"microphones"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"speakers"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"options"_s).toObject().value(u"selfViewRotation"_s).toInt(), 0);
    QCOMPARE(o.value(u"options"_s).toObject().value(u"noiseSuppression"_s).toBool(), true);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliDevices::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("mute without device") << QStringList { u"mute"_s };
    QTest::newRow("mute unknown device") << QStringList { u"mute"_s, u"lights"_s };
    QTest::newRow("unmute two devices") << QStringList { u"unmute"_s, u"mic"_s, u"camera"_s };
    QTest::newRow("volume too loud") << QStringList { u"volume"_s, u"101"_s };
    QTest::newRow("volume negative") << QStringList { u"volume"_s, u"-1"_s };
    QTest::newRow("volume not a number") << QStringList { u"volume"_s, u"loud"_s };
    QTest::newRow("volume two numbers") << QStringList { u"volume"_s, u"1"_s, u"2"_s };
    QTest::newRow("devices with argument") << QStringList { u"devices"_s, u"camera"_s };
}

void tst_CliDevices::usageErrorsSendNothing()
{
    QFETCH(QStringList, args);
    auto sim = SimRoom::start();
    const Result r = run(*sim, args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"roomdeckctl: "_s), qPrintable(r.err));
    QCOMPARE(sim->receivedMethods(), QStringList());
}

void tst_CliDevices::silentRoomIsExit6()
{
    // The room never answers setMicMute: the run ends at --timeout with exit code 6.
    auto sim = SimRoom::start();
    sim->setReplyDelay(u"setMicMute"_s, -1);
    const Result r = run(*sim, { u"--timeout"_s, u"1"_s, u"mute"_s, u"mic"_s });
    QCOMPARE(r.code, 6);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"roomdeckctl: "_s), qPrintable(r.err));
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliDevices)
#include "tst_clidevices.moc"
