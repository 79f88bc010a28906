// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "requestqueue.h"

#include "core/controller/roomcontroller.h"
#include "core/controller/roomhandshake.h"
#include "core/logging.h"
#include "core/protocol/methodcatalogue.h"
#include "core/roomtext.h"
#include "core/transport/roomtransport.h"

#include <memory>

using namespace Qt::StringLiterals;

// The texts below are RoomController's: they keep its translation context (RoomController::tr)
// because the operator sees them as the controller's, as before the queue was split off.

namespace {

QString seconds(int msecs)
{
    return QString::number(msecs / 1000.0, 'g', 3);
}

} // namespace

RequestQueue::RequestQueue(const RoomController &controller, RoomTransport *transport,
                           int defaultTimeoutMs)
    : m_controller(controller)
    , m_transport(transport)
    , m_defaultTimeoutMs(defaultTimeoutMs)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RequestQueue::onDeadline);
}

PendingRequests::Entry RequestQueue::makeEntry(const QString &method, QObject *context,
                                               PendingRequests::Callback callback, int timeoutMs,
                                               bool internal)
{
    PendingRequests::Entry e;
    e.id = ++m_nextId;
    e.method = method;
    e.internal = internal;
    e.callback = std::move(callback);
    e.context = context;
    e.hasContext = context != nullptr;
    e.timeoutMs = timeoutMs < 0 ? m_defaultTimeoutMs : timeoutMs;
    e.deadline = QDeadlineTimer(e.timeoutMs);
    e.made.start();
    e.requestId = u"rd-"_s + QString::number(e.id);
    return e;
}

QString RequestQueue::localRefusal(const QString &method) const
{
    using State = RoomController::ConnectionState;
    if (method.isEmpty())
        return RoomController::tr("No command name given");
    if (method == RoomController::kAuth || method == RoomController::kSetUsedApiVersion)
        return RoomController::tr(
                   "“%1” is managed by RoomDeck's sign-in; use Connect or Sign in instead")
            .arg(method);
    const bool signedIn = m_controller.isAuthenticated();
    const Room::Role role
        = signedIn ? m_controller.role() : m_controller.m_handshake->credentials().role;
    if (MethodCatalogue::instance().isAdminOnly(method) && role != Room::Role::Admin
        && !(role == Room::Role::None && !signedIn))
        return RoomController::tr(
                   "“%1” needs Administrator access; this console is signed in as User")
            .arg(method);
    if (m_controller.connectionState() == State::Unauthorized)
        return RoomController::tr("Not signed in to the room");
    return {};
}

quint64 RequestQueue::enqueue(const QString &method, const QJsonObject &params, QObject *context,
                              PendingRequests::Callback callback, int timeoutMs, bool internal)
{
    using State = RoomController::ConnectionState;
    PendingRequests::Entry e = makeEntry(method, context, std::move(callback), timeoutMs, internal);
    const quint64 id = e.id;
    if (!internal) {
        QString refusal = localRefusal(method);
        RequestOutcome::Status status = RequestOutcome::Status::RefusedLocally;
        if (refusal.isEmpty() && m_controller.connectionState() == State::Disconnected) {
            status = RequestOutcome::Status::Disconnected;
            refusal = RoomController::tr("Not connected to a room");
        } else if (refusal.isEmpty() && m_controller.connectionState() == State::Reconnecting) {
            status = RequestOutcome::Status::Disconnected;
            refusal = RoomController::tr("The room is not connected (reconnecting in %1 s)")
                          .arg(seconds(m_transport->msecsUntilReconnect()));
        }
        if (!refusal.isEmpty()) {
            qCInfo(lcController).noquote() << "refused locally:" << RoomText::name(method) << "-"
                                           << RoomController::safeRoomText(refusal);
            finishLater(std::move(e), status, refusal);
            return id;
        }
    }
    e.frame = ProtocolCodec::encodeRequest(method, params, e.requestId);
    const bool sendNow = internal ? m_transport->state() == RoomTransport::State::Open
                                  : m_controller.isAuthenticated();
    if (sendNow) {
        if (!m_transport->sendText(e.frame)) {
            finishLater(std::move(e), RequestOutcome::Status::Disconnected,
                        RoomController::tr("The connection to the room is closed"));
            return id;
        }
        e.sent = true;
        e.frame.clear();
    }
    m_pending.add(std::move(e));
    rearmDeadline();
    return id;
}

