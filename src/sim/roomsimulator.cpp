// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsimulator.h"

#include "core/protocol/ids.h"
#include "core/protocol/methodcatalogue.h"
#include "simaddressbook.h"
#include "simauthority.h"
#include "simbranding.h"
#include "simcalls.h"
#include "simchecks.h"
#include "simdevices.h"
#include "simhttpserver.h"
#include "simsettings.h"
#include "simsystem.h"
#include "simtestcard.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcSim, "roomdeck.sim", QtInfoMsg)

constexpr int kChurnTickMs = 100;
constexpr int kPresenceBatch = 100;

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Lifetime and ports

RoomSimulator::RoomSimulator(QObject *parent)
    : RoomSimulator(Options {}, parent)
{ }

RoomSimulator::RoomSimulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_auth(std::make_unique<SimAuthority>(options.pin, options.adminPassword,
                                            options.httpTokenLifetimeSecs))
    , m_settings(std::make_unique<SimSettings>())
    , m_files(std::make_unique<SimFileStore>())
    , m_appState(options.startLoggedIn ? 3 : 0)
{
    QString domain = RoomIds::parse(options.peerId).server;
    if (domain.isEmpty())
        domain = u"sim.trueconf.local"_s;
    m_book = std::make_unique<SimAddressBook>(domain, options.seed);
    m_book->generate(qMax(0, options.peers));
    m_book->addDemoGroups();
    SimHost &host = *this; // the parts see the room only through SimHost
    m_branding = std::make_unique<SimBranding>(host, *m_files);
    m_system = std::make_unique<SimSystem>(host);

    SimServer::Options serverOptions;
    serverOptions.delayMs = options.serverDelayMs;
    serverOptions.accounts = options.accounts;
    serverOptions.acceptAnyLogin = options.acceptAnyLogin;
    m_server = new SimServer(*this, serverOptions, options.peerId, options.peerDn,
                             options.startLoggedIn, this);
    SimCalls::Timing timing;
    timing.serverDelayMs = options.serverDelayMs;
    timing.ringDelayMs = options.ringDelayMs;
    timing.ringTimeoutMs = options.ringTimeoutMs;
    m_calls = new SimCalls(*this, timing, options.conferencePin, this);
    m_devices = new SimDevices(*this, this);
    buildCommands();

    m_churnTimer.setInterval(kChurnTickMs);
    connect(&m_churnTimer, &QTimer::timeout, this, &RoomSimulator::churnTick);
    m_churnRate = qMax(0.0, options.presenceChurnPerSecond);

    m_wsServer = new QWebSocketServer(u"roomdeck-sim"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_wsServer, &QWebSocketServer::newConnection, this,
            &RoomSimulator::onWebSocketConnection);
}

RoomSimulator::~RoomSimulator()
{
    m_destroying = true;
    shutdownAll(false);
    qDeleteAll(std::exchange(m_scenarioTimers, {}));
    // The parts hold a reference to this room: they go before its members do.
    delete std::exchange(m_calls, nullptr);
    delete std::exchange(m_server, nullptr);
    delete std::exchange(m_devices, nullptr);
}

bool RoomSimulator::isRunning() const
{
    return m_running;
}

quint16 RoomSimulator::webPort() const
{
    return m_webServer ? m_webServer->port() : quint16(0);
}

quint16 RoomSimulator::wsPort() const
{
    return m_wsTcpServer && m_wsTcpServer->isListening() ? m_wsTcpServer->serverPort() : quint16(0);
}

quint16 RoomSimulator::httpPort() const
{
    return m_httpServer ? m_httpServer->port() : quint16(0);
}

QString RoomSimulator::urlHost() const
{
    const QHostAddress &a = m_options.address;
    if (a == QHostAddress::AnyIPv6 || a == QHostAddress::LocalHostIPv6)
        return u"::1"_s;
    if (a.isNull() || a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a.isLoopback())
        return u"127.0.0.1"_s;
    return a.toString();
}

QUrl RoomSimulator::configUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(urlHost());
    url.setPort(webPort());
    url.setPath(u"/public/"_s + m_options.instance + u"/config.json"_s);
    return url;
}

QUrl RoomSimulator::wsUrl() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(urlHost());
    url.setPort(wsPort());
    return url;
}

QUrl RoomSimulator::httpUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(urlHost());
    url.setPort(httpPort());
    return url;
}

QTcpServer *RoomSimulator::listenTcp(quint16 port, bool fallback, QString *error)
{
    // A busy default port makes the real room move to the nearest free one (§2.1).
    const int last = (fallback && port != 0) ? qMin(65535, int(port) + 100) : int(port);
    QString firstError;
    for (int p = port; p <= last; ++p) {
        auto *tcp = new QTcpServer(this);
        if (tcp->listen(m_options.address, quint16(p)))
            return tcp;
        if (firstError.isEmpty())
            firstError = tcp->errorString();
        delete tcp;
    }
    if (error)
        *error = firstError;
    return nullptr;
}

void RoomSimulator::adoptWebSocketServer(QTcpServer *tcp)
{
    m_wsTcpServer = tcp;
    connect(tcp, &QTcpServer::newConnection, this, [this, tcp] { onTcpConnection(tcp); });
}

bool RoomSimulator::bindPorts(quint16 webPort, quint16 wsPort, bool wsFallback, quint16 httpPort,
                              bool httpFallback, QString *error)
{
    QString why;
    const auto fail = [&](const QString &text) {
        closePorts();
        if (error)
            *error = text;
        return false;
    };

    m_webServer = new SimHttpServer(
        [this](const QHttpServerRequest &request) { return serveWeb(request); }, this);
    if (!m_webServer->listenOn(m_options.address, webPort, &why))
        return fail(tr("cannot bind the web port %1 on %2: %3")
                        .arg(webPort)
                        .arg(m_options.address.toString(), why));

    m_httpServer = new SimHttpServer(
        [this](const QHttpServerRequest &request) { return serveHttp(request); }, this);
    bool httpBound = false;
    const int httpLast
        = (httpFallback && httpPort != 0) ? qMin(65535, int(httpPort) + 100) : int(httpPort);
    QString httpWhy;
    for (int p = httpPort; p <= httpLast && !httpBound; ++p) {
        httpBound = m_httpServer->listenOn(m_options.address, quint16(p), &why);
        if (httpWhy.isEmpty())
            httpWhy = why;
    }
    if (!httpBound)
        return fail(tr("cannot bind the HTTP port %1 on %2: %3")
                        .arg(httpPort)
                        .arg(m_options.address.toString(), httpWhy));

    QTcpServer *tcp = listenTcp(wsPort, wsFallback, &why);
    if (!tcp)
        return fail(tr("cannot bind the WebSocket port %1 on %2: %3")
                        .arg(wsPort)
                        .arg(m_options.address.toString(), why));
    adoptWebSocketServer(tcp);
    return true;
}

