// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentoperators.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

//! Equal digests, compared without an early exit.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

AgentOperators::AgentOperators(QObject *parent)
    : QObject(parent)
{ }

QByteArray AgentOperators::fingerprintOf(const AgentOperator &op)
{
    return sha256(op.name + QChar(0) + QString::number(int(op.role)) + QChar(0) + op.secret);
}

AgentOperators::Identity AgentOperators::identityOf(const AgentOperator &op) const
{
    return { op.name, op.role, fingerprintOf(op) };
}

void AgentOperators::setOperators(const QList<AgentOperator> &operators)
{
    m_operators = operators;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (isCurrent(it->identity))
            ++it;
        else
            it = m_tokens.erase(it);
    }
    Q_EMIT changed();
}

AgentOperators::Identity AgentOperators::identify(const QString &credentials) const
{
    // Digests of equal length compared in full: how long this takes says nothing of how
    // much of a secret matched.
    const QByteArray given = sha256(credentials);
    Identity found;
    for (const AgentOperator &op : m_operators) {
        if (sameDigest(sha256(op.secret), given) && !found.isValid())
            found = identityOf(op);
    }
    if (found.isValid())
        return found;
    const auto token = m_tokens.constFind(given);
    if (token != m_tokens.cend() && token->expires > QDateTime::currentDateTimeUtc()
        && isCurrent(token->identity))
        return token->identity;
    return {};
}

QString AgentOperators::issueToken(const Identity &identity)
{
    if (m_tokens.size() >= kMaxTokens) {
        // The oldest first: the one that expires soonest.
        const auto oldest = std::min_element(
            m_tokens.begin(), m_tokens.end(),
            [](const Token &a, const Token &b) { return a.expires < b.expires; });
        m_tokens.erase(oldest);
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(sha256(token),
                    { identity, QDateTime::currentDateTimeUtc().addDays(kTokenDays) });
    return token;
}

bool AgentOperators::isCurrent(const Identity &identity) const
{
    return std::any_of(m_operators.cbegin(), m_operators.cend(), [&identity](const auto &op) {
        return op.name == identity.name && fingerprintOf(op) == identity.fingerprint;
    });
}
