// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QTime>

//! The picture the built-in HTTP server's /frames/ returns (room-api.md §8): a colour-bar
//! test card with a bar that moves from frame to frame, an analog clock and the time in
//! seven-segment digits, so that a client showing the feed visibly updates. Drawn with plain
//! pixel writes: no QPainter, hence no fonts and no QGuiApplication needed.
namespace SimTestCard {

constexpr int kWidth = 480;
constexpr int kHeight = 270;

//! JPEG bytes of frame number `frame` showing `time`; `hue` (0-359) tints the bars so that
//! participants' feeds differ from the room's own camera; -1 = untinted. Empty on failure.
QByteArray jpeg(quint64 frame, const QTime &time, int hue, int quality);

} // namespace SimTestCard
