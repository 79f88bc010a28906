// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/devicestate.h"
#include "core/permissions/permissions.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class DevicesPanel;
class QAction;
class QLabel;
class QSlider;
class QToolButton;
class RoomController;
class RoomSession;
class RoomSettings;

//! The in-call control strip, always visible in a room console: microphone, camera and
//! speaker toggles that show the room's real state (DeviceState; icon, pressed look and
//! accessible name say "on", "muted" or "not known" until the room has said; disabled while
//! not signed in), the room's volume (RoomSettings' audioPlayLevel) and "Devices…".
//!
//! The volume slider is coalesced while it moves: at most one setSettings is in flight; while
//! one is, only the latest value is kept and sent when the reply is in, so the last value
//! always reaches the room (on release too). The room's own settingsChanged never moves the
//! slider while it is held or while values of ours are still on their way: an older value
//! arriving during a drag does not make it jump back under the pointer. Once everything has
//! settled, the slider shows the room's value.
//!
//! Ctrl+D toggles the microphone, Ctrl+E the camera (while the console is visible). Failures
//! are the session's DeviceState::failed / RoomSettings::failed (the console shows them).
class InCallStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InCallStrip)

public:
    explicit InCallStrip(QWidget *parent = nullptr);
    ~InCallStrip() override;

    void setSession(RoomSession *session);
    //! Enables what the operator may trigger now.
    void applyCapabilities(Permissions::Capabilities capabilities);

    QToolButton *button(DeviceState::Device device) const;
    QSlider *volumeSlider() const { return m_volume; }
    QAction *micAction() const { return m_micAction; }
    QAction *cameraAction() const { return m_cameraAction; }
    //! The shortcut actions, for the console to carry too (the strip may be out of sight in
    //! the toolbar's overflow).
    QList<QAction *> shortcutActions() const { return { m_micAction, m_cameraAction }; }
    //! True while a volume change is on its way to the room or waiting to be sent.
    bool isVolumeBusy() const { return m_volumeInFlight || m_volumePending; }

    //! Toggles `device` (a device whose state is not known is muted).
    void toggle(DeviceState::Device device);

Q_SIGNALS:
    //! The operator asked for the room's Devices window.
    void devicesRequested();

private:
    void refreshButtons();
    //! The role and the room's state allow device commands.
    bool mayControl() const { return m_caps.testFlag(Permissions::Capability::Devices); }
    void refreshVolume();
    void onSliderValue(int value);
    void sendVolume(int value);
    void onVolumeDone();

    QPointer<DeviceState> m_devices;
    QPointer<RoomSettings> m_settings;
    QToolButton *m_buttons[3] = {};
    QSlider *m_volume = nullptr;
    QLabel *m_volumeLabel = nullptr;
    QToolButton *m_devicesButton = nullptr;
    DevicesPanel *m_devicesPanel = nullptr; //!< the Devices window, made with the session
    Permissions::Capabilities m_caps;
    QAction *m_micAction = nullptr;
    QAction *m_cameraAction = nullptr;
    bool m_settingSlider = false; //!< the slider is moved by us, not the operator
    bool m_volumeInFlight = false;
    bool m_volumePending = false;
    int m_volumeWanted = -1; //!< the operator's latest value, 0..100
    int m_volumeSent = -1; //!< the value of the request in flight
};
