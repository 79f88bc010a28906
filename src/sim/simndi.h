// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

//! NDI output of the room (room-api.md §11 "Content sharing, picture broadcast, NDI"). The
//! sources name the methods and events but few shapes; the emulator's choices, which RoomDeck
//! reads (and tolerates the absence of):
//!
//!   getNDIState                 {enabled:bool}
//!   setNDIState{enabled}        NDIStateChanged{enabled} when it changes
//!   getCreatedNDIDevices        {createdNDIDevices:[{deviceId, displayName, mixedType:bool}]}
//!   createNDIDevice{deviceId}   NDIDeviceCreated{deviceId, displayName, mixedType}
//!   deleteNDIDevice{deviceId}   NDIDeviceDeleted{deviceId, displayName, mixedType}
//!
//! NDI is a PRO feature: on a Free licence setNDIState{true} and createNDIDevice answer
//! "Access denied". Creating or deleting a device while NDI is off, a device that exists
//! already or one that does not are "Invalid state"; an empty or over-long (> 64 characters)
//! deviceId is "Invalid parameters". Turning NDI off keeps the devices (the room recreates
//! their outputs when it is turned on again).
class SimNdi final
{
public:
    struct Device
    {
        QString id;
        QString displayName;
        bool mixed = false;
    };

    //! `isPro` says whether the room's licence is PRO now.
    //! `flush` sends queued events (for changes outside a command).
    SimNdi(SimHost &host, std::function<bool()> isPro, std::function<void()> flush);

    SimCommandTable commands();
    bool isEnabled() const { return m_enabled; }
    QList<Device> devices() const { return m_devices; }
    //! Control API: another controller (the room's own menu) switches NDI or adds a device.
    void setEnabled(bool enabled);
    bool addDevice(const QString &id);

private:
    SimOutcome setState(const QJsonObject &request);
    SimOutcome create(const QJsonObject &request);
    SimOutcome remove(const QJsonObject &request);
    QJsonObject deviceObject(const Device &device) const;
    int indexOf(const QString &id) const;

    SimHost &m_host;
    std::function<bool()> m_isPro;
    std::function<void()> m_flush;
    bool m_enabled = false;
    QList<Device> m_devices;
};
