// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The emulator's camera presets (SimCameraPresets) and far-end camera control
// (SimCameraControl), through a real WebSocket client.

#include "sim/simscenario.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

QString errorOf(const QJsonObject &reply)
{
    return reply.value(u"result"_s).toBool() ? QString() : reply.value(u"error"_s).toString();
}

int panOf(const QJsonObject &ptz)
{
    return ptz.value(u"pan"_s).toObject().value(u"currentValue"_s).toInt();
}

} // namespace

class tst_SimCamera final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsStoredAppliedAndRemoved();
    void presetRefusals();
    void presetsBelongToTheCamera();
    void applyEndsAMoveInProgress();
    void farEndRequestsBothWays();
    void farEndRefusals();
    void scenarioAction();
};

void tst_SimCamera::presetsStoredAppliedAndRemoved()
{
    RoomSimulator sim;
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim, u"user"_s));
    QCOMPARE(c.call(u"getAllVideoCapturerPresets"_s).value(u"presets"_s).toArray().size(), 0);

    QCOMPARE(errorOf(c.call(u"setPanPos"_s, { { u"pos"_s, 45 } })), QString());
    const QJsonObject added
        = c.call(u"addPresetFromCurrentVideoCapturer"_s, { { u"name"_s, u"Door"_s } });
    const QString door = added.value(u"presetId"_s).toString();
    QVERIFY(!door.isEmpty());
    const QJsonObject addedEvent = c.waitEvent(u"videoCapturerPresetAdded"_s);
    QCOMPARE(addedEvent.value(u"presetId"_s).toString(), door);
    QCOMPARE(addedEvent.value(u"pan"_s).toInt(), 45);

    const QJsonObject second
        = c.call(u"addVideoCapturerPreset"_s, { { u"name"_s, u"Left wall"_s }, { u"pan"_s, -90 } });
    const QString wall = second.value(u"presetId"_s).toString();
    QVERIFY(!wall.isEmpty() && wall != door);
    c.waitEvent(u"videoCapturerPresetAdded"_s);
    QCOMPARE(c.call(u"getAllVideoCapturerPresets"_s).value(u"presets"_s).toArray().size(), 2);

    // Apply: the axes go there, then the event.
    QCOMPARE(errorOf(c.call(u"applyVideoCapturerPreset"_s, { { u"presetId"_s, wall } })),
             QString());
    QCOMPARE(panOf(c.waitEvent(u"ptzControlsChanged"_s)), 45); // the setPanPos
    QCOMPARE(panOf(c.waitEvent(u"ptzControlsChanged"_s)), -90);
    QCOMPARE(c.waitEvent(u"videoCapturerPresetApplied"_s).value(u"presetId"_s).toString(), wall);
    QCOMPARE(panOf(c.call(u"getPtzControls"_s)), -90);
    QCOMPARE(sim.appliedPresetName(), u"Left wall"_s);

    // Update from current, rename, remove.
    QCOMPARE(errorOf(c.call(u"setPanPos"_s, { { u"pos"_s, 10 } })), QString());
    QCOMPARE(
        errorOf(c.call(u"updatePresetFromCurrentVideoCapturer"_s, { { u"presetId"_s, door } })),
        QString());
    QCOMPARE(c.waitEvent(u"videoCapturerPresetUpdated"_s).value(u"pan"_s).toInt(), 10);
    QCOMPARE(errorOf(c.call(u"updateVideoCapturerPreset"_s,
                            { { u"presetId"_s, door }, { u"name"_s, u"Entrance"_s } })),
             QString());
    QCOMPARE(c.waitEvent(u"videoCapturerPresetUpdated"_s).value(u"name"_s).toString(),
             u"Entrance"_s);
    QCOMPARE(errorOf(c.call(u"removeVideoCapturerPreset"_s, { { u"presetId"_s, door } })),
             QString());
    QCOMPARE(c.waitEvent(u"videoCapturerPresetRemoved"_s).value(u"presetId"_s).toString(), door);
    const QJsonArray left = c.call(u"getAllVideoCapturerPresets"_s).value(u"presets"_s).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"name"_s).toString(), u"Left wall"_s);
}

