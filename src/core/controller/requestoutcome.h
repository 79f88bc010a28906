// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

//! How one request ended. Every request RoomController accepts ends in exactly one outcome.
struct RequestOutcome
{
    enum class Status {
        Reply, //!< result:true
        ErrorReply, //!< result:false; `errorText` holds the room's `error`
        Timeout, //!< no reply in time
        Disconnected, //!< the connection dropped (or was closed) before the reply
        RefusedLocally, //!< not sent: e.g. an admin-only method at User level, not signed in
    };

    quint64 id = 0; //!< the handle returned when the request was made
    QString requestId; //!< the wire requestId ("" if never sent)
    QString method;
    Status status = Status::Reply;
    QJsonObject reply; //!< the whole reply (Reply / ErrorReply), but for unparsedArray's member
    //! The JSON text of a top-level array the request asked to get unparsed
    //! (RoomController::receiveArrayUnparsed): in `reply` that member is then empty. Null when
    //! the reply was parsed whole (small replies are).
    QByteArray unparsedArray;
    QString errorText; //!< readable, for everything but Reply
    //! ErrorReply only: the room answered, but with a reply that could not be read (a field of
    //! the wrong type); `errorText` says "The room sent a malformed reply: ...".
    bool malformed = false;
    //! Milliseconds from the request being made to this outcome (-1 when not measured).
    qint64 latencyMs = -1;

    bool ok() const { return status == Status::Reply; }
    //! "reply", "error", "timeout", "disconnected", "refused".
    static QString statusName(Status status);
    //! One readable line: "setLogo: Access denied" / "getAbook: no reply within 15 s".
    QString summary() const;
};
Q_DECLARE_METATYPE(RequestOutcome)
