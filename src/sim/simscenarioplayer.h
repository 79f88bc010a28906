// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simscenario.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;
class RoomSimulator;

//! Plays a SimScenario on a room: one timer per step, started when the room starts (or at
//! once when it runs already); each step goes through the room's public control API.
class SimScenarioPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimScenarioPlayer)

public:
    explicit SimScenarioPlayer(RoomSimulator &room, QObject *parent = nullptr);
    ~SimScenarioPlayer() override;

    //! Replaces the scenario; its clock starts now when the room runs, else at start().
    bool load(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);
    //! The room started: a scenario loaded meanwhile starts its clock.
    void roomStarted();
    //! The room stopped: no further step runs.
    void halt();

Q_SIGNALS:
    //! A step ran; `applied` false when the room's state did not allow it.
    void stepRan(int index, const QString &action, bool applied);

private:
    void startClock();
    void run(const SimScenario::Step &step);

    RoomSimulator &m_room;
    QList<SimScenario::Step> m_steps;
    QList<QTimer *> m_timers;
    bool m_pending = false; //!< loaded before start(): its clock starts there
};
