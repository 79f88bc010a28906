// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "core/transport/roomaddress.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

//! One room of the agent's rooms file (see packaging/man/roomdeck-agent.1 and the README):
//!
//!   {"rooms": [{"name": "Board room", "address": "10.0.0.21:8088", "instance": "default",
//!               "site": "HQ", "tags": ["floor-3"], "relayPort": 8801}]}
//!
//! `name` and `address` are required; the address is what an operator types into Connect…
//! (RoomAddress::parse), `instance` overrides one given in it. `relayPort` fixes the port of
//! the room's relay (for a firewall); without it the system picks a free one, which the relay's
//! config.json names.
struct AgentRoomConfig
{
    QString name;
    QString addressText; //!< as written in the file
    RoomAddress address;
    QString site;
    QStringList tags;
    quint16 relayPort = 0; //!< 0: any free port
    //! The instance name a client gives to reach this room through the relay
    //! (AgentConfig::relayInstanceFor(name)): room names may hold spaces, instance names not.
    QString relayInstance;

    friend bool operator==(const AgentRoomConfig &a, const AgentRoomConfig &b)
    {
        return a.name == b.name && a.address == b.address && a.site == b.site && a.tags == b.tags
            && a.relayPort == b.relayPort;
    }
    friend bool operator!=(const AgentRoomConfig &a, const AgentRoomConfig &b) { return !(a == b); }
};

//! What the agent signs in to one room with, from the secrets file: a password signs in as
//! Administrator, a PIN as User; a room without an entry is taken as unsecured (User). Never
//! logged, printed or served.
struct AgentSecret
{
    enum class Kind { None, Pin, Password };
    Kind kind = Kind::None;
    QString value;

    RoomController::Credentials credentials() const;
    friend bool operator==(const AgentSecret &a, const AgentSecret &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

//! One operator of the relay, from the operators file: who signs in with `secret` and as what.
//! The secret is never logged, printed or served.
struct AgentOperator
{
    QString name;
    Room::Role role = Room::Role::User;
    QString secret;
};

//! Reading the rooms file, the secrets file and the operators file. Every error names the file and
//! says where (line and column for JSON syntax, the room and the field otherwise) and what is
//! wrong.
namespace AgentConfig {

constexpr int kMaxRooms = 5000;
constexpr int kMaxNameLength = 200;
constexpr int kMinOperatorSecretLength = 8;

//! A valid instance name (letters, digits, '.', '_', '-'; RoomAddress) for the room `name`:
//! the name with every other run of characters turned into '-' ("Board room" -> "Board-room"),
//! or "room-" and a digest of the name when nothing is left ("Переговорная").
QString relayInstanceFor(const QString &name);

//! The rooms in a rooms file's `json` (in file order), or nullopt and a readable *error.
std::optional<QList<AgentRoomConfig>> parseRooms(const QByteArray &json, const QString &fileName,
                                                 QString *error);
std::optional<QList<AgentRoomConfig>> readRooms(const QString &path, QString *error);

//! The secrets of a secrets file's `json` by room name:
//!   {"rooms": {"Board room": {"password": "…"}, "Lobby": {"pin": "1234"}}}
std::optional<QHash<QString, AgentSecret>> parseSecrets(const QByteArray &json,
                                                        const QString &fileName, QString *error);
//! Reads a secrets file; with `checkPrivate` it must belong to the user the agent runs as and
//! be readable by nobody else (else nullopt and an *error with the chmod/chown to run).
std::optional<QHash<QString, AgentSecret>> readSecrets(const QString &path, bool checkPrivate,
                                                       QString *error);

//! The operators of the relay in an operators file's `json` (in file order):
//!   {"operators": [{"name": "alice", "role": "admin", "secret": "…"}]}
//! Names and secrets are unique; role is "admin" or "user".
std::optional<QList<AgentOperator>> parseOperators(const QByteArray &json, const QString &fileName,
                                                   QString *error);
//! Reads an operators file; `checkPrivate` as readSecrets().
std::optional<QList<AgentOperator>> readOperators(const QString &path, bool checkPrivate,
                                                  QString *error);

//! A file systemd hands over (LoadCredential=NAME:…): $CREDENTIALS_DIRECTORY/NAME, or empty when
//! there is none.
QString credentialsFile(const QString &name = QStringLiteral("secrets"));

} // namespace AgentConfig
