// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "rawtcpserver.h"

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

void RawTcpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_sockets.append(socket);
        socket->setParent(this);
        if (m_mode == Mode::Answer) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, this] {
                socket->readAll();
                socket->write(m_answer);
                socket->disconnectFromHost();
            });
        }
    }
}
