// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class RoomController;
struct RequestOutcome;

//! Uploads files to a room's built-in HTTP server (room-api.md §7.7, §8) for setLogo,
//! setBackground and the like. Each upload fetches a fresh HTTP token with
//! getTokenForHttpServer just before the POST (tokens live five minutes), sends
//! multipart/form-data with one part named `file`, and reads the integer `FileId` header.
//! An HTTP 401 is retried exactly once with another fresh token.
//!
//! Every upload that uploadFile()/uploadData() accepts ends in exactly one finished() or
//! failed(), always after the call has returned. One upload at a time. Tokens never reach a
//! log or an error text.
class RoomHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHttpClient)

public:
    enum class Error {
        None,
        FileUnreadable, //!< missing, not a regular file, or no read permission
        FileEmpty,
        FileTooLarge, //!< above maxUploadBytes()
        NotConnected, //!< no signed-in session, HTTP port unknown, or the session ended
        TokenRefused, //!< the room refused getTokenForHttpServer
        Unauthorized, //!< HTTP 401 twice, each time with a fresh token
        HttpError, //!< any other non-200 status
        NetworkError, //!< the HTTP server could not be reached or the connection broke
        BadResponse, //!< 200 without an integer FileId header
        Timeout, //!< no token reply, or the transfer stalled
        Cancelled, //!< cancel()
    };
    Q_ENUM(Error)

    static constexpr qint64 kDefaultMaxUploadBytes = 20 * 1024 * 1024;
    static constexpr int kDefaultTransferTimeoutMs = 60000;

    explicit RoomHttpClient(RoomController *controller, QObject *parent = nullptr);
    ~RoomHttpClient() override;

    void setMaxUploadBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxUploadBytes() const { return m_maxBytes; }
    //! The transfer is abandoned when no bytes move for this long.
    void setTransferTimeout(int msecs) { m_transferTimeoutMs = msecs; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    //! Why `path` cannot be uploaded (empty when it can), so callers can check before they
    //! connect. `kind` receives FileUnreadable, FileEmpty, FileTooLarge or None.
    static QString fileProblem(const QString &path, qint64 maxBytes, Error *kind = nullptr);

    //! Starts uploading the file at `path`. False (and no signal) when an upload is running.
    bool uploadFile(const QString &path);
    //! Starts uploading `data` as `fileName`. False (and no signal) when an upload is running.
    bool uploadData(const QByteArray &data, const QString &fileName,
                    const QString &mimeType = QStringLiteral("application/octet-stream"));
    //! Aborts the running upload: failed(Cancelled) follows at once. No-op when idle.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    //! Bytes of the request body sent so far (restarts from 0 when a 401 is retried).
    void uploadProgress(qint64 sent, qint64 total);
    //! The room stored the file; `fileId` is what setLogo/setBackground take.
    void finished(int fileId);
    //! The upload failed; `text` is readable and never contains a token.
    void failed(RoomHttpClient::Error kind, const QString &text);

private:
    void requestToken();
    void onToken(quint64 generation, const RequestOutcome &outcome);
    void post(const QString &token);
    void onReplyFinished();
    void fail(Error kind, const QString &text);
    void failLater(Error kind, const QString &text);
    void succeed(int fileId);
    void dropReply();

    QPointer<RoomController> m_controller;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes = kDefaultMaxUploadBytes;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;

    bool m_busy = false;
    bool m_retried = false;
    quint64 m_generation = 0; //!< invalidates token replies of a cancelled upload
    QByteArray m_data;
    QString m_fileName;
    QString m_mimeType;
    QString m_token; //!< only to scrub it from error texts; cleared when the upload ends
};