bool RoomSimulator::start(QString *error)
{
    if (m_running)
        return true;
    if (!bindPorts(m_options.webPort, m_options.wsPort, m_options.wsPortFallback,
                   m_options.httpPort, m_options.httpPortFallback, error))
        return false;
    m_running = true;
    qCDebug(lcSim) << "started: web" << webPort() << "ws" << wsPort() << "http" << httpPort();
    if (m_churnRate > 0)
        m_churnTimer.start();
    if (m_scenarioPending)
        startScenarioClock();
    Q_EMIT portsChanged();
    return true;
}

void RoomSimulator::stop()
{
    shutdownAll(!m_destroying);
}

void RoomSimulator::closePorts()
{
    // close() releases a port at once; the objects go on the next event-loop turn (or with
    // us) so that a frame being flushed is not cut off mid-write.
    if (m_wsTcpServer) {
        m_wsTcpServer->close();
        m_wsTcpServer->deleteLater();
        m_wsTcpServer = nullptr;
    }
    for (QPointer<SimHttpServer> *server : { &m_webServer, &m_httpServer }) {
        if (*server) {
            (*server)->closeListener();
            (*server)->deleteLater();
            *server = nullptr;
        }
    }
}

void RoomSimulator::shutdownAll(bool emitSignals)
{
    const bool hadPorts = m_running || m_wsTcpServer || m_webServer || m_httpServer;
    if (emitSignals) {
        closeAllClients();
    } else {
        const QList<QWebSocket *> sockets = m_clients.keys();
        m_clients.clear();
        for (QWebSocket *ws : sockets) {
            disconnect(ws, nullptr, this, nullptr);
            ws->close(QWebSocketProtocol::CloseCodeGoingAway);
            ws->deleteLater();
        }
    }
    // Connections still in their handshake (or frozen before it) go too.
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets))
        if (tcp)
            tcp->close();
    m_tcpSockets.clear();
    m_deferred.clear();
    m_queued.clear();
    m_churnTimer.stop();
    for (QTimer *timer : std::as_const(m_scenarioTimers))
        timer->stop();
    if (m_devices)
        m_devices->halt();

    closePorts();
    m_running = false;
    m_rebooting = false;
    if (emitSignals && hadPorts)
        Q_EMIT portsChanged();
}

bool RoomSimulator::restartWebSocket(quint16 newWsPort, QString *error)
{
    if (!m_running) {
        if (error)
            *error = tr("the simulator is not running");
        return false;
    }
    closeAllClients();
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets))
        if (tcp)
            tcp->close();
    m_tcpSockets.clear();

    QPointer<QTcpServer> old = m_wsTcpServer;
    // For "any port" the new server is bound while the old one still holds its port, so the
    // system cannot hand the same port out again. Re-binding the very same port needs the
    // old listener gone first.
    if (old && newWsPort != 0 && old->serverPort() == newWsPort)
        old->close();
    QString why;
    QTcpServer *fresh = listenTcp(newWsPort, false, &why);
    if (!fresh) {
        if (error)
            *error = tr("cannot bind the WebSocket port %1: %2").arg(newWsPort).arg(why);
        if (old) {
            old->close();
            old->deleteLater();
        }
        m_wsTcpServer = nullptr;
        Q_EMIT portsChanged();
        return false;
    }
    if (old) {
        old->close();
        old->deleteLater();
    }
    adoptWebSocketServer(fresh);
    qCDebug(lcSim) << "WebSocket restarted on port" << wsPort();
    Q_EMIT portsChanged();
    return true;
}

bool RoomSimulator::reboot()
{
    if (!m_running || m_options.rebootDelayMs <= 0)
        return false;
    // The computer goes down: every connection and every port, and the application's state
    // with its tokens (they last "until the app closes", §3.4).
    const int before = m_appState;
    const quint16 web = webPort();
    const quint16 ws = wsPort();
    const quint16 http = httpPort();
    shutdownAll(true);
    m_rebooting = true;
    m_calls->reset();
    m_server->cancelPending();
    m_auth->clearTokens();
    qCInfo(lcSim) << "rebooting for" << m_options.rebootDelayMs << "ms";
    QTimer::singleShot(m_options.rebootDelayMs, this,
                       [this, before, web, ws, http] { comeBack(before, web, ws, http, 25); });
    return true;
}

void RoomSimulator::comeBack(int before, quint16 web, quint16 ws, quint16 http, int attemptsLeft)
{
    if (!m_rebooting)
        return; // stopped meanwhile
    QString why;
    // A new WebSocket port must differ from the old one: bind any port while a placeholder
    // holds the old one.
    std::unique_ptr<QTcpServer> placeholder;
    if (m_options.rebootNewPort) {
        placeholder = std::make_unique<QTcpServer>();
        placeholder->listen(m_options.address, ws);
    }
    if (!bindPorts(web, m_options.rebootNewPort ? quint16(0) : ws, false, http, false, &why)) {
        // While the room was down another program (often a client's outgoing connection on
        // an ephemeral port) may hold one of its ports for a moment: try again shortly.
        if (attemptsLeft > 0) {
            QTimer::singleShot(200, this, [this, before, web, ws, http, attemptsLeft] {
                comeBack(before, web, ws, http, attemptsLeft - 1);
            });
            return;
        }
        m_rebooting = false;
        qCWarning(lcSim) << "the room did not come back after the reboot:" << why;
        return;
    }
    m_rebooting = false;
    m_appState = m_server->restartState(before);
    m_running = true;
    if (m_churnRate > 0)
        m_churnTimer.start();
    qCInfo(lcSim) << "back after the reboot: web" << webPort() << "ws" << wsPort();
    Q_EMIT portsChanged();
    Q_EMIT rebooted();
}

// ---------------------------------------------------------------------------------------------
// Connections

void RoomSimulator::onTcpConnection(QTcpServer *server)
{
    m_tcpSockets.removeIf([](const QPointer<QTcpSocket> &p) { return p.isNull(); });
    while (server->hasPendingConnections()) {
        QTcpSocket *tcp = server->nextPendingConnection();
        if (m_refuseConnections) {
            tcp->close();
            tcp->deleteLater();
            continue;
        }
        m_tcpSockets.append(tcp);
        // A frozen room does not even answer the opening handshake.
        if (m_frozen)
            tcp->blockSignals(true);
        m_wsServer->handleConnection(tcp);
    }
}

