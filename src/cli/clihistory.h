// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class CallHistory;
class MeetingSchedule;
class RoomSession;

//! roomdeckctl's `history [--missed]`, `history mark-seen`, `history clear` (administrators:
//! refused by the core's CallHistory at User level, as in the GUI), `meetings` and
//! `meetings join ID` (the core's MeetingSchedule::join, which calls \c\ID), on a session of
//! its own over the runner's controller. Room texts are printed terminal-safe (CliFormat).
//! Ends in exactly one call of `succeeded` or `failed`.
class CliHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHistory)

public:
    using Succeeded = std::function<void(const QString &human, const QJsonObject &json)>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliHistory(RoomController *controller, const CliOptions &options, Succeeded succeeded,
               Failed failed, QObject *parent = nullptr);
    ~CliHistory() override;

    //! The controller is signed in: do the command.
    void run();

    //! Checks the arguments of `history` / `meetings` into `options`; an error text (for the
    //! usage error) or empty.
    static QString parseArguments(CliOptions::Command command, const QStringList &args,
                                  CliOptions *options);

private:
    void listCalls();
    void listMeetings();
    void finishWith(const RequestOutcome &o, const QString &human, const QJsonObject &json);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    CallHistory *m_history = nullptr;
    MeetingSchedule *m_meetings = nullptr;
    Succeeded m_succeeded;
    Failed m_failed;
};
