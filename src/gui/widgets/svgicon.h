// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QSize>
#include <QString>

//! RoomDeck's own icons (resources/icons/*.svg), rendered with QSvgRenderer so that they look
//! sharp at any size and do not depend on the SVG icon-engine plugin being deployed.
//! Neutral strokes are drawn in `currentColor`, which follows the palette's text colour so
//! that the same file reads well on light and dark themes.
namespace SvgIcon {

//! The resource path of an icon: `:/roomdeck/icons/NAME.svg`.
QString path(const QString &name);
//! A scalable icon; Disabled mode is rendered faded. `currentColor` is the application
//! palette's text colour at paint time.
QIcon icon(const QString &name);
//! A pixmap of `size` logical pixels at device pixel ratio `dpr`; `currentColor` is `color`,
//! or the application palette's text colour when `color` is invalid.
QPixmap pixmap(const QString &name, const QSize &size, qreal dpr = 1.0, const QColor &color = {});

} // namespace SvgIcon
