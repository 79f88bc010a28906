// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomagent.h"

#include "agent/agenthttprelay.h"
#include "agent/agentmetrics.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcAgentHistory, "roomdeck.agent.history")
} // namespace

RoomAgent::RoomAgent(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_operators(new AgentOperators(this))
{
    if (m_options.version.isEmpty())
        m_options.version = QString::fromLatin1(ROOMDECK_VERSION);
    AgentRoom::Options room = m_options.room;
    if (hasRelay()) {
        room.relay.operators = m_operators;
        room.relay.audit = &m_audit;
        room.relay.address = m_options.listenAddress;
        room.relay.httpRelayPort = [this] {
            return relayHttpPort();
        };
    }
    m_fleet = new AgentFleet(room, this);
}

RoomAgent::~RoomAgent()
{
    // The rooms (and their relays) first: a request that ends as they disconnect is still
    // audited, and the audit log and the operators are members that go before the children.
    delete m_httpRelay;
    delete m_fleet;
    m_audit.setHistory(nullptr);
    m_history.reset(); // writes what is queued
}

QString RoomAgent::secretsSource() const
{
    return m_options.secretsFile.isEmpty() ? AgentConfig::credentialsFile() : m_options.secretsFile;
}

QString RoomAgent::operatorsSource() const
{
    return m_options.operatorsFile.isEmpty() ? AgentConfig::credentialsFile(u"operators"_s)
                                             : m_options.operatorsFile;
}

bool RoomAgent::readFiles(QList<AgentRoomConfig> *rooms, QHash<QString, AgentSecret> *secrets,
                          QList<AgentOperator> *operators, QString *error)
{
    m_warnings.clear();
    const std::optional<QList<AgentRoomConfig>> read
        = AgentConfig::readRooms(m_options.roomsFile, error);
    if (!read)
        return false;
    *rooms = *read;
    secrets->clear();
    // A secrets file of our own must be private; systemd's credentials directory already is
    // (readable by this service only), whoever owns the file in it.
    if (hasRelay()) {
        const std::optional<QList<AgentOperator>> ops = AgentConfig::readOperators(
            operatorsSource(), !m_options.operatorsFile.isEmpty(), error);
        if (!ops)
            return false;
        *operators = *ops;
    }
    const bool fromSystemd = m_options.secretsFile.isEmpty();
    const QString path = secretsSource();
    if (path.isEmpty())
        return true;
    const std::optional<QHash<QString, AgentSecret>> s
        = AgentConfig::readSecrets(path, !fromSystemd, error);
    if (!s)
        return false;
    *secrets = *s;
    for (auto it = secrets->cbegin(); it != secrets->cend(); ++it) {
        const bool listed
            = std::any_of(rooms->cbegin(), rooms->cend(),
                          [&it](const AgentRoomConfig &r) { return r.name == it.key(); });
        if (!listed)
            m_warnings.append(
                QCoreApplication::translate("RoomAgent",
                                            "%1 has a secret for \"%2\", a room the rooms file "
                                            "does not list; it is not used")
                    .arg(path, it.key()));
    }
    return true;
}

void RoomAgent::applyFiles(const QList<AgentRoomConfig> &rooms,
                           const QHash<QString, AgentSecret> &secrets,
                           const QList<AgentOperator> &operators, AgentFleet::Change *change)
{
    m_operators->setOperators(operators);
    const AgentFleet::Change done = m_fleet->apply(rooms, secrets);
    if (change)
        *change = done;
    for (const AgentRoom *room : m_fleet->rooms()) {
        if (!room->relayError().isEmpty())
            m_warnings.append(room->relayError());
    }
}

bool RoomAgent::start(QString *error)
{
    QList<AgentRoomConfig> rooms;
    QHash<QString, AgentSecret> secrets;
    QList<AgentOperator> operators;
    if (!readFiles(&rooms, &secrets, &operators, error))
        return false;
    if (hasRelay() && !m_audit.open(m_options.auditFile, error))
        return false;
    if (hasRelay() && !m_options.historyFile.isEmpty()) {
        HistoryStore::Options o;
        o.path = m_options.historyFile;
        m_history = std::make_unique<HistoryStore>(o);
        // A locked, damaged or full database pauses the history, never the relay: said once
        // when it pauses and once when it is back.
        const auto onStatus = [this](HistoryStore::State state, const QString &text) {
            const bool paused = state == HistoryStore::State::Paused;
            if (paused && !m_historyPaused)
                qCWarning(lcAgentHistory).noquote()
                    << "the history is paused (the relay goes on):" << text;
            else if (!paused && m_historyPaused)
                qCWarning(lcAgentHistory).noquote() << "the history is written again";
            else if (!paused && !text.isEmpty())
                qCWarning(lcAgentHistory).noquote() << text; // a damaged file moved aside
            m_historyPaused = paused;
        };
        connect(m_history.get(), &HistoryStore::statusChanged, this, onStatus);
        if (m_history->state() == HistoryStore::State::Paused || !m_history->statusText().isEmpty())
            onStatus(m_history->state(), m_history->statusText());
        m_audit.setHistory(m_history.get());
    }

    m_http = std::make_unique<QHttpServer>();
    setUpRoutes();
    // Our own QTcpServer: QAbstractHttpServer::listen() does not say why a bind failed in 6.4.
    auto *tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(m_options.listenAddress, m_options.listenPort)) {
        *error = QCoreApplication::translate("RoomAgent", "cannot listen on %1:%2: %3")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.listenPort)
                     .arg(tcp->errorString());
        m_http.reset();
        return false;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    if (hasRelay()) {
        m_httpRelay = new AgentHttpRelay(
            [this](const QString &token) -> std::optional<AgentHttpRelay::Target> {
                for (const AgentRoom *room : m_fleet->rooms()) {
                    if (room->relay() && room->relay()->handedOutHttpToken(token))
                        return AgentHttpRelay::Target { room->config().address.host,
                                                        room->controller()->httpPort() };
                }
                return std::nullopt;
            },
            this);
        if (!m_httpRelay->listen(m_options.listenAddress, m_options.relayHttpPort, error)) {
            m_http.reset();
            m_tcp = nullptr;
            return false;
        }
    }
    applyFiles(rooms, secrets, operators, nullptr);
    return true;
}

