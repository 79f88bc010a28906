// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "allroomslog.h"

#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AllRoomsLogModel::AllRoomsLogModel(RoomSessionList *rooms, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rooms(rooms)
{
    Q_ASSERT(rooms);
    connect(m_rooms, &RoomSessionList::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    watch(m_rooms->session(row));
            });
    connect(m_rooms, &RoomSessionList::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                // Their rows stay, under the name the room has now.
                for (int row = first; row <= last; ++row) {
                    RoomSession *gone = m_rooms->session(row);
                    const QString name = m_rooms->entry(row).name;
                    for (Row &r : m_rows)
                        if (r.session == gone) {
                            r.session = nullptr;
                            r.roomName = name;
                        }
                    if (gone && gone->eventLog())
                        gone->eventLog()->disconnect(this);
                }
                if (!m_rows.empty())
                    Q_EMIT dataChanged(index(0, RoomColumn), index(rowCount() - 1, RoomColumn));
            });
    connect(m_rooms, &RoomSessionList::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (m_rows.empty()
                    || (!roles.isEmpty() && !roles.contains(RoomSessionList::NameRole)))
                    return;
                Q_EMIT dataChanged(index(0, RoomColumn), index(rowCount() - 1, RoomColumn));
            });
    for (int row = 0; row < m_rooms->count(); ++row)
        watch(m_rooms->session(row));
}

AllRoomsLogModel::~AllRoomsLogModel() = default;

void AllRoomsLogModel::watch(RoomSession *session)
{
    EventLogModel *log = session ? session->eventLog() : nullptr;
    if (!log)
        return;
    const QPointer<RoomSession> guard(session);
    connect(log, &EventLogModel::rowsInserted, this,
            [this, guard](const QModelIndex &, int first, int last) {
                if (guard)
                    onLogged(guard, first, last);
            });
}

void AllRoomsLogModel::onLogged(RoomSession *session, int first, int last)
{
    const EventLogModel *log = session->eventLog();
    const int row = m_rooms->rowOf(session);
    const QString name = row < 0 ? QString() : m_rooms->entry(row).name;
    std::vector<Row> fresh;
    for (int i = first; i <= last && i < log->rowCount(); ++i) {
        const EventLogModel::Entry &e = log->entry(i);
        if (e.kind == EventLogModel::Kind::Presence)
            continue;
        fresh.push_back({ session, name, e.time, e.kind, e.text });
    }
    if (fresh.empty())
        return;
    const int at = rowCount();
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    for (Row &r : fresh)
        m_rows.push_back(std::move(r));
    endInsertRows();
    trim();
    Q_EMIT appended();
}

void AllRoomsLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void AllRoomsLogModel::trim()
{
    const int excess = rowCount() - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    endRemoveRows();
}

int AllRoomsLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllRoomsLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AllRoomsLogModel::nameOf(const Row &row) const
{
    if (row.session) {
        const int at = m_rooms->rowOf(row.session);
        if (at >= 0)
            return RoomText::name(m_rooms->data(m_rooms->index(at), Qt::DisplayRole).toString());
    }
    return RoomText::name(row.roomName);
}

QVariant AllRoomsLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.time.toLocalTime().toString(u"HH:mm:ss"_s);
        case RoomColumn:
            return nameOf(r);
        case KindColumn:
            return EventLogModel::kindName(r.kind);
        case TextColumn:
            return r.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(r.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == RoomColumn)
            return nameOf(r);
        return r.text;
    case SessionRole:
        return QVariant::fromValue(r.session.data());
    case KindRole:
        return int(r.kind);
    case TimeRole:
        return r.time;
    case RoomNameRole:
        return nameOf(r);
    default:
        return {};
    }
}

QVariant AllRoomsLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RoomColumn:
        return tr("Room");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("What happened");
    default:
        return {};
    }
}
