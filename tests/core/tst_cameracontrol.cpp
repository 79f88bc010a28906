// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// CameraControl against the strict simulator: PTZ read and followed, hold-to-move that always
// ends in ptzStop (release, watchdog, app state, detach), absolute positions, presets round
// trip, far-end camera control, and local refusals.

#include "core/models/cameracontrol.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Dir = CameraControl::Direction;
using Axis = CameraControl::Axis;
using Status = RequestOutcome::Status;

namespace {

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

//! One room, one session with every standard part, signed in.
struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    CameraControl *camera = nullptr;

    bool start(Room::Role role = Room::Role::Admin, RoomSimulator::Options options = {})
    {
        sim = SimRoom::start(options);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        camera = session->camera();
        QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        if (!ready.wait(5000))
            return false;
        return QTest::qWaitFor([this] { return camera->ptzKnown() && camera->presetsKnown(); });
    }
};

//! Runs a verb and waits for its one outcome.
template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    QTest::qWait(0);
    return calls == 1 ? *result : RequestOutcome {};
}

} // namespace

class tst_CameraControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPtzAndFollowsIt();
    void holdToMoveEndsWithStopOnRelease();
    void watchdogStopsAMoveNobodyReleases();
    void aHeldMoveOutlastsTheWatchdog();
    void lossPathsSendStop();
    void disconnectForgetsTheMove();
    void aMoveCutOffByTheConnectionIsStoppedOnReturn();
    void absolutePositionsWhereSupported();
    void presetsRoundTrip();
    void presetRefusalsFromTheRoom();
    void farEndControl();
    void verbsRefuseLocally();
    void toleratesOddShapes();
};

