// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogfiltermodel.h"

#include "core/models/eventlogmodel.h"
#include "gui/widgets/statuscolors.h"

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

QVariant EventLogFilterModel::data(const QModelIndex &index, int role) const
{
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
    if (m_kind < 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EventLogModel::KindRole).toInt() == m_kind;
}
