// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcamerapresets.h"

#include "simchecks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxPresetsPerCamera = 100;
constexpr int kMaxNameLength = 128;
} // namespace

SimCameraPresets::SimCameraPresets(SimHost &host, SimDevices &devices)
    : m_host(host)
    , m_devices(devices)
{ }

SimCommandTable SimCameraPresets::commands()
{
    return {
        { u"getAllVideoCapturerPresets"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"presets"_s, presetsJson() } });
          } },
        { u"addPresetFromCurrentVideoCapturer"_s,
          [this](const QJsonObject &r) {
              return add(r, true);
          } },
        { u"addVideoCapturerPreset"_s,
          [this](const QJsonObject &r) {
              return add(r, false);
          } },
        { u"applyVideoCapturerPreset"_s,
          [this](const QJsonObject &r) {
              return apply(r);
          } },
        { u"updatePresetFromCurrentVideoCapturer"_s,
          [this](const QJsonObject &r) {
              return update(r, true);
          } },
        { u"updateVideoCapturerPreset"_s,
          [this](const QJsonObject &r) {
              return update(r, false);
          } },
        { u"removeVideoCapturerPreset"_s,
          [this](const QJsonObject &r) {
              return remove(r);
          } },
    };
}

QJsonObject SimCameraPresets::toJson(const Preset &p)
{
    return { { u"presetId"_s, p.id },
             { u"name"_s, p.name },
             { u"pan"_s, p.position.pan },
             { u"tilt"_s, p.position.tilt },
             { u"zoom"_s, p.position.zoom } };
}

QJsonArray SimCameraPresets::presetsJson() const
{
    QJsonArray a;
    for (const Preset &p : m_presets.value(m_devices.cameraKey()))
        a.append(toJson(p));
    return a;
}

QString SimCameraPresets::appliedName() const
{
    const SimDevices::PtzPosition now = m_devices.ptzPosition();
    for (const Preset &p : m_presets.value(m_devices.cameraKey()))
        if (p.position.pan == now.pan && p.position.tilt == now.tilt && p.position.zoom == now.zoom)
            return p.name;
    return {};
}

bool SimCameraPresets::readPosition(const QJsonObject &request, SimDevices::PtzPosition *position)
{
    for (const auto &[key, field] : { std::pair { u"pan"_s, &SimDevices::PtzPosition::pan },
                                      std::pair { u"tilt"_s, &SimDevices::PtzPosition::tilt },
                                      std::pair { u"zoom"_s, &SimDevices::PtzPosition::zoom } }) {
        const QJsonValue v = request.value(key);
        if (v.isUndefined())
            continue;
        if (!SimChecks::isIntegral(v))
            return false;
        position->*field = v.toInt();
    }
    return true;
}

SimOutcome SimCameraPresets::add(const QJsonObject &request, bool fromCurrent)
{
    const QJsonValue nameValue = request.value(u"name"_s);
    if (!nameValue.isUndefined() && !nameValue.isString())
        return SimOutcome::fail(SimError::invalidParameters());
    if (!m_devices.hasPtz())
        return SimOutcome::fail(SimError::invalidState());
    QList<Preset> &list = m_presets[m_devices.cameraKey()];
    if (list.size() >= kMaxPresetsPerCamera)
        return SimOutcome::fail(SimError::invalidState());
    Preset p;
    p.id = QString::number(m_nextId++);
    p.name = nameValue.toString().trimmed();
    if (p.name.size() > kMaxNameLength)
        return SimOutcome::fail(SimError::invalidParameters());
    if (p.name.isEmpty())
        p.name = u"Preset %1"_s.arg(p.id);
    p.position = m_devices.ptzPosition();
    if (!fromCurrent
        && (!readPosition(request, &p.position) || !m_devices.ptzReachable(p.position)))
        return SimOutcome::fail(SimError::invalidParameters());
    list.append(p);
    m_host.emitEvent(u"videoCapturerPresetAdded"_s, toJson(p));
    return SimOutcome::ok({ { u"presetId"_s, p.id } });
}

SimCameraPresets::Preset *SimCameraPresets::find(const QJsonObject &request, QString *error)
{
    const QJsonValue id = request.value(u"presetId"_s);
    if (!id.isString()) {
        *error = SimError::invalidParameters();
        return nullptr;
    }
    if (!m_devices.hasPtz()) {
        *error = SimError::invalidState();
        return nullptr;
    }
    QList<Preset> &list = m_presets[m_devices.cameraKey()];
    for (Preset &p : list)
        if (p.id == id.toString())
            return &p;
    *error = SimError::invalidParameters();
    return nullptr;
}

SimOutcome SimCameraPresets::apply(const QJsonObject &request)
{
    QString error;
    const Preset *p = find(request, &error);
    if (!p)
        return SimOutcome::fail(error);
    const Preset preset = *p;
    m_devices.moveTo(preset.position); // ends a move in progress: ptzControlsChanged
    m_host.emitEvent(u"videoCapturerPresetApplied"_s,
                     { { u"presetId"_s, preset.id }, { u"name"_s, preset.name } });
    return SimOutcome::ok();
}

SimOutcome SimCameraPresets::update(const QJsonObject &request, bool fromCurrent)
{
    QString error;
    Preset *p = find(request, &error);
    if (!p)
        return SimOutcome::fail(error);
    Preset changed = *p;
    if (fromCurrent) {
        changed.position = m_devices.ptzPosition();
    } else {
        const QJsonValue name = request.value(u"name"_s);
        if (!name.isUndefined()) {
            if (!name.isString() || name.toString().trimmed().isEmpty()
                || name.toString().trimmed().size() > kMaxNameLength)
                return SimOutcome::fail(SimError::invalidParameters());
            changed.name = name.toString().trimmed();
        }
        if (!readPosition(request, &changed.position) || !m_devices.ptzReachable(changed.position))
            return SimOutcome::fail(SimError::invalidParameters());
    }
    *p = changed;
    m_host.emitEvent(u"videoCapturerPresetUpdated"_s, toJson(changed));
    return SimOutcome::ok();
}

SimOutcome SimCameraPresets::remove(const QJsonObject &request)
{
    QString error;
    const Preset *p = find(request, &error);
    if (!p)
        return SimOutcome::fail(error);
    const QString id = p->id;
    QList<Preset> &list = m_presets[m_devices.cameraKey()];
    list.removeIf([&id](const Preset &x) { return x.id == id; });
    m_host.emitEvent(u"videoCapturerPresetRemoved"_s, { { u"presetId"_s, id } });
    return SimOutcome::ok();
}
