// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/controller/requestoutcome.h"
#include "core/protocol/message.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class RoomController;
class RoomTransport;

//! RoomController's request queue: it admits requests by the controller's state and role
//! (refusing locally what cannot or may not go out), numbers them, puts them on the wire (now
//! or once the connection may carry them), pairs replies with them, watches their deadlines
//! and ends each one exactly once. A private part of the controller.
class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)

public:
    RequestQueue(const RoomController &controller, RoomTransport *transport, int defaultTimeoutMs);

    //! Admits a request (`internal`: the controller's own, admitted while the socket is open)
    //! and sends it at once when the connection may carry it, else with the next flush().
    //! Returns the handle its outcome carries; a refusal ends it after the caller holds that.
    quint64 enqueue(const QString &method, const QJsonObject &params, QObject *context,
                    PendingRequests::Callback callback, int timeoutMs, bool internal);
    //! Sends every queued request the signed-in role may send; the others end refused.
    void flush();
    //! Ends every request (or only those not yet sent) with `status` and `text`.
    void failAll(RequestOutcome::Status status, const QString &text, bool unsentOnly);
    //! Ends the request `decoded` answers; false when it answers none (late or unknown).
    //! `wrongRequestId`: the reply's requestId has a type no request of ours has.
    bool settle(const DecodeResult &decoded, bool wrongRequestId, QByteArray unparsedArray = {});
    //! Marks request `id` (see RoomController::receiveArrayUnparsed).
    void setUnparsedArray(quint64 id, const QString &member);
    //! The array the request sent as `requestId` wants unparsed (empty when none).
    QString unparsedArrayFor(const QString &requestId) const;

    int size() const { return m_pending.size(); }

Q_SIGNALS:
    //! A request is ending, before its callback runs (internal requests too).
    void ending(const RequestOutcome &outcome);
    //! A request that is not internal ended, after its callback ran.
    void finished(const RequestOutcome &outcome);

private:
    PendingRequests::Entry makeEntry(const QString &method, QObject *context,
                                     PendingRequests::Callback callback, int timeoutMs,
                                     bool internal);
    QString localRefusal(const QString &method) const;
    void finish(PendingRequests::Entry entry, RequestOutcome outcome);
    void finishLater(PendingRequests::Entry entry, RequestOutcome::Status status,
                     const QString &text);
    void onDeadline();
    void rearmDeadline();

    const RoomController &m_controller;
    RoomTransport *m_transport = nullptr;
    int m_defaultTimeoutMs = 15000;
    PendingRequests m_pending;
    QTimer m_deadlineTimer;
    quint64 m_nextId = 0;
};
