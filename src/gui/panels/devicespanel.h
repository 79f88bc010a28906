// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/devicestate.h"
#include "core/permissions/permissions.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;
class RoomSession;
class RoomSettings;

//! The room's Devices window (both roles; the in-call strip's "Devices…" opens it, a tool
//! window of the console so that it takes no room from the console's layout): which camera,
//! microphone and loudspeaker the room uses, the
//! microphone level (read-only while the room's automatic gain control is on) and the video
//! and audio options the room reports (noise suppression, blur, background replacement, crop,
//! self-view rotation). An option the room does not report is not shown. Everything shows
//! the room's state (DeviceState, RoomSettings) and changes it only through their verbs.
class DevicesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPanel)

public:
    //! A tool window of `parent` (the console).
    explicit DevicesPanel(RoomSession *session, QWidget *parent = nullptr);
    ~DevicesPanel() override;

    //! Enables what the operator may change now.
    void applyCapabilities(Permissions::Capabilities capabilities);
    //! Shows the window and brings it to the front.
    void showAndRaise();

    QComboBox *deviceBox(DeviceState::Device device) const;
    //! The control of `option` (a QCheckBox, or the rotation QComboBox).
    QWidget *optionWidget(DeviceState::Option option) const;

private:
    void refreshDevices();
    void refreshOptions();
    void refreshLevel();
    void onDeviceChosen(DeviceState::Device device, int index);

    QPointer<DeviceState> m_devices;
    QPointer<RoomSettings> m_settings;
    QFormLayout *m_form = nullptr;
    QComboBox *m_boxes[3] = {};
    QWidget *m_options[5] = {};
    QSlider *m_micLevel = nullptr;
    QLabel *m_micLevelNote = nullptr;
    bool m_enabled = false;
    bool m_filling = false; //!< the widgets are set from the room's state, not by the operator
};
