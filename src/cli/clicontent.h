// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class AppUpdate;
class LicenceState;
class NdiState;
class RoomController;
class RoomSession;

//! roomdeckctl's content, licence and update commands, through the core's parts on a
//! session of its own over the runner's controller (both roles):
//!
//!   ndi [on|off]            show NDI output (and its devices), or switch it
//!   ndi devices             the room's NDI devices
//!   ndi create ID | delete ID
//!   licence                 licence type, licence server, PRO features, tariff restrictions
//!   update [check]          whether an update is available
//!   update start | cancel   start or cancel the room application's update
//!
//! Room texts are printed terminal-safe (CliFormat). Ends in exactly one call of
//! `succeeded` or `failed`.
class CliContent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContent)

public:
    using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliContent(RoomController *controller, const CliOptions &options, Succeeded succeeded,
               Failed failed, QObject *parent = nullptr);
    ~CliContent() override;

    //! Checks the command's words into `options`; the usage error in words, empty when fine.
    static QString parse(CliOptions &options, const QStringList &args);
    static QString helpText();
    static bool handles(CliOptions::Command command);

    //! The controller is signed in: read what the command needs, then do it.
    void run();

private:
    void runNdi();
    void printNdi(bool devicesOnly);
    void runLicence();
    void runUpdate();
    void printUpdate();
    void finish(const RequestOutcome &o, const QString &human, const QJsonObject &json);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    NdiState *m_ndi = nullptr;
    LicenceState *m_licence = nullptr;
    AppUpdate *m_update = nullptr;
    Succeeded m_succeeded;
    Failed m_failed;
};
