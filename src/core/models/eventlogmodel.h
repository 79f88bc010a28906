// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <deque>

class RoomController;
struct RoomMessage;

//! The operator's event log: room events, failed commands, connection changes and notices,
//! each with time, readable text and (where there is one) the raw JSON. Bounded: the oldest
//! rows are removed once `capacity` is reached.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum class Kind { Connection, Event, Command, Error, Notice };
    Q_ENUM(Kind)

    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };

    enum Roles {
        TimeRole = Qt::UserRole + 1, //!< QDateTime
        KindRole, //!< Kind as int
        TextRole, //!< readable text
        NameRole, //!< event or method name, if any
        RawJsonRole, //!< indented JSON text, empty if none
    };

    struct Entry
    {
        QDateTime time;
        Kind kind = Kind::Notice;
        QString name;
        QString text;
        QJsonObject raw;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(Entry entry);
    void append(Kind kind, const QString &text, const QString &name = {},
                const QJsonObject &raw = {});
    void clear();
    const Entry &entry(int row) const { return m_entries.at(size_t(row)); }

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    //! Feeds the log from a controller: events, failed commands, connection changes, notices.
    void attach(RoomController *controller);

    static QString kindName(Kind kind);
    //! A readable sentence for a room event ("Room state: In a conference").
    static QString describeEvent(const RoomMessage &event);

private:
    std::deque<Entry> m_entries;
    int m_capacity = 5000;
};
