// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "websocketframereader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

constexpr quint64 kMaxControlPayload = 125;

bool isControl(quint8 opcode)
{
    return (opcode & 0x8) != 0;
}

} // namespace

WebSocketFrameReader::WebSocketFrameReader(qint64 maxMessageBytes)
    : m_maxMessageBytes(std::max<qint64>(0, maxMessageBytes))
{ }

quint16 WebSocketFrameReader::closeCodeFor(Error error)
{
    switch (error) {
    case Error::None:
        return 0;
    case Error::MessageTooLarge:
        return kCloseTooLarge;
    case Error::InvalidUtf8:
    case Error::InvalidCloseReason:
        return kCloseInvalidData;
    default:
        return kCloseProtocolError;
    }
}

bool WebSocketFrameReader::isValidCloseCode(quint16 code)
{
    // 1004-1006 and 1015 are reserved, never sent; 1016-2999 are unassigned; 3000-4999 are
    // for libraries and applications.
    if (code >= 1000 && code <= 1014)
        return code != 1004 && code != 1005 && code != 1006;
    return code >= 3000 && code <= 4999;
}

bool WebSocketFrameReader::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        // ASCII runs, eight bytes at a time: most of a room's JSON.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        if (p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i <= extra; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        p += extra + 1;
    }
    return true;
}

bool WebSocketFrameReader::isInsideFrameOrMessage() const
{
    if (m_stage == Stage::Stopped)
        return false;
    return m_inMessage || m_stage != Stage::Header || m_headerHave > 0;
}

bool WebSocketFrameReader::fail(Error error)
{
    m_error = error;
    m_stage = Stage::Stopped;
    m_message = QByteArray();
    m_control = QByteArray();
    return false;
}

bool WebSocketFrameReader::feed(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        switch (m_stage) {
        case Stage::Stopped:
            return false;
        case Stage::Header:
        case Stage::ExtendedLength: {
            const int take = int(std::min<qsizetype>(m_headerNeed - m_headerHave, end - p));
            std::memcpy(m_header + m_headerHave, p, size_t(take));
            m_headerHave += take;
            p += take;
            if (m_headerHave < m_headerNeed)
                break;
            if (m_stage == Stage::Header) {
                if (!startFrame())
                    return false;
                const quint8 len7 = m_header[1] & 0x7f;
                if (len7 == 126 || len7 == 127) {
                    m_stage = Stage::ExtendedLength;
                    m_headerHave = 0;
                    m_headerNeed = len7 == 126 ? 2 : 8;
                    break;
                }
                if (!startPayload(len7))
                    return false;
            } else {
                quint64 length = 0;
                for (int i = 0; i < m_headerNeed; ++i)
                    length = (length << 8) | m_header[i];
                if (!startPayload(length))
                    return false;
            }
            break;
        }
        case Stage::Payload: {
            const qsizetype take = qsizetype(std::min<quint64>(m_remaining, quint64(end - p)));
            (isControl(m_opcode) ? m_control : m_message).append(p, take);
            p += take;
            m_remaining -= quint64(take);
            if (m_remaining == 0 && !endFrame())
                return false;
            break;
        }
        }
    }
    return m_stage != Stage::Stopped;
}

bool WebSocketFrameReader::startFrame()
{
    const quint8 b0 = m_header[0];
    const quint8 b1 = m_header[1];
    m_fin = (b0 & 0x80) != 0;
    m_opcode = b0 & 0x0f;
    if (b0 & 0x70)
        return fail(Error::ReservedBits);
    switch (m_opcode) {
    case Continuation:
    case Text:
    case Binary:
    case Close:
    case Ping:
    case Pong:
        break;
    default:
        return fail(Error::UnknownOpcode);
    }
    if (b1 & 0x80)
        return fail(Error::MaskedFrame);
    if (isControl(m_opcode)) {
        if (!m_fin)
            return fail(Error::FragmentedControlFrame);
        if ((b1 & 0x7f) > kMaxControlPayload)
            return fail(Error::ControlFrameTooLong);
    } else if (m_opcode == Continuation) {
        if (!m_inMessage)
            return fail(Error::ContinuationWithoutMessage);
    } else if (m_inMessage) {
        return fail(Error::MessageNotFinished);
    }
    return true;
}

bool WebSocketFrameReader::startPayload(quint64 length)
{
    if (length >> 63)
        return fail(Error::LengthOutOfRange);
    if (!isControl(m_opcode)) {
        const quint64 have = quint64(m_message.size());
        // Checked on the announced size, before a byte of it is buffered.
        if (length > quint64(m_maxMessageBytes) - have)
            return fail(Error::MessageTooLarge);
        if (m_opcode != Continuation) {
            m_inMessage = true;
            m_messageIsText = m_opcode == Text;
        }
        const qsizetype wanted = qsizetype(have + length);
        if (wanted > m_message.capacity()) {
            // One frame: exactly its size. Many fragments: grow geometrically (bounded by the
            // limit), or every fragment would copy the message again.
            const qsizetype grown = have > 0
                ? std::min<qsizetype>(std::max<qsizetype>(wanted, m_message.capacity() * 2),
                                      qsizetype(m_maxMessageBytes))
                : wanted;
            m_message.reserve(std::max(grown, wanted));
        }
    } else {
        m_control.clear();
    }
    m_remaining = length;
    m_stage = Stage::Payload;
    m_headerHave = 0;
    m_headerNeed = 2;
    return length > 0 || endFrame();
}

bool WebSocketFrameReader::endFrame()
{
    m_stage = Stage::Header;
    m_headerHave = 0;
    m_headerNeed = 2;
    switch (m_opcode) {
    case Ping:
        m_events.append({ Event::Kind::Ping, std::exchange(m_control, {}), 0 });
        return true;
    case Pong:
        m_events.append({ Event::Kind::Pong, std::exchange(m_control, {}), 0 });
        return true;
    case Close: {
        if (m_control.size() == 1)
            return fail(Error::InvalidClosePayload);
        quint16 code = kCloseNoStatus;
        QByteArray reason;
        if (m_control.size() >= 2) {
            code = quint16((quint8(m_control.at(0)) << 8) | quint8(m_control.at(1)));
            if (!isValidCloseCode(code))
                return fail(Error::InvalidCloseCode);
            reason = m_control.mid(2);
            if (!isValidUtf8(reason))
                return fail(Error::InvalidCloseReason);
        }
        m_control = QByteArray();
        m_events.append({ Event::Kind::Close, std::move(reason), code });
        m_closed = true;
        m_stage = Stage::Stopped; // nothing after a close frame is read
        return true;
    }
    default:
        break;
    }
    if (!m_fin)
        return true;
    if (m_messageIsText && !isValidUtf8(m_message))
        return fail(Error::InvalidUtf8);
    m_inMessage = false;
    m_events.append({ m_messageIsText ? Event::Kind::Text : Event::Kind::Binary,
                      std::exchange(m_message, {}), 0 });
    return true;
}
