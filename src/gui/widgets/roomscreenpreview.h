// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QImage>
#include <QSize>
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
    static constexpr QSize kScreen { 1920, 1080 };
    static constexpr QSize kLogoArea { 440, 82 };
    static constexpr int kMargin = 48; //!< distance of the logo area from the screen's edges

    explicit RoomScreenPreview(QWidget *parent = nullptr);

    //! The logo to draw (null = the room's default logo, drawn as a placeholder).
    void setLogo(const QImage &logo, int mode);
    //! The background to draw (null = the room's default backdrop).
    void setBackground(const QImage &background);

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
};
