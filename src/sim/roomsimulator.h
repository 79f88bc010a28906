// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"
#include "core/protocol/message.h"
#include "simhost.h"
#include "simscenario.h"
#include "simserver.h"

// Some of these are not needed here any more; they stay for the users of this header.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class SimAddressBook;
class SimAudioTests;
class SimAuthCommands;
class SimAuthority;
class SimBranding;
class SimCalls;
class SimCameraControl;
class SimCameraPresets;
class SimDataContainers;
class SimChat;
class SimConnections;
class SimDevices;
class SimDispatcher;
class SimFileStore;
class SimHttpEndpoints;
class SimListeners;
class SimMediaOptions;
class SimModeration;
class SimPodium;
class SimPresenceFeed;
class SimReplayPlayer;
class SimScenarioPlayer;
class SimScheduler;
class SimScreen;
class SimSettings;
class SimStrictLog;
class SimSystem;
class SimCallHistory;
class SimAppUpdate;
class SimContentShare;
class SimLicence;
class SimNdi;

//! A stand-in for a TrueConf Room (room-api.md): the web port serving config.json, the
//! WebSocket API and the built-in HTTP server, on real sockets. Behaviour follows room-api.md
//! §10 ("our decisions"); what the public material leaves open about the TrueConf Server
//! behind the room (who answers a call, which logins work) follows SimRules.
//!
//! The room is assembled from parts that each own a slice of the state and its commands:
//! SimServer (server connection, login), SimAddressBook (contacts, groups, presence),
//! SimCalls (calls, conferences, history) with SimModeration (own conferences, invitations,
//! participants, moderation), SimPodium and SimChat, SimDevices (hardware, mute, PTZ),
//! SimBranding (logo, background), SimSystem (system info, licence), SimSettings and
//! SimAuthority. The room's own machinery is in parts too: SimListeners (the ports),
//! SimConnections (the clients and the frames out), SimDispatcher (frames in and the §10
//! checks), SimAuthCommands (auth and tokens), SimHttpEndpoints (config.json, /files/,
//! /frames/), SimPresenceFeed (presence churn) and SimScenarioPlayer. This class assembles
//! them, owns appState, starts, stops and reboots the room, and offers the control API tests
//! and scenarios drive the room with.
//!
//! Lifetime: start() binds everything, stop() (or the destructor) closes everything. A
//! restartWebSocket() simulates the room application restarting on another port.
class RoomSimulator final : public QObject, private SimHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomSimulator)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 webPort = 0; //!< 0 = any free port
        quint16 wsPort = 0;
        quint16 httpPort = 0;
        //! When the requested wsPort/httpPort is busy, take the nearest free port above it
        //! (room-api.md §2.1) instead of failing. Ignored for port 0.
        bool wsPortFallback = false;
        bool httpPortFallback = false;
        //! -t NAME: config.json moves to /public/NAME/config.json
        QString instance = QStringLiteral("default");
        QString pin; //!< launch PIN (room-api.md §10 t)
        QString adminPassword; //!< admin secret
        bool startLoggedIn = true; //!< appState 3 (Normal) with a TrueConf ID, else 0
        QString peerId = QStringLiteral("room101@sim.trueconf.local"); //!< own TrueConf ID
        QString peerDn = QStringLiteral("Room 101");
        //! Lifetime of HTTP tokens not issued under PIN protection (those last until the
        //! emulator stops, §3.4). 0 makes them expire at once (tests of the 401 path).
        int httpTokenLifetimeSecs = 300;
        bool strict = false; //!< record protocol violations

        int peers = 12; //!< generated address-book contacts (user0001@… …)
        quint32 seed = 1; //!< seeds names, presence and churn: same seed, same room
        double presenceChurnPerSecond = 0; //!< usersStatusesChanged contacts per second
        //! Accounts that may log in (SimRules for the others); see SimServer.
        QList<SimServer::Account> accounts = SimServer::defaultAccounts();
        bool acceptAnyLogin = true; //!< false: unconfigured logins get result 2
        int serverDelayMs = 150; //!< server round trip: connect, login, refusals
        int ringDelayMs = 1500; //!< until a callee answers or declines
        int ringTimeoutMs = 20000; //!< until an unanswered call gives up
        QString conferencePin = QStringLiteral("1234"); //!< for \c\secret… conferences
        //! rebootSystem: 0 = only close every socket (§10 h); > 0 = every port closes too and
        //! the room comes back after that many ms, the WebSocket on a new port when
        //! rebootNewPort is set (config.json follows).
        int rebootDelayMs = 0;
        bool rebootNewPort = false;
        qint64 maxUploadBytes = 20 * 1024 * 1024; //!< larger uploads get 413
        //! Until a participant agrees to the room controlling its camera (0 = right after
        //! the reply); see SimCameraControl.
        int cameraControlAnswerDelayMs = 300;
        //! false: an older room without noise suppression, blur, background replacement,
        //! crop, self-view rotation and receiving levels (their methods answer as
        //! catalogue-only ones, §10 s: result:true without a value).
        bool mediaOptions = true;
        //! false: a Free room (no NDI, no slideshow; SimLicence).
        bool proLicence = true;
        //! The update the room offers (empty: none), the step of its download progress and
        //! whether the download breaks half way (SimAppUpdate).
        QString updateVersion = QStringLiteral("5.0.3.1101");
        int updateStepMs = 300;
        bool updateFails = false;
    };

    explicit RoomSimulator(QObject *parent = nullptr);
    explicit RoomSimulator(const Options &options, QObject *parent = nullptr);
    ~RoomSimulator() override;

    const Options &options() const { return m_options; }

    //! Binds the web, WebSocket and HTTP ports; false and a readable *error on failure
    //! (nothing stays bound then).
    bool start(QString *error = nullptr);
    //! Closes every socket and every listening port.
    void stop();
    bool isRunning() const;

    quint16 webPort() const;
    quint16 wsPort() const;
    quint16 httpPort() const;
    //! http://127.0.0.1:WEB/public/INSTANCE/config.json (the bound address when not "any").
    QUrl configUrl() const;
    //! ws://127.0.0.1:WS
    QUrl wsUrl() const;
    //! http://127.0.0.1:HTTP (the built-in HTTP server).
    QUrl httpUrl() const;

    //! Simulates the room application restarting: every client socket is closed, the
    //! WebSocket server is re-bound on newWsPort (0 = any free port, different from the old
    //! one), config.json follows. Issued tokens survive, so a reconnecting client can re-auth
    //! with its token.
    bool restartWebSocket(quint16 newWsPort = 0, QString *error = nullptr);
    //! Simulates rebootSystem with Options::rebootDelayMs (see there); false when the delay
    //! is 0 or the emulator is not running.
    bool reboot();
    //! Server-side close of every client socket (the room vanished).
    void closeAllClients();
    //! A frozen room reads and answers nothing, WebSocket pings included (a dead peer whose
    //! TCP connection stays up). Unfreezing processes whatever arrived meanwhile.
    void setFrozen(bool frozen);
    bool isFrozen() const;
    //! Delays the processing (and so the reply) of `method` by msecs; -1 = never reply;
    //! 0 = no delay.
    void setReplyDelay(const QString &method, int msecs);
    //! Fault injection: every connection is cut (TCP abort, no close frame) right after the
    //! room has sent it `frames` more frames; 0 = off. Applies to new connections too.
    void setDropAfterFrames(int frames);
    //! Fault injection: incoming TCP connections on the WebSocket port are closed at once.
    void setRefuseConnections(bool refuse);
    //! Fault injection: the next `count` requests to the built-in HTTP server are answered
    //! 401 as if their token had just expired (a token that ran out between
    //! getTokenForHttpServer and the upload).
    void setHttpTokenExpiries(int count);
    //! Fault injection: the next `count` /frames/ requests are answered 200 with bytes that
    //! are not a JPEG (a camera pipeline that hiccups).
    void setBrokenFrames(int count);
    //! Requests to /frames/ received so far, whatever their answer.
    quint64 frameRequestCount() const;
    //! Sets appState and emits appStateChanged to authorized clients when it changes. A
    //! call or server connect in progress is forgotten silently.
    void setAppState(int appState);
    int appState() const override { return m_appState; }
    //! Sends an event to every authorized client.
    void sendEvent(const QString &event, const QJsonObject &payload);
    //! Fault injection: sends `text` as it is (malformed or not) to every authorized client.
    void sendRawFrame(const QByteArray &text);

    int clientCount() const; //!< open WebSocket connections
    //! Authorized connections in a mode: "admin" or "user".
    int authorizedCount(const QString &role) const;

    //! Strict mode: protocol violations seen, one readable line each.
    QStringList violations() const;
    //! Strict mode: departures from RoomDeck's own conventions that the protocol allows
    //! (a request without requestId, auth without role). TrueConf's clients do both.
    QStringList conventionNotes() const;
    void clearViolations();
    //! Every request method received, in order (frames without a string method excluded).
    QStringList receivedMethods() const;

    //! Stores a file as if uploaded to /files/ and returns its FileId (lets tests skip HTTP).
    int addFile(const QString &fileName, const QByteArray &data);
    bool hasFile(int fileId) const;
    //! Current value of a setting (undefined when unknown).
    QJsonValue setting(const QString &name) const override;
    //! Changes a setting as setSettings would (settingsChanged when it changes); false when
    //! the name or the value's type is wrong.
    bool changeSetting(const QString &name, const QJsonValue &value);
    //! A locked setting makes setSettings refuse any change of it with "Access denied" (a
    //! room whose settings a policy holds): the whole request changes nothing.
    void lockSetting(const QString &name, bool locked = true);

    // ---- Control API: what the room's surroundings do (tests, scenarios, demos). Each
    // simulate* returns false, changing nothing, when the room's state does not allow it.

    //! The address book as Contact objects (§7.2).
    QJsonArray contacts() const;
    int contactCount() const;
    //! Appends `count` generated contacts (contactsAdded, one event).
    void addContacts(int count);
    bool addContact(const QString &peerId, const QString &peerDn = {});
    //! Sets a contact's presence (usersStatusesChanged).
    bool setPresence(const QString &peerId, int status, int extStatus = -2,
                     const QString &additionalStatus = {});
    //! `count` random presence changes at once, in usersStatusesChanged batches of at most
    //! 100 contacts; returns how many changed (0 when logged out or the book is empty).
    int simulatePresenceChanges(int count);
    //! Continuous churn: that many presence changes per second, sent ten times a second.
    void setPresenceChurn(double changesPerSecond);
    double presenceChurn() const;
    //! True while churn ticks are scheduled; false once stopped, so no further tick can come.
    bool isPresenceChurnScheduled() const;

    //! Somebody calls the room (type 0) or invites it to a group conference (1-3).
    bool simulateIncomingCall(const QString &peerId, const QString &peerDn = {}, int type = 0,
                              const QString &confTitle = {});
    //! The caller gives up before the room answers (stopCalling, missed call).
    bool simulateIncomingCallCancelled();
    //! The other side ends the call / the owner ends the conference.
    bool simulateRemoteHangUp();
    bool simulateParticipantJoin(const QString &peerId, const QString &peerDn = {});
    bool simulateParticipantLeave(const QString &peerId);
    //! Somebody asks to join the room's own conference (requestInviteReceived).
    bool simulateJoinRequest(const QString &peerId, const QString &peerDn = {});
    //! A participant of the room's role-based conference asks for the podium.
    bool simulatePodiumRequest(const QString &peerId);
    //! The owner of a role-based conference invites the room to the podium.
    bool simulatePodiumInvitation();
    bool simulateIncomingChat(const QString &peerId, const QString &message,
                              const QString &peerDn = {});
    bool simulateIncomingGroupChat(const QString &peerId, const QString &message,
                                   const QString &peerDn = {});
    //! The room's chats and their history (what getListOfChats and getChatLastMessages read).
    const SimChat &chat() const { return *m_chat; }
    //! A participant of the conference asks to control the room's camera
    //! (requestCameraControlReceived).
    bool simulateCameraControlRequest(const QString &peerId);
    //! remotelyControlledCameraPtz* commands the room sent for the participant `callId`.
    int remoteCameraMoves(const QString &callId) const;
    //! The selected camera's presets as getAllVideoCapturerPresets lists them.
    QJsonArray cameraPresets() const;
    //! The name of the preset the camera stands at (empty when at none).
    QString appliedPresetName() const;
    //! The TrueConf Server connection drops (serverDisconnected, appState 0).
    bool simulateServerLoss();
    //! An extra callee rule checked first: calls to users whose id starts with `userPrefix`
    //! are refused with `rejectCause` (after the ring delay when afterRing, else at once),
    //! or answered when rejectCause is -1.
    void setCalleeRule(const QString &userPrefix, int rejectCause, bool afterRing = true);
    void setCallTiming(int ringDelayMs, int ringTimeoutMs);
    //! The current conference: its confId ("" outside one) and getConferenceParticipants.
    QString conferenceId() const;
    QJsonArray participants() const;
    //! Moderation's other side: the waiting room, recording requests, the owner's actions.
    SimModeration &moderation() { return *m_moderation; }

    //! The room's data containers (saveData/loadData, SimDataContainers).
    SimDataContainers &dataContainers() { return *m_data; }
    //! Calls to `\\c\\name` need `pin` from now on (cause 12/13); an empty pin lifts it.
    void protectConference(const QString &name, const QString &pin);

    //! Loads a scenario (see SimScenario) and starts its clock now (or at start() when not
    //! running yet); replaces a running one. False and a readable *error when invalid.
    bool loadScenario(const QByteArray &json, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);

    //! Loads a recording of a room session for replay (see SimReplay): its events go to
    //! every signed-in client at their recorded offsets, counted from the first client's
    //! sign-in (at once when one is signed in already); its replies answer the requests of
    //! their methods instead of the room's own commands. Replaces a replay loaded before.
    //! False and a readable *error when the file is no recording this simulator can play.
    bool loadReplay(const QByteArray &jsonl, QString *error = nullptr);
    bool loadReplayFile(const QString &path, QString *error = nullptr);
    //! What the loaded replay holds and which lines it skipped (terminal-safe); empty when
    //! no replay is loaded.
    QString replaySummary() const;
    //! Plays the replay's events `speed` times as fast (> 0; default 1).
    void setReplaySpeed(double speed);

    //! The room's scheduled meetings (getScheduler, conferenceList pushes).
    SimScheduler &scheduler() { return *m_scheduler; }
    //! The room's call history (getCallHistory), e.g. for a demo's earlier calls.
    SimCallHistory &callHistory();
    //! NDI, the slideshow and broadcast picture, the licence and the updates of the room.
    SimNdi &ndi() { return *m_ndi; }
    SimContentShare &contentShare() { return *m_contentShare; }
    SimLicence &licence() { return *m_licence; }
    SimAppUpdate &appUpdate() { return *m_appUpdate; }
    //! The room's monitors, info widgets and video matrix (SimScreen).
    SimScreen &screen() { return *m_screen; }
    //! The audio self-tests (microphone, speaker, delay): their levels, results and timing.
    SimAudioTests &audioTests() { return *m_audioTests; }

