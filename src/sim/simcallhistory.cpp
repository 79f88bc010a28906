// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcallhistory.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SimCommandTable SimCallHistory::commands(SimHost &host)
{
    return {
        { u"getCallHistory"_s,
          [this](const QJsonObject &r) {
              return SimOutcome::ok({ { u"calls"_s, toJson(qMax(0, r.value(u"count"_s).toInt())) },
                                      { u"lastView"_s, lastView() } });
          } },
        { u"clearCallHistory"_s,
          [this, &host](const QJsonObject &) {
              clear();
              host.emitEvent(u"callHistoryCleared"_s, {});
              return SimOutcome::ok();
          } },
        { u"setLastCallsViewed"_s,
          [this, &host](const QJsonObject &) {
              markViewed(QDateTime::currentSecsSinceEpoch());
              host.emitEvent(u"lastCallsViewed"_s, { { u"lastView"_s, lastView() } });
              return SimOutcome::ok();
          } },
        { u"getLastCallsViewTime"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"time"_s, lastView() } });
          } },
    };
}

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
