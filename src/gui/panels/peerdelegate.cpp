// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "peerdelegate.h"

#include "core/models/peerlistmodel.h"
#include "core/roomtext.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDotSize = 14;
constexpr int kHPadding = 8;
constexpr int kVPadding = 5;
constexpr int kLineGap = 1;

} // namespace

PeerDelegate::PeerDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString PeerDelegate::presenceIcon(const QString &presenceClass)
{
    static const QStringList known
        = { u"available"_s, u"busy"_s, u"away"_s, u"offline"_s, u"invalid"_s };
    return u"presence-"_s + (known.contains(presenceClass) ? presenceClass : u"invalid"_s);
}

const QPixmap &PeerDelegate::dot(const QString &presenceClass, qreal dpr) const
{
    const QString key = presenceClass + u'@' + QString::number(dpr);
    auto it = m_dots.constFind(key);
    if (it == m_dots.constEnd())
        it = m_dots.insert(
            key, SvgIcon::pixmap(presenceIcon(presenceClass), QSize(kDotSize, kDotSize), dpr));
    return *it;
}

QString PeerDelegate::detailLine(const QString &id, const QString &presence,
                                 const QFontMetrics &metrics, int width)
{
    if (presence.isEmpty())
        return metrics.elidedText(id, Qt::ElideRight, width);
    const QString whole = tr("%1 · %2").arg(id, presence);
    if (metrics.horizontalAdvance(whole) <= width)
        return whole;
    // The id gives way first (its user part stays readable; the name line above says who it
    // is), the presence is what the operator scans the list for and stays whole.
    const int rest = metrics.horizontalAdvance(tr("%1 · %2").arg(QString(), presence));
    const QString ellipsis(QChar(0x2026));
    const int idWidth = width - rest;
    if (idWidth >= metrics.horizontalAdvance(id.left(1) + ellipsis)) {
        const QString line
            = tr("%1 · %2").arg(metrics.elidedText(id, Qt::ElideRight, idWidth), presence);
        if (metrics.horizontalAdvance(line) <= width)
            return line;
    }
    // Not even room for the presence and a letter of the id: the presence alone, cut at its end.
    return metrics.elidedText(presence, Qt::ElideRight, width);
}

QSize PeerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return { 200, 2 * fm.height() + kLineGap + 2 * kVPadding };
}

void PeerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    // No initStyleOption(): it would fetch every role; two lines of text need three.
    QStyleOptionViewItem panel = option;
    panel.features |= QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const QString name = index.data(PeerListModel::DisplayNameRole).toString();
    // The id as the room sent it: bounded and cleaned before it is measured and painted (a
    // megabyte id would be shaped whole on every paint).
    const QString id = RoomText::name(index.data(PeerListModel::PeerIdRole).toString());
    const QString presence = index.data(PeerListModel::PresenceTextRole).toString();
    const QString cls = index.data(PeerListModel::PresenceClassRole).toString();

    const QRect r = option.rect.adjusted(kHPadding, kVPadding, -kHPadding, -kVPadding);
    const QFontMetrics fm(option.font);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int dotTop = r.top() + (fm.height() - kDotSize) / 2;
    painter->drawPixmap(QPoint(r.left(), dotTop), dot(cls, dpr));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled)
        ? (option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor main
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary
        = selected ? main : StatusColors::text(StatusColors::Tone::Neutral, option.palette);

    const int textLeft = r.left() + kDotSize + kHPadding;
    const int width = r.right() - textLeft;
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(main);
    const QFontMetrics nameMetrics(nameFont);
    painter->drawText(QRect(textLeft, r.top(), width, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, width));
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(textLeft, r.top() + fm.height() + kLineGap, width, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, detailLine(id, presence, fm, width));
    painter->restore();

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

bool PeerDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QRect r = view->visualRect(index);
    QToolTip::showText(event->globalPos(),
                       TextStyle::plainToolTip(index.data(Qt::ToolTipRole).toString()), view,
                       QRect(view->viewport()->mapToGlobal(r.topLeft()), r.size()));
    return true;
}
