// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

//! The emulator's secrets and tokens (room-api.md §3.3, §3.4, §4.2, §10 k/l/t): the
//! protection of each mode, issued reconnect tokens (which remember their mode) and HTTP
//! tokens (which remember the connection they were issued to). No sockets, no signals.
class SimAuthority final
{
public:
    struct Protection
    {
        Room::Protection type = Room::Protection::Unsecured;
        QString secret; //!< PIN or password; empty when unsecured
    };

    struct Token
    {
        Room::Role role = Room::Role::None;
        QDeadlineTimer deadline; //!< forever for tokens that live until the app closes
    };

    //! Launch rules of §10 t: --pin alone protects both modes with the PIN; with an admin
    //! password as well, admin needs the password and the PIN gives user mode; a password
    //! alone protects admin only (user protection needs admin protection first, §4.2).
    SimAuthority(const QString &pin, const QString &adminPassword, int httpTokenLifetimeSecs);

    Protection protection(Room::Role role) const;
    void setProtection(Room::Role role, Room::Protection type, const QString &secret);
    //! True when `credentials` is the secret of a protected mode (PINs case-insensitively).
    bool matchesSecret(Room::Role role, const QString &credentials) const;

    //! A fresh reconnect token for `role`; `lifetime` follows §3.4.
    QString issueToken(Room::Role role, QDeadlineTimer deadline);
    //! The mode and deadline of a valid token, or role None.
    Token token(const QString &token) const;
    //! Deadline for a token obtained with a PIN (24 h), a password or unsecured (30 days).
    static QDeadlineTimer lifetimeFor(Room::Protection how);

    //! A fresh HTTP token bound to connection `owner`; `unlimited` for PIN-protected rooms.
    QString issueHttpToken(quint64 owner, bool unlimited);
    bool isHttpTokenValid(const QString &token) const;
    //! Voids every HTTP token of a connection (an authorizationNeeded reached it).
    void revokeHttpTokens(quint64 owner);
    //! clearTokens (§10 l): every reconnect and HTTP token becomes invalid.
    void clearTokens();

    //! Token text in the observed format `<digit>*<16 alnum>*<8 digits>*<64 hex>`.
    static QString generateToken(int leadingDigit);
    //! A short, case-insensitive PIN as a room would generate it.
    static QString generatePin();

private:
    struct HttpToken
    {
        quint64 owner = 0;
        QDeadlineTimer deadline;
    };

    Protection m_admin;
    Protection m_user;
    int m_httpLifetimeSecs = 300;
    QHash<QString, Token> m_tokens;
    QHash<QString, HttpToken> m_httpTokens;
};
