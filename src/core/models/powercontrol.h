// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RoomController;

//! The room's power verbs (room-api.md §7.8): restart or shut down its computer
//! (rebootSystem, shutdownSystem) and quit the room application (shutdown). With
//! `endConferenceForAll` the group conference in progress is ended for everyone first: the
//! application command carries `forAll` itself; the computer commands take none, so
//! `hangUp{forAll}` goes first and the command only after the room accepted it.
//!
//! Every run ends in exactly one call of its `done` callback (unless `context` is gone): the
//! outcome of the power command, or of the hangUp that failed (then `stage` says so and the
//! power command was not sent).
class PowerControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerControl)

public:
    enum class Command { RestartComputer, ShutDownComputer, QuitApp };
    Q_ENUM(Command)
    enum class Stage { EndingConference, PowerCommand };
    Q_ENUM(Stage)
    using Done = std::function<void(Stage stage, const RequestOutcome &outcome)>;

    explicit PowerControl(RoomController *controller, QObject *parent = nullptr);

    //! Sends `command` (after ending the conference for everyone, when asked); returns the
    //! handle of the first request sent (0 when none could be).
    quint64 run(Command command, bool endConferenceForAll, QObject *context, Done done);

    //! The wire method of `command`.
    static QString methodOf(Command command);

private:
    QPointer<RoomController> m_controller;
};