void RoomSimulator::onWebSocketConnection()
{
    while (m_wsServer->hasPendingConnections()) {
        QWebSocket *ws = m_wsServer->nextPendingConnection();
        if (!ws)
            break;
        ws->setParent(this);
        Client c;
        c.id = m_nextClientId++;
        for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets)) {
            if (tcp && tcp->peerPort() == ws->peerPort() && tcp->peerAddress() == ws->peerAddress())
                c.tcp = tcp;
        }
        m_clients.insert(ws, c);
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, ws](const QString &text) { handleFrame(ws, text.toUtf8(), false); });
        connect(ws, &QWebSocket::binaryMessageReceived, this,
                [this, ws](const QByteArray &data) { handleFrame(ws, data, true); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] { onClientDisconnected(ws); });
        qCDebug(lcSim) << "client" << c.id << "connected from port" << ws->peerPort();
        Q_EMIT clientConnected();
    }
}

void RoomSimulator::onClientDisconnected(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    qCDebug(lcSim) << "client" << it->id << "disconnected";
    m_clients.erase(it);
    disconnect(socket, nullptr, this, nullptr);
    socket->deleteLater();
    Q_EMIT clientDisconnected();
}

void RoomSimulator::closeAllClients()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *ws : sockets) {
        disconnect(ws, nullptr, this, nullptr);
        ws->close(QWebSocketProtocol::CloseCodeGoingAway, u"room closed"_s);
        ws->deleteLater();
    }
    for (qsizetype i = 0; i < sockets.size(); ++i)
        Q_EMIT clientDisconnected();
}

void RoomSimulator::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    m_tcpSockets.removeIf([](const QPointer<QTcpSocket> &p) { return p.isNull(); });
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets))
        tcp->blockSignals(frozen);
    if (frozen)
        return;

    // Thawing: what arrived meanwhile is sitting in the sockets' buffers and no new
    // readyRead will come for it, so announce it once more.
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets)) {
        if (tcp->bytesAvailable() > 0) {
            QTcpSocket *raw = tcp.data();
            QMetaObject::invokeMethod(
                raw, [raw] { Q_EMIT raw->readyRead(); }, Qt::QueuedConnection);
        }
    }
    // Peers that hung up while we were frozen: their disconnected() was swallowed too.
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *ws : sockets) {
        const Client c = m_clients.value(ws);
        if (c.tcp && c.tcp->state() == QAbstractSocket::UnconnectedState
            && c.tcp->bytesAvailable() == 0)
            onClientDisconnected(ws);
    }
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &[ws, decoded] : deferred)
        if (ws && m_clients.contains(ws))
            process(ws, decoded);
}

void RoomSimulator::setReplyDelay(const QString &method, int msecs)
{
    if (msecs == 0)
        m_replyDelays.remove(method);
    else
        m_replyDelays.insert(method, msecs);
}

void RoomSimulator::setDropAfterFrames(int frames)
{
    m_dropAfterFrames = qMax(0, frames);
    for (Client &c : m_clients)
        c.framesSent = 0;
}

void RoomSimulator::setRefuseConnections(bool refuse)
{
    m_refuseConnections = refuse;
}

int RoomSimulator::clientCount() const
{
    return int(m_clients.size());
}

int RoomSimulator::authorizedCount(const QString &role) const
{
    Room::Role r = Room::Role::None;
    if (role == u"admin"_s)
        r = Room::Role::Admin;
    else if (role == u"user"_s)
        r = Room::Role::User;
    else
        return 0;
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [r](const Client &c) { return c.role == r; }));
}

RoomSimulator::Client *RoomSimulator::client(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : &it.value();
}

QWebSocket *RoomSimulator::holderOf(Room::Role role, QWebSocket *except) const
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it.key() != except && it->role == role)
            return it.key();
    return nullptr;
}

void RoomSimulator::violation(const QString &text)
{
    if (!m_options.strict)
        return;
    qCInfo(lcSim) << "protocol violation:" << text;
    m_violations.append(text);
}

void RoomSimulator::conventionNote(const QString &text)
{
    if (!m_options.strict)
        return;
    qCInfo(lcSim) << "note:" << text;
    m_notes.append(text);
}

// ---------------------------------------------------------------------------------------------
// Frames out

void RoomSimulator::sendFrame(QWebSocket *socket, const QByteArray &frame)
{
    // A frozen room says nothing at all.
    if (m_frozen || !socket)
        return;
    Client *c = client(socket);
    if (!c)
        return;
    socket->sendTextMessage(QString::fromUtf8(frame));
    if (m_dropAfterFrames > 0 && ++c->framesSent >= m_dropAfterFrames) {
        // A network drop, not a goodbye: no close frame, the TCP connection just dies once
        // this last frame is on its way.
        c->framesSent = 0;
        socket->flush();
        QPointer<QTcpSocket> tcp = c->tcp;
        QPointer<QWebSocket> ws = socket;
        QMetaObject::invokeMethod(
            this,
            [tcp, ws] {
                if (tcp)
                    tcp->abort();
                else if (ws)
                    ws->abort();
            },
            Qt::QueuedConnection);
    }
}

void RoomSimulator::queueFrame(QWebSocket *socket, const QByteArray &frame)
{
    if (m_holdFrames > 0)
        m_queued.append({ QPointer<QWebSocket>(socket), frame });
    else
        sendFrame(socket, frame);
}

void RoomSimulator::queueEvent(const QString &event, const QJsonObject &payload)
{
    // Events reach authorized connections only (§10 m), admin and user alike.
    const QByteArray frame = ProtocolCodec::encodeEvent(event, payload);
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->role != Room::Role::None)
            queueFrame(it.key(), frame);
}

void RoomSimulator::flushQueued()
{
    if (m_holdFrames > 0)
        return;
    const auto queued = std::exchange(m_queued, {});
    for (const auto &[socket, frame] : queued)
        sendFrame(socket, frame);
}

void RoomSimulator::sendEvent(const QString &event, const QJsonObject &payload)
{
    queueEvent(event, payload);
    flushQueued();
}

void RoomSimulator::sendRawFrame(const QByteArray &text)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->role != Room::Role::None)
            queueFrame(it.key(), text);
    flushQueued();
}

void RoomSimulator::demote(QWebSocket *socket, int cause)
{
    Client *c = client(socket);
    if (!c)
        return;
    c->role = Room::Role::None;
    m_auth->revokeHttpTokens(c->id);
    // Sent to this connection even though it is no longer authorized: it is the one event an
    // unauthorized connection gets (§10 m).
    queueFrame(socket,
               ProtocolCodec::encodeEvent(u"authorizationNeeded"_s,
                                          QJsonObject { { u"cause"_s, cause } }));
}

