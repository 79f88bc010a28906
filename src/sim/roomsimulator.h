// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"
#include "core/protocol/message.h"
#include "simhost.h"
#include "simscenario.h"
#include "simserver.h"

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

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class QHttpServerRequest;
class SimAddressBook;
class SimAuthority;
class SimBranding;
class SimCalls;
class SimDevices;
class SimFileStore;
class SimHttpServer;
class SimSettings;
class SimSystem;
struct SimHttpResponse;

//! A stand-in for a TrueConf Room (room-api.md): the web port serving config.json, the
//! WebSocket API and the built-in HTTP server, on real sockets. Behaviour follows room-api.md
//! §10 ("our decisions"); what the public material leaves open about the TrueConf Server
//! behind the room (who answers a call, which logins work) follows SimRules.
//!
//! The room is assembled from parts that each own a slice of the state and its commands:
//! SimServer (server connection, login), SimAddressBook (contacts, groups, presence),
//! SimCalls (calls, conferences, chat, history), SimDevices (hardware, mute, PTZ),
//! SimBranding (logo, background), SimSystem (system info, licence), SimSettings and
//! SimAuthority. This class owns the sockets, the §10 checks and the order of replies and
//! events, and offers the control API tests and scenarios drive the room with.
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
    bool isFrozen() const { return m_frozen; }
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
    void setHttpTokenExpiries(int count) { m_httpTokenExpiries = qMax(0, count); }
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
    QStringList violations() const { return m_violations; }
    //! Strict mode: departures from RoomDeck's own conventions that the protocol allows
    //! (a request without requestId, auth without role). TrueConf's clients do both.
    QStringList conventionNotes() const { return m_notes; }
    void clearViolations()
    {
        m_violations.clear();
        m_notes.clear();
    }
    //! Every request method received, in order (frames without a string method excluded).
    QStringList receivedMethods() const { return m_receivedMethods; }

    //! Stores a file as if uploaded to /files/ and returns its FileId (lets tests skip HTTP).
    int addFile(const QString &fileName, const QByteArray &data);
    bool hasFile(int fileId) const;
    //! Current value of a setting (undefined when unknown).
    QJsonValue setting(const QString &name) const override;
    //! Changes a setting as setSettings would (settingsChanged when it changes); false when
    //! the name or the value's type is wrong.
    bool changeSetting(const QString &name, const QJsonValue &value);

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
    double presenceChurn() const { return m_churnRate; }
    //! True while churn ticks are scheduled; false once stopped, so no further tick can come.
    bool isPresenceChurnScheduled() const { return m_churnTimer.isActive(); }

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

    //! Loads a scenario (see SimScenario) and starts its clock now (or at start() when not
    //! running yet); replaces a running one. False and a readable *error when invalid.
    bool loadScenario(const QByteArray &json, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);

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

