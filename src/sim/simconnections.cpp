// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simconnections.h"

#include "simlog.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

SimConnections::SimConnections(QObject *parent)
    : QObject(parent)
{
    m_wsServer = new QWebSocketServer(u"roomdeck-sim"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_wsServer, &QWebSocketServer::newConnection, this,
            &SimConnections::onWebSocketConnection);
}

SimConnections::~SimConnections() = default;

void SimConnections::acceptPending(QTcpServer *server)
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

void SimConnections::onWebSocketConnection()
{
    while (m_wsServer->hasPendingConnections()) {
        QWebSocket *ws = m_wsServer->nextPendingConnection();
        if (!ws)
            break;
        ws->setParent(this);
        // Qt 6.4's QWebSocket cuts outgoing text into 512 KiB frames at byte offsets, and its
        // own reader refuses a multi-byte character cut in two (close 1007): one frame per
        // message up to 16 MiB keeps large non-ASCII answers (address books) readable.
        ws->setOutgoingFrameSize(16 * 1024 * 1024);
        Client c;
        c.id = m_nextClientId++;
        for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets)) {
            if (tcp && tcp->peerPort() == ws->peerPort() && tcp->peerAddress() == ws->peerAddress())
                c.tcp = tcp;
        }
        m_clients.insert(ws, c);
        connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString &text) {
            Q_EMIT frameReceived(ws, text.toUtf8(), false);
        });
        connect(ws, &QWebSocket::binaryMessageReceived, this,
                [this, ws](const QByteArray &data) { Q_EMIT frameReceived(ws, data, true); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] { onClientDisconnected(ws); });
        qCDebug(lcSim) << "client" << c.id << "connected from port" << ws->peerPort();
        Q_EMIT clientConnected();
    }
}

void SimConnections::onClientDisconnected(QWebSocket *socket)
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

void SimConnections::closeAll()
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

void SimConnections::dropAll()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *ws : sockets) {
        disconnect(ws, nullptr, this, nullptr);
        ws->close(QWebSocketProtocol::CloseCodeGoingAway);
        ws->deleteLater();
    }
}

void SimConnections::closeHandshakes()
{
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets))
        if (tcp)
            tcp->close();
    m_tcpSockets.clear();
}

bool SimConnections::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return false;
    m_frozen = frozen;
    m_tcpSockets.removeIf([](const QPointer<QTcpSocket> &p) { return p.isNull(); });
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_tcpSockets))
        tcp->blockSignals(frozen);
    if (frozen)
        return true;

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
    return true;
}

void SimConnections::setDropAfterFrames(int frames)
{
    m_dropAfterFrames = qMax(0, frames);
    for (Client &c : m_clients)
        c.framesSent = 0;
}

int SimConnections::authorizedCount(Room::Role role) const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [role](const Client &c) { return c.role == role; }));
}

SimConnections::Client *SimConnections::client(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : &it.value();
}

QWebSocket *SimConnections::holderOf(Room::Role role, QWebSocket *except) const
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it.key() != except && it->role == role)
            return it.key();
    return nullptr;
}

void SimConnections::send(QWebSocket *socket, const QByteArray &frame)
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

void SimConnections::queue(QWebSocket *socket, const QByteArray &frame)
{
    if (m_holdFrames > 0)
        m_queued.append({ QPointer<QWebSocket>(socket), frame });
    else
        send(socket, frame);
}

void SimConnections::queueToAuthorized(const QByteArray &frame)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->role != Room::Role::None)
            queue(it.key(), frame);
}

void SimConnections::flush()
{
    if (m_holdFrames > 0)
        return;
    const auto queued = std::exchange(m_queued, {});
    for (const auto &[socket, frame] : queued)
        send(socket, frame);
}
