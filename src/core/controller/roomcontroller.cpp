// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomcontroller.h"

#include "core/logging.h"
#include "core/protocol/methodcatalogue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString kSetUsedApiVersion = u"setUsedApiVersion"_s;
const QString kAuth = u"auth"_s;

QString seconds(int msecs)
{
    return QString::number(msecs / 1000.0, 'g', 3);
}

} // namespace

RoomController::Credentials RoomController::Credentials::unsecured(Room::Role role)
{
    Credentials c;
    c.kind = Kind::Unsecured;
    c.role = role;
    return c;
}

RoomController::Credentials RoomController::Credentials::withSecret(const QString &pinOrPassword,
                                                                    Room::Role role)
{
    Credentials c;
    c.kind = pinOrPassword.isEmpty() ? Kind::Unsecured : Kind::Secret;
    c.secret = pinOrPassword;
    Redact::rememberSecret(pinOrPassword); // masked in every log, in any case, from now on
    c.role = role;
    return c;
}

RoomController::Credentials RoomController::Credentials::withToken(const QString &token,
                                                                   Room::Role role)
{
    Credentials c;
    c.kind = Kind::Token;
    c.secret = token;
    Redact::rememberSecret(token);
    c.role = role;
    return c;
}

RoomController::RoomController(QObject *parent)
    : RoomController(Options {}, parent)
{ }

RoomController::RoomController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(new RoomTransport(options.transport, this))
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RoomController::onDeadline);
    connect(m_transport, &RoomTransport::stateChanged, this, &RoomController::onTransportState);
    connect(m_transport, &RoomTransport::opened, this, &RoomController::onTransportOpened);
    connect(m_transport, &RoomTransport::textReceived, this, &RoomController::onTransportText);
    connect(m_transport, &RoomTransport::closed, this, &RoomController::onTransportClosed);
    connect(m_transport, &RoomTransport::connectFailed, this, &RoomController::onTransportFailed);
    connect(m_transport, &RoomTransport::endpointResolved, this,
            &RoomController::onEndpointResolved);
    connect(m_transport, &RoomTransport::reconnectScheduled, this,
            &RoomController::reconnectScheduled);
}

RoomController::~RoomController()
{
    // Outcomes still owed are delivered before the object goes: nothing vanishes.
    m_transport->disconnect(this);
    failAll(RequestOutcome::Status::Disconnected, tr("RoomDeck closed the connection"), false);
}

QString RoomController::connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("Disconnected");
    case ConnectionState::Locating:
        return tr("Finding the room");
    case ConnectionState::Connecting:
        return tr("Connecting");
    case ConnectionState::Authenticating:
        return tr("Signing in");
    case ConnectionState::Loading:
        return tr("Loading the room's state");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Unauthorized:
        return tr("Sign-in needed");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting");
    }
    return {};
}

bool RoomController::isAuthenticated() const
{
    return m_state == ConnectionState::Loading || m_state == ConnectionState::Connected;
}

QString RoomController::roomName() const
{
    return m_address.isValid() ? m_address.displayText() : QString();
}

// --- session -------------------------------------------------------------------------------

void RoomController::connectToRoom(const RoomAddress &address, const Credentials &credentials)
{
    disconnectFromRoom();
    ++m_sessionGeneration;
    m_address = address;
    m_credentials = credentials;
    m_token.clear();
    m_tokenRole = Room::Role::None;
    m_expectedDrop.clear();
    m_displacedAt = {};
    m_displacedRole = Room::Role::None;
    m_fallbackConfirmed = false;
    m_awaitingFallback = false;
    setLastError({});
    Q_EMIT roomChanged();
    qCInfo(lcController).noquote() << "connecting to" << address.displayText();
    m_transport->setAutoReconnect(m_options.transport.autoReconnect);
    m_transport->open(address);
}

