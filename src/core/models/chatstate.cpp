// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "chatstate.h"

#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/protocol/ids.h"
#include "core/protocol/jsonnumbers.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"

#include <QJsonArray>
#include <QTimer>

#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

//! Chats of one call read from history at most (a hostile list is not followed further).
constexpr int kMaxHistoryChats = 20;
//! The newest unread message in words, as the room list and the tray show it.
constexpr qsizetype kLatestLength = 160;

//! An id as text: rooms may send ids as strings or numbers.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return RoomText::name(v.toString().trimmed());
    if (v.isDouble())
        return QString::number(JsonNumbers::toInt64(v));
    return {};
}

QString firstString(const QJsonObject &o, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        const QString id = idOf(o.value(name));
        if (!id.isEmpty())
            return id;
    }
    return {};
}

//! A room's Unix time; an absent, odd or far-off value (more than a day away) is now.
QDateTime timeOf(const QJsonValue &v)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 secs = 0;
    if (v.isDouble())
        secs = JsonNumbers::toInt64(v);
    else if (v.isString())
        secs = v.toString().toLongLong();
    if (secs <= 0 || std::llabs(secs - now.toSecsSinceEpoch()) > 24 * 3600)
        return now;
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QString textOf(const QJsonObject &o)
{
    const QJsonValue v = o.contains(u"message"_s) ? o.value(u"message"_s) : o.value(u"text"_s);
    return RoomText::bounded(v.toString(), ChatState::kMaxShownLength);
}

QJsonArray arrayOf(const QJsonObject &reply, std::initializer_list<QString> names)
{
    for (const QString &name : names)
        if (reply.value(name).isArray())
            return reply.value(name).toArray();
    return {};
}

bool samePeer(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0 || RoomIds::sameUser(a, b);
}

bool sameContent(const ChatMessage &a, const ChatMessage &b)
{
    return a.direction == b.direction && a.group == b.group && a.text == b.text
        && (a.group || samePeer(a.peerId, b.peerId));
}

} // namespace

ChatState::ChatState(QObject *parent)
    : QObject(parent)
    , m_model(new ChatMessageModel(this))
{ }

ChatState::~ChatState() = default;

QStringList ChatState::roomEvents() const
{
    return { u"incomingChatMessage"_s, u"incomingGroupChatMessage"_s,
             u"chatMessageSent"_s,     u"groupChatMessageSent"_s,
             u"cmdChatClear"_s,        u"chatRemoved"_s };
}

void ChatState::handleRoomEvent(const RoomMessage &event)
{
    const QString &name = event.event;
    if (name == u"incomingChatMessage"_s || name == u"incomingGroupChatMessage"_s) {
        onIncoming(event, name == u"incomingGroupChatMessage"_s);
    } else if (name == u"chatMessageSent"_s || name == u"groupChatMessageSent"_s) {
        onSentEvent(event, name == u"groupChatMessageSent"_s);
    } else if (name == u"cmdChatClear"_s || name == u"chatRemoved"_s) {
        const QString id = idOf(event.body.value(u"id"_s));
        if (!id.isEmpty())
            m_model->removeChat(id);
        else if (name == u"cmdChatClear"_s)
            m_model->clear();
        recountUnread();
    }
}

void ChatState::resyncAfterSignIn()
{
    m_historyOwed = true;
    Q_EMIT sendabilityChanged();
    // A call running since before the sign-in: its conversation is read back as soon as the
    // call part knows the conference (onCallChanged).
    onCallChanged();
}

void ChatState::forgetRoom()
{
    ++m_generation;
    m_historyPending = 0;
    m_historyOwed = false;
    m_conversationId.clear();
    m_conversationStart = {};
    m_model->clear();
    setUnread(0, {});
    Q_EMIT conversationChanged();
    Q_EMIT sendabilityChanged();
}

void ChatState::appStateChanged(Room::AppState, Room::AppState)
{
    Q_EMIT sendabilityChanged();
}

void ChatState::roleChanged(Room::Role)
{
    Q_EMIT sendabilityChanged();
}

void ChatState::controllerChanged(RoomController *)
{
    if (session() && session()->call())
        setCallSession(session()->call());
    publishNotice();
    Q_EMIT sendabilityChanged();
}

void ChatState::setCallSession(CallSession *call)
{
    if (m_call == call)
        return;
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    if (m_call)
        connect(m_call, &CallSession::changed, this, &ChatState::onCallChanged);
    onCallChanged();
}

// --- sending ------------------------------------------------------------------------------

bool ChatState::inGroupConference() const
{
    return m_call && controller() && controller()->appState() == Room::AppState::Conference
        && m_call->phase() == CallSession::Phase::InConference && m_call->conferenceType() > 0;
}

