// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

//! A loopback TCP server for failure cases no real room produces on purpose: it answers
//! every connection with fixed bytes (an HTTP response that is not a room), or accepts and
//! never answers (a black hole, for timeouts).
class RawTcpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawTcpServer)

public:
    enum class Mode { Answer, Silent };

    explicit RawTcpServer(Mode mode, QByteArray answer = {}, QObject *parent = nullptr);
    ~RawTcpServer() override;
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

    //! A port on 127.0.0.1 that nothing listens on (bound once, then released).
    static quint16 unusedPort();
    //! An HTTP/1.1 response with the given status and body.
    static QByteArray httpResponse(int status, const QByteArray &body,
                                   const QByteArray &contentType = "application/json");

private:
    void onNewConnection();

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_answer;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
};
