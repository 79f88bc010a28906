// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QList>
#include <QObject>
#include <QString>

//! The room's link to its TrueConf Server (room-api.md §5.2, §7.1): connectToServer /
//! connectToService, account login and logout, getConnected / getLogin. Outcomes follow
//! SimRules (which servers are reachable, which logins succeed) after a short delay that
//! stands for the network round trip.
//!
//! appState transitions and events, in emulator order:
//!   0/2/3 connectToServer  -> [serverDisconnected if connected] appState 1
//!   1 (delay) reachable    -> serverConnected, appState 2; with enableAutologin and a
//!                             remembered account: serverConnected, login{0}, appState 3,
//!                             abReceivedAfterLogin
//!   1 (delay) unreachable  -> serverDisconnected, appState 0
//!   2 login (delay)        -> login{0}, appState 3, abReceivedAfterLogin | login{!=0}
//!   3 login                -> login{1} (already logged in)
//!   3/4/5 logout           -> [calls end] logout{result:true, cause:0}, appState 2
//!   >=1 server lost        -> [calls end] serverDisconnected, appState 0
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    struct Account
    {
        QString login; //!< user part, matched case-insensitively on any server
        QString password;
        QString displayName;
    };

    struct Options
    {
        int delayMs = 150; //!< network round trip of connect and login
        QList<Account> accounts = defaultAccounts();
        bool acceptAnyLogin = true; //!< false: only configured accounts may log in
    };

    //! room101 / room101 ("Room 101") and room102 / room102 ("Room 102").
    static QList<Account> defaultAccounts();

    //! `peerId`/`peerDn`: the account the room is logged in with at start (when loggedIn).
    SimServer(SimHost &host, const Options &options, const QString &peerId, const QString &peerDn,
              bool loggedIn, QObject *parent = nullptr);
    ~SimServer() override;

    SimCommandTable commands();

    //! The logged-in TrueConf ID / display name; empty when appState < 3.
    QString peerId() const;
    QString peerDn() const;
    QString server() const { return m_server; }

    //! The server connection drops (control API): calls end, appState 0.
    bool loseConnection();
    //! The application restarted (reboot): pending work is forgotten and the room comes up
    //! connected and logged in again when it was and autologin allows, else at 0.
    int restartState(int appStateBefore);
    //! Forgets pending connects/logins (forced appState, stop).
    void cancelPending() { ++m_generation; }

private:
    SimOutcome connectToServer(const QJsonObject &request);
    SimOutcome connectToService(const QJsonObject &request);
    SimOutcome login(const QJsonObject &request);
    SimOutcome logout(const QJsonObject &request);
    SimOutcome getConnected(const QJsonObject &request) const;
    SimOutcome getLogin(const QJsonObject &request) const;

    void startConnect(const QString &server, int port, bool service, const QString &domain);
    void finishConnect();
    void finishLogin();
    void loggedIn(const QString &peerId, const QString &peerDn);
    QJsonObject serverFields(bool withDomain) const;
    bool autologin() const;
    void later(void (SimServer::*step)());

    SimHost &m_host;
    Options m_options;
    QString m_server;
    QString m_domain;
    int m_port = 4307;
    bool m_service = false;
    QString m_peerId;
    QString m_peerDn;
    bool m_remembered = false; //!< autologin has an account to use
    quint64 m_generation = 0; //!< bumps to void delayed steps
    bool m_pendingReachable = true;
    QString m_pendingLogin;
    QString m_pendingPassword;
};