QString ChatState::callPeerId() const
{
    if (!m_call || m_call->phase() != CallSession::Phase::InConference
        || m_call->conferenceType() != 0)
        return {};
    return m_call->peerId();
}

QString ChatState::sendRefusal(bool group) const
{
    RoomController *c = controller();
    if (!c || !c->isReady())
        return tr("Not signed in to the room");
    const Room::AppState state = c->appState();
    if (state != Room::AppState::Normal && state != Room::AppState::Wait
        && state != Room::AppState::Conference)
        return tr("The room is not logged in to a TrueConf server");
    if (group && !inGroupConference())
        return tr("Messages to everyone can be sent only during a group conference");
    return {};
}

QString ChatState::refusalForText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("The message is empty");
    if (trimmed.size() > kMaxMessageLength)
        return tr("The message is longer than %1 characters").arg(kMaxMessageLength);
    return {};
}

quint64 ChatState::sendMessage(const QString &peerId, const QString &text, Done done)
{
    return send(false, peerId.trimmed(), text, std::move(done));
}

quint64 ChatState::sendGroupMessage(const QString &text, Done done)
{
    return send(true, {}, text, std::move(done));
}

quint64 ChatState::send(bool group, const QString &peerId, const QString &text, Done done)
{
    const QString method = group ? u"sendGroupMessage"_s : u"sendMessage"_s;
    QString why = sendRefusal(group);
    if (why.isEmpty())
        why = refusalForText(text);
    const RoomIds::Kind kind = RoomIds::kindOf(peerId);
    if (why.isEmpty() && !group && kind != RoomIds::Kind::PeerId && kind != RoomIds::Kind::CallId
        && kind != RoomIds::Kind::InstanceId)
        why = tr("Choose who gets the message");
    if (!why.isEmpty())
        return refuse(method, why, std::move(done));

    const QString trimmed = text.trimmed();
    ChatMessage m;
    m.serial = m_nextSerial++;
    m.direction = ChatMessage::Direction::Outgoing;
    m.group = group;
    m.delivery = ChatMessage::Delivery::Sending;
    m.chatId = group ? m_call->conferenceId() : RoomIds::stripInstance(peerId);
    m.peerId = group ? QString() : RoomText::name(peerId);
    m.name = group ? QString() : nameOf(peerId, {});
    m.text = RoomText::bounded(trimmed, kMaxShownLength);
    m.time = QDateTime::currentDateTimeUtc();
    const quint64 serial = m.serial;
    add(m);
    QJsonObject params { { u"message"_s, trimmed } };
    if (!group)
        params.insert(u"peerId"_s, peerId);
    const quint64 handle = controller()->sendRequest(
        method, params, this,
        [this, serial, done](const RequestOutcome &o) { finishSend(serial, o, done); });
    const int row = m_model->rowOfSerial(serial);
    if (row >= 0) {
        ChatMessage copy = m_model->message(row);
        copy.request = handle;
        m_model->update(row, copy);
    }
    return handle;
}

void ChatState::finishSend(quint64 serial, const RequestOutcome &outcome, const Done &done)
{
    const int row = m_model->rowOfSerial(serial);
    if (row >= 0) {
        ChatMessage m = m_model->message(row);
        // The room's *Sent event already said it went: only a refusal makes it a failure,
        // not a reply lost on the way.
        const bool went
            = outcome.ok() || (m.echoed && outcome.status != RequestOutcome::Status::ErrorReply);
        m.delivery = went ? ChatMessage::Delivery::Sent : ChatMessage::Delivery::Failed;
        m.error = went ? QString() : RoomText::bounded(outcome.errorText);
        m_model->update(row, m);
    }
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}

quint64 ChatState::refuse(const QString &method, const QString &why, Done done)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    // From the event loop: a callback never runs inside the verb that was refused.
    QTimer::singleShot(0, this, [this, o, done] {
        if (done)
            done(o);
        Q_EMIT failed(o);
    });
    return 0;
}

// --- what the room says -------------------------------------------------------------------

void ChatState::onIncoming(const RoomMessage &event, bool group)
{
    const QJsonObject &b = event.body;
    const QString peerId = idOf(b.value(u"peerId"_s));
    const QString text = textOf(b);
    if (peerId.isEmpty() || text.isEmpty())
        return;
    ChatMessage m;
    m.serial = m_nextSerial++;
    m.group = group;
    m.peerId = peerId;
    m.name = nameOf(peerId, b.value(u"peerDn"_s).toString());
    m.text = text;
    m.time = timeOf(b.value(u"time"_s));
    m.chatId = idOf(b.value(u"chatId"_s));
    if (m.chatId.isEmpty())
        m.chatId = group ? idOf(b.value(u"confId"_s)) : RoomIds::stripInstance(peerId);
    const int row = add(m);
    if (row < 0)
        return;
    m_unreadSerials.insert(m.serial);
    setUnread(int(m_unreadSerials.size()),
              RoomText::bounded(tr("%1: %2").arg(m_model->message(row).name, text), kLatestLength));
    Q_EMIT messageReceived(row);
}

