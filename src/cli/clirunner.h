// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/roomcontroller.h"
#include "core/http/brandingupload.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class CliCamera;
class CliChat;
class CliSnapshot;
class CliDevices;
class CliModeration;
class QIODevice;

//! Runs one roomdeckctl command: connects through RoomController, waits for the startup burst,
//! performs the command, prints the result and ends with exactly one finished(exitCode).
//! Output goes to the two devices given (stdout/stderr in the program, buffers in tests);
//! errors are one line "roomdeckctl: ..." on the error device, and nothing printed ever
//! contains the PIN, the password or a token.
//!
//! Phases: start() -> connecting (--timeout runs) -> startupCompleted -> command -> finished.
//! watch instead stays in its command phase until interrupt(), --for, or a lost connection.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(const CliOptions &options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CliRunner() override;

    //! Controller settings for a one-shot run of `command` bounded by `timeoutMs` (the run's
    //! own deadline).
    static RoomController::Options controllerOptions(int timeoutMs, CliOptions::Command command);
    //! What `command` needs to know of the room before it runs: the startup burst asks for
    //! this and nothing else (the GUI's views need all of it, a script only what it uses).
    static QStringList startupRequestsFor(CliOptions::Command command);

    //! Connects and runs the command; finished() follows once, never from inside start().
    void start();
    //! SIGINT / SIGTERM: watch ends with exit code 0, any other command with 128 + signal.
    void interrupt(int signalNumber);

    //! Where `send --file -` reads the request (default: the process's standard input).
    void setInput(QIODevice *in) { m_in = in; }

    bool isDone() const { return m_done; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    //! The run has ended; `exitCode` is a CliExit value, or 128 + signal when interrupted.
    void finished(int exitCode);

private:
    using ReplyHandler = std::function<void(const QJsonObject &reply)>;

    void onStartupCompleted();
    void onRequestFinished(const RequestOutcome &outcome);
    //! Ends the run with the exit code and message of a failed `outcome`.
    void failWith(const RequestOutcome &outcome);
    //! mute, unmute, volume, devices (CliDevices).
    void runDeviceCommand();
    void runModerationCommand();
    void onEvent(const RoomMessage &event);
    void onDeadline();
    //! The "try --ws" hint of an error that the room's port is wrong.
    QString portHintText() const;
    //! Ends the run after the address answered but not like a room: with its rooms as the hint
    //! when it is a roomdeck-agent's (CliAgent), else with the --ws hint.
    void failNotARoom(const QString &reason);

    void runCommand();
    //! Calls `onReply` with the reply when the request `handle` succeeds; any other outcome
    //! ends the run with the matching exit code.
    void expect(quint64 handle, ReplyHandler onReply);
    void request(const QString &method, const QJsonObject &params, ReplyHandler onReply);
    //! False (and the run ends with CliExit::Refused) when the room's state rules the command
    //! out; the room is not asked, as the GUI would have disabled the button.
    bool allowedNow(Permissions::Capability needed, const QString &why);
    //! Prints `human` or `json` and ends the run with success.
    void succeed(const QString &human, const QJsonObject &json);

    void showStatus(const QJsonObject &connected);
    void showContacts(const QJsonObject &reply);
    void uploadLogo();
    void takeSnapshot();
    void showEvent(const RoomMessage &event);

    void finish(int code, const QString &message = {});
    void fail(CliExit code, const QString &message) { finish(int(code), message); }
    void write(QIODevice *device, const QString &text);

    CliOptions m_options;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QIODevice *m_in = nullptr;
    RoomController *m_controller = nullptr;
    QPointer<BrandingUpload> m_upload;
    CliCamera *m_camera = nullptr;
    CliChat *m_chat = nullptr;
    //! snapshot: made before the sign-in, so that it can use the token the sign-in brings.
    QPointer<CliSnapshot> m_snapshot;
    CliDevices *m_devices = nullptr;
    CliModeration *m_moderation = nullptr;
    QTimer m_deadline; //!< --timeout: connecting plus the command
    QTimer m_watchTimer; //!< watch --for
    quint64 m_pendingHandle = 0;
    ReplyHandler m_onReply;
    //! status: getConnected, asked at start() so that it travels with the sign-in's startup
    //! burst instead of one round trip after it; its outcome waits for startupCompleted.
    quint64 m_earlyHandle = 0;
    std::optional<RequestOutcome> m_earlyOutcome;
    bool m_startupDone = false;
    bool m_started = false;
    bool m_done = false;
    int m_exitCode = 0;
};
