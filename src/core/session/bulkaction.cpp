// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "bulkaction.h"

#include "core/controller/roomcontroller.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomsession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

BulkAction::BulkAction(QObject *context, Callback callback, QString method, QString what)
    : QObject(nullptr)
    , m_method(std::move(method))
    , m_what(std::move(what))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_callback(std::move(callback))
{ }

BulkAction *BulkAction::hangUp(const QList<RoomSession *> &sessions, QObject *context,
                               Callback callback)
{
    auto *action
        = new BulkAction(context, std::move(callback), u"hangUp"_s, tr("Hanging up (bulk action)"));
    action->start(sessions, Permissions::Capability::HangUp, tr("The room is not in a call"),
                  [](RoomSession *s) { return s->controller()->hangUp(); });
    return action;
}

BulkAction *BulkAction::muteMicrophones(const QList<RoomSession *> &sessions, QObject *context,
                                        Callback callback)
{
    auto *action = new BulkAction(context, std::move(callback), u"setMicMute"_s,
                                  tr("Muting the microphone (bulk action)"));
    action->start(sessions, Permissions::Capability::Devices,
                  tr("This connection may not change the room's devices"), [](RoomSession *s) {
                      return s->devices()
                          ? s->devices()->setMuted(DeviceState::Device::Microphone, true)
                          : quint64(0);
                  });
    return action;
}

void BulkAction::start(const QList<RoomSession *> &sessions, Permissions::Capability needed,
                       const QString &notNeeded, const Sender &send)
{
    const int n = int(sessions.size());
    m_results.resize(n);
    m_done.fill(false, n);
    m_handles.fill(0, n);
    m_pending = n;
    for (int i = 0; i < n; ++i) {
        m_results[i].session = sessions.at(i);
        m_results[i].outcome.method = m_method;
    }
    // Every room is asked (or refused) before any outcome is counted, so that an early
    // outcome cannot finish the action while rooms are still to be asked.
    for (int i = 0; i < n; ++i) {
        RoomSession *session = sessions.at(i);
        RoomController *c = session ? session->controller() : nullptr;
        if (!c) {
            refuse(i, tr("The room is no longer in the list"));
            continue;
        }
        if (!c->isAuthenticated()) {
            refuse(i, tr("Not connected to the room"));
            continue;
        }
        if (!c->capabilities().testFlag(needed)) {
            refuse(i, notNeeded);
            continue;
        }
        // A session deleted before its answer still gets its one outcome.
        connect(session, &QObject::destroyed, this, [this, i] {
            RequestOutcome o;
            o.id = m_handles.at(i);
            o.method = m_method;
            o.status = RequestOutcome::Status::Disconnected;
            o.errorText = tr("The room was removed before it answered");
            finishOne(i, o);
        });
        connect(c, &RoomController::requestFinished, this, [this, i](const RequestOutcome &o) {
            if (o.id != 0 && o.id == m_handles.at(i))
                finishOne(i, o);
        });
        m_handles[i] = send(session);
        if (m_handles.at(i) == 0)
            refuse(i, tr("The room could not be asked"));
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this] { finishOne(-1, {}); });
}

void BulkAction::refuse(int index, const QString &reason)
{
    RequestOutcome o;
    o.method = m_method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = reason;
    // Later, from the event loop: the callback never runs inside hangUp().
    QTimer::singleShot(0, this, [this, index, o] { finishOne(index, o); });
}

void BulkAction::finishOne(int index, RequestOutcome outcome)
{
    if (index >= 0) {
        if (m_done.at(index))
            return;
        m_done[index] = true;
        --m_pending;
        Result &r = m_results[index];
        r.outcome = std::move(outcome);
        if (RoomSession *s = r.session) {
            disconnect(s, nullptr, this, nullptr);
            if (s->controller())
                disconnect(s->controller(), nullptr, this, nullptr);
            if (EventLogModel *log = s->eventLog())
                log->logCommand(m_what, r.outcome);
        }
    }
    if (m_pending > 0 || m_finished)
        return;
    m_finished = true;
    if (m_callback && (m_context || !m_hasContext))
        m_callback(m_results);
    deleteLater();
}
