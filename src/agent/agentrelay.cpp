// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentrelay.h"

#include "agent/agentaudit.h"
#include "core/controller/roomcontroller.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/protocol/methodcatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace {

// The room's own words (room-api.md §10), so that clients special-casing them keep working.
const QString kNotAuthorized = u"Not authorized"_s;
const QString kAccessDenied = u"Access denied"_s;
const QString kInvalidJson = u"Invalid JSON"_s;
const QString kInvalidParameters = u"Invalid parameters"_s;
const QString kAuthorizationFailed = u"Authorization failed"_s;

QString wireRole(Room::Role role)
{
    return role == Room::Role::Admin ? u"admin"_s : u"user"_s;
}

//! getAuthInfo tells an Administrator connection the PINs (room-api.md §4.2); the agent's
//! connection may be one, but a User client must not learn them.
QJsonObject withoutPins(QJsonObject reply)
{
    for (const QString &mode : { u"adminAuth"_s, u"userAuth"_s }) {
        QJsonObject auth = reply.value(mode).toObject();
        if (auth.contains(u"pin"_s)) {
            auth.remove(u"pin"_s);
            reply.insert(mode, auth);
        }
    }
    return reply;
}

} // namespace

//! One client connection: its socket and who signed in on it.
class AgentRelay::Client final : public QObject
{
public:
    explicit Client(QWebSocket *webSocket, QObject *parent)
        : QObject(parent)
        , socket(webSocket)
    {
        webSocket->setParent(this);
    }

    bool signedIn() const { return identity.isValid(); }

    QWebSocket *socket;
    AgentOperators::Identity identity;
    Room::Role role = Room::Role::None; //!< the mode signed in to (identity.role at most)
    int failedSignIns = 0;
    int inFlight = 0;
    bool closing = false;
};

AgentRelay::AgentRelay(RoomController *controller, const QString &roomName, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_roomName(roomName)
    , m_options(options)
    , m_server(
          std::make_unique<QWebSocketServer>(u"roomdeck-agent"_s, QWebSocketServer::NonSecureMode))
    , m_codec(ProtocolCodec::Limits { options.maxFrameBytes, 64 })
{
    Q_ASSERT(options.operators);
    m_server->setMaxPendingConnections(options.maxClients);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &AgentRelay::onNewConnection);
    connect(controller, &RoomController::eventReceived, this, &AgentRelay::fanOut);
    connect(controller, &RoomController::connectionStateChanged, this, [this] {
        if (!roomReady())
            closeAll(tr("roomdeck-agent lost its connection to the room"));
    });
    connect(options.operators, &AgentOperators::changed, this, &AgentRelay::checkOperators);
}

AgentRelay::~AgentRelay()
{
    // Clients first: their sockets' close must not call back into a half-destroyed relay.
    for (Client *client : std::as_const(m_clients))
        client->socket->disconnect(this);
    qDeleteAll(m_clients);
    m_clients.clear();
}

bool AgentRelay::listen(quint16 port, QString *error)
{
    if (m_server->isListening() && (port == 0 || port == m_server->serverPort()))
        return true;
    m_server->close();
    if (m_server->listen(m_options.address, port))
        return true;
    *error = tr("the relay cannot listen on %1:%2: %3")
                 .arg(m_options.address.toString())
                 .arg(port)
                 .arg(m_server->errorString());
    return false;
}

quint16 AgentRelay::port() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(0);
}

int AgentRelay::connectionCount() const
{
    return int(m_clients.size());
}

int AgentRelay::signedInCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const Client *c) { return c->signedIn(); }));
}

bool AgentRelay::roomReady() const
{
    return m_controller && m_controller->isAuthenticated();
}

void AgentRelay::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (!roomReady() || m_clients.size() >= m_options.maxClients) {
            const QString why = roomReady()
                ? tr("roomdeck-agent has %1 clients for this room; try again later")
                      .arg(m_options.maxClients)
                : tr("roomdeck-agent is not connected to the room; try again later");
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, why);
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxFrameBytes));
        auto *client = new Client(socket, this);
        m_clients.append(client);
        connect(socket, &QWebSocket::textMessageReceived, client,
                [this, client](const QString &text) { onText(client, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, client, [this, client] {
            // Binary frames are answered as unreadable JSON (room-api.md §10 f).
            send(client, ProtocolCodec::encodeError(QString(), u""_s, kInvalidJson));
        });
        QTimer::singleShot(m_options.signInTimeoutMs, client, [client] {
            if (!client->signedIn() && !client->closing) {
                client->closing = true;
                client->socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                                      tr("not signed in in time"));
            }
        });
        connect(socket, &QWebSocket::disconnected, client, [this, client] {
            // Its requests in flight still end (and are audited); their replies go nowhere.
            m_clients.removeOne(client);
            client->deleteLater();
            Q_EMIT clientsChanged();
        });
        Q_EMIT clientsChanged();
    }
}