QJsonObject RoomSimulator::appStateFields() const
{
    int extStatus = 0; // offline
    if (m_appState == 3)
        extStatus = 2; // available
    else if (m_appState > 3)
        extStatus = 7; // busy
    // A status the operator chose (setExtStatus) holds while logged in and not in a call.
    if (m_ownExtStatus >= -1 && m_appState == 3)
        extStatus = m_ownExtStatus;
    return {
        { u"appState"_s, m_appState },
        { u"embeddedHttpPort"_s, int(httpPort()) },
        { u"extStatus"_s, extStatus },
        { u"additionalStatus"_s, m_appState >= 3 ? m_ownAdditionalStatus : QString() },
        { u"desktopSharing"_s, QJsonObject { { u"running"_s, false } } },
        { u"broadcastPicture"_s, QJsonObject { { u"running"_s, false } } },
        { u"audioCaptureTest"_s, false },
        { u"recording"_s, false },
    };
}

void RoomSimulator::setAppState(int appState)
{
    appState = qBound(0, appState, 6);
    // A forced state overrides the model: whatever call or connect was running is dropped.
    m_calls->reset();
    m_server->cancelPending();
    changeAppState(appState);
    flushQueued();
}

int RoomSimulator::addFile(const QString &fileName, const QByteArray &data)
{
    return m_files->add(fileName, data);
}

bool RoomSimulator::hasFile(int fileId) const
{
    return m_files->contains(fileId);
}

QJsonValue RoomSimulator::setting(const QString &name) const
{
    return m_settings->value(name);
}

QString RoomSimulator::newHttpToken(QWebSocket *socket, bool unlimited)
{
    const Client *c = client(socket);
    return m_auth->issueHttpToken(c ? c->id : 0, unlimited);
}

// ---------------------------------------------------------------------------------------------
// SimHost

void RoomSimulator::changeAppState(int appState)
{
    if (appState == m_appState)
        return;
    m_appState = appState;
    queueEvent(u"appStateChanged"_s, appStateFields());
}

void RoomSimulator::emitEvent(const QString &event, const QJsonObject &payload)
{
    queueEvent(event, payload);
}

QString RoomSimulator::ownPeerId() const
{
    return m_server->peerId();
}

QString RoomSimulator::ownPeerDn() const
{
    return m_server->peerDn();
}

QString RoomSimulator::serverName() const
{
    return m_book->domain();
}

SimAddressBook &RoomSimulator::addressBook()
{
    return *m_book;
}

int RoomSimulator::selfMic() const
{
    return m_devices->selfMic();
}

int RoomSimulator::selfVideo() const
{
    return m_devices->selfVideo();
}

void RoomSimulator::dropCalls(bool withEvents)
{
    m_calls->drop(withEvents);
}

void RoomSimulator::conferenceEnded()
{
    // changeUserAuthPinAfterConf (§7.6): a new user PIN after every conference; the user
    // connection must authorize again with it (§3.5 cause 7).
    if (!m_settings->value(u"changeUserAuthPinAfterConf"_s).toBool()
        || m_auth->protection(Room::Role::User).type != Room::Protection::Pin)
        return;
    m_auth->setProtection(Room::Role::User, Room::Protection::Pin, SimAuthority::generatePin());
    if (QWebSocket *user = holderOf(Room::Role::User, nullptr))
        demote(user, int(Room::AuthNeededCause::PinRegenerated));
}

// ---------------------------------------------------------------------------------------------
// Frames in

void RoomSimulator::handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary)
{
    if (!m_clients.contains(socket))
        return;
    const QByteArray invalidJson
        = ProtocolCodec::encodeError(QString(), QJsonValue(QString()), SimError::invalidJson());
    if (binary) {
        violation(u"malformed frame: binary frame of %1 bytes"_s.arg(utf8.size()));
        sendFrame(socket, invalidJson);
        return;
    }
    const DecodeResult decoded = m_codec.decodeRequest(utf8);
    switch (decoded.error) {
    case DecodeResult::Error::None:
    case DecodeResult::Error::MissingMethod:
    case DecodeResult::Error::BadFieldType:
        break;
    default:
        // (f): the connection stays open.
        violation(u"malformed frame: "_s + decoded.reason);
        sendFrame(socket, invalidJson);
        return;
    }

    QPointer<QWebSocket> guard(socket);
    if (decoded.ok()) {
        m_receivedMethods.append(decoded.message.method);
        Q_EMIT requestReceived(decoded.message.method, decoded.message.body);
        if (!guard || !m_clients.contains(socket))
            return; // a slot closed it
    }
    const int delay = decoded.ok() ? m_replyDelays.value(decoded.message.method, 0) : 0;
    if (delay < 0)
        return; // swallowed: the client's timeout path
    if (delay > 0) {
        QTimer::singleShot(delay, socket, [this, socket, decoded] {
            if (!m_clients.contains(socket))
                return;
            if (m_frozen)
                m_deferred.append({ QPointer<QWebSocket>(socket), decoded });
            else
                process(socket, decoded);
        });
        return;
    }
    process(socket, decoded);
}

