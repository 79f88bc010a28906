// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

class DeviceState;
class RoomSession;
class RoomSettings;

//! roomdeckctl's device commands on a signed-in controller, through the core's typed verbs
//! (DeviceState, RoomSettings), never raw wire sends: mute / unmute mic|camera|speaker,
//! volume [0-100], devices. Ends in exactly one of succeeded() or failed().
class CliDevices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliDevices)

public:
    CliDevices(RoomController *controller, const CliOptions &options, QObject *parent = nullptr);
    ~CliDevices() override;

    //! Runs the command (the controller is signed in and has completed its startup).
    void run();

    //! The devices listing for people (pure, for tests).
    static QString devicesText(const DeviceState &devices);
    //! The devices listing for scripts.
    static QJsonObject devicesJson(const DeviceState &devices);

Q_SIGNALS:
    //! Done: `human` for people, `json` for --json.
    void succeeded(const QString &human, const QJsonObject &json);
    //! The command ended in `outcome` (not a reply).
    void failed(const RequestOutcome &outcome);

private:
    void finishWith(const RequestOutcome &outcome, const QString &human, const QJsonObject &json);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    DeviceState *m_devices = nullptr;
    RoomSettings *m_settings = nullptr;
};