void RoomController::disconnectFromRoom()
{
    ++m_sessionGeneration;
    m_awaitingFallback = false;
    m_transport->close();
    failAll(RequestOutcome::Status::Disconnected, tr("Disconnected from the room"), false);
    m_token.clear();
    m_httpToken.clear();
    m_startupRemaining = 0;
    setRole(Room::Role::None);
    setAppState(Room::AppState::Unknown);
    setTrueConfId({}, {});
    setState(ConnectionState::Disconnected);
}

void RoomController::authenticate(const Credentials &credentials)
{
    m_credentials = credentials;
    if (m_transport->state() != RoomTransport::State::Open) {
        if (m_address.isValid())
            connectToRoom(m_address, credentials);
        return;
    }
    AuthAttempt attempt;
    attempt.credentials = credentials;
    attempt.role = credentials.role == Room::Role::None ? Room::Role::Admin : credentials.role;
    attempt.previousRole = isAuthenticated() ? m_role : Room::Role::None;
    setState(ConnectionState::Authenticating);
    sendAuth(attempt);
}

void RoomController::downgradeToUser()
{
    if (!isAuthenticated() || m_role != Room::Role::Admin)
        return;
    AuthAttempt attempt;
    attempt.downgrade = true;
    attempt.role = Room::Role::User;
    attempt.credentials = m_credentials;
    sendAuth(attempt);
}

void RoomController::retryNow()
{
    m_transport->reconnectNow();
}

// --- transport events ----------------------------------------------------------------------

void RoomController::onTransportState(RoomTransport::State state)
{
    switch (state) {
    case RoomTransport::State::Idle:
        setState(ConnectionState::Disconnected);
        break;
    case RoomTransport::State::Locating:
        setState(ConnectionState::Locating);
        break;
    case RoomTransport::State::Connecting:
        setState(ConnectionState::Connecting);
        break;
    case RoomTransport::State::Open:
        break; // onTransportOpened() moves on to Authenticating
    case RoomTransport::State::WaitingToReconnect:
        setState(ConnectionState::Reconnecting);
        break;
    }
}

void RoomController::onEndpointResolved(const QUrl &wsUrl, quint16 httpPort,
                                        RoomLocator::Source source, const QString &note)
{
    Q_UNUSED(wsUrl)
    m_httpPort = httpPort;
    m_fallbackNote = source == RoomLocator::Source::Fallback ? note : QString();
    if (!note.isEmpty())
        Q_EMIT notice(note);
}

void RoomController::onTransportOpened()
{
    if (m_fallbackNeedsConfirmation && !m_fallbackConfirmed
        && m_transport->endpointSource() == RoomLocator::Source::Fallback) {
        m_awaitingFallback = true;
        qCInfo(lcController) << "reached the room only on the default port; waiting for the "
                                "operator to confirm";
        Q_EMIT fallbackNeedsConfirmation(m_transport->currentUrl(), m_fallbackNote);
        return;
    }
    startHandshake();
}

void RoomController::confirmFallback()
{
    m_fallbackConfirmed = true;
    if (!m_awaitingFallback)
        return;
    m_awaitingFallback = false;
    if (m_transport->state() == RoomTransport::State::Open)
        startHandshake();
}

void RoomController::onTransportClosed(const QString &dropReason)
{
    m_awaitingFallback = false; // asked again if the next attempt falls back too
    QString reason = dropReason;
    if (m_expectedDrop == u"rebootSystem"_s)
        reason = tr("The room computer is restarting; RoomDeck reconnects when it is back");
    else if (m_expectedDrop == u"shutdownSystem"_s)
        reason = tr("The room computer is shutting down");
    else if (m_expectedDrop == u"shutdown"_s)
        reason = tr("The room application was closed");
    failAll(RequestOutcome::Status::Disconnected,
            tr("The connection to the room was lost before the reply (%1)").arg(reason), false);
    m_startupRemaining = 0;
    m_httpToken.clear();
    setRole(Room::Role::None);
    setLastError(reason);
    Q_EMIT connectionLost(reason);
}

