// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include "core/controller/pendingrequests.h"

#include <QObject>
#include <QPointer>

class RoomController;
struct RoomMessage;

//! The room's own TrueConf server connection and account (room-api.md §7.1): getConnected and
//! getLogin after every connect, followed by serverConnected / serverDisconnected / login /
//! logout events. Offers the admin verbs with their parameters spelled out.
class ServerAccountState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerAccountState)

public:
    static constexpr int kDefaultServerPort = 4307;

    explicit ServerAccountState(QObject *parent = nullptr);
    void refresh();

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override { onEvent(event); }
    void resyncAfterSignIn() override { refresh(); }

    //! 0 not connected, 1 connecting, 2 connected (getConnected.state).
    int connectionState() const { return m_state; }
    QString server() const { return m_server; }
    int port() const { return m_port; }
    bool isService() const { return m_service; }
    bool isLoggedIn() const { return m_loggedIn; }
    QString peerId() const { return m_peerId; }
    QString peerDn() const { return m_peerDn; }
    //! The last `login` result in words (empty before any login attempt).
    QString lastLoginText() const { return m_lastLogin; }
    int lastLoginResult() const { return m_lastLoginResult; }
    //! "video.example.net:4307 (connected)" or "TrueConf Online (connecting)".
    QString summary() const;

    //! The verbs return the request handle; `callback` (with `context`) also gets the outcome.
    quint64 connectToServer(const QString &server, int port = kDefaultServerPort,
                            QObject *context = nullptr, PendingRequests::Callback callback = {});
    quint64 connectToService(QObject *context = nullptr, PendingRequests::Callback callback = {});
    //! `encryptPassword` must be false for LDAP/AD-backed servers (room-api.md §7.1).
    quint64 login(const QString &trueConfId, const QString &password, bool encryptPassword = true,
                  QObject *context = nullptr, PendingRequests::Callback callback = {});
    quint64 logout(QObject *context = nullptr, PendingRequests::Callback callback = {});

Q_SIGNALS:
    void changed();
    //! A `login` event arrived; `text` is the result in words.
    void loginFinished(int result, const QString &text);

private:
    void onEvent(const RoomMessage &event);
    quint64 send(const QString &method, const QJsonObject &params, QObject *context,
                 PendingRequests::Callback callback);

    int m_state = 0;
    QString m_server;
    int m_port = 0;
    bool m_service = false;
    bool m_loggedIn = false;
    QString m_peerId;
    QString m_peerDn;
    QString m_lastLogin;
    int m_lastLoginResult = -1;
};