void tst_CameraControl::readsPtzAndFollowsIt()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.camera->hasPtz());
    QCOMPARE(f.camera->cameraName(), u"Logitech PTZ Pro 2"_s);
    const CameraControl::AxisState pan = f.camera->axis(Axis::Pan);
    QVERIFY(pan.supported);
    QVERIFY(pan.continuous);
    QCOMPARE(pan.minValue, -170);
    QCOMPARE(pan.maxValue, 170);
    QCOMPARE(f.camera->axis(Axis::Zoom).defValue, 100);

    // Another controller selects the webcam: digital zoom only, one step per command.
    QSignalSpy changed(f.camera, &CameraControl::ptzChanged);
    f.session->controller()->sendRequest(
        u"setVideoCapturer"_s,
        { { u"name"_s, u"HD Pro Webcam C920"_s },
          { u"description"_s, u"usb-046d_HD_Pro_Webcam_C920_8A1E2F0D-video-index0"_s } });
    QTRY_COMPARE(f.camera->cameraName(), u"HD Pro Webcam C920"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!f.camera->axis(Axis::Pan).supported);
    QVERIFY(f.camera->axis(Axis::Zoom).supported);
    QVERIFY(!f.camera->axis(Axis::Zoom).continuous);

    // A step: no hold, nothing to stop.
    QCOMPARE(outcomeOf([&](auto d) { f.camera->startMove(Dir::ZoomIn, d); }).status, Status::Reply);
    QVERIFY(!f.camera->isMoving());
    QTRY_COMPARE(f.camera->axis(Axis::Zoom).current, 125);
    QCOMPARE(f.camera->stopMove(), 0u);
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::holdToMoveEndsWithStopOnRelease()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy moving(f.camera, &CameraControl::movingChanged);
    f.camera->startMove(Dir::Right);
    QVERIFY(f.camera->isMoving());
    QTRY_VERIFY(f.camera->axis(Axis::Pan).current > 0);
    QCOMPARE(sent(*f.sim, u"ptzRight"_s), 1);
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 0);

    QCOMPARE(outcomeOf([&](auto d) { f.camera->stopMove(d); }).status, Status::Reply);
    QVERIFY(!f.camera->isMoving());
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    QCOMPARE(moving.size(), 2);
    QCOMPARE(moving.at(1).at(0).toBool(), false);
    // Released: a second release sends nothing.
    QCOMPARE(f.camera->stopMove(), 0u);
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::watchdogStopsAMoveNobodyReleases()
{
    Fixture f;
    QVERIFY(f.start());
    f.camera->setWatchdogInterval(100);
    QSignalSpy watchdog(f.camera, &CameraControl::watchdogStopped);
    f.camera->startMove(Dir::Up);
    QVERIFY(watchdog.wait());
    QVERIFY(!f.camera->isMoving());
    QTRY_COMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::aHeldMoveOutlastsTheWatchdog()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(!f.camera->keepMoving()); // nothing held
    // Wide margins: a beat may come late on a loaded machine (sanitizers), never 6 beats late.
    f.camera->setWatchdogInterval(600);
    QSignalSpy watchdog(f.camera, &CameraControl::watchdogStopped);
    f.camera->startMove(Dir::Left);
    // The view's heartbeat while the button stays down: ten beats, some 1.7 watchdog intervals.
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(100);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        QVERIFY(f.camera->keepMoving());
        if (++beats == 10)
            heartbeat.stop();
    });
    heartbeat.start();
    QTRY_COMPARE(beats, 10);
    QCOMPARE(watchdog.size(), 0);
    QVERIFY(f.camera->isMoving());
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 0);
    // The beats stop (the view froze): the watchdog ends the move.
    QVERIFY(watchdog.wait());
    QTRY_COMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::lossPathsSendStop()
{
    Fixture f;
    QVERIFY(f.start());
    // The app state changes under a held move (a call comes in).
    f.camera->startMove(Dir::Left);
    QVERIFY(f.sim->simulateIncomingCall(u"alice@sim.trueconf.local"_s));
    QTRY_VERIFY(!f.camera->isMoving());
    QTRY_COMPARE(sent(*f.sim, u"ptzStop"_s), 1);

    // Detached from its session: the last thing it sends is the stop.
    f.camera->startMove(Dir::ZoomIn);
    f.session->detach(f.camera);
    QVERIFY(!f.camera->isMoving());
    QTRY_COMPARE(sent(*f.sim, u"ptzStop"_s), 2);
    // And a detached part refuses.
    QCOMPARE(outcomeOf([&](auto d) { f.camera->startMove(Dir::Left, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"ptzLeft"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::disconnectForgetsTheMove()
{
    Fixture f;
    QVERIFY(f.start());
    f.camera->setWatchdogInterval(100);
    QSignalSpy watchdog(f.camera, &CameraControl::watchdogStopped);
    f.camera->startMove(Dir::Down);
    f.session->controller()->disconnectFromRoom();
    QVERIFY(!f.camera->isMoving());
    QVERIFY(!f.camera->ptzKnown());
    QVERIFY(!watchdog.wait(300)); // disarmed: nothing left to stop over this connection
}

void tst_CameraControl::aMoveCutOffByTheConnectionIsStoppedOnReturn()
{
    Fixture f;
    QVERIFY(f.start());
    f.camera->startMove(Dir::Down);
    QTRY_COMPARE(sent(*f.sim, u"ptzDown"_s), 1);
    QSignalSpy back(f.session->controller(), &RoomController::startupCompleted);
    // The connection breaks while the operator holds the button: nothing can stop the camera
    // now, so the first thing after the room is back is ptzStop.
    f.sim->closeAllClients();
    QTRY_VERIFY(!f.camera->isMoving());
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 0);
    QVERIFY(back.wait(10000));
    QTRY_COMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    const QStringList after = f.sim->receivedMethods();
    QVERIFY(after.lastIndexOf(u"ptzStop"_s) < after.lastIndexOf(u"getPtzControls"_s));
    // Owed once: the next sign-in sends nothing more.
    f.sim->closeAllClients();
    QVERIFY(back.wait(10000));
    QTRY_VERIFY(f.camera->ptzKnown());
    QCOMPARE(sent(*f.sim, u"ptzStop"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::absolutePositionsWhereSupported()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Pan, 50, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.camera->axis(Axis::Pan).current, 50);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Tilt, 500, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setDefaults(d); }).status, Status::Reply);
    QTRY_COMPARE(f.camera->axis(Axis::Pan).current, 0);

    f.session->controller()->sendRequest(
        u"setVideoCapturer"_s,
        { { u"name"_s, u"none"_s }, { u"description"_s, u"none"_s } }); // no camera at all
    QTRY_VERIFY(!f.camera->hasPtz());
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Zoom, 100, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->startMove(Dir::ZoomIn, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setDefaults(d); }).status, Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->addPreset(u"Wide"_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"setZoomPos"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::presetsRoundTrip()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User));
    QVERIFY(f.camera->presets().isEmpty());
    QSignalSpy presets(f.camera, &CameraControl::presetsChanged);

    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Pan, 60, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Zoom, 300, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->addPreset(u"  Lectern  "_s, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.camera->presets().size(), 1);
    QCOMPARE(f.camera->presets().first().name, u"Lectern"_s);
    const QString lectern = f.camera->presetIdByName(u"lectern"_s);
    QVERIFY(!lectern.isEmpty());

    f.camera->setDefaults();
    QTRY_COMPARE(f.camera->axis(Axis::Pan).current, 0);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->addPreset(u"Wide"_s, d); }).status, Status::Reply);
    QTRY_COMPARE(f.camera->presets().size(), 2);

    // Apply moves the axes there.
    QSignalSpy applied(f.camera, &CameraControl::presetApplied);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->applyPreset(lectern, d); }).status, Status::Reply);
    QTRY_COMPARE(f.camera->axis(Axis::Pan).current, 60);
    QCOMPARE(f.camera->axis(Axis::Zoom).current, 300);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).toString(), lectern);
    QCOMPARE(f.camera->currentPresetId(), lectern);
    QCOMPARE(f.sim->appliedPresetName(), u"Lectern"_s);

    // Update from the current position, then rename.
    f.camera->setPosition(Axis::Pan, -20);
    QTRY_COMPARE(f.camera->axis(Axis::Pan).current, -20);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->updatePreset(lectern, d); }).status, Status::Reply);
    QCOMPARE(f.sim->cameraPresets().at(0).toObject().value(u"pan"_s).toInt(), -20);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->renamePreset(lectern, u"Speaker"_s, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.camera->presets().first().name, u"Speaker"_s);
    QCOMPARE(f.camera->presetIdByName(u"Speaker"_s), lectern);

    // Remove.
    QCOMPARE(outcomeOf([&](auto d) { f.camera->removePreset(lectern, d); }).status, Status::Reply);
    QTRY_COMPARE(f.camera->presets().size(), 1);
    QCOMPARE(f.camera->presets().first().name, u"Wide"_s);
    QVERIFY(f.camera->currentPresetId().isEmpty());
    QVERIFY(presets.size() >= 4);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->addPreset(u"   "_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::presetRefusalsFromTheRoom()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy failed(f.camera, &CameraControl::failed);
    const RequestOutcome o = outcomeOf([&](auto d) { f.camera->applyPreset(u"424242"_s, d); });
    QCOMPARE(o.status, Status::ErrorReply);
    QCOMPARE(o.errorText, u"Invalid parameters"_s);
    QCOMPARE(failed.size(), 1);
    f.sim->clearViolations(); // the unknown id was this test's own doing
}

