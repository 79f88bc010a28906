// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHash>
#include <QPixmap>
#include <QSortFilterProxyModel>

//! The event log as the panel shows it: every kind but presence (the default), every kind, or
//! only one kind of entry; optionally only entries whose text or name contains every word of a
//! search (case-insensitive); errors in red and a coloured marker per kind.
class EventLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFilterModel)

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    //! kAllButPresence (the default): every entry but presence changes.
    static constexpr int kAllButPresence = -1;
    //! kAllKinds: every entry.
    static constexpr int kAllKinds = -2;

    //! Shows only entries of this EventLogModel::Kind (as int), or one of the two above.
    void setKindFilter(int kind);
    int kindFilter() const { return m_kind; }

    //! Shows only entries whose text or name contains every word of `text`.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = kAllButPresence;
    QString m_text;
    QStringList m_words;
    mutable QHash<int, QPixmap> m_markers; //!< kind -> marker, drawn on first use
};
