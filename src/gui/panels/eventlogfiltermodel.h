// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHash>
#include <QPixmap>
#include <QSortFilterProxyModel>

//! The event log as the panel shows it: optionally only one kind of entry, errors in red and
//! a coloured marker per kind. Filters on EventLogModel::KindRole.
class EventLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFilterModel)

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    //! Shows only entries of this EventLogModel::Kind (as int); -1 shows every entry.
    void setKindFilter(int kind);
    int kindFilter() const { return m_kind; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    mutable QHash<int, QPixmap> m_markers; //!< kind -> marker, drawn on first use
};
