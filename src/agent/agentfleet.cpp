// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentfleet.h"

#include <algorithm>

AgentFleet::AgentFleet(const AgentRoom::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

AgentFleet::~AgentFleet()
{
    qDeleteAll(m_rooms);
}

namespace {

template<typename Match> AgentRoom *findRoom(const std::vector<AgentRoom *> &rooms, Match match)
{
    const auto it = std::find_if(rooms.cbegin(), rooms.cend(),
                                 [&match](const AgentRoom *r) { return match(r->config()); });
    return it == rooms.cend() ? nullptr : *it;
}

} // namespace

AgentRoom *AgentFleet::room(const QString &name) const
{
    return findRoom(m_rooms, [&name](const AgentRoomConfig &c) { return c.name == name; });
}

AgentRoom *AgentFleet::roomByRelayInstance(const QString &instance) const
{
    return findRoom(m_rooms,
                    [&instance](const AgentRoomConfig &c) { return c.relayInstance == instance; });
}

AgentFleet::Change AgentFleet::apply(const QList<AgentRoomConfig> &rooms,
                                     const QHash<QString, AgentSecret> &secrets)
{
    Change change;
    QHash<QString, AgentRoom *> old;
    for (AgentRoom *r : m_rooms)
        old.insert(r->config().name, r);

    std::vector<AgentRoom *> next;
    std::vector<AgentRoom *> toStart;
    next.reserve(size_t(rooms.size()));
    for (const AgentRoomConfig &config : rooms) {
        const AgentSecret secret = secrets.value(config.name);
        AgentRoom *existing = old.take(config.name);
        if (existing && existing->sameConnection(config, secret)) {
            existing->setConfig(config);
            next.push_back(existing);
            ++change.kept;
            continue;
        }
        if (existing) {
            delete existing;
            ++change.reconnected;
        } else {
            ++change.added;
        }
        auto *room = new AgentRoom(config, secret, m_options, this);
        next.push_back(room);
        toStart.push_back(room);
    }
    change.removed = int(old.size());
    qDeleteAll(old);
    m_rooms = std::move(next);
    for (AgentRoom *room : toStart)
        room->start();
    return change;
}
