// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

//! The protocol inspector's verb: a hand-written request sent to the room (needs
//! Capability::RawCommands). Before anything is sent it is checked against the method
//! catalogue (a known method, known parameter names, the JSON types the catalogue gives) and
//! the role, exactly as every typed verb is: admin-only methods, clearing the call history and
//! the security-related settings are refused at User level; `auth` and `setUsedApiVersion` are
//! refused because the controller owns the sign-in. A `requestId` in the text is ignored (the
//! controller numbers every request itself, so replies pair).
//!
//! send() ends in exactly one call of `done` (unless `context` is gone), always after it has
//! returned: the reply, an error reply, a timeout, disconnected, or refused locally.
class RawRequest final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawRequest)

public:
    //! What validate() found.
    struct Check
    {
        bool ok = false;
        QString message; //!< readable: what is wrong, or what will be sent
        QString method;
        QJsonObject params; //!< the request without method and requestId
        //! Where the text does not parse (1-based); 0 when it parses.
        int line = 0;
        int column = 0;
        int offset = -1;
    };

    explicit RawRequest(QObject *parent = nullptr);

    // RoomSessionPart: no events.
    QStringList roomEvents() const override { return {}; }
    void handleRoomEvent(const RoomMessage &) override { }

    //! Checks the text of a request (as typed in the editor) for a connection in `role`.
    static Check validate(const QString &text, Room::Role role);
    //! Checks a request object for a connection in `role`.
    static Check validate(const QJsonObject &request, Room::Role role);

    //! Validates `request` for this session's role and sends it.
    quint64 send(const QJsonObject &request, QObject *context, PendingRequests::Callback done);
    //! As above, from the editor's text.
    quint64 send(const QString &text, QObject *context, PendingRequests::Callback done);

Q_SIGNALS:
    //! A request ended (any outcome), after its `done`.
    void finished(const RequestOutcome &outcome);

private:
    quint64 refuse(const QString &method, const QString &why, QObject *context,
                   PendingRequests::Callback done);
};
