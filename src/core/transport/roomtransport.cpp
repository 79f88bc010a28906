// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomtransport.h"

#include "core/logging.h"
#include "core/roomtext.h"

using namespace Qt::StringLiterals;

RoomTransport::RoomTransport(QObject *parent)
    : RoomTransport(Options {}, parent)
{ }

RoomTransport::RoomTransport(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_backoff(options.backoff)
{
    m_locator.setTimeout(m_options.locateTimeoutMs);
    connect(&m_locator, &RoomLocator::finished, this, &RoomTransport::onLocated);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &RoomTransport::onConnectTimeout);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &RoomTransport::onKeepaliveTick);
    m_pongTimer.setSingleShot(true);
    connect(&m_pongTimer, &QTimer::timeout, this, &RoomTransport::onPongTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RoomTransport::startAttempt);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, &RoomTransport::onStable);
}

RoomTransport::~RoomTransport()
{
    m_locator.abort();
    destroySocket();
}

int RoomTransport::msecsUntilReconnect() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : 0;
}

void RoomTransport::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcTransport) << "state" << state;
    Q_EMIT stateChanged(state);
}

void RoomTransport::open(const RoomAddress &address)
{
    close();
    m_address = address;
    m_wasOpen = false;
    m_backoff.reset();
    m_unhealthyDrops = 0;
    startAttempt();
}

void RoomTransport::close()
{
    m_reconnectTimer.stop();
    m_locator.abort();
    destroySocket();
    setState(State::Idle);
}

void RoomTransport::reconnectNow()
{
    if (m_state != State::WaitingToReconnect)
        return;
    m_reconnectTimer.stop();
    startAttempt();
}

void RoomTransport::markSignedIn()
{
    if (m_state != State::Open || m_signedIn)
        return;
    m_signedIn = true;
    m_stableTimer.start(std::max(0, m_options.stableAfterMs));
}

void RoomTransport::onStable()
{
    if (m_state != State::Open)
        return;
    m_healthy = true;
    m_unhealthyDrops = 0;
    m_backoff.reset();
    qCDebug(lcTransport) << "connection healthy; backoff reset";
}

bool RoomTransport::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open || !m_socket)
        return false;
    qCDebug(lcFrames).noquote() << "->" << Redact::frame(utf8);
    if (!m_socket->sendText(utf8))
        return false;
    Q_EMIT textSent(utf8);
    return true;
}

void RoomTransport::startAttempt()
{
    m_reconnectTimer.stop();
    destroySocket();
    m_triedFallback = false;
    m_discoveryFailure = {};
    setState(State::Locating);
    m_locator.locate(m_address);
}

void RoomTransport::onLocated(const RoomLocator::Result &result)
{
    if (m_state != State::Locating)
        return;
    if (result.ok()) {
        m_wsUrl = result.wsUrl;
        m_httpPort = result.httpPort;
        m_source = result.source;
        Q_EMIT endpointResolved(m_wsUrl, m_httpPort, m_source, {});
        connectSocket(m_wsUrl);
        return;
    }
    if (m_options.fallbackToDefaultPorts && result.error != RoomLocator::Error::InvalidAddress
        && result.error != RoomLocator::Error::HostUnreachable) {
        // Libraries fall back to 8765/8766 silently; RoomDeck says so (room-api.md §2.2).
        m_discoveryFailure = result;
        m_triedFallback = true;
        m_wsUrl = m_address.defaultWsUrl();
        m_wsUrl.setPort(m_options.fallbackWsPort);
        m_httpPort = RoomAddress::kDefaultHttpPort;
        m_source = RoomLocator::Source::Fallback;
        const QString note = tr("Control panel unreachable (%1); trying the default WebSocket "
                                "port %2")
                                 .arg(result.errorText)
                                 .arg(m_options.fallbackWsPort);
        Q_EMIT endpointResolved(m_wsUrl, m_httpPort, m_source, note);
        connectSocket(m_wsUrl);
        return;
    }
    attemptFailed(result.error, result.errorText);
}

void RoomTransport::connectSocket(const QUrl &url)
{
    destroySocket();
    setState(State::Connecting);
    RoomWebSocket::Options socketOptions;
    socketOptions.maxIncomingMessageBytes = m_options.maxIncomingMessageBytes;
    m_socket = new RoomWebSocket(socketOptions, this);
    connect(m_socket, &RoomWebSocket::connected, this, &RoomTransport::onSocketConnected);
    connect(m_socket, &RoomWebSocket::disconnected, this, &RoomTransport::onSocketDisconnected);
    connect(m_socket, &RoomWebSocket::textMessageReceived, this, [this](const QByteArray &utf8) {
        m_pongTimer.stop(); // any traffic proves the room is alive
        qCDebug(lcFrames).noquote() << "<-" << Redact::frame(utf8);
        receive(utf8);
    });
    connect(m_socket, &RoomWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_pongTimer.stop();
        // The API is text-only; hand the bytes on so the codec reports them as malformed.
        receive(data);
    });
    connect(m_socket, &RoomWebSocket::pong, this, &RoomTransport::onPong);
    m_connectTimer.start(m_options.connectTimeoutMs);
    qCInfo(lcTransport) << "connecting to" << url.toDisplayString();
    m_socket->open(url);
}

