// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/transport/websocketframereader.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <optional>

//! RoomDeck's own WebSocket client (RFC 6455), ws:// only: rooms never speak wss://
//! (RoomAddress refuses it), so no TLS backend is loaded, and text messages stay UTF-8 from
//! the socket to the codec (QWebSocket turns them into UTF-16 and back).
//!
//! States: Unconnected -> Connecting (TCP) -> Handshaking -> Open -> Closing -> Unconnected.
//! Every open() ends in exactly one disconnected(), except when abort() ends it: the caller
//! asked. errorOccurred() comes before disconnected() when a failure ends the connection.
class RoomWebSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomWebSocket)

public:
    enum class State { Unconnected, Connecting, Handshaking, Open, Closing };
    Q_ENUM(State)

    enum class Error {
        None,
        ConnectionRefused,
        HostNotFound,
        Network, //!< another socket error; errorString() has Qt's text
        NotHttp, //!< the port did not answer with HTTP
        HttpStatus, //!< HTTP, but not 101 Switching Protocols (httpStatus())
        BadHandshake, //!< 101, but a missing or wrong Upgrade, Connection or Accept header
        HeadersTooLarge,
        ProtocolViolation, //!< a frame RFC 6455 forbids; we closed with 1002
        InvalidUtf8, //!< we closed with 1007
        MessageTooLarge, //!< we closed with 1009
        ConnectionLost, //!< TCP ended without a close frame
    };
    Q_ENUM(Error)

    //! Who ended the connection.
    enum class ClosedBy { Client, Peer };
    Q_ENUM(ClosedBy)

    struct Options
    {
        qint64 maxIncomingMessageBytes = 16 * 1024 * 1024;
        //! After a close frame is sent: how long to wait for the peer's before aborting.
        int closeTimeoutMs = 1000;
        qsizetype maxHandshakeBytes = 16 * 1024;
    };

    explicit RoomWebSocket(QObject *parent = nullptr);
    explicit RoomWebSocket(const Options &options, QObject *parent = nullptr);
    ~RoomWebSocket() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    Error error() const { return m_error; }
    //! Readable text for error() (for people; never the peer's bytes unbounded).
    QString errorString() const { return m_errorString; }
    //! The status of a handshake answered with something other than 101.
    int httpStatus() const { return m_httpStatus; }
    QAbstractSocket::SocketError socketError() const { return m_socketError; }
    quint16 closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    ClosedBy closedBy() const { return m_closedBy; }

    //! Connects to a ws:// URL. Anything else fails at once (errorOccurred, disconnected).
    void open(const QUrl &url);
    //! Sends one text message as one masked frame. False when not open.
    bool sendText(QByteArrayView utf8);
    //! Sends a ping (payload at most 125 bytes). False when not open.
    bool ping(QByteArrayView payload = {});
    //! Starts the closing handshake: sends a close frame, waits Options::closeTimeoutMs at most
    //! for the peer's, then ends the connection (disconnected() with ClosedBy::Client).
    void close(quint16 code = WebSocketFrameReader::kCloseNormal, const QString &reason = {});
    //! Ends the connection at once; emits nothing.
    void abort();

Q_SIGNALS:
    //! The opening handshake succeeded: messages can be sent.
    void connected();
    //! A whole text message arrived (valid UTF-8).
    void textMessageReceived(const QByteArray &utf8);
    //! A whole binary message arrived.
    void binaryMessageReceived(const QByteArray &data);
    //! The peer answered a ping with this payload.
    void pong(const QByteArray &payload);
    //! A failure ends the connection; `text` is readable. disconnected() follows.
    void errorOccurred(RoomWebSocket::Error error, const QString &text);
    //! The connection ended: the close code (1006 when there was no close frame), the close
    //! frame's reason (or the error text when we failed the connection), and who ended it.
    void disconnected(quint16 closeCode, const QString &reason, RoomWebSocket::ClosedBy closedBy);

private:
    void onTcpConnected();
    void onTcpDisconnected();
    void onTcpError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void onCloseTimeout();
    //! Reads the HTTP answer; false when the handshake failed or is not complete yet.
    bool readHandshake();
    //! Checks the complete HTTP answer (status line and headers, without the blank line).
    bool checkHandshake(QByteArrayView head);
    void feed(QByteArrayView bytes);
    //! Hands out what the reader has; false when a slot ended the connection meanwhile.
    bool dispatchEvents();
    void sendFrame(quint8 opcode, QByteArrayView payload);
    //! Fails the connection: error, then a close frame with `closeCode` (0: none) and the end.
    void fail(Error error, const QString &text, quint16 closeCode = 0,
              ClosedBy by = ClosedBy::Client);
    //! The connection is over: emits disconnected() once.
    void finish(quint16 code, const QString &reason, ClosedBy by);
    void reset();

    Options m_options;
    QTcpSocket m_socket;
    QTimer m_closeTimer;
    State m_state = State::Unconnected;
    QUrl m_url;
    QByteArray m_key; //!< Sec-WebSocket-Key as sent (base64)
    QByteArray m_handshake; //!< the HTTP answer so far
    std::optional<WebSocketFrameReader> m_reader;
    Error m_error = Error::None;
    QString m_errorString;
    int m_httpStatus = 0;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    quint16 m_closeCode = 0;
    QString m_closeReason;
    ClosedBy m_closedBy = ClosedBy::Client;
    bool m_closeSent = false;
    bool m_closeReceived = false;
};
