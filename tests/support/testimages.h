// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QSize>

//! Real image files for upload tests: the simulator decodes what setLogo and setBackground
//! name, as a room does, so a file that only starts like a PNG is not enough.
namespace TestImages {

//! A PNG of `size`; `noisy` fills it with deterministic noise so it compresses badly (for
//! uploads that should take a while and report progress).
QByteArray png(QSize size = { 16, 16 }, bool noisy = false);
//! A JPEG of `size`.
QByteArray jpeg(QSize size = { 64, 48 });
//! Writes `bytes` to `path`; false on failure.
bool write(const QString &path, const QByteArray &bytes);

} // namespace TestImages
