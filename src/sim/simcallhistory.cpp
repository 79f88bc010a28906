// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcallhistory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

int SimCallHistory::record(Entry entry)
{
    if (entry.streamId.isEmpty())
        entry.streamId = u"sim-stream-%1"_s.arg(m_nextStream++, 6, 10, QLatin1Char('0'));
    m_entries.append(entry);
    return int(m_entries.size()) - 1;
}

void SimCallHistory::finish(int index, qint64 now)
{
    if (index < 0 || index >= m_entries.size())
        return;
    Entry &e = m_entries[index];
    e.duration = int(qMax<qint64>(0, now - e.startTime));
}

QJsonArray SimCallHistory::toJson(int count) const
{
    QJsonArray calls;
    for (qsizetype i = m_entries.size() - 1; i >= 0 && calls.size() < count; --i) {
        const Entry &e = m_entries.at(i);
        QJsonObject o {
            { u"type"_s, int(e.type) },      { u"confType"_s, e.group ? 1 : 0 },
            { u"peerId"_s, e.peerId },       { u"peerDn"_s, e.peerDn },
            { u"startTime"_s, e.startTime }, { u"duration"_s, e.duration },
            { u"viewed"_s, e.viewed },       { u"streamId"_s, e.streamId },
        };
        if (e.group) {
            o.insert(u"confId"_s, e.confId);
            o.insert(u"confTitle"_s, e.confTitle);
        }
        calls.append(o);
    }
    return calls;
}

void SimCallHistory::markViewed(qint64 now)
{
    m_lastView = now;
    for (Entry &e : m_entries)
        e.viewed = true;
}
