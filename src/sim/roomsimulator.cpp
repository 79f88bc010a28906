// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsimulator.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"
#include "simappupdate.h"
#include "simaudiotests.h"
#include "simauthcommands.h"
#include "simauthority.h"
#include "simbranding.h"
#include "simcalls.h"
#include "simcameracontrol.h"
#include "simcamerapresets.h"
#include "simchat.h"
#include "simconnections.h"
#include "simcontentshare.h"
#include "simdatacontainers.h"
#include "simdevices.h"
#include "simdispatcher.h"
#include "simhttpendpoints.h"
#include "simlicence.h"
#include "simlisteners.h"
#include "simlog.h"
#include "simmediaoptions.h"
#include "simmoderation.h"
#include "simndi.h"
#include "simpodium.h"
#include "simpresencefeed.h"
#include "simreplay.h"
#include "simscenarioplayer.h"
#include "simscheduler.h"
#include "simscreen.h"
#include "simsettings.h"
#include "simsystem.h"

#include <QJsonArray>
#include <QTcpServer> // complete for SimListeners::webSocketConnectionsPending
#include <QWebSocket>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Assembly

RoomSimulator::RoomSimulator(QObject *parent)
    : RoomSimulator(Options {}, parent)
{ }

RoomSimulator::RoomSimulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_log(std::make_unique<SimStrictLog>(options.strict))
    , m_auth(std::make_unique<SimAuthority>(options.pin, options.adminPassword,
                                            options.httpTokenLifetimeSecs))
    , m_settings(std::make_unique<SimSettings>())
    , m_files(std::make_unique<SimFileStore>())
    , m_appState(options.startLoggedIn ? 3 : 0)
{
    QString domain = RoomIds::parse(options.peerId).server;
    if (domain.isEmpty())
        domain = u"sim.trueconf.local"_s;
    m_book = std::make_unique<SimAddressBook>(domain, options.seed);
    m_book->generate(qMax(0, options.peers));
    m_book->addDemoGroups();
    SimHost &host = *this; // the parts see the room only through SimHost
    m_system = std::make_unique<SimSystem>(host);
    const auto flush = [this] {
        flushQueued();
    };
    m_licence = std::make_unique<SimLicence>(
        host, options.proLicence, [this] { return m_system->tariff(); }, flush);
    m_system->setOnActivated([this] { m_licence->setPro(true); });
    m_branding
        = std::make_unique<SimBranding>(host, *m_files, [this] { return m_licence->isPro(); });
    m_ndi = std::make_unique<SimNdi>(
        host, [this] { return m_licence->isPro(); }, flush);
    m_contentShare = std::make_unique<SimContentShare>(
        host, *m_files, [this] { return m_licence->isPro(); }, flush);
    m_appUpdate = new SimAppUpdate(host, options.updateVersion, options.updateStepMs,
                                   options.updateFails, flush, this);

    SimServer::Options serverOptions;
    serverOptions.delayMs = options.serverDelayMs;
    serverOptions.accounts = options.accounts;
    serverOptions.acceptAnyLogin = options.acceptAnyLogin;
    m_server = new SimServer(host, serverOptions, options.peerId, options.peerDn,
                             options.startLoggedIn, this);
    SimCalls::Timing timing;
    timing.serverDelayMs = options.serverDelayMs;
    timing.ringDelayMs = options.ringDelayMs;
    timing.ringTimeoutMs = options.ringTimeoutMs;
    m_calls = new SimCalls(host, timing, options.conferencePin, this);
    m_scheduler = new SimScheduler(host, this);
    m_calls->setScheduler(m_scheduler);
    m_moderation = new SimModeration(host, *m_calls, this);
    m_podium = new SimPodium(host, *m_calls, this);
    m_screen = new SimScreen(
        host, *m_calls, [this] { flushQueued(); }, this);
    m_chat = std::make_unique<SimChat>(host, *m_calls);
    m_data = std::make_unique<SimDataContainers>(host, [this] { flushQueued(); });
    m_devices = new SimDevices(host, this);
    m_moderation->setOwnDevices(m_devices);
    m_presets = std::make_unique<SimCameraPresets>(host, *m_devices);
    m_cameraControl = new SimCameraControl(
        host, [this](const QString &peerId) { return otherParticipant(peerId); },
        options.cameraControlAnswerDelayMs, this);
    m_mediaOptions = std::make_unique<SimMediaOptions>(
        host, [this](int fileId) { return fileId >= 0 && hasFile(fileId); });
    m_presence = new SimPresenceFeed(host, options.presenceChurnPerSecond, this);
    m_audioTests = new SimAudioTests(
        host,
        [this](SimAudioTests::Device d) {
            const QJsonObject hw = m_devices->hardwareJson();
            const bool mic = d == SimAudioTests::Device::Microphone;
            return hw.value(mic ? u"currentAudioCapturerName"_s : u"currentAudioRendererName"_s)
                != u"none"_s;
        },
        this);

    m_listeners = new SimListeners(
        options.address,
        [this](const QHttpServerRequest &request) { return m_endpoints->serveWeb(request); },
        [this](const QHttpServerRequest &request) { return m_endpoints->serveHttp(request); },
        this);
    m_endpoints = std::make_unique<SimHttpEndpoints>(options.instance, options.maxUploadBytes,
                                                     *m_listeners, *m_auth, *m_files, *m_calls,
                                                     *m_settings, *m_devices, *m_presets);
    m_endpoints->setScreen(m_screen);
    m_connections = new SimConnections(this);
    connect(m_listeners, &SimListeners::webSocketConnectionsPending, m_connections,
            &SimConnections::acceptPending);
    connect(m_connections, &SimConnections::clientConnected, this, &RoomSimulator::clientConnected);
    connect(m_connections, &SimConnections::clientDisconnected, this,
            &RoomSimulator::clientDisconnected);

    m_authCommands = std::make_unique<SimAuthCommands>(*m_auth, *m_connections, *m_log);
    m_dispatcher = new SimDispatcher(host, *m_connections, *m_log, this);
    connect(m_connections, &SimConnections::frameReceived, m_dispatcher,
            &SimDispatcher::handleFrame);
    connect(m_dispatcher, &SimDispatcher::requestReceived, this, &RoomSimulator::requestReceived);
    SimCommandTable commands;
    for (const SimCommandTable &part : { m_server->commands(),
                                         m_calls->commands(),
                                         m_moderation->commands(),
                                         m_podium->commands(),
                                         m_chat->commands(),
                                         m_devices->commands(),
                                         m_branding->commands(),
                                         m_system->commands(),
                                         SimAddressBook::commands(host),
                                         m_settings->commands(host),
                                         m_presets->commands(),
                                         m_cameraControl->commands(),
                                         m_scheduler->commands(),
                                         m_data->commands(),
                                         m_licence->commands(),
                                         m_ndi->commands(),
                                         m_contentShare->commands(),
                                         m_appUpdate->commands(),
                                         m_audioTests->commands(),
                                         roomCommands() })
        commands.insert(part);
    if (options.mediaOptions)
        commands.insert(m_mediaOptions->commands());
    commands.insert(m_screen->commands());
    m_dispatcher->setCommands(m_authCommands->commands(), commands);

    m_scenario = new SimScenarioPlayer(*this, this);
    connect(m_scenario, &SimScenarioPlayer::stepRan, this, &RoomSimulator::scenarioStepRan);
    m_replay = new SimReplayPlayer(*this, this);
    connect(m_replay, &SimReplayPlayer::finished, this, &RoomSimulator::replayFinished);
    connect(m_dispatcher, &SimDispatcher::clientSignedIn, m_replay,
            &SimReplayPlayer::clientSignedIn);
    m_dispatcher->setRecordedReplies([this](const QString &method, QJsonObject *reply) {
        if (!m_replay || !m_replay->recordedReply(method, reply))
            return false;
        // The recorded room's own HTTP port (getAppState) is not this one: clients would
        // upload to, and read camera frames from, a port nobody listens on.
        if (reply->contains(u"embeddedHttpPort"_s))
            reply->insert(u"embeddedHttpPort"_s, int(httpPort()));
        return true;
    });
}

