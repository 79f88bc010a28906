// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QString>

class SimCalls;

//! Chat (room-api.md §7.9): messages to a user whenever logged in, to the group while in a
//! group conference, and messages that arrive from others (control API).
class SimChat final
{
public:
    SimChat(SimHost &host, SimCalls &calls);

    SimCommandTable commands();

    // Control API (see RoomSimulator): false, sending nothing, when the state does not
    // allow it.
    bool incoming(const QString &peerId, const QString &message, const QString &peerDn);
    bool incomingGroup(const QString &peerId, const QString &message, const QString &peerDn);

private:
    SimOutcome sendMessage(const QJsonObject &request);
    SimOutcome sendGroupMessage(const QJsonObject &request);

    SimHost &m_host;
    SimCalls &m_calls;
};