namespace {

//! Frames from this size on are delivered from the event loop (see RoomTransport::m_inbox).
constexpr qsizetype kDeferredFrameBytes = 256 * 1024;

} // namespace

void RoomTransport::receive(QByteArray utf8)
{
    if (m_inbox.isEmpty() && utf8.size() < kDeferredFrameBytes) {
        Q_EMIT textReceived(utf8);
        return;
    }
    m_inbox.append(std::move(utf8));
    if (m_inboxScheduled)
        return;
    m_inboxScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_inboxScheduled = false;
            deliverInbox();
        },
        Qt::QueuedConnection);
}

void RoomTransport::deliverInbox()
{
    // A slot may close the connection (destroySocket() empties the inbox) or open a new one.
    RoomWebSocket *const socket = m_socket;
    while (!m_inbox.isEmpty() && m_socket == socket) {
        const QByteArray utf8 = m_inbox.takeFirst();
        Q_EMIT textReceived(utf8);
    }
}

void RoomTransport::onSocketConnected()
{
    m_connectTimer.stop();
    m_wasOpen = true;
    m_healthy = false;
    m_signedIn = false;
    m_pendingCloseReason.clear();
    setState(State::Open);
    if (m_options.keepaliveIntervalMs > 0)
        m_keepaliveTimer.start(m_options.keepaliveIntervalMs);
    qCInfo(lcTransport) << "connected to" << m_wsUrl.toDisplayString();
    Q_EMIT opened();
}

QString RoomTransport::socketCloseReason(quint16 closeCode, const QString &reason,
                                         RoomWebSocket::ClosedBy closedBy) const
{
    if (!m_pendingCloseReason.isEmpty())
        return m_pendingCloseReason;
    if (!m_socket)
        return tr("Connection closed");
    const RoomWebSocket::Error error = m_socket->error();
    if (error == RoomWebSocket::Error::ConnectionLost || error == RoomWebSocket::Error::Network
        || closeCode == WebSocketFrameReader::kCloseAbnormal)
        return tr("Connection lost: %1").arg(m_socket->errorString());
    if (closedBy == RoomWebSocket::ClosedBy::Client) {
        // RoomDeck failed the connection (a frame the protocol forbids, text that is not
        // UTF-8, a message over the limit): the socket's text says so, not "the room closed".
        if (error == RoomWebSocket::Error::MessageTooLarge)
            return tr("The room sent a message larger than %1 MiB; the connection was closed")
                .arg(m_options.maxIncomingMessageBytes / (1024 * 1024));
        if (!m_socket->errorString().isEmpty())
            return m_socket->errorString();
        return tr("Connection closed");
    }
    if (closeCode == WebSocketFrameReader::kCloseGoingAway)
        return tr("The room is going away (restarting or shutting down)");
    if (!reason.isEmpty())
        return tr("The room closed the connection: %1").arg(RoomText::bounded(reason, 200));
    return tr("The room closed the connection");
}

void RoomTransport::onSocketDisconnected(quint16 closeCode, const QString &reason,
                                         RoomWebSocket::ClosedBy closedBy)
{
    if (!m_socket)
        return;
    if (m_state == State::Open) {
        // What the room sent before it closed comes first.
        RoomWebSocket *const socket = m_socket;
        deliverInbox();
        if (m_socket != socket || m_state != State::Open)
            return; // a slot closed it meanwhile

        dropSocket(socketCloseReason(closeCode, reason, closedBy));
        return;
    }
    if (m_state == State::Connecting) {
        const RoomWebSocket::Error err = m_socket->error();
        const QString where = m_wsUrl.host() + QLatin1Char(':') + QString::number(m_wsUrl.port());
        RoomLocator::Error kind = RoomLocator::Error::HostUnreachable;
        QString text;
        if (err == RoomWebSocket::Error::ConnectionRefused) {
            kind = RoomLocator::Error::ConnectionRefused;
            text = tr("Connection refused by the room's WebSocket port %1").arg(where);
        } else if (err == RoomWebSocket::Error::HostNotFound) {
            text = tr("Host %1 not found").arg(m_wsUrl.host());
        } else if (!m_pendingCloseReason.isEmpty()) {
            kind = RoomLocator::Error::Timeout;
            text = m_pendingCloseReason;
        } else if (err == RoomWebSocket::Error::HttpStatus) {
            kind = RoomLocator::Error::NotARoom;
            text = tr("WebSocket connection to %1 failed: %2")
                       .arg(where,
                            tr("The port answered HTTP, not WebSocket: this is not the room's "
                               "API port"));
        } else {
            kind = RoomLocator::Error::NotARoom;
            text = tr("WebSocket connection to %1 failed: %2").arg(where, m_socket->errorString());
        }
        if (m_triedFallback && m_discoveryFailure.error != RoomLocator::Error::None) {
            // Report the discovery failure: it is what the operator can fix.
            text = tr("%1; the default WebSocket port %2 did not answer either")
                       .arg(m_discoveryFailure.errorText)
                       .arg(m_options.fallbackWsPort);
            kind = m_discoveryFailure.error;
        }
        attemptFailed(kind, text);
    }
}

