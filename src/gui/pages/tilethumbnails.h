// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>

class FrameSource;
class RoomSession;
class RoomSessionList;

//! The overview's camera thumbnails: one picture per room, from the room's own camera at one
//! frame per second, and only while setActive(true) (the overview is on screen). Each room's
//! FrameSource is the shared one of its connection (FrameSources), so a Camera page showing
//! the same room does not cause a second feed. Frames are decoded straight to the thumbnail
//! size.
class TileThumbnails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileThumbnails)

public:
    static constexpr double kRate = 1.0;
    static constexpr int kStaleAfterMs = 3000;

    explicit TileThumbnails(RoomSessionList *rooms, QObject *parent = nullptr);
    ~TileThumbnails() override;

    //! Frames are asked for only while active.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    //! The size (in device pixels) frames are decoded to.
    void setDecodeSize(const QSize &size) { m_decodeSize = size; }

    //! The room's picture; null when there is none to show (see placeholder()).
    QImage thumbnail(const RoomSession *session) const;
    //! The picture is older than kStaleAfterMs (shown greyed).
    bool isStale(const RoomSession *session) const;
    //! A short reason when there is no picture ("Camera off", ...), else "".
    QString placeholder(const RoomSession *session) const;
    //! Frames decoded so far, over every room.
    int decodedCount() const { return m_decoded; }
    //! The source a room's thumbnail comes from (nullptr for an unknown room).
    FrameSource *sourceOf(const RoomSession *session) const;

Q_SIGNALS:
    //! The thumbnail of `session` changed: its tile needs a repaint.
    void changed(RoomSession *session);

private:
    struct Entry
    {
        QPointer<RoomSession> session;
        QPointer<FrameSource> source;
        QImage image;
        QElapsedTimer age;
    };

    void sync();
    void onFrame(RoomSession *session, const QByteArray &jpeg);

    RoomSessionList *m_rooms;
    QHash<const RoomSession *, Entry> m_entries;
    bool m_active = false;
    QSize m_decodeSize { 192, 108 };
    int m_decoded = 0;
};