void RoomSimulator::process(QWebSocket *socket, const DecodeResult &decoded)
{
    Client *c = client(socket);
    if (!c)
        return;
    const RoomMessage &m = decoded.message;
    const QJsonValue requestId = m.requestId;
    const QString method = decoded.ok() ? m.method : QString();
    const auto replyError = [&](const QString &error, const QJsonObject &extra = {}) {
        sendFrame(socket, ProtocolCodec::encodeError(method, requestId, error, extra));
    };

    if (m_options.strict && decoded.ok()) {
        if (requestId.isUndefined()) {
            conventionNote(u"request %1 without requestId"_s.arg(method));
        } else {
            const QString key = compactJson(requestId);
            if (c->requestIds.contains(key))
                violation(u"requestId %1 reused by %2"_s.arg(key, method));
            else
                c->requestIds.insert(key);
        }
    }

    // (b) authorization gate
    const bool authorized = c->role != Room::Role::None;
    if (!authorized && method != u"setUsedApiVersion"_s && method != u"auth"_s) {
        violation(method.isEmpty() ? u"request without a method before auth"_s
                                   : u"command %1 before auth"_s.arg(method));
        replyError(SimError::notAuthorized());
        return;
    }
    // (d) unknown method
    const MethodCatalogue &catalogue = MethodCatalogue::instance();
    if (method.isEmpty() || !catalogue.isMethod(method)) {
        violation(method.isEmpty() ? u"request without a string method"_s
                                   : u"unknown method %1"_s.arg(method));
        replyError(SimError::unknownMethod());
        return;
    }
    // (c) access level
    if (c->role == Room::Role::User && catalogue.isAdminOnly(method)) {
        violation(u"admin-only %1 from user connection"_s.arg(method));
        replyError(SimError::accessDenied());
        return;
    }
    // (e) parameters; auth checks its own because its failures carry resultCode 3
    if (method != u"auth"_s) {
        const QString why = SimChecks::parameterProblem(method, m.body);
        if (!why.isEmpty()) {
            violation(u"invalid parameters for %1: %2"_s.arg(method, why));
            replyError(SimError::invalidParameters());
            return;
        }
    }
    // (n) state, then execution
    QElapsedTimer timer;
    timer.start();
    ++m_holdFrames;
    Outcome outcome;
    if (!SimChecks::stateAllows(method, m_appState)) {
        outcome = Outcome::fail(SimError::invalidState());
    } else if (const Handler handler = handlers().value(method)) {
        outcome = (this->*handler)(socket, *c, m.body);
    } else if (const auto command = m_commands.constFind(method); command != m_commands.cend()) {
        outcome = (*command)(m.body);
    } else {
        // §10 s: catalogue-only, nothing modelled. The reply still carries the catalogue's
        // fields with neutral values, so clients that check reply shapes (TrueConf's Python
        // client does) see what they expect.
        outcome = Outcome::ok(SimChecks::neutralReply(method));
    }
    if (outcome.isOk()) {
        sendFrame(socket, ProtocolCodec::encodeReply(method, requestId, true, outcome.fields));
    } else {
        if (outcome.error == SimError::invalidParameters()
            || outcome.error == SimError::invalidState())
            violation(
                u"%1 for %2 (appState %3)"_s.arg(outcome.error.toLower(), method).arg(m_appState));
        QJsonObject extra = outcome.fields;
        if (outcome.authFailure)
            extra.insert(u"resultCode"_s, 3);
        replyError(outcome.error, extra);
    }
    // The reply goes out before the events the command caused.
    --m_holdFrames;
    flushQueued();
    if (timer.elapsed() > 20)
        qCDebug(lcSim) << method << "took" << timer.elapsed() << "ms";
}

// ---------------------------------------------------------------------------------------------
// Command tables

const QHash<QString, RoomSimulator::Handler> &RoomSimulator::handlers()
{
    static const QHash<QString, Handler> table = {
        { u"setUsedApiVersion"_s, &RoomSimulator::doSetUsedApiVersion },
        { u"auth"_s, &RoomSimulator::doAuth },
        { u"getTokenForHttpServer"_s, &RoomSimulator::doGetTokenForHttpServer },
        { u"getAuthInfo"_s, &RoomSimulator::doGetAuthInfo },
        { u"setAuthParams"_s, &RoomSimulator::doSetAuthParams },
    };
    return table;
}

void RoomSimulator::buildCommands()
{
    for (const SimCommandTable &part :
         { m_server->commands(), m_calls->commands(), m_devices->commands(), m_branding->commands(),
           m_system->commands(), SimAddressBook::commands(*this) })
        m_commands.insert(part);

    m_commands.insert(u"getAppState"_s,
                      [this](const QJsonObject &) { return Outcome::ok(appStateFields()); });
    m_commands.insert(u"getSettings"_s, [this](const QJsonObject &) {
        return Outcome::ok({ { u"settings"_s, m_settings->toArray() } });
    });
    m_commands.insert(u"setSettings"_s, [this](const QJsonObject &request) {
        const QJsonObject changes = request.value(u"settings"_s).toObject();
        bool stateError = false;
        const QString why = m_settings->validate(changes, &stateError);
        if (!why.isEmpty()) {
            qCDebug(lcSim) << "setSettings refused:" << why;
            return Outcome::fail(stateError ? SimError::invalidState()
                                            : SimError::invalidParameters());
        }
        const auto changed = m_settings->apply(changes);
        for (const auto &[name, value] : changed)
            queueEvent(u"settingsChanged"_s, { { u"name"_s, name }, { u"value"_s, value } });
        return Outcome::ok();
    });
    m_commands.insert(u"setExtStatus"_s, [this](const QJsonObject &request) {
        const int extStatus = request.value(u"extStatus"_s).toInt();
        if (extStatus < -1 || extStatus > 10)
            return Outcome::fail(SimError::invalidParameters());
        m_ownExtStatus = extStatus;
        m_ownAdditionalStatus = request.value(u"additionalStatus"_s).toString();
        queueEvent(u"appStateChanged"_s, appStateFields());
        return Outcome::ok();
    });
    m_commands.insert(u"clearTokens"_s, [this](const QJsonObject &) {
        m_auth->clearTokens();
        return Outcome::ok();
    });
    m_commands.insert(u"fireMyEvent"_s, [this](const QJsonObject &request) {
        // Every authorized connection, the sender included (§10 m).
        queueEvent(u"myEvent"_s, { { u"data"_s, request.value(u"data"_s).toString() } });
        return Outcome::ok();
    });
    m_commands.insert(u"shutdown"_s, [this](const QJsonObject &) {
        // After the reply has been written (§10 h).
        QTimer::singleShot(0, this, [this] {
            stop();
            Q_EMIT shutdownRequested();
        });
        return Outcome::ok();
    });
    const auto goDown = [this](bool restart) {
        return [this, restart](const QJsonObject &) {
            // §10 h: reply, then every socket closes; a reboot may bring the room back.
            QTimer::singleShot(0, this, [this, restart] {
                if (!restart || !reboot())
                    closeAllClients();
            });
            return Outcome::ok();
        };
    };
    m_commands.insert(u"rebootSystem"_s, goDown(true));
    m_commands.insert(u"shutdownSystem"_s, goDown(false));
    m_commands.insert(u"getHttpServerSettings"_s, [this](const QJsonObject &) {
        return Outcome::ok({ { u"settings"_s,
                               QJsonArray { QJsonObject { { u"name"_s, u"port"_s },
                                                          { u"value"_s, int(httpPort()) } } } } });
    });
}

// ---------------------------------------------------------------------------------------------
// Connection-bound commands: version, auth, tokens, protection (room-api.md §3, §4)

RoomSimulator::Outcome RoomSimulator::doSetUsedApiVersion(QWebSocket *, Client &,
                                                          const QJsonObject &request)
{
    const QJsonValue version = request.value(u"version"_s);
    if (!version.isString())
        return Outcome::fail(SimError::invalidParameters());
    if (version.toString() != u"1"_s)
        return Outcome::fail(SimError::unsupportedApiVersion());
    return {};
}