Q_SIGNALS:
    //! A WebSocket client completed its handshake.
    void clientConnected();
    //! A WebSocket client connection ended (either side).
    void clientDisconnected();
    //! A request frame with a string `method` arrived: emitted before any check, also for
    //! requests whose reply setReplyDelay() delays or swallows.
    void requestReceived(const QString &method, const QJsonObject &request);
    //! The bound ports changed (start, stop, restartWebSocket, reboot).
    void portsChanged();
    //! An admin sent `shutdown`: the emulator has closed everything; the program should exit.
    void shutdownRequested();
    //! A reboot (rebootSystem with a delay) finished: the room is reachable again.
    void rebooted();
    //! A scenario step ran; `applied` false when the room's state did not allow it.
    void scenarioStepRan(int index, const QString &action, bool applied);
    //! A replay has sent every event of its recording.
    void replayFinished(int events);

private:
    // SimHost
    void changeAppState(int appState) override;
    void emitEvent(const QString &event, const QJsonObject &payload) override;
    QString ownPeerId() const override;
    QString ownPeerDn() const override;
    QString serverName() const override;
    SimAddressBook &addressBook() override;
    int selfMic() const override;
    int selfVideo() const override;
    void violation(const QString &text) override;
    void dropCalls(bool withEvents) override;
    void conferenceEnded() override;

    //! The ports are bound again after a reboot: the application comes up.
    void comeBack(int appStateBefore);
    void shutdownAll(bool emitSignals);
    QJsonObject appStateFields() const;
    //! The participant list's peerId of another participant `peerId` names; empty if none.
    QString otherParticipant(const QString &peerId) const;
    void queueEvent(const QString &event, const QJsonObject &payload);
    void flushQueued();
    //! Sends what a control action outside any command caused; returns `applied`.
    bool sent(bool applied);
    SimCommandTable roomCommands();

    Options m_options;
    std::unique_ptr<SimStrictLog> m_log;
    std::unique_ptr<SimAuthority> m_auth;
    std::unique_ptr<SimSettings> m_settings;
    std::unique_ptr<SimAddressBook> m_book;
    std::unique_ptr<SimFileStore> m_files;
    std::unique_ptr<SimBranding> m_branding;
    std::unique_ptr<SimSystem> m_system;
    // QObject parts are children (they own timers and sockets); the destructor deletes them
    // in order, before the members they refer to.
    SimServer *m_server = nullptr;
    SimCalls *m_calls = nullptr;
    SimModeration *m_moderation = nullptr;
    SimPodium *m_podium = nullptr;
    SimDevices *m_devices = nullptr;
    SimCameraControl *m_cameraControl = nullptr;
    SimListeners *m_listeners = nullptr;
    SimConnections *m_connections = nullptr;
    SimDispatcher *m_dispatcher = nullptr;
    SimPresenceFeed *m_presence = nullptr;
    SimScenarioPlayer *m_scenario = nullptr;
    SimReplayPlayer *m_replay = nullptr;
    SimScheduler *m_scheduler = nullptr;
    SimScreen *m_screen = nullptr;
    SimAudioTests *m_audioTests = nullptr;
    std::unique_ptr<SimChat> m_chat;
    std::unique_ptr<SimCameraPresets> m_presets;
    std::unique_ptr<SimDataContainers> m_data;
    std::unique_ptr<SimMediaOptions> m_mediaOptions;
    std::unique_ptr<SimAuthCommands> m_authCommands;
    std::unique_ptr<SimHttpEndpoints> m_endpoints;
    std::unique_ptr<SimLicence> m_licence;
    std::unique_ptr<SimNdi> m_ndi;
    std::unique_ptr<SimContentShare> m_contentShare;
    SimAppUpdate *m_appUpdate = nullptr;

    bool m_running = false;
    bool m_destroying = false;

    int m_appState = 0;
    int m_ownExtStatus = -2; //!< setExtStatus; -2 = follows appState
    QString m_ownAdditionalStatus;
};
