// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simscenarioplayer.h"

#include "roomsimulator.h"
#include "simlog.h"

#include <QFile>
#include <QTimer>

#include <utility>

SimScenarioPlayer::SimScenarioPlayer(RoomSimulator &room, QObject *parent)
    : QObject(parent)
    , m_room(room)
{ }

SimScenarioPlayer::~SimScenarioPlayer()
{
    qDeleteAll(std::exchange(m_timers, {}));
}

bool SimScenarioPlayer::load(const QByteArray &json, QString *error)
{
    QList<SimScenario::Step> steps;
    if (!SimScenario::parse(json, &steps, error))
        return false;
    qDeleteAll(std::exchange(m_timers, {}));
    m_steps = steps;
    m_pending = true;
    if (m_room.isRunning())
        startClock();
    return true;
}

bool SimScenarioPlayer::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (load(file.readAll(), &why))
        return true;
    if (error)
        *error = tr("invalid scenario %1: %2").arg(path, why);
    return false;
}

void SimScenarioPlayer::roomStarted()
{
    if (m_pending)
        startClock();
}

void SimScenarioPlayer::halt()
{
    for (QTimer *timer : std::as_const(m_timers))
        timer->stop();
}

void SimScenarioPlayer::startClock()
{
    m_pending = false;
    for (const SimScenario::Step &step : std::as_const(m_steps)) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(step.at);
        connect(timer, &QTimer::timeout, this, [this, step] { run(step); });
        m_timers.append(timer);
        timer->start();
    }
}

void SimScenarioPlayer::run(const SimScenario::Step &step)
{
    const bool applied = SimScenario::run(step, m_room);
    qCDebug(lcSim) << "scenario event" << step.index << step.action
                   << (applied ? "ran" : "not applicable");
    Q_EMIT stepRan(step.index, step.action, applied);
}
