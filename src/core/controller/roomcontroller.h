// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/controller/requestoutcome.h"
#include "core/controller/requestqueue.h"
#include "core/permissions/permissions.h"
#include "core/protocol/enums.h"
#include "core/protocol/ids.h" // call()'s targets: views validate them with RoomIds
#include "core/protocol/message.h"
#include "core/transport/roomtransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>

class RoomHandshake;

//! The façade the GUI and the CLI use to control one room. It publishes what views show as
//! properties, turns the room's frames into typed signals, and guarantees that every request it
//! accepts ends in exactly one RequestOutcome: reply, error reply, timeout, disconnected or
//! refused locally.
//!
//! Connection states and legal transitions:
//!
//!   Disconnected   -> Locating                 connectToRoom()
//!   Locating       -> Connecting               config.json read (or ws:// override / fallback)
//!   Connecting     -> Authenticating           socket open; setUsedApiVersion + auth sent
//!   Authenticating -> Loading                  auth accepted; startup burst sent
//!   Authenticating -> Unauthorized             auth refused (socket stays open)
//!   Loading        -> Connected                every startup reply ended (none asked: at once)
//!   Loading/Connected -> Unauthorized          authorizationNeeded from the room
//!   Unauthorized   -> Authenticating           authenticate()
//!   any open state -> Reconnecting             socket lost; backoff timer runs
//!   Reconnecting   -> Locating                 timer fired or retryNow(); config.json re-read
//!   Locating/Connecting -> Disconnected        first attempt failed (connectionFailed)
//!   any            -> Disconnected             disconnectFromRoom(), or lost while Unauthorized
//!
//! Signal order on a successful connect: connectionStateChanged(Locating), (Connecting),
//! (Authenticating), roleChanged, authenticated, connectionStateChanged(Loading), appStateChanged,
//! trueConfIdChanged, ..., connectionStateChanged(Connected), startupCompleted.
//! On a drop: requestFinished(Disconnected) for every pending request, connectionLost,
//! connectionStateChanged(Reconnecting), reconnectScheduled.
class RoomController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomController)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY connectionStateChanged)
    Q_PROPERTY(Room::AppState appState READ appState NOTIFY appStateChanged)
    Q_PROPERTY(Room::Role role READ role NOTIFY roleChanged)
    Q_PROPERTY(Permissions::Capabilities capabilities READ capabilities NOTIFY capabilitiesChanged)
    Q_PROPERTY(QString trueConfId READ trueConfId NOTIFY trueConfIdChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY trueConfIdChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString roomName READ roomName NOTIFY roomChanged)

