// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "demoroom.h"

#include "sim/roomsimulator.h"

using namespace Qt::StringLiterals;

namespace {

RoomSimulator::Options demoOptions()
{
    RoomSimulator::Options options;
    options.address = QHostAddress::LocalHost; // never reachable from the network
    options.webPort = 0;
    options.wsPort = 0;
    options.httpPort = 0;
    return options;
}

} // namespace

DemoRoom::DemoRoom(QObject *parent)
    : QObject(parent)
    , m_simulator(new RoomSimulator(demoOptions(), this))
{ }

DemoRoom::~DemoRoom()
{
    m_simulator->stop();
}

bool DemoRoom::start(QString *error)
{
    return m_simulator->isRunning() || m_simulator->start(error);
}

void DemoRoom::stop()
{
    m_simulator->stop();
}

bool DemoRoom::isRunning() const
{
    return m_simulator->isRunning();
}

RoomAddress DemoRoom::address() const
{
    if (!m_simulator->isRunning())
        return {};
    return RoomAddress::parse(u"127.0.0.1:"_s + QString::number(m_simulator->webPort()));
}

RoomController::Credentials DemoRoom::credentials()
{
    return RoomController::Credentials::unsecured(Room::Role::Admin);
}

QString DemoRoom::trueConfId() const
{
    return m_simulator->options().peerId;
}
