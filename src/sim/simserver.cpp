// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simserver.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"
#include "simrules.h"

#include <QTimer>

using namespace Qt::StringLiterals;

QList<SimServer::Account> SimServer::defaultAccounts()
{
    return { { u"room101"_s, u"room101"_s, u"Room 101"_s },
             { u"room102"_s, u"room102"_s, u"Room 102"_s } };
}

SimServer::SimServer(SimHost &host, const Options &options, const QString &peerId,
                     const QString &peerDn, bool loggedIn, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_options(options)
    , m_peerId(peerId)
    , m_peerDn(peerDn)
    , m_remembered(loggedIn)
{
    m_server = RoomIds::parse(peerId).server;
    if (m_server.isEmpty())
        m_server = u"sim.trueconf.local"_s;
    m_domain = m_server;
}

SimServer::~SimServer() = default;

SimCommandTable SimServer::commands()
{
    return {
        { u"connectToServer"_s,
          [this](const QJsonObject &r) {
              return connectToServer(r);
          } },
        { u"connectToService"_s,
          [this](const QJsonObject &r) {
              return connectToService(r);
          } },
        { u"login"_s,
          [this](const QJsonObject &r) {
              return login(r);
          } },
        { u"logout"_s,
          [this](const QJsonObject &r) {
              return logout(r);
          } },
        { u"getConnected"_s,
          [this](const QJsonObject &r) {
              return getConnected(r);
          } },
        { u"getLogin"_s,
          [this](const QJsonObject &r) {
              return getLogin(r);
          } },
    };
}

QString SimServer::peerId() const
{
    return m_host.appState() >= 3 ? m_peerId : QString();
}

QString SimServer::peerDn() const
{
    return m_host.appState() >= 3 ? m_peerDn : QString();
}

void SimServer::later(void (SimServer::*step)())
{
    const quint64 generation = ++m_generation;
    QTimer::singleShot(qMax(0, m_options.delayMs), this, [this, generation, step] {
        if (generation == m_generation)
            (this->*step)();
    });
}

QJsonObject SimServer::serverFields(bool withDomain) const
{
    QJsonObject o { { u"service"_s, m_service }, { u"server"_s, m_server }, { u"port"_s, m_port } };
    if (withDomain)
        o.insert(u"domain"_s, m_domain);
    return o;
}

bool SimServer::autologin() const
{
    return m_remembered && m_host.setting(u"enableAutologin"_s).toBool();
}

void SimServer::startConnect(const QString &server, int port, bool service, const QString &domain)
{
    if (m_host.appState() >= 2) {
        m_host.dropCalls(true);
        m_host.emitEvent(u"serverDisconnected"_s, serverFields(false));
    }
    m_server = server;
    m_port = port;
    m_service = service;
    m_domain = domain;
    m_pendingReachable = SimRules::serverReachable(server);
    m_host.changeAppState(1);
    later(&SimServer::finishConnect);
}

SimOutcome SimServer::connectToServer(const QJsonObject &request)
{
    const QString server = request.value(u"server"_s).toString().trimmed();
    const int port = request.value(u"port"_s).toInt(4307);
    if (server.isEmpty() || port <= 0 || port > 65535)
        return SimOutcome::fail(SimError::invalidParameters());
    startConnect(server, port, false, server);
    return SimOutcome::ok();
}

SimOutcome SimServer::connectToService(const QJsonObject &request)
{
    const QString domain = request.value(u"domain"_s).toString(u"trueconf.com"_s);
    startConnect(u"trueconf.com"_s, 4307, true, domain.isEmpty() ? u"trueconf.com"_s : domain);
    return SimOutcome::ok();
}

void SimServer::finishConnect()
{
    if (m_host.appState() != 1)
        return;
    if (!m_pendingReachable) {
        m_host.emitEvent(u"serverDisconnected"_s, serverFields(false));
        m_host.changeAppState(0);
        return;
    }
    m_host.emitEvent(u"serverConnected"_s, serverFields(true));
    if (autologin())
        loggedIn(m_peerId, m_peerDn);
    else
        m_host.changeAppState(2);
}

void SimServer::loggedIn(const QString &peerId, const QString &peerDn)
{
    m_peerId = peerId;
    m_peerDn = peerDn;
    m_remembered = true;
    m_host.emitEvent(u"login"_s,
                     { { u"result"_s, 0 }, { u"peerId"_s, peerId }, { u"peerDn"_s, peerDn } });
    m_host.changeAppState(3);
    m_host.emitEvent(u"abReceivedAfterLogin"_s, { { u"abook"_s, m_host.addressBook().toJson() } });
}

SimOutcome SimServer::login(const QJsonObject &request)
{
    if (m_host.appState() == 3) {
        // Accepted, and the outcome says why nothing happened (§9.4 result 1).
        m_host.emitEvent(
            u"login"_s,
            { { u"result"_s, 1 }, { u"peerId"_s, m_peerId }, { u"peerDn"_s, m_peerDn } });
        return SimOutcome::ok();
    }
    if (m_host.appState() != 2)
        return SimOutcome::fail(SimError::invalidState());
    m_pendingLogin = request.value(u"login"_s).toString().trimmed();
    m_pendingPassword = request.value(u"password"_s).toString();
    later(&SimServer::finishLogin);
    return SimOutcome::ok();
}

void SimServer::finishLogin()
{
    if (m_host.appState() != 2)
        return;
    const RoomIds::Parsed id = RoomIds::parse(m_pendingLogin);
    const QString user = id.user.isEmpty() ? m_pendingLogin : id.user;
    const QString peerId = user + u'@' + (id.server.isEmpty() ? m_domain : id.server);

    int result = -1;
    QString displayName;
    for (const Account &a : std::as_const(m_options.accounts)) {
        if (a.login.compare(user, Qt::CaseInsensitive) == 0) {
            result = a.password == m_pendingPassword ? 0 : 3;
            displayName = a.displayName;
            break;
        }
    }
    if (result < 0)
        result = SimRules::loginResult(user, m_pendingPassword, m_options.acceptAnyLogin);
    if (displayName.isEmpty())
        displayName = m_host.addressBook().displayNameFor(peerId);
    if (result == 0) {
        loggedIn(peerId, displayName);
        return;
    }
    m_host.emitEvent(
        u"login"_s,
        { { u"result"_s, result }, { u"peerId"_s, peerId }, { u"peerDn"_s, QString() } });
}

SimOutcome SimServer::logout(const QJsonObject &)
{
    ++m_generation;
    m_host.dropCalls(true);
    m_remembered = false; // an operator who logged out does not want autologin back
    m_host.emitEvent(u"logout"_s, { { u"result"_s, true }, { u"cause"_s, 0 } });
    m_host.changeAppState(2);
    return SimOutcome::ok();
}

SimOutcome SimServer::getConnected(const QJsonObject &) const
{
    const int appState = m_host.appState();
    const int state = appState == 0 ? 0 : (appState == 1 ? 1 : 2);
    QJsonObject o { { u"state"_s, state } };
    if (state != 0)
        o.insert(u"serverInfo"_s, serverFields(true));
    return SimOutcome::ok(o);
}

SimOutcome SimServer::getLogin(const QJsonObject &) const
{
    return SimOutcome::ok({ { u"isLoggedIn"_s, m_host.appState() >= 3 },
                            { u"peerId"_s, peerId() },
                            { u"peerDn"_s, peerDn() } });
}

bool SimServer::loseConnection()
{
    ++m_generation;
    if (m_host.appState() == 0)
        return false;
    m_host.dropCalls(true);
    m_host.emitEvent(u"serverDisconnected"_s, serverFields(false));
    m_host.changeAppState(0);
    return true;
}

int SimServer::restartState(int appStateBefore)
{
    ++m_generation;
    if (appStateBefore >= 3 && autologin())
        return 3;
    return appStateBefore >= 2 ? 2 : 0;
}
