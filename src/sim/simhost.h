// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

class SimAddressBook;

//! Wire error texts of room-api.md §10. They are protocol, not UI: never translated.
namespace SimError {
inline QString invalidJson()
{
    return QStringLiteral("Invalid JSON");
}
inline QString notAuthorized()
{
    return QStringLiteral("Not authorized");
}
inline QString unknownMethod()
{
    return QStringLiteral("Unknown method");
}
inline QString accessDenied()
{
    return QStringLiteral("Access denied");
}
inline QString invalidParameters()
{
    return QStringLiteral("Invalid parameters");
}
inline QString invalidState()
{
    return QStringLiteral("Invalid state");
}
inline QString authorizationFailed()
{
    return QStringLiteral("Authorization failed");
}
inline QString unsupportedApiVersion()
{
    return QStringLiteral("Unsupported API version");
}
} // namespace SimError

//! What a command handler decided: an empty error means success (reply result:true with
//! `fields`); otherwise result:false with that error text.
struct SimOutcome
{
    QString error;
    QJsonObject fields;
    bool authFailure = false; //!< adds resultCode:3 (auth only)

    static SimOutcome ok(const QJsonObject &fields = {}) { return { {}, fields, false }; }
    static SimOutcome fail(const QString &error) { return { error, {}, false }; }
    bool isOk() const { return error.isEmpty(); }
};

//! A command of one part of the room, keyed by method name. Runs after the checks of §10
//! (authorization, unknown method, access level, parameter types) have passed.
using SimCommand = std::function<SimOutcome(const QJsonObject &request)>;
using SimCommandTable = QHash<QString, SimCommand>;

//! What the parts of the simulated room (server link, calls, devices) need from the room
//! itself. The room owns the one appState and the client connections; the parts own their
//! slice of state and say what happened through this interface, so that the order of
//! replies and events (§1.3: the reply first) is kept in one place.
class SimHost
{
public:
    virtual ~SimHost() = default;

    virtual int appState() const = 0;
    //! Sets appState; emits appStateChanged when it changes.
    virtual void changeAppState(int appState) = 0;
    //! Sends an event to every authorized connection. While a command runs, its events are
    //! held back until its reply has gone out.
    virtual void emitEvent(const QString &event, const QJsonObject &payload) = 0;
    virtual QJsonValue setting(const QString &name) const = 0;
    //! The logged-in TrueConf ID and display name (empty while logged out).
    virtual QString ownPeerId() const = 0;
    virtual QString ownPeerDn() const = 0;
    //! The TrueConf Server the room is (or was last) connected to, e.g. sim.trueconf.local.
    virtual QString serverName() const = 0;
    virtual SimAddressBook &addressBook() = 0;
    //! Own participant state: 0 no device, 1 muted, 2 on (§9.8).
    virtual int selfMic() const = 0;
    virtual int selfVideo() const = 0;
    //! Strict mode: records a protocol violation of the client.
    virtual void violation(const QString &text) = 0;
    //! Ends every call and conference (logout, server lost), with or without events.
    virtual void dropCalls(bool withEvents) = 0;
    //! A conference the room took part in has ended (PIN rotation, §7.6).
    virtual void conferenceEnded() = 0;
};
