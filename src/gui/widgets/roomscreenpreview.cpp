// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomscreenpreview.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

RoomScreenPreview::RoomScreenPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Preview of the room's screen"));
}

void RoomScreenPreview::setLogo(const QImage &logo, int mode)
{
    m_logo = logo;
    m_mode = mode == 1 ? 1 : 0;
    update();
}

void RoomScreenPreview::setBackground(const QImage &background)
{
    m_background = background;
    update();
}

QRect RoomScreenPreview::logoRect(const QSize &logoSize, int mode)
{
    QSize shown = logoSize;
    if (mode != 1 && (shown.width() > kLogoArea.width() || shown.height() > kLogoArea.height()))
        shown = shown.scaled(kLogoArea, Qt::KeepAspectRatio);
    // Anchored at the lower-left corner of the logo area in both modes.
    const int left = kMargin;
    const int bottom = kScreen.height() - kMargin;
    return { left, bottom - shown.height(), shown.width(), shown.height() };
}

QSize RoomScreenPreview::sizeHint() const
{
    return { 480, heightForWidth(480) };
}

QSize RoomScreenPreview::minimumSizeHint() const
{
    return { 240, heightForWidth(240) };
}

int RoomScreenPreview::heightForWidth(int width) const
{
    return width * kScreen.height() / kScreen.width();
}

void RoomScreenPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    const QSize screen = kScreen.scaled(size(), Qt::KeepAspectRatio);
    const QRect frame(QPoint((width() - screen.width()) / 2, 0), screen);
    const double scale = double(frame.width()) / kScreen.width();

    // The screen itself, with a bezel.
    QPainterPath bezel;
    bezel.addRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setClipPath(bezel);
    if (!m_background.isNull()) {
        // The room fills the screen: scaled to cover, centred, cropped.
        const QSize cover
            = m_background.size().scaled(frame.size(), Qt::KeepAspectRatioByExpanding);
        const QRect target(frame.center() - QPoint(cover.width() / 2, cover.height() / 2), cover);
        p.drawImage(target, m_background);
    } else {
        QLinearGradient backdrop(frame.topLeft(), frame.bottomRight());
        backdrop.setColorAt(0, QColor(0x1d, 0x3b, 0x5c));
        backdrop.setColorAt(1, QColor(0x0b, 0x16, 0x24));
        p.fillRect(frame, backdrop);
        p.setPen(QColor(255, 255, 255, 150));
        QFont hint = font();
        hint.setPointSizeF(hint.pointSizeF() * 0.9);
        p.setFont(hint);
        p.drawText(frame, Qt::AlignCenter, tr("Default background"));
    }

    // The logo area and the logo.
    const auto toScreen = [&](const QRect &r) {
        return QRectF(frame.left() + r.left() * scale, frame.top() + r.top() * scale,
                      r.width() * scale, r.height() * scale);
    };
    const QRect area(kMargin, kScreen.height() - kMargin - kLogoArea.height(), kLogoArea.width(),
                     kLogoArea.height());
    p.setPen(QPen(QColor(255, 255, 255, 170), 1, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(toScreen(area));
    if (!m_logo.isNull()) {
        p.drawImage(toScreen(logoRect(m_logo.size(), m_mode)), m_logo);
    } else {
        p.setPen(QColor(255, 255, 255, 200));
        QFont logoFont = font();
        logoFont.setBold(true);
        p.setFont(logoFont);
        p.drawText(toScreen(area).adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("TrueConf Room"));
    }
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Mid));
    p.drawPath(bezel);
}
