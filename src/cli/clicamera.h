// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class CameraControl;
class RoomController;
class RoomSession;

//! roomdeckctl's `camera preset list|apply NAME|save NAME`, through the core's CameraControl
//! (its typed verbs and local refusals), on a session of its own over the runner's controller.
//! `save` adds a preset from the camera's current position, or updates the preset of that
//! name (the name matches as in the GUI: exactly, else ignoring case). Ends in exactly one
//! call of `succeeded` or `failed`.
class CliCamera final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCamera)

public:
    using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliCamera(RoomController *controller, const CliOptions &options, Succeeded succeeded,
              Failed failed, QObject *parent = nullptr);
    ~CliCamera() override;

    //! The controller is signed in: read the presets, then do the command.
    void run();

private:
    void onPresets();
    void refuse(const QString &method, const QString &why);
    QJsonObject presetJson(const QString &id, const QString &name) const;

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    CameraControl *m_camera = nullptr;
    Succeeded m_succeeded;
    Failed m_failed;
};
