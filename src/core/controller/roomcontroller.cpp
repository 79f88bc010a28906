// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomcontroller.h"

#include "core/controller/requestending.h"
#include "core/controller/roomhandshake.h"
#include "core/logging.h"
#include "core/protocol/jsonspans.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

const QString RoomController::kSetUsedApiVersion = u"setUsedApiVersion"_s;
const QString RoomController::kAuth = u"auth"_s;

QString RoomController::safeRoomText(QStringView text, const QString &secret)
{
    // Masked between two cuts: the first keeps the work bounded and leaves a margin so that a
    // secret across the limit is still masked whole; the second bounds what the mask left.
    constexpr qsizetype kMargin = 256;
    return RoomText::bounded(
        Redact::text(RoomText::bounded(text, RoomText::kTextLength + kMargin), secret));
}

RoomController::RoomController(QObject *parent)
    : RoomController(Options {}, parent)
{ }

RoomController::RoomController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(new RoomTransport(options.transport, this))
    , m_queue(*this, m_transport, options.requestTimeoutMs)
    , m_handshake(std::make_unique<RoomHandshake>(*this))
{
    connect(&m_queue, &RequestQueue::ending, this, &RoomController::onRequestEnding);
    connect(&m_queue, &RequestQueue::finished, this, &RoomController::onRequestFinished);
    connect(m_transport, &RoomTransport::stateChanged, this, &RoomController::onTransportState);
    connect(m_transport, &RoomTransport::opened, this, &RoomController::onTransportOpened);
    connect(m_transport, &RoomTransport::textReceived, this, &RoomController::onTransportText);
    connect(m_transport, &RoomTransport::textSent, this, &RoomController::frameSent);
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
    m_queue.failAll(RequestOutcome::Status::Disconnected, tr("RoomDeck closed the connection"),
                    false);
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
    m_handshake->begin(credentials);
    m_expectedDrop.clear();
    m_displacedAt = {};
    m_displacedRole = Room::Role::None;
    setLastError({});
    Q_EMIT roomChanged();
    qCInfo(lcController).noquote() << "connecting to" << address.displayText();
    m_transport->setAutoReconnect(m_options.transport.autoReconnect);
    m_transport->open(address);
}

void RoomController::disconnectFromRoom()
{
    processSetAside();
    ++m_sessionGeneration;
    m_transport->close();
    m_queue.failAll(RequestOutcome::Status::Disconnected, tr("Disconnected from the room"), false);
    m_handshake->end(true);
    setRole(Room::Role::None);
    setAppState(Room::AppState::Unknown);
    setTrueConfId({}, {});
    setState(ConnectionState::Disconnected);
}

void RoomController::authenticate(const Credentials &credentials)
{
    m_handshake->authenticate(credentials);
}

void RoomController::downgradeToUser()
{
    m_handshake->downgradeToUser();
}

void RoomController::retryNow()
{
    m_transport->reconnectNow();
}

void RoomController::setFallbackNeedsConfirmation(bool needed)
{
    m_handshake->setFallbackNeedsConfirmation(needed);
}

void RoomController::confirmFallback()
{
    m_handshake->confirmFallback();
}

bool RoomController::isAwaitingFallbackConfirmation() const
{
    return m_handshake->isAwaitingFallback();
}

void RoomController::adoptProtectionChange(Room::Role role, const Credentials &credentials,
                                           const QJsonObject &reply)
{
    m_handshake->adoptProtectionChange(role, credentials, reply);
}

QString RoomController::httpToken() const
{
    return m_handshake->httpToken();
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
    m_handshake->setEndpoint(source, note);
    if (!note.isEmpty())
        Q_EMIT notice(note);
}

void RoomController::onTransportOpened()
{
    processSetAside();
    m_handshake->opened();
}

void RoomController::onTransportClosed(const QString &dropReason)
{
    processSetAside(); // what the room said before it went
    QString reason = dropReason;
    if (m_expectedDrop == u"rebootSystem"_s)
        reason = tr("The room computer is restarting; RoomDeck reconnects when it is back");
    else if (m_expectedDrop == u"shutdownSystem"_s)
        reason = tr("The room computer is shutting down");
    else if (m_expectedDrop == u"shutdown"_s)
        reason = tr("The room application was closed");
    m_queue.failAll(RequestOutcome::Status::Disconnected,
                    tr("The connection to the room was lost before the reply (%1)").arg(reason),
                    false);
    m_handshake->end(false); // the token signs in again after the reconnect
    setRole(Room::Role::None);
    setLastError(reason);
    Q_EMIT connectionLost(reason);
}

void RoomController::onTransportFailed(RoomLocator::Error kind, const QString &reason)
{
    m_queue.failAll(RequestOutcome::Status::Disconnected, tr("Could not connect: %1").arg(reason),
                    true);
    setLastError(reason);
    Q_EMIT connectionFailed(kind, reason);
}

// --- incoming frames -----------------------------------------------------------------------

namespace {
//! Messages from this size on are acted on after their text is released (see m_setAside).
constexpr qsizetype kSetAsideBytes = 512 * 1024;
} // namespace

void RoomController::receiveArrayUnparsed(quint64 request, const QString &member)
{
    m_queue.setUnparsedArray(request, member);
}

