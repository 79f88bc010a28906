// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clidevices.h"

#include "cli/cliformat.h"
#include "core/models/devicestate.h"
#include "core/models/roomsettings.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using Command = CliOptions::Command;
using Device = DeviceState::Device;
using Option = DeviceState::Option;

namespace {

constexpr Device kDevices[] = { Device::Microphone, Device::Camera, Device::Speaker };
constexpr Option kOptions[] = { Option::NoiseSuppression, Option::Blur, Option::ReplaceBackground,
                                Option::Crop, Option::SelfViewRotation };

Device deviceOf(const QString &word)
{
    if (word == u"camera"_s)
        return Device::Camera;
    if (word == u"speaker"_s)
        return Device::Speaker;
    return Device::Microphone;
}

QString wordOf(Device device)
{
    switch (device) {
    case Device::Microphone:
        return u"mic"_s;
    case Device::Camera:
        return u"camera"_s;
    case Device::Speaker:
        break;
    }
    return u"speaker"_s;
}

QString listKey(Device device)
{
    switch (device) {
    case Device::Microphone:
        return u"microphones"_s;
    case Device::Camera:
        return u"cameras"_s;
    case Device::Speaker:
        break;
    }
    return u"speakers"_s;
}

QString optionKey(Option option)
{
    switch (option) {
    case Option::NoiseSuppression:
        return u"noiseSuppression"_s;
    case Option::Blur:
        return u"blur"_s;
    case Option::ReplaceBackground:
        return u"replaceBackground"_s;
    case Option::Crop:
        return u"crop"_s;
    case Option::SelfViewRotation:
        break;
    }
    return u"selfViewRotation"_s;
}

QJsonValue optional(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

CliDevices::CliDevices(RoomController *controller, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
{ }

CliDevices::~CliDevices() = default;

void CliDevices::finishWith(const RequestOutcome &outcome, const QString &human,
                            const QJsonObject &json)
{
    if (outcome.ok())
        Q_EMIT succeeded(human, json);
    else
        Q_EMIT failed(outcome);
}

void CliDevices::run()
{
    switch (m_options.command) {
    case Command::Mute:
    case Command::Unmute: {
        // No state is needed to send the switch: the part is attached only for its verb, and
        // its reads after attaching are not waited for.
        m_devices = new DeviceState(this);
        m_session->attach(m_devices);
        const Device device = deviceOf(m_options.device);
        const bool mute = m_options.command == Command::Mute;
        const QString name = DeviceState::deviceName(device);
        const QString human = mute ? tr("%1 muted.").arg(name) : tr("%1 on.").arg(name);
        const QJsonObject json { { u"ok"_s, true },
                                 { u"device"_s, wordOf(device) },
                                 { u"mute"_s, mute } };
        m_devices->setMuted(device, mute, this, [this, human, json](const RequestOutcome &o) {
            finishWith(o, human, json);
        });
        return;
    }
    case Command::Volume: {
        m_settings = new RoomSettings(this);
        if (m_options.volume >= 0) {
            m_session->attach(m_settings);
            const int volume = m_options.volume;
            m_settings->setPlayLevel(volume / 100.0, this, [this, volume](const RequestOutcome &o) {
                finishWith(o, tr("Volume set to %1.").arg(volume),
                           { { u"ok"_s, true }, { u"volume"_s, volume } });
            });
            return;
        }
        connect(m_settings, &RoomSettings::loaded, this, [this] {
            const std::optional<double> level = m_settings->playLevel();
            if (!level) {
                RequestOutcome o;
                o.method = u"getSettings"_s;
                o.status = RequestOutcome::Status::ErrorReply;
                o.errorText = tr("the room did not report its volume (audioPlayLevel)");
                Q_EMIT failed(o);
                return;
            }
            const int volume = int(std::lround(*level * 100));
            Q_EMIT succeeded(QString::number(volume), { { u"volume"_s, volume } });
        });
        m_session->attach(m_settings); // reads the settings at once (the controller is ready)
        return;
    }
    case Command::Devices:
        m_devices = new DeviceState(this);
        connect(m_devices, &DeviceState::refreshed, this, [this] {
            if (!m_devices->isHardwareKnown()) {
                RequestOutcome o;
                o.method = u"getHardware"_s;
                o.status = RequestOutcome::Status::ErrorReply;
                o.errorText = tr("the room did not list its devices");
                Q_EMIT failed(o);
                return;
            }
            Q_EMIT succeeded(devicesText(*m_devices), devicesJson(*m_devices));
        });
        m_session->attach(m_devices); // reads everything at once (the controller is ready)
        return;
    default:
        break;
    }
}

QString CliDevices::devicesText(const DeviceState &devices)
{
    QString text;
    for (Device d : kDevices) {
        QList<QStringList> rows;
        const std::optional<DeviceState::Hardware> current = devices.current(d);
        for (const DeviceState::Hardware &h : devices.devices(d)) {
            const bool inUse = current && h == *current;
            rows.append(
                { inUse ? u"*"_s : QString(), h.name, h.connected ? QString() : tr("unplugged") });
        }
        if (!current)
            rows.append({ u"*"_s, tr("(none)"), QString() });
        text += CliFormat::table({ QString(), DeviceState::deviceName(d).toUpper(), QString() },
                                 rows);
        text += u'\n';
    }
    CliFormat::Fields fields;
    for (Device d : kDevices)
        fields.append({ DeviceState::deviceName(d), DeviceState::muteText(devices.isMuted(d)) });
    for (Option o : kOptions) {
        const DeviceState::OptionState s = devices.option(o);
        if (!s.reported)
            continue;
        fields.append({ DeviceState::optionName(o),
                        o == Option::SelfViewRotation ? tr("%1°").arg(s.value)
                                                      : (s.enabled ? tr("on") : tr("off")) });
    }
    text += CliFormat::fields(fields);
    return text;
}

QJsonObject CliDevices::devicesJson(const DeviceState &devices)
{
    QJsonObject json;
    QJsonObject mute;
    for (Device d : kDevices) {
        QJsonArray list;
        const std::optional<DeviceState::Hardware> current = devices.current(d);
        for (const DeviceState::Hardware &h : devices.devices(d))
            list.append(QJsonObject { { u"name"_s, h.name },
                                      { u"description"_s, h.description },
                                      { u"type"_s, h.type },
                                      { u"connected"_s, h.connected },
                                      { u"current"_s, current && h == *current } });
        json.insert(listKey(d), list);
        mute.insert(wordOf(d), optional(devices.isMuted(d)));
    }
    json.insert(u"mute"_s, mute);
    QJsonObject options;
    for (Option o : kOptions) {
        const DeviceState::OptionState s = devices.option(o);
        if (!s.reported)
            continue;
        options.insert(optionKey(o),
                       o == Option::SelfViewRotation ? QJsonValue(s.value) : QJsonValue(s.enabled));
    }
    json.insert(u"options"_s, options);
    return json;
}
