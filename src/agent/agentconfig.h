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
//!               "site": "HQ", "tags": ["floor-3"]}]}
//!
//! `name` and `address` are required; the address is what an operator types into Connect…
//! (RoomAddress::parse), `instance` overrides one given in it.
struct AgentRoomConfig
{
    QString name;
    QString addressText; //!< as written in the file
    RoomAddress address;
    QString site;
    QStringList tags;

    friend bool operator==(const AgentRoomConfig &a, const AgentRoomConfig &b)
    {
        return a.name == b.name && a.address == b.address && a.site == b.site && a.tags == b.tags;
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

//! Reading the rooms file and the secrets file. Every error names the file and says where
//! (line and column for JSON syntax, the room and the field otherwise) and what is wrong.
namespace AgentConfig {

constexpr int kMaxRooms = 5000;
constexpr int kMaxNameLength = 200;

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

//! The secrets file systemd hands over (LoadCredential=secrets:…): $CREDENTIALS_DIRECTORY/secrets,
//! or empty when there is none.
QString credentialsFile();

} // namespace AgentConfig