RoomSimulator::Outcome RoomSimulator::grant(QWebSocket *socket, Client &client, Room::Role role,
                                            QDeadlineTimer deadline)
{
    // One client per mode (§3.6): the previous holder is displaced.
    if (QWebSocket *holder = holderOf(role, socket))
        demote(holder, int(Room::AuthNeededCause::Displaced));
    if (client.role != role)
        m_auth->revokeHttpTokens(client.id);
    client.role = role;
    const bool pinProtected = m_auth->protection(role).type == Room::Protection::Pin;
    QJsonObject fields {
        { u"resultCode"_s, 0 },
        { u"previleges"_s, 2 },
        { u"token"_s, m_auth->issueToken(role, deadline) },
        { u"tokenForHttpServer"_s, newHttpToken(socket, pinProtected) },
    };
    qCDebug(lcSim) << "client" << client.id << "authorized as" << Room::roleWireName(role);
    return { {}, fields, false };
}

RoomSimulator::Outcome RoomSimulator::doAuth(QWebSocket *socket, Client &client,
                                             const QJsonObject &request)
{
    const QJsonValue type = request.value(u"type"_s);
    const QJsonValue role = request.value(u"role"_s);
    const QJsonValue credentials = request.value(u"credentials"_s);
    const Outcome failed { SimError::authorizationFailed(), {}, true };
    const auto malformed = [this](const QString &why) {
        violation(u"malformed auth: "_s + why);
        return Outcome { SimError::invalidParameters(), {}, true };
    };

    Room::Role wanted = Room::Role::None;
    if (!role.isUndefined()) {
        if (!role.isString())
            return malformed(u"role is not a string"_s);
        if (role.toString() == u"admin"_s)
            wanted = Room::Role::Admin;
        else if (role.toString() == u"user"_s)
            wanted = Room::Role::User;
        else
            return malformed(u"unknown role"_s);
    }

    if (type.isUndefined()) {
        // Downgrade {"method":"auth","role":"user"}: admin -> user on this connection.
        if (wanted != Room::Role::User)
            return malformed(u"auth without type"_s);
        if (client.role != Room::Role::Admin)
            return failed;
        return grant(socket, client, Room::Role::User,
                     SimAuthority::lifetimeFor(m_auth->protection(Room::Role::User).type));
    }
    if (!type.isString())
        return malformed(u"type is not a string"_s);
    if (wanted == Room::Role::None)
        conventionNote(u"auth without role"_s); // RoomDeck always names the mode it wants

    if (type.toString() == u"unsecured"_s) {
        if (!credentials.isUndefined() && !credentials.isString())
            return malformed(u"credentials is not a string"_s);
        Room::Role granted = Room::Role::None;
        const auto unsecured = [this](Room::Role r) {
            return m_auth->protection(r).type == Room::Protection::Unsecured;
        };
        if (wanted != Room::Role::None)
            granted = unsecured(wanted) ? wanted : Room::Role::None;
        else if (unsecured(Room::Role::Admin))
            granted = Room::Role::Admin;
        else if (unsecured(Room::Role::User))
            granted = Room::Role::User;
        if (granted == Room::Role::None)
            return failed;
        return grant(socket, client, granted,
                     SimAuthority::lifetimeFor(Room::Protection::Unsecured));
    }

    if (type.toString() != u"secured"_s)
        return malformed(u"unknown type "_s + type.toString());
    if (!credentials.isString())
        return malformed(u"secured auth without string credentials"_s);
    const QString secret = credentials.toString();

    // §10 k: admin secret, then user secret, then issued tokens; with a role only that mode.
    const QList<Room::Role> order = wanted != Room::Role::None
        ? QList<Room::Role> { wanted }
        : QList<Room::Role> { Room::Role::Admin, Room::Role::User };
    for (const Room::Role r : order) {
        if (m_auth->matchesSecret(r, secret))
            return grant(socket, client, r, SimAuthority::lifetimeFor(m_auth->protection(r).type));
    }
    const SimAuthority::Token token = m_auth->token(secret);
    if (token.role != Room::Role::None && (wanted == Room::Role::None || wanted == token.role))
        return grant(socket, client, token.role, token.deadline); // inherits the lifetime
    // A named mode that is not protected at all lets anybody in, whatever they typed.
    if (wanted != Room::Role::None
        && m_auth->protection(wanted).type == Room::Protection::Unsecured)
        return grant(socket, client, wanted,
                     SimAuthority::lifetimeFor(Room::Protection::Unsecured));
    return failed;
}

RoomSimulator::Outcome RoomSimulator::doGetTokenForHttpServer(QWebSocket *socket, Client &client,
                                                              const QJsonObject &)
{
    const bool pinProtected = m_auth->protection(client.role).type == Room::Protection::Pin;
    return { {}, { { u"token"_s, newHttpToken(socket, pinProtected) } }, false };
}

RoomSimulator::Outcome RoomSimulator::doGetAuthInfo(QWebSocket *, Client &client,
                                                    const QJsonObject &)
{
    const auto describe = [&](Room::Role r) {
        const SimAuthority::Protection p = m_auth->protection(r);
        QJsonObject o { { u"security"_s, Room::protectionWireName(p.type) } };
        // The PIN itself is shown to an admin connection only (§4.2).
        if (p.type == Room::Protection::Pin && client.role == Room::Role::Admin)
            o.insert(u"pin"_s, p.secret);
        return o;
    };
    return { {},
             { { u"adminAuth"_s, describe(Room::Role::Admin) },
               { u"userAuth"_s, describe(Room::Role::User) } },
             false };
}

