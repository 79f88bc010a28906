// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simauthcommands.h"

#include "core/protocol/message.h"
#include "simauthority.h"
#include "simlog.h"

#include <QList>

using namespace Qt::StringLiterals;

SimAuthCommands::SimAuthCommands(SimAuthority &authority, SimConnections &connections,
                                 SimStrictLog &log)
    : m_auth(authority)
    , m_connections(connections)
    , m_log(log)
{ }

SimConnectionCommandTable SimAuthCommands::commands()
{
    using Client = SimConnections::Client;
    return {
        { u"setUsedApiVersion"_s,
          [this](QWebSocket *, Client &, const QJsonObject &r) {
              return setUsedApiVersion(r);
          } },
        { u"auth"_s,
          [this](QWebSocket *s, Client &c, const QJsonObject &r) {
              return auth(s, c, r);
          } },
        { u"getTokenForHttpServer"_s,
          [this](QWebSocket *s, Client &c, const QJsonObject &) {
              return tokenForHttpServer(s, c);
          } },
        { u"getAuthInfo"_s,
          [this](QWebSocket *, Client &c, const QJsonObject &) {
              return authInfo(c);
          } },
        { u"setAuthParams"_s,
          [this](QWebSocket *s, Client &c, const QJsonObject &r) {
              return setAuthParams(s, c, r);
          } },
    };
}

void SimAuthCommands::demote(QWebSocket *socket, int cause)
{
    SimConnections::Client *c = m_connections.client(socket);
    if (!c)
        return;
    c->role = Room::Role::None;
    m_auth.revokeHttpTokens(c->id);
    // Sent to this connection even though it is no longer authorized: it is the one event an
    // unauthorized connection gets (§10 m).
    m_connections.queue(socket,
                        ProtocolCodec::encodeEvent(u"authorizationNeeded"_s,
                                                   QJsonObject { { u"cause"_s, cause } }));
}

QString SimAuthCommands::newHttpToken(QWebSocket *socket, bool unlimited)
{
    const SimConnections::Client *c = m_connections.client(socket);
    return m_auth.issueHttpToken(c ? c->id : 0, unlimited);
}

SimOutcome SimAuthCommands::setUsedApiVersion(const QJsonObject &request)
{
    const QJsonValue version = request.value(u"version"_s);
    if (!version.isString())
        return SimOutcome::fail(SimError::invalidParameters());
    if (version.toString() != u"1"_s)
        return SimOutcome::fail(SimError::unsupportedApiVersion());
    return {};
}

SimOutcome SimAuthCommands::grant(QWebSocket *socket, SimConnections::Client &client,
                                  Room::Role role, QDeadlineTimer deadline)
{
    // One client per mode (§3.6): the previous holder is displaced.
    if (QWebSocket *holder = m_connections.holderOf(role, socket))
        demote(holder, int(Room::AuthNeededCause::Displaced));
    if (client.role != role)
        m_auth.revokeHttpTokens(client.id);
    client.role = role;
    const bool pinProtected = m_auth.protection(role).type == Room::Protection::Pin;
    QJsonObject fields {
        { u"resultCode"_s, 0 },
        { u"previleges"_s, 2 },
        { u"token"_s, m_auth.issueToken(role, deadline) },
        { u"tokenForHttpServer"_s, newHttpToken(socket, pinProtected) },
    };
    qCDebug(lcSim) << "client" << client.id << "authorized as" << Room::roleWireName(role);
    return { {}, fields, false };
}

SimOutcome SimAuthCommands::auth(QWebSocket *socket, SimConnections::Client &client,
                                 const QJsonObject &request)
{
    const QJsonValue type = request.value(u"type"_s);
    const QJsonValue role = request.value(u"role"_s);
    const QJsonValue credentials = request.value(u"credentials"_s);
    const SimOutcome failed { SimError::authorizationFailed(), {}, true };
    const auto malformed = [this](const QString &why) {
        m_log.violation(u"malformed auth: "_s + why);
        return SimOutcome { SimError::invalidParameters(), {}, true };
    };

    Room::Role wanted = Room::Role::None;
    if (!role.isUndefined()) {
        if (!role.isString())
            return malformed(u"role is not a string"_s);
        if (role.toString() == u"admin"_s)
            wanted = Room::Role::Admin;
        else if (role.toString() == u"user"_s)
            wanted = Room::Role::User;
        else
            return malformed(u"unknown role"_s);
    }

    if (type.isUndefined()) {
        // Downgrade {"method":"auth","role":"user"}: admin -> user on this connection.
        if (wanted != Room::Role::User)
            return malformed(u"auth without type"_s);
        if (client.role != Room::Role::Admin)
            return failed;
        return grant(socket, client, Room::Role::User,
                     SimAuthority::lifetimeFor(m_auth.protection(Room::Role::User).type));
    }
    if (!type.isString())
        return malformed(u"type is not a string"_s);
    if (wanted == Room::Role::None)
        m_log.note(u"auth without role"_s); // RoomDeck always names the mode it wants

    if (type.toString() == u"unsecured"_s) {
        if (!credentials.isUndefined() && !credentials.isString())
            return malformed(u"credentials is not a string"_s);
        Room::Role granted = Room::Role::None;
        const auto unsecured = [this](Room::Role r) {
            return m_auth.protection(r).type == Room::Protection::Unsecured;
        };
        if (wanted != Room::Role::None)
            granted = unsecured(wanted) ? wanted : Room::Role::None;
        else if (unsecured(Room::Role::Admin))
            granted = Room::Role::Admin;
        else if (unsecured(Room::Role::User))
            granted = Room::Role::User;
        if (granted == Room::Role::None)
            return failed;
        return grant(socket, client, granted,
                     SimAuthority::lifetimeFor(Room::Protection::Unsecured));
    }

    if (type.toString() != u"secured"_s)
        return malformed(u"unknown type "_s + type.toString());
    if (!credentials.isString())
        return malformed(u"secured auth without string credentials"_s);
    const QString secret = credentials.toString();

    // §10 k: admin secret, then user secret, then issued tokens; with a role only that mode.
    const QList<Room::Role> order = wanted != Room::Role::None
        ? QList<Room::Role> { wanted }
        : QList<Room::Role> { Room::Role::Admin, Room::Role::User };
    for (const Room::Role r : order) {
        if (m_auth.matchesSecret(r, secret))
            return grant(socket, client, r, SimAuthority::lifetimeFor(m_auth.protection(r).type));
    }
    const SimAuthority::Token token = m_auth.token(secret);
    if (token.role != Room::Role::None && (wanted == Room::Role::None || wanted == token.role))
        return grant(socket, client, token.role, token.deadline); // inherits the lifetime
    // A named mode that is not protected at all lets anybody in, whatever they typed.
    if (wanted != Room::Role::None && m_auth.protection(wanted).type == Room::Protection::Unsecured)
        return grant(socket, client, wanted,
                     SimAuthority::lifetimeFor(Room::Protection::Unsecured));
    return failed;
}

