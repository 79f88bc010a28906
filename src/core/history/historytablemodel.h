// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historyrecords.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>

class HistoryStore;

//! One room's durable event log (HistoryStore's events table) as a table with the columns
//! and roles of EventLogModel, so that the event log's view, copy and JSON pane work on it
//! unchanged. Rows are read a page at a time as the view shows them (a few pages are
//! cached): scrolling through 100,000 rows never loads them all.
//!
//! Oldest first, like the live log. refresh() (the panel calls it while it is shown) picks up
//! rows written since: new rows are appended; when rows went (retention), the model resets.
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    static constexpr int kPageRows = 200;
    static constexpr int kCachedPages = 16;

    explicit HistoryTableModel(QObject *parent = nullptr);
    ~HistoryTableModel() override;

    //! Reads `store` (nullptr: an empty model). The filter's table is always Events.
    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store; }
    void setFilter(const History::Filter &filter);
    const History::Filter &filter() const { return m_filter; }

    //! Counts again and appends new rows (or resets when rows went); reads nothing when the
    //! store wrote nothing since.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! Rows read from the database since the model was made (a figure for the benchmark).
    qint64 rowsRead() const { return m_rowsRead; }

private:
    const History::Row *row(int index) const;
    void reload();

    QPointer<HistoryStore> m_store;
    History::Filter m_filter;
    int m_count = 0;
    qint64 m_seenChanges = -1; //!< the store's changeCount() when last counted
    mutable QCache<int, QList<History::Row>> m_pages;
    mutable qint64 m_rowsRead = 0;
};
