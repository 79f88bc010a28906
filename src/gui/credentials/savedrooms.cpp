// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "savedrooms.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kArray = u"rooms/saved"_s;
const auto kName = u"name"_s;
const auto kAddress = u"address"_s;
const auto kInstance = u"instance"_s;
const auto kRole = u"role"_s;
const auto kSecretInKeyring = u"secretInKeyring"_s;

class SavedRoomText
{
    Q_DECLARE_TR_FUNCTIONS(SavedRoom)
};

} // namespace

QString SavedRoom::label() const
{
    QString where = address;
    if (!instance.isEmpty())
        where = SavedRoomText::tr("%1, instance %2").arg(address, instance);
    const QString roleText
        = role == Room::Role::None ? SavedRoomText::tr("automatic") : Room::roleName(role);
    return name.isEmpty() ? SavedRoomText::tr("%1 (%2)").arg(where, roleText)
                          : SavedRoomText::tr("%1 — %2 (%3)").arg(name, where, roleText);
}

bool SavedRoom::sameRoom(const SavedRoom &other) const
{
    return address.trimmed().compare(other.address.trimmed(), Qt::CaseInsensitive) == 0
        && instance.trimmed().compare(other.instance.trimmed(), Qt::CaseInsensitive) == 0;
}

namespace SavedRooms {

QList<SavedRoom> load(QSettings &s)
{
    QList<SavedRoom> rooms;
    const int count = s.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        SavedRoom room;
        room.name = s.value(kName).toString();
        room.address = s.value(kAddress).toString();
        room.instance = s.value(kInstance).toString();
        const int role = s.value(kRole, int(Room::Role::Admin)).toInt();
        room.role = role >= int(Room::Role::None) && role <= int(Room::Role::Admin)
            ? Room::Role(role)
            : Room::Role::Admin;
        room.secretInKeyring = s.value(kSecretInKeyring, false).toBool();
        if (!room.address.isEmpty() && rooms.size() < kMaxRooms)
            rooms.append(room);
    }
    s.endArray();
    return rooms;
}

void save(QSettings &settings, const QList<SavedRoom> &rooms)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(rooms.size()));
    for (int i = 0; i < rooms.size(); ++i) {
        settings.setArrayIndex(i);
        const SavedRoom &room = rooms.at(i);
        settings.setValue(kName, room.name);
        settings.setValue(kAddress, room.address);
        settings.setValue(kInstance, room.instance);
        settings.setValue(kRole, int(room.role));
        settings.setValue(kSecretInKeyring, room.secretInKeyring);
    }
    settings.endArray();
}

QList<SavedRoom> remember(QList<SavedRoom> rooms, const SavedRoom &room)
{
    rooms = forget(std::move(rooms), room);
    rooms.prepend(room);
    while (rooms.size() > kMaxRooms)
        rooms.removeLast();
    return rooms;
}

QList<SavedRoom> forget(QList<SavedRoom> rooms, const SavedRoom &room)
{
    rooms.erase(std::remove_if(rooms.begin(), rooms.end(),
                               [&room](const SavedRoom &r) { return r.sameRoom(room); }),
                rooms.end());
    return rooms;
}

} // namespace SavedRooms