DecodeResult RoomController::decodeLarge(const QByteArray &utf8, QByteArray *unparsedArray)
{
    const std::optional<JsonSpans::Span> id = JsonSpans::member(utf8, "requestId");
    if (id && m_queue.size() > 0) {
        // RoomDeck sends requestIds as strings; the room echoes them.
        const QJsonArray written
            = QJsonDocument::fromJson('[' + utf8.mid(id->begin, id->end - id->begin) + ']').array();
        const QString member = written.size() == 1 && written.at(0).isString()
            ? m_queue.unparsedArrayFor(written.at(0).toString())
            : QString();
        const std::optional<JsonSpans::Span> array
            = member.isEmpty() ? std::nullopt : JsonSpans::member(utf8, member.toUtf8());
        if (array && utf8.at(array->begin) == '[') {
            *unparsedArray = utf8.mid(array->begin, array->end - array->begin);
            return m_codec.decode(utf8.left(array->begin) + "[]" + utf8.mid(array->end));
        }
    }
    return m_codec.decode(utf8);
}

void RoomController::onTransportText(const QByteArray &utf8)
{
    Q_EMIT frameReceived(utf8);
    if (utf8.size() < kSetAsideBytes && m_setAside.empty()) {
        process(m_codec.decode(utf8));
        return;
    }
    QByteArray unparsedArray;
    DecodeResult decoded
        = utf8.size() < kSetAsideBytes ? m_codec.decode(utf8) : decodeLarge(utf8, &unparsedArray);
    m_setAside.push_back({ std::move(decoded), std::move(unparsedArray) });
    if (!m_setAsideScheduled) {
        m_setAsideScheduled = true;
        QMetaObject::invokeMethod(this, &RoomController::processSetAside, Qt::QueuedConnection);
    }
}

void RoomController::processSetAside()
{
    m_setAsideScheduled = false;
    const QPointer<RoomController> alive(this);
    while (alive && !m_setAside.empty()) {
        SetAside next = std::move(m_setAside.front());
        m_setAside.pop_front();
        process(next.decoded, std::move(next.unparsedArray));
    }
}

void RoomController::process(const DecodeResult &decoded, QByteArray unparsedArray)
{
    const RoomMessage &msg = decoded.message;
    // A reply must answer a request by its requestId, which RoomDeck always sends as a string.
    const bool wrongRequestId = !msg.requestId.isUndefined() && !msg.requestId.isNull()
        && !msg.requestId.isString() && !msg.requestId.isDouble();
    const bool fieldTypeError = decoded.error == DecodeResult::Error::BadFieldType
        || decoded.error == DecodeResult::Error::MissingMethod;
    if (!decoded.ok() && !(fieldTypeError && msg.isReply())) {
        qCWarning(lcController).noquote()
            << "unreadable frame from the room:" << safeRoomText(decoded.reason);
        Q_EMIT protocolError(tr("The room sent an unreadable message: %1").arg(decoded.reason));
        return;
    }
    if (decoded.ok() && msg.isEvent()) {
        handleEvent(msg);
        Q_EMIT eventReceived(msg);
        return;
    }
    if (!msg.isReply()) {
        qCDebug(lcController).noquote()
            << "ignoring a frame that is neither reply nor event:" << RoomText::name(msg.method);
        return;
    }
    if (m_queue.settle(decoded, wrongRequestId, std::move(unparsedArray)))
        return;
    if (!decoded.ok() || wrongRequestId) {
        Q_EMIT protocolError(
            tr("The room sent a malformed reply: %1")
                .arg(decoded.ok() ? tr("\"requestId\" is not a string") : decoded.reason));
    } else if (msg.method.isEmpty() && !msg.result) {
        // The room could not parse something it received (room-api.md §10 f).
        Q_EMIT protocolError(
            tr("The room could not read a message: %1").arg(safeRoomText(msg.error)));
    } else {
        qCDebug(lcController).noquote()
            << "reply without a pending request (late or unknown):" << RoomText::name(msg.method)
            << RoomText::name(msg.requestIdText());
    }
}

void RoomController::handleEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    if (name == u"appStateChanged"_s) {
        applyAppStateInfo(b);
    } else if (name == u"settingsChanged"_s) {
        // The burst's snapshot stays the room's state: RoomSettings starts from it.
        const QString setting = b.value(u"name"_s).toString();
        if (!m_settings.isEmpty() && !setting.isEmpty() && b.contains(u"value"_s))
            m_settings.insert(setting, b.value(u"value"_s));
    } else if (name == u"authorizationNeeded"_s) {
        const int cause = b.value(u"cause"_s).toInt(-1);
        const QString text = Room::authNeededReason(cause);
        qCInfo(lcController) << "authorizationNeeded, cause" << cause;
        m_handshake->signedOut(cause);
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
    return m_queue.enqueue(method, params, nullptr, {}, timeoutMs, false);
}

quint64 RoomController::sendRequest(const QString &method, const QJsonObject &params,
                                    QObject *context, PendingRequests::Callback callback,
                                    int timeoutMs)
{
    return m_queue.enqueue(method, params, context, std::move(callback), timeoutMs, false);
}

quint64 RoomController::refreshAppState(QObject *context, PendingRequests::Callback callback,
                                        int timeoutMs)
{
    PendingRequests::Callback done = RequestEnding::guarded(context, std::move(callback));
    return sendRequest(
        u"getAppState"_s, {}, this,
        [this, done = std::move(done)](const RequestOutcome &outcome) {
            if (outcome.ok())
                applyAppStateInfo(outcome.reply);
            if (done)
                done(outcome);
        },
        timeoutMs);
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

void RoomController::onRequestEnding(const RequestOutcome &outcome)
{
    // The drop that follows an accepted power command is expected and explained.
    if (outcome.ok()
        && (outcome.method == u"rebootSystem"_s || outcome.method == u"shutdownSystem"_s
            || outcome.method == u"shutdown"_s))
        m_expectedDrop = outcome.method;
}

void RoomController::onRequestFinished(const RequestOutcome &outcome)
{
    if (!outcome.ok())
        qCInfo(lcController).noquote()
            << "request ended:"
            << safeRoomText(outcome.summary(), m_handshake->credentials().secret);
    Q_EMIT requestFinished(outcome);
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
