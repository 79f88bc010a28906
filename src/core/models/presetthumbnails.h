// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QString>

//! The self-view pictures RoomDeck keeps on this PC for a room's camera presets (the room
//! stores the preset positions, not pictures of them). One JPEG per (room, preset), under
//! `directory()/<room>/<preset>.jpg` with both parts hashed, so that neither a room's id nor a
//! preset id chosen by the room can name a path of its own. Written atomically; bounded.
class PresetThumbnails final
{
public:
    //! Thumbnails above this size are refused (a 480x270 frame is some 30 KiB).
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;

    //! A store under `directory` (created on the first save); empty = defaultDirectory().
    explicit PresetThumbnails(const QString &directory = {});

    //! "<app data location>/preset-thumbnails".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    //! Stores `jpeg` as the picture of `presetId` in room `roomId`, replacing any earlier one.
    //! False with a readable `error` when the bytes are not a JPEG, too large, or the file
    //! cannot be written (nothing earlier is lost then).
    bool save(const QString &roomId, const QString &presetId, const QByteArray &jpeg,
              QString *error = nullptr) const;
    //! The stored picture, or empty when there is none (or it is unreadable or not a JPEG).
    QByteArray load(const QString &roomId, const QString &presetId) const;
    bool contains(const QString &roomId, const QString &presetId) const;
    //! Moves a picture to another preset id (a preset the room gave a new id); false when
    //! there was none to move.
    bool rename(const QString &roomId, const QString &fromPresetId,
                const QString &toPresetId) const;
    void remove(const QString &roomId, const QString &presetId) const;
    //! Every picture of `roomId` (the room was removed from RoomDeck).
    void removeRoom(const QString &roomId) const;

private:
    QString roomDirectory(const QString &roomId) const;
    QString filePath(const QString &roomId, const QString &presetId) const;

    QString m_directory;
};
