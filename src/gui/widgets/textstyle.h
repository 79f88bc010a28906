// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

//! The few text emphases the console uses (titles, values, captions), relative to the
//! widget's own font so that they follow the desktop's font size.
namespace TextStyle {

//! Scales `widget`'s font by `factor` and makes it bold (or not).
void scale(QWidget *widget, qreal factor, bool bold = true);
//! Makes `widget`'s font bold at its size.
inline void bold(QWidget *widget)
{
    scale(widget, 1.0, true);
}

//! `text` as a tooltip that shows it as it is: Qt renders a tooltip that looks like markup as
//! markup, and tooltips quote the room (names, ids, error texts).
QString plainToolTip(const QString &text);

} // namespace TextStyle
