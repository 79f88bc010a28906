// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

//! One decoded frame of the room API: a request (client -> room), a reply or an event
//! (room -> client). The whole JSON object is kept in `body`, so unknown fields survive.
struct RoomMessage
{
    enum class Kind { Request, Reply, Event };

    Kind kind = Kind::Request;
    QString method; //!< request/reply method name; "event" for events
    QString event; //!< event name (events only)
    QJsonValue requestId; //!< as sent: string, number, or Undefined when absent
    bool result = false; //!< replies only
    QString error; //!< replies with result:false; may be empty
    QJsonObject body; //!< the whole object as received

    bool isReply() const { return kind == Kind::Reply; }
    bool isEvent() const { return kind == Kind::Event; }
    bool isRequest() const { return kind == Kind::Request; }
    //! The requestId as text ("" when absent); numbers are rendered without a fraction.
    QString requestIdText() const;
};
Q_DECLARE_METATYPE(RoomMessage)

//! Either a message or the reason a frame could not be decoded.
struct DecodeResult
{
    enum class Error {
        None,
        Empty,
        TooLarge,
        TooDeep,
        InvalidJson,
        NotAnObject,
        MissingMethod,
        BadFieldType,
    };

    Error error = Error::None;
    QString reason; //!< readable explanation when error != None
    //! The decoded message. On MissingMethod / BadFieldType it still holds what could be read:
    //! body, requestId, method when it is a string, and kind Reply when `result` is present.
    RoomMessage message;

    bool ok() const { return error == Error::None; }
};

//! Pure JSON codec of the room API (room-api.md §1.2). Never throws; any byte sequence gives
//! either a message or an error value. Work is bounded: frames above `maxFrameBytes` and
//! nesting above `maxDepth` are refused before the JSON parser runs.
class ProtocolCodec final
{
public:
    struct Limits
    {
        qsizetype maxFrameBytes = 16 * 1024 * 1024;
        int maxDepth = 64;
    };

    ProtocolCodec() = default;
    explicit ProtocolCodec(Limits limits)
        : m_limits(limits)
    { }

    const Limits &limits() const { return m_limits; }

    //! Decodes a frame sent by a room (replies and events; a frame with `result` is a reply).
    DecodeResult decode(const QByteArray &utf8) const;
    DecodeResult decode(const QString &text) const { return decode(text.toUtf8()); }

    //! Decodes a frame sent by a client: a request. Used by the emulator.
    DecodeResult decodeRequest(const QByteArray &utf8) const;

    //! Serializes a request: `params` plus "method" and "requestId" (omitted when empty).
    static QByteArray encodeRequest(const QString &method, const QJsonObject &params,
                                    const QString &requestId);
    //! Serializes a reply echoing `requestId` ("" when the request had none).
    static QByteArray encodeReply(const QString &method, const QJsonValue &requestId, bool result,
                                  const QJsonObject &fields = {});
    //! Serializes an error reply: result:false plus `error` (room-api.md §10).
    static QByteArray encodeError(const QString &method, const QJsonValue &requestId,
                                  const QString &error, const QJsonObject &extra = {});
    //! Serializes an event.
    static QByteArray encodeEvent(const QString &event, const QJsonObject &payload = {});

    //! Maximum JSON nesting depth of `utf8`, scanning at most `limit + 1` levels (strings are
    //! skipped correctly). Linear time, no allocation.
    static int nestingDepth(const QByteArray &utf8, int limit);

private:
    DecodeResult parseObject(const QByteArray &utf8, QJsonObject *out) const;

    Limits m_limits;
};
