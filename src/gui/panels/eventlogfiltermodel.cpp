// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogfiltermodel.h"

#include "core/models/eventlogmodel.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/textstyle.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using StatusColors::Tone;

namespace {

Tone toneForKind(EventLogModel::Kind kind)
{
    switch (kind) {
    case EventLogModel::Kind::Connection:
        return Tone::Info;
    case EventLogModel::Kind::Event:
        return Tone::Good;
    case EventLogModel::Kind::Command:
        return Tone::Neutral;
    case EventLogModel::Kind::Error:
        return Tone::Bad;
    case EventLogModel::Kind::Notice:
        return Tone::Busy;
    case EventLogModel::Kind::Presence:
        return Tone::Info;
    }
    return Tone::Neutral;
}

QPixmap kindMarker(EventLogModel::Kind kind)
{
    // Drawn at twice the size so it stays crisp on high-DPI screens.
    constexpr int logical = 10;
    QPixmap pixmap(logical * 2, logical * 2);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StatusColors::fill(toneForKind(kind)));
        painter.drawRoundedRect(QRectF(2, 2, logical * 2 - 4, logical * 2 - 4), 3, 3);
    }
    pixmap.setDevicePixelRatio(2.0);
    return pixmap;
}

} // namespace

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(EventLogModel::KindRole);
}

void EventLogFilterModel::setKindFilter(int kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void EventLogFilterModel::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

QVariant EventLogFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) {
        // A tooltip that looks like markup is rendered as markup, and rows quote the room:
        // such a text is shown as the plain text it is.
        return TextStyle::plainToolTip(QSortFilterProxyModel::data(index, role).toString());
    }
    if (role == Qt::ForegroundRole || role == Qt::DecorationRole) {
        const auto kind = EventLogModel::Kind(
            QSortFilterProxyModel::data(index, EventLogModel::KindRole).toInt());
        if (role == Qt::ForegroundRole && kind == EventLogModel::Kind::Error)
            return StatusColors::text(Tone::Bad, QApplication::palette());
        if (role == Qt::DecorationRole && index.column() == EventLogModel::KindColumn) {
            auto it = m_markers.constFind(int(kind));
            if (it == m_markers.constEnd())
                it = m_markers.insert(int(kind), kindMarker(kind));
            return *it;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    int kind = 0;
    QString text;
    QString name;
    // Straight from the rows: a search runs over every one of 5,000 entries per keystroke.
    if (const auto *log = qobject_cast<const EventLogModel *>(sourceModel())) {
        const EventLogModel::Entry &e = log->entry(sourceRow);
        kind = int(e.kind);
        if (!m_words.isEmpty()) {
            text = e.text;
            name = e.name;
        }
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        kind = index.data(EventLogModel::KindRole).toInt();
        text = index.data(EventLogModel::TextRole).toString();
        name = index.data(EventLogModel::NameRole).toString();
    }
    if (m_kind == kAllButPresence && kind == int(EventLogModel::Kind::Presence))
        return false;
    if (m_kind >= 0 && kind != m_kind)
        return false;
    for (const QString &w : m_words)
        if (!text.contains(w, Qt::CaseInsensitive) && !name.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}
