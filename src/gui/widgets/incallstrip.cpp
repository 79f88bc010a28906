// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "incallstrip.h"

#include "core/controller/requestoutcome.h"
#include "core/models/roomsettings.h"
#include "core/session/roomsession.h"
#include "gui/panels/devicespanel.h"
#include "gui/widgets/svgicon.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using Device = DeviceState::Device;

namespace {

constexpr Device kDevices[] = { Device::Microphone, Device::Camera, Device::Speaker };

QString iconFor(Device device, std::optional<bool> muted)
{
    QString base = u"speaker"_s;
    if (device == Device::Microphone)
        base = u"mic"_s;
    else if (device == Device::Camera)
        base = u"cam"_s;
    if (!muted)
        return base + u"-none"_s;
    return base + (*muted ? u"-muted"_s : u"-on"_s);
}

//! The button's own short word; the state is in its icon, its pressed look and its tooltip.
QString shortName(Device device)
{
    switch (device) {
    case Device::Microphone:
        return InCallStrip::tr("Mic");
    case Device::Camera:
        return InCallStrip::tr("Camera");
    case Device::Speaker:
        break;
    }
    return InCallStrip::tr("Speaker");
}

} // namespace

InCallStrip::InCallStrip(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"inCallStrip"_s);
    // In the toolbar: no frame of its own, and its own width rather than the bar's.
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    const char *names[] = { "micButton", "cameraButton", "speakerButton" };
    for (Device d : kDevices) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(names[int(d)]));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonIconOnly); // the toolbar is narrow; names in tips
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, [this, d] {
            toggle(d);
            refreshButtons(); // the button shows the room's state, not the click
        });
        layout->addWidget(b);
        m_buttons[int(d)] = b;
    }
    m_volumeLabel = new QLabel(this);
    m_volumeLabel->setObjectName(u"volumeLabel"_s);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(u"volumeSlider"_s);
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setMinimumWidth(80);
    m_volume->setMaximumWidth(140); // it sits in the toolbar: a long groove says nothing more
    m_volume->setAccessibleName(tr("Room volume"));
    m_volume->setToolTip(tr("The room's loudspeaker volume"));
    m_volumeLabel->setBuddy(m_volume);
    // As wide as its widest text from the start: the slider must not move under the pointer
    // while a drag takes the value from 9 to 10 %, and the toolbar does not lay itself out
    // again when the text grows (German "Lautstärke 100%" was cut).
    {
        const QFontMetrics fm = m_volumeLabel->fontMetrics();
        const int widest = std::max(fm.horizontalAdvance(tr("Volume %1%").arg(100)),
                                    fm.horizontalAdvance(tr("Volume —")));
        m_volumeLabel->setMinimumWidth(widest + 2);
    }
    layout->addWidget(m_volumeLabel);
    layout->addWidget(m_volume);
    m_devicesButton = new QToolButton(this);
    m_devicesButton->setObjectName(u"devicesButton"_s);
    m_devicesButton->setText(tr("Devices…"));
    m_devicesButton->setAccessibleName(tr("Room devices"));
    m_devicesButton->setToolTip(tr("Choose the room's camera, microphone and speaker, and its "
                                   "video and audio options"));
    connect(m_devicesButton, &QToolButton::clicked, this, &InCallStrip::devicesRequested);
    layout->addWidget(m_devicesButton);
    connect(m_volume, &QSlider::valueChanged, this, &InCallStrip::onSliderValue);
    connect(m_volume, &QSlider::sliderReleased, this, [this] {
        if (!isVolumeBusy())
            refreshVolume();
    });

    m_micAction = new QAction(tr("Toggle Microphone"), this);
    m_micAction->setObjectName(u"toggleMicAction"_s);
    m_micAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_cameraAction = new QAction(tr("Toggle Camera"), this);
    m_cameraAction->setObjectName(u"toggleCameraAction"_s);
    m_cameraAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    for (QAction *a : { m_micAction, m_cameraAction }) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(m_micAction, &QAction::triggered, this, [this] { toggle(Device::Microphone); });
    connect(m_cameraAction, &QAction::triggered, this, [this] { toggle(Device::Camera); });

    refreshButtons();
    refreshVolume();
}

InCallStrip::~InCallStrip() = default;

