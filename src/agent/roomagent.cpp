// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomagent.h"

#include "agent/agentmetrics.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpServer>

#include <algorithm>

using namespace Qt::StringLiterals;

RoomAgent::RoomAgent(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_fleet(new AgentFleet(options.room, this))
{
    if (m_options.version.isEmpty())
        m_options.version = QString::fromLatin1(ROOMDECK_VERSION);
}

RoomAgent::~RoomAgent() = default;

QString RoomAgent::secretsSource() const
{
    return m_options.secretsFile.isEmpty() ? AgentConfig::credentialsFile() : m_options.secretsFile;
}

bool RoomAgent::readFiles(QList<AgentRoomConfig> *rooms, QHash<QString, AgentSecret> *secrets,
                          QString *error)
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

bool RoomAgent::start(QString *error)
{
    QList<AgentRoomConfig> rooms;
    QHash<QString, AgentSecret> secrets;
    if (!readFiles(&rooms, &secrets, error))
        return false;

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
    m_fleet->apply(rooms, secrets);
    return true;
}

bool RoomAgent::reload(QString *error, AgentFleet::Change *change)
{
    QList<AgentRoomConfig> rooms;
    QHash<QString, AgentSecret> secrets;
    if (!readFiles(&rooms, &secrets, error))
        return false;
    const AgentFleet::Change done = m_fleet->apply(rooms, secrets);
    if (change)
        *change = done;
    return true;
}

quint16 RoomAgent::port() const
{
    return m_tcp ? m_tcp->serverPort() : quint16(0);
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
}
