// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomnotices.h"

#include "core/roomtext.h"

#include <QStringList>

RoomNotices::RoomNotices(QObject *parent)
    : QObject(parent)
{ }

void RoomNotices::setCount(Kind kind, int count, const QString &latest)
{
    Entry &entry = m_entries[index(kind)];
    count = std::max(count, 0);
    // One line for a room list tooltip or a tray message, not a whole chat message.
    const QString text = count > 0 ? RoomText::bounded(latest, 200) : QString();
    if (entry.count == count && entry.latest == text)
        return;
    const bool rose = count > entry.count;
    entry.count = count;
    entry.latest = text;
    Q_EMIT changed();
    if (rose)
        Q_EMIT raised(kind, text);
}

int RoomNotices::total() const
{
    int sum = 0;
    for (const Entry &entry : m_entries)
        sum += entry.count;
    return sum;
}

QString RoomNotices::summary() const
{
    QStringList parts;
    if (const int n = count(Kind::JoinRequests); n > 0)
        parts.append(tr("%n join request(s)", nullptr, n));
    if (const int n = count(Kind::MissedCalls); n > 0)
        parts.append(tr("%n missed call(s) not seen", nullptr, n));
    if (const int n = count(Kind::UnreadChat); n > 0)
        parts.append(tr("%n unread message(s)", nullptr, n));
    return parts.join(u" · ");
}

void RoomNotices::clear()
{
    for (int i = 0; i < kKinds; ++i)
        setCount(Kind(i), 0);
}
