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
//! RoomAgent on a free loopback port in front of three strict simulators, as tst_agent has it.
namespace AgentClientTest {

struct Fleet
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<RoomSimulator>> sims;
    std::unique_ptr<RoomAgent> agent;
    const QStringList names { QStringLiteral("Room A"), QStringLiteral("Room B"),
                              QStringLiteral("Room C") };

    //! Starts the sims and the agent; false (with a warning) when something does not start.
    bool start()
    {
        sims = AgentTest::startSims(3);
        const QString rooms = dir.filePath(QStringLiteral("rooms.json"));
        if (!dir.isValid() || !AgentTest::writeFile(rooms, AgentTest::roomsJson(sims, names)))
            return false;
        RoomAgent::Options options;
        options.roomsFile = rooms;
        options.listenPort = 0;
        options.room.controller = SimRoom::fastOptions();
        options.room.controller.startupRequests
            = AgentRoom::defaultControllerOptions().startupRequests;
        options.room.controller.transport.retryInitialConnect = true;
        options.room.probeIntervalMs = 0;
        options.version = QStringLiteral("9.8.7");
        agent = std::make_unique<RoomAgent>(options);
        QString error;
        if (!agent->start(&error)) {
            qWarning("agent did not start: %s", qPrintable(error));
            return false;
        }
        return agent->port() != 0;
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