public:
    enum class ConnectionState {
        Disconnected,
        Locating,
        Connecting,
        Authenticating,
        Loading,
        Connected,
        Unauthorized,
        Reconnecting,
    };
    Q_ENUM(ConnectionState)

    struct Credentials
    {
        enum class Kind { Unsecured, Secret, Token };
        Kind kind = Kind::Unsecured;
        QString secret; //!< PIN, password or token; never logged
        Room::Role role = Room::Role::Admin; //!< None = try Administrator, then User

        static Credentials unsecured(Room::Role role = Room::Role::Admin);
        static Credentials withSecret(const QString &pinOrPassword,
                                      Room::Role role = Room::Role::Admin);
        static Credentials withToken(const QString &token, Room::Role role = Room::Role::Admin);
    };

    struct Options
    {
        RoomTransport::Options transport;
        int requestTimeoutMs = 15000;
        //! What the startup burst asks for after every sign-in (the views show all of it). A
        //! one-shot script asks only for what it prints; an empty list: Connected at once.
        QStringList startupRequests
            = { QStringLiteral("getAppState"), QStringLiteral("getSettings"),
                QStringLiteral("getSystemInfo"), QStringLiteral("getMonitorsInfo") };
    };

    explicit RoomController(QObject *parent = nullptr);
    explicit RoomController(const Options &options, QObject *parent = nullptr);
    ~RoomController() override;

    // --- session ---------------------------------------------------------------------------
    //! Connects (discovery, socket, handshake, startup burst). Replaces any current session.
    void connectToRoom(const RoomAddress &address, const Credentials &credentials);
    //! Closes the session; pending requests end as Disconnected.
    void disconnectFromRoom();
    //! Signs in again on the open connection (after a refusal or authorizationNeeded), or
    //! elevates to Administrator. The new credentials replace the old ones.
    void authenticate(const Credentials &credentials);
    //! Turns an Administrator connection into a User connection (auth without type).
    void downgradeToUser();
    //! Skips the reconnect wait.
    void retryNow();

    //! With this on, a connection that reached the room only through the default-port
    //! fallback (config.json could not be read) does not sign in until confirmFallback():
    //! another room or instance may answer on that port, and signing in there could sign
    //! its operator out. fallbackNeedsConfirmation() asks. Once confirmed, reconnects of the
    //! same connectToRoom() go on by themselves. Off by default (scripts).
    void setFallbackNeedsConfirmation(bool needed);
    //! Goes on signing in at the fallback endpoint (the operator confirmed it).
    void confirmFallback();
    //! True while a fallback connection waits for confirmFallback() or disconnectFromRoom().
    bool isAwaitingFallbackConfirmation() const;
    //! The room accepted setAuthParams for `role` (room-api.md §4.2). When that is this
    //! connection's own mode, the connection stays signed in with the reply's fresh `token` and
    //! `tokenForHttpServer`, and `credentials` (the new password, the generated PIN, or
    //! unsecured) replace the old secret for later sign-ins.
    void adoptProtectionChange(Room::Role role, const Credentials &credentials,
                               const QJsonObject &reply);

    // --- requests --------------------------------------------------------------------------
    //! Sends `method` with `params`; returns the handle that requestFinished() carries.
    //! `timeoutMs` < 0 uses the default. Admin-only methods are refused locally at User level.
    quint64 sendRequest(const QString &method, const QJsonObject &params = {}, int timeoutMs = -1);
    //! As above, and also calls `callback` with the outcome (unless `context` is gone).
    quint64 sendRequest(const QString &method, const QJsonObject &params, QObject *context,
                        PendingRequests::Callback callback, int timeoutMs = -1);
    int pendingRequestCount() const { return m_queue.size(); }
    //! When the reply to `request` is large, its top-level array `member` is handed over as
    //! JSON text in RequestOutcome::unparsedArray instead of parsed with the rest (which then
    //! has that member empty): a caller that reads it one element at a time (the address
    //! book) never holds the whole array parsed. Small replies are parsed whole as before.
    void receiveArrayUnparsed(quint64 request, const QString &member);

    //! Reads the room's app state again (getAppState, room-api.md §5.3) and applies the reply
    //! as the startup burst does (appState, embedded HTTP port). `callback` (only while
    //! `context` lives, when one is given) also gets the outcome: a health probe times it.
    quint64 refreshAppState(QObject *context = nullptr, PendingRequests::Callback callback = {},
                            int timeoutMs = -1);

    // --- call verbs (room-api.md §7.3); each returns the request handle -------------------
    //! Calls a TrueConf ID or joins `\\c\\conference`; `pin` is a conference password.
    quint64 call(const QString &peerId, const QString &pin = {});
    quint64 accept();
    quint64 reject();
    //! Ends the call; `forAll` ends a group conference for everyone (owner/moderator only).
    quint64 hangUp(bool forAll = false);
    //! Sends one DTMF symbol (0-9 * # A-D) into the call `callId`.
    quint64 toneDial(const QString &symbol, const QString &callId);

    // --- state -----------------------------------------------------------------------------
    ConnectionState connectionState() const { return m_state; }
    bool isReady() const { return m_state == ConnectionState::Connected; }
    //! Signed in (Loading or Connected): commands can be sent.
    bool isAuthenticated() const;
    Room::AppState appState() const { return m_appState; }
    Room::Role role() const { return m_role; }
    Permissions::Capabilities capabilities() const { return m_capabilities; }
    QString trueConfId() const { return m_trueConfId; }
    QString displayName() const { return m_displayName; }
    QString lastError() const { return m_lastError; }
    RoomAddress address() const { return m_address; }
    QString roomName() const;
    QUrl webSocketUrl() const { return m_transport->currentUrl(); }
    RoomLocator::Source endpointSource() const { return m_transport->endpointSource(); }
    quint16 httpPort() const { return m_httpPort; }
    //! The HTTP-server token issued at sign-in (room-api.md §3.4); empty when none.
    QString httpToken() const;
    int reconnectAttempt() const { return m_transport->reconnectAttempt(); }
    int msecsUntilReconnect() const { return m_transport->msecsUntilReconnect(); }
    QJsonObject appStateInfo() const { return m_appStateInfo; }
    QJsonObject systemInfo() const { return m_systemInfo; }
    //! Settings as name -> value (getSettings sends an array), as the startup burst of this
    //! sign-in read them and settingsChanged changed them since; empty when the burst did not
    //! ask or the room refused.
    QJsonObject settings() const { return m_settings; }
    QJsonObject monitorsInfo() const { return m_monitorsInfo; }
    //! Set when another controller signed in to this connection's mode and displaced it
    //! (authorizationNeeded cause 1, room-api.md §3.6): when, and in which mode. Cleared by the
    //! next successful sign-in. RoomDeck never signs in again by itself after this: the
    //! operator decides whether to reclaim the room.
    QDateTime displacedAt() const { return m_displacedAt; }
    Room::Role displacedRole() const { return m_displacedRole; }
    bool isDisplaced() const { return m_displacedAt.isValid(); }
    //! True after the room accepted rebootSystem / shutdown / shutdownSystem, until the next
    //! successful sign-in: the drop that follows is expected and explained.
    bool isRoomRestarting() const { return !m_expectedDrop.isEmpty(); }

    //! A readable name for a connection state.
    static QString connectionStateText(ConnectionState state);

