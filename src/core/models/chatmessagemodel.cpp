// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "chatmessagemodel.h"

#include <algorithm>

ChatMessageModel::ChatMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case SerialRole:
        return m.serial;
    case OwnRole:
        return m.isOwn();
    case GroupRole:
        return m.group;
    case DeliveryRole:
        return int(m.delivery);
    case PeerIdRole:
        return m.peerId;
    case NameRole:
        return m.name;
    case TimeRole:
        return m.time;
    case ErrorRole:
        return m.error;
    case FromHistoryRole:
        return m.fromHistory;
    case ChatIdRole:
        return m.chatId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SerialRole, "serial");
    names.insert(OwnRole, "own");
    names.insert(GroupRole, "group");
    names.insert(DeliveryRole, "delivery");
    names.insert(PeerIdRole, "peerId");
    names.insert(NameRole, "name");
    names.insert(TextRole, "text");
    names.insert(TimeRole, "time");
    names.insert(ErrorRole, "error");
    names.insert(FromHistoryRole, "fromHistory");
    names.insert(ChatIdRole, "chatId");
    return names;
}

int ChatMessageModel::rowOfSerial(quint64 serial) const
{
    // Recent messages change most (deliveries): search from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (m_rows.at(row).serial == serial)
            return row;
    return -1;
}

int ChatMessageModel::insert(const ChatMessage &message)
{
    const auto at = std::upper_bound(
        m_rows.cbegin(), m_rows.cend(), message.time,
        [](const QDateTime &time, const ChatMessage &row) { return time < row.time; });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, message);
    endInsertRows();
    return row;
}

int ChatMessageModel::append(const ChatMessage &message)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(message);
    endInsertRows();
    return row;
}

void ChatMessageModel::update(int row, const ChatMessage &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ChatMessage &m = m_rows[row];
    QList<int> roles;
    if (m.delivery != message.delivery)
        roles << DeliveryRole;
    if (m.error != message.error)
        roles << ErrorRole;
    if (m.name != message.name)
        roles << NameRole;
    if (m.time != message.time)
        roles << TimeRole;
    m = message;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void ChatMessageModel::remove(int first, int count)
{
    if (first < 0 || count <= 0 || first + count > m_rows.size())
        return;
    beginRemoveRows({}, first, first + count - 1);
    m_rows.remove(first, count);
    endRemoveRows();
}

int ChatMessageModel::removeChat(const QString &chatId)
{
    int removed = 0;
    // From the end, one contiguous run at a time.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (m_rows.at(row).chatId != chatId) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_rows.at(first - 1).chatId == chatId)
            --first;
        remove(first, row - first + 1);
        removed += row - first + 1;
        row = first - 1;
    }
    return removed;
}

void ChatMessageModel::clear()
{
    remove(0, int(m_rows.size()));
}