void RoomController::onTransportFailed(RoomLocator::Error kind, const QString &reason)
{
    failAll(RequestOutcome::Status::Disconnected, tr("Could not connect: %1").arg(reason), true);
    setLastError(reason);
    Q_EMIT connectionFailed(kind, reason);
}

// --- handshake ------------------------------------------------------------------------------

void RoomController::adoptProtectionChange(Room::Role role, const Credentials &credentials,
                                           const QJsonObject &reply)
{
    if (role == Room::Role::None || role != m_role)
        return;
    Credentials next = credentials;
    next.role = m_credentials.role;
    m_credentials = next;
    const QString token = reply.value(u"token"_s).toString();
    if (!token.isEmpty()) {
        m_token = token;
        m_tokenRole = role;
    } else {
        m_token.clear(); // issued under the old protection
    }
    const QString httpToken = reply.value(u"tokenForHttpServer"_s).toString();
    if (!httpToken.isEmpty())
        m_httpToken = httpToken;
    qCInfo(lcController) << "own protection changed; credentials for later sign-ins replaced";
}

void RoomController::startHandshake()
{
    setState(ConnectionState::Authenticating);
    // Rooms older than API v2 may answer anything: the reply is logged, never blocking.
    enqueue(
        kSetUsedApiVersion, { { u"version"_s, u"1"_s } }, this,
        [](const RequestOutcome &outcome) {
            if (!outcome.ok())
                qCInfo(lcController).noquote()
                    << "setUsedApiVersion not accepted:" << outcome.errorText;
        },
        -1, true);
    AuthAttempt attempt;
    attempt.credentials = m_credentials;
    attempt.role = m_credentials.role == Room::Role::None ? Room::Role::Admin : m_credentials.role;
    if (!m_token.isEmpty()) {
        // After a reconnect the issued token signs in again, in the mode it was issued for.
        attempt.viaToken = true;
        attempt.role = m_tokenRole;
    }
    sendAuth(attempt);
}

void RoomController::sendAuth(const AuthAttempt &attempt)
{
    QJsonObject params;
    params.insert(u"role"_s, Room::roleWireName(attempt.role));
    if (!attempt.downgrade) {
        if (attempt.viaToken) {
            params.insert(u"type"_s, u"secured"_s);
            params.insert(u"credentials"_s, m_token);
        } else if (attempt.credentials.kind == Credentials::Kind::Unsecured) {
            params.insert(u"type"_s, u"unsecured"_s);
        } else {
            params.insert(u"type"_s, u"secured"_s);
            params.insert(u"credentials"_s, attempt.credentials.secret);
        }
    }
    const quint64 generation = m_sessionGeneration;
    enqueue(
        kAuth, params, this,
        [this, attempt, generation](const RequestOutcome &outcome) {
            if (generation == m_sessionGeneration)
                onAuthOutcome(attempt, outcome);
        },
        -1, true);
}

