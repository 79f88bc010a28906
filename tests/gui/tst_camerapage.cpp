// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The Camera page in front of the strict simulator: hold-to-move ends in ptzStop on release,
// on focus loss, on window deactivation, on a page change and on disconnect; presets from the
// page; far-end requests answered from the page.

#include "core/http/framesource.h"
#include "core/models/cameracontrol.h"
#include "core/models/devicestate.h"
#include "core/models/presetthumbnails.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "gui/pages/camerapage.h"
#include "gui/widgets/selfview.h"
#include "guitest.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

int stops(const RoomSimulator &sim)
{
    return int(sim.receivedMethods().count(u"ptzStop"_s));
}

struct CameraFixture
{
    Fixture f;
    CameraPage *page = nullptr;
    CameraControl *camera = nullptr;

    bool open(Room::Role role = Room::Role::User)
    {
        if (!f.connect(role))
            return false;
        RoomConsole *console = f.window->console();
        page = console->cameraPage();
        camera = console->session()->camera();
        return page && console->showPage(u"camera"_s)
            && QTest::qWaitFor([this] { return camera->ptzKnown(); }, kTimeout);
    }
    QToolButton *button(const char *name) const { return find<QToolButton>(page, name); }
};

} // namespace

class tst_CameraPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void holdMovesUntilRelease();
    void aLongHoldOutlastsTheWatchdog();
    void focusLossStops();
    void windowDeactivationStops();
    void pageChangeStops();
    void disconnectEndsTheHold();
    void keyboardArrowsHold();
    void slidersAndAxesFollowTheCamera();
    void presetsFromThePage();
    void presetKeepsWhatTheCameraSaw();
    void selfViewFollowsTheCameraSwitch();
    void farEndRequestAnswered();
};

void tst_CameraPage::initTestCase()
{
    initSettings(u"tst_camerapage"_s);
}