void RoomTransport::onConnectTimeout()
{
    if (m_state != State::Connecting || !m_socket)
        return;
    m_pendingCloseReason = tr("The room at %1 did not accept the WebSocket connection within %2 s")
                               .arg(m_wsUrl.toDisplayString())
                               .arg(m_options.connectTimeoutMs / 1000.0, 0, 'g', 3);
    m_socket->abort(); // emits nothing: the attempt's end is reported here
    if (m_state == State::Connecting) {
        RoomLocator::Error kind = RoomLocator::Error::Timeout;
        QString reason = m_pendingCloseReason;
        if (m_triedFallback && m_discoveryFailure.error != RoomLocator::Error::None) {
            reason = tr("%1; the default WebSocket port %2 did not answer either")
                         .arg(m_discoveryFailure.errorText)
                         .arg(m_options.fallbackWsPort);
            kind = m_discoveryFailure.error;
        }
        attemptFailed(kind, reason);
    }
}

void RoomTransport::onKeepaliveTick()
{
    if (m_state != State::Open || !m_socket)
        return;
    if (!m_pongTimer.isActive())
        m_pongTimer.start(m_options.keepaliveTimeoutMs);
    m_pingClock.start();
    m_socket->ping(QByteArray::number(++m_pingCounter));
}

void RoomTransport::onPong(const QByteArray &payload)
{
    Q_UNUSED(payload)
    m_pongTimer.stop();
    Q_EMIT keepaliveAnswered(m_pingClock.isValid() ? quint64(m_pingClock.elapsed()) : 0);
}

void RoomTransport::onPongTimeout()
{
    if (m_state != State::Open)
        return;
    qCWarning(lcTransport) << "no pong within" << m_options.keepaliveTimeoutMs << "ms; dropping";
    dropSocket(tr("The room stopped answering (no keepalive reply within %1 s)")
                   .arg(m_options.keepaliveTimeoutMs / 1000.0, 0, 'g', 3));
}

void RoomTransport::attemptFailed(RoomLocator::Error kind, const QString &reason)
{
    qCInfo(lcTransport).noquote() << "attempt failed:" << reason;
    destroySocket();
    Q_EMIT connectFailed(kind, reason);
    if (m_state == State::Idle)
        return; // a slot connected to connectFailed closed us
    if ((m_wasOpen && m_options.autoReconnect) || m_options.retryInitialConnect)
        scheduleReconnect();
    else
        setState(State::Idle);
}

void RoomTransport::dropSocket(const QString &reason)
{
    qCInfo(lcTransport).noquote() << "connection dropped:" << reason;
    const bool signedIn = m_signedIn;
    if (!m_healthy)
        ++m_unhealthyDrops;
    destroySocket();
    setState(m_options.autoReconnect ? State::WaitingToReconnect : State::Idle);
    QString text = reason;
    int delay = -1;
    if (m_state == State::WaitingToReconnect) {
        delay = m_backoff.nextDelayMs();
        if (m_options.repeatedDropsToReport > 0
            && m_unhealthyDrops >= m_options.repeatedDropsToReport) {
            const QString every = QString::number(delay / 1000.0, 'g', 2);
            text = (signedIn ? tr("The room keeps closing the connection right after sign-in "
                                  "(%1 times); retrying every %2 s. Last reason: %3")
                             : tr("The room keeps closing the connection right after it opens "
                                  "(%1 times); retrying every %2 s. Last reason: %3"))
                       .arg(m_unhealthyDrops)
                       .arg(every, reason);
        }
    }
    Q_EMIT closed(text);
    if (m_state == State::WaitingToReconnect)
        scheduleReconnect(delay);
}

void RoomTransport::scheduleReconnect(int delayMs)
{
    const int delay = delayMs >= 0 ? delayMs : m_backoff.nextDelayMs();
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
    qCInfo(lcTransport) << "reconnect attempt" << m_backoff.attempt() << "in" << delay << "ms";
    Q_EMIT reconnectScheduled(m_backoff.attempt(), delay);
}

void RoomTransport::destroySocket()
{
    m_stableTimer.stop();
    m_healthy = false;
    m_signedIn = false;
    m_connectTimer.stop();
    m_keepaliveTimer.stop();
    m_pongTimer.stop();
    m_inbox.clear(); // frames of a connection that is gone are not delivered
    if (!m_socket)
        return;
    RoomWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