void tst_SimCamera::presetRefusals()
{
    RoomSimulator sim;
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim));
    const QString bad = u"Invalid parameters"_s;
    QCOMPARE(errorOf(c.call(u"applyVideoCapturerPreset"_s, { { u"presetId"_s, u"77"_s } })), bad);
    QCOMPARE(errorOf(c.call(u"applyVideoCapturerPreset"_s)), bad); // no presetId
    QCOMPARE(errorOf(c.call(u"applyVideoCapturerPreset"_s, { { u"presetId"_s, 1 } })), bad);
    QCOMPARE(errorOf(c.call(u"removeVideoCapturerPreset"_s, { { u"presetId"_s, u"77"_s } })), bad);
    QCOMPARE(
        errorOf(c.call(u"updatePresetFromCurrentVideoCapturer"_s, { { u"presetId"_s, u"77"_s } })),
        bad);
    QCOMPARE(errorOf(c.call(u"addPresetFromCurrentVideoCapturer"_s, { { u"name"_s, 5 } })), bad);
    QCOMPARE(errorOf(c.call(u"addVideoCapturerPreset"_s, { { u"pan"_s, 9999 } })), bad);
    QCOMPARE(c.eventCount(u"videoCapturerPresetAdded"_s), 0);

    // No camera selected: nothing to preset.
    QCOMPARE(errorOf(c.call(u"setVideoCapturer"_s,
                            { { u"name"_s, u"none"_s }, { u"description"_s, u"none"_s } })),
             QString());
    QCOMPARE(errorOf(c.call(u"addPresetFromCurrentVideoCapturer"_s, { { u"name"_s, u"X"_s } })),
             u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"applyVideoCapturerPreset"_s, { { u"presetId"_s, u"1"_s } })),
             u"Invalid state"_s);
    QCOMPARE(c.call(u"getAllVideoCapturerPresets"_s).value(u"presets"_s).toArray().size(), 0);
}

