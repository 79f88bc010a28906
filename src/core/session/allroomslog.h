// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/eventlogmodel.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <deque>

class RoomSession;
class RoomSessionList;

//! One log across every room of a RoomSessionList: each room's event-log entries as they are
//! logged, newest last, each carrying its room. Presence changes stay in the rooms' own logs
//! (fifty rooms' presence churn would drown the rest). Bounded at `capacity` rows; entries of
//! a room that is removed stay, under the name it had.
class AllRoomsLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllRoomsLogModel)

public:
    enum Column { TimeColumn, RoomColumn, KindColumn, TextColumn, ColumnCount };
    enum Roles {
        SessionRole = Qt::UserRole + 1, //!< RoomSession *, null once the room is removed
        KindRole, //!< EventLogModel::Kind as int
        TimeRole, //!< QDateTime
        RoomNameRole, //!< the room's name (as it is now, or as it was when removed)
    };

    explicit AllRoomsLogModel(RoomSessionList *rooms, QObject *parent = nullptr);
    ~AllRoomsLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

Q_SIGNALS:
    //! Rows were appended (views scroll to the newest when they were at the bottom).
    void appended();

private:
    struct Row
    {
        QPointer<RoomSession> session;
        QString roomName; //!< the name when logged (shown once the room is gone)
        QDateTime time;
        EventLogModel::Kind kind = EventLogModel::Kind::Notice;
        QString text;
    };

    void watch(RoomSession *session);
    void onLogged(RoomSession *session, int first, int last);
    QString nameOf(const Row &row) const;
    void trim();

    RoomSessionList *m_rooms = nullptr;
    std::deque<Row> m_rows;
    int m_capacity = 2000;
};
