// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/transport/backoff.h"
#include "core/transport/roomaddress.h"
#include "core/transport/roomlocator.h"
#include "core/transport/roomwebsocket.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

//! Owns the WebSocket to one room: discovery (config.json is read again before every
//! connection attempt, because a restarted room may have moved ports), keepalive pings with
//! dead-peer detection, and reconnection with capped exponential backoff and jitter.
//! It knows nothing of JSON: it moves text frames and reports socket state.
//!
//! States: Idle -> Locating -> Connecting -> Open -> (socket lost) -> WaitingToReconnect
//!         -> Locating ... ; close() returns to Idle from anywhere.
//! Signal order on a drop: stateChanged(WaitingToReconnect) -> closed(reason) ->
//! reconnectScheduled(attempt, delay).
//! The backoff is not reset when a socket opens (a room that accepts and drops at once would
//! be retried every initial delay forever), only once a signed-in connection has stayed up
//! for Options::stableAfterMs.
class RoomTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomTransport)

public:
    enum class State { Idle, Locating, Connecting, Open, WaitingToReconnect };
    Q_ENUM(State)

    struct Options
    {
        int locateTimeoutMs = 5000;
        int connectTimeoutMs = 8000;
        int keepaliveIntervalMs = 10000; //!< 0 disables keepalive
        int keepaliveTimeoutMs = 5000; //!< a pong must arrive within this
        Backoff::Options backoff;
        bool autoReconnect = true; //!< after an established connection drops
        bool retryInitialConnect = false; //!< also retry when the first attempt fails
        bool fallbackToDefaultPorts = true; //!< try ws://HOST:8765 when config.json fails
        quint16 fallbackWsPort = RoomAddress::kDefaultWsPort;
        qint64 maxIncomingMessageBytes = 16 * 1024 * 1024;
        //! A connection counts as healthy once it has been signed in (markSignedIn()) for this
        //! long; only then does the backoff start again from its first delay. A room that
        //! accepts and drops at once so gets ever longer waits, up to the cap.
        int stableAfterMs = 10000;
        //! After this many connections in a row that ended before they were healthy, the
        //! close reason says the room keeps closing the connection.
        int repeatedDropsToReport = 5;
    };

    explicit RoomTransport(QObject *parent = nullptr);
    explicit RoomTransport(const Options &options, QObject *parent = nullptr);
    ~RoomTransport() override;

    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    RoomAddress address() const { return m_address; }
    QUrl currentUrl() const { return m_wsUrl; }
    quint16 httpPort() const { return m_httpPort; }
    RoomLocator::Source endpointSource() const { return m_source; }
    int reconnectAttempt() const { return m_backoff.attempt(); }
    //! Milliseconds until the next reconnect attempt (0 when none is scheduled).
    int msecsUntilReconnect() const;

    //! Connects to `address` (closing any current connection first).
    void open(const RoomAddress &address);
    //! Closes the connection and stops reconnecting. closed() is not emitted: the caller asked.
    void close();
    //! Skips the backoff wait: attempts the reconnect now.
    void reconnectNow();
    //! Turns reconnecting after a drop on or off (e.g. off while the room refuses sign-in).
    void setAutoReconnect(bool on) { m_options.autoReconnect = on; }
    //! The session on the open connection is signed in: if it stays up for
    //! Options::stableAfterMs, the connection is healthy and the backoff resets.
    void markSignedIn();
    //! Connections in a row that dropped before they became healthy.
    int unhealthyDrops() const { return m_unhealthyDrops; }
    //! Sends one text frame. False when no connection is open (nothing is queued here).
    bool sendText(const QByteArray &utf8);

Q_SIGNALS:
    //! The state changed.
    void stateChanged(RoomTransport::State state);
    //! The room's endpoint is known (after discovery, override or fallback). `note` is
    //! non-empty for a fallback: what the operator should be told.
    void endpointResolved(const QUrl &wsUrl, quint16 httpPort, RoomLocator::Source source,
                          const QString &note);
    //! The WebSocket is open: start the handshake.
    void opened();
    //! One text frame arrived.
    void textReceived(const QByteArray &utf8);
    //! One text frame went out (emitted after the socket took it; unredacted).
    void textSent(const QByteArray &utf8);
    //! An open connection ended; `reason` is readable.
    void closed(const QString &reason);
    //! A connection attempt failed (discovery or socket); `kind` classifies it.
    void connectFailed(RoomLocator::Error kind, const QString &reason);
    //! A reconnect attempt will start in `delayMs`.
    void reconnectScheduled(int attempt, int delayMs);
    //! The room answered a keepalive ping (its round trip took `elapsedMs`).
    void keepaliveAnswered(quint64 elapsedMs);

private:
    void setState(State state);
    void startAttempt();
    void onLocated(const RoomLocator::Result &result);
    void connectSocket(const QUrl &url);
    void onSocketConnected();
    void onSocketDisconnected(quint16 closeCode, const QString &reason,
                              RoomWebSocket::ClosedBy closedBy);
    void onConnectTimeout();
    void onKeepaliveTick();
    void onPong(const QByteArray &payload);
    void onPongTimeout();
    void attemptFailed(RoomLocator::Error kind, const QString &reason);
    void dropSocket(const QString &reason);
    void scheduleReconnect(int delayMs = -1);
    void onStable();
    void destroySocket();
    QString socketCloseReason(quint16 closeCode, const QString &reason,
                              RoomWebSocket::ClosedBy closedBy) const;
    //! A frame from the socket: delivered at once, or queued behind a large one (see m_inbox).
    void receive(QByteArray utf8);
    //! Delivers the queued frames in order (stops when a slot closes the connection).
    void deliverInbox();

    Options m_options;
    RoomLocator m_locator;
    Backoff m_backoff;
    RoomWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    RoomAddress m_address;
    QUrl m_wsUrl;
    quint16 m_httpPort = 0;
    RoomLocator::Source m_source = RoomLocator::Source::Discovered;
    RoomLocator::Result m_discoveryFailure; //!< kept while trying the fallback port
    bool m_wasOpen = false; //!< at least one connection succeeded since open()
    bool m_triedFallback = false;
    QString m_pendingCloseReason;
    QTimer m_connectTimer;
    QTimer m_keepaliveTimer;
    QTimer m_pongTimer;
    QTimer m_reconnectTimer;
    QTimer m_stableTimer; //!< signed in: runs until the connection counts as healthy
    bool m_healthy = false; //!< the current connection has been signed in and stable
    bool m_signedIn = false; //!< markSignedIn() on the current connection
    int m_unhealthyDrops = 0;
    quint64 m_pingCounter = 0;
    QElapsedTimer m_pingClock; //!< since the last keepalive ping went out
    //! Frames waiting to be delivered from the event loop. A large frame (an address book of
    //! 20,000 contacts is 3 MB) is delivered after the socket has let go of what it read it
    //! with, so that is not held while the room's answer is parsed and applied. Frames behind
    //! it wait their turn; a close is reported only after them.
    QList<QByteArray> m_inbox;
    bool m_inboxScheduled = false;
};
