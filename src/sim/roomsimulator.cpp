// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsimulator.h"

#include "core/protocol/ids.h"
#include "core/protocol/methodcatalogue.h"
#include "simauthority.h"
#include "simhttpserver.h"
#include "simsettings.h"

#include <QBuffer>
#include <QHttpServerRequest>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcSim, "roomdeck.sim", QtInfoMsg)

// Wire error texts of room-api.md §10. They are protocol, not UI: never translated.
const QString errInvalidJson = u"Invalid JSON"_s;
const QString errNotAuthorized = u"Not authorized"_s;
const QString errUnknownMethod = u"Unknown method"_s;
const QString errAccessDenied = u"Access denied"_s;
const QString errInvalidParameters = u"Invalid parameters"_s;
const QString errInvalidState = u"Invalid state"_s;
const QString errAuthorizationFailed = u"Authorization failed"_s;
const QString errUnsupportedApiVersion = u"Unsupported API version"_s;

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 2147483647.0;
}

bool typeMatches(MethodCatalogue::ParamType type, const QJsonValue &v)
{
    switch (type) {
    case MethodCatalogue::ParamType::Any:
        return true;
    case MethodCatalogue::ParamType::String:
        return v.isString();
    case MethodCatalogue::ParamType::Int:
        return isIntegral(v);
    case MethodCatalogue::ParamType::Bool:
        return v.isBool();
    case MethodCatalogue::ParamType::Number:
        return v.isDouble();
    case MethodCatalogue::ParamType::Object:
        return v.isObject();
    case MethodCatalogue::ParamType::Array:
        return v.isArray();
    case MethodCatalogue::ParamType::StringArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
    }
    }
    return false;
}

//! Parameters that must be present. The catalogue's "optional" marks are unreliable (it
//! lists shutdown's optional `forAll` as required, for one), so presence is only enforced
//! for the parameters room-api.md §7 documents as mandatory.
const QHash<QString, QStringList> &requiredParams()
{
    static const QHash<QString, QStringList> table = {
        { u"connectToServer"_s, { u"server"_s } },
        { u"login"_s, { u"login"_s, u"password"_s } },
        { u"call"_s, { u"peerId"_s } },
        { u"addToAbook"_s, { u"peerId"_s } },
        { u"removeFromAbook"_s, { u"peerId"_s } },
        { u"renameInAbook"_s, { u"peerId"_s, u"peerDn"_s } },
        { u"block"_s, { u"peerId"_s } },
        { u"unblock"_s, { u"peerId"_s } },
        { u"createGroup"_s, { u"name"_s } },
        { u"renameGroup"_s, { u"groupId"_s, u"newName"_s } },
        { u"removeGroup"_s, { u"groupId"_s } },
        { u"addToGroup"_s, { u"groupId"_s, u"peerId"_s } },
        { u"removeFromGroup"_s, { u"groupId"_s, u"peerId"_s } },
        { u"getContactDetails"_s, { u"peerId"_s } },
        { u"getDisplayNameById"_s, { u"peerId"_s } },
        { u"acceptPeer"_s, { u"peerId"_s } },
        { u"rejectPeer"_s, { u"peerId"_s } },
        { u"toneDial"_s, { u"symbol"_s, u"callId"_s } },
        { u"createConference"_s, { u"title"_s, u"confType"_s } },
        { u"inviteToConference"_s, { u"peerId"_s } },
        { u"kickPeer"_s, { u"peerId"_s } },
        { u"inviteToPodium"_s, { u"peerId"_s } },
        { u"kickFromPodium"_s, { u"peerId"_s } },
        { u"acceptRequestToPodium"_s, { u"peerId"_s } },
        { u"rejectRequestToPodium"_s, { u"peerId"_s } },
        { u"setModeratorRole"_s, { u"peerId"_s, u"moderator"_s } },
        { u"turnRemoteCamera"_s, { u"peerId"_s, u"on"_s } },
        { u"turnRemoteMic"_s, { u"peerId"_s, u"on"_s } },
        { u"turnRemoteSpeaker"_s, { u"peerId"_s, u"on"_s } },
        { u"setVideoCapturer"_s, { u"name"_s, u"description"_s } },
        { u"setAudioCapturer"_s, { u"name"_s, u"description"_s } },
        { u"setAudioRenderer"_s, { u"name"_s, u"description"_s } },
        { u"setMicMute"_s, { u"mute"_s } },
        { u"setAudioMute"_s, { u"mute"_s } },
        { u"setVideoMute"_s, { u"mute"_s } },
        { u"setPanPos"_s, { u"pos"_s } },
        { u"setTiltPos"_s, { u"pos"_s } },
        { u"setZoomPos"_s, { u"pos"_s } },
        { u"setSettings"_s, { u"settings"_s } },
        { u"setLogo"_s, { u"fileId"_s, u"mode"_s } },
        { u"setBackground"_s, { u"fileId"_s } },
        { u"activateLicense"_s, { u"key"_s } },
        { u"sendMessage"_s, { u"peerId"_s, u"message"_s } },
        { u"sendGroupMessage"_s, { u"message"_s } },
        { u"fireMyEvent"_s, { u"data"_s } },
        { u"getCallHistory"_s, { u"count"_s } },
        { u"setAuthParams"_s, { u"userType"_s, u"authType"_s } },
        { u"changeCurrentMonitor"_s, { u"monitorIndex"_s } },
    };
    return table;
}

