// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonObject>
#include <QObject>

class CallSession;
class ChatState;
class RoomSession;

//! roomdeckctl's chat commands through the core's ChatState (its typed verbs and local
//! refusals), on a session of its own over the runner's controller:
//!   chat send ID TEXT     a personal message to ID (a participant or any user)
//!   chat send --all TEXT  a message to everyone in the room's group conference
//!   chat list             the current call's conversation as the room's history has it
//! Ends in exactly one of succeeded() or failed().
class CliChat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliChat)

public:
    CliChat(RoomController *controller, const CliOptions &options, QObject *parent = nullptr);
    ~CliChat() override;

    //! Checks `arguments` (after "chat") into `options`; returns the usage error, or empty.
    static QString parse(const QStringList &arguments, bool all, CliOptions *options);

    //! Runs the command (the controller is signed in and has completed its startup).
    void run();

Q_SIGNALS:
    //! Done: `human` for people, `json` for --json.
    void succeeded(const QString &human, const QJsonObject &json);
    //! The command ended in `outcome` (not a reply).
    void failed(const RequestOutcome &outcome);

private:
    //! The call part knows whether (and which) conference runs.
    void onCallSettled();
    void send();
    void list();

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    CallSession *m_call = nullptr;
    ChatState *m_chat = nullptr;
    bool m_started = false;
};
