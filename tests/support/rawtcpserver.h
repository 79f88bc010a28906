// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

//! A loopback TCP server for failure cases no real room produces on purpose: it answers
//! every connection with fixed bytes (an HTTP response that is not a room), accepts and
//! never answers (a black hole, for timeouts), or completes a WebSocket handshake and then
//! sends fixed bytes as they are (frames a QWebSocketServer would never send, such as a text
//! frame that is not UTF-8).
class RawTcpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawTcpServer)

public:
    //! Answer: the bytes, then close. AnswerAndHold: the bytes, then silence on an open
    //! connection (a body that never ends). Silent: nothing. WebSocket: see above.
    enum class Mode { Answer, AnswerAndHold, Silent, WebSocket };

    explicit RawTcpServer(Mode mode, QByteArray answer = {}, QObject *parent = nullptr);
    ~RawTcpServer() override;
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

    //! A port on 127.0.0.1 that nothing listens on (bound once, then released).
    static quint16 unusedPort();
    //! An HTTP/1.1 response with the given status and body.
    static QByteArray httpResponse(int status, const QByteArray &body,
                                   const QByteArray &contentType = "application/json");
    //! One unmasked, final server-to-client WebSocket frame (opcode 1 = text, 2 = binary).
    static QByteArray webSocketFrame(const QByteArray &payload, quint8 opcode = 1);

private:
    void onNewConnection();

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_answer;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_requests; //!< WebSocket mode: handshake bytes so far
    int m_connections = 0;
};
