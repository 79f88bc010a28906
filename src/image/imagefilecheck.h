// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

//! What RoomDeck knows about an image file before anything is sent to a room: it must be
//! readable, within the upload limit, a PNG or JPEG (room-api.md §7.7: the formats every
//! room takes) and decode completely. The bytes checked are the bytes uploaded.
struct ImageFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ImageFileCheck)

public:
    //! The room's logo area in fit mode (logo mode 0), in screen pixels.
    static constexpr QSize kLogoArea { 440, 82 };
    //! Larger images are refused: a room screen is at most 8K and decoding costs memory.
    static constexpr int kMaxSide = 8192;

    QString path;
    QString fileName;
    QString problem; //!< why it cannot be uploaded; empty when it can
    QByteArray data; //!< the file's bytes (only when readable and within the limit)
    QString format; //!< "PNG" or "JPEG"
    QString mimeType; //!< "image/png" or "image/jpeg"
    QSize size; //!< in pixels
    QImage image; //!< decoded, for the preview

    //! A file was checked and can be uploaded.
    bool ok() const { return problem.isEmpty() && !image.isNull(); }
    //! "PNG, 600 × 120 px, 14.2 KB".
    QString summary() const;
    //! True when the image does not fit into kLogoArea unscaled.
    bool exceedsLogoArea() const;
    //! The size the room shows the logo at in `mode` (0 fit into kLogoArea, 1 original).
    QSize logoSizeFor(int mode) const;

    //! Reads and checks `path` against `maxBytes`.
    static ImageFileCheck inspect(const QString &path, qint64 maxBytes);
};
