// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contact.h"

#include "core/protocol/enums.h"
#include "core/protocol/ids.h"

using namespace Qt::StringLiterals;

Contact Contact::fromJson(const QJsonObject &o, bool *ok)
{
    Contact c;
    const QJsonValue id = o.value(u"peerId"_s);
    if (ok)
        *ok = id.isString() && !id.toString().isEmpty();
    c.peerId = id.toString();
    c.peerDn = o.value(u"peerDn"_s).toString();
    c.isEditable = o.value(u"isEditable"_s).toBool(false);
    c.mergePresence(o);
    return c;
}

void Contact::mergePresence(const QJsonObject &o)
{
    if (o.value(u"status"_s).isDouble())
        status = o.value(u"status"_s).toInt();
    if (o.value(u"extStatus"_s).isDouble())
        extStatus = o.value(u"extStatus"_s).toInt();
    if (o.value(u"lastOnlineTime"_s).isDouble())
        lastOnlineTime = qint64(o.value(u"lastOnlineTime"_s).toDouble());
    if (o.value(u"additionalStatus"_s).isString())
        additionalStatus = o.value(u"additionalStatus"_s).toString();
    if (o.value(u"peerDn"_s).isString() && !o.value(u"peerDn"_s).toString().isEmpty())
        peerDn = o.value(u"peerDn"_s).toString();
}

QString Contact::key(const QString &peerId)
{
    return RoomIds::stripInstance(peerId).toLower();
}

int Contact::presenceRank() const
{
    const QString cls = presenceClass();
    if (cls == u"available"_s)
        return 0;
    if (cls == u"away"_s)
        return 1;
    if (cls == u"busy"_s)
        return 2;
    if (cls == u"offline"_s)
        return 3;
    return 4;
}

QString Contact::presenceText() const
{
    return extStatus >= -1 ? Room::extStatusText(extStatus) : Room::peerStatusText(status);
}

QString Contact::presenceClass() const
{
    if (extStatus >= -1) {
        switch (extStatus) {
        case 2:
        case 3:
        case 4:
            return u"available"_s;
        case 5:
        case 7:
        case 8:
        case 9:
        case 10:
            return u"busy"_s;
        case 6:
            return u"away"_s;
        case 0:
        case 1:
            return u"offline"_s;
        default:
            return u"invalid"_s;
        }
    }
    switch (status) {
    case 1:
        return u"available"_s;
    case 2:
    case 5:
        return u"busy"_s;
    case 0:
        return u"offline"_s;
    default:
        return u"invalid"_s;
    }
}
