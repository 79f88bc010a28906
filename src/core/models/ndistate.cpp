// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "ndistate.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxDevices = 500; //!< a room that sends more is not believed beyond this
}

NdiState::NdiState(QObject *parent)
    : QObject(parent)
{ }

QStringList NdiState::roomEvents() const
{
    return { u"NDIStateChanged"_s, u"NDIDeviceCreated"_s, u"NDIDeviceDeleted"_s };
}

void NdiState::forgetRoom()
{
    m_known = false;
    m_enabled = false;
    m_devicesKnown = false;
    m_devices.clear();
    Q_EMIT changed();
}

void NdiState::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    m_pendingReads += 2;
    controller()->sendRequest(u"getNDIState"_s, {}, this, [this](const RequestOutcome &o) {
        if (o.ok()) {
            m_known = true;
            m_enabled = o.reply.value(u"enabled"_s).toBool();
            Q_EMIT changed();
        }
        readEnded();
    });
    controller()->sendRequest(u"getCreatedNDIDevices"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok()) {
            readEnded();
            return;
        }
        m_devices.clear();
        const QJsonArray list = o.reply.value(u"createdNDIDevices"_s).toArray();
        for (const QJsonValue &v : list) {
            const Device d = parseDevice(v);
            if (!d.id.isEmpty() && indexOf(d.id) < 0 && m_devices.size() < kMaxDevices)
                m_devices.append(d);
        }
        m_devicesKnown = true;
        Q_EMIT changed();
        readEnded();
    });
}

void NdiState::readEnded()
{
    if (m_pendingReads > 0 && --m_pendingReads == 0)
        Q_EMIT refreshed();
}

NdiState::Device NdiState::parseDevice(const QJsonValue &value)
{
    Device d;
    if (value.isString()) { // an older shape: the ids only
        d.id = RoomText::name(value.toString());
        d.displayName = d.id;
        return d;
    }
    const QJsonObject o = value.toObject();
    d.id = RoomText::name(o.value(u"deviceId"_s).toString());
    d.displayName = RoomText::name(o.value(u"displayName"_s).toString());
    if (d.displayName.isEmpty())
        d.displayName = d.id;
    d.mixed = o.value(u"mixedType"_s).toBool();
    return d;
}

int NdiState::indexOf(const QString &deviceId) const
{
    for (int i = 0; i < m_devices.size(); ++i)
        if (m_devices.at(i).id == deviceId)
            return i;
    return -1;
}

void NdiState::handleRoomEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    if (event.event == u"NDIStateChanged"_s) {
        m_known = true;
        m_enabled = b.value(u"enabled"_s).toBool();
    } else if (event.event == u"NDIDeviceCreated"_s) {
        const Device d = parseDevice(b);
        if (d.id.isEmpty() || indexOf(d.id) >= 0 || m_devices.size() >= kMaxDevices)
            return;
        m_devices.append(d);
    } else if (event.event == u"NDIDeviceDeleted"_s) {
        const int i = indexOf(RoomText::name(b.value(u"deviceId"_s).toString()));
        if (i < 0)
            return;
        m_devices.removeAt(i);
    } else {
        return;
    }
    Q_EMIT changed();
}

QString NdiState::createProblem(const QString &deviceId) const
{
    const QString id = deviceId.trimmed();
    if (id.isEmpty())
        return tr("Enter a name for the NDI device");
    if (id.size() > kMaxDeviceIdLength)
        return tr("The device name is longer than %1 characters").arg(kMaxDeviceIdLength);
    if (indexOf(id) >= 0)
        return tr("The room already has an NDI device named %1").arg(id);
    if (m_known && !m_enabled)
        return tr("Turn NDI on first");
    return {};
}

quint64 NdiState::setEnabled(bool enabled, Done done)
{
    return send(u"setNDIState"_s, { { u"enabled"_s, enabled } }, std::move(done));
}

quint64 NdiState::createDevice(const QString &deviceId, Done done)
{
    const QString why = createProblem(deviceId);
    if (!why.isEmpty())
        return refuse(u"createNDIDevice"_s, why, std::move(done));
    return send(u"createNDIDevice"_s, { { u"deviceId"_s, deviceId.trimmed() } }, std::move(done));
}

quint64 NdiState::deleteDevice(const QString &deviceId, Done done)
{
    if (indexOf(deviceId) < 0)
        return refuse(u"deleteNDIDevice"_s,
                      tr("The room has no NDI device named %1").arg(RoomText::name(deviceId)),
                      std::move(done));
    if (m_known && !m_enabled)
        return refuse(u"deleteNDIDevice"_s, tr("Turn NDI on first"), std::move(done));
    return send(u"deleteNDIDevice"_s, { { u"deviceId"_s, deviceId } }, std::move(done));
}

quint64 NdiState::send(const QString &method, const QJsonObject &params, Done done)
{
    if (!controller() || !controller()->isAuthenticated())
        return refuse(method, tr("Not connected to the room"), std::move(done));
    return controller()->sendRequest(
        method, params, this,
        [this, done = std::move(done)](const RequestOutcome &o) { finish(o, done); });
}

quint64 NdiState::refuse(const QString &method, const QString &why, Done done)
{
    // From the event loop: a callback never runs inside the verb that was refused.
    RequestEnding::refuseLater(
        this, method, why, nullptr, {},
        [this, done = std::move(done)](const RequestOutcome &o) { finish(o, done); });
    return 0;
}

void NdiState::finish(const RequestOutcome &outcome, const Done &done)
{
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}
