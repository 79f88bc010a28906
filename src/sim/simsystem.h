// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QString>

#include <functional>

//! The room's computer and licence (room-api.md §7.8, §7.12): getSystemInfo,
//! getHardwareKey, activateLicense (+ licenseActivation).
//!
//! Licence keys: five or more dash-separated groups of four letters or digits activate
//! (status 0, tariff PRO for a year); such a key starting with USED was activated on another
//! machine (status 2); anything else is not a key (status 1). Until a key is activated the
//! tariff reads "FREE".
class SimSystem final
{
public:
    explicit SimSystem(SimHost &host);

    SimCommandTable commands();
    QString tariff() const { return m_tariff; }
    //! Called when a key activates (the room's licence becomes PRO: SimLicence).
    void setOnActivated(std::function<void()> activated) { m_activated = std::move(activated); }

private:
    SimOutcome systemInfo() const;
    SimOutcome activateLicense(const QJsonObject &request);

    SimHost &m_host;
    QString m_tariff = QStringLiteral("FREE");
    std::function<void()> m_activated;
};
