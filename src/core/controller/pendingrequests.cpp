// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "pendingrequests.h"

#include <algorithm>

bool PendingRequests::contains(quint64 id) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [id](const Entry &e) { return e.id == id; });
}

std::optional<PendingRequests::Entry> PendingRequests::takeByRequestId(const QString &requestId)
{
    if (requestId.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).sent && m_entries.at(i).requestId == requestId)
            return m_entries.takeAt(i);
    }
    return std::nullopt;
}

std::optional<PendingRequests::Entry> PendingRequests::takeOldestSentByMethod(const QString &method)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).sent && m_entries.at(i).method == method)
            return m_entries.takeAt(i);
    }
    return std::nullopt;
}

std::optional<PendingRequests::Entry> PendingRequests::takeOnlySent()
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).sent)
            continue;
        if (found >= 0)
            return std::nullopt;
        found = i;
    }
    if (found < 0)
        return std::nullopt;
    return m_entries.takeAt(found);
}

std::optional<PendingRequests::Entry> PendingRequests::take(quint64 id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return m_entries.takeAt(i);
    }
    return std::nullopt;
}

QList<PendingRequests::Entry> PendingRequests::takeExpired()
{
    QList<Entry> expired;
    for (qsizetype i = 0; i < m_entries.size();) {
        if (m_entries.at(i).deadline.hasExpired())
            expired.append(m_entries.takeAt(i));
        else
            ++i;
    }
    return expired;
}

QList<PendingRequests::Entry> PendingRequests::takeAll()
{
    QList<Entry> all;
    all.swap(m_entries);
    return all;
}

QList<PendingRequests::Entry *> PendingRequests::unsent()
{
    QList<Entry *> list;
    for (Entry &e : m_entries)
        if (!e.sent)
            list.append(&e);
    return list;
}

qint64 PendingRequests::msecsToNextDeadline() const
{
    qint64 next = -1;
    for (const Entry &e : m_entries) {
        const qint64 left = std::max<qint64>(0, e.deadline.remainingTime());
        if (next < 0 || left < next)
            next = left;
    }
    return next;
}

PendingRequests::Entry *PendingRequests::find(quint64 id)
{
    for (Entry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

const PendingRequests::Entry *PendingRequests::findByRequestId(const QString &requestId) const
{
    for (const Entry &e : m_entries)
        if (e.sent && e.requestId == requestId)
            return &e;
    return nullptr;
}
