// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "devicespanel.h"

#include "core/models/roomsettings.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using Device = DeviceState::Device;
using Option = DeviceState::Option;

namespace {

constexpr Device kDevices[] = { Device::Microphone, Device::Camera, Device::Speaker };
constexpr Option kOptions[] = { Option::NoiseSuppression, Option::Blur, Option::ReplaceBackground,
                                Option::Crop, Option::SelfViewRotation };

} // namespace

DevicesPanel::DevicesPanel(RoomSession *session, QWidget *parent)
    : QWidget(parent, Qt::Tool)
    , m_devices(session->devices())
    , m_settings(session->settings())
{
    setObjectName(u"devicesPanel"_s);
    setWindowTitle(tr("Room Devices"));
    auto *outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    outer->addLayout(m_form);
    outer->addStretch(1);

    const char *boxNames[] = { "microphoneBox", "cameraBox", "speakerBox" };
    for (Device d : kDevices) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(boxNames[int(d)]));
        box->setAccessibleName(DeviceState::deviceName(d));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(28);
        connect(box, qOverload<int>(&QComboBox::activated), this,
                [this, d](int index) { onDeviceChosen(d, index); });
        m_form->addRow(DeviceState::deviceName(d), box);
        m_boxes[int(d)] = box;
    }

    m_micLevel = new QSlider(Qt::Horizontal, this);
    m_micLevel->setObjectName(u"micLevelSlider"_s);
    m_micLevel->setRange(0, 100);
    m_micLevel->setAccessibleName(tr("Microphone level"));
    m_micLevelNote = new QLabel(this);
    m_micLevelNote->setObjectName(u"micLevelNote"_s);
    m_micLevelNote->setWordWrap(true);
    auto *levelBox = new QVBoxLayout;
    levelBox->addWidget(m_micLevel);
    levelBox->addWidget(m_micLevelNote);
    m_form->addRow(tr("Microphone level"), levelBox);
    // Sent once the operator lets go: the level is no live control like the volume.
    connect(m_micLevel, &QSlider::sliderReleased, this, [this] {
        if (m_settings)
            m_settings->setCapturerLevel(m_micLevel->value() / 100.0);
    });
    connect(m_micLevel, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && m_settings && !m_filling)
            m_settings->setCapturerLevel(m_micLevel->sliderPosition() / 100.0);
    });

    const char *optionNames[] = { "noiseSuppressionCheck", "blurCheck", "replaceBackgroundCheck",
                                  "cropCheck", "rotationBox" };
    for (Option o : kOptions) {
        QWidget *w = nullptr;
        if (o == Option::SelfViewRotation) {
            auto *box = new QComboBox(this);
            for (int angle : { 0, 90, 180, 270 })
                box->addItem(tr("%1°").arg(angle), angle);
            connect(box, qOverload<int>(&QComboBox::activated), this, [this, box](int index) {
                if (m_devices)
                    m_devices->setSelfViewRotation(box->itemData(index).toInt());
                refreshOptions();
            });
            m_form->addRow(DeviceState::optionName(o), box);
            w = box;
        } else {
            auto *check = new QCheckBox(DeviceState::optionName(o), this);
            connect(check, &QCheckBox::clicked, this, [this, o](bool on) {
                if (m_devices)
                    m_devices->setOptionEnabled(o, on);
                refreshOptions(); // shows the room's state until its event says otherwise
            });
            m_form->addRow(QString(), check);
            w = check;
        }
        w->setObjectName(QString::fromLatin1(optionNames[int(o)]));
        w->setAccessibleName(DeviceState::optionName(o));
        m_options[int(o)] = w;
    }
    m_options[int(Option::ReplaceBackground)]->setToolTip(
        tr("Set on the room with an image of its own; it can be turned off here"));

    if (m_devices) {
        connect(m_devices, &DeviceState::hardwareChanged, this, &DevicesPanel::refreshDevices);
        connect(m_devices, &DeviceState::optionChanged, this, &DevicesPanel::refreshOptions);
    }
    if (m_settings) {
        connect(m_settings, &RoomSettings::loaded, this, &DevicesPanel::refreshLevel);
        connect(m_settings, &RoomSettings::forgotten, this, &DevicesPanel::refreshLevel);
        connect(m_settings, &RoomSettings::changed, this, &DevicesPanel::refreshLevel);
    }
    refreshDevices();
    refreshOptions();
    refreshLevel();
}