void RoomController::onAuthOutcome(const AuthAttempt &attempt, const RequestOutcome &outcome)
{
    if (outcome.status == RequestOutcome::Status::Disconnected)
        return; // onTransportClosed() reports it
    if (outcome.ok()) {
        const QString token = outcome.reply.value(u"token"_s).toString();
        if (!token.isEmpty()) {
            m_token = token;
            m_tokenRole = attempt.role;
        }
        const QString httpToken = outcome.reply.value(u"tokenForHttpServer"_s).toString();
        if (!httpToken.isEmpty())
            m_httpToken = httpToken;
        m_displacedAt = {};
        m_displacedRole = Room::Role::None;
        setRole(attempt.role);
        setLastError({});
        m_expectedDrop.clear();
        qCInfo(lcController) << "signed in as" << attempt.role
                             << (attempt.viaToken ? "(token)" : "");
        Q_EMIT authenticated(attempt.role);
        m_transport->setAutoReconnect(m_options.transport.autoReconnect);
        m_transport->markSignedIn(); // the backoff resets once this connection stays up
        if (!attempt.downgrade)
            startStartupBurst();
        flushUnsent();
        return;
    }

    if (attempt.downgrade) {
        setLastError(
            tr("The room refused to switch this connection to User: %1").arg(outcome.errorText));
        return;
    }
    if (attempt.viaToken) {
        // The token may have been cleared (clearTokens) or expired: fall back to the secret.
        qCInfo(lcController) << "token sign-in refused; trying the original credentials";
        m_token.clear();
        AuthAttempt retry;
        retry.credentials = m_credentials;
        retry.role
            = m_credentials.role == Room::Role::None ? Room::Role::Admin : m_credentials.role;
        sendAuth(retry);
        return;
    }
    if (attempt.credentials.role == Room::Role::None && attempt.role == Room::Role::Admin
        && outcome.status == RequestOutcome::Status::ErrorReply) {
        AuthAttempt retry = attempt;
        retry.role = Room::Role::User;
        sendAuth(retry);
        return;
    }

    QString reason;
    if (outcome.status == RequestOutcome::Status::Timeout) {
        reason = tr("The room did not answer the sign-in");
    } else {
        const QString roleText = Room::roleName(attempt.role);
        switch (attempt.credentials.kind) {
        case Credentials::Kind::Unsecured:
            reason = tr("The room refused an unsecured sign-in as %1: it is protected by a PIN "
                        "or password")
                         .arg(roleText);
            break;
        case Credentials::Kind::Secret:
            reason = tr("Wrong PIN or password for %1").arg(roleText);
            break;
        case Credentials::Kind::Token:
            reason = tr("The room no longer accepts the saved sign-in token for %1").arg(roleText);
            break;
        }
        if (!outcome.errorText.isEmpty())
            reason += tr(" (the room said: %1)")
                          .arg(Redact::text(outcome.errorText, attempt.credentials.secret));
    }
    if (attempt.previousRole != Room::Role::None) {
        // A refused elevation leaves the connection as it was (room-api.md §10 k): the room
        // keeps this connection in its old mode, and so does RoomDeck.
        const QString text
            = tr("%1; still signed in as %2").arg(reason, Room::roleName(attempt.previousRole));
        setRole(attempt.previousRole);
        setState(ConnectionState::Connected);
        flushUnsent();
        setLastError(text);
        Q_EMIT authenticationFailed(text);
        return;
    }
    failAll(RequestOutcome::Status::RefusedLocally, tr("Not signed in: %1").arg(reason), true);
    setRole(Room::Role::None);
    // Reconnecting would only repeat a sign-in the room refused.
    m_transport->setAutoReconnect(false);
    setState(ConnectionState::Unauthorized);
    setLastError(reason);
    Q_EMIT authenticationFailed(reason);
}

void RoomController::startStartupBurst()
{
    setState(ConnectionState::Loading);
    const QStringList &burst = m_options.startupRequests;
    m_startupRemaining = int(burst.size());
    if (m_startupRemaining == 0) {
        setState(ConnectionState::Connected);
        Q_EMIT startupCompleted();
        return;
    }
    const quint64 generation = m_sessionGeneration;
    for (const QString &method : burst)
        enqueue(
            method, {}, this,
            [this, generation](const RequestOutcome &outcome) {
                if (generation == m_sessionGeneration)
                    onStartupOutcome(outcome);
            },
            -1, true);
}

