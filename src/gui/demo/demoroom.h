// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class RoomConsole;
class RoomSimulator;

//! `roomdeck --demo`: an in-process simulated room on 127.0.0.1 with free ports, a filled
//! address book and (when lively) a scenario of incoming calls that loops. The only place in
//! the GUI that knows the simulator; everything else sees a RoomAddress.
class DemoRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRoom)

public:
    //! What the demo shows once the room is loaded (--demo-state, for screenshots).
    enum class Stage { Idle, Incoming, Outgoing, Conference };
    Q_ENUM(Stage)

    struct Options
    {
        int peers = 200; //!< address-book contacts the simulated room starts with
        //! A living room: presence churn and a looping scenario of incoming calls (off for
        //! screenshots and tests, which want a room that holds still).
        bool lively = false;
        //! A scenario of incoming calls plays (and loops) only with `lively`; false keeps
        //! the room idle but alive (presence churn).
        bool scenario = true;
        QString roomName = QStringLiteral("Room 101"); //!< the room's own name (peerDn)
        QString peerId = QStringLiteral("room101@sim.trueconf.local"); //!< its TrueConf ID
        quint32 seed = 1; //!< another seed, another address book
        //! A PRO licence (logo, background, NDI, slideshow); false: the Free version.
        bool proLicence = true;
        //! Set up by somebody else: the clock, the call layout, the speaker highlight and the
        //! volume differ from the other demo rooms (so profiles have something to show).
        bool otherSettings = false;
    };

    //! One room of `roomdeck --demo` and the stage it is brought into.
    struct FleetRoom
    {
        Options options;
        Stage stage = Stage::Idle;
    };
    //! The rooms `roomdeck --demo` opens, so that the overview is alive from the first start:
    //! the Boardroom (in `first`), Huddle room 2 (set up differently; in a conference unless
    //! `holdStill`) and the Training room (the Free version; incoming calls unless
    //! `holdStill`). `lively` as in Options.
    static QList<FleetRoom> fleet(Stage first, bool holdStill, bool lively);

    explicit DemoRoom(QObject *parent = nullptr);
    explicit DemoRoom(const Options &options, QObject *parent = nullptr);
    ~DemoRoom() override;

    //! Binds the simulator's ports; false and a readable *error on failure.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    //! The simulator's control-panel address ("127.0.0.1:WEBPORT"), so that connecting
    //! exercises config.json discovery like a real room. Invalid before start().
    RoomAddress address() const;
    //! How the demo signs in: unsecured, as `role`.
    static RoomController::Credentials credentials(Room::Role role = Room::Role::Admin);
    //! The TrueConf ID the simulated room is logged in with.
    QString trueConfId() const;

    //! "idle", "incoming", "outgoing", "conference"; nullopt for anything else.
    static std::optional<Stage> stageFromName(const QString &name);
    //! Once `window` has loaded the room, brings it into `stage`: an incoming call from the
    //! simulator, or a call the window places itself (so the real call flow runs).
    void stage(Stage stage, RoomConsole *window);
    //! True when `window` shows `stage` completely (for --screenshot).
    bool hasReached(Stage stage, const RoomConsole &window) const;

    //! For tests that drive the room (state changes, drops).
    RoomSimulator *simulator() const { return m_simulator; }

private:
    void enterStage(Stage stage, RoomConsole *window);
    void playScenario();

    Options m_options;
    RoomSimulator *m_simulator = nullptr;
    QTimer m_scenarioLoop;
    bool m_staged = false;
};
