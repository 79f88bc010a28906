// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QObject>
#include <QString>

#include <functional>

class QIODevice;
class RoomController;

//! roomdeckctl's `send`: one request written by hand, as the argument (`send JSON`) or from a
//! file (`send --file FILE`, `-` for standard input), its reply printed (redacted). `--raw`
//! also prints the exact frame sent and the frames received for it, `-> {...}` / `<- {...}`,
//! masked with Redact::frame and escaped for the terminal. Ends in exactly one call of
//! `succeeded` or `failed`.
class CliSend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSend)

public:
    //! A request file larger than this is refused (a request is a few hundred bytes).
    static constexpr qint64 kMaxRequestBytes = 1024 * 1024;

    using Write = std::function<void(const QString &text)>;
    using Succeeded = std::function<void()>;
    using Failed = std::function<void(const RequestOutcome &outcome)>;

    CliSend(RoomController *controller, const CliOptions &options, Write write, Succeeded succeeded,
            Failed failed, QObject *parent = nullptr);

    //! The controller is signed in: send the request.
    void run();

    //! Checks send's arguments: one JSON argument, or none with --file. An error or empty.
    static QString parseArguments(const QStringList &args, const QString &file, bool fileSet,
                                  CliOptions *options);
    //! The request object `json` into options->method and params; an error (with the line and
    //! column of bad JSON) or empty. `source` names it in errors ("the argument", a file).
    static QString takeRequest(const QByteArray &json, const QString &source, CliOptions *options);
    //! Reads options->requestFile (`-`: `standardInput`), at most kMaxRequestBytes, and takes
    //! the request from it; an error or empty.
    static QString readRequestFile(CliOptions *options, QIODevice *standardInput);
    //! "-> {...}" or "<- {...}": `frame` masked (Redact::frame), terminal-safe, with a newline.
    static QString frameLine(bool sent, const QByteArray &frame);

private:
    void onFrameSent(const QByteArray &frame);
    void onFrameReceived(const QByteArray &frame);
    void onRequestFinished(const RequestOutcome &outcome);

    RoomController *m_controller = nullptr;
    CliOptions m_options;
    Write m_write;
    Succeeded m_succeeded;
    Failed m_failed;
    quint64 m_handle = 0;
    bool m_sending = false; //!< between run() and the request's frame
    QString m_requestId; //!< the wire requestId of the frame sent
    bool m_done = false;
};
