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
class ScreenLayout;

//! roomdeckctl's `monitors` (the room's monitors and where its window is), `layout` (the
//! default layouts, and in a call the layout and its video slots) and `widgets [NAME on|off]`
//! (the main-screen widget switches, or one switched), through the core's ScreenLayout on a
//! session of its own over the runner's controller. Room texts are printed terminal-safe.
//! Ends in exactly one call of `succeeded` or `failed`.
class CliScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliScreen)

public:
    using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliScreen(RoomController *controller, const CliOptions &options, Succeeded succeeded,
              Failed failed, QObject *parent = nullptr);
    ~CliScreen() override;

    //! The controller is signed in: read what the command shows, then do it.
    void run();

    static bool handles(CliOptions::Command command);
    //! Checks the words after `widgets` into `options` (arguments); an error text or empty.
    static QString parse(CliOptions &options, const QStringList &args);

private:
    void start();
    void monitors();
    void layout();
    void widgets();
    QJsonObject defaultsJson() const;
    QString defaultsText() const;

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    RoomSettings *m_settings = nullptr;
    ScreenLayout *m_screen = nullptr;
    bool m_started = false;
    Succeeded m_succeeded;
    Failed m_failed;
};
