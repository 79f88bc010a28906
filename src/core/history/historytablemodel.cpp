// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historytablemodel.h"

#include "core/history/historystore.h"
#include "core/models/eventlogmodel.h"

#include <QLocale>
#include <QMetaEnum>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

//! The stored kind word back to EventLogModel's kind (an unknown word reads as an event).
EventLogModel::Kind kindOf(const QString &word)
{
    const QMetaEnum kinds = QMetaEnum::fromType<EventLogModel::Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i)
        if (word.compare(QLatin1StringView(kinds.key(i)), Qt::CaseInsensitive) == 0)
            return EventLogModel::Kind(kinds.value(i));
    return EventLogModel::Kind::Event;
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(kCachedPages)
{ }

HistoryTableModel::~HistoryTableModel() = default;

void HistoryTableModel::setStore(HistoryStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    reload();
}

void HistoryTableModel::setFilter(const History::Filter &filter)
{
    m_filter = filter;
    m_filter.table = History::Table::Events;
    reload();
}

void HistoryTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_seenChanges = m_store ? m_store->changeCount() : -1;
    const qint64 count = m_store ? m_store->count(m_filter) : 0;
    m_count = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    endResetModel();
}

void HistoryTableModel::refresh()
{
    if (!m_store || m_store->changeCount() == m_seenChanges)
        return;
    m_seenChanges = m_store->changeCount();
    const qint64 counted = m_store->count(m_filter);
    const int count = int(std::min<qint64>(counted, std::numeric_limits<int>::max()));
    if (count == m_count)
        return;
    if (count < m_count) { // retention took the oldest rows: every row moved
        reload();
        return;
    }
    // The last page was cached short: it grows.
    m_pages.remove(m_count / kPageRows);
    beginInsertRows({}, m_count, count - 1);
    m_count = count;
    endInsertRows();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EventLogModel::ColumnCount;
}

const History::Row *HistoryTableModel::row(int index) const
{
    if (!m_store || index < 0 || index >= m_count)
        return nullptr;
    const int page = index / kPageRows;
    QList<History::Row> *rows = m_pages.object(page);
    if (!rows) {
        rows = new QList<History::Row>(
            m_store->query(m_filter, qint64(page) * kPageRows, kPageRows));
        m_rowsRead += rows->size();
        m_pages.insert(page, rows);
    }
    const int at = index - page * kPageRows;
    return at < rows->size() ? &rows->at(at) : nullptr;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const History::Row *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventLogModel::TimeColumn: {
            // The history spans days: the date is part of the time, and the seconds stay (the
            // live log shows them too).
            const QDateTime local = r->time().toLocalTime();
            return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                           + local.time().toString(u"HH:mm:ss"_s));
        }
        case EventLogModel::KindColumn:
            return EventLogModel::kindName(kindOf(r->kind));
        case EventLogModel::TextColumn:
            return r->text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == EventLogModel::TimeColumn)
            return QLocale().toString(r->time().toLocalTime(), QLocale::LongFormat);
        return r->text;
    case EventLogModel::TimeRole:
        return r->time();
    case EventLogModel::KindRole:
        return int(kindOf(r->kind));
    case EventLogModel::TextRole:
        return r->text;
    case EventLogModel::NameRole:
        return r->name;
    case EventLogModel::RawJsonRole:
        return QString::fromUtf8(r->detail);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The live log's headers, so that both read the same.
    const QString title = EventLogModel::columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}