void AgentRelay::onText(Client *client, const QString &text)
{
    if (client->closing)
        return;
    const DecodeResult decoded = m_codec.decodeRequest(text.toUtf8());
    const RoomMessage &request = decoded.message;
    const bool readable = decoded.ok() || decoded.error == DecodeResult::Error::MissingMethod
        || decoded.error == DecodeResult::Error::BadFieldType;
    if (!readable) {
        send(client, ProtocolCodec::encodeError(QString(), u""_s, kInvalidJson));
        return;
    }
    const QJsonValue requestId
        = request.requestId.isUndefined() ? QJsonValue(u""_s) : request.requestId;
    const QString method = decoded.ok() ? request.method : QString();

    // room-api.md §10: (b) authorization, (d) unknown method, (c) access level, in this order.
    if (method == u"setUsedApiVersion"_s) {
        const QJsonValue version = request.body.value(u"version"_s);
        if (!version.isString())
            send(client, ProtocolCodec::encodeError(method, requestId, kInvalidParameters));
        else if (version.toString() != u"1"_s)
            send(client,
                 ProtocolCodec::encodeError(method, requestId, u"Unsupported API version"_s));
        else
            send(client, ProtocolCodec::encodeReply(method, requestId, true));
        return;
    }
    if (method == u"auth"_s) {
        signIn(client, request, requestId);
        return;
    }
    if (!client->signedIn()) {
        send(client, ProtocolCodec::encodeError(method, requestId, kNotAuthorized));
        return;
    }
    if (method.isEmpty()) {
        send(client, ProtocolCodec::encodeError(QString(), requestId, u"Unknown method"_s));
        return;
    }
    if (client->role != Room::Role::Admin && MethodCatalogue::instance().isAdminOnly(method)) {
        refuse(client, method, requestId, kAccessDenied,
               tr("an Administrator-only method from a User operator"));
        return;
    }
    if (method == u"setAuthParams"_s || method == u"clearTokens"_s) {
        // The agent signs in with the secrets file: a protection changed through it would lock
        // the agent out at its next reconnect, and cleared tokens void the agent's own.
        refuse(client, method, requestId,
               tr("roomdeck-agent does not change the room's protection; change it at the room "
                  "(not through the agent) and update the agent's secrets file"));
        return;
    }
    if (!roomReady()) {
        refuse(client, method, requestId,
               tr("roomdeck-agent is not connected to the room; try again later"));
        return;
    }
    if (client->inFlight >= m_options.maxInFlightPerClient) {
        refuse(client, method, requestId,
               tr("too many requests waiting for the room (%1); wait for their replies")
                   .arg(m_options.maxInFlightPerClient));
        return;
    }
    forward(client, request, requestId);
}

