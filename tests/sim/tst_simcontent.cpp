// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "sim/simappupdate.h"
#include "sim/simcontentshare.h"
#include "sim/simlicence.h"
#include "sim/simndi.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! NDI, the slideshow and broadcast picture, the licence and the updates as a raw client sees
//! them: replies, events, and the refusals of room-api.md §10 (c, e, n).
class tst_SimContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ndi();
    void ndiOnAFreeRoom();
    void slideshow();
    void slideshowRefusals();
    void broadcastPicture();
    void licence();
    void update();
    void scenarioActions();
};

namespace {

QString errorOf(const QJsonObject &reply)
{
    return reply.value(u"result"_s).toBool() ? u"ok"_s : reply.value(u"error"_s).toString();
}

} // namespace

void tst_SimContent::ndi()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QCOMPARE(c.call(u"getNDIState"_s).value(u"enabled"_s), QJsonValue(false));
    QCOMPARE(errorOf(c.call(u"createNDIDevice"_s, { { u"deviceId"_s, u"a"_s } })),
             u"Invalid state"_s); // NDI is off
    QCOMPARE(errorOf(c.call(u"setNDIState"_s, { { u"enabled"_s, true } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"NDIStateChanged"_s).value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(errorOf(c.call(u"createNDIDevice"_s, { { u"deviceId"_s, u"a"_s } })), u"ok"_s);
    const QJsonObject created = c.waitEvent(u"NDIDeviceCreated"_s);
    QCOMPARE(created.value(u"deviceId"_s), QJsonValue(u"a"_s));
    QCOMPARE(created.value(u"mixedType"_s), QJsonValue(false));
    QCOMPARE(errorOf(c.call(u"createNDIDevice"_s, { { u"deviceId"_s, u"a"_s } })),
             u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"createNDIDevice"_s, { { u"deviceId"_s, u""_s } })),
             u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"createNDIDevice"_s, { { u"deviceId"_s, 5 } })),
             u"Invalid parameters"_s);
    const QJsonArray list
        = c.call(u"getCreatedNDIDevices"_s).value(u"createdNDIDevices"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(errorOf(c.call(u"deleteNDIDevice"_s, { { u"deviceId"_s, u"zz"_s } })),
             u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"deleteNDIDevice"_s, { { u"deviceId"_s, u"a"_s } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"NDIDeviceDeleted"_s).value(u"deviceId"_s), QJsonValue(u"a"_s));
    // Setting what already is: accepted, no event.
    c.clearFrames();
    QCOMPARE(errorOf(c.call(u"setNDIState"_s, { { u"enabled"_s, true } })), u"ok"_s);
    QCOMPARE(c.eventCount(u"NDIStateChanged"_s), 0);
}

void tst_SimContent::ndiOnAFreeRoom()
{
    RoomSimulator::Options o = options();
    o.proLicence = false;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(errorOf(c.call(u"setNDIState"_s, { { u"enabled"_s, true } })), u"Access denied"_s);
    QCOMPARE(errorOf(c.call(u"setNDIState"_s, { { u"enabled"_s, false } })), u"ok"_s);
    QCOMPARE(c.call(u"getLicenseType"_s).value(u"value"_s), QJsonValue(u"FREE"_s));
    // A key makes it PRO, with the licence events.
    c.call(u"activateLicense"_s, { { u"key"_s, u"G3K3-E929-837P-BHNQ-GKAV"_s } });
    QCOMPARE(c.waitEvent(u"licenseStatusChanged"_s).value(u"pro"_s), QJsonValue(true));
    QCOMPARE(c.waitEvent(u"tariffRestrictionsChanged"_s).value(u"canUseSlideShow"_s),
             QJsonValue(true));
    QCOMPARE(errorOf(c.call(u"setNDIState"_s, { { u"enabled"_s, true } })), u"ok"_s);
}

