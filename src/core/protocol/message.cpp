// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString trCodec(const char *text)
{
    return QCoreApplication::translate("ProtocolCodec", text);
}

DecodeResult failure(DecodeResult::Error error, const QString &reason)
{
    DecodeResult r;
    r.error = error;
    r.reason = reason;
    return r;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString RoomMessage::requestIdText() const
{
    if (requestId.isString())
        return requestId.toString();
    if (requestId.isDouble()) {
        const double d = requestId.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

int ProtocolCodec::nestingDepth(const QByteArray &utf8, int limit)
{
    int depth = 0;
    int maxDepth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : utf8) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > maxDepth) {
                maxDepth = depth;
                if (maxDepth > limit)
                    return maxDepth;
            }
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return maxDepth;
}

DecodeResult ProtocolCodec::parseObject(const QByteArray &utf8, QJsonObject *out) const
{
    if (utf8.trimmed().isEmpty())
        return failure(DecodeResult::Error::Empty, trCodec("empty frame"));
    if (utf8.size() > m_limits.maxFrameBytes)
        return failure(DecodeResult::Error::TooLarge,
                       trCodec("frame of %1 bytes exceeds the limit of %2 bytes")
                           .arg(utf8.size())
                           .arg(m_limits.maxFrameBytes));
    if (nestingDepth(utf8, m_limits.maxDepth) > m_limits.maxDepth)
        return failure(DecodeResult::Error::TooDeep,
                       trCodec("JSON nested deeper than %1 levels").arg(m_limits.maxDepth));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses top-level scalars outright; tell "valid JSON, wrong shape" apart.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1)
            return failure(DecodeResult::Error::NotAnObject, trCodec("JSON is not an object"));
        return failure(DecodeResult::Error::InvalidJson,
                       trCodec("not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!doc.isObject())
        return failure(DecodeResult::Error::NotAnObject, trCodec("JSON is not an object"));
    *out = doc.object();
    return {};
}

DecodeResult ProtocolCodec::decode(const QByteArray &utf8) const
{
    QJsonObject object;
    DecodeResult r = parseObject(utf8, &object);
    if (!r.ok())
        return r;

    // On a field-type failure the message keeps what could be read (body, requestId, a
    // string method), so that a malformed reply can still end the request it answers.
    RoomMessage &m = r.message;
    m.kind = object.contains(u"result"_s) ? RoomMessage::Kind::Reply : RoomMessage::Kind::Request;
    m.body = object;
    m.requestId = object.value(u"requestId"_s);

    const QJsonValue method = object.value(u"method"_s);
    if (!method.isString()) {
        r.error = method.isUndefined() ? DecodeResult::Error::MissingMethod
                                       : DecodeResult::Error::BadFieldType;
        r.reason = method.isUndefined() ? trCodec("frame has no \"method\"")
                                        : trCodec("\"method\" is not a string");
        return r;
    }
    m.method = method.toString();

    if (m.method == u"event"_s) {
        // Events may carry a `result` of their own (login: int, logout: bool).
        const QJsonValue event = object.value(u"event"_s);
        m.kind = RoomMessage::Kind::Event;
        if (!event.isString() || event.toString().isEmpty()) {
            r.error = DecodeResult::Error::BadFieldType;
            r.reason = trCodec("event frame without an \"event\" name");
            return r;
        }
        m.event = event.toString();
        return r;
    }

    const QJsonValue result = object.value(u"result"_s);
    if (result.isUndefined()) {
        // Neither event nor reply: a request echoed back, or a frame of a newer protocol.
        m.kind = RoomMessage::Kind::Request;
        return r;
    }
    m.kind = RoomMessage::Kind::Reply;
    if (!result.isBool()) {
        r.error = DecodeResult::Error::BadFieldType;
        r.reason = trCodec("\"result\" is not a boolean");
        return r;
    }
    m.result = result.toBool();
    const QJsonValue error = object.value(u"error"_s);
    if (error.isString())
        m.error = error.toString();
    else if (!error.isUndefined() && !error.isNull())
        m.error = QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"error"_s, error } }).toJson(QJsonDocument::Compact));
    return r;
}

DecodeResult ProtocolCodec::decodeRequest(const QByteArray &utf8) const
{
    QJsonObject object;
    DecodeResult r = parseObject(utf8, &object);
    if (!r.ok())
        return r;
    RoomMessage &m = r.message;
    m.kind = RoomMessage::Kind::Request;
    m.body = object;
    m.requestId = object.value(u"requestId"_s);
    const QJsonValue method = object.value(u"method"_s);
    if (!method.isString()) {
        r.error = method.isUndefined() ? DecodeResult::Error::MissingMethod
                                       : DecodeResult::Error::BadFieldType;
        r.reason = method.isUndefined() ? trCodec("request has no \"method\"")
                                        : trCodec("\"method\" is not a string");
        return r; // message still carries requestId for the error reply
    }
    m.method = method.toString();
    return r;
}

QByteArray ProtocolCodec::encodeRequest(const QString &method, const QJsonObject &params,
                                        const QString &requestId)
{
    QJsonObject o = params;
    o.insert(u"method"_s, method);
    if (!requestId.isEmpty())
        o.insert(u"requestId"_s, requestId);
    return compact(o);
}

QByteArray ProtocolCodec::encodeReply(const QString &method, const QJsonValue &requestId,
                                      bool result, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(u"method"_s, method);
    o.insert(u"requestId"_s, requestId.isUndefined() ? QJsonValue(u""_s) : requestId);
    o.insert(u"result"_s, result);
    return compact(o);
}

QByteArray ProtocolCodec::encodeError(const QString &method, const QJsonValue &requestId,
                                      const QString &error, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(u"error"_s, error);
    return encodeReply(method, requestId, false, o);
}

QByteArray ProtocolCodec::encodeEvent(const QString &event, const QJsonObject &payload)
{
    QJsonObject o = payload;
    o.insert(u"method"_s, u"event"_s);
    o.insert(u"event"_s, event);
    return compact(o);
}
