// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentroom.h"

#include "core/models/devicestate.h"
#include "core/models/meetingschedule.h"
#include "core/models/participantlistmodel.h"
#include "core/session/roomsession.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

RoomController::Options AgentRoom::defaultControllerOptions()
{
    RoomController::Options o;
    // The state the metrics show and the room's TrueConf ID; the parts read the rest.
    o.startupRequests = { u"getAppState"_s, u"getSystemInfo"_s };
    // A room that is down when the agent starts is retried like one that went down later.
    o.transport.retryInitialConnect = true;
    // Another room or instance may answer on the default port: never sign in there unasked.
    o.transport.fallbackToDefaultPorts = false;
    return o;
}

AgentRoom::AgentRoom(const AgentRoomConfig &config, const AgentSecret &secret,
                     const Options &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secret(secret)
    , m_options(options)
{
    // Only the parts the metrics read: a fleet of hundreds of rooms holds no address books.
    m_session = new RoomSession(options.controller, RoomSession::Parts::None, this);
    m_participants = new ParticipantListModel(m_session);
    m_devices = new DeviceState(m_session);
    m_meetings = new MeetingSchedule(m_session);
    m_session->attach(m_participants);
    m_session->attach(m_devices);
    m_session->attach(m_meetings);

    RoomController *c = m_session->controller();
    m_sinceStateChange.start();
    // Only a state the room reports that differs from the last one it reported counts: not
    // knowing the state (the agent disconnected) is no change of the room's.
    connect(c, &RoomController::appStateChanged, this, [this](Room::AppState state) {
        if (state == Room::AppState::Unknown || state == m_lastKnownState)
            return;
        m_lastKnownState = state;
        m_sinceStateChange.restart();
    });
    connect(c, &RoomController::connectionLost, this, [this] { ++m_reconnects; });
    connect(c, &RoomController::startupCompleted, this, &AgentRoom::probe);
    connect(c, &RoomController::connectionStateChanged, this,
            [this](RoomController::ConnectionState state) {
                if (state != RoomController::ConnectionState::Connected
                    && state != RoomController::ConnectionState::Loading)
                    m_rtt.reset();
            });
    m_probeTimer.setInterval(options.probeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &AgentRoom::probe);
}

AgentRoom::~AgentRoom()
{
    if (RoomController *c = controller())
        c->disconnectFromRoom();
}

RoomController *AgentRoom::controller() const
{
    return m_session->controller();
}

bool AgentRoom::sameConnection(const AgentRoomConfig &config, const AgentSecret &secret) const
{
    return config.address == m_config.address && secret == m_secret;
}

void AgentRoom::setConfig(const AgentRoomConfig &config)
{
    Q_ASSERT(config.address == m_config.address);
    const bool portChanged = config.relayPort != m_config.relayPort;
    m_config = config;
    if (m_relay) {
        m_relay->setRoomName(config.name);
        if (portChanged)
            listenRelay();
    }
}

void AgentRoom::listenRelay()
{
    m_relayError.clear();
    if (!m_relay->listen(m_config.relayPort, &m_relayError))
        m_relayError = u"%1: %2"_s.arg(m_config.name, m_relayError);
}

void AgentRoom::start()
{
    if (m_options.relay.operators && !m_relay) {
        m_relay = new AgentRelay(controller(), m_config.name, m_options.relay, this);
        listenRelay();
    }
    controller()->connectToRoom(m_config.address, m_secret.credentials());
    if (m_options.probeIntervalMs > 0)
        m_probeTimer.start();
}

void AgentRoom::probe()
{
    RoomController *c = controller();
    // One probe at a time: a room that answers slowly is not sent a queue of them.
    if (!c->isReady() || m_probePending)
        return;
    m_probePending = true;
    QElapsedTimer elapsed;
    elapsed.start();
    c->refreshAppState(this, [this, elapsed](const RequestOutcome &outcome) {
        m_probePending = false;
        if (outcome.ok())
            m_rtt = double(elapsed.nsecsElapsed()) / 1e9;
        Q_EMIT probed(outcome.ok());
    });
}

double AgentRoom::conferenceOverrun() const
{
    // While the room is in a conference: how far the running meetings of its schedule are
    // past their scheduled end (the latest of them).
    if (controller()->appState() != Room::AppState::Conference)
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 overrun = 0;
    for (const MeetingSchedule::Meeting &m : m_meetings->meetings()) {
        if (m.running && m.start.isValid() && m.durationSecs > 0)
            overrun = qMax(overrun, m.end().secsTo(now));
    }
    return double(overrun);
}

AgentRoom::Facts AgentRoom::facts() const
{
    const RoomController *c = controller();
    Facts f;
    f.up = c->isAuthenticated();
    f.connection = RoomController::connectionStateText(c->connectionState());
    const Room::AppState state = f.up ? c->appState() : Room::AppState::Unknown;
    f.appState = int(state);
    f.inConference = state == Room::AppState::Conference;
    if (f.inConference)
        f.participants = m_participants->rowCount() - int(m_participants->waitingRows().size());
    if (f.up) {
        f.microphoneMuted = m_devices->isMuted(DeviceState::Device::Microphone);
        f.cameraMuted = m_devices->isMuted(DeviceState::Device::Camera);
    }
    // room-api.md §5.1: 2 connected to the server, login needed; 3 and up logged in.
    f.serverConnected = int(state) >= int(Room::AppState::Login);
    f.loggedIn = int(state) >= int(Room::AppState::Normal);
    f.displaced = c->isDisplaced();
    f.reconnects = m_reconnects;
    f.stateChangeAgeSeconds = double(m_sinceStateChange.elapsed()) / 1000.0;
    f.rttSeconds = m_rtt;
    f.conferenceOverrunSeconds = conferenceOverrun();
    f.trueConfId = c->trueConfId();
    if (m_relay) {
        f.relayClients = m_relay->signedInCount();
        f.relayPort = m_relay->port();
    }
    return f;
}
