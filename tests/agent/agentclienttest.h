// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/roomagent.h"
#include "agenttest.h"
#include "simroom.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

//! The clients' side of the agent (roomdeckctl agent-rooms, the connect dialog): a real
//! RoomAgent with its relay on free loopback ports in front of three strict simulators.
namespace AgentClientTest {

struct Fleet
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<RoomSimulator>> sims;
    std::unique_ptr<RoomAgent> agent;
    const QStringList names { QStringLiteral("Room A"), QStringLiteral("Room B"),
                              QStringLiteral("Room C") };

    //! Starts the sims and the agent with its relay (operators alice and bob, AgentTest);
    //! false (with a warning) when something does not start.
    bool start()
    {
        sims = AgentTest::startSims(3);
        if (!dir.isValid())
            return false;
        agent = AgentTest::startRelayAgent(dir.path(), sims, names, {});
        return agent && agent->port() != 0;
    }

    //! The agent's address as an operator types it.
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(agent->port()); }

    //! True once the agent has signed in to every room.
    bool allUp() const
    {
        const auto rooms = agent->fleet().rooms();
        return std::all_of(rooms.cbegin(), rooms.cend(),
                           [](const AgentRoom *room) { return room->facts().up; });
    }
};

} // namespace AgentClientTest
