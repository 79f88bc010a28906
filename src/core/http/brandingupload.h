// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/http/roomhttpclient.h"

#include <QObject>
#include <QPointer>
#include <QString>

class RoomController;

//! The whole branding change of room-api.md §7.7 as one operation: upload the image to the
//! room's built-in HTTP server (RoomHttpClient: fresh token, multipart, one retry on 401),
//! then apply it with setLogo{fileId, mode} or setBackground{fileId}. The room's own events
//! (logoImageChanged, backgroundImageChanged) update BrandingState; this class reports how
//! the operation ended.
//!
//! Stages: Idle -> Uploading -> Applying -> Idle. cancel() works while Uploading (nothing
//! reached the room's screen, so the logo stays as it was); once setLogo is sent the room
//! decides and the reply ends the operation. Every start() that returns true ends in exactly
//! one succeeded() or failed(), always after start() has returned.
class BrandingUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingUpload)

public:
    enum class Target { Logo, Background };
    Q_ENUM(Target)
    enum class Stage { Idle, Uploading, Applying };
    Q_ENUM(Stage)

    explicit BrandingUpload(RoomController *controller, QObject *parent = nullptr);
    ~BrandingUpload() override;

    //! The largest file sent (see RoomHttpClient::setMaxUploadBytes).
    void setMaxUploadBytes(qint64 bytes);
    qint64 maxUploadBytes() const;
    void setTransferTimeout(int msecs);

    //! Uploads `path` and applies it to `target` (`logoMode` 0 = fitted into 440×82 at the
    //! lower left, 1 = original size; ignored for the background). False, with no signal,
    //! when an operation is running or the controller is gone.
    bool start(Target target, const QString &path, int logoMode = 0);
    //! As start(), with bytes already read and checked by the caller (so what was checked is
    //! exactly what is sent).
    bool startData(Target target, const QByteArray &data, const QString &fileName,
                   const QString &mimeType, int logoMode = 0);
    //! Abandons the upload (failed() with `cancelled` follows at once). Ignored while the
    //! apply command is on its way: the room has it and its reply ends the operation.
    void cancel();

    Stage stage() const { return m_stage; }
    Target target() const { return m_target; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    bool canCancel() const { return m_stage == Stage::Uploading; }

    //! "setLogo" or "setBackground".
    static QString applyMethod(Target target);

    //! Why the last operation failed, for callers that map failures to codes (roomdeckctl's
    //! exit codes): the upload's error, or None when the upload worked and the apply command
    //! ended in applyStatus().
    RoomHttpClient::Error uploadError() const { return m_uploadError; }
    RequestOutcome::Status applyStatus() const { return m_applyStatus; }

Q_SIGNALS:
    //! The stage moved on (Uploading, Applying, back to Idle).
    void stageChanged(BrandingUpload::Stage stage);
    //! Upload progress in bytes; restarts from 0 when a 401 is retried.
    void progress(qint64 sent, qint64 total);
    //! The room accepted the file (file `fileId`) and the apply command.
    void succeeded(BrandingUpload::Target target, int fileId);
    //! The operation ended without a change on the room; `text` is readable.
    void failed(BrandingUpload::Target target, const QString &text, bool cancelled);

private:
    bool begin(Target target, int logoMode);
    void onUploaded(int fileId);
    void onApplied(int fileId, const RequestOutcome &outcome);
    void onUploadFailed(RoomHttpClient::Error kind, const QString &text);
    void setStage(Stage stage);

    QPointer<RoomController> m_controller;
    RoomHttpClient *m_http = nullptr;
    Stage m_stage = Stage::Idle;
    Target m_target = Target::Logo;
    int m_logoMode = 0;
    RoomHttpClient::Error m_uploadError = RoomHttpClient::Error::None;
    RequestOutcome::Status m_applyStatus = RequestOutcome::Status::Reply;
};
