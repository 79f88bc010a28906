// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/session/readinesscheck.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class DeviceState;
class RoomSession;

//! roomdeckctl's `check`: the core's ReadinessCheck ("Check the room") on a session of its
//! own over the runner's controller, after the room's devices have been read. Prints one
//! line per item (its verdict and detail; room texts terminal-safe) or, with --json, one
//! object. The exit code is the worst verdict: 0 every item green, 1 amber, 2 red.
class CliCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCheck)

public:
    using Done = std::function<void(const QString &human, const QJsonObject &json, int exitCode)>;

    CliCheck(RoomController *controller, const CliOptions &options, Done done,
             QObject *parent = nullptr);
    ~CliCheck() override;

    //! The controller is signed in: read the devices, then check. Ends in one call of `done`.
    void run();

    //! The exit code of a result: 0 green, 1 amber, 2 red.
    static int exitCodeOf(const ReadinessCheck::Result &result);
    //! "green", "amber", "red", ... (the JSON words).
    static QString verdictWord(ReadinessCheck::Verdict verdict);
    //! "connection", "camera", ... (the JSON words).
    static QString itemWord(ReadinessCheck::Item item);
    //! The command's lines for --help.
    static QString helpText();

private:
    void report();

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    DeviceState *m_devices = nullptr;
    ReadinessCheck *m_check = nullptr;
    Done m_done;
};