void tst_SimContent::slideshow()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    const int a = sim.addFile(u"a.png"_s, SimContentShare::slidePicture(u"A"_s));
    const int b = sim.addFile(u"b.png"_s, pngBytes());
    QCOMPARE(errorOf(c.call(u"addSlide"_s, { { u"fileId"_s, a } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"slideAdded"_s).value(u"idx"_s).toInt(), 0);
    QCOMPARE(errorOf(c.call(u"addSlide"_s, { { u"fileId"_s, b } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"slideAdded"_s).value(u"name"_s), QJsonValue(u"b.png"_s));
    QCOMPARE(
        errorOf(c.call(u"startSlideShow"_s, { { u"title"_s, u"T"_s }, { u"startingIdx"_s, 1 } })),
        u"ok"_s);
    QCOMPARE(c.waitEvent(u"mySlideShowStarted"_s).value(u"currentSlideIndex"_s).toInt(), 1);
    QCOMPARE(errorOf(c.call(u"showNextSlide"_s)), u"Invalid state"_s); // the last one
    QCOMPARE(errorOf(c.call(u"showPrevSlide"_s)), u"ok"_s);
    QCOMPARE(c.waitEvent(u"currentSlideIndexChanged"_s).value(u"currentIdx"_s).toInt(), 0);
    QCOMPARE(errorOf(c.call(u"showPrevSlide"_s)), u"Invalid state"_s); // the first one
    QCOMPARE(errorOf(c.call(u"showLastSlide"_s)), u"ok"_s);
    QCOMPARE(errorOf(c.call(u"showSlide"_s, { { u"idx"_s, 7 } })), u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"setSlidePosition"_s, { { u"fromIdx"_s, 0 }, { u"toIdx"_s, 1 } })),
             u"ok"_s);
    QCOMPARE(c.waitEvent(u"slidePositionChanged"_s).value(u"fileId"_s).toInt(), a);
    const QJsonObject info = c.call(u"getSlideShowInfo"_s);
    QCOMPARE(info.value(u"started"_s), QJsonValue(true));
    QCOMPARE(info.value(u"slides"_s).toArray().size(), 2);
    QCOMPARE(errorOf(c.call(u"removeAllSlides"_s, { { u"removeFromServer"_s, true } })), u"ok"_s);
    QVERIFY(!c.waitEvent(u"allSlidesRemoved"_s).isEmpty());
    QVERIFY(!c.waitEvent(u"mySlideShowStopped"_s).isEmpty()); // nothing left to show
    QVERIFY(!sim.contentShare().isStarted());
}

void tst_SimContent::slideshowRefusals()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(
        errorOf(c.call(u"startSlideShow"_s, { { u"title"_s, u""_s }, { u"startingIdx"_s, 0 } })),
        u"Invalid state"_s); // no slides
    QCOMPARE(errorOf(c.call(u"stopSlideShow"_s)), u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"showNextSlide"_s)), u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"addSlide"_s, { { u"fileId"_s, 999 } })), u"Invalid parameters"_s);
    const int text = sim.addFile(u"t.png"_s, "not an image");
    QCOMPARE(errorOf(c.call(u"addSlide"_s, { { u"fileId"_s, text } })), u"Invalid parameters"_s);
    QCOMPARE(
        errorOf(c.call(u"removeSlide"_s, { { u"idx"_s, 0 }, { u"removeFromServer"_s, true } })),
        u"Invalid parameters"_s);
    sim.licence().setPro(false);
    QCOMPARE(c.call(u"getSlideShowInfo"_s).value(u"available"_s), QJsonValue(false));
    const int a = sim.addFile(u"a.png"_s, pngBytes());
    QCOMPARE(errorOf(c.call(u"addSlide"_s, { { u"fileId"_s, a } })), u"Access denied"_s);
}

