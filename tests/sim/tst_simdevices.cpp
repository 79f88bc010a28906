// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Devices, mute switches, PTZ and settings (room-api.md §7.5, §7.6).
class tst_SimDevices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardwareLists();
    void selectDevices();
    void muteSwitches_data();
    void muteSwitches();
    void ptzContinuous();
    void ptzPositionsAndDefaults();
    void ptzPerCamera();
    void settingsEvents();
    void mediaOptions_data();
    void mediaOptions();
    void mediaOptionsValidation();
    void olderRoomWithoutMediaOptions();
};

namespace {

QJsonObject selectFirst(TestClient &c, const QString &listName, const QString &method, int index)
{
    const QJsonObject device
        = c.call(u"getHardware"_s).value(listName).toArray().at(index).toObject();
    return c.call(method,
                  { { u"name"_s, device.value(u"name"_s) },
                    { u"description"_s, device.value(u"description"_s) } });
}

} // namespace

void tst_SimDevices::hardwareLists()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    const QJsonObject hw = c.call(u"getHardware"_s);
    for (const QString &list : { u"audioCapturers"_s, u"audioRenderers"_s, u"videoCapturers"_s }) {
        const QJsonArray devices = hw.value(list).toArray();
        QVERIFY2(devices.size() >= 3, qPrintable(list));
        for (const QJsonValue &v : devices) {
            const QJsonObject d = v.toObject();
            QVERIFY(!d.value(u"name"_s).toString().isEmpty());
            QVERIFY(!d.value(u"description"_s).toString().isEmpty());
            QVERIFY(d.value(u"type"_s).isDouble());
            QVERIFY(d.value(u"connected"_s).isBool());
        }
    }
    for (const QString &prefix :
         { u"currentAudioCapturer"_s, u"currentAudioRenderer"_s, u"currentVideoCapturer"_s }) {
        QVERIFY(hw.value(prefix + u"Name"_s).isString());
        QVERIFY(hw.value(prefix + u"Description"_s).isString());
        QVERIFY(hw.value(prefix + u"Type"_s).isDouble());
    }
    QCOMPARE(hw.value(u"currentVideoCapturerName"_s).toString(), u"Logitech PTZ Pro 2"_s);
    const QJsonArray screens = hw.value(u"DSCaptureList"_s).toArray();
    QVERIFY(!screens.isEmpty());
    QVERIFY(screens.at(0).toObject().value(u"id"_s).isDouble());
}

