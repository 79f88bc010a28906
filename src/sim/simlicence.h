// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QString>

#include <functional>

//! The room application's own licence (room-api.md §7.8, §11 "System, licence, updates"):
//! Free or PRO, the licence server and the tariff restrictions of the server account. The
//! sources give names and a few field names; the emulator's choices, which RoomDeck reads:
//!
//!   getLicenseType          {value:"PRO"|"FREE", product_id:"trueconf_room",
//!                            start_date, end_date (ISO dates; empty for Free)}
//!   getLicenseServerStatus  {status:int}  0 no licence server in use, 1 connected,
//!                                          2 unreachable
//!   getTariffRestrictions   {tariffName, p2p, createMulti, symMaxNumber, asymMaxNumber,
//!                            roleMaxNumber, rlMaxNumber, canUseSlideShow,
//!                            canUseDesktopSharing, canChangeAddressBook, canEditGroups,
//!                            canUseDialer}
//!   licenseStatusChanged{pro:bool, start_date, end_date}   when Free/PRO changes
//!   tariffRestrictionsChanged{…the fields above}            with it
//!   slideShowAvailabilityChanged{available}                 with it
//!
//! A Free room cannot use NDI or the slideshow (canUseSlideShow false); SimNdi and
//! SimContentShare ask isPro().
class SimLicence final
{
public:
    //! `tariffName` reads the server tariff SimSystem keeps.
    SimLicence(SimHost &host, bool pro, std::function<QString()> tariffName,
               std::function<void()> flush);

    SimCommandTable commands();
    bool isPro() const { return m_pro; }
    //! Control API (and activateLicense): the licence changes, with its events.
    void setPro(bool pro);
    int serverStatus() const { return m_serverStatus; }
    void setServerStatus(int status) { m_serverStatus = status; }
    QJsonObject restrictions() const;

private:
    QJsonObject licenceDates() const;

    SimHost &m_host;
    bool m_pro = true;
    int m_serverStatus = 1;
    std::function<QString()> m_tariffName;
    std::function<void()> m_flush;
};