//! appState values in which a state-dependent command makes sense (§5.2, §10 n).
const QHash<QString, QList<int>> &allowedStates()
{
    static const QList<int> inConference = { 5 };
    static const QHash<QString, QList<int>> table = {
        { u"call"_s, { 3 } },
        { u"createConference"_s, { 3 } },
        { u"accept"_s, { 4 } },
        { u"reject"_s, { 4 } },
        { u"hangUp"_s, { 4, 5 } },
        { u"login"_s, { 2 } },
        { u"logout"_s, { 3, 4, 5 } },
        { u"sendGroupMessage"_s, inConference },
        { u"inviteToConference"_s, inConference },
        { u"kickPeer"_s, inConference },
        { u"setModeratorRole"_s, inConference },
        { u"turnRemoteCamera"_s, inConference },
        { u"turnRemoteMic"_s, inConference },
        { u"turnRemoteSpeaker"_s, inConference },
        { u"gotoPodium"_s, inConference },
        { u"leavePodium"_s, inConference },
        { u"inviteToPodium"_s, inConference },
        { u"kickFromPodium"_s, inConference },
        { u"acceptRequestToPodium"_s, inConference },
        { u"rejectRequestToPodium"_s, inConference },
        { u"acceptInvitationToPodium"_s, inConference },
        { u"rejectInvitationToPodium"_s, inConference },
        { u"startRemark"_s, inConference },
        { u"acceptPeer"_s, inConference },
        { u"rejectPeer"_s, inConference },
    };
    return table;
}

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonObject versionObject()
{
    return { { u"major"_s, 5 }, { u"minor"_s, 0 }, { u"revision"_s, 2 }, { u"build"_s, 1034 } };
}

