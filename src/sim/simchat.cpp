// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simchat.h"

#include "simaddressbook.h"
#include "simcalls.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

SimChat::SimChat(SimHost &host, SimCalls &calls)
    : m_host(host)
    , m_calls(calls)
{ }

SimCommandTable SimChat::commands()
{
    return {
        { u"sendMessage"_s,
          [this](const QJsonObject &r) {
              return sendMessage(r);
          } },
        { u"sendGroupMessage"_s,
          [this](const QJsonObject &r) {
              return sendGroupMessage(r);
          } },
        { u"getListOfChats"_s,
          [this](const QJsonObject &) {
              return listOfChats();
          } },
        { u"getChatLastMessages"_s,
          [this](const QJsonObject &r) {
              return lastMessages(r);
          } },
        { u"chatClear"_s,
          [this](const QJsonObject &r) {
              return clear(r);
          } },
    };
}

bool SimChat::validText(const QString &message)
{
    return !message.trimmed().isEmpty() && message.size() <= kMaxMessageLength;
}

SimOutcome SimChat::sendMessage(const QJsonObject &request)
{
    if (m_host.appState() < 3)
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    const QString message = request.value(u"message"_s).toString();
    if (!SimRoster::isUserId(peerId) || !validText(message))
        return SimOutcome::fail(SimError::invalidParameters());
    const QString callId = m_calls.roster().callIdOf(peerId);
    record(callId, m_host.addressBook().displayNameFor(callId), 0, m_host.ownPeerId(),
           m_host.ownPeerDn(), message, true, QDateTime::currentSecsSinceEpoch());
    m_host.emitEvent(u"chatMessageSent"_s, { { u"peerId"_s, callId }, { u"message"_s, message } });
    return SimOutcome::ok();
}

SimOutcome SimChat::sendGroupMessage(const QJsonObject &request)
{
    if (!m_calls.isGroup())
        return SimOutcome::fail(SimError::invalidState());
    const QString message = request.value(u"message"_s).toString();
    if (!validText(message))
        return SimOutcome::fail(SimError::invalidParameters());
    const SimConference *conf = m_calls.conference();
    record(m_calls.conferenceId(), conf ? conf->title : QString(), 1, m_host.ownPeerId(),
           m_host.ownPeerDn(), message, true, QDateTime::currentSecsSinceEpoch());
    m_host.emitEvent(u"groupChatMessageSent"_s, { { u"message"_s, message } });
    return SimOutcome::ok();
}

SimOutcome SimChat::listOfChats() const
{
    QJsonArray list;
    for (const QString &id : m_order) {
        const Chat &chat = m_chats[id];
        list.append(QJsonObject {
            { u"id"_s, id },
            { u"title"_s, chat.title },
            { u"type"_s, chat.type },
            { u"count"_s, int(chat.messages.size()) },
            { u"lastTime"_s,
              chat.messages.isEmpty() ? QJsonValue(0) : chat.messages.last().value(u"time"_s) },
        });
    }
    return SimOutcome::ok({ { u"list"_s, list } });
}

SimOutcome SimChat::lastMessages(const QJsonObject &request) const
{
    const int begin = request.value(u"beginNumber"_s).toInt(-1);
    const int count = request.value(u"count"_s).toInt(-1);
    if (begin < 0 || count < 0)
        return SimOutcome::fail(SimError::invalidParameters());
    const QList<QJsonObject> all = m_chats.value(request.value(u"id"_s).toString()).messages;
    // Numbered from the newest: [begin, begin + count) back in time, answered oldest first.
    const qsizetype end = qMax<qsizetype>(0, all.size() - begin);
    const qsizetype start = qMax<qsizetype>(0, end - count);
    QJsonArray messages;
    for (qsizetype i = start; i < end; ++i)
        messages.append(all.at(i));
    return SimOutcome::ok({ { u"messages"_s, messages } });
}

SimOutcome SimChat::clear(const QJsonObject &request)
{
    const QString id = request.value(u"id"_s).toString();
    if (!m_chats.contains(id))
        return SimOutcome::fail(SimError::invalidParameters());
    m_chats[id].messages.clear();
    m_host.emitEvent(u"cmdChatClear"_s, { { u"id"_s, id } });
    return SimOutcome::ok();
}

void SimChat::record(const QString &chatId, const QString &title, int type, const QString &peerId,
                     const QString &peerDn, const QString &message, bool outgoing, qint64 time)
{
    if (chatId.isEmpty())
        return;
    Chat &chat = m_chats[chatId];
    chat.title = title;
    chat.type = type;
    chat.messages.append({ { u"peerId"_s, peerId },
                           { u"peerDn"_s, peerDn },
                           { u"message"_s, message },
                           { u"time"_s, time },
                           { u"outgoing"_s, outgoing } });
    if (chat.messages.size() > kMaxPerChat)
        chat.messages.removeFirst();
    m_order.removeAll(chatId);
    m_order.append(chatId);
}

QJsonArray SimChat::history(const QString &id) const
{
    QJsonArray out;
    for (const QJsonObject &m : m_chats.value(id).messages)
        out.append(m);
    return out;
}

QStringList SimChat::chatIds() const
{
    return m_order;
}

bool SimChat::incoming(const QString &peerId, const QString &message, const QString &peerDn)
{
    if (m_host.appState() < 3 || !SimRoster::isUserId(peerId))
        return false;
    const QString callId = m_calls.roster().callIdOf(peerId);
    const QString name = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    record(callId, name, 0, callId, name, message, false, now);
    m_host.emitEvent(u"incomingChatMessage"_s,
                     { { u"peerId"_s, callId },
                       { u"peerDn"_s, name },
                       { u"message"_s, message },
                       { u"time"_s, now },
                       { u"chatId"_s, callId } });
    return true;
}

bool SimChat::incomingGroup(const QString &peerId, const QString &message, const QString &peerDn)
{
    if (!m_calls.isGroup() || !SimRoster::isUserId(peerId))
        return false;
    const QString callId = m_calls.roster().callIdOf(peerId);
    const QString confId = m_calls.conferenceId();
    const QString name = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const SimConference *conf = m_calls.conference();
    record(confId, conf ? conf->title : QString(), 1, callId, name, message, false, now);
    m_host.emitEvent(u"incomingGroupChatMessage"_s,
                     { { u"peerId"_s, callId },
                       { u"peerDn"_s, name },
                       { u"message"_s, message },
                       { u"time"_s, now },
                       { u"confId"_s, confId },
                       { u"chatId"_s, confId } });
    return true;
}
