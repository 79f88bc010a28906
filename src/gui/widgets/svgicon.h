// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QIcon>
#include <QPixmap>
#include <QSize>
#include <QString>

//! RoomDeck's own icons (resources/icons/*.svg), rendered with QSvgRenderer so that they look
//! sharp at any size and do not depend on the SVG icon-engine plugin being deployed.
namespace SvgIcon {

//! The resource path of an icon: `:/roomdeck/icons/NAME.svg`.
QString path(const QString &name);
//! A scalable icon; Disabled mode is rendered faded.
QIcon icon(const QString &name);
//! A pixmap of `size` logical pixels at device pixel ratio `dpr`.
QPixmap pixmap(const QString &name, const QSize &size, qreal dpr = 1.0);

} // namespace SvgIcon
