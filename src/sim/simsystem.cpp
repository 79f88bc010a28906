// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simsystem.h"

#include "simrules.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QJsonObject versionObject()
{
    return { { u"major"_s, 5 }, { u"minor"_s, 0 }, { u"revision"_s, 2 }, { u"build"_s, 1034 } };
}

} // namespace

SimSystem::SimSystem(SimHost &host)
    : m_host(host)
{ }

SimCommandTable SimSystem::commands()
{
    return {
        { u"getSystemInfo"_s,
          [this](const QJsonObject &) {
              return systemInfo();
          } },
        { u"getHardwareKey"_s,
          [](const QJsonObject &) {
              return SimOutcome::ok({ { u"key"_s, u"SIM0-0000-0000-0001"_s } });
          } },
        { u"activateLicense"_s,
          [this](const QJsonObject &r) {
              return activateLicense(r);
          } },
    };
}

SimOutcome SimSystem::systemInfo() const
{
    const bool loggedIn = m_host.appState() >= 3;
    QJsonObject o;
    if (loggedIn)
        o.insert(u"authInfo"_s,
                 QJsonObject { { u"peerId"_s, m_host.ownPeerId() },
                               { u"peerDn"_s, m_host.ownPeerDn() } });
    o.insert(u"fileInfo"_s, versionObject());
    o.insert(u"productInfo"_s, versionObject());
    if (loggedIn)
        o.insert(u"permissionsInfo"_s,
                 QJsonObject {
                     { u"tariffName"_s, m_tariff },
                     { u"p2p"_s, true },
                     { u"createMulti"_s, true },
                     { u"symMaxNumber"_s, 36 },
                     { u"asymMaxNumber"_s, 120 },
                     { u"roleMaxNumber"_s, 250 },
                     { u"rlMaxNumber"_s, 1500 },
                     { u"canUseSlideShow"_s, true },
                     { u"canUseDesktopSharing"_s, true },
                     { u"canChangeAddressBook"_s, true },
                     { u"canEditGroups"_s, true },
                     { u"canUseDialer"_s, true },
                 });
    o.insert(u"bitrateLimits"_s, QJsonObject { { u"max"_s, 20480 }, { u"min"_s, 32 } });
    o.insert(
        u"systemRating"_s,
        QJsonObject {
            { u"videoQuality"_s,
              QJsonObject { { u"send"_s, 5 }, { u"receiveP2P"_s, 5 }, { u"receiveGroup"_s, 4 } } },
            { u"videoContentLevels"_s,
              QJsonObject { { u"send"_s, 4 },
                            { u"receiveP2P"_s, 4 },
                            { u"receiveGroup"_s, 3 },
                            { u"bench"_s, 9200 } } },
        });
    o.insert(u"cameraInfo"_s,
             QJsonObject {
                 { u"cameraWidth"_s, 1920 },
                 { u"cameraHeight"_s, 1080 },
                 { u"cameraFramerate"_s, 30 },
                 { u"format"_s, u"MJPG"_s },
                 { u"sendWidth"_s, 1280 },
                 { u"sendHeight"_s, 720 },
                 { u"sendFramerate"_s, 30 },
                 { u"sendFormat"_s, u"I420"_s },
                 { u"stereo"_s, false },
             });
    return SimOutcome::ok(o);
}

SimOutcome SimSystem::activateLicense(const QJsonObject &request)
{
    static const QRegularExpression keyFormat(u"^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4,}$"_s);
    const QString key = request.value(u"key"_s).toString().trimmed();
    int status = 1;
    if (keyFormat.match(key).hasMatch())
        status = key.startsWith(u"USED"_s, Qt::CaseInsensitive) ? 2 : 0;
    QJsonObject event { { u"status"_s, status } };
    if (status == 0) {
        m_tariff = u"PRO"_s;
        const QDate today = QDate::currentDate();
        event.insert(u"tariff"_s, m_tariff);
        event.insert(u"start_date"_s, today.toString(Qt::ISODate));
        event.insert(u"end_date"_s, today.addYears(1).toString(Qt::ISODate));
    }
    m_host.emitEvent(u"licenseActivation"_s, event);
    if (status == 0 && m_activated)
        m_activated();
    return SimOutcome::ok({ { u"status"_s, status } });
}
