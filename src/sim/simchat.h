// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

class SimCalls;

//! Chat (room-api.md §7.9): messages to a user whenever logged in, to the group while in a
//! group conference, messages that arrive from others (control API), and the room's chat
//! history (catalogue-only methods, shapes unpublished: the emulator's choice below).
//!
//! Refusals: sendMessage while not logged in -> Invalid state (§10 n, SimChecks); a peerId
//! that is no user id (PeerId, CallId or InstanceId), an empty (blank) message or one longer
//! than kMaxMessageLength -> Invalid parameters. Any well-formed user may get a message, in
//! the call or not: the server delivers to users offline too. sendGroupMessage outside a
//! group conference (idle, ringing, P2P call) -> Invalid state.
//!
//! History: one chat per personal peer (id = the peer's CallId) and one per conference (id =
//! the confId), each keeping its newest kMaxPerChat messages. Shapes:
//!   getListOfChats -> list: [{id, title, type (0 personal, 1 group), count, lastTime}]
//!   getChatLastMessages{id, beginNumber, count} -> messages: [{peerId, peerDn, message,
//!       time, outgoing}] counted from the newest (beginNumber 0 = the newest), oldest
//!       first; an unknown id answers an empty list (a chat with no message yet)
//!   chatClear{id} -> cmdChatClear{id} (id as the chat's string id); unknown id -> Invalid
//!       parameters
//! Messages this room sends carry its own peerId and `outgoing: true`.
class SimChat final
{
public:
    static constexpr int kMaxMessageLength = 4096;
    static constexpr int kMaxPerChat = 500;

    SimChat(SimHost &host, SimCalls &calls);

    SimCommandTable commands();

    // Control API (see RoomSimulator): false, sending nothing, when the state does not
    // allow it.
    bool incoming(const QString &peerId, const QString &message, const QString &peerDn);
    bool incomingGroup(const QString &peerId, const QString &message, const QString &peerDn);
    //! The history of the chat `id` (getChatLastMessages's elements, oldest first).
    QJsonArray history(const QString &id) const;
    QStringList chatIds() const;

private:
    struct Chat
    {
        QString title;
        int type = 0;
        QList<QJsonObject> messages;
    };

    SimOutcome sendMessage(const QJsonObject &request);
    SimOutcome sendGroupMessage(const QJsonObject &request);
    SimOutcome listOfChats() const;
    SimOutcome lastMessages(const QJsonObject &request) const;
    SimOutcome clear(const QJsonObject &request);
    static bool validText(const QString &message);
    void record(const QString &chatId, const QString &title, int type, const QString &peerId,
                const QString &peerDn, const QString &message, bool outgoing, qint64 time);

    SimHost &m_host;
    SimCalls &m_calls;
    QHash<QString, Chat> m_chats;
    QStringList m_order; //!< chat ids, most recently used last
};