void RoomController::onStartupOutcome(const RequestOutcome &outcome)
{
    if (m_startupRemaining <= 0)
        return;
    if (outcome.ok()) {
        const QJsonObject &r = outcome.reply;
        if (outcome.method == u"getAppState"_s) {
            applyAppStateInfo(r);
        } else if (outcome.method == u"getSettings"_s) {
            QJsonObject settings;
            for (const QJsonValue &v : r.value(u"settings"_s).toArray()) {
                const QJsonObject s = v.toObject();
                const QString name = s.value(u"name"_s).toString();
                if (!name.isEmpty())
                    settings.insert(name, s.value(u"value"_s));
            }
            m_settings = settings;
        } else if (outcome.method == u"getSystemInfo"_s) {
            applySystemInfo(r);
        } else if (outcome.method == u"getMonitorsInfo"_s) {
            m_monitorsInfo = r;
        }
    } else if (outcome.status != RequestOutcome::Status::Disconnected) {
        Q_EMIT notice(tr("The room could not report its state: %1").arg(outcome.summary()));
    }
    if (--m_startupRemaining == 0 && m_state == ConnectionState::Loading) {
        setState(ConnectionState::Connected);
        Q_EMIT startupCompleted();
    }
}

// --- incoming frames -----------------------------------------------------------------------

void RoomController::onTransportText(const QByteArray &utf8)
{
    const DecodeResult decoded = m_codec.decode(utf8);
    const RoomMessage &msg = decoded.message;
    // A reply must answer a request by its requestId, which RoomDeck always sends as a string.
    const bool wrongRequestId = !msg.requestId.isUndefined() && !msg.requestId.isNull()
        && !msg.requestId.isString() && !msg.requestId.isDouble();
    const bool fieldTypeError = decoded.error == DecodeResult::Error::BadFieldType
        || decoded.error == DecodeResult::Error::MissingMethod;
    if (!decoded.ok() && !(fieldTypeError && msg.isReply())) {
        qCWarning(lcController).noquote()
            << "unreadable frame from the room:" << Redact::text(decoded.reason);
        Q_EMIT protocolError(tr("The room sent an unreadable message: %1").arg(decoded.reason));
        return;
    }
    if (decoded.ok() && msg.isEvent()) {
        handleEvent(msg);
        Q_EMIT eventReceived(msg);
        return;
    }
    if (!msg.isReply()) {
        qCDebug(lcController) << "ignoring a frame that is neither reply nor event:" << msg.method;
        return;
    }
    std::optional<PendingRequests::Entry> entry = m_pending.takeByRequestId(msg.requestIdText());
    // Unpaired (no usable requestId): matched only where that is unambiguous, by method or
    // because exactly one request is on the wire (room-api.md §10 f answers "Invalid JSON"
    // with an empty method and requestId).
    const bool unpaired = msg.requestIdText().isEmpty();
    if (!entry && unpaired && !msg.method.isEmpty())
        entry = m_pending.takeOldestSentByMethod(msg.method);
    if (!entry && unpaired)
        entry = m_pending.takeOnlySent();
    if (!entry) {
        if (!decoded.ok() || wrongRequestId) {
            Q_EMIT protocolError(
                tr("The room sent a malformed reply: %1")
                    .arg(decoded.ok() ? tr("\"requestId\" is not a string") : decoded.reason));
        } else if (msg.method.isEmpty() && !msg.result) {
            // The room could not parse something it received (room-api.md §10 f).
            Q_EMIT protocolError(tr("The room could not read a message: %1").arg(msg.error));
        } else {
            qCDebug(lcController) << "reply without a pending request (late or unknown):"
                                  << msg.method << msg.requestIdText();
        }
        return;
    }
    rearmDeadline();
    RequestOutcome outcome;
    outcome.reply = msg.body;
    if (!decoded.ok() || wrongRequestId) {
        outcome.status = RequestOutcome::Status::ErrorReply;
        outcome.malformed = true;
        outcome.errorText
            = tr("The room sent a malformed reply: %1")
                  .arg(decoded.ok() ? tr("\"requestId\" is not a string") : decoded.reason);
    } else {
        outcome.status
            = msg.result ? RequestOutcome::Status::Reply : RequestOutcome::Status::ErrorReply;
        if (!msg.result)
            outcome.errorText = msg.error.isEmpty()
                ? tr("The room refused the command without giving a reason")
                : msg.error;
    }
    finish(std::move(*entry), outcome);
}

