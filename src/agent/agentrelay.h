// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/agentaudit.h"
#include "agent/agentoperators.h"
#include "core/protocol/message.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>

class QWebSocket;
class QWebSocketServer;
struct RequestOutcome;
class RoomController;

//! One room's transparent relay: a WebSocket endpoint that speaks the room's own API
//! (room-api.md §1-§3), so RoomDeck, roomdeckctl and third-party clients work through the
//! agent unchanged, while the room sees only the agent's one connection.
//!
//! - Clients sign in with their operator's secret (AgentOperators), not the room's: `auth`
//!   never reaches the room. The operator's role is the ceiling; a User client's admin-only
//!   request (§4.1) is refused here and nothing is sent.
//! - Every other request goes out on the agent's connection under a request id of the agent's;
//!   the reply goes back to the client that asked, under the client's own requestId.
//! - Every event of the room goes to every signed-in client (§10 m); the agent's own
//!   authorizationNeeded does not.
//! - Clients never displace each other; any number may be signed in in either mode.
//! - While the agent is not signed in to the room, the relay turns connections away (close
//!   code 1013, "try again later") and closes those it has: nothing stale looks live.
//! - Every request and sign-in is recorded in the AgentAudit log.
class AgentRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRelay)

public:
    struct Options
    {
        AgentOperators *operators = nullptr; //!< nullptr: no relay
        AgentAudit *audit = nullptr;
        QHostAddress address = QHostAddress::LocalHost;
        int maxClients = 64;
        int maxInFlightPerClient = 64;
        qint64 maxFrameBytes = 1024 * 1024;
        //! A client that reads so slowly that this much waits to be sent is closed.
        qint64 maxBacklogBytes = 16 * 1024 * 1024;
        int maxFailedSignIns = 5; //!< then the connection is closed
        //! A connection not signed in this long is closed: idle strangers cannot hold the
        //! relay's places.
        int signInTimeoutMs = 30000;
        //! The port of the agent's HTTP relay (AgentHttpRelay), which replaces the room's
        //! `embeddedHttpPort` in what clients see; 0 or unset: left as the room says.
        std::function<quint16()> httpRelayPort;
    };

    AgentRelay(RoomController *controller, const QString &roomName, const Options &options,
               QObject *parent = nullptr);
    ~AgentRelay() override;

    //! Listens on `port` (0: any free port); false and a readable *error when it cannot.
    bool listen(quint16 port, QString *error);
    quint16 port() const;
    void setRoomName(const QString &name) { m_roomName = name; }

    //! True when `token` is an HTTP token of the room this relay handed to a client (the
    //! HTTP relay then knows which room an upload or a frame request is for).
    bool handedOutHttpToken(const QString &token) const;

    //! Open client connections, and those signed in.
    int connectionCount() const;
    int signedInCount() const;

Q_SIGNALS:
    void clientsChanged();

private:
    class Client;
    void onNewConnection();
    void onText(Client *client, const QString &text);
    void signIn(Client *client, const RoomMessage &request, const QJsonValue &requestId);
    void forward(Client *client, const RoomMessage &request, const QJsonValue &requestId);
    QByteArray replyFor(const RequestOutcome &outcome, const QJsonValue &requestId,
                        Room::Role role) const;
    void refuse(Client *client, const QString &method, const QJsonValue &requestId,
                const QString &error, const QString &why = {});
    void send(Client *client, const QByteArray &frame);
    void fanOut(const RoomMessage &event);
    void closeAll(const QString &reason);
    void checkOperators();
    void audit(const Client *client, const QString &method, const QString &outcome,
               const QString &error = {});
    bool roomReady() const;
    //! Writes `entry` to the audit log with the room's key in the history.
    void record(AgentAudit::Entry entry);
    void noteHttpToken(const QString &token);
    //! `message` with the room's embeddedHttpPort replaced by the HTTP relay's.
    QJsonObject relayed(QJsonObject message) const;

    QPointer<RoomController> m_controller;
    QString m_roomName;
    Options m_options;
    std::unique_ptr<QWebSocketServer> m_server;
    ProtocolCodec m_codec;
    QList<Client *> m_clients;
    QStringList m_httpTokens; //!< handed out, newest last, bounded
};