bool RoomAgent::reload(QString *error, AgentFleet::Change *change)
{
    QList<AgentRoomConfig> rooms;
    QHash<QString, AgentSecret> secrets;
    QList<AgentOperator> operators;
    if (!readFiles(&rooms, &secrets, &operators, error))
        return false;
    applyFiles(rooms, secrets, operators, change);
    return true;
}

quint16 RoomAgent::port() const
{
    return m_tcp ? m_tcp->serverPort() : quint16(0);
}

quint16 RoomAgent::relayHttpPort() const
{
    return m_httpRelay ? m_httpRelay->port() : quint16(0);
}

void RoomAgent::setUpRoutes()
{
    m_http->route(
        u"/metrics"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) {
            return QHttpServerResponse(AgentMetrics::prometheusContentType(),
                                       AgentMetrics::prometheusText(*m_fleet, m_options.version));
        });
    m_http->route(u"/api/v1/rooms"_s, QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &) {
                      return QHttpServerResponse(
                          QByteArrayLiteral("application/json"),
                          QJsonDocument(AgentMetrics::snapshot(*m_fleet, m_options.version))
                              .toJson(QJsonDocument::Compact));
                  });
    // The relay's discovery (room-api.md §2.2): each room's config.json names the room's relay.
    m_http->route(u"/public/<arg>/config.json"_s, QHttpServerRequest::Method::Get,
                  [this](const QString &instance, const QHttpServerRequest &) {
                      // The room's name as the instance, or its relayInstance (no spaces, for
                      // shells).
                      const AgentRoom *room = m_fleet->room(instance);
                      if (!room)
                          room = m_fleet->roomByRelayInstance(instance);
                      if (!room || !room->relay() || room->relay()->port() == 0)
                          return QHttpServerResponse(
                              QByteArrayLiteral("text/plain"),
                              QByteArrayLiteral("no such room behind this roomdeck-agent\n"),
                              QHttpServerResponse::StatusCode::NotFound);
                      const QJsonObject config {
                          { u"websocket"_s,
                            QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                          { u"port"_s, room->relay()->port() } } },
                          // The rooms' HTTP servers are relayed on a port of their own.
                          { u"http"_s,
                            QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                          { u"port"_s, relayHttpPort() } } },
                      };
                      return QHttpServerResponse(
                          QByteArrayLiteral("application/json"),
                          QJsonDocument(QJsonObject { { u"config"_s, config } })
                              .toJson(QJsonDocument::Compact));
                  });
}