void tst_CameraPage::holdMovesUntilRelease()
{
    CameraFixture c;
    QVERIFY(c.open());
    QVERIFY(c.page->selfViewSlot()->isVisible());
    QToolButton *right = c.button("ptzRightButton");
    QVERIFY(right->isEnabled());
    QTest::mousePress(right, Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    QTRY_VERIFY_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current > 0, kTimeout);
    QTest::mouseRelease(right, Qt::LeftButton);
    QVERIFY(!c.camera->isMoving());
    QVERIFY(c.f.roundTrip());
    QCOMPARE(c.f.sim->receivedMethods().count(u"ptzRight"_s), 1);
    QCOMPARE(stops(*c.f.sim), 1);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::aLongHoldOutlastsTheWatchdog()
{
    CameraFixture c;
    QVERIFY(c.open());
    c.camera->setWatchdogInterval(600); // the page beats every 200 ms
    QSignalSpy watchdog(c.camera, &CameraControl::watchdogStopped);
    QToolButton *left = c.button("ptzLeftButton");
    QTest::mousePress(left, Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    // Held for more than three watchdog intervals: the page's heartbeat keeps it moving.
    QVERIFY(!watchdog.wait(1500));
    QVERIFY(c.camera->isMoving());
    QCOMPARE(stops(*c.f.sim), 0);
    QTest::mouseRelease(left, Qt::LeftButton);
    QVERIFY(!c.camera->isMoving());
    QVERIFY(c.f.roundTrip());
    QCOMPARE(stops(*c.f.sim), 1);
    QCOMPARE(watchdog.size(), 0);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::focusLossStops()
{
    CameraFixture c;
    QVERIFY(c.open());
    QTest::mousePress(c.button("ptzUpButton"), Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    QWidget *pad = find<QWidget>(c.page, "ptzPad");
    QVERIFY(pad->hasFocus());
    // Focus goes elsewhere in the window while the button is held.
    find<QWidget>(c.f.window->console(), "pageNavigator")->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(!c.camera->isMoving(), kTimeout);
    QVERIFY(c.f.roundTrip());
    QCOMPARE(stops(*c.f.sim), 1);
    QVERIFY(!c.button("ptzUpButton")->isDown());
}

void tst_CameraPage::windowDeactivationStops()
{
    CameraFixture c;
    QVERIFY(c.open());
    QTest::mousePress(c.button("zoomInButton"), Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(c.f.window.get(), &deactivate);
    QVERIFY(!c.camera->isMoving());
    QVERIFY(c.f.roundTrip());
    QCOMPARE(stops(*c.f.sim), 1);
}

void tst_CameraPage::pageChangeStops()
{
    CameraFixture c;
    QVERIFY(c.open());
    QTest::mousePress(c.button("ptzLeftButton"), Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    QVERIFY(c.f.window->console()->showPage(u"console"_s));
    QVERIFY(!c.camera->isMoving());
    QVERIFY(c.f.roundTrip());
    QCOMPARE(stops(*c.f.sim), 1);
}

void tst_CameraPage::disconnectEndsTheHold()
{
    CameraFixture c;
    QVERIFY(c.open());
    QToolButton *down = c.button("ptzDownButton");
    QTest::mousePress(down, Qt::LeftButton);
    QVERIFY(c.camera->isMoving());
    c.f.sim->closeAllClients();
    QTRY_VERIFY_WITH_TIMEOUT(!c.camera->isMoving(), kTimeout);
    QVERIFY(!down->isDown());
    QTRY_VERIFY_WITH_TIMEOUT(!down->isEnabled(), kTimeout);
}

void tst_CameraPage::keyboardArrowsHold()
{
    CameraFixture c;
    QVERIFY(c.open());
    QWidget *pad = find<QWidget>(c.page, "ptzPad");
    pad->setFocus(Qt::TabFocusReason);
    QTest::keyPress(pad, Qt::Key_Left);
    QVERIFY(c.camera->isMoving());
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier, QString(), true);
    QApplication::sendEvent(pad, &repeat); // held: auto-repeat is ignored
    QTest::keyRelease(pad, Qt::Key_Left);
    QVERIFY(!c.camera->isMoving());
    QVERIFY(c.f.roundTrip());
    QCOMPARE(c.f.sim->receivedMethods().count(u"ptzLeft"_s), 1);
    QCOMPARE(stops(*c.f.sim), 1);
}

void tst_CameraPage::slidersAndAxesFollowTheCamera()
{
    CameraFixture c;
    QVERIFY(c.open());
    auto *pan = find<QSlider>(c.page, "panSlider");
    QCOMPARE(pan->minimum(), -170);
    pan->setValue(30); // as the keyboard would: one position
    QTRY_COMPARE_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current, 30, kTimeout);
    find<QPushButton>(c.page, "ptzHomeButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(pan->value(), 0, kTimeout);

    // The webcam: zoom only; pan and tilt are disabled.
    c.f.controller->sendRequest(
        u"setVideoCapturer"_s,
        { { u"name"_s, u"HD Pro Webcam C920"_s },
          { u"description"_s, u"usb-046d_HD_Pro_Webcam_C920_8A1E2F0D-video-index0"_s } });
    QTRY_VERIFY_WITH_TIMEOUT(!pan->isEnabled(), kTimeout);
    QVERIFY(!c.button("ptzLeftButton")->isEnabled());
    QVERIFY(c.button("zoomInButton")->isEnabled());
    QVERIFY(find<QSlider>(c.page, "zoomSlider")->isEnabled());
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::presetsFromThePage()
{
    CameraFixture c;
    QVERIFY(c.open());
    c.camera->setPosition(CameraControl::Axis::Pan, 80);
    QTRY_COMPARE_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current, 80, kTimeout);
    c.f.presenter->textAnswers = { u"Window"_s };
    find<QPushButton>(c.page, "presetSaveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(c.page->findChildren<QPushButton *>(u"presetButton"_s).size(), 1,
                              kTimeout);
    QPushButton *preset = c.page->findChild<QPushButton *>(u"presetButton"_s);
    QCOMPARE(preset->text(), u"Window"_s);
    const QString id = preset->property("presetId").toString();
    QVERIFY(c.page->presetThumbnailSlot(id)); // the empty slot for its thumbnail
    QTRY_VERIFY_WITH_TIMEOUT(preset->isVisible(), kTimeout);
    saveShot(c.f.window.get(), u"camera-page"_s);

    c.camera->setDefaults();
    QTRY_COMPARE_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current, 0, kTimeout);
    preset->click();
    QTRY_COMPARE_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current, 80, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.page->findChild<QPushButton *>(u"presetButton"_s)->isChecked(),
                             kTimeout);

    // Saving under the same name updates it.
    c.camera->setPosition(CameraControl::Axis::Pan, -10);
    QTRY_COMPARE_WITH_TIMEOUT(c.camera->axis(CameraControl::Axis::Pan).current, -10, kTimeout);
    c.f.presenter->textAnswers = { u"window"_s };
    find<QPushButton>(c.page, "presetSaveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(c.f.sim->cameraPresets().at(0).toObject().value(u"pan"_s).toInt(),
                              -10, kTimeout);
    QCOMPARE(c.f.sim->cameraPresets().size(), 1);

    c.f.presenter->textAnswers = { u"R&D whiteboard, the long one by the window"_s };
    c.page->findChild<QPushButton *>(u"presetButton"_s)
        ->findChild<QAction *>(u"presetRenameAction"_s)
        ->trigger();
    // A room's name: cut on the button, an "&" shown as it is (never a mnemonic).
    QTRY_COMPARE_WITH_TIMEOUT(c.page->findChild<QPushButton *>(u"presetButton"_s)->text(),
                              u"R&&D whiteboard, the lon…"_s, kTimeout);
    c.f.presenter->confirmAnswer = true;
    c.page->findChild<QPushButton *>(u"presetButton"_s)
        ->findChild<QAction *>(u"presetRemoveAction"_s)
        ->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(c.page->findChildren<QPushButton *>(u"presetButton"_s).isEmpty(),
                             kTimeout);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::presetKeepsWhatTheCameraSaw()
{
    CameraFixture c;
    QVERIFY(c.open());
    QTemporaryDir dir;
    c.page->setThumbnailDirectory(dir.path());
    c.page->setRoomId(u"room-under-test"_s);
    FrameSource *source = c.page->selfView()->source();
    QVERIFY(source);
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FrameSource::State::Live, kTimeout);

    c.f.presenter->textAnswers = { u"Door"_s };
    find<QPushButton>(c.page, "presetSaveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(c.page->findChildren<QPushButton *>(u"presetButton"_s).size(), 1,
                              kTimeout);
    const QString id
        = c.page->findChild<QPushButton *>(u"presetButton"_s)->property("presetId").toString();
    const PresetThumbnails pictures(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(pictures.contains(u"room-under-test"_s, id), kTimeout);
    QVERIFY(FrameSource::looksLikeJpeg(pictures.load(u"room-under-test"_s, id)));
    QTRY_VERIFY(!c.page->presetThumbnailSlot(id)->pixmap().isNull());
    if (auto *scroll = c.page->findChild<QScrollArea *>())
        saveShot(scroll->widget(), u"camera-page-preset-picture"_s);

    c.f.presenter->confirmAnswer = true;
    c.page->findChild<QPushButton *>(u"presetButton"_s)
        ->findChild<QAction *>(u"presetRemoveAction"_s)
        ->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!pictures.contains(u"room-under-test"_s, id), kTimeout);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::selfViewFollowsTheCameraSwitch()
{
    CameraFixture c;
    QVERIFY(c.open());
    FrameSource *source = c.page->selfView()->source();
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FrameSource::State::Live, kTimeout);
    // The camera is turned off (through the room: the state follows its event): the view says
    // so, and nothing is fetched.
    DeviceState *devices = c.f.window->console()->session()->devices();
    devices->setMuted(DeviceState::Device::Camera, true);
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FrameSource::State::CameraOff, kTimeout);
    QVERIFY(c.page->selfView()->image().isNull());
    QVERIFY(!c.page->selfView()->placeholderText().isEmpty());
    devices->setMuted(DeviceState::Device::Camera, false);
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FrameSource::State::Live, kTimeout);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_CameraPage::farEndRequestAnswered()
{
    CameraFixture c;
    QVERIFY(c.open());
    auto *farEnd = find<QWidget>(c.page, "farEndGroup");
    QVERIFY(!farEnd->isEnabled()); // no conference
    c.f.controller->call(u"\\c\\weekly_sync"_s);
    QTRY_VERIFY_WITH_TIMEOUT(farEnd->isEnabled(), kTimeout);
    QVERIFY(c.f.sim->simulateParticipantJoin(u"mia@video.example.net"_s, u"Mia"_s));
    QVERIFY(c.f.sim->simulateCameraControlRequest(u"mia@video.example.net"_s));
    auto *incoming = find<QListWidget>(c.page, "incomingControlList");
    QTRY_COMPARE_WITH_TIMEOUT(incoming->count(), 1, kTimeout);
    QCOMPARE(incoming->item(0)->text(), u"Mia"_s);
    auto *allow = find<QPushButton>(c.page, "acceptControlButton");
    QVERIFY(allow->isEnabled());
    allow->click();
    QTRY_COMPARE_WITH_TIMEOUT(incoming->count(), 0, kTimeout);
    QVERIFY(c.f.sim->receivedMethods().contains(u"acceptRequestCameraControl"_s));
    QCOMPARE(c.f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_CameraPage)
#include "tst_camerapage.moc"
