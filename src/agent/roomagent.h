// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/agentaudit.h"
#include "agent/agentfleet.h"
#include "agent/agentoperators.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class AgentHttpRelay;
class HistoryStore;
class QHttpServer;
class QTcpServer;

//! roomdeck-agent as a library: reads the rooms file and the secrets, keeps the fleet, serves
//! /metrics and /api/v1/rooms over HTTP, and reloads on request (SIGHUP in the program).
class RoomAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomAgent)

public:
    static constexpr quint16 kDefaultPort = 9687;

    struct Options
    {
        QString roomsFile;
        //! Empty: the systemd credential `secrets` when there is one, else no secrets (every
        //! room unsecured).
        QString secretsFile;
        //! The relay's operators: with none (empty, and no systemd credential `operators`)
        //! there is no relay.
        QString operatorsFile;
        //! The relay's audit log (AgentAudit); empty: standard output.
        QString auditFile;
        //! The durable history (HistoryStore) the relay's audit also goes to; empty: none.
        //! The program passes --history, $STATE_DIRECTORY/history.sqlite or
        //! HistoryStore::defaultPath().
        QString historyFile;
        //! Where the HTTP server and the relay listen.
        QHostAddress listenAddress = QHostAddress::LocalHost;
        //! The port of the relay of the rooms' HTTP servers (uploads, frames); 0: any free one.
        quint16 relayHttpPort = 0;
        quint16 listenPort = kDefaultPort; //!< 0: any free port (tests)
        AgentRoom::Options room;
        QString version; //!< empty: this build's version
    };

    explicit RoomAgent(const Options &options, QObject *parent = nullptr);
    ~RoomAgent() override;

    //! Reads the files, listens and connects every room; false and a readable *error when a
    //! file is wrong or the port cannot be bound (nothing runs then).
    bool start(QString *error);
    //! Reads the files again and moves the fleet to them; on an error the fleet stays as it
    //! was. `change` (when given) says what moved.
    bool reload(QString *error, AgentFleet::Change *change = nullptr);

    quint16 port() const;
    //! The HTTP relay's port (0 without a relay).
    quint16 relayHttpPort() const;
    const AgentFleet &fleet() const { return *m_fleet; }
    //! The secrets file in use (empty when none), for the log; never its content.
    QString secretsSource() const;
    //! The operators file in use (empty when there is no relay).
    QString operatorsSource() const;
    bool hasRelay() const { return !operatorsSource().isEmpty(); }
    const AgentOperators &operators() const { return *m_operators; }
    const AgentAudit &audit() const { return m_audit; }
    //! The history the audit is written to (nullptr without a relay or a historyFile).
    HistoryStore *history() const { return m_history.get(); }
    //! What the last start() or reload() found odd but went on with (a secret for a room the
    //! rooms file does not list), readable.
    QStringList warnings() const { return m_warnings; }

private:
    bool readFiles(QList<AgentRoomConfig> *rooms, QHash<QString, AgentSecret> *secrets,
                   QList<AgentOperator> *operators, QString *error);
    void applyFiles(const QList<AgentRoomConfig> &rooms, const QHash<QString, AgentSecret> &secrets,
                    const QList<AgentOperator> &operators, AgentFleet::Change *change);
    void setUpRoutes();

    Options m_options;
    AgentOperators *m_operators = nullptr;
    AgentAudit m_audit;
    AgentFleet *m_fleet = nullptr;
    std::unique_ptr<QHttpServer> m_http;
    AgentHttpRelay *m_httpRelay = nullptr;
    QTcpServer *m_tcp = nullptr;
    std::unique_ptr<HistoryStore> m_history;
    bool m_historyPaused = false; //!< logged once per pause
    QStringList m_warnings;
};