void RequestQueue::flush()
{
    const QList<PendingRequests::Entry *> queued = m_pending.unsent();
    QList<quint64> refused;
    for (PendingRequests::Entry *e : queued) {
        if (!e->internal && !Permissions::mayCall(m_controller.role(), e->method)) {
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
                        RoomController::tr(
                            "“%1” needs Administrator access; this console is signed in as User")
                            .arg(entry->method));
    }
}

void RequestQueue::setUnparsedArray(quint64 id, const QString &member)
{
    if (PendingRequests::Entry *e = m_pending.find(id))
        e->unparsedArray = member;
}

QString RequestQueue::unparsedArrayFor(const QString &requestId) const
{
    const PendingRequests::Entry *e = m_pending.findByRequestId(requestId);
    return e ? e->unparsedArray : QString();
}

bool RequestQueue::settle(const DecodeResult &decoded, bool wrongRequestId,
                          QByteArray unparsedArray)
{
    const RoomMessage &msg = decoded.message;
    std::optional<PendingRequests::Entry> entry = m_pending.takeByRequestId(msg.requestIdText());
    // Unpaired (no usable requestId): matched only where that is unambiguous, by method or
    // because exactly one request is on the wire (room-api.md §10 f answers "Invalid JSON"
    // with an empty method and requestId).
    const bool unpaired = msg.requestIdText().isEmpty();
    if (!entry && unpaired && !msg.method.isEmpty())
        entry = m_pending.takeOldestSentByMethod(msg.method);
    if (!entry && unpaired)
        entry = m_pending.takeOnlySent();
    if (!entry)
        return false;
    rearmDeadline();
    RequestOutcome outcome;
    outcome.reply = msg.body;
    outcome.unparsedArray = std::move(unparsedArray);
    if (!decoded.ok() || wrongRequestId) {
        outcome.status = RequestOutcome::Status::ErrorReply;
        outcome.malformed = true;
        outcome.errorText
            = RoomController::tr("The room sent a malformed reply: %1")
                  .arg(decoded.ok() ? RoomController::tr("\"requestId\" is not a string")
                                    : decoded.reason);
    } else {
        outcome.status
            = msg.result ? RequestOutcome::Status::Reply : RequestOutcome::Status::ErrorReply;
        if (!msg.result)
            outcome.errorText = msg.error.isEmpty()
                ? RoomController::tr("The room refused the command without giving a reason")
                : msg.error;
    }
    finish(std::move(*entry), outcome);
    return true;
}

void RequestQueue::finish(PendingRequests::Entry entry, RequestOutcome outcome)
{
    outcome.id = entry.id;
    outcome.method = entry.method;
    outcome.requestId = entry.sent ? entry.requestId : QString();
    outcome.latencyMs = entry.made.isValid() ? entry.made.elapsed() : -1;
    Q_EMIT ending(outcome);
    if (entry.callback && (!entry.hasContext || entry.context))
        entry.callback(outcome);
    if (!entry.internal)
        Q_EMIT finished(outcome);
}

void RequestQueue::finishLater(PendingRequests::Entry entry, RequestOutcome::Status status,
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

void RequestQueue::failAll(RequestOutcome::Status status, const QString &text, bool unsentOnly)
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

void RequestQueue::onDeadline()
{
    const QList<PendingRequests::Entry> expired = m_pending.takeExpired();
    rearmDeadline();
    for (PendingRequests::Entry e : expired) {
        RequestOutcome outcome;
        outcome.status = RequestOutcome::Status::Timeout;
        outcome.errorText = e.sent
            ? RoomController::tr("no reply from the room within %1 s").arg(seconds(e.timeoutMs))
            : RoomController::tr("not sent: the room was not ready within %1 s")
                  .arg(seconds(e.timeoutMs));
        finish(std::move(e), outcome);
    }
}

void RequestQueue::rearmDeadline()
{
    const qint64 next = m_pending.msecsToNextDeadline();
    if (next < 0)
        m_deadlineTimer.stop();
    else
        m_deadlineTimer.start(int(std::min<qint64>(next, 24 * 3600 * 1000)) + 1);
}