void tst_SimDevices::selectDevices()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(
        selectFirst(c, u"audioCapturers"_s, u"setAudioCapturer"_s, 1).value(u"result"_s).toBool());
    const QJsonObject changed = c.waitEvent(u"hardwareChanged"_s);
    QCOMPARE(
        changed.value(u"currentAudioCapturerName"_s).toString(),
        changed.value(u"audioCapturers"_s).toArray().at(1).toObject().value(u"name"_s).toString());
    QVERIFY(changed.contains(u"videoCapturers"_s)); // the whole getHardware payload
    // The same device again changes nothing.
    selectFirst(c, u"audioCapturers"_s, u"setAudioCapturer"_s, 1);
    QCOMPARE(c.eventCount(u"hardwareChanged"_s), 0);
    QVERIFY(
        selectFirst(c, u"audioRenderers"_s, u"setAudioRenderer"_s, 1).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"hardwareChanged"_s).value(u"currentAudioRendererName"_s).toString(),
             u"HDMI / DisplayPort 1 Output"_s);

    // Unknown and unplugged devices are refused.
    QCOMPARE(c.call(u"setVideoCapturer"_s,
                    { { u"name"_s, u"Nope Cam"_s }, { u"description"_s, u"/dev/video9"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QCOMPARE(
        selectFirst(c, u"videoCapturers"_s, u"setVideoCapturer"_s, 3).value(u"error"_s).toString(),
        u"Invalid parameters"_s);
    // "none"/"none": no camera; the PTZ controls follow.
    QVERIFY(
        c.call(u"setVideoCapturer"_s, { { u"name"_s, u"none"_s }, { u"description"_s, u"none"_s } })
            .value(u"result"_s)
            .toBool());
    QCOMPARE(c.waitEvent(u"hardwareChanged"_s).value(u"currentVideoCapturerName"_s).toString(),
             u"none"_s);
    const QJsonObject ptz = c.waitEvent(u"ptzControlsChanged"_s);
    QCOMPARE(compact(ptz.value(u"pan"_s)), uR"({"support":false})"_s);
    QCOMPARE(ptz.value(u"videoCapturerName"_s).toString(), u"none"_s);
    QCOMPARE(c.call(u"ptzLeft"_s).value(u"error"_s).toString(), u"Invalid state"_s);
}

void tst_SimDevices::muteSwitches_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("event");
    QTest::newRow("microphone") << u"Mic"_s << u"audioCapturerMute"_s;
    QTest::newRow("loudspeaker") << u"Audio"_s << u"audioRendererMute"_s;
    QTest::newRow("camera") << u"Video"_s << u"videoCapturerMute"_s;
}

void tst_SimDevices::muteSwitches()
{
    QFETCH(QString, device);
    QFETCH(QString, event);
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QCOMPARE(c.call(u"get"_s + device + u"Mute"_s).value(u"mute"_s), QJsonValue(false));
    QVERIFY(
        c.call(u"set"_s + device + u"Mute"_s, { { u"mute"_s, true } }).value(u"result"_s).toBool());
    QCOMPARE(compact(c.waitEvent(event)),
             uR"({"event":"%1","method":"event","mute":true})"_s.arg(event));
    QCOMPARE(c.call(u"get"_s + device + u"Mute"_s).value(u"mute"_s), QJsonValue(true));
    c.call(u"set"_s + device + u"Mute"_s, { { u"mute"_s, true } });
    QCOMPARE(c.eventCount(event), 0); // no change, no event
}

void tst_SimDevices::ptzContinuous()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    const QJsonObject controls = c.call(u"getPtzControls"_s);
    const QJsonObject pan = controls.value(u"pan"_s).toObject();
    QCOMPARE(pan.value(u"support"_s), QJsonValue(true));
    QCOMPARE(pan.value(u"isContinuousType"_s), QJsonValue(true));
    for (const QString &field : { u"minValue"_s, u"maxValue"_s, u"currentValue"_s, u"defValue"_s,
                                  u"step"_s, u"inverted"_s })
        QVERIFY2(pan.contains(field), qPrintable(field));
    QCOMPARE(controls.value(u"videoCapturerName"_s).toString(), u"Logitech PTZ Pro 2"_s);

    // Press: the camera moves in ticks until released.
    QVERIFY(c.call(u"ptzRight"_s).value(u"result"_s).toBool());
    const int first = c.waitEvent(u"ptzControlsChanged"_s)
                          .value(u"pan"_s)
                          .toObject()
                          .value(u"currentValue"_s)
                          .toInt();
    const int second = c.waitEvent(u"ptzControlsChanged"_s)
                           .value(u"pan"_s)
                           .toObject()
                           .value(u"currentValue"_s)
                           .toInt();
    QVERIFY(first > 0);
    QVERIFY(second > first);
    const auto *ptzClock = sim.findChild<QTimer *>(u"ptzTimer"_s);
    QVERIFY(ptzClock);
    QVERIFY(ptzClock->isActive());
    QVERIFY(c.call(u"ptzStop"_s).value(u"result"_s).toBool());
    // Released means the camera's clock is stopped: no tick can move it any more.
    QVERIFY(!ptzClock->isActive());
    c.clearFrames();
    const int stopped
        = c.call(u"getPtzControls"_s).value(u"pan"_s).toObject().value(u"currentValue"_s).toInt();
    QCOMPARE(
        c.call(u"getPtzControls"_s).value(u"pan"_s).toObject().value(u"currentValue"_s).toInt(),
        stopped);

    // Zoom runs to its end stop and stops by itself.
    c.call(u"setZoomPos"_s, { { u"pos"_s, 990 } });
    c.call(u"ptzZoomInc"_s);
    QTRY_COMPARE(
        c.call(u"getPtzControls"_s).value(u"zoom"_s).toObject().value(u"currentValue"_s).toInt(),
        1000);
}

void tst_SimDevices::ptzPositionsAndDefaults()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(c.call(u"setTiltPos"_s, { { u"pos"_s, 45 } }).value(u"result"_s).toBool());
    QCOMPARE(
        c.waitEvent(u"ptzControlsChanged"_s).value(u"tilt"_s).toObject().value(u"currentValue"_s),
        QJsonValue(45));
    QCOMPARE(c.call(u"setTiltPos"_s, { { u"pos"_s, 500 } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
    QCOMPARE(c.call(u"setPanPos"_s, { { u"pos"_s, 1.5 } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"setPtzDefaults"_s).value(u"result"_s).toBool());
    const QJsonObject defaults = c.waitEvent(u"ptzControlsChanged"_s);
    for (const QString &axis : { u"pan"_s, u"tilt"_s, u"zoom"_s }) {
        const QJsonObject a = defaults.value(axis).toObject();
        QCOMPARE(a.value(u"currentValue"_s), a.value(u"defValue"_s));
    }
}

void tst_SimDevices::ptzPerCamera()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    // The webcam has a digital zoom only: one step per command, no pan or tilt.
    QVERIFY(
        selectFirst(c, u"videoCapturers"_s, u"setVideoCapturer"_s, 1).value(u"result"_s).toBool());
    const QJsonObject ptz = c.waitEvent(u"ptzControlsChanged"_s);
    QCOMPARE(ptz.value(u"pan"_s).toObject().value(u"support"_s), QJsonValue(false));
    const QJsonObject zoom = ptz.value(u"zoom"_s).toObject();
    QCOMPARE(zoom.value(u"isContinuousType"_s), QJsonValue(false));
    QVERIFY(c.call(u"ptzZoomInc"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"ptzControlsChanged"_s)
                 .value(u"zoom"_s)
                 .toObject()
                 .value(u"currentValue"_s)
                 .toInt(),
             zoom.value(u"currentValue"_s).toInt() + zoom.value(u"step"_s).toInt());
    QCOMPARE(c.call(u"ptzUp"_s).value(u"error"_s).toString(), u"Invalid state"_s);
    QCOMPARE(c.call(u"setPanPos"_s, { { u"pos"_s, 0 } }).value(u"error"_s).toString(),
             u"Invalid state"_s);
}

void tst_SimDevices::settingsEvents()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(c.call(u"setSettings"_s,
                   { { u"settings"_s,
                       QJsonObject { { u"audioPlayLevel"_s, 0.5 },
                                     { u"defaultMultiConfMatrix"_s, 2 },
                                     { u"selfViewMirror"_s, true } } } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(c.eventsUntil(u"settingsChanged"_s).size() >= 1);
    QTRY_COMPARE(c.eventCount(u"settingsChanged"_s), 2); // selfViewMirror was true already
    QCOMPARE(sim.setting(u"audioPlayLevel"_s).toDouble(), 0.5);
    QVERIFY(sim.changeSetting(u"showLogo"_s, false));
    QTRY_COMPARE(c.eventCount(u"settingsChanged"_s), 3);
    QVERIFY(!sim.changeSetting(u"showLogo"_s, 3));
    QVERIFY(!sim.changeSetting(u"noSuchSetting"_s, true));
    QCOMPARE(c.call(u"getInfoWidgetsState"_s).value(u"logoDisplaying"_s), QJsonValue(false));
}

void tst_SimDevices::mediaOptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("initially");
    QTest::newRow("noise suppression")
        << u"NoiseSuppression"_s << u"noiseSuppressionChanged"_s << true;
    QTest::newRow("blur") << u"Blur"_s << u"blurChanged"_s << false;
    QTest::newRow("crop") << u"Crop"_s << u"cropChanged"_s << false;
}

void tst_SimDevices::mediaOptions()
{
    QFETCH(QString, name);
    QFETCH(QString, event);
    QFETCH(bool, initially);
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QCOMPARE(c.call(u"get"_s + name).value(u"enabled"_s), QJsonValue(initially));
    QVERIFY(c.call(u"set"_s + name, { { u"enabled"_s, !initially } }).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(event).value(u"enabled"_s), QJsonValue(!initially));
    QCOMPARE(c.call(u"get"_s + name).value(u"enabled"_s), QJsonValue(!initially));
    c.call(u"set"_s + name, { { u"enabled"_s, !initially } });
    QCOMPARE(c.eventCount(event), 0); // no change, no event
    QCOMPARE(sim.violations(), QStringList());
}

void tst_SimDevices::mediaOptionsValidation()
{
    RoomSimulator::Options strict = options();
    strict.strict = true;
    RoomSimulator sim(strict);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    const auto error = [&c](const QString &method, const QJsonObject &params) {
        return c.call(method, params).value(u"error"_s).toString();
    };
    QCOMPARE(error(u"setOutputSelfVideoRotateAngle"_s, { { u"rotateAngle"_s, 45 } }),
             u"Invalid parameters"_s);
    QCOMPARE(error(u"setBlur"_s, {}), u"Invalid parameters"_s);
    QCOMPARE(error(u"setReplaceBackground"_s, { { u"enabled"_s, true } }), u"Invalid parameters"_s);
    QCOMPARE(error(u"setReplaceBackground"_s, { { u"enabled"_s, true }, { u"fileId"_s, 999 } }),
             u"Invalid parameters"_s);
    QCOMPARE(error(u"setAudioReceivingLevel"_s, { { u"peerId"_s, u"a@b"_s }, { u"level"_s, 101 } }),
             u"Invalid parameters"_s);
    QCOMPARE(sim.violations().size(), 5); // each one a protocol violation of the client
    sim.clearViolations();

    QVERIFY(c.call(u"setOutputSelfVideoRotateAngle"_s, { { u"rotateAngle"_s, 270 } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"outputSelfVideoRotateAngleChanged"_s).value(u"rotateAngle"_s).toInt(),
             270);
    QCOMPARE(
        c.call(u"getOutputSelfVideoRotateAngle"_s).value(u"outputSelfVideoRotateAngle"_s).toInt(),
        270);
    // setCrop takes the Qt wrappers' `enable` too.
    QVERIFY(c.call(u"setCrop"_s, { { u"enable"_s, true } }).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"cropChanged"_s).value(u"cropImageStatus"_s), QJsonValue(true));
    const int fileId = sim.addFile(u"wall.png"_s, QByteArray("x"));
    QVERIFY(c.call(u"setReplaceBackground"_s, { { u"enabled"_s, true }, { u"fileId"_s, fileId } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"replaceBackgroundChanged"_s).value(u"fileId"_s).toInt(), fileId);
    QCOMPARE(c.call(u"getAudioReceivingLevel"_s, { { u"peerId"_s, u"a@b"_s } }).value(u"level"_s),
             QJsonValue(100));
    c.call(u"setAudioReceivingLevel"_s, { { u"peerId"_s, u"a@b"_s }, { u"level"_s, 30 } });
    QCOMPARE(c.call(u"getAudioReceivingLevel"_s, { { u"peerId"_s, u"a@b"_s } }).value(u"level"_s),
             QJsonValue(30));
    QCOMPARE(sim.violations(), QStringList());
}

void tst_SimDevices::olderRoomWithoutMediaOptions()
{
    RoomSimulator::Options o = options();
    o.mediaOptions = false;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    const QJsonObject reply = c.call(u"getBlur"_s);
    QVERIFY(reply.value(u"result"_s).toBool());
    QVERIFY(!reply.contains(u"enabled"_s)); // catalogue-only: no value
    c.call(u"setBlur"_s, { { u"enabled"_s, true } });
    QCOMPARE(c.eventCount(u"blurChanged"_s), 0);
    QCOMPARE(sim.violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_SimDevices)
#include "tst_simdevices.moc"
