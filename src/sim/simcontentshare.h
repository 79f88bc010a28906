// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QList>
#include <QString>

#include <functional>

class SimFileStore;

//! The room's slideshow and broadcast picture (room-api.md §8, §11 "Slideshow", "Content
//! sharing, picture broadcast"). Files come from uploads to /files/ (SimFileStore) and must
//! decode as images, else "Invalid parameters" (as for setLogo). The emulator's shapes:
//!
//!   getSlideShowInfo   {available, started, slides:[{fileId, name}], currentSlideIdx (-1)}
//!   addSlide{fileId}                       slideAdded{name, fileId, idx}
//!   removeSlide{idx, removeFromServer}     slideRemoved{idx, removedFromServer}
//!   removeAllSlides{removeFromServer}      allSlidesRemoved{removedFromServer}
//!   setSlidePosition{fromIdx, toIdx}       slidePositionChanged{prevIdx, newIdx, name, fileId}
//!   startSlideShow{title, startingIdx}     mySlideShowStarted{title, currentSlideIndex}
//!   stopSlideShow                          mySlideShowStopped
//!   showSlide{idx}, showNext/Prev/First/LastSlide   currentSlideIndexChanged{currentIdx}
//!   getBroadcastPicture  {running, fileName, fileId (-1 when none)}
//!   startBroadcastPicture{fileId}, stopBroadcastPicture
//!                        broadcastPictureStateChanged{running, fileName, fileId}
//!
//! Refusals: the slideshow needs a PRO licence (canUseSlideShow) - "Access denied" on a Free
//! room; starting with no slides or while running, moving while stopped, next past the last
//! or previous before the first, stopping a picture that is not shown are "Invalid state";
//! an index outside the list or a file that is not an uploaded image is "Invalid
//! parameters". Removing the last slide of a running show stops it (mySlideShowStopped).
class SimContentShare final
{
public:
    struct Slide
    {
        int fileId = -1;
        QString name;
    };

    //! `available`: whether the licence allows the slideshow; `flush` sends queued events.
    SimContentShare(SimHost &host, const SimFileStore &files, std::function<bool()> available,
                    std::function<void()> flush);

    SimCommandTable commands();
    QList<Slide> slides() const { return m_slides; }
    bool isStarted() const { return m_started; }
    int currentIndex() const { return m_current; }
    bool isPictureRunning() const { return m_pictureFileId >= 0; }
    int pictureFileId() const { return m_pictureFileId; }
    //! Control API: another controller adds the uploaded image `fileId` as a slide.
    bool addSlide(int fileId);
    //! A PNG of a plain slide with `title` on it (demos, tests).
    static QByteArray slidePicture(const QString &title);

private:
    SimOutcome add(const QJsonObject &request);
    SimOutcome remove(const QJsonObject &request);
    SimOutcome removeAll(const QJsonObject &request);
    SimOutcome move(const QJsonObject &request);
    SimOutcome start(const QJsonObject &request);
    SimOutcome stop();
    //! Shows slide `index` of the running show (`index` is checked by the caller).
    SimOutcome show(int index);
    SimOutcome startPicture(const QJsonObject &request);
    SimOutcome stopPicture();
    SimOutcome info() const;
    bool isImage(int fileId) const;
    void stopShow();

    SimHost &m_host;
    const SimFileStore &m_files;
    std::function<bool()> m_available;
    std::function<void()> m_flush;
    QList<Slide> m_slides;
    bool m_started = false;
    int m_current = -1;
    int m_pictureFileId = -1;
    QString m_pictureName;
};
