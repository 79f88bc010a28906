// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

//! The few colours the console uses to say "good / in progress / bad / idle". Each tone has a
//! light-theme and a dark-theme shade so that text stays legible on either window colour.
namespace Room {
enum class AppState : int; // core/controller/roomcontroller.h has it
}

namespace StatusColors {

enum class Tone { Good, Busy, Bad, Neutral, Info };

//! True when `palette`'s window colour is dark.
bool isDark(const QPalette &palette);
//! A text colour for `tone` that reads well on `palette`'s window colour.
QColor text(Tone tone, const QPalette &palette);
//! The tone of the room's app state: free is Good, a conference Info, ringing or connecting
//! Busy, no server or no login Bad.
Tone toneOf(Room::AppState state);
//! A saturated fill for badges (white text on top).
QColor fill(Tone tone);
//! The state-dot icon name for `tone` (resources/icons/state-*.svg).
QString dotIcon(Tone tone);
//! A card background slightly set off from `palette`'s window colour (Base in light themes).
QColor card(const QPalette &palette);
//! A style sheet giving the widgets `selector` matches a rounded card: `background` (invalid =
//! card()) and a 1px `border` (invalid = the palette's Mid).
QString cardSheet(const QString &selector, const QPalette &palette, const QColor &border = {},
                  const QColor &background = {});
//! Sets the label/widget's foreground (WindowText and Text) to `color`.
void setForeground(QWidget *widget, const QColor &color);
//! Shows `text` as plain text in a panel's status line in `tone` (Neutral = the inherited
//! colour); an empty text hides the line.
void showMessage(QLabel *label, const QString &text, Tone tone);

} // namespace StatusColors
