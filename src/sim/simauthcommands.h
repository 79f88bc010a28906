// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"
#include "simconnections.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QString>

class QWebSocket;
class SimAuthority;
class SimStrictLog;

//! The commands that tie a connection to a mode (room-api.md §3, §4): setUsedApiVersion,
//! auth (unsecured, secured with a secret or a token, the admin -> user downgrade),
//! getTokenForHttpServer, getAuthInfo and setAuthParams, with the displacements and
//! authorizationNeeded events they cause. One connection per mode (§3.6).
class SimAuthCommands final
{
public:
    SimAuthCommands(SimAuthority &authority, SimConnections &connections, SimStrictLog &log);

    SimConnectionCommandTable commands();
    //! Takes the mode away from a connection: its HTTP tokens are void and it gets
    //! authorizationNeeded with `cause` (the one event an unauthorized connection gets).
    void demote(QWebSocket *socket, int cause);

private:
    SimOutcome setUsedApiVersion(const QJsonObject &request);
    SimOutcome auth(QWebSocket *socket, SimConnections::Client &client, const QJsonObject &request);
    SimOutcome tokenForHttpServer(QWebSocket *socket, SimConnections::Client &client);
    SimOutcome authInfo(const SimConnections::Client &client) const;
    SimOutcome setAuthParams(QWebSocket *socket, SimConnections::Client &client,
                             const QJsonObject &request);
    SimOutcome grant(QWebSocket *socket, SimConnections::Client &client, Room::Role role,
                     QDeadlineTimer deadline);
    QString newHttpToken(QWebSocket *socket, bool unlimited);

    SimAuthority &m_auth;
    SimConnections &m_connections;
    SimStrictLog &m_log;
};
