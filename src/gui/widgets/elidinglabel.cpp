// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "elidinglabel.h"

#include "gui/widgets/textstyle.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidingLabel::setMaximumLineCount(int lines)
{
    lines = qMax(1, lines);
    if (lines == m_maximumLineCount)
        return;
    m_maximumLineCount = lines;
    updateGeometry();
    update();
}

QSize ElidingLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    size.setWidth(fontMetrics().averageCharWidth() * 8);
    return size;
}

bool ElidingLabel::hasHeightForWidth() const
{
    return m_maximumLineCount > 1;
}

int ElidingLabel::heightForWidth(int width) const
{
    if (m_maximumLineCount <= 1)
        return QLabel::heightForWidth(width);
    const QMargins m = contentsMargins();
    const int lines = int(qMax<qsizetype>(1, shownLines(width - m.left() - m.right()).size()));
    return lines * fontMetrics().lineSpacing() - fontMetrics().leading() + m.top() + m.bottom();
}

bool ElidingLabel::isElided() const
{
    bool elided = false;
    shownLines(contentsRect().width(), &elided);
    if (!elided && m_maximumLineCount > 1) {
        // Wrapped into more lines than the layout gave room for.
        const QStringList lines = shownLines(contentsRect().width());
        elided = lines.size() * fontMetrics().lineSpacing() - fontMetrics().leading()
            > contentsRect().height();
    }
    return elided;
}

QStringList ElidingLabel::shownLines(int width, bool *elided) const
{
    const QString full = text();
    const QFontMetrics fm = fontMetrics();
    if (elided)
        *elided = false;
    if (m_maximumLineCount <= 1 || fm.horizontalAdvance(full) <= width) {
        const QString shown = fm.elidedText(full, Qt::ElideRight, width);
        if (elided)
            *elided = shown != full;
        return { shown };
    }
    QStringList lines;
    QTextLayout layout(full, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (int(lines.size()) == m_maximumLineCount - 1) {
            // The last line allowed takes the rest, elided when it does not fit.
            const QString rest = full.mid(line.textStart()).trimmed();
            const QString shown = fm.elidedText(rest, Qt::ElideRight, width);
            if (elided)
                *elided = shown != rest;
            lines << shown;
            break;
        }
        const QString part = full.mid(line.textStart(), line.textLength()).trimmed();
        // A word longer than the line: elide it rather than paint past the edge.
        lines << fm.elidedText(part, Qt::ElideRight, width);
        if (elided && lines.constLast() != part)
            *elided = true;
    }
    layout.endLayout();
    return lines;
}

void ElidingLabel::paintEvent(QPaintEvent *)
{
    // QLabel::setText is not virtual, so the tooltip follows the text here, where the
    // width that decides about eliding is known anyway.
    const bool elided = isElided();
    if (elided) {
        // Shown as the plain text it is, even when it looks like markup.
        const QString tip = TextStyle::plainToolTip(text());
        if (toolTip() != tip)
            setToolTip(tip);
    } else if (!toolTip().isEmpty()) {
        setToolTip({});
    }

    QPainter painter(this);
    const QRect area = contentsRect();
    const QStringList lines = shownLines(area.width());
    if (lines.size() <= 1) {
        style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(),
                              isEnabled(), lines.value(0), foregroundRole());
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int blockHeight = int(lines.size()) * fm.lineSpacing() - fm.leading();
    int top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += (area.height() - blockHeight) / 2;
    else if (alignment() & Qt::AlignBottom)
        top += area.height() - blockHeight;
    const int horizontal = int(alignment() & Qt::AlignHorizontal_Mask);
    for (const QString &line : lines) {
        const QRect lineRect(area.left(), top, area.width(), fm.height());
        style()->drawItemText(&painter, lineRect,
                              horizontal | Qt::AlignVCenter | Qt::TextSingleLine, palette(),
                              isEnabled(), line, foregroundRole());
        top += fm.lineSpacing();
    }
}
