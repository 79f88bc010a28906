// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simlicence.h"

#include <QDate>

using namespace Qt::StringLiterals;

SimLicence::SimLicence(SimHost &host, bool pro, std::function<QString()> tariffName,
                       std::function<void()> flush)
    : m_host(host)
    , m_pro(pro)
    , m_tariffName(std::move(tariffName))
    , m_flush(std::move(flush))
{ }

SimCommandTable SimLicence::commands()
{
    return {
        { u"getLicenseType"_s,
          [this](const QJsonObject &) {
              QJsonObject o = licenceDates();
              o.insert(u"value"_s, m_pro ? u"PRO"_s : u"FREE"_s);
              o.insert(u"product_id"_s, u"trueconf_room"_s);
              return SimOutcome::ok(o);
          } },
        { u"getLicenseServerStatus"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"status"_s, m_serverStatus } });
          } },
        { u"getTariffRestrictions"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(restrictions());
          } },
    };
}

void SimLicence::setPro(bool pro)
{
    if (m_pro == pro)
        return;
    m_pro = pro;
    QJsonObject status = licenceDates();
    status.insert(u"pro"_s, pro);
    m_host.emitEvent(u"licenseStatusChanged"_s, status);
    m_host.emitEvent(u"tariffRestrictionsChanged"_s, restrictions());
    // The slideshow follows the licence here (canUseSlideShow).
    m_host.emitEvent(u"slideShowAvailabilityChanged"_s, { { u"available"_s, pro } });
    m_flush();
}

QJsonObject SimLicence::restrictions() const
{
    return {
        { u"tariffName"_s, m_tariffName ? m_tariffName() : QString() },
        { u"p2p"_s, true },
        { u"createMulti"_s, true },
        { u"symMaxNumber"_s, m_pro ? 36 : 4 },
        { u"asymMaxNumber"_s, m_pro ? 120 : 0 },
        { u"roleMaxNumber"_s, m_pro ? 250 : 0 },
        { u"rlMaxNumber"_s, m_pro ? 1500 : 0 },
        { u"canUseSlideShow"_s, m_pro },
        { u"canUseDesktopSharing"_s, true },
        { u"canChangeAddressBook"_s, true },
        { u"canEditGroups"_s, m_pro },
        { u"canUseDialer"_s, true },
    };
}

QJsonObject SimLicence::licenceDates() const
{
    if (!m_pro)
        return { { u"start_date"_s, QString() }, { u"end_date"_s, QString() } };
    return { { u"start_date"_s, u"2026-01-01"_s }, { u"end_date"_s, u"2027-01-01"_s } };
}
