// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"

#include <QFlags>
#include <QObject>

//! What the operator may do now: one pure function of (role, session ready, app state).
//! The GUI derives every action's visibility and enabled state from it; the controller uses
//! the same table to refuse admin-only methods locally (room-api.md §4.1).
namespace Permissions {
Q_NAMESPACE

enum class Capability : quint32 {
    None = 0,
    ViewStatus = 1u << 0, //!< session is up: status, settings, monitors
    Call = 1u << 1, //!< dial a TrueConf ID / create a conference (app state 3)
    Answer = 1u << 2, //!< accept / reject a pending call (app state 4)
    HangUp = 1u << 3, //!< end a call or conference (app states 4-5)
    ConferenceControl = 1u << 4, //!< participants, DTMF (app state 5)
    Devices = 1u << 5, //!< mute, devices, PTZ
    AddressBook = 1u << 6, //!< read / edit the address book
    Background = 1u << 7, //!< main-screen background (both roles)
    RawCommands = 1u << 8, //!< send any JSON request
    ServerConnection = 1u << 16, //!< connectToServer, connectToService (admin)
    AccountLogin = 1u << 17, //!< login (admin, app state 2)
    AccountLogout = 1u << 18, //!< logout (admin, app states 3-5)
    Branding = 1u << 19, //!< getLogo, setLogo, setDefaultLogo, widgets (admin)
    Power = 1u << 20, //!< shutdown, rebootSystem, shutdownSystem (admin)
    Licence = 1u << 21, //!< getHardwareKey, activateLicense (admin)
    Security = 1u << 22, //!< clearTokens, admin protection (admin)
    ServerAccount = 1u << 23, //!< see the room's server and account page (admin, any state)
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_FLAG_NS(Capabilities)

//! Every admin-only capability; none of these is ever granted at User level.
constexpr quint32 kAdminOnlyMask = 0xFFFF0000u;

//! The single source of truth for capability flags.
Capabilities capabilitiesFor(Room::Role role, bool sessionReady, Room::AppState appState);
//! True when `method` may be sent by a connection in `role` (admin-only methods need Admin).
bool mayCall(Room::Role role, const QString &method);
//! The capability an admin-only method belongs to (None for methods open to both roles).
Capability capabilityForMethod(const QString &method);

} // namespace Permissions

Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions::Capabilities)
