// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

//! One chat message as RoomDeck shows it. Every text in it is already bounded (RoomText).
struct ChatMessage
{
    enum class Direction { Incoming, Outgoing };
    //! Outgoing messages only: how the send went.
    enum class Delivery { Received, Sending, Sent, Failed };

    quint64 serial = 0; //!< unique within its ChatState, never reused
    Direction direction = Direction::Incoming;
    bool group = false; //!< to everyone in the conference
    Delivery delivery = Delivery::Received;
    QString chatId; //!< the room's chat (group: the conference id; personal: the peer's CallId)
    QString peerId; //!< incoming: the sender; outgoing personal: the recipient; else empty
    QString name; //!< the sender's (incoming) or recipient's (outgoing personal) name
    QString text;
    QDateTime time; //!< UTC
    QString error; //!< Failed: why, in words
    bool fromHistory = false; //!< read from the room's history, not seen arriving
    bool echoed = false; //!< outgoing: the room's chatMessageSent/groupChatMessageSent seen
    quint64 request = 0; //!< outgoing: the request handle of the send (0 when none)
    //! The time the room's history gives this message, once a history copy matched it.
    QDateTime historyTime;

    bool isOwn() const { return direction == Direction::Outgoing; }
};

//! The messages of one conversation, oldest first (value rows; ChatState feeds it). Inserts
//! and removals are precise; a delivery change is one dataChanged of the delivery roles.
class ChatMessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatMessageModel)

public:
    enum Roles {
        SerialRole = Qt::UserRole + 1, //!< quint64
        OwnRole, //!< bool
        GroupRole, //!< bool
        DeliveryRole, //!< int (ChatMessage::Delivery)
        PeerIdRole, //!< QString
        NameRole, //!< QString
        TextRole, //!< QString
        TimeRole, //!< QDateTime (UTC)
        ErrorRole, //!< QString
        FromHistoryRole, //!< bool
        ChatIdRole, //!< QString
    };

    explicit ChatMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ChatMessage &message(int row) const { return m_rows.at(row); }
    const QList<ChatMessage> &messages() const { return m_rows; }
    int rowOfSerial(quint64 serial) const;

    //! Inserts `message` where its time puts it (after every message of the same time), and
    //! returns its row (messages read back from history).
    int insert(const ChatMessage &message);
    //! Adds `message` as the last row (a message arriving now: arrival order is the order,
    //! whatever clock the room's time comes from); returns its row.
    int append(const ChatMessage &message);
    //! Replaces the row's message (same serial); one dataChanged of the changed roles.
    void update(int row, const ChatMessage &message);
    //! Removes `count` rows from `first`.
    void remove(int first, int count);
    //! Removes every row of the chat `chatId`; returns how many went.
    int removeChat(const QString &chatId);
    void clear();

private:
    QList<ChatMessage> m_rows;
};
