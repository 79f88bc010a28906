// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The simulated room's settings (room-api.md §7.6, §10 p): every documented setting and some
// undocumented ones reported; setSettings atomic, its refusals naming the refused setting;
// one settingsChanged per changed key to every client.

#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

QJsonObject setSettings(TestClient &c, const QJsonObject &settings)
{
    return c.request({ { u"method"_s, u"setSettings"_s }, { u"settings"_s, settings } });
}

} // namespace

class tst_SimSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsDocumentedAndUndocumented();
    void refusalsNameTheSetting_data();
    void refusalsNameTheSetting();
    void stateRefusalNamesTheLevel();
    void oneEventPerChangedKeyToEveryClient();
};

void tst_SimSettings::reportsDocumentedAndUndocumented()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QStringList names;
    for (const QJsonValue &v : c.call(u"getSettings"_s).value(u"settings"_s).toArray())
        names.append(v.toObject().value(u"name"_s).toString());
    for (const QString &n :
         { u"aecEnable"_s, u"displayNameAlign"_s, u"defaultP2PMatrix"_s, u"record"_s,
           u"restoreWindowWhenCall"_s, u"showIncomingRequestWidget"_s, u"outputBandWidth"_s,
           u"enableAutologin"_s, u"screenSaverTimeout"_s, u"showNetworkIndicator"_s })
        QVERIFY2(names.contains(n), qPrintable(n));
}

void tst_SimSettings::refusalsNameTheSetting_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("refused");
    const auto with = [](const QString &name, const QJsonValue &v) {
        return QJsonObject { { u"showLogo"_s, false }, { name, v } };
    };
    QTest::newRow("wrong type") << with(u"language"_s, 3) << u"language"_s;
    QTest::newRow("unknown") << with(u"noSuchSetting"_s, 1) << u"noSuchSetting"_s;
    QTest::newRow("bandwidth above") << with(u"inputBandWidth"_s, 20481) << u"inputBandWidth"_s;
    QTest::newRow("bandwidth below") << with(u"outputBandWidth"_s, 31) << u"outputBandWidth"_s;
    QTest::newRow("level") << with(u"audioPlayLevel"_s, -0.1) << u"audioPlayLevel"_s;
    QTest::newRow("enum") << with(u"cameraRemoteControlAccess"_s, 3)
                          << u"cameraRemoteControlAccess"_s;
    QTest::newRow("layout") << with(u"defaultP2PMatrix"_s, 5) << u"defaultP2PMatrix"_s;
    QTest::newRow("undocumented") << with(u"screenSaverTimeout"_s, -1) << u"screenSaverTimeout"_s;
}

void tst_SimSettings::refusalsNameTheSetting()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, refused);
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    const QJsonObject r = setSettings(c, settings);
    QCOMPARE(r.value(u"result"_s).toBool(), false);
    QCOMPARE(r.value(u"error"_s).toString(), u"Invalid parameters"_s);
    QCOMPARE(r.value(u"setting"_s).toString(), refused);
    // Atomic: the valid key beside it is not applied either.
    QCOMPARE(sim.setting(u"showLogo"_s), QJsonValue(true));
    QCOMPARE(c.eventCount(u"settingsChanged"_s), 0);
    // Within the bounds the same settings are taken.
    QVERIFY(setSettings(c, { { u"inputBandWidth"_s, 20480 }, { u"defaultP2PMatrix"_s, 4 } })
                .value(u"result"_s)
                .toBool());
}

void tst_SimSettings::stateRefusalNamesTheLevel()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(setSettings(c, { { u"agcEnable"_s, true } }).value(u"result"_s).toBool());
    const QJsonObject r
        = setSettings(c, { { u"audioCapturerLevel"_s, 0.2 }, { u"showTime"_s, false } });
    QCOMPARE(r.value(u"error"_s).toString(), u"Invalid state"_s);
    QCOMPARE(r.value(u"setting"_s).toString(), u"audioCapturerLevel"_s);
    QCOMPARE(sim.setting(u"showTime"_s), QJsonValue(true));
}

void tst_SimSettings::oneEventPerChangedKeyToEveryClient()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient admin;
    TestClient user;
    QVERIFY(admin.openAs(sim));
    QVERIFY(user.openAs(sim, u"user"_s));
    const QJsonObject r = setSettings(admin,
                                      { { u"showTime"_s, false },
                                        { u"screenSaverTimeout"_s, 120 },
                                        { u"showLogo"_s, true } }); // unchanged
    QVERIFY(r.value(u"result"_s).toBool());
    QTRY_COMPARE(user.eventCount(u"settingsChanged"_s), 2);
    QTRY_COMPARE(admin.eventCount(u"settingsChanged"_s), 2);
    QCOMPARE(sim.setting(u"screenSaverTimeout"_s), QJsonValue(120));
}

QTEST_MAIN(tst_SimSettings)
#include "tst_simsettings.moc"
