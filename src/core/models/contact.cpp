// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contact.h"

#include "core/protocol/enums.h"
#include "core/protocol/ids.h"
#include "core/protocol/jsonnumbers.h"

using namespace Qt::StringLiterals;

Contact Contact::fromJson(const QJsonObject &o, bool *ok)
{
    // Each text is read from the JSON once (address books of 20,000 contacts are read in one
    // go); mergePresence() takes the name.
    Contact c;
    const QJsonValue id = o.value(u"peerId"_s);
    c.peerId = id.toString();
    if (ok)
        *ok = id.isString() && !c.peerId.isEmpty();
    c.isEditable = o.value(u"isEditable"_s).toBool(false);
    c.mergePresence(o);
    return c;
}

void Contact::mergePresence(const QJsonObject &o)
{
    if (o.value(u"status"_s).isDouble())
        status = o.value(u"status"_s).toInt(status);
    if (o.value(u"extStatus"_s).isDouble())
        extStatus = o.value(u"extStatus"_s).toInt(extStatus);
    // toInt() keeps out-of-range values from becoming undefined behaviour (the default wins);
    // the 64-bit time is clamped instead, NaN ignored.
    if (o.value(u"lastOnlineTime"_s).isDouble())
        lastOnlineTime = JsonNumbers::toInt64(o.value(u"lastOnlineTime"_s), lastOnlineTime);
    if (const QJsonValue v = o.value(u"additionalStatus"_s); v.isString())
        additionalStatus = v.toString();
    if (const QJsonValue v = o.value(u"peerDn"_s); v.isString()) {
        if (QString name = v.toString(); !name.isEmpty())
            peerDn = std::move(name);
    }
}

QString Contact::key(const QString &peerId)
{
    // Only an InstanceId (it has a '/') needs the parser; everything else is stripInstance's
    // trimmed() anyway. Keys are computed for every contact of every list the room sends, and
    // the parser runs two regular expressions.
    if (!peerId.contains(QLatin1Char('/')))
        return peerId.trimmed().toLower();
    return RoomIds::stripInstance(peerId).toLower();
}

QString Contact::presenceText() const
{
    return extStatus >= -1 ? Room::extStatusText(extStatus) : Room::peerStatusText(status);
}

QString Contact::presenceClass() const
{
    static const QString classes[]
        = { u"available"_s, u"away"_s, u"busy"_s, u"offline"_s, u"invalid"_s };
    return classes[presenceRank()];
}
