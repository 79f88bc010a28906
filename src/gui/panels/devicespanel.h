// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/models/devicestate.h"

#include <QPointer>
#include <QWidget>

class DialogPresenter;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;
class RoomSession;
class RoomSettings;

//! The Devices page (both roles): which camera, microphone and loudspeaker the room uses, the
//! microphone level (read-only while the room's automatic gain control is on) and the video
//! and audio options the room reports (noise suppression, blur, background replacement, crop,
//! self-view rotation). An option the room does not report is not shown. Everything shows
//! the room's state (DeviceState, RoomSettings) and changes it only through their verbs.
class DevicesPanel final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPanel)

public:
    DevicesPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~DevicesPanel() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("devices"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::Devices;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

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
    DialogPresenter *m_presenter = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_boxes[3] = {};
    QWidget *m_options[5] = {};
    QSlider *m_micLevel = nullptr;
    QLabel *m_micLevelNote = nullptr;
    bool m_enabled = false;
    bool m_filling = false; //!< the widgets are set from the room's state, not by the operator
};