RoomSimulator::~RoomSimulator()
{
    m_destroying = true;
    shutdownAll(false);
    // The parts hold references to this room and to each other: they go before the members
    // they refer to, the users before the used.
    delete std::exchange(m_scenario, nullptr);
    delete std::exchange(m_replay, nullptr);
    delete std::exchange(m_dispatcher, nullptr);
    delete std::exchange(m_connections, nullptr);
    delete std::exchange(m_listeners, nullptr);
    delete std::exchange(m_presence, nullptr);
    delete std::exchange(m_audioTests, nullptr);
    delete std::exchange(m_podium, nullptr);
    delete std::exchange(m_screen, nullptr);
    delete std::exchange(m_moderation, nullptr);
    delete std::exchange(m_calls, nullptr);
    delete std::exchange(m_server, nullptr);
    delete std::exchange(m_cameraControl, nullptr);
    m_presets.reset();
    delete std::exchange(m_devices, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Ports: start, stop, restart, reboot

bool RoomSimulator::isRunning() const
{
    return m_running;
}

quint16 RoomSimulator::webPort() const
{
    return m_listeners->webPort();
}

quint16 RoomSimulator::wsPort() const
{
    return m_listeners->wsPort();
}

quint16 RoomSimulator::httpPort() const
{
    return m_listeners->httpPort();
}

QUrl RoomSimulator::configUrl() const
{
    return m_listeners->url(u"http"_s, webPort(),
                            u"/public/"_s + m_options.instance + u"/config.json"_s);
}

QUrl RoomSimulator::wsUrl() const
{
    return m_listeners->url(u"ws"_s, wsPort());
}

QUrl RoomSimulator::httpUrl() const
{
    return m_listeners->url(u"http"_s, httpPort());
}

bool RoomSimulator::start(QString *error)
{
    if (m_running)
        return true;
    if (!m_listeners->bind(m_options.webPort, m_options.wsPort, m_options.wsPortFallback,
                           m_options.httpPort, m_options.httpPortFallback, error))
        return false;
    m_running = true;
    qCDebug(lcSim) << "started: web" << webPort() << "ws" << wsPort() << "http" << httpPort();
    m_presence->resume();
    m_scenario->roomStarted();
    Q_EMIT portsChanged();
    return true;
}

void RoomSimulator::stop()
{
    shutdownAll(!m_destroying);
}

void RoomSimulator::shutdownAll(bool emitSignals)
{
    const bool hadPorts = m_running || m_listeners->isBound();
    if (emitSignals)
        m_connections->closeAll();
    else
        m_connections->dropAll();
    // Connections still in their handshake (or frozen before it) go too.
    m_connections->closeHandshakes();
    m_dispatcher->clearDeferred();
    m_connections->clearQueue();
    m_presence->pause();
    m_scenario->halt();
    m_replay->halt();
    if (m_devices)
        m_devices->halt();

    m_listeners->close();
    m_running = false;
    if (emitSignals && hadPorts)
        Q_EMIT portsChanged();
}

bool RoomSimulator::restartWebSocket(quint16 newWsPort, QString *error)
{
    if (!m_running) {
        if (error)
            *error = tr("the simulator is not running");
        return false;
    }
    m_connections->closeAll();
    m_connections->closeHandshakes();
    const bool rebound = m_listeners->rebindWebSocket(newWsPort, error);
    if (rebound)
        qCDebug(lcSim) << "WebSocket restarted on port" << wsPort();
    Q_EMIT portsChanged();
    return rebound;
}

bool RoomSimulator::reboot()
{
    if (!m_running || m_options.rebootDelayMs <= 0)
        return false;
    // The computer goes down: every connection and every port, and the application's state
    // with its tokens (they last "until the app closes", §3.4).
    const int before = m_appState;
    const quint16 web = webPort();
    const quint16 ws = wsPort();
    const quint16 http = httpPort();
    shutdownAll(true);
    m_calls->reset();
    m_server->cancelPending();
    m_auth->clearTokens();
    qCInfo(lcSim) << "rebooting for" << m_options.rebootDelayMs << "ms";
    m_listeners->rebindLater(m_options.rebootDelayMs, web, ws, m_options.rebootNewPort, http,
                             [this, before](const QString &error) {
                                 if (error.isEmpty())
                                     comeBack(before);
                                 else
                                     qCWarning(lcSim)
                                         << "the room did not come back after the reboot:" << error;
                             });
    return true;
}

void RoomSimulator::comeBack(int appStateBefore)
{
    m_appState = m_server->restartState(appStateBefore);
    m_running = true;
    m_presence->resume();
    qCInfo(lcSim) << "back after the reboot: web" << webPort() << "ws" << wsPort();
    Q_EMIT portsChanged();
    Q_EMIT rebooted();
}

// ---------------------------------------------------------------------------------------------
// Connections and fault knobs

void RoomSimulator::closeAllClients()
{
    m_connections->closeAll();
}

void RoomSimulator::setFrozen(bool frozen)
{
    if (!m_connections->setFrozen(frozen) || frozen)
        return;
    m_dispatcher->processDeferred();
}

bool RoomSimulator::isFrozen() const
{
    return m_connections->isFrozen();
}

void RoomSimulator::setReplyDelay(const QString &method, int msecs)
{
    m_dispatcher->setReplyDelay(method, msecs);
}

void RoomSimulator::setDropAfterFrames(int frames)
{
    m_connections->setDropAfterFrames(frames);
}

void RoomSimulator::setRefuseConnections(bool refuse)
{
    m_connections->setRefuseConnections(refuse);
}

void RoomSimulator::setHttpTokenExpiries(int count)
{
    m_endpoints->setTokenExpiries(count);
}

void RoomSimulator::setBrokenFrames(int count)
{
    m_endpoints->setBrokenFrames(count);
}

quint64 RoomSimulator::frameRequestCount() const
{
    return m_endpoints->frameRequestCount();
}

int RoomSimulator::clientCount() const
{
    return m_connections->count();
}

int RoomSimulator::authorizedCount(const QString &role) const
{
    if (role == u"admin"_s)
        return m_connections->authorizedCount(Room::Role::Admin);
    if (role == u"user"_s)
        return m_connections->authorizedCount(Room::Role::User);
    return 0;
}

QStringList RoomSimulator::violations() const
{
    return m_log->violations();
}

QStringList RoomSimulator::conventionNotes() const
{
    return m_log->notes();
}

void RoomSimulator::clearViolations()
{
    m_log->clear();
}

QStringList RoomSimulator::receivedMethods() const
{
    return m_dispatcher->receivedMethods();
}

// ---------------------------------------------------------------------------------------------
// Frames out

void RoomSimulator::queueEvent(const QString &event, const QJsonObject &payload)
{
    // Events reach authorized connections only (§10 m), admin and user alike.
    m_connections->queueToAuthorized(ProtocolCodec::encodeEvent(event, payload));
    if (m_screen)
        m_screen->follow(event, payload); // slots follow the roster, show* events the settings
}

void RoomSimulator::flushQueued()
{
    m_connections->flush();
}

void RoomSimulator::sendEvent(const QString &event, const QJsonObject &payload)
{
    queueEvent(event, payload);
    flushQueued();
}

void RoomSimulator::sendRawFrame(const QByteArray &text)
{
    m_connections->queueToAuthorized(text);
    flushQueued();
}

bool RoomSimulator::sent(bool applied)
{
    // A control action ran outside any command: its events go out now.
    flushQueued();
    return applied;
}

// ---------------------------------------------------------------------------------------------
// appState, settings, files

QJsonObject RoomSimulator::appStateFields() const
{
    int extStatus = 0; // offline
    if (m_appState == 3)
        extStatus = 2; // available
    else if (m_appState > 3)
        extStatus = 7; // busy
    // A status the operator chose (setExtStatus) holds while logged in and not in a call.
    if (m_ownExtStatus >= -1 && m_appState == 3)
        extStatus = m_ownExtStatus;
    return {
        { u"appState"_s, m_appState },
        { u"embeddedHttpPort"_s, int(httpPort()) },
        { u"extStatus"_s, extStatus },
        { u"additionalStatus"_s, m_appState >= 3 ? m_ownAdditionalStatus : QString() },
        { u"desktopSharing"_s, QJsonObject { { u"running"_s, false } } },
        { u"broadcastPicture"_s, QJsonObject { { u"running"_s, false } } },
        { u"audioCaptureTest"_s, m_audioTests && m_audioTests->isMicrophoneTestRunning() },
        { u"recording"_s, false },
    };
}

void RoomSimulator::setAppState(int appState)
{
    appState = qBound(0, appState, 6);
    // A forced state overrides the model: whatever call or connect was running is dropped.
    m_calls->reset();
    m_server->cancelPending();
    changeAppState(appState);
    flushQueued();
}

int RoomSimulator::addFile(const QString &fileName, const QByteArray &data)
{
    return m_files->add(fileName, data);
}

bool RoomSimulator::hasFile(int fileId) const
{
    return m_files->contains(fileId);
}

QJsonValue RoomSimulator::setting(const QString &name) const
{
    return m_settings->value(name);
}

bool RoomSimulator::changeSetting(const QString &name, const QJsonValue &value)
{
    bool stateError = false;
    return sent(m_settings->change({ { name, value } }, *this, &stateError).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// SimHost

void RoomSimulator::changeAppState(int appState)
{
    if (appState == m_appState)
        return;
    if (m_appState == 5 && m_cameraControl)
        m_cameraControl->conferenceOver(true);
    m_appState = appState;
    if (appState >= 4 && m_audioTests) // a call or ringing ends the room's self-tests
        m_audioTests->stopAll();
    queueEvent(u"appStateChanged"_s, appStateFields());
}

void RoomSimulator::emitEvent(const QString &event, const QJsonObject &payload)
{
    queueEvent(event, payload);
}

QString RoomSimulator::ownPeerId() const
{
    return m_server->peerId();
}

QString RoomSimulator::ownPeerDn() const
{
    return m_server->peerDn();
}

QString RoomSimulator::serverName() const
{
    return m_book->domain();
}

SimAddressBook &RoomSimulator::addressBook()
{
    return *m_book;
}

int RoomSimulator::selfMic() const
{
    return m_devices->selfMic();
}

int RoomSimulator::selfVideo() const
{
    return m_devices->selfVideo();
}

void RoomSimulator::violation(const QString &text)
{
    m_log->violation(text);
}

void RoomSimulator::dropCalls(bool withEvents)
{
    m_calls->drop(withEvents);
}

void RoomSimulator::conferenceEnded()
{
    // changeUserAuthPinAfterConf (§7.6): a new user PIN after every conference; the user
    // connection must authorize again with it (§3.5 cause 7).
    if (!m_settings->value(u"changeUserAuthPinAfterConf"_s).toBool()
        || m_auth->protection(Room::Role::User).type != Room::Protection::Pin)
        return;
    m_auth->setProtection(Room::Role::User, Room::Protection::Pin, SimAuthority::generatePin());
    if (QWebSocket *user = m_connections->holderOf(Room::Role::User, nullptr))
        m_authCommands->demote(user, int(Room::AuthNeededCause::PinRegenerated));
}

// ---------------------------------------------------------------------------------------------
// The room's own commands: appState, settings, status, tokens, power

void RoomSimulator::protectConference(const QString &name, const QString &pin)
{
    m_calls->protectConference(name, pin);
}

SimCommandTable RoomSimulator::roomCommands()
{
    SimCommandTable t;
    t.insert(u"getAppState"_s,
             [this](const QJsonObject &) { return SimOutcome::ok(appStateFields()); });
    t.insert(u"setExtStatus"_s, [this](const QJsonObject &request) {
        const int extStatus = request.value(u"extStatus"_s).toInt();
        if (extStatus < -1 || extStatus > 10)
            return SimOutcome::fail(SimError::invalidParameters());
        m_ownExtStatus = extStatus;
        m_ownAdditionalStatus = request.value(u"additionalStatus"_s).toString();
        queueEvent(u"appStateChanged"_s, appStateFields());
        return SimOutcome::ok();
    });
    t.insert(u"clearTokens"_s, [this](const QJsonObject &) {
        m_auth->clearTokens();
        return SimOutcome::ok();
    });
    t.insert(u"fireMyEvent"_s, [this](const QJsonObject &request) {
        // Every authorized connection, the sender included (§10 m).
        queueEvent(u"myEvent"_s, { { u"data"_s, request.value(u"data"_s).toString() } });
        return SimOutcome::ok();
    });
    t.insert(u"shutdown"_s, [this](const QJsonObject &) {
        // After the reply has been written (§10 h).
        QTimer::singleShot(0, this, [this] {
            stop();
            Q_EMIT shutdownRequested();
        });
        return SimOutcome::ok();
    });
    const auto goDown = [this](bool restart) {
        return [this, restart](const QJsonObject &) {
            // §10 h: reply, then every socket closes; a reboot may bring the room back.
            QTimer::singleShot(0, this, [this, restart] {
                if (!restart || !reboot())
                    closeAllClients();
            });
            return SimOutcome::ok();
        };
    };
    t.insert(u"rebootSystem"_s, goDown(true));
    t.insert(u"shutdownSystem"_s, goDown(false));
    t.insert(u"getHttpServerSettings"_s, [this](const QJsonObject &) {
        return SimOutcome::ok(
            { { u"settings"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"port"_s },
                                           { u"value"_s, int(httpPort()) } } } } });
    });
    return t;
}
