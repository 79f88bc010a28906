// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QList>
#include <QString>

class QSettings;

//! One remembered room, as the connect dialog offers it. Never a secret: whether one is in
//! the keyring is a flag, the secret itself lives only there (CredentialStore).
struct SavedRoom
{
    QString name; //!< the operator's label, e.g. "Board room"; may be empty
    QString address; //!< as shown on the room's screen ("192.168.1.20:8088")
    QString instance; //!< empty = default
    Room::Role role = Room::Role::Admin;
    bool secretInKeyring = false;

    //! The label a list shows: "Board room — 192.168.1.20:8088 (Administrator)".
    QString label() const;
    //! True when both name the same room (address and instance, case-insensitive).
    bool sameRoom(const SavedRoom &other) const;
};

//! The recent/saved rooms in QSettings ("rooms/saved"), most recently used first.
namespace SavedRooms {

constexpr int kMaxRooms = 12;

QList<SavedRoom> load(QSettings &settings);
void save(QSettings &settings, const QList<SavedRoom> &rooms);
//! Puts `room` first (replacing the entry for the same room); keeps at most kMaxRooms.
QList<SavedRoom> remember(QList<SavedRoom> rooms, const SavedRoom &room);
//! Drops the entry for the same room as `room`.
QList<SavedRoom> forget(QList<SavedRoom> rooms, const SavedRoom &room);

} // namespace SavedRooms
