// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simscheduler.h"

#include "simrules.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinute = 60 * 1000;

qint64 startOf(const QJsonValue &conference)
{
    return qint64(
        conference.toObject().value(u"schedule"_s).toObject().value(u"start_time"_s).toDouble());
}

} // namespace

SimScheduler::SimScheduler(SimHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    // The room refreshes its list every 8-12 minutes: 8, 9, ... 12, then 8 again.
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(8 * kMinute);
    connect(&m_pushTimer, &QTimer::timeout, this, [this] {
        pushList();
        m_pushTimer.start((8 + ++m_pushes % 5) * kMinute);
    });
    m_pushTimer.start();
}

SimScheduler::~SimScheduler() = default;

SimCommandTable SimScheduler::commands()
{
    return {
        { u"getScheduler"_s,
          [this](const QJsonObject &) {
              const QJsonArray list = conferences();
              return SimOutcome::ok({ { u"cnt"_s, list.size() }, { u"conferences"_s, list } });
          } },
    };
}

bool SimScheduler::schedule(const QString &id, const QString &topic, const QString &owner,
                            qint64 startInSecs, int durationSecs)
{
    if (id.trimmed().isEmpty() || durationSecs < 1)
        return false;
    Added a { id.trimmed(), topic.isEmpty() ? id.trimmed() : topic, owner,
              QDateTime::currentSecsSinceEpoch() + startInSecs, durationSecs };
    const auto same = [&a](const Added &x) {
        return x.id == a.id;
    };
    m_added.erase(std::remove_if(m_added.begin(), m_added.end(), same), m_added.end());
    m_added.append(a);
    return true;
}

QJsonArray SimScheduler::conferences() const
{
    QJsonArray standing = SimRules::scheduledConferences(m_host.serverName(), m_host.ownPeerId());
    QList<QJsonValue> list(standing.cbegin(), standing.cend());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Added &a : m_added) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&a](const QJsonValue &v) {
                                      return v.toObject().value(u"id"_s).toString() == a.id;
                                  }),
                   list.end());
        const bool running = a.start <= now && now < a.start + a.duration;
        list.append(QJsonObject {
            { u"id"_s, a.id },
            { u"created_at"_s, a.start - 86400 },
            { u"mode"_s, u"PxP"_s },
            { u"owner"_s, a.owner.isEmpty() ? m_host.ownPeerId() : a.owner },
            { u"topic"_s, a.topic },
            { u"state"_s, running ? u"running"_s : u"stopped"_s },
            { u"access"_s, u"private"_s },
            { u"invitations"_s, QJsonArray {} },
            { u"schedule_type"_s, u"once"_s },
            { u"schedule"_s,
              QJsonObject { { u"start_time"_s, a.start }, { u"duration"_s, a.duration } } },
        });
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonValue &x, const QJsonValue &y) {
        return startOf(x) < startOf(y);
    });
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v);
    return out;
}

QJsonObject SimScheduler::find(const QString &id) const
{
    const QJsonArray list = conferences();
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"id"_s).toString().compare(id, Qt::CaseInsensitive) == 0)
            return v.toObject();
    return {};
}

bool SimScheduler::pushList()
{
    if (m_host.appState() < 3)
        return false;
    const QJsonArray list = conferences();
    m_host.emitEvent(
        u"conferenceList"_s,
        { { u"cnt"_s, list.size() }, { u"conferences"_s, list }, { u"succeed"_s, true } });
    return true;
}
