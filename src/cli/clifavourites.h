// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class CallPolicy;
class CallSession;
class Favourites;
class RoomController;
class RoomSession;

//! roomdeckctl's calling commands, through the core's typed verbs on a session of its own
//! over the runner's controller:
//!
//!   favourites list | add ID [LABEL] | remove ID     the room's shared speed-dial list
//!   create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...
//!   dnd [on|off]                                     do not disturb (shows it without a word)
//!
//! Favourites and do not disturb live in the room (its data containers), so a change here is
//! what every console shows. Ends in exactly one call of `succeeded` or `failed`.
class CliFavourites final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliFavourites)

public:
    using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliFavourites(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                  Failed failed, QObject *parent = nullptr);
    ~CliFavourites() override;

    //! Checks the command's words into `options` (Favourites, CreateConference, Dnd); the
    //! usage error in words, empty when fine.
    static QString parse(CliOptions &options, const QStringList &args);
    //! The commands' part of --help.
    static QString helpText();
    //! True for the commands this class runs.
    static bool handles(CliOptions::Command command);

    //! The controller is signed in: read what the command needs, then do it.
    void run();

private:
    void runFavourites();
    void runCreateConference();
    void runDnd();
    void whenRead(std::function<bool()> ready, std::function<void()> then);
    void refuse(const QString &method, const QString &why);
    void finish(const RequestOutcome &o, const QString &human, const QJsonObject &json);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    Favourites *m_favourites = nullptr;
    CallPolicy *m_policy = nullptr;
    CallSession *m_call = nullptr;
    Succeeded m_succeeded;
    Failed m_failed;
};
