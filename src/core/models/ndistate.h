// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

//! The room's NDI output (room-api.md §11 "Content sharing, picture broadcast, NDI"):
//! getNDIState / setNDIState, the created NDI devices (getCreatedNDIDevices,
//! createNDIDevice, deleteNDIDevice) and their events NDIStateChanged, NDIDeviceCreated,
//! NDIDeviceDeleted. The room's texts (device ids and names) are bounded when read.
//!
//! Every verb ends in exactly one call of its `done` (unless this object is gone), always
//! after the verb has returned: the room's reply, error, timeout, disconnect, or a local
//! refusal (not signed in; an empty or over-long device id; a device that exists already or
//! does not; creating a device while NDI is known to be off). A failure also emits failed().
//! The state itself changes only by the room's events (and the reads after sign-in), so two
//! consoles on one room show the same.
class NdiState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NdiState)

public:
    struct Device
    {
        QString id;
        QString displayName;
        bool mixed = false; //!< a mixed output (the whole screen), not one participant
    };
    using Done = std::function<void(const RequestOutcome &outcome)>;
    static constexpr int kMaxDeviceIdLength = 64;

    explicit NdiState(QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;

    //! Reads getNDIState and getCreatedNDIDevices.
    void refresh();
    bool isKnown() const { return m_known; }
    bool isEnabled() const { return m_enabled; }
    QList<Device> devices() const { return m_devices; }
    bool devicesKnown() const { return m_devicesKnown; }
    int indexOf(const QString &deviceId) const;

    //! Why `deviceId` cannot be created now (empty when it can).
    QString createProblem(const QString &deviceId) const;

    quint64 setEnabled(bool enabled, Done done = {});
    quint64 createDevice(const QString &deviceId, Done done = {});
    quint64 deleteDevice(const QString &deviceId, Done done = {});

Q_SIGNALS:
    //! The state or the device list changed (a read, an event, the room forgotten).
    void changed();
    //! Both reads of a refresh() ended (answered or not).
    void refreshed();
    //! A verb failed; `outcome.errorText` is readable.
    void failed(const RequestOutcome &outcome);

private:
    quint64 send(const QString &method, const QJsonObject &params, Done done);
    quint64 refuse(const QString &method, const QString &why, Done done);
    void finish(const RequestOutcome &outcome, const Done &done);
    static Device parseDevice(const QJsonValue &value);

    void readEnded();

    int m_pendingReads = 0;
    bool m_known = false;
    bool m_enabled = false;
    bool m_devicesKnown = false;
    QList<Device> m_devices;
};
