// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

//! The relay of the rooms' built-in HTTP servers (room-api.md §8: uploads to /files/, camera
//! frames from /frames/). One port serves every room: the `token` a request carries is an HTTP
//! token the room issued and the WebSocket relay handed to a client, so it names the room.
//! The request goes to that room's HTTP server as it came (with "Connection: close"), and the
//! room's answer comes back byte for byte. Unknown tokens are answered 401 as a room would.
class AgentHttpRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentHttpRelay)

public:
    struct Target
    {
        QString host;
        quint16 port = 0;
    };
    //! The room's HTTP server for a token the relay handed out, or nullopt.
    using Resolver = std::function<std::optional<Target>(const QString &token)>;

    static constexpr qint64 kMaxHeadBytes = 16 * 1024;
    static constexpr qint64 kMaxBodyBytes = 64 * 1024 * 1024; //!< an upload (a logo, a slide)
    static constexpr int kTimeoutMs = 30000;

    AgentHttpRelay(Resolver resolver, QObject *parent = nullptr);
    ~AgentHttpRelay() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

private:
    class Exchange;
    void onNewConnection();

    Resolver m_resolver;
    QTcpServer *m_server = nullptr;
};
