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
    };
}

SimOutcome SimChat::sendMessage(const QJsonObject &request)
{
    if (m_host.appState() < 3)
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    if (!SimRoster::isUserId(peerId))
        return SimOutcome::fail(SimError::invalidParameters());
    m_host.emitEvent(u"chatMessageSent"_s,
                     { { u"peerId"_s, m_calls.roster().callIdOf(peerId) },
                       { u"message"_s, request.value(u"message"_s).toString() } });
    return SimOutcome::ok();
}

SimOutcome SimChat::sendGroupMessage(const QJsonObject &request)
{
    if (!m_calls.isGroup())
        return SimOutcome::fail(SimError::invalidState());
    m_host.emitEvent(u"groupChatMessageSent"_s,
                     { { u"message"_s, request.value(u"message"_s).toString() } });
    return SimOutcome::ok();
}

bool SimChat::incoming(const QString &peerId, const QString &message, const QString &peerDn)
{
    if (m_host.appState() < 3 || !SimRoster::isUserId(peerId))
        return false;
    const QString callId = m_calls.roster().callIdOf(peerId);
    m_host.emitEvent(
        u"incomingChatMessage"_s,
        { { u"peerId"_s, callId },
          { u"peerDn"_s, peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn },
          { u"message"_s, message },
          { u"time"_s, QDateTime::currentSecsSinceEpoch() },
          { u"chatId"_s, callId } });
    return true;
}

bool SimChat::incomingGroup(const QString &peerId, const QString &message, const QString &peerDn)
{
    if (!m_calls.isGroup() || !SimRoster::isUserId(peerId))
        return false;
    const QString callId = m_calls.roster().callIdOf(peerId);
    const QString confId = m_calls.conferenceId();
    m_host.emitEvent(
        u"incomingGroupChatMessage"_s,
        { { u"peerId"_s, callId },
          { u"peerDn"_s, peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn },
          { u"message"_s, message },
          { u"time"_s, QDateTime::currentSecsSinceEpoch() },
          { u"confId"_s, confId },
          { u"chatId"_s, confId } });
    return true;
}
