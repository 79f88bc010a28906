// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/agentroom.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <vector>

//! The agent's rooms, in the order of the rooms file. apply() moves the fleet to a new rooms
//! file: new rooms connect, removed rooms disconnect, rooms whose address and secret are
//! unchanged keep their session (and their counters) untouched, whatever else changed.
class AgentFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentFleet)

public:
    struct Change
    {
        int added = 0;
        int removed = 0;
        int kept = 0;
        int reconnected = 0; //!< address or secret changed: a new session
    };

    explicit AgentFleet(const AgentRoom::Options &options, QObject *parent = nullptr);
    ~AgentFleet() override;

    Change apply(const QList<AgentRoomConfig> &rooms, const QHash<QString, AgentSecret> &secrets);

    const std::vector<AgentRoom *> &rooms() const { return m_rooms; }
    //! The room named `name`, or nullptr.
    AgentRoom *room(const QString &name) const;
    //! The room a relay client reaches as instance `instance` (its relayInstance), or nullptr.
    AgentRoom *roomByRelayInstance(const QString &instance) const;

private:
    AgentRoom::Options m_options;
    std::vector<AgentRoom *> m_rooms;
};