RoomSimulator::Outcome RoomSimulator::doSetAuthParams(QWebSocket *socket, Client &client,
                                                      const QJsonObject &request)
{
    const QString userType = request.value(u"userType"_s).toString();
    Room::Role target = Room::Role::None;
    if (userType == u"admin"_s)
        target = Room::Role::Admin;
    else if (userType == u"user"_s)
        target = Room::Role::User;
    else
        return Outcome::fail(SimError::invalidParameters());
    Room::Protection type = Room::Protection::Unsecured;
    if (!Room::protectionFromWireName(request.value(u"authType"_s).toString(), &type))
        return Outcome::fail(SimError::invalidParameters());
    const QJsonValue password = request.value(u"password"_s);
    if (type == Room::Protection::Password
        && (!password.isString() || password.toString().isEmpty()))
        return Outcome::fail(SimError::invalidParameters());
    // §10 q: a user may change user mode only.
    if (client.role == Room::Role::User && target == Room::Role::Admin)
        return Outcome::fail(SimError::accessDenied());
    // §4.2: admin may never be weaker than user.
    if (target == Room::Role::User && type != Room::Protection::Unsecured
        && m_auth->protection(Room::Role::Admin).type == Room::Protection::Unsecured)
        return Outcome::fail(SimError::invalidState());

    const QString secret
        = type == Room::Protection::Pin ? SimAuthority::generatePin() : password.toString();
    m_auth->setProtection(target, type, secret);
    QJsonObject fields;
    if (type == Room::Protection::Pin)
        fields.insert(u"newPin"_s, secret);

    if (target == Room::Role::Admin && type == Room::Protection::Unsecured
        && m_auth->protection(Room::Role::User).type != Room::Protection::Unsecured) {
        m_auth->setProtection(Room::Role::User, Room::Protection::Unsecured, {});
        if (QWebSocket *user = holderOf(Room::Role::User, socket))
            demote(user, int(Room::AuthNeededCause::UserProtectionReset));
    }
    if (target == Room::Role::User && client.role == Room::Role::Admin) {
        if (QWebSocket *user = holderOf(Room::Role::User, socket))
            demote(user, int(Room::AuthNeededCause::UserCredentialsChangedByAdmin));
    }
    if (target == client.role) {
        // The caller's own protection changed: it stays authorized with fresh tokens (§3.4).
        fields.insert(u"token"_s, m_auth->issueToken(target, SimAuthority::lifetimeFor(type)));
        fields.insert(u"tokenForHttpServer"_s, newHttpToken(socket, type == Room::Protection::Pin));
    }
    return { {}, fields, false };
}

// ---------------------------------------------------------------------------------------------
// HTTP

SimHttpResponse RoomSimulator::serveWeb(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get)
        return SimHttpResponse::text(405, "Method not allowed");
    if (path == u"/"_s) {
        SimHttpResponse r;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<!DOCTYPE html><html><head><title>roomdeck-sim</title></head><body>"
                 "<h1>roomdeck-sim</h1><p>A simulated TrueConf Room control panel.</p>"
                 "</body></html>\n";
        return r;
    }
    if (path == u"/public/"_s + m_options.instance + u"/config.json"_s) {
        // Always the ports actually bound (§2.2).
        const QJsonObject config {
            { u"config"_s,
              QJsonObject {
                  { u"websocket"_s,
                    QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                  { u"port"_s, int(wsPort()) } } },
                  { u"http"_s,
                    QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                  { u"port"_s, int(httpPort()) } } },
              } },
        };
        SimHttpResponse r;
        r.contentType = "application/json";
        r.body = QJsonDocument(config).toJson(QJsonDocument::Compact);
        return r;
    }
    return SimHttpResponse::text(404, "Not found");
}

SimHttpResponse RoomSimulator::serveHttp(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool files = path == u"/files/"_s || path == u"/files"_s;
    const bool frames = path == u"/frames/"_s || path == u"/frames"_s;
    if (!files && !frames)
        return SimHttpResponse::text(404, "Not found"); // §10 r
    const QUrlQuery query = request.query();
    bool tokenValid
        = m_auth->isHttpTokenValid(query.queryItemValue(u"token"_s, QUrl::FullyDecoded));
    if (tokenValid && m_httpTokenExpiries > 0) {
        --m_httpTokenExpiries; // setHttpTokenExpiries(): this one ran out on its way
        tokenValid = false;
    }
    if (!tokenValid)
        return SimHttpResponse::text(401, "Unauthorized: missing, unknown or expired token");

    if (files) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return SimHttpResponse::text(405, "Method not allowed");
        // The body is in memory already (QAbstractHttpServer reads it whole); the limit
        // keeps the store small and tells the client clearly what went wrong.
        if (request.body().size() > m_options.maxUploadBytes)
            return SimHttpResponse::text(
                413,
                QByteArray("Payload too large: uploads are limited to ")
                    + QByteArray::number(m_options.maxUploadBytes) + " bytes ("
                    + QByteArray::number(m_options.maxUploadBytes / (1024.0 * 1024.0), 'f', 1)
                    + " MiB)");
        QByteArray data;
        QString fileName;
        if (!SimHttpServer::multipartFile(request, &data, &fileName))
            return SimHttpResponse::text(400, "Bad request: no multipart part named file");
        const int id = addFile(fileName, data);
        qCDebug(lcSim) << "upload" << fileName << data.size() << "bytes -> FileId" << id;
        SimHttpResponse r = SimHttpResponse::text(200, "OK");
        r.headers.append({ "FileId", QByteArray::number(id) });
        return r;
    }

    if (request.method() != QHttpServerRequest::Method::Get)
        return SimHttpResponse::text(405, "Method not allowed");
    if (!query.hasQueryItem(u"peerId"_s))
        return SimHttpResponse::text(400, "Bad request: peerId is missing");
    const QString peerId = query.queryItemValue(u"peerId"_s, QUrl::FullyDecoded);
    int hue = -1; // the room's own camera
    if (peerId != u"#self:0"_s && peerId != u"VideoCaptureSlot"_s) {
        // Participants' feeds are served the same way (§8), each in its own colours.
        if (!m_calls->hasParticipant(peerId))
            return SimHttpResponse::text(404, "Unknown peerId");
        hue = int(qHash(RoomIds::stripInstance(peerId).toLower()) % 360);
    }
    const int quality = m_settings->value(u"bestQualityForHttpServerImages"_s).toBool() ? 95 : 60;
    const QByteArray jpeg = SimTestCard::jpeg(m_frameCounter++, QTime::currentTime(), hue, quality);
    if (jpeg.isEmpty())
        return SimHttpResponse::text(500, "JPEG encoding unavailable");
    SimHttpResponse r;
    r.contentType = "image/jpeg";
    r.body = jpeg;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Control API

QJsonArray RoomSimulator::contacts() const
{
    return m_book->toJson();
}

int RoomSimulator::contactCount() const
{
    return m_book->size();
}

void RoomSimulator::addContacts(int count)
{
    const int before = m_book->size();
    m_book->generate(count);
    QJsonArray added;
    for (int i = before; i < m_book->size(); ++i)
        added.append(m_book->contacts().at(i).toJson());
    if (!added.isEmpty())
        sendEvent(u"contactsAdded"_s, { { u"contacts"_s, added } });
}

bool RoomSimulator::addContact(const QString &peerId, const QString &peerDn)
{
    const QString callId = RoomIds::toCallId(peerId, m_book->domain());
    if (callId.isEmpty() || m_book->contains(callId))
        return false;
    const SimContact c = m_book->makeContact(callId, peerDn);
    m_book->add(c);
    sendEvent(u"contactsAdded"_s, { { u"contacts"_s, QJsonArray { c.toJson() } } });
    return true;
}