void InCallStrip::setSession(RoomSession *session)
{
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_devices = session ? session->devices() : nullptr;
    m_settings = session ? session->settings() : nullptr;
    delete std::exchange(m_devicesPanel, nullptr);
    if (session) {
        m_devicesPanel = new DevicesPanel(session, this);
        connect(this, &InCallStrip::devicesRequested, m_devicesPanel, &DevicesPanel::showAndRaise);
        m_devicesPanel->applyCapabilities(m_caps);
    }
    if (m_devices) {
        connect(m_devices, &DeviceState::changed, this, &InCallStrip::refreshButtons);
    }
    if (m_settings) {
        connect(m_settings, &RoomSettings::loaded, this, &InCallStrip::refreshVolume);
        connect(m_settings, &RoomSettings::forgotten, this, [this] {
            m_volumePending = false; // a value for a room that is gone is not sent later
            refreshVolume();
        });
        connect(m_settings, &RoomSettings::changed, this, [this](const QString &name) {
            if (name == QLatin1String(RoomSettings::kPlayLevel))
                refreshVolume();
        });
    }
    refreshButtons();
    refreshVolume();
}

void InCallStrip::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_caps = capabilities;
    if (m_devicesPanel)
        m_devicesPanel->applyCapabilities(capabilities);
    refreshButtons();
    refreshVolume();
}

QToolButton *InCallStrip::button(Device device) const
{
    return m_buttons[int(device)];
}

void InCallStrip::toggle(Device device)
{
    if (!mayControl() || !m_devices)
        return;
    // Not known: muting is the safe guess (the operator pressed it to silence something).
    const bool muted = m_devices->isMuted(device).value_or(false);
    m_devices->setMuted(device, !muted);
}

void InCallStrip::refreshButtons()
{
    for (Device d : kDevices) {
        QToolButton *b = m_buttons[int(d)];
        const std::optional<bool> muted = m_devices ? m_devices->isMuted(d) : std::optional<bool>();
        const QString name = DeviceState::deviceName(d);
        QString text;
        if (!muted)
            text = tr("%1: not known").arg(name);
        else
            text = *muted ? tr("%1: muted").arg(name) : tr("%1: on").arg(name);
        b->setText(shortName(d));
        b->setAccessibleName(text);
        const QString icon = iconFor(d, muted);
        b->setIcon(SvgIcon::icon(icon));
        b->setChecked(muted.value_or(false));
        b->setEnabled(mayControl() && m_devices);
        QString tip = text + u" — "_s
            + (muted && *muted ? tr("turn the room's %1 on").arg(DeviceState::deviceNoun(d))
                               : tr("mute the room's %1").arg(DeviceState::deviceNoun(d)));
        if (d == Device::Microphone)
            tip += u" (%1)"_s.arg(m_micAction->shortcut().toString(QKeySequence::NativeText));
        else if (d == Device::Camera)
            tip += u" (%1)"_s.arg(m_cameraAction->shortcut().toString(QKeySequence::NativeText));
        b->setToolTip(tip);
    }
    m_micAction->setEnabled(mayControl() && m_devices);
    m_cameraAction->setEnabled(mayControl() && m_devices);
}

void InCallStrip::refreshVolume()
{
    const std::optional<double> level
        = m_settings ? m_settings->playLevel() : std::optional<double>();
    m_volume->setEnabled(mayControl() && level.has_value());
    m_devicesButton->setEnabled(mayControl());
    // Never under the operator's pointer, never while our own values are on their way.
    if (m_volume->isSliderDown() || isVolumeBusy()) {
        m_volumeLabel->setText(tr("Volume %1%").arg(m_volume->value()));
        return;
    }
    if (!level) {
        m_volumeLabel->setText(tr("Volume —"));
        m_volume->setToolTip(tr("The room's loudspeaker volume: not known"));
        return;
    }
    m_volume->setToolTip(tr("The room's loudspeaker volume"));
    const int value = int(std::lround(*level * 100));
    m_settingSlider = true;
    m_volume->setValue(value);
    m_settingSlider = false;
    m_volumeLabel->setText(tr("Volume %1%").arg(value));
}

void InCallStrip::onSliderValue(int value)
{
    if (m_settingSlider)
        return;
    m_volumeLabel->setText(tr("Volume %1%").arg(value));
    m_volumeWanted = value;
    if (m_volumeInFlight) {
        m_volumePending = true; // only the latest value is kept
        return;
    }
    sendVolume(value);
}

void InCallStrip::sendVolume(int value)
{
    if (!m_settings)
        return;
    m_volumeInFlight = true;
    m_volumePending = false;
    m_volumeSent = value;
    const quint64 handle = m_settings->setPlayLevel(
        value / 100.0, this, [this](const RequestOutcome &) { onVolumeDone(); });
    Q_UNUSED(handle) // refused locally: onVolumeDone() follows all the same
}

void InCallStrip::onVolumeDone()
{
    m_volumeInFlight = false;
    if (m_volumePending && m_volumeWanted != m_volumeSent) {
        sendVolume(m_volumeWanted);
        return;
    }
    m_volumePending = false;
    if (!m_volume->isSliderDown())
        refreshVolume();
}
