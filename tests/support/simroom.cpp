// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simroom.h"

using namespace Qt::StringLiterals;

namespace SimRoom {

std::unique_ptr<RoomSimulator> start(RoomSimulator::Options options)
{
    options.address = QHostAddress::LocalHost;
    options.strict = true;
    auto sim = std::make_unique<RoomSimulator>(options);
    QString error;
    if (!sim->start(&error))
        qFatal("cannot start roomdeck_sim: %s", qPrintable(error));
    return sim;
}

RoomAddress addressOf(const RoomSimulator &sim)
{
    return RoomAddress::parse(u"127.0.0.1:"_s + QString::number(sim.webPort()));
}

RoomController::Options fastOptions()
{
    RoomController::Options o;
    o.requestTimeoutMs = 3000;
    o.transport.locateTimeoutMs = 2000;
    o.transport.connectTimeoutMs = 2000;
    o.transport.keepaliveIntervalMs = 0;
    o.transport.backoff.initialMs = 20;
    o.transport.backoff.maxMs = 200;
    o.transport.fallbackToDefaultPorts = false;
    return o;
}

} // namespace SimRoom
