// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QFlags>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QStringList>
#include <QWidget>

//! A scaled drawing of the room's main screen (1920 × 1080): the background (a custom image
//! scaled to cover, or the default backdrop) and the logo where the room puts it, in the
//! lower-left corner either fitted into the 440 × 82 logo area (mode 0) or at its original
//! size (mode 1). The logo area is outlined so an operator sees what fit mode does.
class RoomScreenPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomScreenPreview)

public:
    //! The info widgets the screen page draws where the room puts them (none by default: the
    //! branding page shows logo and background only).
    enum class Overlay {
        Clock = 0x1,
        ConnectionInfo = 0x2,
        CurrentUser = 0x4,
        IncomingRequests = 0x8,
        UpcomingMeetings = 0x10,
    };
    Q_DECLARE_FLAGS(Overlays, Overlay)

    static constexpr QSize kScreen { 1920, 1080 };
    static constexpr QSize kLogoArea { 440, 82 };
    static constexpr int kMargin = 48; //!< distance of the logo area from the screen's edges

    explicit RoomScreenPreview(QWidget *parent = nullptr);

    //! The logo to draw (null = the room's default logo, drawn as a placeholder).
    void setLogo(const QImage &logo, int mode);
    //! The background to draw (null = the room's default backdrop).
    void setBackground(const QImage &background);

    //! The info widgets drawn (none by default).
    void setOverlays(Overlays overlays);
    Overlays overlays() const { return m_overlays; }
    //! false: the logo widget is off (the logo is not drawn).
    void setLogoShown(bool shown);
    bool logoShown() const { return m_logoShown; }
    //! The main window's video slots during a call: rectangles on a `window`-sized screen with
    //! a label each (untrusted names: elided here); none outside a call.
    void setVideoSlots(const QList<QRect> &rects, const QStringList &labels, const QSize &window);
    int videoSlotCount() const { return int(m_slotRects.size()); }
    //! Where an overlay sits on the full-size screen.
    static QRect overlayRect(Overlay overlay);

    //! Where the logo lands on the full-size screen for `logoSize` in `mode`.
    static QRect logoRect(const QSize &logoSize, int mode);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_logo;
    int m_mode = 0;
    QImage m_background;
    Overlays m_overlays;
    bool m_logoShown = true;
    QList<QRect> m_slotRects;
    QStringList m_slotLabels;
    QSize m_window;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RoomScreenPreview::Overlays)
