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

void RoomScreenPreview::setOverlays(Overlays overlays)
{
    m_overlays = overlays;
    update();
}

void RoomScreenPreview::setLogoShown(bool shown)
{
    m_logoShown = shown;
    update();
}

void RoomScreenPreview::setVideoSlots(const QList<QRect> &rects, const QStringList &labels,
                                      const QSize &window)
{
    m_slotRects = rects;
    m_slotLabels = labels;
    m_window = window.isValid() ? window : kScreen;
    update();
}

QRect RoomScreenPreview::overlayRect(Overlay overlay)
{
    const int right = kScreen.width() - kMargin;
    switch (overlay) {
    case Overlay::Clock:
        return { right - 320, kMargin, 320, 120 };
    case Overlay::ConnectionInfo:
        return { kMargin, kMargin, 560, 100 };
    case Overlay::CurrentUser:
        return { kMargin, kMargin + 130, 560, 90 };
    case Overlay::UpcomingMeetings:
        return { right - 480, kMargin + 170, 480, 400 };
    case Overlay::IncomingRequests:
        return { right - 480, kScreen.height() - kMargin - 160, 480, 160 };
    }
    return {};
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
    // Drawn at most maximumWidth() wide: no empty band below when the layout offers more.
    width = qMin(width, maximumWidth());
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
    if (!m_logoShown) {
        // Switched off: the area stays outlined so the operator sees where it would be.
    } else if (!m_logo.isNull()) {
        p.drawImage(toScreen(logoRect(m_logo.size(), m_mode)), m_logo);
    } else {
        p.setPen(QColor(255, 255, 255, 200));
        QFont logoFont = font();
        logoFont.setBold(true);
        p.setFont(logoFont);
        p.drawText(toScreen(area).adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("TrueConf Room"));
    }

    // The info widgets that are on, as labelled panels where the room puts them.
    QFont small = font();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    const QFontMetrics metrics(small);
    const QList<QPair<Overlay, QString>> overlays = {
        { Overlay::Clock, tr("Clock") },
        { Overlay::ConnectionInfo, tr("Connection info") },
        { Overlay::CurrentUser, tr("Current user") },
        { Overlay::UpcomingMeetings, tr("Upcoming meetings") },
        { Overlay::IncomingRequests, tr("Incoming requests") },
    };
    for (const auto &[overlay, label] : overlays) {
        if (!m_overlays.testFlag(overlay))
            continue;
        const QRectF r = toScreen(overlayRect(overlay));
        p.setPen(QColor(255, 255, 255, 190));
        p.setBrush(QColor(0, 0, 0, 110));
        p.drawRoundedRect(r, 3, 3);
        p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignCenter,
                   metrics.elidedText(label, Qt::ElideRight, int(r.width()) - 6));
    }

    // During a call the main window's video slots cover the screen.
    if (!m_slotRects.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        p.setFont(bold);
        p.fillRect(frame, QColor(10, 12, 16, 215));
        const double sx = double(frame.width()) / qMax(1, m_window.width());
        const double sy = double(frame.height()) / qMax(1, m_window.height());
        for (qsizetype i = 0; i < m_slotRects.size(); ++i) {
            const QRect &s = m_slotRects.at(i);
            if (s.isEmpty())
                continue;
            const QRectF r(frame.left() + s.left() * sx, frame.top() + s.top() * sy, s.width() * sx,
                           s.height() * sy);
            p.setPen(QColor(255, 255, 255, 200));
            p.setBrush(QColor(0x2b, 0x5a, 0x8c, 200));
            p.drawRect(r.adjusted(1, 1, -1, -1));
            p.setPen(Qt::white);
            const QString label = QString::number(i + 1) + u". "_s + m_slotLabels.value(i);
            p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignCenter,
                       QFontMetrics(bold).elidedText(label, Qt::ElideRight, int(r.width()) - 8));
        }
    }
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Mid));
    p.drawPath(bezel);
}
