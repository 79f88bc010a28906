// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clichat.h"

#include "cli/cliformat.h"
#include "core/models/callsession.h"
#include "core/models/chatstate.h"
#include "core/protocol/ids.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

CliChat::CliChat(RoomController *controller, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_call(new CallSession(this))
    , m_chat(new ChatState(this))
{
    m_chat->setCallSession(m_call);
}

CliChat::~CliChat()
{
    // The parts go before the session they are attached to.
    delete m_chat;
    delete m_call;
}

QString CliChat::parse(const QStringList &arguments, bool all, CliOptions *options)
{
    const QString usage = tr("chat takes: send ID TEXT | send --all TEXT | list");
    if (arguments.isEmpty())
        return usage;
    const QString verb = arguments.first();
    if (verb == u"list"_s && arguments.size() == 1 && !all) {
        options->chatAction = CliOptions::ChatAction::List;
        return {};
    }
    if (verb != u"send"_s || arguments.size() != (all ? 2 : 3))
        return usage;
    options->chatAction = CliOptions::ChatAction::Send;
    options->all = all;
    if (!all) {
        const QString id = arguments.at(1).trimmed();
        const RoomIds::Kind kind = RoomIds::kindOf(id);
        if (kind != RoomIds::Kind::PeerId && kind != RoomIds::Kind::CallId
            && kind != RoomIds::Kind::InstanceId)
            return tr("chat send: “%1” is not a user's TrueConf ID")
                .arg(CliFormat::terminalSafe(id.left(64)));
        options->peerId = id;
    }
    const QString text = arguments.last();
    const QString why = ChatState::refusalForText(text);
    if (!why.isEmpty())
        return tr("chat send: %1").arg(why);
    options->chatText = text;
    return {};
}

void CliChat::run()
{
    // Attached to a signed-in session, the call part asks for the conference at once when
    // one runs; the chat follows it (and reads the conversation's history).
    connect(m_call, &CallSession::changed, this, &CliChat::onCallSettled);
    m_session->attach(m_call);
    m_session->attach(m_chat);
    onCallSettled();
}

void CliChat::onCallSettled()
{
    RoomController *c = m_session->controller();
    const bool inConference = c && c->appState() == Room::AppState::Conference;
    if (m_started || (inConference && m_call->phase() != CallSession::Phase::InConference))
        return;
    m_started = true;
    if (m_options.chatAction == CliOptions::ChatAction::List)
        list();
    else
        send();
}

void CliChat::send()
{
    const auto done = [this](const RequestOutcome &o) {
        if (!o.ok()) {
            Q_EMIT failed(o);
            return;
        }
        const QString to = m_options.all ? tr("everyone") : m_options.peerId;
        Q_EMIT succeeded(tr("Message sent to %1.").arg(CliFormat::terminalSafe(to)),
                         { { u"ok"_s, true },
                           { u"method"_s, o.method },
                           { u"to"_s, m_options.all ? u"*"_s : m_options.peerId } });
    };
    if (m_options.all)
        m_chat->sendGroupMessage(m_options.chatText, done);
    else
        m_chat->sendMessage(m_options.peerId, m_options.chatText, done);
}

void CliChat::list()
{
    const auto print = [this] {
        QJsonArray messages;
        QList<QStringList> rows;
        for (const ChatMessage &m : m_chat->messages()->messages()) {
            const QString time = m.time.toLocalTime().toString(u"HH:mm:ss"_s);
            QString from = m.isOwn() ? tr("(this room)") : m.name;
            QString to = m.group ? tr("everyone") : (m.isOwn() ? m.name : tr("this room"));
            rows.append({ time, CliFormat::terminalSafe(from), CliFormat::terminalSafe(to),
                          CliFormat::terminalSafe(m.text) });
            messages.append(QJsonObject { { u"time"_s, m.time.toSecsSinceEpoch() },
                                          { u"own"_s, m.isOwn() },
                                          { u"group"_s, m.group },
                                          { u"peerId"_s, m.peerId },
                                          { u"name"_s, m.name },
                                          { u"message"_s, m.text } });
        }
        const QString human = rows.isEmpty()
            ? tr("No chat messages in this call.")
            : CliFormat::table({ tr("TIME"), tr("FROM"), tr("TO"), tr("MESSAGE") }, rows).trimmed();
        Q_EMIT succeeded(human, { { u"messages"_s, messages } });
    };
    if (m_chat->conversationId().isEmpty()) {
        Q_EMIT succeeded(tr("No call in progress: no chat to list."),
                         { { u"messages"_s, QJsonArray() } });
        return;
    }
    connect(m_chat, &ChatState::historyLoaded, this, print, Qt::SingleShotConnection);
}
