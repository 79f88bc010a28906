// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"
#include "simhost.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

//! The room's WebSocket client connections: the handshake, each connection's mode and
//! bookkeeping, and every frame the room sends. While a command runs its frames are held
//! (hold()/release()), so that the reply goes out before the events it caused (§1.3).
//!
//! The connection-level fault knobs live here too: a frozen room reads and says nothing
//! (its sockets' signals are blocked, the opening handshake included); refused connections
//! are closed at once; dropAfterFrames cuts the TCP connection, without a close frame, right
//! after that many frames.
class SimConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimConnections)

public:
    struct Client
    {
        quint64 id = 0;
        Room::Role role = Room::Role::None;
        QPointer<QTcpSocket> tcp; //!< the connection under the WebSocket (freeze bookkeeping)
        QSet<QString> requestIds; //!< strict mode: duplicate detection
        int framesSent = 0; //!< since setDropAfterFrames()
    };

    explicit SimConnections(QObject *parent = nullptr);
    ~SimConnections() override;

    //! Takes the TCP connections waiting on `server` into the WebSocket handshake.
    void acceptPending(QTcpServer *server);
    //! Server-side close of every client (clientDisconnected for each).
    void closeAll();
    //! Closes every client without a signal (the room is going away).
    void dropAll();
    //! Closes the connections still in their handshake (or frozen before it).
    void closeHandshakes();

    //! False when the room was frozen (or thawed) already.
    bool setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    void setDropAfterFrames(int frames);
    void setRefuseConnections(bool refuse) { m_refuseConnections = refuse; }

    bool contains(QWebSocket *socket) const { return m_clients.contains(socket); }
    Client *client(QWebSocket *socket);
    //! The connection authorized as `role`, other than `except`; nullptr when none.
    QWebSocket *holderOf(Room::Role role, QWebSocket *except) const;
    int count() const { return int(m_clients.size()); }
    int authorizedCount(Room::Role role) const;

    //! Sends a frame now (a frozen room sends nothing).
    void send(QWebSocket *socket, const QByteArray &frame);
    //! Sends a frame, or holds it back while a command runs.
    void queue(QWebSocket *socket, const QByteArray &frame);
    //! queue() to every authorized connection (§10 m: events reach those only).
    void queueToAuthorized(const QByteArray &frame);
    void hold() { ++m_holdFrames; }
    void release() { --m_holdFrames; }
    //! Sends what was held back, unless a command still runs.
    void flush();
    void clearQueue() { m_queued.clear(); }

Q_SIGNALS:
    //! A WebSocket client completed its handshake.
    void clientConnected();
    //! A WebSocket client connection ended (either side).
    void clientDisconnected();
    //! A frame arrived from a client.
    void frameReceived(QWebSocket *socket, const QByteArray &utf8, bool binary);

private:
    void onWebSocketConnection();
    void onClientDisconnected(QWebSocket *socket);

    QWebSocketServer *m_wsServer = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QList<QPointer<QTcpSocket>> m_tcpSockets; //!< every accepted WebSocket TCP connection
    quint64 m_nextClientId = 1;

    //! Frames held back while a command runs, so its reply goes out before its events.
    QList<QPair<QPointer<QWebSocket>, QByteArray>> m_queued;
    int m_holdFrames = 0;

    bool m_frozen = false;
    bool m_refuseConnections = false;
    int m_dropAfterFrames = 0;
};

//! A command that needs the connection it came on (auth, tokens: room-api.md §3, §4).
using SimConnectionCommand
    = std::function<SimOutcome(QWebSocket *, SimConnections::Client &, const QJsonObject &)>;
using SimConnectionCommandTable = QHash<QString, SimConnectionCommand>;
