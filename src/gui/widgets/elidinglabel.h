// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QLabel>

//! A label that elides its text ("room101@sim.truec…") instead of widening the window; text()
//! keeps the full string and the tooltip shows it while it is cut. With a maximum line count
//! above one it first wraps at word boundaries ("Verbindung zum Server / wird hergestellt")
//! and elides only the last line it may use, so a long translation is still read whole.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)
    Q_PROPERTY(int maximumLineCount READ maximumLineCount WRITE setMaximumLineCount)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    int maximumLineCount() const { return m_maximumLineCount; }
    void setMaximumLineCount(int lines);

    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    //! True while the text is not shown whole at the current size.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    //! The lines shown at `width` (at most maximumLineCount(), the last one elided if need be).
    QStringList shownLines(int width, bool *elided = nullptr) const;

    int m_maximumLineCount = 1;
};