SimOutcome SimAuthCommands::tokenForHttpServer(QWebSocket *socket, SimConnections::Client &client)
{
    const bool pinProtected = m_auth.protection(client.role).type == Room::Protection::Pin;
    return { {}, { { u"token"_s, newHttpToken(socket, pinProtected) } }, false };
}

SimOutcome SimAuthCommands::authInfo(const SimConnections::Client &client) const
{
    const auto describe = [&](Room::Role r) {
        const SimAuthority::Protection p = m_auth.protection(r);
        QJsonObject o { { u"security"_s, Room::protectionWireName(p.type) } };
        // The PIN itself is shown to an admin connection only (§4.2).
        if (p.type == Room::Protection::Pin && client.role == Room::Role::Admin)
            o.insert(u"pin"_s, p.secret);
        return o;
    };
    return { {},
             { { u"adminAuth"_s, describe(Room::Role::Admin) },
               { u"userAuth"_s, describe(Room::Role::User) } },
             false };
}

SimOutcome SimAuthCommands::setAuthParams(QWebSocket *socket, SimConnections::Client &client,
                                          const QJsonObject &request)
{
    const QString userType = request.value(u"userType"_s).toString();
    Room::Role target = Room::Role::None;
    if (userType == u"admin"_s)
        target = Room::Role::Admin;
    else if (userType == u"user"_s)
        target = Room::Role::User;
    else
        return SimOutcome::fail(SimError::invalidParameters());
    Room::Protection type = Room::Protection::Unsecured;
    if (!Room::protectionFromWireName(request.value(u"authType"_s).toString(), &type))
        return SimOutcome::fail(SimError::invalidParameters());
    const QJsonValue password = request.value(u"password"_s);
    if (type == Room::Protection::Password
        && (!password.isString() || password.toString().isEmpty()))
        return SimOutcome::fail(SimError::invalidParameters());
    // §10 q: a user may change user mode only.
    if (client.role == Room::Role::User && target == Room::Role::Admin)
        return SimOutcome::fail(SimError::accessDenied());
    // §4.2: admin may never be weaker than user.
    if (target == Room::Role::User && type != Room::Protection::Unsecured
        && m_auth.protection(Room::Role::Admin).type == Room::Protection::Unsecured)
        return SimOutcome::fail(SimError::invalidState());

    const QString secret
        = type == Room::Protection::Pin ? SimAuthority::generatePin() : password.toString();
    m_auth.setProtection(target, type, secret);
    QJsonObject fields;
    if (type == Room::Protection::Pin)
        fields.insert(u"newPin"_s, secret);

    if (target == Room::Role::Admin && type == Room::Protection::Unsecured
        && m_auth.protection(Room::Role::User).type != Room::Protection::Unsecured) {
        m_auth.setProtection(Room::Role::User, Room::Protection::Unsecured, {});
        if (QWebSocket *user = m_connections.holderOf(Room::Role::User, socket))
            demote(user, int(Room::AuthNeededCause::UserProtectionReset));
    }
    if (target == Room::Role::User && client.role == Room::Role::Admin) {
        if (QWebSocket *user = m_connections.holderOf(Room::Role::User, socket))
            demote(user, int(Room::AuthNeededCause::UserCredentialsChangedByAdmin));
    }
    if (target == client.role) {
        // The caller's own protection changed: it stays authorized with fresh tokens (§3.4).
        fields.insert(u"token"_s, m_auth.issueToken(target, SimAuthority::lifetimeFor(type)));
        fields.insert(u"tokenForHttpServer"_s, newHttpToken(socket, type == Room::Protection::Pin));
    }
    return { {}, fields, false };
}