bool RoomSimulator::setPresence(const QString &peerId, int status, int extStatus,
                                const QString &additionalStatus)
{
    if (extStatus < -1) {
        // Derive a matching extended status (§9.2 -> §9.3).
        switch (status) {
        case 0:
            extStatus = 0;
            break;
        case 1:
            extStatus = 2;
            break;
        case 2:
            extStatus = 7;
            break;
        case 5:
            extStatus = 10;
            break;
        default:
            extStatus = -1;
        }
    }
    SimContact changed;
    if (!m_book->setPresence(peerId, status, extStatus, additionalStatus, &changed))
        return false;
    if (m_appState >= 3)
        sendEvent(u"usersStatusesChanged"_s,
                  { { u"usersStatuses"_s, QJsonArray { changed.toJson() } } });
    return true;
}

int RoomSimulator::simulatePresenceChanges(int count)
{
    // Presence comes from the server: nothing flows while logged out.
    if (m_appState < 3 || count <= 0)
        return 0;
    const QJsonArray changed
        = m_book->randomPresenceChanges(count, QDateTime::currentSecsSinceEpoch());
    for (qsizetype i = 0; i < changed.size(); i += kPresenceBatch) {
        QJsonArray batch;
        for (qsizetype j = i; j < qMin(changed.size(), i + kPresenceBatch); ++j)
            batch.append(changed.at(j));
        queueEvent(u"usersStatusesChanged"_s, { { u"usersStatuses"_s, batch } });
    }
    flushQueued();
    return int(changed.size());
}

void RoomSimulator::setPresenceChurn(double changesPerSecond)
{
    m_churnRate = qMax(0.0, changesPerSecond);
    m_churnCarry = 0;
    if (m_churnRate > 0 && m_running)
        m_churnTimer.start();
    else
        m_churnTimer.stop();
}

void RoomSimulator::churnTick()
{
    // Ten small batches a second rather than one burst: a steady stream, as from a server.
    m_churnCarry += m_churnRate * kChurnTickMs / 1000.0;
    const int due = int(m_churnCarry);
    m_churnCarry -= due;
    if (due > 0)
        simulatePresenceChanges(due);
}

bool RoomSimulator::sent(bool applied)
{
    // A control action ran outside any command: its events go out now.
    flushQueued();
    return applied;
}

bool RoomSimulator::simulateIncomingCall(const QString &peerId, const QString &peerDn, int type,
                                         const QString &confTitle)
{
    return sent(m_calls->incomingCall(peerId, peerDn, type, confTitle));
}

bool RoomSimulator::simulateIncomingCallCancelled()
{
    return sent(m_calls->cancelIncomingCall());
}

bool RoomSimulator::simulateRemoteHangUp()
{
    return sent(m_calls->remoteHangUp());
}

bool RoomSimulator::simulateParticipantJoin(const QString &peerId, const QString &peerDn)
{
    return sent(m_calls->participantJoins(peerId, peerDn));
}

bool RoomSimulator::simulateParticipantLeave(const QString &peerId)
{
    return sent(m_calls->participantLeaves(peerId));
}

bool RoomSimulator::simulateJoinRequest(const QString &peerId, const QString &peerDn)
{
    return sent(m_calls->joinRequest(peerId, peerDn));
}

bool RoomSimulator::simulatePodiumRequest(const QString &peerId)
{
    return sent(m_calls->podiumRequest(peerId));
}

bool RoomSimulator::simulatePodiumInvitation()
{
    return sent(m_calls->podiumInvitation());
}

bool RoomSimulator::simulateIncomingChat(const QString &peerId, const QString &message,
                                         const QString &peerDn)
{
    return sent(m_calls->incomingChat(peerId, message, peerDn));
}

bool RoomSimulator::simulateIncomingGroupChat(const QString &peerId, const QString &message,
                                              const QString &peerDn)
{
    return sent(m_calls->incomingGroupChat(peerId, message, peerDn));
}

bool RoomSimulator::simulateServerLoss()
{
    return sent(m_server->loseConnection());
}

void RoomSimulator::setCalleeRule(const QString &userPrefix, int rejectCause, bool afterRing)
{
    SimRules::Outcome o;
    if (rejectCause >= 0) {
        o.kind = SimRules::Outcome::Kind::Reject;
        o.cause = rejectCause;
    }
    o.when = afterRing ? SimRules::Outcome::When::AfterRing : SimRules::Outcome::When::AtOnce;
    m_calls->setCalleeRule(userPrefix, o);
}

void RoomSimulator::setCallTiming(int ringDelayMs, int ringTimeoutMs)
{
    SimCalls::Timing t = m_calls->timing();
    t.ringDelayMs = ringDelayMs;
    t.ringTimeoutMs = ringTimeoutMs;
    m_calls->setTiming(t);
}

QString RoomSimulator::conferenceId() const
{
    return m_calls->conferenceId();
}

QJsonArray RoomSimulator::participants() const
{
    return m_calls->participantsJson();
}

// ---------------------------------------------------------------------------------------------
// Scenarios

bool RoomSimulator::loadScenario(const QByteArray &json, QString *error)
{
    QList<SimScenario::Step> steps;
    if (!SimScenario::parse(json, &steps, error))
        return false;
    qDeleteAll(std::exchange(m_scenarioTimers, {}));
    m_scenario = steps;
    m_scenarioPending = true;
    if (m_running)
        startScenarioClock();
    return true;
}

bool RoomSimulator::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (loadScenario(file.readAll(), &why))
        return true;
    if (error)
        *error = tr("invalid scenario %1: %2").arg(path, why);
    return false;
}

void RoomSimulator::startScenarioClock()
{
    m_scenarioPending = false;
    for (const SimScenario::Step &step : std::as_const(m_scenario)) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(step.at);
        connect(timer, &QTimer::timeout, this, [this, step] { runScenarioStep(step); });
        m_scenarioTimers.append(timer);
        timer->start();
    }
}

void RoomSimulator::runScenarioStep(const SimScenario::Step &step)
{
    const bool applied = SimScenario::run(step, *this);
    qCDebug(lcSim) << "scenario event" << step.index << step.action
                   << (applied ? "ran" : "not applicable");
    Q_EMIT scenarioStepRan(step.index, step.action, applied);
}

bool RoomSimulator::changeSetting(const QString &name, const QJsonValue &value)
{
    const QJsonObject change { { name, value } };
    bool stateError = false;
    if (!m_settings->validate(change, &stateError).isEmpty())
        return false;
    for (const auto &[key, changed] : m_settings->apply(change))
        queueEvent(u"settingsChanged"_s, { { u"name"_s, key }, { u"value"_s, changed } });
    return sent(true);
}
