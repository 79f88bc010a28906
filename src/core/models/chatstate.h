// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/models/callsession.h"
#include "core/models/chatmessagemodel.h"
#include "core/roomtext.h"
#include "core/session/roomsessionpart.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

struct RoomMessage;

//! The chat of the room's current call or conference (room-api.md §7.9): personal messages
//! in and out (sendMessage, incomingChatMessage, chatMessageSent), group messages
//! (sendGroupMessage, incomingGroupChatMessage, groupChatMessageSent), the room's history of
//! them where it has one, and how many incoming messages the operator has not read yet (also
//! set on the session's RoomNotices as UnreadChat, with the newest one in words).
//!
//! One conversation per call: it starts when a call or conference starts (CallSession's
//! conference id changes) and the previous one stays readable until then, so a chat that
//! ended with the call can still be read afterwards. Messages that arrive between calls join
//! the current conversation. forgetRoom() (the session is closed) forgets it all; after the
//! next sign-in a running call's conversation is read back from the room's history.
//!
//! Own messages: a send adds its row at once (Sending); its reply makes it Sent or Failed
//! (with the reason); the room's chatMessageSent / groupChatMessageSent event for it marks it
//! echoed. The event and the reply may come in either order, and a *Sent event nobody here
//! asked for (another controller of the same room) adds a row of its own. A message is shown
//! once: history rows that match a row already shown (same direction, chat, sender or
//! recipient and text, within kSameMessageSecs) are dropped.
//!
//! History (getListOfChats, getChatLastMessages; shapes unpublished). The reading chosen,
//! which the simulator answers with, tolerant of near variants:
//!   getListOfChats        -> list (or chats): [{id, title?, type?, lastTime?}]
//!   getChatLastMessages{id, beginNumber 0 = newest, count}
//!                         -> messages: [{peerId, peerDn?, message, time:int, outgoing?}]
//! ids may be strings or numbers; `message` may come as `text`, `peerId` as `from`, `time` as
//! a numeric string. A history message is ours when `outgoing` says so or its sender is the
//! room's own TrueConf ID. Only chats of the current call are read: the conference's chat
//! and personal chats whose last message is not older than the call. History rows count as
//! read (the operator cannot tell which of them were seen; raising them all after every
//! sign-in would be noise). cmdChatClear{id} removes that chat's rows (all rows without id).
//!
//! Bounds: message texts are cut to kMaxShownLength characters on one line (RoomText);
//! at most kMaxMessages rows are kept, the oldest dropped. Sends longer than
//! kMaxMessageLength are refused locally (TrueConf's published limit for a chat message is
//! 4096 characters).
//!
//! Every verb ends in exactly one RequestOutcome, given to its `done` and, when not ok, to
//! failed(). A send that cannot go now is refused locally (RefusedLocally, with the reason),
//! from the event loop.
class ChatState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatState)

public:
    using Done = std::function<void(const RequestOutcome &outcome)>;

    static constexpr int kMaxMessageLength = 4096;
    //! Message texts are shown (and kept) cut to this many characters, like every long room
    //! text; a longer message is still sent whole.
    static constexpr int kMaxShownLength = int(RoomText::kTextLength);
    static constexpr int kMaxMessages = 2000;
    //! Messages read back from history this many messages per chat.
    static constexpr int kHistoryCount = 100;
    //! History and live copies of one message may differ in time by this much.
    static constexpr int kSameMessageSecs = 120;

    explicit ChatState(QObject *parent = nullptr);
    ~ChatState() override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void forgetRoom() override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;
    void roleChanged(Room::Role role) override;

    ChatMessageModel *messages() const { return m_model; }
    //! The conference (or call) id of the conversation shown; empty before the first call.
    QString conversationId() const { return m_conversationId; }
    //! Incoming messages the operator has not read yet.
    int unreadCount() const { return m_unread; }
    //! The newest unread message in words ("Lea Müller: Can you hear us?"), bounded.
    QString latestUnread() const { return m_latestUnread; }

    //! Why a message to one participant (`group` false) or to everyone cannot be sent now;
    //! empty when it can.
    QString sendRefusal(bool group) const;
    //! The room is in a group conference (messages to everyone possible).
    bool inGroupConference() const;
    //! The other party of a P2P call (empty otherwise).
    QString callPeerId() const;
    //! `peerId` (any id form) is this room's own TrueConf ID.
    bool isOwnId(const QString &peerId) const;

    quint64 sendMessage(const QString &peerId, const QString &text, Done done = {});
    quint64 sendGroupMessage(const QString &text, Done done = {});
    //! The operator has seen every message: the unread count drops to 0.
    void markRead();
    //! Reads the current call's chats from the room's history (merged, no duplicates);
    //! historyLoaded() follows once every answer is in.
    void refreshHistory();
    //! The call part to follow when the session has none of its own (a session with
    //! Parts::None, roomdeckctl); the session's call() wins when it has one.
    void setCallSession(CallSession *call);
    CallSession *callSession() const { return m_call; }

    //! The text a send of `text` puts on the wire (trimmed); empty or too long are refused.
    static QString refusalForText(const QString &text);

Q_SIGNALS:
    //! An incoming message arrived (not from history); `row` is its row in messages().
    void messageReceived(int row);
    //! unreadCount() or latestUnread() changed.
    void unreadChanged(int count);
    //! A new conversation started (the rows were cleared) or the conversation was forgotten.
    void conversationChanged();
    //! What may be sent changed (call, conference type, sign-in).
    void sendabilityChanged();
    //! Every answer of a refreshHistory() is in (whatever it said).
    void historyLoaded();
    //! A verb ended in anything but a reply.
    void failed(const RequestOutcome &outcome);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    quint64 send(bool group, const QString &peerId, const QString &text, Done done);
    void finishSend(quint64 serial, const RequestOutcome &outcome, const Done &done);
    quint64 refuse(const QString &method, const QString &why, Done done);
    void onCallChanged();
    void startConversation(const QString &id);
    void onIncoming(const RoomMessage &event, bool group);
    void onSentEvent(const RoomMessage &event, bool group);
    void onHistoryList(const RequestOutcome &outcome, quint64 generation);
    void onHistoryMessages(const QString &chatId, bool group, const RequestOutcome &outcome);
    //! Adds `message` (bounded) unless a copy is shown; trims to kMaxMessages. Returns the
    //! row, or -1 when it was not added.
    int add(ChatMessage message);
    int findDuplicate(const ChatMessage &message) const;
    QString nameOf(const QString &peerId, const QString &given) const;
    //! count 0 forgets every unread message.
    void setUnread(int count, const QString &latest);
    void recountUnread();
    void publishNotice();
    void historyAnswered();

    ChatMessageModel *m_model = nullptr;
    QPointer<CallSession> m_call;
    QString m_conversationId;
    QDateTime m_conversationStart;
    quint64 m_nextSerial = 1;
    //! Bumps with each conversation: late history replies of an older one are dropped.
    quint64 m_generation = 0;
    bool m_historyOwed = false;
    int m_historyPending = 0; //!< history requests of this generation not answered yet
    int m_unread = 0;
    QSet<quint64> m_unreadSerials; //!< the incoming messages not read yet
    QString m_latestUnread;
};
