// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "peertext.h"

#include "core/controller/roomcontroller.h"
#include "core/roomtext.h"

#include <QCoreApplication>

namespace PeerText {

QString person(const QString &rawId, const QString &peerDn)
{
    // The room's words: bounded and cleaned before they are compared or formatted.
    const QString peerId = RoomText::name(rawId);
    const QString name = RoomText::name(peerDn).trimmed();
    if (name.isEmpty())
        return peerId;
    if (peerId.isEmpty())
        return name;
    // Rooms fill peerDn with the id's user part when they know no name.
    if (name.compare(peerId, Qt::CaseInsensitive) == 0
        || name.compare(RoomIds::parse(peerId).user, Qt::CaseInsensitive) == 0)
        return peerId;
    return QCoreApplication::translate("PeerText", "%1 (%2)").arg(name, peerId);
}

} // namespace PeerText
