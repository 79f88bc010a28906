// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>
#include <QTime>

//! The picture the built-in HTTP server's /frames/ returns (room-api.md §8): a colour-bar
//! test card with a bar that moves from frame to frame, an analog clock and the time in
//! seven-segment digits, so that a client showing the feed visibly updates. The room's own
//! camera shows what the operator changed: the picture shifts with pan and tilt and grows
//! with zoom, and pan / tilt / zoom and the current preset are written on it; a muted camera
//! (or none selected) gives a black card saying CAMERA OFF. Drawn with plain pixel writes and
//! a small bitmap font: no QPainter, hence no fonts and no QGuiApplication needed.
namespace SimTestCard {

constexpr int kWidth = 480;
constexpr int kHeight = 270;

//! What one frame shows.
struct Input
{
    quint64 frame = 0; //!< moves the bar
    QTime time;
    int hue = -1; //!< 0-359 tints the bars (participants' feeds differ); -1 = untinted
    int quality = 60;
    bool cameraOff = false; //!< camera muted or no camera: black, "CAMERA OFF"
    bool showPtz = false; //!< the room's own camera: the values below are drawn and applied
    int pan = 0; //!< degrees, -170..170
    int tilt = 0; //!< degrees, -30..90
    int zoom = 100; //!< percent, 100..1000
    QString presetName; //!< drawn when not empty
    //! The room's main screen (SimScreen::Picture): false hides the clock (showTime off);
    //! slot rectangles on the 1920x1080 window are drawn as a small layout map with the
    //! layout type and slot count (none outside a call).
    bool clock = true;
    QList<QRect> layoutSlots;
    int layoutType = -1;
};

//! JPEG bytes of the frame `input` describes. Empty on failure.
QByteArray jpeg(const Input &input);
//! JPEG bytes of frame number `frame` showing `time`, untransformed. Empty on failure.
QByteArray jpeg(quint64 frame, const QTime &time, int hue, int quality);

} // namespace SimTestCard
