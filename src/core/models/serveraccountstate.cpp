// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "serveraccountstate.h"

#include "core/controller/roomcontroller.h"
#include "core/roomtext.h"

using namespace Qt::StringLiterals;

ServerAccountState::ServerAccountState(QObject *parent)
    : QObject(parent)
{ }

QStringList ServerAccountState::roomEvents() const
{
    return { u"serverConnected"_s, u"serverDisconnected"_s, u"login"_s, u"logout"_s,
             u"appStateChanged"_s };
}

QString ServerAccountState::summary() const
{
    const QString where = m_service ? tr("TrueConf Online")
        : m_server.isEmpty()        ? tr("no server")
                                    : u"%1:%2"_s.arg(RoomText::name(m_server)).arg(m_port);
    return tr("%1 (%2)").arg(where, Room::serverConnectionStateText(m_state));
}

void ServerAccountState::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    controller()->sendRequest(u"getConnected"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok())
            return;
        m_state = o.reply.value(u"state"_s).toInt(0);
        const QJsonObject info = o.reply.value(u"serverInfo"_s).toObject();
        m_server = info.value(u"server"_s).toString();
        m_port = info.value(u"port"_s).toInt(0);
        m_service = info.value(u"service"_s).toBool(false);
        Q_EMIT changed();
    });
    controller()->sendRequest(u"getLogin"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok())
            return;
        // One published model spells it isLoggedin.
        m_loggedIn = o.reply.value(u"isLoggedIn"_s).toBool(o.reply.value(u"isLoggedin"_s).toBool());
        m_peerId = o.reply.value(u"peerId"_s).toString();
        m_peerDn = o.reply.value(u"peerDn"_s).toString();
        Q_EMIT changed();
    });
}

quint64 ServerAccountState::send(const QString &method, const QJsonObject &params, QObject *context,
                                 PendingRequests::Callback callback)
{
    if (!controller())
        return 0;
    if (context && callback)
        return controller()->sendRequest(method, params, context, std::move(callback));
    return controller()->sendRequest(method, params);
}

quint64 ServerAccountState::connectToServer(const QString &server, int port, QObject *context,
                                            PendingRequests::Callback callback)
{
    return send(u"connectToServer"_s, { { u"server"_s, server.trimmed() }, { u"port"_s, port } },
                context, std::move(callback));
}

quint64 ServerAccountState::connectToService(QObject *context, PendingRequests::Callback callback)
{
    return send(u"connectToService"_s, {}, context, std::move(callback));
}

quint64 ServerAccountState::login(const QString &trueConfId, const QString &password,
                                  bool encryptPassword, QObject *context,
                                  PendingRequests::Callback callback)
{
    return send(u"login"_s,
                { { u"login"_s, trueConfId.trimmed() },
                  { u"password"_s, password },
                  { u"encryptPassword"_s, encryptPassword } },
                context, std::move(callback));
}

quint64 ServerAccountState::logout(QObject *context, PendingRequests::Callback callback)
{
    return send(u"logout"_s, {}, context, std::move(callback));
}

void ServerAccountState::onEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    if (name == u"serverConnected"_s) {
        m_state = 2;
        m_server = b.value(u"server"_s).toString(m_server);
        m_port = b.value(u"port"_s).toInt(m_port);
        m_service = b.value(u"service"_s).toBool(m_service);
    } else if (name == u"serverDisconnected"_s) {
        m_state = 0;
        m_loggedIn = false;
    } else if (name == u"login"_s) {
        m_lastLoginResult = b.value(u"result"_s).toInt(-1);
        m_lastLogin = Room::loginResultText(m_lastLoginResult);
        if (m_lastLoginResult == 0) {
            m_loggedIn = true;
            m_peerId = b.value(u"peerId"_s).toString();
            m_peerDn = b.value(u"peerDn"_s).toString();
        }
        Q_EMIT loginFinished(m_lastLoginResult, m_lastLogin);
    } else if (name == u"logout"_s) {
        m_loggedIn = false;
        m_peerId.clear();
        m_peerDn.clear();
    } else if (name == u"appStateChanged"_s) {
        // appState 1 means "connecting to the server": reflect it without a round trip.
        const int s = b.value(u"appState"_s).toInt(-1);
        if (s == 1)
            m_state = 1;
        else if (s == 0)
            m_state = 0;
        else
            return;
    } else {
        return;
    }
    Q_EMIT changed();
}