void RoomController::handleEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    if (name == u"appStateChanged"_s) {
        applyAppStateInfo(b);
    } else if (name == u"authorizationNeeded"_s) {
        const int cause = b.value(u"cause"_s).toInt(-1);
        const QString text = Room::authNeededReason(cause);
        qCInfo(lcController) << "authorizationNeeded, cause" << cause;
        m_httpToken.clear(); // void after this event (room-api.md §3.5)
        if (cause == int(Room::AuthNeededCause::TokenExpired))
            m_token.clear();
        m_startupRemaining = 0;
        QString shown = text;
        if (cause == int(Room::AuthNeededCause::Displaced)) {
            // A room allows one connection per mode (room-api.md §3.6): someone else has it
            // now. Say who and when; taking it back is the operator's decision, never automatic.
            m_displacedAt = QDateTime::currentDateTime();
            m_displacedRole = m_role;
            shown = tr("Another controller signed in as %1 at %2 and took over the room; this "
                       "console is signed out.")
                        .arg(Room::roleName(m_displacedRole), m_displacedAt.toString(u"HH:mm"_s));
        }
        setRole(Room::Role::None);
        m_transport->setAutoReconnect(false);
        setState(ConnectionState::Unauthorized);
        setLastError(shown);
        Q_EMIT authorizationNeeded(cause, text);
    } else if (name == u"login"_s) {
        if (b.value(u"result"_s).toInt(-1) == 0)
            setTrueConfId(b.value(u"peerId"_s).toString(), b.value(u"peerDn"_s).toString());
    } else if (name == u"logout"_s) {
        setTrueConfId({}, {});
    }
}

void RoomController::applyAppStateInfo(const QJsonObject &info)
{
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key() != u"method"_s && it.key() != u"requestId"_s && it.key() != u"result"_s
            && it.key() != u"event"_s)
            m_appStateInfo.insert(it.key(), it.value());
    }
    const int port = info.value(u"embeddedHttpPort"_s).toInt(0);
    if (port > 0 && port <= 65535)
        m_httpPort = quint16(port);
    if (info.value(u"appState"_s).isDouble())
        setAppState(Room::appStateFromInt(info.value(u"appState"_s).toInt(-1)));
}

void RoomController::applySystemInfo(const QJsonObject &info)
{
    m_systemInfo = info;
    const QJsonObject auth = info.value(u"authInfo"_s).toObject();
    const QString peerId = auth.value(u"peerId"_s).toString();
    if (!peerId.isEmpty())
        setTrueConfId(peerId, auth.value(u"peerDn"_s).toString());
}

// --- requests ------------------------------------------------------------------------------

quint64 RoomController::sendRequest(const QString &method, const QJsonObject &params, int timeoutMs)
{
    return enqueue(method, params, nullptr, {}, timeoutMs, false);
}

quint64 RoomController::sendRequest(const QString &method, const QJsonObject &params,
                                    QObject *context, PendingRequests::Callback callback,
                                    int timeoutMs)
{
    return enqueue(method, params, context, std::move(callback), timeoutMs, false);
}

quint64 RoomController::call(const QString &peerId, const QString &pin)
{
    QJsonObject params { { u"peerId"_s, peerId.trimmed() } };
    if (!pin.isEmpty())
        params.insert(u"pin"_s, pin);
    return sendRequest(u"call"_s, params);
}

quint64 RoomController::accept()
{
    return sendRequest(u"accept"_s);
}

quint64 RoomController::reject()
{
    return sendRequest(u"reject"_s);
}

quint64 RoomController::hangUp(bool forAll)
{
    return sendRequest(u"hangUp"_s,
                       forAll ? QJsonObject { { u"forAll"_s, true } } : QJsonObject {});
}

