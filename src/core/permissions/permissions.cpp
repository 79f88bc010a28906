// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "permissions.h"

#include "core/protocol/methodcatalogue.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Permissions {

Capabilities capabilitiesFor(Room::Role role, bool sessionReady, Room::AppState appState)
{
    Capabilities caps;
    if (!sessionReady || role == Room::Role::None)
        return caps;
    using S = Room::AppState;
    caps |= Capability::ViewStatus;
    caps |= Capability::Devices;
    caps |= Capability::AddressBook;
    caps |= Capability::Background;
    caps |= Capability::RawCommands;
    if (appState == S::Normal)
        caps |= Capability::Call;
    if (appState == S::Wait)
        caps |= Capability::Answer;
    if (appState == S::Wait || appState == S::Conference)
        caps |= Capability::HangUp;
    if (appState == S::Conference)
        caps |= Capability::ConferenceControl;

    if (role == Room::Role::Admin) {
        caps |= Capability::Branding;
        caps |= Capability::Power;
        caps |= Capability::Licence;
        caps |= Capability::Security;
        caps |= Capability::ServerAccount;
        if (appState == S::None || appState == S::Login || appState == S::Normal)
            caps |= Capability::ServerConnection;
        if (appState == S::Login)
            caps |= Capability::AccountLogin;
        if (appState == S::Normal || appState == S::Wait || appState == S::Conference)
            caps |= Capability::AccountLogout;
    }
    return caps;
}

Capability capabilityForMethod(const QString &method)
{
    static const QHash<QString, Capability> table = {
        { u"connectToServer"_s, Capability::ServerConnection },
        { u"connectToService"_s, Capability::ServerConnection },
        { u"login"_s, Capability::AccountLogin },
        { u"logout"_s, Capability::AccountLogout },
        { u"getHardwareKey"_s, Capability::Licence },
        { u"activateLicense"_s, Capability::Licence },
        { u"shutdown"_s, Capability::Power },
        { u"rebootSystem"_s, Capability::Power },
        { u"shutdownSystem"_s, Capability::Power },
        { u"clearTokens"_s, Capability::Security },
        { u"setLogo"_s, Capability::Branding },
        { u"getLogo"_s, Capability::Branding },
        { u"setDefaultLogo"_s, Capability::Branding },
        { u"getInfoWidgetsState"_s, Capability::Branding },
    };
    return table.value(method, Capability::None);
}

bool mayCall(Room::Role role, const QString &method)
{
    if (!MethodCatalogue::instance().isAdminOnly(method))
        return role != Room::Role::None;
    return role == Room::Role::Admin;
}

} // namespace Permissions
