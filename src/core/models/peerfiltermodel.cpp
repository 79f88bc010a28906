// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "peerfiltermodel.h"

#include "core/models/peerlistmodel.h"

PeerFilterModel::PeerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(PeerListModel::PresenceRankRole);
    sort(0);
}

void PeerFilterModel::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT filterTextChanged(text);
}

bool PeerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = i.data(PeerListModel::DisplayNameRole).toString();
    const QString id = i.data(PeerListModel::PeerIdRole).toString();
    for (const QString &w : m_words) {
        if (!name.contains(w, Qt::CaseInsensitive) && !id.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PeerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.data(PeerListModel::PresenceRankRole).toInt();
    const int r = right.data(PeerListModel::PresenceRankRole).toInt();
    if (l != r)
        return l < r;
    const int byName = QString::compare(left.data(PeerListModel::DisplayNameRole).toString(),
                                        right.data(PeerListModel::DisplayNameRole).toString(),
                                        Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return left.data(PeerListModel::PeerIdRole).toString()
        < right.data(PeerListModel::PeerIdRole).toString();
}
