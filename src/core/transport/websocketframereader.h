// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

//! Reads the frames a WebSocket server sends to its client (RFC 6455 §5) from bytes fed in
//! pieces of any size, one byte at a time included, and hands out whole messages, pings, pongs
//! and the close frame. Pure: no sockets, no timers, no text for people (the client words its
//! errors). A message's payload is copied once, into a buffer reserved for its announced size,
//! and handed out by move. A text message is checked as UTF-8 once it is whole, so a character
//! split across frames is fine.
//!
//! The first violation stops the reader: error() says which, closeCode() is the code the client
//! closes with (1002 protocol error, 1007 invalid text, 1009 too large). Events read before it
//! are still there to take.
class WebSocketFrameReader final
{
public:
    enum class Error {
        None,
        MaskedFrame, //!< a server must not mask its frames
        ReservedBits, //!< RSV1-3 set, and no extension was agreed
        UnknownOpcode,
        ControlFrameTooLong, //!< a ping, pong or close with more than 125 bytes
        FragmentedControlFrame,
        ContinuationWithoutMessage, //!< a continuation frame when no message was started
        MessageNotFinished, //!< a new text or binary frame inside an unfinished message
        LengthOutOfRange, //!< a 64-bit length with its top bit set
        MessageTooLarge, //!< the announced size exceeds the limit (checked before buffering)
        InvalidUtf8, //!< a whole text message that is not UTF-8
        InvalidClosePayload, //!< a close payload of one byte
        InvalidCloseCode, //!< a close code no endpoint may send
        InvalidCloseReason, //!< a close reason that is not UTF-8
    };

    struct Event
    {
        enum class Kind { Text, Binary, Ping, Pong, Close };
        Kind kind = Kind::Text;
        QByteArray payload; //!< the message, the ping/pong payload, or the close reason (UTF-8)
        quint16 closeCode = 0; //!< Close only: the code, 1005 when the close frame had none
    };

    //! Close codes (RFC 6455 §7.4.1).
    static constexpr quint16 kCloseNormal = 1000;
    static constexpr quint16 kCloseGoingAway = 1001;
    static constexpr quint16 kCloseProtocolError = 1002;
    static constexpr quint16 kCloseNoStatus = 1005;
    static constexpr quint16 kCloseAbnormal = 1006;
    static constexpr quint16 kCloseInvalidData = 1007;
    static constexpr quint16 kCloseTooLarge = 1009;

    explicit WebSocketFrameReader(qint64 maxMessageBytes);

    //! Reads `bytes`. False once the reader has stopped on an error (or after a close frame:
    //! nothing after it is read).
    bool feed(QByteArrayView bytes);
    bool hasEvent() const { return !m_events.isEmpty(); }
    Event takeEvent() { return m_events.takeFirst(); }

    Error error() const { return m_error; }
    //! The close code for error(): 1002, 1007 or 1009 (0 without an error).
    quint16 closeCode() const { return closeCodeFor(m_error); }
    static quint16 closeCodeFor(Error error);
    //! A close frame was read (it is the last event).
    bool closeReceived() const { return m_closed; }
    //! Bytes of a frame or message have arrived, but not all of it.
    bool isInsideFrameOrMessage() const;
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

    //! UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF.
    static bool isValidUtf8(QByteArrayView bytes);
    //! A code an endpoint may send in a close frame (RFC 6455 §7.4).
    static bool isValidCloseCode(quint16 code);

private:
    enum class Stage { Header, ExtendedLength, Payload, Stopped };

    bool fail(Error error);
    //! The two header bytes are in: checks them. False on a violation.
    bool startFrame();
    //! The whole length is known: checks it and prepares the buffer. False on a violation.
    bool startPayload(quint64 length);
    //! The frame's payload is complete.
    bool endFrame();

    qint64 m_maxMessageBytes;
    Stage m_stage = Stage::Header;
    Error m_error = Error::None;
    bool m_closed = false;

    quint8 m_header[8] = {};
    int m_headerHave = 0;
    int m_headerNeed = 2;
    bool m_fin = false;
    quint8 m_opcode = 0;
    quint64 m_remaining = 0; //!< payload bytes of the current frame still to come

    bool m_inMessage = false; //!< a text/binary message was started and is not finished
    bool m_messageIsText = false;
    QByteArray m_message; //!< the data message being reassembled
    QByteArray m_control; //!< the control frame's payload (at most 125 bytes)
    QList<Event> m_events;
};
