// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QString>

//! TrueConf identifiers (room-api.md §6): PeerId `user`, CallId `user@server`, InstanceId
//! `user@server/INSTANCE`, conference ids `<hex>@server#vcs`, conference calls `\c\<id>`.
namespace RoomIds {

enum class Kind {
    Invalid,
    PeerId, //!< user (server implied)
    CallId, //!< user@server
    InstanceId, //!< user@server/instance
    ConferenceId, //!< hex@server#vcs
    ConferenceCall, //!< \c\name
    SipContact, //!< #sip:@address
};

struct Parsed
{
    Kind kind = Kind::Invalid;
    QString user;
    QString server;
    QString instance;
    QString conference; //!< for ConferenceCall: the name or id after \c\ .
};

//! Classifies and splits an id; whitespace around it is ignored.
Parsed parse(const QString &id);
Kind kindOf(const QString &id);
//! True for anything the room's `call` accepts (every kind but Invalid).
bool isCallable(const QString &id);
//! `user@server` from any user id form; `defaultServer` completes a bare PeerId (returned
//! unchanged when empty). Returns an empty string for non-user ids.
QString toCallId(const QString &id, const QString &defaultServer = {});
//! Drops the `/instance` part of an InstanceId.
QString stripInstance(const QString &id);
//! Case-insensitive comparison of user ids, ignoring the instance part.
bool sameUser(const QString &a, const QString &b);
//! The `\c\name` form that `call` takes to join a conference.
QString conferenceCall(const QString &conferenceIdOrName);
//! A readable reason why `id` is not callable, or empty when it is.
QString validationError(const QString &id);

} // namespace RoomIds
