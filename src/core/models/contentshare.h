// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class RoomHttpClient;

//! What the room shows instead of (or beside) its camera (room-api.md §8, §11 "Slideshow",
//! "Content sharing, picture broadcast"): the slideshow (slides from files uploaded to the
//! room's built-in HTTP server, start / stop / first / previous / next / last / show) and
//! the broadcast picture (a picture sent instead of the camera).
//!
//! A file goes to the room as branding's do: RoomHttpClient uploads it (fresh HTTP token,
//! one retry on 401) and the command takes its FileId (addSlide{fileId},
//! startBroadcastPicture{fileId}). The file is read and checked first (readable, not empty,
//! at most maxUploadBytes(), a PNG or JPEG by its content): a file that fails sends nothing.
//!
//! Every verb ends in exactly one call of its `done`, always after it returned: the
//! command's reply, error, timeout or disconnect; a failed upload (its readable text); or a
//! local refusal (not signed in, a check above, an upload running, no slides, the show not
//! running, the first / last slide, an index outside the list, the room saying the
//! slideshow is unavailable). The state changes only by the room's events and reads.
class ContentShare final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentShare)

public:
    struct Slide
    {
        int fileId = -1;
        QString name; //!< bounded
    };
    struct Picture
    {
        bool running = false;
        int fileId = -1;
        QString fileName; //!< bounded
    };
    using Done = std::function<void(const RequestOutcome &outcome)>;
    static constexpr int kMaxSlides = 200;

    explicit ContentShare(QObject *parent = nullptr);
    ~ContentShare() override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;

    //! Reads getSlideShowInfo and getBroadcastPicture.
    void refresh();

    QList<Slide> slides() const { return m_slides; }
    //! -1 when no slideshow runs.
    int currentIndex() const { return m_current; }
    bool isStarted() const { return m_started; }
    //! What getSlideShowInfo / slideShowAvailabilityChanged said (true until known).
    bool isAvailable() const { return m_available; }
    Picture picture() const { return m_picture; }
    bool isUploading() const { return m_uploading; }

    void setMaxUploadBytes(qint64 bytes);
    qint64 maxUploadBytes() const;
    //! Why `path` cannot be a slide or picture (empty when it can): unreadable, empty, too
    //! large, or not a PNG or JPEG.
    QString fileProblem(const QString &path) const;

    quint64 addSlideFile(const QString &path, Done done = {});
    quint64 removeSlide(int index, Done done = {});
    quint64 removeAllSlides(Done done = {});
    quint64 startSlideShow(int startIndex, const QString &title = {}, Done done = {});
    quint64 stopSlideShow(Done done = {});
    quint64 showNextSlide(Done done = {});
    quint64 showPreviousSlide(Done done = {});
    quint64 showFirstSlide(Done done = {});
    quint64 showLastSlide(Done done = {});
    quint64 showSlide(int index, Done done = {});
    quint64 startPictureFile(const QString &path, Done done = {});
    quint64 stopPicture(Done done = {});

Q_SIGNALS:
    //! The slides, the show or the picture changed.
    void changed();
    //! An upload started or ended.
    void uploadingChanged(bool uploading);
    //! Bytes of the running upload sent so far.
    void uploadProgress(qint64 sent, qint64 total);
    //! A verb failed; `outcome.errorText` is readable.
    void failed(const RequestOutcome &outcome);

private:
    quint64 uploadThen(const QString &method, const QString &path, Done done);
    quint64 send(const QString &method, const QJsonObject &params, Done done);
    quint64 refuse(const QString &method, const QString &why, Done done);
    quint64 navigate(const QString &method, int target, Done done);
    void finish(const RequestOutcome &outcome, const Done &done);
    void setUploading(bool uploading);
    void applyInfo(const QJsonObject &reply);
    void applyPicture(const QJsonObject &fields);
    static Slide parseSlide(const QJsonValue &value);

    RoomHttpClient *m_http = nullptr; //!< created when the first file goes
    qint64 m_maxUploadBytes;
    bool m_uploading = false;
    QList<Slide> m_slides;
    int m_current = -1;
    bool m_started = false;
    bool m_available = true;
    Picture m_picture;
};
