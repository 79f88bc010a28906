// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

//! RoomController's sign-in: the confirmation a default-port fallback needs, the handshake
//! (setUsedApiVersion, auth with the secret or the issued token, the automatic role's retry as
//! User, elevation and downgrade) and the startup burst that follows it. It keeps what sign-in
//! needs for later (credentials, tokens) in memory only. A private part of the controller: it
//! drives the controller's state and signals, in the order the controller's table documents.
class RoomHandshake final
{
    Q_DISABLE_COPY_MOVE(RoomHandshake)

public:
    using Credentials = RoomController::Credentials;

    explicit RoomHandshake(RoomController &controller);

    //! A new connectToRoom(): new credentials, no token, no confirmation yet.
    void begin(const Credentials &credentials);
    //! The connection closed (`forgetToken`: for good, not to reconnect).
    void end(bool forgetToken);
    //! The room signed this connection out (authorizationNeeded `cause`).
    void signedOut(int cause);

    void setFallbackNeedsConfirmation(bool needed) { m_fallbackNeedsConfirmation = needed; }
    void setEndpoint(RoomLocator::Source source, const QString &note);
    bool isAwaitingFallback() const { return m_awaitingFallback; }
    void confirmFallback();
    //! The socket is open: signs in, unless a fallback endpoint waits for confirmation.
    void opened();

    void authenticate(const Credentials &credentials);
    void downgradeToUser();
    void adoptProtectionChange(Room::Role role, const Credentials &credentials,
                               const QJsonObject &reply);

    const Credentials &credentials() const { return m_credentials; }
    QString httpToken() const { return m_httpToken; }

private:
    struct Attempt
    {
        Credentials credentials;
        Room::Role role = Room::Role::None; //!< role asked for in this attempt
        bool viaToken = false;
        bool downgrade = false;
        Room::Role previousRole = Room::Role::None; //!< signed in already (an elevation)
    };

    void start();
    void send(const Attempt &attempt);
    void onOutcome(const Attempt &attempt, const RequestOutcome &outcome);
    QString refusalReason(const Attempt &attempt, const RequestOutcome &outcome) const;
    void startStartupBurst();
    void onStartupOutcome(const RequestOutcome &outcome);

    RoomController &m_c;
    Credentials m_credentials;
    QString m_token; //!< reconnect token from the last successful auth; memory only
    Room::Role m_tokenRole = Room::Role::None;
    QString m_httpToken;
    int m_startupRemaining = 0;
    bool m_fallbackNeedsConfirmation = false;
    bool m_fallbackConfirmed = false; //!< for this connectToRoom()
    bool m_awaitingFallback = false;
    QString m_fallbackNote;
};
