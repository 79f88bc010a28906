// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class RoomSession;
class RoomSettings;

//! roomdeckctl's settings profiles, sub-verbs of `settings` (CliSettings has the others):
//! `settings export FILE` (the room's settings as a RoomDeck profile), `settings diff FILE`
//! (exit 0 when the room has the file's values, 1 when it differs, with a readable list) and
//! `settings apply FILE [--dry-run]` (the core's ProfileApply: one setSettings with what
//! differs; --dry-run prints that change set and sends nothing). On a session of its own over
//! the runner's controller. Ends in exactly one call of `done` or `failed`.
class CliProfiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfiles)

public:
    //! `code` is a CliExit value (Ok, Differences, Usage, Refused, ...).
    using Done = std::function<void(int code, const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliProfiles(RoomController *controller, const CliOptions &options, Done done, Failed failed,
                QObject *parent = nullptr);
    ~CliProfiles() override;

    //! The controller is signed in: do the command.
    void run();

    //! True for the commands this class runs.
    static bool handles(CliOptions::Command command);
    //! Checks the arguments (FILE; for apply, whether --dry-run was given) into `options`; an
    //! error text (for the usage error) or empty. A file to read is read here already, so that
    //! an unusable one ends the run before anything is sent.
    static QString parseArguments(CliOptions::Command command, const QStringList &args, bool dryRun,
                                  CliOptions *options);
    //! The `settings` section of --help.
    static QString helpText();

private:
    void onSettingsKnown();
    void exportProfile();
    void diffProfile();
    void applyProfile();

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    RoomSettings *m_settings = nullptr;
    Done m_done;
    Failed m_failed;
    bool m_ran = false;
};