void ChatState::onSentEvent(const RoomMessage &event, bool group)
{
    const QJsonObject &b = event.body;
    const QString text = textOf(b);
    const QString peerId = idOf(b.value(u"peerId"_s));
    if (text.isEmpty())
        return;
    // The oldest own message it can be that no event has confirmed yet.
    const QList<ChatMessage> &rows = m_model->messages();
    for (int row = 0; row < rows.size(); ++row) {
        const ChatMessage &m = rows.at(row);
        if (m.isOwn() && !m.echoed && !m.fromHistory && m.group == group && m.text == text
            && (group || samePeer(m.peerId, peerId))) {
            ChatMessage copy = m;
            copy.echoed = true;
            if (copy.delivery == ChatMessage::Delivery::Sending)
                copy.delivery = ChatMessage::Delivery::Sent;
            m_model->update(row, copy);
            return;
        }
    }
    // Sent by another controller of this room.
    ChatMessage m;
    m.serial = m_nextSerial++;
    m.direction = ChatMessage::Direction::Outgoing;
    m.group = group;
    m.delivery = ChatMessage::Delivery::Sent;
    m.echoed = true;
    m.peerId = group ? QString() : peerId;
    m.name = group ? QString() : nameOf(peerId, {});
    m.chatId
        = group ? (m_call ? m_call->conferenceId() : QString()) : RoomIds::stripInstance(peerId);
    m.text = text;
    m.time = QDateTime::currentDateTimeUtc();
    add(m);
}

void ChatState::onCallChanged()
{
    Q_EMIT sendabilityChanged();
    if (!m_call || m_call->phase() != CallSession::Phase::InConference)
        return;
    QString id = m_call->conferenceId();
    if (id.isEmpty())
        id = m_call->peerId();
    if (id.isEmpty())
        return;
    if (id != m_conversationId) {
        startConversation(id);
        m_historyOwed = false;
        refreshHistory();
    } else if (std::exchange(m_historyOwed, false)) {
        refreshHistory();
    }
}

void ChatState::startConversation(const QString &id)
{
    ++m_generation;
    m_historyPending = 0;
    m_conversationId = id;
    m_conversationStart = m_call && m_call->startedAt().isValid() ? m_call->startedAt()
                                                                  : QDateTime::currentDateTimeUtc();
    m_model->clear();
    setUnread(0, {});
    Q_EMIT conversationChanged();
}

// --- history ------------------------------------------------------------------------------

void ChatState::refreshHistory()
{
    if (!controller() || !controller()->isReady() || m_conversationId.isEmpty())
        return;
    const quint64 generation = m_generation;
    ++m_historyPending;
    controller()->sendRequest(
        u"getListOfChats"_s, {}, this,
        [this, generation](const RequestOutcome &o) { onHistoryList(o, generation); });
}

void ChatState::onHistoryList(const RequestOutcome &outcome, quint64 generation)
{
    if (generation != m_generation)
        return;
    // A room without history answers with an error: the conversation is what arrives live.
    if (!outcome.ok() || !controller()) {
        historyAnswered();
        return;
    }
    const QJsonArray list = arrayOf(outcome.reply, { u"list"_s, u"chats"_s });
    const QString peer = callPeerId();
    const qint64 since = m_conversationStart.toSecsSinceEpoch() - kSameMessageSecs;
    int asked = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject chat = v.toObject();
        const QString id = firstString(chat, { u"id"_s, u"chatId"_s });
        if (id.isEmpty())
            continue;
        const bool ofThisCall = id == m_conversationId || (!peer.isEmpty() && samePeer(id, peer));
        const QJsonValue last = chat.value(u"lastTime"_s);
        if (!ofThisCall && last.isDouble() && JsonNumbers::toInt64(last) < since)
            continue;
        const bool group = chat.value(u"type"_s).toInt(id == m_conversationId ? 1 : 0) == 1
            && inGroupConference();
        ++m_historyPending;
        controller()->sendRequest(
            u"getChatLastMessages"_s,
            { { u"id"_s, id }, { u"beginNumber"_s, 0 }, { u"count"_s, kHistoryCount } }, this,
            [this, id, group, generation](const RequestOutcome &o) {
                if (generation != m_generation)
                    return;
                if (o.ok())
                    onHistoryMessages(id, group, o);
                historyAnswered();
            });
        if (++asked >= kMaxHistoryChats)
            break;
    }
    historyAnswered();
}

void ChatState::historyAnswered()
{
    if (m_historyPending > 0 && --m_historyPending == 0)
        Q_EMIT historyLoaded();
}

