// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simndi.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxIdLength = 64;
}

SimNdi::SimNdi(SimHost &host, std::function<bool()> isPro, std::function<void()> flush)
    : m_host(host)
    , m_isPro(std::move(isPro))
    , m_flush(std::move(flush))
{
    // A room set up for a studio: one mixed output (the whole screen) already exists.
    m_devices.append({ u"main"_s, u"ROOM (main)"_s, true });
}

SimCommandTable SimNdi::commands()
{
    return {
        { u"getNDIState"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"enabled"_s, m_enabled } });
          } },
        { u"setNDIState"_s,
          [this](const QJsonObject &r) {
              return setState(r);
          } },
        { u"getCreatedNDIDevices"_s,
          [this](const QJsonObject &) {
              QJsonArray list;
              for (const Device &d : std::as_const(m_devices))
                  list.append(deviceObject(d));
              return SimOutcome::ok({ { u"createdNDIDevices"_s, list } });
          } },
        { u"createNDIDevice"_s,
          [this](const QJsonObject &r) {
              return create(r);
          } },
        { u"deleteNDIDevice"_s,
          [this](const QJsonObject &r) {
              return remove(r);
          } },
    };
}

void SimNdi::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_host.emitEvent(u"NDIStateChanged"_s, { { u"enabled"_s, enabled } });
    m_flush();
}

bool SimNdi::addDevice(const QString &id)
{
    if (!m_enabled || id.isEmpty() || id.size() > kMaxIdLength || indexOf(id) >= 0)
        return false;
    const Device d { id, u"ROOM (%1)"_s.arg(id), false };
    m_devices.append(d);
    m_host.emitEvent(u"NDIDeviceCreated"_s, deviceObject(d));
    m_flush();
    return true;
}

SimOutcome SimNdi::setState(const QJsonObject &request)
{
    const bool enabled = request.value(u"enabled"_s).toBool();
    if (enabled && !m_isPro())
        return SimOutcome::fail(SimError::accessDenied());
    setEnabled(enabled);
    return SimOutcome::ok();
}

SimOutcome SimNdi::create(const QJsonObject &request)
{
    const QString id = request.value(u"deviceId"_s).toString();
    if (id.trimmed().isEmpty() || id.size() > kMaxIdLength)
        return SimOutcome::fail(SimError::invalidParameters());
    if (!m_isPro())
        return SimOutcome::fail(SimError::accessDenied());
    if (!m_enabled || indexOf(id) >= 0)
        return SimOutcome::fail(SimError::invalidState());
    addDevice(id);
    return SimOutcome::ok();
}

SimOutcome SimNdi::remove(const QJsonObject &request)
{
    const int i = indexOf(request.value(u"deviceId"_s).toString());
    if (i < 0 || !m_enabled)
        return SimOutcome::fail(SimError::invalidState());
    const Device d = m_devices.takeAt(i);
    m_host.emitEvent(u"NDIDeviceDeleted"_s, deviceObject(d));
    return SimOutcome::ok();
}

QJsonObject SimNdi::deviceObject(const Device &device) const
{
    return { { u"deviceId"_s, device.id },
             { u"displayName"_s, device.displayName },
             { u"mixedType"_s, device.mixed } };
}

int SimNdi::indexOf(const QString &id) const
{
    for (int i = 0; i < m_devices.size(); ++i)
        if (m_devices.at(i).id == id)
            return i;
    return -1;
}