private:
    struct Client
    {
        quint64 id = 0;
        Room::Role role = Room::Role::None;
        QPointer<QTcpSocket> tcp; //!< the connection under the WebSocket (freeze bookkeeping)
        QSet<QString> requestIds; //!< strict mode: duplicate detection
        int framesSent = 0; //!< since setDropAfterFrames()
    };

    using Outcome = SimOutcome;
    using Handler = Outcome (RoomSimulator::*)(QWebSocket *, Client &, const QJsonObject &);

    // SimHost
    void changeAppState(int appState) override;
    void emitEvent(const QString &event, const QJsonObject &payload) override;
    QString ownPeerId() const override;
    QString ownPeerDn() const override;
    QString serverName() const override;
    SimAddressBook &addressBook() override;
    int selfMic() const override;
    int selfVideo() const override;
    //! Binds the ports again after a reboot, retrying while one of them is briefly taken.
    void comeBack(int before, quint16 web, quint16 ws, quint16 http, int attemptsLeft);
    void violation(const QString &text) override;
    void conventionNote(const QString &text);
    void dropCalls(bool withEvents) override;
    void conferenceEnded() override;

    bool bindPorts(quint16 webPort, quint16 wsPort, bool wsFallback, quint16 httpPort,
                   bool httpFallback, QString *error);
    void closePorts();
    QTcpServer *listenTcp(quint16 port, bool fallback, QString *error);
    void adoptWebSocketServer(QTcpServer *tcp);
    void onTcpConnection(QTcpServer *server);
    void onWebSocketConnection();
    void onClientDisconnected(QWebSocket *socket);
    void handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary);
    void process(QWebSocket *socket, const DecodeResult &decoded);
    void sendFrame(QWebSocket *socket, const QByteArray &frame);
    void queueFrame(QWebSocket *socket, const QByteArray &frame);
    void queueEvent(const QString &event, const QJsonObject &payload);
    void flushQueued();
    void demote(QWebSocket *socket, int cause);
    Client *client(QWebSocket *socket);
    QWebSocket *holderOf(Room::Role role, QWebSocket *except) const;
    QString newHttpToken(QWebSocket *socket, bool unlimited);
    QJsonObject appStateFields() const;
    void shutdownAll(bool emitSignals);
    void finishReboot(int appStateAfter);
    QString urlHost() const;
    Outcome grant(QWebSocket *socket, Client &client, Room::Role role, QDeadlineTimer deadline);
    void buildCommands();
    void churnTick();
    bool sent(bool applied);
    void startScenarioClock();
    void runScenarioStep(const SimScenario::Step &step);

    SimHttpResponse serveWeb(const QHttpServerRequest &request);
    SimHttpResponse serveHttp(const QHttpServerRequest &request);

    // Commands that need the connection (room-api.md §3, §4).
    Outcome doSetUsedApiVersion(QWebSocket *, Client &, const QJsonObject &);
    Outcome doAuth(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetTokenForHttpServer(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetAuthInfo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetAuthParams(QWebSocket *, Client &, const QJsonObject &);

    static const QHash<QString, Handler> &handlers();

    Options m_options;
    ProtocolCodec m_codec;
    std::unique_ptr<SimAuthority> m_auth;
    std::unique_ptr<SimSettings> m_settings;
    std::unique_ptr<SimAddressBook> m_book;
    std::unique_ptr<SimFileStore> m_files;
    std::unique_ptr<SimBranding> m_branding;
    std::unique_ptr<SimSystem> m_system;
    SimServer *m_server = nullptr; //!< children: they own timers
    SimCalls *m_calls = nullptr;
    SimDevices *m_devices = nullptr;
    SimCommandTable m_commands; //!< everything but handlers()

    QPointer<SimHttpServer> m_webServer;
    QPointer<SimHttpServer> m_httpServer;
    QPointer<QTcpServer> m_wsTcpServer;
    QPointer<QWebSocketServer> m_wsServer;
    QHash<QWebSocket *, Client> m_clients;
    QList<QPointer<QTcpSocket>> m_tcpSockets; //!< every accepted WebSocket TCP connection
    quint64 m_nextClientId = 1;

    //! Frames held back while a command runs, so its reply goes out before its events.
    QList<QPair<QPointer<QWebSocket>, QByteArray>> m_queued;
    int m_holdFrames = 0;

    QHash<QString, int> m_replyDelays;
    //! Requests whose delay ran out while frozen; processed when the room thaws.
    QList<QPair<QPointer<QWebSocket>, DecodeResult>> m_deferred;
    QStringList m_violations;
    QStringList m_notes;
    QStringList m_receivedMethods;
    bool m_frozen = false;
    bool m_running = false;
    bool m_destroying = false;
    bool m_rebooting = false;
    int m_dropAfterFrames = 0;
    bool m_refuseConnections = false;
    int m_httpTokenExpiries = 0;

    int m_appState = 0;
    int m_ownExtStatus = -2; //!< setExtStatus; -2 = follows appState
    QString m_ownAdditionalStatus;
    quint64 m_frameCounter = 0;

    QTimer m_churnTimer;
    double m_churnRate = 0;
    double m_churnCarry = 0; //!< fractional changes not sent yet

    QList<SimScenario::Step> m_scenario;
    QList<QTimer *> m_scenarioTimers;
    bool m_scenarioPending = false; //!< loaded before start(): its clock starts there
};
