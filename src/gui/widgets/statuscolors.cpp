// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "statuscolors.h"

#include "core/controller/roomcontroller.h"

#include <QApplication>
#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6f, 0xd3, 0x8a) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Busy:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc5, 0x22, 0x1f);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xa8);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0xb0, 0xb6, 0xbc) : QColor(0x5f, 0x66, 0x6d);
}

QColor fill(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x8b, 0x47);
    case Tone::Busy:
        return QColor(0xb8, 0x74, 0x00);
    case Tone::Bad:
        return QColor(0xc5, 0x22, 0x1f);
    case Tone::Info:
        return QColor(0x1f, 0x5f, 0xae);
    case Tone::Neutral:
        break;
    }
    return QColor(0x6b, 0x72, 0x79);
}

QString dotIcon(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return u"state-connected"_s;
    case Tone::Busy:
        return u"state-busy"_s;
    case Tone::Bad:
        return u"state-error"_s;
    case Tone::Info:
    case Tone::Neutral:
        break;
    }
    return u"state-offline"_s;
}

QColor card(const QPalette &palette)
{
    return isDark(palette) ? palette.color(QPalette::Window).lighter(125)
                           : palette.color(QPalette::Base);
}

QString cardSheet(const QString &selector, const QPalette &palette, const QColor &border,
                  const QColor &background)
{
    const QColor fillColor = background.isValid() ? background : card(palette);
    const QColor line = border.isValid() ? border : palette.color(QPalette::Mid);
    return u"%1 { background-color: %2; border: 1px solid %3; border-radius: 6px; }"_s.arg(
        selector, fillColor.name(), line.name());
}

void setForeground(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

void showMessage(QLabel *label, const QString &text, Tone tone)
{
    // Messages quote the room (names, error texts): never rendered as markup.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (tone == Tone::Neutral)
        label->setPalette(QPalette());
    else
        setForeground(label, StatusColors::text(tone, QApplication::palette(label)));
}

Tone toneOf(Room::AppState state)
{
    switch (state) {
    case Room::AppState::Normal:
        return Tone::Good;
    case Room::AppState::Conference:
        return Tone::Info;
    case Room::AppState::Wait:
    case Room::AppState::Connect:
    case Room::AppState::Close:
        return Tone::Busy;
    case Room::AppState::Login:
    case Room::AppState::None:
        return Tone::Bad;
    case Room::AppState::Unknown:
        break;
    }
    return Tone::Neutral;
}

} // namespace StatusColors
