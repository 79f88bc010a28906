// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/agentconfig.h"
#include "agent/agentrelay.h"
#include "core/controller/roomcontroller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class DeviceState;
class MeetingSchedule;
class ParticipantListModel;
class RoomSession;

//! One room of the agent's fleet: a RoomSession that connects, signs in, reconnects and resyncs
//! as the GUI's does, with only the parts the metrics need (participants, devices, the meeting
//! schedule), and a periodic getAppState that measures the round trip. facts() is what /metrics
//! and /api/v1/rooms show.
class AgentRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRoom)

public:
    //! What a long-running agent wants: keep trying a room that is down, never guess a port.
    static RoomController::Options defaultControllerOptions();
    struct Options
    {
        RoomController::Options controller = defaultControllerOptions();
        int probeIntervalMs = 15000; //!< the periodic getAppState; 0: none
        AgentRelay::Options relay; //!< no relay without operators
    };

    //! What is known about the room now (a snapshot; nothing here is secret).
    struct Facts
    {
        bool up = false; //!< signed in
        QString connection; //!< the connection state's name
        int appState = -1; //!< room-api.md §5.1; -1 not known
        bool inConference = false;
        int participants = 0;
        std::optional<bool> microphoneMuted;
        std::optional<bool> cameraMuted;
        bool serverConnected = false;
        bool loggedIn = false;
        bool displaced = false;
        quint64 reconnects = 0;
        double stateChangeAgeSeconds = 0;
        std::optional<double> rttSeconds;
        double conferenceOverrunSeconds = 0;
        QString trueConfId;
        int relayClients = 0; //!< signed in through the relay
        quint16 relayPort = 0; //!< 0: no relay
    };

    AgentRoom(const AgentRoomConfig &config, const AgentSecret &secret, const Options &options,
              QObject *parent = nullptr);
    ~AgentRoom() override;

    const AgentRoomConfig &config() const { return m_config; }
    //! True when `config` and `secret` reach the room as this one does (only labels differ).
    bool sameConnection(const AgentRoomConfig &config, const AgentSecret &secret) const;
    //! Takes new labels (site, tags) and relay port without touching the connection.
    void setConfig(const AgentRoomConfig &config);

    //! Connects, and opens the relay when there are operators.
    void start();
    //! The relay, or nullptr when the agent has no operators.
    AgentRelay *relay() const { return m_relay; }
    //! Why the relay could not listen (empty when it does, or when there is none).
    QString relayError() const { return m_relayError; }
    RoomSession *session() const { return m_session; }
    RoomController *controller() const;
    Facts facts() const;

Q_SIGNALS:
    //! A periodic getAppState ended (`ok`: with a reply, its round trip now in facts()).
    void probed(bool ok);

private:
    void probe();
    void listenRelay();
    double conferenceOverrun() const;

    AgentRoomConfig m_config;
    AgentSecret m_secret;
    Options m_options;
    RoomSession *m_session = nullptr;
    ParticipantListModel *m_participants = nullptr;
    DeviceState *m_devices = nullptr;
    MeetingSchedule *m_meetings = nullptr;
    AgentRelay *m_relay = nullptr;
    QString m_relayError;
    QTimer m_probeTimer;
    bool m_probePending = false;
    std::optional<double> m_rtt;
    quint64 m_reconnects = 0;
    QElapsedTimer m_sinceStateChange;
    Room::AppState m_lastKnownState = Room::AppState::Unknown;
};