void AgentRelay::signIn(Client *client, const RoomMessage &request, const QJsonValue &requestId)
{
    const QJsonObject &body = request.body;
    const QJsonValue type = body.value(u"type"_s);
    const QJsonValue role = body.value(u"role"_s);
    const QJsonValue credentials = body.value(u"credentials"_s);
    const auto fail
        = [&](const QString &error, const QString &why, const QString &operatorName = {}) {
              QJsonObject extra { { u"resultCode"_s, 3 } };
              send(client, ProtocolCodec::encodeError(u"auth"_s, requestId, error, extra));
              record({ operatorName.isEmpty() ? client->identity.name : operatorName, m_roomName,
                       u"auth"_s, u"sign-in refused"_s, why });
              if (++client->failedSignIns >= m_options.maxFailedSignIns) {
                  client->closing = true;
                  client->socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                                        tr("too many failed sign-ins"));
              }
          };
    const bool roleOk = role.isUndefined()
        || (role.isString() && (role.toString() == u"admin"_s || role.toString() == u"user"_s));
    if (!roleOk || (!type.isUndefined() && !type.isString())) {
        fail(kInvalidParameters, tr("malformed auth request"));
        return;
    }
    // None: no role asked for (room-api.md §3.2), the operator's own then.
    const Room::Role wanted = role.isUndefined() ? Room::Role::None
        : role.toString() == u"admin"_s          ? Room::Role::Admin
                                                 : Room::Role::User;

    AgentOperators::Identity identity;
    if (type.isUndefined()) {
        // Downgrade (room-api.md §3.2): an Administrator connection becomes a User one.
        if (!client->signedIn() || client->role != Room::Role::Admin
            || wanted != Room::Role::User) {
            fail(kAuthorizationFailed, tr("downgrade without an Administrator sign-in"));
            return;
        }
        identity = client->identity;
    } else if (type.toString() == u"secured"_s) {
        if (!credentials.isString()) {
            fail(kInvalidParameters, tr("malformed auth request"));
            return;
        }
        identity = m_options.operators->identify(credentials.toString());
        if (!identity.isValid()) {
            fail(kAuthorizationFailed, tr("no operator has this secret or token"));
            return;
        }
    } else if (type.toString() == u"unsecured"_s) {
        fail(kAuthorizationFailed, tr("the relay signs in operators with their secret only"));
        return;
    } else {
        fail(kInvalidParameters, tr("malformed auth request"));
        return;
    }
    if (wanted == Room::Role::Admin && identity.role != Room::Role::Admin) {
        fail(kAuthorizationFailed, tr("a User operator may not sign in as Administrator"),
             identity.name);
        return;
    }
    // Nobody gets more than the agent has: a console shown Administrator on a User connection
    // would offer what the room then refuses.
    const Room::Role agentRole = m_controller ? m_controller->role() : Room::Role::None;
    if (wanted == Room::Role::Admin && agentRole != Room::Role::Admin) {
        fail(kAuthorizationFailed,
             tr("roomdeck-agent is signed in to this room as User only (its secrets file has no "
                "Administrator password for it)"),
             identity.name);
        return;
    }
    const bool wasSignedIn = client->signedIn();
    client->identity = identity;
    client->role = wanted != Room::Role::None ? wanted
        : agentRole == Room::Role::Admin      ? identity.role
                                              : Room::Role::User;
    client->failedSignIns = 0;
    const QString httpToken = m_controller ? m_controller->httpToken() : QString();
    noteHttpToken(httpToken);
    QJsonObject fields {
        { u"resultCode"_s, 0 },
        { u"previleges"_s, 2 },
        { u"token"_s, m_options.operators->issueToken(identity) },
        { u"tokenForHttpServer"_s, httpToken },
    };
    send(client, ProtocolCodec::encodeReply(u"auth"_s, requestId, true, fields));
    audit(client, u"auth"_s, u"signed in as %1"_s.arg(wireRole(client->role)));
    if (!wasSignedIn)
        Q_EMIT clientsChanged();
}

void AgentRelay::forward(Client *client, const RoomMessage &request, const QJsonValue &requestId)
{
    QJsonObject params = request.body;
    params.remove(u"method"_s);
    params.remove(u"requestId"_s);
    ++client->inFlight;
    const QPointer<Client> asker(client);
    const QString operatorName = client->identity.name;
    const Room::Role role = client->role;
    const QString method = request.method;
    // The relay is the context: a client that goes away mid-request still has its request
    // end and audited; only the reply has nowhere to go.
    m_controller->sendRequest(
        method, params, this,
        [this, asker, operatorName, role, method, requestId](const RequestOutcome &outcome) {
            AgentAudit::Entry entry { operatorName, m_roomName, method,
                                      RequestOutcome::statusName(outcome.status),
                                      outcome.ok() ? QString() : outcome.errorText };
            entry.latencyMs = outcome.latencyMs;
            if (!asker)
                entry.error = entry.error.isEmpty()
                    ? tr("the client left before the reply")
                    : tr("%1; the client left before the reply").arg(entry.error);
            record(entry);
            if (outcome.ok() && method == u"getTokenForHttpServer"_s)
                noteHttpToken(outcome.reply.value(u"token"_s).toString());
            if (!asker)
                return;
            --asker->inFlight;
            send(asker, replyFor(outcome, requestId, role));
        });
}

