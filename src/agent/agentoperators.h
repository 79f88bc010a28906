// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/agentconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

//! The relay's operators (from the operators file) and the reconnect tokens the relay has
//! issued to them. A client signs in with its operator's secret or with such a token; either
//! names the operator and the highest role it may take.
class AgentOperators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentOperators)

public:
    //! Who a signed-in client is. `fingerprint` ties it to the operator's entry as it was:
    //! when the entry changes or goes, the identity is no longer valid.
    struct Identity
    {
        QString name;
        Room::Role role = Room::Role::None; //!< the highest role the operator may take
        QByteArray fingerprint;
        bool isValid() const { return role != Room::Role::None; }
    };

    static constexpr int kTokenDays = 30; //!< as a room's password token (room-api.md §3.4)
    static constexpr int kMaxTokens = 10000;

    explicit AgentOperators(QObject *parent = nullptr);

    //! Takes a new operators file; tokens of operators whose entry changed or went are void.
    void setOperators(const QList<AgentOperator> &operators);
    bool isEmpty() const { return m_operators.isEmpty(); }
    int size() const { return int(m_operators.size()); }

    //! The operator whose secret, or the unexpired token issued to whom, `credentials` is;
    //! an invalid identity when none. Every secret is compared in full (no early exit).
    Identity identify(const QString &credentials) const;
    //! A new reconnect token for `identity` (random, 30 days).
    QString issueToken(const Identity &identity);
    //! True while `identity`'s operator entry is what it was when the identity was made.
    bool isCurrent(const Identity &identity) const;

Q_SIGNALS:
    //! setOperators() changed something: signed-in clients should check isCurrent().
    void changed();

private:
    struct Token
    {
        Identity identity;
        QDateTime expires;
    };
    static QByteArray fingerprintOf(const AgentOperator &op);
    Identity identityOf(const AgentOperator &op) const;

    QList<AgentOperator> m_operators;
    QHash<QByteArray, Token> m_tokens; //!< by SHA-256 of the token
};