quint64 RoomController::toneDial(const QString &symbol, const QString &callId)
{
    return sendRequest(u"toneDial"_s, { { u"symbol"_s, symbol }, { u"callId"_s, callId } });
}

QString RoomController::localRefusal(const QString &method) const
{
    if (method.isEmpty())
        return tr("No command name given");
    if (method == kAuth || method == kSetUsedApiVersion)
        return tr("“%1” is managed by RoomDeck's sign-in; use Connect or Sign in instead")
            .arg(method);
    const Room::Role role = isAuthenticated() ? m_role : m_credentials.role;
    if (MethodCatalogue::instance().isAdminOnly(method) && role != Room::Role::Admin
        && !(role == Room::Role::None && !isAuthenticated()))
        return tr("“%1” needs Administrator access; this console is signed in as User").arg(method);
    return {};
}

quint64 RoomController::enqueue(const QString &method, const QJsonObject &params, QObject *context,
                                PendingRequests::Callback callback, int timeoutMs, bool internal)
{
    PendingRequests::Entry e;
    e.id = ++m_nextId;
    e.method = method;
    e.internal = internal;
    e.callback = std::move(callback);
    e.context = context;
    e.hasContext = context != nullptr;
    e.timeoutMs = timeoutMs < 0 ? m_options.requestTimeoutMs : timeoutMs;
    e.deadline = QDeadlineTimer(e.timeoutMs);
    e.requestId = u"rd-"_s + QString::number(e.id);
    e.frame = ProtocolCodec::encodeRequest(method, params, e.requestId);

    if (!internal) {
        QString refusal = localRefusal(method);
        RequestOutcome::Status status = RequestOutcome::Status::RefusedLocally;
        if (refusal.isEmpty()) {
            switch (m_state) {
            case ConnectionState::Disconnected:
                status = RequestOutcome::Status::Disconnected;
                refusal = tr("Not connected to a room");
                break;
            case ConnectionState::Reconnecting:
                status = RequestOutcome::Status::Disconnected;
                refusal = tr("The room is not connected (reconnecting in %1 s)")
                              .arg(seconds(m_transport->msecsUntilReconnect()));
                break;
            case ConnectionState::Unauthorized:
                refusal = tr("Not signed in to the room");
                break;
            default:
                break;
            }
        }
        if (!refusal.isEmpty()) {
            qCInfo(lcController).noquote() << "refused locally:" << method << "-" << refusal;
            const quint64 id = e.id;
            finishLater(std::move(e), status, refusal);
            return id;
        }
    }

    const bool canSendNow
        = internal ? m_transport->state() == RoomTransport::State::Open : isAuthenticated();
    if (canSendNow) {
        if (!m_transport->sendText(e.frame)) {
            const quint64 id = e.id;
            finishLater(std::move(e), RequestOutcome::Status::Disconnected,
                        tr("The connection to the room is closed"));
            return id;
        }
        e.sent = true;
        e.frame.clear();
    }
    const quint64 id = e.id;
    m_pending.add(std::move(e));
    rearmDeadline();
    return id;
}

void RoomController::flushUnsent()
{
    const QList<PendingRequests::Entry *> queued = m_pending.unsent();
    QList<quint64> refused;
    for (PendingRequests::Entry *e : queued) {
        if (!e->internal && !Permissions::mayCall(m_role, e->method)) {
            refused.append(e->id);
            continue;
        }
        if (m_transport->sendText(e->frame)) {
            e->sent = true;
            e->frame.clear();
        }
    }
    for (quint64 id : refused) {
        if (auto entry = m_pending.take(id))
            finishLater(std::move(*entry), RequestOutcome::Status::RefusedLocally,
                        tr("“%1” needs Administrator access; this console is signed in as User")
                            .arg(entry->method));
    }
}

