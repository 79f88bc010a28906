// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"
#include "core/protocol/message.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class QHttpServerRequest;
class SimAuthority;
class SimHttpServer;
class SimSettings;
struct SimHttpResponse;

//! A stand-in for a TrueConf Room (room-api.md): the web port serving config.json, the
//! WebSocket API and the built-in HTTP server, on real sockets. Behaviour follows room-api.md
//! §10 ("our decisions"). Test hooks (freeze, reply delays, forced state) drive the failure
//! modes a client must survive.
//!
//! Lifetime: start() binds everything, stop() (or the destructor) closes everything. A
//! restartWebSocket() simulates the room application restarting on another port.
class RoomSimulator final : public QObject
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
    //! Server-side close of every client socket (the room vanished).
    void closeAllClients();
    //! A frozen room reads and answers nothing, WebSocket pings included (a dead peer whose
    //! TCP connection stays up). Unfreezing processes whatever arrived meanwhile.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    //! Delays the processing (and so the reply) of `method` by msecs; -1 = never reply;
    //! 0 = no delay.
    void setReplyDelay(const QString &method, int msecs);
    //! Sets appState and emits appStateChanged to authorized clients when it changes.
    void setAppState(int appState);
    int appState() const { return m_appState; }
    //! Sends an event to every authorized client.
    void sendEvent(const QString &event, const QJsonObject &payload);
    //! Fault injection: sends `text` as it is (malformed or not) to every authorized client.
    void sendRawFrame(const QByteArray &text);

    int clientCount() const; //!< open WebSocket connections
    //! Authorized connections in a mode: "admin" or "user".
    int authorizedCount(const QString &role) const;

    //! Strict mode: protocol violations seen, one readable line each.
    QStringList violations() const { return m_violations; }
    void clearViolations() { m_violations.clear(); }
    //! Every request method received, in order (frames without a string method excluded).
    QStringList receivedMethods() const { return m_receivedMethods; }

    //! Stores a file as if uploaded to /files/ and returns its FileId (lets tests skip HTTP).
    int addFile(const QString &fileName, const QByteArray &data);
    bool hasFile(int fileId) const { return m_files.contains(fileId); }
    //! Current value of a setting (undefined when unknown).
    QJsonValue setting(const QString &name) const;

Q_SIGNALS:
    //! A WebSocket client completed its handshake.
    void clientConnected();
    //! A WebSocket client connection ended (either side).
    void clientDisconnected();
    //! A request frame with a string `method` arrived: emitted before any check, also for
    //! requests whose reply setReplyDelay() delays or swallows.
    void requestReceived(const QString &method, const QJsonObject &request);
    //! The bound ports changed (start, stop, restartWebSocket).
    void portsChanged();
    //! An admin sent `shutdown`: the emulator has closed everything; the program should exit.
    void shutdownRequested();

private:
    struct Client
    {
        quint64 id = 0;
        Room::Role role = Room::Role::None;
        QPointer<QTcpSocket> tcp; //!< the connection under the WebSocket (freeze bookkeeping)
        QSet<QString> requestIds; //!< strict mode: duplicate detection
    };

    //! What a command handler decided. Error text empty = success.
    struct Outcome
    {
        QString error;
        QJsonObject fields;
        bool authFailure = false; //!< adds resultCode:3
    };

    using Handler = Outcome (RoomSimulator::*)(QWebSocket *, Client &, const QJsonObject &);

    QTcpServer *listenTcp(quint16 port, bool fallback, QString *error);
    void adoptWebSocketServer(QTcpServer *tcp);
    void onTcpConnection(QTcpServer *server);
    void onWebSocketConnection();
    void onClientDisconnected(QWebSocket *socket);
    void handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary);
    void process(QWebSocket *socket, const DecodeResult &decoded);
    QString checkParams(const QString &method, const QJsonObject &request) const;
    void sendFrame(QWebSocket *socket, const QByteArray &frame);
    void queueFrame(QWebSocket *socket, const QByteArray &frame);
    void queueEvent(const QString &event, const QJsonObject &payload);
    void flushQueued();
    void demote(QWebSocket *socket, int cause);
    void violation(const QString &text);
    Client *client(QWebSocket *socket);
    QWebSocket *holderOf(Room::Role role, QWebSocket *except) const;
    QString newHttpToken(QWebSocket *socket, bool unlimited);
    QJsonObject appStateFields() const;
    void broadcastAppState();
    void shutdownAll(bool emitSignals);
    QString urlHost() const;
    QByteArray frameJpeg();
    Outcome grant(QWebSocket *socket, Client &client, Room::Role role, QDeadlineTimer deadline);

    SimHttpResponse serveWeb(const QHttpServerRequest &request);
    SimHttpResponse serveHttp(const QHttpServerRequest &request);

    // Command handlers (room-api.md §3–§7).
    Outcome doSetUsedApiVersion(QWebSocket *, Client &, const QJsonObject &);
    Outcome doAuth(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetAppState(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetSettings(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetSettings(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetSystemInfo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetMonitorsInfo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetLogin(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetConnected(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetTokenForHttpServer(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetAuthInfo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetAuthParams(QWebSocket *, Client &, const QJsonObject &);
    Outcome doClearTokens(QWebSocket *, Client &, const QJsonObject &);
    Outcome doShutdown(QWebSocket *, Client &, const QJsonObject &);
    Outcome doRebootSystem(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetMute(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetMute(QWebSocket *, Client &, const QJsonObject &);
    Outcome doFireMyEvent(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetLogo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetLogo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetDefaultLogo(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetBackground(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetBackground(QWebSocket *, Client &, const QJsonObject &);
    Outcome doSetDefaultBackground(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetInfoWidgetsState(QWebSocket *, Client &, const QJsonObject &);
    Outcome doGetHardwareKey(QWebSocket *, Client &, const QJsonObject &);
    Outcome doStateGated(QWebSocket *, Client &, const QJsonObject &);
    Outcome doDefault(QWebSocket *, Client &, const QJsonObject &);

    static const QHash<QString, Handler> &handlers();

    Options m_options;
    ProtocolCodec m_codec;
    std::unique_ptr<SimAuthority> m_auth;
    std::unique_ptr<SimSettings> m_settings;

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
    QStringList m_receivedMethods;
    bool m_frozen = false;
    bool m_running = false;
    bool m_destroying = false;

    // Modelled room state.
    int m_appState = 0;
    bool m_micMute = false;
    bool m_speakerMute = false;
    bool m_cameraMute = false;
    int m_logoFileId = 0; //!< 0 = default logo
    int m_logoMode = 0;
    int m_backgroundFileId = 0; //!< 0 = default background
    struct StoredFile
    {
        QString name;
        QByteArray data;
    };
    QHash<int, StoredFile> m_files;
    int m_nextFileId = 1;
    quint64 m_frameCounter = 0;
};