QJsonObject rect(int x, int y, int width, int height)
{
    return { { u"x"_s, x }, { u"y"_s, y }, { u"width"_s, width }, { u"height"_s, height } };
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
    , m_appState(options.startLoggedIn ? 3 : 0)
{
    m_wsServer = new QWebSocketServer(u"roomdeck-sim"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_wsServer, &QWebSocketServer::newConnection, this,
            &RoomSimulator::onWebSocketConnection);
}

RoomSimulator::~RoomSimulator()
{
    m_destroying = true;
    shutdownAll(false);
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

bool RoomSimulator::start(QString *error)
{
    if (m_running)
        return true;
    QString why;
    const auto fail = [&](const QString &text) {
        shutdownAll(false);
        if (error)
            *error = text;
        return false;
    };

    m_webServer = new SimHttpServer(
        [this](const QHttpServerRequest &request) { return serveWeb(request); }, this);
    if (!m_webServer->listenOn(m_options.address, m_options.webPort, &why))
        return fail(tr("cannot bind the web port %1 on %2: %3")
                        .arg(m_options.webPort)
                        .arg(m_options.address.toString(), why));

    m_httpServer = new SimHttpServer(
        [this](const QHttpServerRequest &request) { return serveHttp(request); }, this);
    bool httpBound = false;
    const int httpLast = (m_options.httpPortFallback && m_options.httpPort != 0)
        ? qMin(65535, int(m_options.httpPort) + 100)
        : int(m_options.httpPort);
    QString httpWhy;
    for (int p = m_options.httpPort; p <= httpLast && !httpBound; ++p) {
        httpBound = m_httpServer->listenOn(m_options.address, quint16(p), &why);
        if (httpWhy.isEmpty())
            httpWhy = why;
    }
    if (!httpBound)
        return fail(tr("cannot bind the HTTP port %1 on %2: %3")
                        .arg(m_options.httpPort)
                        .arg(m_options.address.toString(), httpWhy));

    QTcpServer *tcp = listenTcp(m_options.wsPort, m_options.wsPortFallback, &why);
    if (!tcp)
        return fail(tr("cannot bind the WebSocket port %1 on %2: %3")
                        .arg(m_options.wsPort)
                        .arg(m_options.address.toString(), why));
    adoptWebSocketServer(tcp);

    m_running = true;
    qCDebug(lcSim) << "started: web" << webPort() << "ws" << wsPort() << "http" << httpPort();
    Q_EMIT portsChanged();
    return true;
}

void RoomSimulator::stop()
{
    shutdownAll(!m_destroying);
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
    m_running = false;
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

// ---------------------------------------------------------------------------------------------
// Connections

void RoomSimulator::onTcpConnection(QTcpServer *server)
{
    m_tcpSockets.removeIf([](const QPointer<QTcpSocket> &p) { return p.isNull(); });
    while (server->hasPendingConnections()) {
        QTcpSocket *tcp = server->nextPendingConnection();
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

// ---------------------------------------------------------------------------------------------
// Frames out

void RoomSimulator::sendFrame(QWebSocket *socket, const QByteArray &frame)
{
    // A frozen room says nothing at all.
    if (m_frozen || !socket || !m_clients.contains(socket))
        return;
    socket->sendTextMessage(QString::fromUtf8(frame));
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
    return {
        { u"appState"_s, m_appState },
        { u"embeddedHttpPort"_s, int(httpPort()) },
        { u"extStatus"_s, extStatus },
        { u"additionalStatus"_s, u""_s },
        { u"desktopSharing"_s, QJsonObject { { u"running"_s, false } } },
        { u"broadcastPicture"_s, QJsonObject { { u"running"_s, false } } },
        { u"audioCaptureTest"_s, false },
        { u"recording"_s, false },
    };
}

void RoomSimulator::broadcastAppState()
{
    queueEvent(u"appStateChanged"_s, appStateFields());
    flushQueued();
}

void RoomSimulator::setAppState(int appState)
{
    appState = qBound(0, appState, 6);
    if (appState == m_appState)
        return;
    m_appState = appState;
    broadcastAppState();
}

QJsonValue RoomSimulator::setting(const QString &name) const
{
    return m_settings->value(name);
}

int RoomSimulator::addFile(const QString &fileName, const QByteArray &data)
{
    const int id = m_nextFileId++;
    m_files.insert(id, StoredFile { fileName, data });
    return id;
}

QString RoomSimulator::newHttpToken(QWebSocket *socket, bool unlimited)
{
    const Client *c = client(socket);
    return m_auth->issueHttpToken(c ? c->id : 0, unlimited);
}

// ---------------------------------------------------------------------------------------------
// Frames in

void RoomSimulator::handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary)
{
    if (!m_clients.contains(socket))
        return;
    const QByteArray invalidJson
        = ProtocolCodec::encodeError(QString(), QJsonValue(QString()), errInvalidJson);
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

QString RoomSimulator::checkParams(const QString &method, const QJsonObject &request) const
{
    const MethodCatalogue::Entry *entry = MethodCatalogue::instance().method(method);
    if (entry) {
        for (const MethodCatalogue::Param &p : entry->params) {
            const QJsonValue v = request.value(p.name);
            if (!v.isUndefined() && !typeMatches(p.type, v))
                return u"%1 has the wrong type"_s.arg(p.name);
        }
    }
    const QStringList required = requiredParams().value(method);
    for (const QString &name : required)
        if (!request.contains(name))
            return u"%1 is missing"_s.arg(name);

    // Enumerated values outside their documented set count as invalid parameters too.
    if (method == u"call"_s && !RoomIds::isCallable(request.value(u"peerId"_s).toString()))
        return u"peerId is not a callable id"_s;
    if (method == u"createConference"_s) {
        const QString t = request.value(u"confType"_s).toString();
        if (t != u"symmetric"_s && t != u"asymmetric"_s && t != u"role"_s)
            return u"confType is not symmetric/asymmetric/role"_s;
    }
    if (method == u"setLogo"_s) {
        const int mode = request.value(u"mode"_s).toInt();
        if (mode != 0 && mode != 1)
            return u"mode is not 0 or 1"_s;
    }
    if (method == u"toneDial"_s && request.value(u"symbol"_s).toString().size() != 1)
        return u"symbol is not one character"_s;
    return {};
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
            violation(u"request %1 without requestId"_s.arg(method));
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
        replyError(errNotAuthorized);
        return;
    }
    // (d) unknown method
    const MethodCatalogue &catalogue = MethodCatalogue::instance();
    if (method.isEmpty() || !catalogue.isMethod(method)) {
        violation(method.isEmpty() ? u"request without a string method"_s
                                   : u"unknown method %1"_s.arg(method));
        replyError(errUnknownMethod);
        return;
    }
    // (c) access level
    if (c->role == Room::Role::User && catalogue.isAdminOnly(method)) {
        violation(u"admin-only %1 from user connection"_s.arg(method));
        replyError(errAccessDenied);
        return;
    }
    // (e) parameters; auth checks its own because its failures carry resultCode 3
    if (method != u"auth"_s) {
        const QString why = checkParams(method, m.body);
        if (!why.isEmpty()) {
            violation(u"invalid parameters for %1: %2"_s.arg(method, why));
            replyError(errInvalidParameters);
            return;
        }
    }
    // (n) state and execution
    const Handler handler = handlers().value(method, &RoomSimulator::doDefault);
    ++m_holdFrames;
    const Outcome outcome = (this->*handler)(socket, *c, m.body);
    if (outcome.error.isEmpty()) {
        sendFrame(socket, ProtocolCodec::encodeReply(method, requestId, true, outcome.fields));
    } else {
        if (outcome.error == errInvalidParameters || outcome.error == errInvalidState)
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
}

// ---------------------------------------------------------------------------------------------
// Command handlers

const QHash<QString, RoomSimulator::Handler> &RoomSimulator::handlers()
{
    static const QHash<QString, Handler> table = {
        { u"setUsedApiVersion"_s, &RoomSimulator::doSetUsedApiVersion },
        { u"auth"_s, &RoomSimulator::doAuth },
        { u"getAppState"_s, &RoomSimulator::doGetAppState },
        { u"getSettings"_s, &RoomSimulator::doGetSettings },
        { u"setSettings"_s, &RoomSimulator::doSetSettings },
        { u"getSystemInfo"_s, &RoomSimulator::doGetSystemInfo },
        { u"getMonitorsInfo"_s, &RoomSimulator::doGetMonitorsInfo },
        { u"getLogin"_s, &RoomSimulator::doGetLogin },
        { u"getConnected"_s, &RoomSimulator::doGetConnected },
        { u"getTokenForHttpServer"_s, &RoomSimulator::doGetTokenForHttpServer },
        { u"getAuthInfo"_s, &RoomSimulator::doGetAuthInfo },
        { u"setAuthParams"_s, &RoomSimulator::doSetAuthParams },
        { u"clearTokens"_s, &RoomSimulator::doClearTokens },
        { u"shutdown"_s, &RoomSimulator::doShutdown },
        { u"rebootSystem"_s, &RoomSimulator::doRebootSystem },
        { u"shutdownSystem"_s, &RoomSimulator::doRebootSystem },
        { u"getMicMute"_s, &RoomSimulator::doGetMute },
        { u"getAudioMute"_s, &RoomSimulator::doGetMute },
        { u"getVideoMute"_s, &RoomSimulator::doGetMute },
        { u"setMicMute"_s, &RoomSimulator::doSetMute },
        { u"setAudioMute"_s, &RoomSimulator::doSetMute },
        { u"setVideoMute"_s, &RoomSimulator::doSetMute },
        { u"fireMyEvent"_s, &RoomSimulator::doFireMyEvent },
        { u"setLogo"_s, &RoomSimulator::doSetLogo },
        { u"getLogo"_s, &RoomSimulator::doGetLogo },
        { u"setDefaultLogo"_s, &RoomSimulator::doSetDefaultLogo },
        { u"setBackground"_s, &RoomSimulator::doSetBackground },
        { u"getBackground"_s, &RoomSimulator::doGetBackground },
        { u"setDefaultBackground"_s, &RoomSimulator::doSetDefaultBackground },
        { u"getInfoWidgetsState"_s, &RoomSimulator::doGetInfoWidgetsState },
        { u"getHardwareKey"_s, &RoomSimulator::doGetHardwareKey },
    };
    static const QHash<QString, Handler> withStates = [] {
        QHash<QString, Handler> t = table;
        const auto &states = allowedStates();
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            if (!t.contains(it.key()))
                t.insert(it.key(), &RoomSimulator::doStateGated);
        return t;
    }();
    return withStates;
}

RoomSimulator::Outcome RoomSimulator::doDefault(QWebSocket *, Client &, const QJsonObject &)
{
    return {};
}

RoomSimulator::Outcome RoomSimulator::doStateGated(QWebSocket *, Client &,
                                                   const QJsonObject &request)
{
    const QString method = request.value(u"method"_s).toString();
    if (!allowedStates().value(method).contains(m_appState))
        return { errInvalidState, {}, false };
    return {};
}

RoomSimulator::Outcome RoomSimulator::doSetUsedApiVersion(QWebSocket *, Client &,
                                                          const QJsonObject &request)
{
    const QJsonValue version = request.value(u"version"_s);
    if (!version.isString())
        return { errInvalidParameters, {}, false };
    if (version.toString() != u"1"_s)
        return { errUnsupportedApiVersion, {}, false };
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
    const Outcome failed { errAuthorizationFailed, {}, true };
    const auto malformed = [this](const QString &why) {
        violation(u"malformed auth: "_s + why);
        return Outcome { errInvalidParameters, {}, true };
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
        violation(u"auth without role"_s); // RoomDeck always names the mode it wants (§3.3)

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

RoomSimulator::Outcome RoomSimulator::doGetAppState(QWebSocket *, Client &, const QJsonObject &)
{
    return { {}, appStateFields(), false };
}

RoomSimulator::Outcome RoomSimulator::doGetSettings(QWebSocket *, Client &, const QJsonObject &)
{
    return { {}, { { u"settings"_s, m_settings->toArray() } }, false };
}

RoomSimulator::Outcome RoomSimulator::doSetSettings(QWebSocket *, Client &,
                                                    const QJsonObject &request)
{
    const QJsonObject changes = request.value(u"settings"_s).toObject();
    bool stateError = false;
    const QString why = m_settings->validate(changes, &stateError);
    if (!why.isEmpty()) {
        qCDebug(lcSim) << "setSettings refused:" << why;
        return { stateError ? errInvalidState : errInvalidParameters, {}, false };
    }
    const auto changed = m_settings->apply(changes);
    for (const auto &[name, value] : changed)
        queueEvent(u"settingsChanged"_s, { { u"name"_s, name }, { u"value"_s, value } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doGetSystemInfo(QWebSocket *, Client &, const QJsonObject &)
{
    const bool loggedIn = m_appState >= 3;
    QJsonObject o;
    if (loggedIn)
        o.insert(
            u"authInfo"_s,
            QJsonObject { { u"peerId"_s, m_options.peerId }, { u"peerDn"_s, m_options.peerDn } });
    o.insert(u"fileInfo"_s, versionObject());
    o.insert(u"productInfo"_s, versionObject());
    if (loggedIn)
        o.insert(u"permissionsInfo"_s,
                 QJsonObject {
                     { u"tariffName"_s, u"PRO"_s },
                     { u"p2p"_s, true },
                     { u"createMulti"_s, true },
                     { u"symMaxNumber"_s, 36 },
                     { u"asymMaxNumber"_s, 120 },
                     { u"roleMaxNumber"_s, 250 },
                     { u"rlMaxNumber"_s, 1500 },
                     { u"canUseSlideShow"_s, true },
                     { u"canUseDesktopSharing"_s, true },
                     { u"canChangeAddressBook"_s, true },
                     { u"canEditGroups"_s, true },
                     { u"canUseDialer"_s, true },
                 });
    o.insert(u"bitrateLimits"_s, QJsonObject { { u"max"_s, 20480 }, { u"min"_s, 32 } });
    o.insert(
        u"systemRating"_s,
        QJsonObject {
            { u"videoQuality"_s,
              QJsonObject { { u"send"_s, 5 }, { u"receiveP2P"_s, 5 }, { u"receiveGroup"_s, 4 } } },
            { u"videoContentLevels"_s,
              QJsonObject { { u"send"_s, 4 },
                            { u"receiveP2P"_s, 4 },
                            { u"receiveGroup"_s, 3 },
                            { u"bench"_s, 9200 } } },
        });
    o.insert(u"cameraInfo"_s,
             QJsonObject {
                 { u"cameraWidth"_s, 1920 },
                 { u"cameraHeight"_s, 1080 },
                 { u"cameraFramerate"_s, 30 },
                 { u"format"_s, u"MJPG"_s },
                 { u"sendWidth"_s, 1280 },
                 { u"sendHeight"_s, 720 },
                 { u"sendFramerate"_s, 30 },
                 { u"sendFormat"_s, u"I420"_s },
                 { u"stereo"_s, false },
             });
    return { {}, o, false };
}

RoomSimulator::Outcome RoomSimulator::doGetMonitorsInfo(QWebSocket *, Client &, const QJsonObject &)
{
    const QJsonArray monitors {
        QJsonObject {
            { u"index"_s, 0 },
            { u"name"_s, u"HDMI-1"_s },
            { u"primary"_s, true },
            { u"ignored"_s, false },
            { u"geomMonitor"_s, rect(0, 0, 1920, 1080) },
            { u"geomWork"_s, rect(0, 0, 1920, 1040) },
        },
        QJsonObject {
            { u"index"_s, 1 },
            { u"name"_s, u"HDMI-2"_s },
            { u"primary"_s, false },
            { u"ignored"_s, false },
            { u"geomMonitor"_s, rect(1920, 0, 1920, 1080) },
            { u"geomWork"_s, rect(1920, 0, 1920, 1080) },
        },
    };
    return { {}, { { u"monitors"_s, monitors }, { u"currentMonitor"_s, 0 } }, false };
}

RoomSimulator::Outcome RoomSimulator::doGetLogin(QWebSocket *, Client &, const QJsonObject &)
{
    const bool loggedIn = m_appState >= 3;
    return { {},
             { { u"isLoggedIn"_s, loggedIn },
               { u"peerId"_s, loggedIn ? m_options.peerId : QString() },
               { u"peerDn"_s, loggedIn ? m_options.peerDn : QString() } },
             false };
}

RoomSimulator::Outcome RoomSimulator::doGetConnected(QWebSocket *, Client &, const QJsonObject &)
{
    const int state = m_appState == 0 ? 0 : (m_appState == 1 ? 1 : 2);
    QJsonObject o { { u"state"_s, state } };
    if (state != 0) {
        const QString server = m_options.peerId.section(u'@', 1).isEmpty()
            ? u"sim.trueconf.local"_s
            : m_options.peerId.section(u'@', 1);
        o.insert(u"serverInfo"_s,
                 QJsonObject { { u"server"_s, server },
                               { u"service"_s, false },
                               { u"port"_s, 4307 },
                               { u"domain"_s, server } });
    }
    return { {}, o, false };
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
        return { errInvalidParameters, {}, false };
    Room::Protection type = Room::Protection::Unsecured;
    if (!Room::protectionFromWireName(request.value(u"authType"_s).toString(), &type))
        return { errInvalidParameters, {}, false };
    const QJsonValue password = request.value(u"password"_s);
    if (type == Room::Protection::Password
        && (!password.isString() || password.toString().isEmpty()))
        return { errInvalidParameters, {}, false };
    // §10 q: a user may change user mode only.
    if (client.role == Room::Role::User && target == Room::Role::Admin)
        return { errAccessDenied, {}, false };
    // §4.2: admin may never be weaker than user.
    if (target == Room::Role::User && type != Room::Protection::Unsecured
        && m_auth->protection(Room::Role::Admin).type == Room::Protection::Unsecured)
        return { errInvalidState, {}, false };

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

RoomSimulator::Outcome RoomSimulator::doClearTokens(QWebSocket *, Client &, const QJsonObject &)
{
    m_auth->clearTokens();
    return {};
}

RoomSimulator::Outcome RoomSimulator::doShutdown(QWebSocket *, Client &, const QJsonObject &)
{
    // After the reply has been written (§10 h).
    QTimer::singleShot(0, this, [this] {
        stop();
        Q_EMIT shutdownRequested();
    });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doRebootSystem(QWebSocket *, Client &, const QJsonObject &)
{
    QTimer::singleShot(0, this, &RoomSimulator::closeAllClients);
    return {};
}

RoomSimulator::Outcome RoomSimulator::doGetMute(QWebSocket *, Client &, const QJsonObject &request)
{
    const QString method = request.value(u"method"_s).toString();
    bool mute = m_micMute;
    if (method == u"getAudioMute"_s)
        mute = m_speakerMute;
    else if (method == u"getVideoMute"_s)
        mute = m_cameraMute;
    return { {}, { { u"mute"_s, mute } }, false };
}

RoomSimulator::Outcome RoomSimulator::doSetMute(QWebSocket *, Client &, const QJsonObject &request)
{
    const QString method = request.value(u"method"_s).toString();
    bool *state = &m_micMute;
    QString event = u"audioCapturerMute"_s;
    if (method == u"setAudioMute"_s) {
        state = &m_speakerMute;
        event = u"audioRendererMute"_s;
    } else if (method == u"setVideoMute"_s) {
        state = &m_cameraMute;
        event = u"videoCapturerMute"_s;
    }
    const bool mute = request.value(u"mute"_s).toBool();
    if (*state != mute) {
        *state = mute;
        queueEvent(event, { { u"mute"_s, mute } });
    }
    return {};
}

RoomSimulator::Outcome RoomSimulator::doFireMyEvent(QWebSocket *, Client &,
                                                    const QJsonObject &request)
{
    // Every authorized connection, the sender included (§10 m).
    queueEvent(u"myEvent"_s, { { u"data"_s, request.value(u"data"_s).toString() } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doSetLogo(QWebSocket *, Client &, const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt();
    if (!m_files.contains(fileId))
        return { errInvalidParameters, {}, false };
    m_logoFileId = fileId;
    m_logoMode = request.value(u"mode"_s).toInt();
    queueEvent(
        u"logoImageChanged"_s,
        { { u"isCustomImage"_s, true }, { u"fileId"_s, m_logoFileId }, { u"mode"_s, m_logoMode } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doGetLogo(QWebSocket *, Client &, const QJsonObject &)
{
    QJsonObject o { { u"isCustomImage"_s, m_logoFileId != 0 } };
    if (m_logoFileId != 0) {
        o.insert(u"fileId"_s, m_logoFileId);
        o.insert(u"mode"_s, m_logoMode);
    }
    return { {}, o, false };
}

RoomSimulator::Outcome RoomSimulator::doSetDefaultLogo(QWebSocket *, Client &, const QJsonObject &)
{
    m_logoFileId = 0;
    m_logoMode = 0;
    queueEvent(u"logoImageChanged"_s, { { u"isCustomImage"_s, false } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doSetBackground(QWebSocket *, Client &,
                                                      const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt();
    if (!m_files.contains(fileId))
        return { errInvalidParameters, {}, false };
    m_backgroundFileId = fileId;
    queueEvent(u"backgroundImageChanged"_s,
               { { u"isCustomImage"_s, true }, { u"fileId"_s, m_backgroundFileId } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doGetBackground(QWebSocket *, Client &, const QJsonObject &)
{
    QJsonObject o { { u"isCustomImage"_s, m_backgroundFileId != 0 } };
    if (m_backgroundFileId != 0)
        o.insert(u"fileId"_s, m_backgroundFileId);
    return { {}, o, false };
}

RoomSimulator::Outcome RoomSimulator::doSetDefaultBackground(QWebSocket *, Client &,
                                                             const QJsonObject &)
{
    m_backgroundFileId = 0;
    queueEvent(u"backgroundImageChanged"_s, { { u"isCustomImage"_s, false } });
    return {};
}

RoomSimulator::Outcome RoomSimulator::doGetInfoWidgetsState(QWebSocket *, Client &,
                                                            const QJsonObject &)
{
    const auto on = [this](const QString &name) {
        return m_settings->value(name).toBool();
    };
    return { {},
             { { u"logoDisplaying"_s, on(u"showLogo"_s) },
               { u"timeDisplaying"_s, on(u"showTime"_s) },
               { u"connectInfoDisplaying"_s, on(u"showInfoConnect"_s) },
               { u"currentUserInfoWidgetDisplaying"_s, on(u"showCurrentUserWidget"_s) },
               { u"incomingRequestWidgetDisplaying"_s, on(u"showIncomingRequestWidget"_s) },
               { u"upcomingMeetingsComponentDisplaying"_s, on(u"showUpcomingMeetings"_s) } },
             false };
}

RoomSimulator::Outcome RoomSimulator::doGetHardwareKey(QWebSocket *, Client &, const QJsonObject &)
{
    return { {}, { { u"key"_s, u"SIM0-0000-0000-0001"_s } }, false };
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
    if (!m_auth->isHttpTokenValid(query.queryItemValue(u"token"_s, QUrl::FullyDecoded)))
        return SimHttpResponse::text(401, "Unauthorized: missing, unknown or expired token");

    if (files) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return SimHttpResponse::text(405, "Method not allowed");
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
    const QString peerId = query.queryItemValue(u"peerId"_s, QUrl::FullyDecoded);
    if (peerId != u"#self:0"_s && peerId != u"VideoCaptureSlot"_s)
        return SimHttpResponse::text(404, "Unknown peerId");
    const QByteArray jpeg = frameJpeg();
    if (jpeg.isEmpty())
        return SimHttpResponse::text(500, "JPEG encoding unavailable");
    SimHttpResponse r;
    r.contentType = "image/jpeg";
    r.body = jpeg;
    return r;
}

QByteArray RoomSimulator::frameJpeg()
{
    // A moving colour test card: every fetch gives a visibly different frame. Plain pixel
    // writes, no QPainter, so that no QGuiApplication is needed.
    constexpr int width = 320;
    constexpr int height = 180;
    const quint64 frame = m_frameCounter++;
    QImage image(width, height, QImage::Format_RGB32);
    const int bar = int((frame * 8) % width);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const bool inBar = x >= bar && x < bar + 12;
            line[x] = inBar ? qRgb(255, 255, 255)
                            : qRgb((x * 255) / width, (y * 255) / height, int((frame * 5) % 256));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const int quality = m_settings->value(u"bestQualityForHttpServerImages"_s).toBool() ? 95 : 60;
    if (!image.save(&buffer, "JPG", quality))
        return {};
    return bytes;
}