void tst_CameraControl::farEndControl()
{
    Fixture f;
    RoomSimulator::Options o;
    o.cameraControlAnswerDelayMs = 20;
    QVERIFY(f.start(Room::Role::User, o));
    RoomController *c = f.session->controller();
    c->call(u"\\c\\weekly_sync"_s);
    QTRY_COMPARE(c->appState(), Room::AppState::Conference);
    QVERIFY(f.sim->simulateParticipantJoin(u"mia@video.example.net"_s, u"Mia"_s));

    // Mia asks for the room's camera; the room accepts.
    QSignalSpy asked(f.camera, &CameraControl::controlRequested);
    QVERIFY(f.sim->simulateCameraControlRequest(u"mia@video.example.net"_s));
    QVERIFY(asked.wait());
    const QString mia = asked.first().at(0).toString();
    QVERIFY(mia.startsWith(u"mia@video.example.net/"_s));
    QCOMPARE(f.camera->incomingRequests(), QStringList { mia });
    QCOMPARE(outcomeOf([&](auto d) { f.camera->acceptRequest(mia, d); }).status, Status::Reply);
    QTRY_VERIFY(f.camera->incomingRequests().isEmpty());

    // The room asks for Mia's camera; she agrees after the modelled delay.
    QSignalSpy answered(f.camera, &CameraControl::controlAnswered);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->requestControl(mia, d); }).status, Status::Reply);
    QVERIFY(answered.wait());
    QCOMPARE(answered.first().at(0).toString(), mia);
    QCOMPARE(answered.first().at(1).toBool(), true);
    QCOMPARE(f.camera->controlledCameras(), QStringList { mia });
    QVERIFY(f.camera->outgoingRequests().isEmpty());
    QCOMPARE(outcomeOf([&](auto d) { f.camera->moveRemote(mia, Dir::Left, d); }).status,
             Status::Reply);
    QCOMPARE(f.sim->remoteCameraMoves(mia), 1);
    QCOMPARE(sent(*f.sim, u"remotelyControlledCameraPtzLeft"_s), 1);

    // Mia leaves: her camera is gone.
    QVERIFY(f.sim->simulateParticipantLeave(mia));
    QTRY_VERIFY(f.camera->controlledCameras().isEmpty());
    QCOMPARE(outcomeOf([&](auto d) { f.camera->moveRemote(mia, Dir::Left, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::verbsRefuseLocally()
{
    // Not connected: everything refuses, nothing is sent.
    CameraControl lone;
    using Verb = std::function<void(CameraControl *, CameraControl::Done)>;
    const QList<Verb> verbs = {
        [](CameraControl *c, auto d) { c->startMove(Dir::Left, d); },
        [](CameraControl *c, auto d) { c->setPosition(Axis::Pan, 0, d); },
        [](CameraControl *c, auto d) { c->setDefaults(d); },
        [](CameraControl *c, auto d) { c->addPreset(u"A"_s, d); },
        [](CameraControl *c, auto d) { c->applyPreset(u"1"_s, d); },
        [](CameraControl *c, auto d) { c->updatePreset(u"1"_s, d); },
        [](CameraControl *c, auto d) { c->renamePreset(u"1"_s, u"B"_s, d); },
        [](CameraControl *c, auto d) { c->removePreset(u"1"_s, d); },
        [](CameraControl *c, auto d) { c->requestControl(u"x@y/1"_s, d); },
        [](CameraControl *c, auto d) { c->acceptRequest(u"x@y/1"_s, d); },
        [](CameraControl *c, auto d) { c->rejectRequest(u"x@y/1"_s, d); },
        [](CameraControl *c, auto d) { c->moveRemote(u"x@y/1"_s, Dir::Up, d); },
    };
    for (const Verb &verb : verbs)
        QCOMPARE(outcomeOf([&](auto d) { verb(&lone, d); }).status, Status::RefusedLocally);

    // Signed in as User outside a conference: the far-end verbs refuse locally, both roles
    // may move the camera.
    Fixture f;
    QVERIFY(f.start(Room::Role::User));
    QCOMPARE(outcomeOf([&](auto d) { f.camera->requestControl(u"x@y/1"_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->moveRemote(u"x@y/1"_s, Dir::Up, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"requestParticipantCameraControl"_s), 0);
    f.session->controller()->call(u"\\c\\weekly_sync"_s);
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Conference);
    QCOMPARE(outcomeOf([&](auto d) {
                 f.camera->requestControl(f.session->controller()->trueConfId(), d);
             }).status,
             Status::RefusedLocally); // the room itself
    QCOMPARE(sent(*f.sim, u"requestParticipantCameraControl"_s), 0);
    QCOMPARE(outcomeOf([&](auto d) { f.camera->setPosition(Axis::Pan, 10, d); }).status,
             Status::Reply);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_CameraControl::toleratesOddShapes()
{
    Fixture f;
    QVERIFY(f.start());
    // Numbers out of any range, wrong types, a maximum below the minimum.
    QSignalSpy ptz(f.camera, &CameraControl::ptzChanged);
    f.sim->sendEvent(u"ptzControlsChanged"_s,
                     { { u"pan"_s, u"sideways"_s },
                       { u"tilt"_s,
                         QJsonObject { { u"support"_s, true },
                                       { u"minValue"_s, 1e300 },
                                       { u"maxValue"_s, -5 },
                                       { u"currentValue"_s, u"7"_s },
                                       { u"step"_s, -3 } } },
                       { u"videoCapturerName"_s, QString(5000, u'x') } });
    QVERIFY(ptz.wait());
    QVERIFY(!f.camera->axis(Axis::Pan).supported);
    const CameraControl::AxisState tilt = f.camera->axis(Axis::Tilt);
    QVERIFY(tilt.supported);
    QVERIFY(tilt.minValue <= tilt.current && tilt.current <= tilt.maxValue);
    QCOMPARE(tilt.step, 1);
    QVERIFY(f.camera->cameraName().size() <= 257);

    // A call id as a number, then one far too long: kept as text, bounded.
    f.session->controller()->call(u"\\c\\weekly_sync"_s);
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Conference);
    QSignalSpy asked(f.camera, &CameraControl::controlRequested);
    f.sim->sendEvent(u"requestCameraControlReceived"_s, { { u"callId"_s, 42 } });
    f.sim->sendEvent(u"requestCameraControlReceived"_s, { { u"callId"_s, QString(9000, u'y') } });
    f.sim->sendEvent(u"requestCameraControlReceived"_s, { { u"callId"_s, QJsonArray {} } });
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).at(0).toString(), u"42"_s);
    QVERIFY(asked.at(1).at(0).toString().size() <= 257);
    // A preset event of any shape makes the list be read again.
    const int reads = sent(*f.sim, u"getAllVideoCapturerPresets"_s);
    f.sim->sendEvent(u"videoCapturerPresetAdded"_s, {});
    QTRY_COMPARE(sent(*f.sim, u"getAllVideoCapturerPresets"_s), reads + 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CameraControl)
#include "tst_cameracontrol.moc"
