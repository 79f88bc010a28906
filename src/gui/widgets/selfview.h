// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/http/framesource.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

//! What a room's camera sees (or a participant's), from a FrameSource: the picture at its
//! aspect ratio, or a placeholder that says why there is none (camera off, not authorized,
//! not found, broken picture, unreachable, not signed in). The view asks its source for
//! frames only while it is visible and its window is not minimized (5 per second, 1 in
//! thumbnail mode) and decodes only frames that arrive then. A picture older than
//! staleAfterMs() is greyed and labelled with its age: an old frame never passes for live.
class SelfView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfView)

public:
    enum class Mode {
        Full, //!< the Camera page: 5 frames per second, reasons in full
        Thumbnail, //!< small: 1 frame per second, a short reason
    };
    Q_ENUM(Mode)

    static constexpr double kFullRate = 5.0;
    static constexpr double kThumbnailRate = 1.0;
    static constexpr int kDefaultStaleAfterMs = 3000;

    explicit SelfView(QWidget *parent = nullptr);
    ~SelfView() override;

    //! Shows `source` (shared with other views; the view only subscribes its rate).
    void setSource(FrameSource *source);
    FrameSource *source() const { return m_source; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setStaleAfterMs(int msecs) { m_staleAfterMs = msecs; }
    int staleAfterMs() const { return m_staleAfterMs; }

    //! The rate this view asks of its source now: 0 while hidden or minimized.
    double askedRate() const { return m_askedRate; }
    //! The picture shown; null when a placeholder is shown.
    QImage image() const { return m_image; }
    //! The placeholder's headline ("" while a picture is shown).
    QString placeholderText() const;
    //! The picture shown is older than staleAfterMs().
    bool isStale() const;
    //! Frames decoded so far (frames that arrived while nobody saw them are not).
    int decodedCount() const { return m_decoded; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRate();
    void onFrame(const QByteArray &jpeg, qint64 sequence);
    void onState(FrameSource::State state);
    //! The headline and the detail of the placeholder for the source's state.
    QString headline() const;
    QRect pictureRect() const;

    QPointer<FrameSource> m_source;
    QPointer<QWidget> m_watchedWindow;
    Mode m_mode = Mode::Full;
    double m_askedRate = 0;
    QImage m_image;
    bool m_brokenImage = false; //!< the last JPEG did not decode
    QElapsedTimer m_imageAge;
    int m_staleAfterMs = kDefaultStaleAfterMs;
    int m_decoded = 0;
    QTimer m_ageTimer; //!< repaints the age of a stale picture
};