QByteArray AgentRelay::replyFor(const RequestOutcome &outcome, const QJsonValue &requestId,
                                Room::Role role) const
{
    const bool answered = outcome.status == RequestOutcome::Status::Reply
        || outcome.status == RequestOutcome::Status::ErrorReply;
    if (!answered || outcome.reply.isEmpty())
        return ProtocolCodec::encodeError(outcome.method, requestId, outcome.errorText);
    // The room's own reply, as it came, under the client's requestId.
    QJsonObject reply = relayed(outcome.reply);
    reply.insert(u"requestId"_s, requestId);
    if (role != Room::Role::Admin && outcome.method == u"getAuthInfo"_s)
        reply = withoutPins(reply);
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

QJsonObject AgentRelay::relayed(QJsonObject message) const
{
    const quint16 httpPort = m_options.httpRelayPort ? m_options.httpRelayPort() : quint16(0);
    if (httpPort != 0 && message.contains(u"embeddedHttpPort"_s))
        message.insert(u"embeddedHttpPort"_s, httpPort);
    return message;
}

void AgentRelay::noteHttpToken(const QString &token)
{
    if (token.isEmpty() || m_httpTokens.contains(token))
        return;
    // Room tokens live 5 minutes (room-api.md §3.4): a few dozen recent ones are plenty.
    if (m_httpTokens.size() >= 32)
        m_httpTokens.removeFirst();
    m_httpTokens.append(token);
}

bool AgentRelay::handedOutHttpToken(const QString &token) const
{
    return !token.isEmpty() && m_httpTokens.contains(token);
}

void AgentRelay::refuse(Client *client, const QString &method, const QJsonValue &requestId,
                        const QString &error, const QString &why)
{
    send(client, ProtocolCodec::encodeError(method, requestId, error));
    audit(client, method, u"refused"_s, why.isEmpty() ? error : why);
}

void AgentRelay::send(Client *client, const QByteArray &frame)
{
    if (client->closing)
        return;
    if (client->socket->bytesToWrite() > m_options.maxBacklogBytes) {
        // A client that does not read would make the agent hold the room's events forever.
        client->closing = true;
        client->socket->close(QWebSocketProtocol::CloseCodeTooMuchData,
                              tr("the client reads too slowly"));
        return;
    }
    client->socket->sendTextMessage(QString::fromUtf8(frame));
}

void AgentRelay::fanOut(const RoomMessage &event)
{
    // The agent's own sign-in is the agent's business: its clients stay signed in to it.
    if (event.event == u"authorizationNeeded"_s)
        return;
    QByteArray frame;
    for (Client *client : std::as_const(m_clients)) {
        if (!client->signedIn())
            continue;
        if (frame.isNull())
            frame = QJsonDocument(relayed(event.body)).toJson(QJsonDocument::Compact);
        send(client, frame);
    }
}

void AgentRelay::closeAll(const QString &reason)
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->closing)
            continue;
        client->closing = true;
        client->socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
    }
}

void AgentRelay::checkOperators()
{
    // An operator removed or changed in the operators file is signed out as a room signs out
    // a connection whose credentials an administrator changed (room-api.md §3.5, causes 3/4).
    for (Client *client : std::as_const(m_clients)) {
        if (!client->signedIn() || m_options.operators->isCurrent(client->identity))
            continue;
        const int cause = client->role == Room::Role::Admin ? 3 : 4;
        send(client,
             ProtocolCodec::encodeEvent(u"authorizationNeeded"_s, { { u"cause"_s, cause } }));
        audit(client, u"auth"_s, u"signed out"_s, tr("the operators file changed"));
        client->identity = {};
        client->role = Room::Role::None;
        Q_EMIT clientsChanged();
    }
}

void AgentRelay::audit(const Client *client, const QString &method, const QString &outcome,
                       const QString &error)
{
    record({ client->identity.name, m_roomName, method, outcome, error });
}

void AgentRelay::record(AgentAudit::Entry entry)
{
    if (!m_options.audit)
        return;
    // The room's key as RoomHistoryRecorder writes it: roomdeckctl log --room ADDRESS finds
    // the relay's commands in the history.
    entry.roomKey = RoomHistoryRecorder::keyOf(m_controller.data());
    m_options.audit->record(entry);
}