void tst_SimCamera::presetsBelongToTheCamera()
{
    RoomSimulator sim;
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim));
    QVERIFY(c.call(u"addPresetFromCurrentVideoCapturer"_s, { { u"name"_s, u"PTZ"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(errorOf(c.call(
                 u"setVideoCapturer"_s,
                 { { u"name"_s, u"HD Pro Webcam C920"_s },
                   { u"description"_s, u"usb-046d_HD_Pro_Webcam_C920_8A1E2F0D-video-index0"_s } })),
             QString());
    QCOMPARE(sim.cameraPresets().size(), 0);
    QVERIFY(c.call(u"addPresetFromCurrentVideoCapturer"_s).value(u"result"_s).toBool());
    QCOMPARE(sim.cameraPresets().at(0).toObject().value(u"name"_s).toString().left(7),
             u"Preset "_s); // a name of its own when none is given
}

void tst_SimCamera::applyEndsAMoveInProgress()
{
    RoomSimulator sim;
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim));
    const QString id = c.call(u"addPresetFromCurrentVideoCapturer"_s, { { u"name"_s, u"Home"_s } })
                           .value(u"presetId"_s)
                           .toString();
    QVERIFY(c.call(u"ptzRight"_s).value(u"result"_s).toBool());
    auto *timer = sim.findChild<QTimer *>(u"ptzTimer"_s);
    QVERIFY(timer && timer->isActive());
    QVERIFY(c.call(u"applyVideoCapturerPreset"_s, { { u"presetId"_s, id } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(!timer->isActive()); // the ticking move does not carry the camera off the preset
    QCOMPARE(panOf(c.call(u"getPtzControls"_s)), 0);
}

void tst_SimCamera::farEndRequestsBothWays()
{
    RoomSimulator::Options o;
    o.cameraControlAnswerDelayMs = 0;
    RoomSimulator sim(o);
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim));
    c.call(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QVERIFY(c.waitAppState(5));
    QVERIFY(sim.simulateParticipantJoin(u"mia@video.example.net"_s, u"Mia"_s));
    const QString mia = c.waitEvent(u"newParticipantInConference"_s).value(u"peerId"_s).toString();

    // Mia asks; the room rejects, she asks again, the room accepts.
    QVERIFY(sim.simulateCameraControlRequest(u"mia@video.example.net"_s));
    QCOMPARE(c.waitEvent(u"requestCameraControlReceived"_s).value(u"callId"_s).toString(), mia);
    QVERIFY(!sim.simulateCameraControlRequest(mia)); // already pending
    QCOMPARE(c.call(u"getIncomingCameraControlRequests"_s).value(u"callIdList"_s).toArray(),
             QJsonArray { mia });
    QCOMPARE(errorOf(c.call(u"rejectRequestCameraControl"_s, { { u"callId"_s, mia } })), QString());
    QCOMPARE(c.waitEvent(u"incomingRequestCameraControlRejected"_s).value(u"callId"_s).toString(),
             mia);
    QVERIFY(sim.simulateCameraControlRequest(mia));
    c.waitEvent(u"requestCameraControlReceived"_s);
    QCOMPARE(errorOf(c.call(u"acceptRequestCameraControl"_s, { { u"callId"_s, mia } })), QString());
    QCOMPARE(c.waitEvent(u"incomingRequestCameraControlAccepted"_s).value(u"callId"_s).toString(),
             mia);

    // The room asks for Mia's camera: Sent, then Accepted.
    QCOMPARE(errorOf(c.call(u"requestParticipantCameraControl"_s,
                            { { u"callId"_s, u"mia@video.example.net"_s } })),
             QString());
    QCOMPARE(c.waitEvent(u"requestCameraControlSent"_s).value(u"callId"_s).toString(), mia);
    QCOMPARE(c.waitEvent(u"outgoingRequestCameraControlAccepted"_s).value(u"callId"_s).toString(),
             mia);
    QCOMPARE(c.call(u"getRemotelyControlledCameras"_s).value(u"callIdList"_s).toArray(),
             QJsonArray { mia });
    QCOMPARE(errorOf(c.call(u"remotelyControlledCameraPtzZoomInc"_s,
                            { { u"cameraOwnerCallId"_s, mia } })),
             QString());
    QCOMPARE(sim.remoteCameraMoves(mia), 1);

    // The conference ends: the camera is no longer available.
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QCOMPARE(
        c.waitEvent(u"remotelyControlledCameraNotAvailableAnymore"_s).value(u"callId"_s).toString(),
        mia);
    QCOMPARE(c.call(u"getRemotelyControlledCameras"_s).value(u"callIdList"_s).toArray().size(), 0);
}

void tst_SimCamera::farEndRefusals()
{
    RoomSimulator sim;
    TestClient c;
    QVERIFY(startSim(sim) && c.openAs(sim));
    const QString state = u"Invalid state"_s;
    QCOMPARE(errorOf(c.call(u"requestParticipantCameraControl"_s, { { u"callId"_s, u"a@b"_s } })),
             state);
    QVERIFY(!sim.simulateCameraControlRequest(u"mia@video.example.net"_s)); // no conference
    c.call(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QVERIFY(c.waitAppState(5));
    QCOMPARE(errorOf(c.call(u"requestParticipantCameraControl"_s,
                            { { u"callId"_s, u"nobody@video.example.net"_s } })),
             u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"acceptRequestCameraControl"_s, { { u"callId"_s, u"x@y"_s } })),
             u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"remotelyControlledCameraPtzLeft"_s,
                            { { u"cameraOwnerCallId"_s, u"x@y"_s } })),
             state);
}

void tst_SimCamera::scenarioAction()
{
    QList<SimScenario::Step> steps;
    QString why;
    QVERIFY(SimScenario::parse(
        R"({"events":[{"at":0,"do":"cameraControlRequest","peerId":"mia@video.example.net"}]})",
        &steps, &why));
    QCOMPARE(steps.size(), 1);
    QVERIFY(
        !SimScenario::parse(R"({"events":[{"at":0,"do":"cameraControlRequest"}]})", &steps, &why));
    QVERIFY(why.contains(u"peerId"_s));
    QVERIFY(SimScenario::actionsHelp().contains(u"cameraControlRequest peerId"_s));
}

QTEST_GUILESS_MAIN(tst_SimCamera)
#include "tst_simcamera.moc"
