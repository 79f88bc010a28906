// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The in-call strip, the header's mute line and the Devices page (issue 14 item 5) against a
// strict simulator: the toggles follow the room, the volume slider is coalesced while dragged,
// options the room does not report are hidden.

#include "core/models/devicestate.h"
#include "core/models/roomsettings.h"
#include "core/session/roomsession.h"
#include "gui/panels/devicespanel.h"
#include "gui/widgets/incallstrip.h"
#include "guitest.h"
#include "simroom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Device = DeviceState::Device;
using Option = DeviceState::Option;

namespace {

int countOf(const QStringList &list, const QString &item)
{
    return int(list.count(item));
}

} // namespace

class tst_InCallStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSettings(u"tst_incallstrip"_s); }
    void togglesFollowTheRoom();
    void shortcutsToggle();
    void volumeCoalescedWhileDragged();
    void devicesWindowHidesWhatTheRoomDoesNotReport();
    void devicesWindowChoosesDevices();
};

void tst_InCallStrip::togglesFollowTheRoom()
{
    Fixture f;
    auto *strip = find<InCallStrip>(f.window.get(), "inCallStrip");
    QToolButton *mic = strip->button(Device::Microphone);
    // Not signed in: shown as not known, and disabled.
    QVERIFY(!mic->isEnabled());
    QVERIFY2(mic->accessibleName().contains(u"not known"_s), qPrintable(mic->accessibleName()));
    QVERIFY(f.connect(Room::Role::Admin));
    QTRY_VERIFY(mic->isEnabled());
    QTRY_VERIFY2(mic->accessibleName().endsWith(u": on"_s), qPrintable(mic->accessibleName()));
    QVERIFY(!mic->isChecked());

    // A second client (the room's own panel) mutes the microphone: the strip and the header
    // show it at once.
    RoomController panel(SimRoom::fastOptions());
    QSignalSpy ready(&panel, &RoomController::startupCompleted);
    panel.connectToRoom(SimRoom::addressOf(*f.sim),
                        RoomController::Credentials::unsecured(Room::Role::User));
    QVERIFY(ready.wait(kTimeout));
    panel.sendRequest(u"setMicMute"_s, { { u"mute"_s, true } });
    QTRY_VERIFY(mic->isChecked());
    QVERIFY2(mic->accessibleName().contains(u"muted"_s), qPrintable(mic->accessibleName()));
    QTRY_COMPARE(find<QLabel>(f.window.get(), "micStateIcon")->accessibleName(),
                 u"Microphone: muted"_s);

    // Clicking turns it on again through the room.
    mic->click();
    QTRY_VERIFY(!mic->isChecked());
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setMicMute"_s), 2); // the panel's and ours

    // The camera, by click.
    QToolButton *camera = strip->button(Device::Camera);
    camera->click();
    QTRY_VERIFY(camera->isChecked());
    QTRY_COMPARE(find<QLabel>(f.window.get(), "cameraStateIcon")->accessibleName(),
                 u"Camera: muted"_s);
    saveShot(f.window.get(), u"incallstrip-muted"_s);

    // Gone: not known again, disabled.
    f.controller->disconnectFromRoom();
    QTRY_VERIFY(!mic->isEnabled());
    QVERIFY2(mic->accessibleName().contains(u"not known"_s), qPrintable(mic->accessibleName()));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_InCallStrip::shortcutsToggle()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::User));
    auto *strip = find<InCallStrip>(f.window.get(), "inCallStrip");
    QTRY_VERIFY(strip->button(Device::Microphone)->isEnabled());
    QTRY_VERIFY(!strip->button(Device::Microphone)->accessibleName().contains(u"not known"_s));
    QTRY_VERIFY(strip->isVisible());
    QCOMPARE(strip->micAction()->shortcut(), QKeySequence(u"Ctrl+D"_s));
    QCOMPARE(strip->cameraAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(strip->button(Device::Microphone)->isChecked());
    QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(strip->button(Device::Camera)->isChecked());
    QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(!strip->button(Device::Microphone)->isChecked());
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setMicMute"_s), 2);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setVideoMute"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_InCallStrip::volumeCoalescedWhileDragged()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    auto *strip = find<InCallStrip>(f.window.get(), "inCallStrip");
    QSlider *slider = strip->volumeSlider();
    QTRY_VERIFY(slider->isEnabled());
    QCOMPARE(slider->value(), 100); // the room's audioPlayLevel 1.0
    RoomSettings *settings = f.window->console()->session()->settings();
    QSignalSpy changed(settings, &RoomSettings::changed);
    QList<int> shownOnEvents; //!< the slider's value whenever a settingsChanged came in
    QObject context;
    connect(settings, &RoomSettings::changed, &context,
            [&shownOnEvents, slider] { shownOnEvents.append(slider->value()); });

    // A drag over 50 positions.
    slider->setSliderDown(true);
    for (int v = 99; v >= 50; --v)
        slider->setSliderPosition(v);
    QCOMPARE(slider->value(), 50);
    // The room's panel sets another volume meanwhile; that and our first value come back as
    // settingsChanged while the slider is still held: it stays under the pointer.
    QVERIFY(f.sim->changeSetting(u"audioPlayLevel"_s, 0.2));
    QTRY_VERIFY(changed.size() >= 2);
    QCOMPARE(slider->value(), 50);
    QCOMPARE(shownOnEvents, QList<int>(shownOnEvents.size(), 50));
    slider->setSliderDown(false);

    // The released value reaches the room, with a handful of requests for 50 moves.
    QTRY_COMPARE(f.sim->setting(u"audioPlayLevel"_s).toDouble(), 0.5);
    QTRY_VERIFY(!strip->isVolumeBusy());
    const int sent = countOf(f.sim->receivedMethods(), u"setSettings"_s);
    QVERIFY2(sent >= 1 && sent <= 3, qPrintable(QString::number(sent)));
    QCOMPARE(slider->value(), 50);
    QTRY_COMPARE(settings->playLevel(), std::optional<double>(0.5));

    // A change on the room while nobody drags moves the slider.
    QVERIFY(f.sim->changeSetting(u"audioPlayLevel"_s, 0.3));
    QTRY_COMPARE(slider->value(), 30);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_InCallStrip::devicesWindowHidesWhatTheRoomDoesNotReport()
{
    RoomSimulator::Options older;
    older.mediaOptions = false;
    Fixture f(older);
    QVERIFY(f.connect(Room::Role::User));
    auto *page = find<DevicesPanel>(f.window.get(), "devicesPanel");
    QVERIFY(!page->isVisible());
    find<QToolButton>(f.window.get(), "devicesButton")->click();
    QVERIFY(page->isVisible());
    DeviceState *devices = f.window->console()->session()->devices();
    QTRY_VERIFY(devices->isHardwareKnown());
    QTRY_VERIFY(!devices->isRefreshing());
    // Not reported by this room (its catalogue-only replies carry no value): hidden. Crop's
    // catalogue reply does carry one (off), so it is shown.
    for (Option o : { Option::NoiseSuppression, Option::Blur, Option::ReplaceBackground,
                      Option::SelfViewRotation })
        QVERIFY2(page->optionWidget(o)->isHidden(), qPrintable(DeviceState::optionName(o)));
    QVERIFY(!page->optionWidget(Option::Crop)->isHidden());
    QVERIFY(!page->deviceBox(Device::Camera)->isHidden());
    QCOMPARE(f.sim->violations(), QStringList());

    Fixture current;
    QVERIFY(current.connect(Room::Role::User));
    auto *shown = find<DevicesPanel>(current.window.get(), "devicesPanel");
    find<QToolButton>(current.window.get(), "devicesButton")->click();
    QTRY_VERIFY(!shown->optionWidget(Option::Blur)->isHidden());
    QTRY_VERIFY(!shown->optionWidget(Option::SelfViewRotation)->isHidden());
    auto *blur = qobject_cast<QCheckBox *>(shown->optionWidget(Option::Blur));
    QVERIFY(blur && blur->isEnabled() && !blur->isChecked());
    blur->click();
    QTRY_VERIFY(current.window->console()->session()->devices()->option(Option::Blur).enabled);
    QTRY_VERIFY(blur->isChecked());
    saveShot(shown, u"devices-window"_s);
    QCOMPARE(current.sim->violations(), QStringList());
}

void tst_InCallStrip::devicesWindowChoosesDevices()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    auto *page = find<DevicesPanel>(f.window.get(), "devicesPanel");
    find<QToolButton>(f.window.get(), "devicesButton")->click();
    DeviceState *devices = f.window->console()->session()->devices();
    QTRY_VERIFY(devices->isHardwareKnown());
    QComboBox *cameras = page->deviceBox(Device::Camera);
    QTRY_VERIFY(cameras->isEnabled());
    QCOMPARE(cameras->count(), 6); // "None" and five cameras (one an NDI source)
    QCOMPARE(cameras->currentIndex(), 1);
    // The second camera, as the operator picks it.
    cameras->setCurrentIndex(2);
    Q_EMIT cameras->activated(2);
    QTRY_COMPARE(devices->current(Device::Camera)->name,
                 devices->devices(Device::Camera).at(1).name);
    QTRY_COMPARE(cameras->currentIndex(), 2);
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_InCallStrip)
#include "tst_incallstrip.moc"
