// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhttpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;

//! The room's three listening ports (room-api.md §2): the web port (config.json), the
//! WebSocket API and the built-in HTTP server. Binds them together (a busy WebSocket or HTTP
//! port may move to the nearest free one above it, §2.1), closes them, and re-binds the
//! WebSocket port alone when the room application restarts. The connections themselves
//! belong to SimConnections; the HTTP answers to the two handlers.
class SimListeners final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimListeners)

public:
    SimListeners(const QHostAddress &address, SimHttpServer::Handler web,
                 SimHttpServer::Handler http, QObject *parent = nullptr);
    ~SimListeners() override;

    //! Binds all three ports; false and a readable *error on failure (nothing stays bound).
    bool bind(quint16 webPort, quint16 wsPort, bool wsFallback, quint16 httpPort, bool httpFallback,
              QString *error);
    //! Releases every port at once; a pending rebindLater() is called off.
    void close();
    //! After `delayMs` (a reboot) binds the same ports again, the WebSocket on a new one when
    //! `newWsPort`. While another program holds one of them for a moment, tries again a few
    //! times. Then `done` with an empty error, or with why it gave up.
    void rebindLater(int delayMs, quint16 webPort, quint16 wsPort, bool newWsPort, quint16 httpPort,
                     std::function<void(const QString &error)> done);
    //! Moves the WebSocket listener to newWsPort (0 = any free port other than the old one).
    //! On failure the old listener is gone too and *error says why.
    bool rebindWebSocket(quint16 newWsPort, QString *error);
    //! True while any listener exists (bound, or closed but not yet released by a failure).
    bool isBound() const;

    quint16 webPort() const;
    quint16 wsPort() const;
    quint16 httpPort() const;
    //! scheme://HOST:port/path, HOST being where a local client reaches the bound address
    //! (127.0.0.1 or ::1 for "any" and loopback).
    QUrl url(const QString &scheme, quint16 port, const QString &path = {}) const;

Q_SIGNALS:
    //! TCP connections wait on the WebSocket port.
    void webSocketConnectionsPending(QTcpServer *server);

private:
    void release();
    void rebind(quint64 generation, quint16 webPort, quint16 wsPort, bool newWsPort,
                quint16 httpPort, const std::function<void(const QString &)> &done,
                int attemptsLeft);
    QTcpServer *listenTcp(quint16 port, bool fallback, QString *error);
    void adoptWebSocketServer(QTcpServer *tcp);

    QHostAddress m_address;
    SimHttpServer::Handler m_web;
    SimHttpServer::Handler m_http;
    QPointer<SimHttpServer> m_webServer;
    QPointer<SimHttpServer> m_httpServer;
    QPointer<QTcpServer> m_wsTcpServer;
    quint64 m_rebindGeneration = 0; //!< close() bumps it: a pending rebind gives up
};
