// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QObject>

class RoomSimulator;

//! `roomdeck --demo`: an in-process simulated room on 127.0.0.1 with free ports. The only
//! place in the GUI that knows the simulator; everything else sees a RoomAddress.
class DemoRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRoom)

public:
    explicit DemoRoom(QObject *parent = nullptr);
    ~DemoRoom() override;

    //! Binds the simulator's ports; false and a readable *error on failure.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    //! The simulator's control-panel address ("127.0.0.1:WEBPORT"), so that connecting
    //! exercises config.json discovery like a real room. Invalid before start().
    RoomAddress address() const;
    //! How the demo signs in: unsecured, as Administrator.
    static RoomController::Credentials credentials();
    //! The TrueConf ID the simulated room is logged in with.
    QString trueConfId() const;

    //! For tests that drive the room (state changes, drops).
    RoomSimulator *simulator() const { return m_simulator; }

private:
    RoomSimulator *m_simulator = nullptr;
};