DevicesPanel::~DevicesPanel() = default;

void DevicesPanel::showAndRaise()
{
    show();
    raise();
    activateWindow();
}

QComboBox *DevicesPanel::deviceBox(Device device) const
{
    return m_boxes[int(device)];
}

QWidget *DevicesPanel::optionWidget(Option option) const
{
    return m_options[int(option)];
}

void DevicesPanel::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_enabled = capabilities.testFlag(Permissions::Capability::Devices);
    refreshDevices();
    refreshOptions();
    refreshLevel();
}

void DevicesPanel::refreshDevices()
{
    m_filling = true;
    const bool known = m_devices && m_devices->isHardwareKnown();
    for (Device d : kDevices) {
        QComboBox *box = m_boxes[int(d)];
        box->clear();
        if (!known) {
            box->addItem(tr("Not known"));
            box->setEnabled(false);
            continue;
        }
        const std::optional<DeviceState::Hardware> current = m_devices->current(d);
        box->addItem(tr("None"));
        int selected = 0;
        const QList<DeviceState::Hardware> list = m_devices->devices(d);
        for (int i = 0; i < list.size(); ++i) {
            const DeviceState::Hardware &h = list.at(i);
            // The room's words, bounded; an unplugged device is listed but cannot be chosen.
            QString text = RoomText::name(h.name);
            if (!h.connected)
                text = tr("%1 (unplugged)").arg(text);
            box->addItem(text, i);
            box->setItemData(box->count() - 1, RoomText::bounded(h.description, 300),
                             Qt::ToolTipRole);
            if (!h.connected)
                box->setItemData(box->count() - 1, 0, Qt::UserRole - 1); // disabled item
            if (current && h == *current)
                selected = box->count() - 1;
        }
        box->setCurrentIndex(selected);
        box->setEnabled(m_enabled);
    }
    m_filling = false;
}

void DevicesPanel::onDeviceChosen(Device device, int index)
{
    if (m_filling || !m_devices)
        return;
    const QVariant row = m_boxes[int(device)]->itemData(index);
    if (!row.isValid())
        m_devices->selectNone(device);
    else
        m_devices->select(device, m_devices->devices(device).value(row.toInt()));
    refreshDevices(); // the room's choice until hardwareChanged says otherwise
}

void DevicesPanel::refreshOptions()
{
    m_filling = true;
    for (Option o : kOptions) {
        const DeviceState::OptionState s
            = m_devices ? m_devices->option(o) : DeviceState::OptionState();
        QWidget *w = m_options[int(o)];
        m_form->setRowVisible(w, s.reported);
        if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(s.enabled);
            // Turning replacement on needs an image chosen on the room.
            check->setEnabled(m_enabled && (o != Option::ReplaceBackground || s.enabled));
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            box->setCurrentIndex(qMax(0, box->findData(s.value)));
            box->setEnabled(m_enabled);
        }
    }
    m_filling = false;
}

void DevicesPanel::refreshLevel()
{
    m_filling = true;
    const std::optional<double> level
        = m_settings ? m_settings->capturerLevel() : std::optional<double>();
    const bool agc = m_settings && m_settings->agcEnabled().value_or(false);
    if (!m_micLevel->isSliderDown() && level)
        m_micLevel->setValue(int(std::lround(*level * 100)));
    m_micLevel->setEnabled(m_enabled && level.has_value() && !agc);
    m_micLevelNote->setText(
        !level ? tr("Not known")
               : (agc ? tr("Set by the room's automatic gain control") : QString()));
    m_micLevelNote->setVisible(!m_micLevelNote->text().isEmpty());
    m_filling = false;
}