void ChatState::onHistoryMessages(const QString &chatId, bool group, const RequestOutcome &outcome)
{
    const qint64 since = m_conversationStart.toSecsSinceEpoch() - kSameMessageSecs;
    const QJsonArray list = arrayOf(outcome.reply, { u"messages"_s, u"list"_s });
    int read = 0;
    for (const QJsonValue &v : list) {
        if (++read > kHistoryCount)
            break;
        const QJsonObject o = v.toObject();
        ChatMessage m;
        m.text = textOf(o);
        m.time = timeOf(o.value(u"time"_s));
        if (m.text.isEmpty() || m.time.toSecsSinceEpoch() < since)
            continue;
        const QString sender = firstString(o, { u"peerId"_s, u"from"_s, u"sender"_s });
        const bool own = o.value(u"outgoing"_s).toBool(isOwnId(sender));
        m.serial = m_nextSerial++;
        m.chatId = chatId;
        m.group = group;
        m.fromHistory = true;
        m.historyTime = m.time;
        if (own) {
            m.direction = ChatMessage::Direction::Outgoing;
            m.delivery = ChatMessage::Delivery::Sent;
            m.echoed = true;
            m.peerId = group ? QString() : chatId;
            m.name = group ? QString() : nameOf(chatId, {});
        } else {
            if (sender.isEmpty())
                continue;
            m.peerId = sender;
            m.name = nameOf(sender, o.value(u"peerDn"_s).toString());
        }
        add(m);
    }
}

// --- rows ---------------------------------------------------------------------------------

int ChatState::findDuplicate(const ChatMessage &message) const
{
    const QList<ChatMessage> &rows = m_model->messages();
    // The same history message read again: its exact time.
    for (int row = 0; row < rows.size(); ++row)
        if (rows.at(row).historyTime == message.time && sameContent(rows.at(row), message))
            return row;
    // A message seen arriving that the history now lists: close in time.
    for (int row = 0; row < rows.size(); ++row) {
        const ChatMessage &m = rows.at(row);
        if (!m.historyTime.isValid() && sameContent(m, message)
            && std::llabs(m.time.secsTo(message.time)) <= kSameMessageSecs)
            return row;
    }
    return -1;
}

int ChatState::add(ChatMessage message)
{
    if (message.fromHistory) {
        const int duplicate = findDuplicate(message);
        if (duplicate >= 0) {
            ChatMessage seen = m_model->message(duplicate);
            if (!seen.historyTime.isValid()) {
                seen.historyTime = message.time;
                m_model->update(duplicate, seen);
            }
            return -1;
        }
    }
    const int row = message.fromHistory ? m_model->insert(message) : m_model->append(message);
    const int excess = m_model->rowCount() - kMaxMessages;
    if (excess <= 0)
        return row;
    m_model->remove(0, excess);
    recountUnread();
    return row >= excess ? row - excess : -1;
}

QString ChatState::nameOf(const QString &peerId, const QString &given) const
{
    const QString name = RoomText::name(given.trimmed());
    if (!name.isEmpty())
        return name;
    if (RoomSession *s = session()) {
        if (const ParticipantListModel *p = s->participants()) {
            const int row = p->rowOf(peerId);
            if (row >= 0 && !p->participant(row).peerDn.isEmpty())
                return RoomText::name(p->participant(row).peerDn);
        }
        if (const PeerListModel *book = s->addressBook()) {
            const int row = book->rowOf(peerId);
            if (row >= 0 && !book->contact(row).peerDn.isEmpty())
                return RoomText::name(book->contact(row).peerDn);
        }
    }
    return RoomText::name(peerId);
}

bool ChatState::isOwnId(const QString &peerId) const
{
    return controller() && !peerId.isEmpty() && samePeer(peerId, controller()->trueConfId());
}

// --- unread -------------------------------------------------------------------------------

void ChatState::markRead()
{
    setUnread(0, {});
}

void ChatState::recountUnread()
{
    // Only messages still shown can be unread (a chat cleared, the oldest rows dropped).
    QSet<quint64> shown;
    for (const ChatMessage &m : m_model->messages())
        if (m_unreadSerials.contains(m.serial))
            shown.insert(m.serial);
    m_unreadSerials = shown;
    setUnread(int(shown.size()), shown.isEmpty() ? QString() : m_latestUnread);
}

void ChatState::setUnread(int count, const QString &latest)
{
    if (count == 0)
        m_unreadSerials.clear();
    if (count == m_unread && latest == m_latestUnread)
        return;
    m_unread = count;
    m_latestUnread = latest;
    publishNotice();
    Q_EMIT unreadChanged(count);
}

void ChatState::publishNotice()
{
    if (RoomSession *s = session(); s && s->notices())
        s->notices()->setCount(RoomNotices::Kind::UnreadChat, m_unread, m_latestUnread);
}