void RoomController::finish(PendingRequests::Entry entry, RequestOutcome outcome)
{
    outcome.id = entry.id;
    outcome.method = entry.method;
    outcome.requestId = entry.sent ? entry.requestId : QString();
    if (outcome.ok()
        && (entry.method == u"rebootSystem"_s || entry.method == u"shutdownSystem"_s
            || entry.method == u"shutdown"_s))
        m_expectedDrop = entry.method;
    if (entry.callback && (!entry.hasContext || entry.context))
        entry.callback(outcome);
    if (!entry.internal) {
        if (!outcome.ok())
            qCInfo(lcController).noquote() << "request ended:" << outcome.summary();
        Q_EMIT requestFinished(outcome);
    }
}

void RoomController::finishLater(PendingRequests::Entry entry, RequestOutcome::Status status,
                                 const QString &text)
{
    // Deferred so that the caller holds the handle before the outcome arrives.
    auto shared = std::make_shared<PendingRequests::Entry>(std::move(entry));
    QTimer::singleShot(0, this, [this, shared, status, text] {
        RequestOutcome outcome;
        outcome.status = status;
        outcome.errorText = text;
        finish(std::move(*shared), outcome);
    });
}

void RoomController::failAll(RequestOutcome::Status status, const QString &text, bool unsentOnly)
{
    QList<PendingRequests::Entry> victims;
    if (unsentOnly) {
        const QList<PendingRequests::Entry *> queued = m_pending.unsent();
        QList<quint64> ids;
        for (const PendingRequests::Entry *e : queued)
            ids.append(e->id);
        for (quint64 id : ids)
            if (auto e = m_pending.take(id))
                victims.append(std::move(*e));
    } else {
        victims = m_pending.takeAll();
    }
    rearmDeadline();
    for (PendingRequests::Entry &e : victims) {
        RequestOutcome outcome;
        outcome.status = status;
        outcome.errorText = text;
        finish(std::move(e), outcome);
    }
}

void RoomController::onDeadline()
{
    const QList<PendingRequests::Entry> expired = m_pending.takeExpired();
    rearmDeadline();
    for (PendingRequests::Entry e : expired) {
        RequestOutcome outcome;
        outcome.status = RequestOutcome::Status::Timeout;
        outcome.errorText = e.sent
            ? tr("no reply from the room within %1 s").arg(seconds(e.timeoutMs))
            : tr("not sent: the room was not ready within %1 s").arg(seconds(e.timeoutMs));
        finish(std::move(e), outcome);
    }
}

void RoomController::rearmDeadline()
{
    const qint64 next = m_pending.msecsToNextDeadline();
    if (next < 0)
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(int(std::min<qint64>(next, 24 * 3600 * 1000)) + 1);
}

// --- property setters ----------------------------------------------------------------------

void RoomController::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    qCInfo(lcController) << "connection state" << state;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
    updateCapabilities();
}

void RoomController::setRole(Room::Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT roleChanged(role);
    updateCapabilities();
}

void RoomController::setAppState(Room::AppState state)
{
    if (m_appState == state)
        return;
    m_appState = state;
    if (state == Room::AppState::None || state == Room::AppState::Connect
        || state == Room::AppState::Login)
        setTrueConfId({}, {}); // not logged in to a server: no TrueConf ID
    Q_EMIT appStateChanged(state);
    updateCapabilities();
}

void RoomController::setTrueConfId(const QString &id, const QString &name)
{
    if (m_trueConfId == id && m_displayName == name)
        return;
    m_trueConfId = id;
    m_displayName = name;
    Q_EMIT trueConfIdChanged(id);
}

void RoomController::setLastError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    Q_EMIT lastErrorChanged(text);
}

void RoomController::updateCapabilities()
{
    const Permissions::Capabilities caps
        = Permissions::capabilitiesFor(m_role, isAuthenticated(), m_appState);
    if (caps == m_capabilities)
        return;
    m_capabilities = caps;
    Q_EMIT capabilitiesChanged(caps);
}