void tst_SimContent::broadcastPicture()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QCOMPARE(c.call(u"getBroadcastPicture"_s).value(u"running"_s), QJsonValue(false));
    QCOMPARE(errorOf(c.call(u"stopBroadcastPicture"_s)), u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"startBroadcastPicture"_s, { { u"fileId"_s, 42 } })),
             u"Invalid parameters"_s);
    const int a = sim.addFile(u"break.png"_s, pngBytes());
    QCOMPARE(errorOf(c.call(u"startBroadcastPicture"_s, { { u"fileId"_s, a } })), u"ok"_s);
    const QJsonObject on = c.waitEvent(u"broadcastPictureStateChanged"_s);
    QCOMPARE(on.value(u"running"_s), QJsonValue(true));
    QCOMPARE(on.value(u"fileName"_s), QJsonValue(u"break.png"_s));
    QCOMPARE(c.call(u"getBroadcastPicture"_s).value(u"fileId"_s).toInt(), a);
    QCOMPARE(errorOf(c.call(u"stopBroadcastPicture"_s)), u"ok"_s);
    QCOMPARE(c.waitEvent(u"broadcastPictureStateChanged"_s).value(u"running"_s), QJsonValue(false));
}

void tst_SimContent::licence()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    const QJsonObject type = c.call(u"getLicenseType"_s);
    QCOMPARE(type.value(u"value"_s), QJsonValue(u"PRO"_s));
    QCOMPARE(type.value(u"end_date"_s), QJsonValue(u"2027-01-01"_s));
    QCOMPARE(c.call(u"getLicenseServerStatus"_s).value(u"status"_s).toInt(), 1);
    const QJsonObject r = c.call(u"getTariffRestrictions"_s);
    QCOMPARE(r.value(u"canUseSlideShow"_s), QJsonValue(true));
    QCOMPARE(r.value(u"tariffName"_s), QJsonValue(u"FREE"_s)); // the server account's tariff
    sim.licence().setPro(false);
    QCOMPARE(c.waitEvent(u"licenseStatusChanged"_s).value(u"pro"_s), QJsonValue(false));
    QCOMPARE(c.waitEvent(u"tariffRestrictionsChanged"_s).value(u"canUseSlideShow"_s),
             QJsonValue(false));
}

void tst_SimContent::update()
{
    RoomSimulator::Options o = options();
    o.updateStepMs = 10;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(errorOf(c.call(u"cancelUpdate"_s)), u"Invalid state"_s);
    QCOMPARE(c.call(u"getUpdateInfo"_s).value(u"available"_s), QJsonValue(true));
    QCOMPARE(errorOf(c.call(u"startUpdate"_s)), u"ok"_s);
    QCOMPARE(errorOf(c.call(u"startUpdate"_s)), u"Invalid state"_s);
    QCOMPARE(c.waitEvent(u"appUpdateAvailable"_s).value(u"available"_s), QJsonValue(false));
    QCOMPARE(c.eventCount(u"downloadProgress"_s), 4);
    const QJsonObject info = c.call(u"getUpdateInfo"_s);
    QCOMPARE(info.value(u"currentVersion"_s), QJsonValue(u"5.0.3.1101"_s));
    QCOMPARE(errorOf(c.call(u"startUpdate"_s)), u"Invalid state"_s); // nothing to install
    sim.appUpdate().offer(u"6.0"_s);
    QCOMPARE(c.waitEvent(u"appUpdateAvailable"_s).value(u"version"_s), QJsonValue(u"6.0"_s));
}

void tst_SimContent::scenarioActions()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QString error;
    QVERIFY2(sim.loadScenario(R"({"events":[{"at":0,"do":"ndi","on":true},
        {"at":0,"do":"ndiDevice","deviceId":"podium"},{"at":0,"do":"licence","pro":false},
        {"at":0,"do":"updateOffer","version":"7.0"}]})",
                              &error),
             qPrintable(error));
    QCOMPARE(c.waitEvent(u"NDIStateChanged"_s).value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(c.waitEvent(u"NDIDeviceCreated"_s).value(u"deviceId"_s), QJsonValue(u"podium"_s));
    QCOMPARE(c.waitEvent(u"licenseStatusChanged"_s).value(u"pro"_s), QJsonValue(false));
    QCOMPARE(c.waitEvent(u"appUpdateAvailable"_s).value(u"version"_s), QJsonValue(u"7.0"_s));
    QVERIFY(!sim.licence().isPro());
}

QTEST_MAIN(tst_SimContent)
#include "tst_simcontent.moc"
