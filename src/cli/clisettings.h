// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class RoomController;
class RoomSession;
class RoomSettings;
class SettingsEdit;

//! roomdeckctl's `settings VERB ...`. The verbs are a table (subVerbs()): each parses its own
//! arguments and runs on the runner's signed-in controller, so another file can add verbs
//! (export, diff, apply) with one line in the table and nothing else here.
//!
//! - `settings get [NAME]`: every setting as "name = value" (or one value); --json gives
//!   {"settings":{...}} or {"name":..., "value":...}.
//! - `settings set NAME=VALUE...`: each value parsed by its type (SettingsCatalogue; an
//!   undocumented setting by the type of the room's value), then ONE setSettings with all of
//!   them; a refusal (the room's or RoomDeck's) names the setting and exits with Refused.
namespace CliSettings {

using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
using Failed = std::function<void(const RequestOutcome &outcome)>;

struct SubVerb
{
    QString name;
    //! Checks the words after the verb into `options->arguments`; an error text or empty.
    std::function<QString(const QStringList &args, CliOptions *options)> parse;
    //! Runs the verb on a signed-in controller; ends in one call of `succeeded` or `failed`.
    std::function<void(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                       Failed failed, QObject *parent)>
        run;
    //! Whether a User connection suffices (reading), so that a script does not take the
    //! operator's Administrator session (room-api.md §3.6).
    bool userRole = false;
};

//! Every verb of `settings`.
const QList<SubVerb> &subVerbs();
//! Parses `settings VERB ARGS...` into `options` (subcommand = VERB); an error text or empty.
QString parse(const QStringList &args, CliOptions *options);
//! Whether the parsed command needs only a User connection.
bool userRole(const CliOptions &options);
//! Runs the parsed command.
void run(RoomController *controller, const CliOptions &options, Succeeded succeeded, Failed failed,
         QObject *parent);

} // namespace CliSettings

//! `settings get` / `settings set` on a session of its own over the runner's controller.
class CliSettingsRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSettingsRun)

public:
    CliSettingsRun(RoomController *controller, const CliOptions &options,
                   CliSettings::Succeeded succeeded, CliSettings::Failed failed,
                   QObject *parent = nullptr);
    ~CliSettingsRun() override;

    void run();

private:
    void onLoaded();
    void get();
    void set();
    void refuse(const QString &why);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    RoomSettings *m_settings = nullptr;
    SettingsEdit *m_edit = nullptr;
    CliSettings::Succeeded m_succeeded;
    CliSettings::Failed m_failed;
    bool m_started = false;
};