Q_SIGNALS:
    //! The connection state changed.
    void connectionStateChanged(RoomController::ConnectionState state);
    //! The room's application state changed.
    void appStateChanged(Room::AppState appState);
    //! The role of this connection changed (None when not signed in).
    void roleChanged(Room::Role role);
    //! What the operator may do changed.
    void capabilitiesChanged(Permissions::Capabilities capabilities);
    //! The room's logged-in TrueConf ID (or its display name) changed.
    void trueConfIdChanged(const QString &trueConfId);
    //! The last error shown to the operator changed.
    void lastErrorChanged(const QString &lastError);
    //! The room address changed.
    void roomChanged();
    //! Every event the room sent, after the controller's own bookkeeping.
    void eventReceived(const RoomMessage &event);
    //! A request ended (exactly once per handle).
    void requestFinished(const RequestOutcome &outcome);
    //! The room accepted the sign-in.
    void authenticated(Room::Role role);
    //! The room refused the sign-in; `reason` is readable.
    void authenticationFailed(const QString &reason);
    //! The room demands a new sign-in; `text` explains `cause` (room-api.md §3.5).
    void authorizationNeeded(int cause, const QString &text);
    //! The startup replies have ended; the views can show the room.
    void startupCompleted();
    //! A connection attempt failed (discovery or socket).
    void connectionFailed(RoomLocator::Error kind, const QString &reason);
    //! An established connection was lost.
    void connectionLost(const QString &reason);
    //! A reconnect attempt starts in `delayMs`.
    void reconnectScheduled(int attempt, int delayMs);
    //! Something the operator should know that is not an error (e.g. a fallback port).
    void notice(const QString &text);
    //! The room was reached only on the default port `wsUrl` because config.json could not be
    //! read (`reason`); nothing is signed in until confirmFallback() (see
    //! setFallbackNeedsConfirmation()).
    void fallbackNeedsConfirmation(const QUrl &wsUrl, const QString &reason);
    //! The room sent a frame that could not be understood.
    void protocolError(const QString &reason);
    //! Every text frame as it went out / came in, before anything else sees it (the
    //! protocol inspector, `roomdeckctl send --raw`). UNREDACTED: whoever shows or keeps a
    //! frame masks it first (Redact::frame / Redact::object).
    void frameSent(const QByteArray &utf8);
    void frameReceived(const QByteArray &utf8);

private:
    // The private parts: sign-in drives the state and signals below, the queue reads them.
    friend class RoomHandshake;
    friend class RequestQueue;

    static const QString kSetUsedApiVersion;
    static const QString kAuth;
    //! A text the room supplied, made safe to log or show: masked (`secret` and every
    //! remembered secret, in any case), on one line, and bounded before any formatting.
    static QString safeRoomText(QStringView text, const QString &secret = {});

    void setState(ConnectionState state);
    void setRole(Room::Role role);
    void setAppState(Room::AppState state);
    void setTrueConfId(const QString &id, const QString &name);
    void setLastError(const QString &text);
    void updateCapabilities();

    void onTransportState(RoomTransport::State state);
    void onTransportOpened();
    void onTransportText(const QByteArray &utf8);
    //! Acts on one decoded message: an event, or the reply to a request.
    void process(const DecodeResult &decoded, QByteArray unparsedArray = {});
    //! Decodes a large message; an array a request wants unparsed is cut out first.
    DecodeResult decodeLarge(const QByteArray &utf8, QByteArray *unparsedArray);
    //! Acts on the large messages decoded and set aside so far, in order.
    void processSetAside();
    void onTransportClosed(const QString &reason);
    void onTransportFailed(RoomLocator::Error kind, const QString &reason);
    void onEndpointResolved(const QUrl &wsUrl, quint16 httpPort, RoomLocator::Source source,
                            const QString &note);

    void handleEvent(const RoomMessage &event);
    void applyAppStateInfo(const QJsonObject &info);
    void applySystemInfo(const QJsonObject &info);

    void onRequestEnding(const RequestOutcome &outcome);
    void onRequestFinished(const RequestOutcome &outcome);

    Options m_options;
    RoomTransport *m_transport = nullptr;
    RequestQueue m_queue;
    std::unique_ptr<RoomHandshake> m_handshake;
    ProtocolCodec m_codec;
    //! Messages decoded but not yet acted on: a large one waits for the event loop, so that its
    //! text is gone before what is built from it (20,000 contacts) exists; those after it wait
    //! behind it. Acted on before the connection's course goes on (closed, opened, ended).
    struct SetAside
    {
        DecodeResult decoded;
        QByteArray unparsedArray;
    };
    std::deque<SetAside> m_setAside;
    bool m_setAsideScheduled = false;
    quint64 m_sessionGeneration = 0;

    RoomAddress m_address;
    quint16 m_httpPort = 0;

    ConnectionState m_state = ConnectionState::Disconnected;
    Room::AppState m_appState = Room::AppState::Unknown;
    Room::Role m_role = Room::Role::None;
    Permissions::Capabilities m_capabilities;
    QString m_trueConfId;
    QString m_displayName;
    QString m_lastError;
    QJsonObject m_appStateInfo;
    QJsonObject m_systemInfo;
    QJsonObject m_settings;
    QJsonObject m_monitorsInfo;
    QString m_expectedDrop; //!< the power method the room accepted, if any
    QDateTime m_displacedAt; //!< when another controller took this mode over
    Room::Role m_displacedRole = Room::Role::None;
};
