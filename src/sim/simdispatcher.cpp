// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simdispatcher.h"

#include "core/protocol/methodcatalogue.h"
#include "simchecks.h"
#include "simlog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

SimDispatcher::SimDispatcher(SimHost &host, SimConnections &connections, SimStrictLog &log,
                             QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_connections(connections)
    , m_log(log)
{ }

SimDispatcher::~SimDispatcher() = default;

void SimDispatcher::setCommands(const SimConnectionCommandTable &connectionCommands,
                                const SimCommandTable &commands)
{
    m_connectionCommands = connectionCommands;
    m_commands = commands;
}

void SimDispatcher::setReplyDelay(const QString &method, int msecs)
{
    if (msecs == 0)
        m_replyDelays.remove(method);
    else
        m_replyDelays.insert(method, msecs);
}

void SimDispatcher::processDeferred()
{
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &[ws, decoded] : deferred)
        if (ws && m_connections.contains(ws))
            process(ws, decoded);
}

void SimDispatcher::handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary)
{
    if (!m_connections.contains(socket))
        return;
    const QByteArray invalidJson
        = ProtocolCodec::encodeError(QString(), QJsonValue(QString()), SimError::invalidJson());
    if (binary) {
        m_log.violation(u"malformed frame: binary frame of %1 bytes"_s.arg(utf8.size()));
        m_connections.send(socket, invalidJson);
        return;
    }
    const DecodeResult decoded = m_codec.decodeRequest(utf8);
    switch (decoded.error) {
    case DecodeResult::Error::None:
    case DecodeResult::Error::MissingMethod:
    case DecodeResult::Error::BadFieldType:
        break;
    default:
        // (f): the connection stays open.
        m_log.violation(u"malformed frame: "_s + decoded.reason);
        m_connections.send(socket, invalidJson);
        return;
    }

    QPointer<QWebSocket> guard(socket);
    if (decoded.ok()) {
        m_receivedMethods.append(decoded.message.method);
        Q_EMIT requestReceived(decoded.message.method, decoded.message.body);
        if (!guard || !m_connections.contains(socket))
            return; // a slot closed it
    }
    const int delay = decoded.ok() ? m_replyDelays.value(decoded.message.method, 0) : 0;
    if (delay < 0)
        return; // swallowed: the client's timeout path
    if (delay > 0) {
        QTimer::singleShot(delay, socket, [this, socket, decoded] {
            if (!m_connections.contains(socket))
                return;
            if (m_connections.isFrozen())
                m_deferred.append({ QPointer<QWebSocket>(socket), decoded });
            else
                process(socket, decoded);
        });
        return;
    }
    process(socket, decoded);
}

void SimDispatcher::process(QWebSocket *socket, const DecodeResult &decoded)
{
    SimConnections::Client *c = m_connections.client(socket);
    if (!c)
        return;
    const RoomMessage &m = decoded.message;
    const QJsonValue requestId = m.requestId;
    const QString method = decoded.ok() ? m.method : QString();
    const auto replyError = [&](const QString &error, const QJsonObject &extra = {}) {
        m_connections.send(socket, ProtocolCodec::encodeError(method, requestId, error, extra));
    };

    if (m_log.isStrict() && decoded.ok()) {
        if (requestId.isUndefined()) {
            m_log.note(u"request %1 without requestId"_s.arg(method));
        } else {
            const QString key = compactJson(requestId);
            if (c->requestIds.contains(key))
                m_log.violation(u"requestId %1 reused by %2"_s.arg(key, method));
            else
                c->requestIds.insert(key);
        }
    }

    // (b) authorization gate
    const bool authorized = c->role != Room::Role::None;
    if (!authorized && method != u"setUsedApiVersion"_s && method != u"auth"_s) {
        m_log.violation(method.isEmpty() ? u"request without a method before auth"_s
                                         : u"command %1 before auth"_s.arg(method));
        replyError(SimError::notAuthorized());
        return;
    }
    // (d) unknown method
    const MethodCatalogue &catalogue = MethodCatalogue::instance();
    if (method.isEmpty() || !catalogue.isMethod(method)) {
        m_log.violation(method.isEmpty() ? u"request without a string method"_s
                                         : u"unknown method %1"_s.arg(method));
        replyError(SimError::unknownMethod());
        return;
    }
    // (c) access level
    if (c->role == Room::Role::User && catalogue.isAdminOnly(method)) {
        m_log.violation(u"admin-only %1 from user connection"_s.arg(method));
        replyError(SimError::accessDenied());
        return;
    }
    // (e) parameters; auth checks its own because its failures carry resultCode 3
    if (method != u"auth"_s) {
        const QString why = SimChecks::parameterProblem(method, m.body);
        if (!why.isEmpty()) {
            m_log.violation(u"invalid parameters for %1: %2"_s.arg(method, why));
            replyError(SimError::invalidParameters());
            return;
        }
    }
    // A replay answers from its recording: the recorded reply already holds the outcome and
    // the recording the events it caused, so the room's own command does not run.
    if (m_recordedReply && !m_connectionCommands.contains(method)) {
        QJsonObject recorded;
        if (m_recordedReply(method, &recorded)) {
            recorded.insert(u"requestId"_s,
                            requestId.isUndefined() ? QJsonValue(QString()) : requestId);
            m_connections.send(socket, QJsonDocument(recorded).toJson(QJsonDocument::Compact));
            return;
        }
    }
    // (n) state, then execution
    QElapsedTimer timer;
    timer.start();
    m_connections.hold();
    SimOutcome outcome;
    if (!SimChecks::stateAllows(method, m_host.appState())) {
        outcome = SimOutcome::fail(SimError::invalidState());
    } else if (const auto handler = m_connectionCommands.constFind(method);
               handler != m_connectionCommands.cend()) {
        outcome = (*handler)(socket, *c, m.body);
    } else if (const auto command = m_commands.constFind(method); command != m_commands.cend()) {
        outcome = (*command)(m.body);
    } else {
        // §10 s: catalogue-only, nothing modelled. The reply still carries the catalogue's
        // fields with neutral values, so clients that check reply shapes (TrueConf's Python
        // client does) see what they expect.
        outcome = SimOutcome::ok(SimChecks::neutralReply(method));
    }
    if (outcome.isOk()) {
        m_connections.send(socket,
                           ProtocolCodec::encodeReply(method, requestId, true, outcome.fields));
    } else {
        if (outcome.error == SimError::invalidParameters()
            || outcome.error == SimError::invalidState())
            m_log.violation(u"%1 for %2 (appState %3)"_s.arg(outcome.error.toLower(), method)
                                .arg(m_host.appState()));
        QJsonObject extra = outcome.fields;
        if (outcome.authFailure)
            extra.insert(u"resultCode"_s, 3);
        replyError(outcome.error, extra);
    }
    // The reply goes out before the events the command caused.
    m_connections.release();
    m_connections.flush();
    if (timer.elapsed() > 20)
        qCDebug(lcSim) << method << "took" << timer.elapsed() << "ms";
    if (method == u"auth"_s && outcome.isOk())
        Q_EMIT clientSignedIn();
}
