// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "rawtcpserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

RawTcpServer::RawTcpServer(Mode mode, QByteArray answer, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_answer(std::move(answer))
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawTcpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("RawTcpServer: cannot listen on 127.0.0.1");
}

RawTcpServer::~RawTcpServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
        if (s)
            s->abort();
}

quint16 RawTcpServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("RawTcpServer: cannot listen on 127.0.0.1");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray RawTcpServer::httpResponse(int status, const QByteArray &body,
                                      const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

QByteArray RawTcpServer::webSocketFrame(const QByteArray &payload, quint8 opcode)
{
    QByteArray frame;
    frame.append(char(0x80 | (opcode & 0x0f)));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(n));
    } else if (n < 65536) {
        frame.append(char(126));
        frame.append(char((n >> 8) & 0xff));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    return frame + payload;
}

void RawTcpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_sockets.append(socket);
        socket->setParent(this);
        if (m_mode == Mode::Answer || m_mode == Mode::AnswerAndHold) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, this] {
                socket->readAll();
                if (socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write(m_answer);
                if (m_mode == Mode::Answer)
                    socket->disconnectFromHost();
            });
        } else if (m_mode == Mode::WebSocket) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, this] {
                QByteArray &request = m_requests[socket];
                request += socket->readAll();
                if (!request.contains("\r\n\r\n") || request.startsWith("done"))
                    return; // the rest of the handshake, or masked client frames: ignored
                static const QRegularExpression keyLine(u"Sec-WebSocket-Key: *([^\\r]+)"_s,
                                                        QRegularExpression::CaseInsensitiveOption);
                const QByteArray key
                    = keyLine.match(QString::fromLatin1(request)).captured(1).trimmed().toLatin1();
                const QByteArray accept
                    = QCryptographicHash::hash(
                          QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                          QCryptographicHash::Sha1)
                          .toBase64();
                request = "done";
                socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                              + accept + "\r\n\r\n" + m_answer);
            });
        }
    }
}
