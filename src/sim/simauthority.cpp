// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simauthority.h"

#include <QDate>
#include <QRandomGenerator>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

QString randomFrom(const QString &alphabet, int length)
{
    QString s;
    s.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        s.append(alphabet.at(int(rng->bounded(quint32(alphabet.size())))));
    return s;
}

} // namespace

SimAuthority::SimAuthority(const QString &pin, const QString &adminPassword,
                           int httpTokenLifetimeSecs)
    : m_httpLifetimeSecs(httpTokenLifetimeSecs)
{
    if (!adminPassword.isEmpty())
        m_admin = { Room::Protection::Password, adminPassword };
    else if (!pin.isEmpty())
        m_admin = { Room::Protection::Pin, pin };
    if (!pin.isEmpty())
        m_user = { Room::Protection::Pin, pin };
}

SimAuthority::Protection SimAuthority::protection(Room::Role role) const
{
    return role == Room::Role::Admin ? m_admin : m_user;
}

void SimAuthority::setProtection(Room::Role role, Room::Protection type, const QString &secret)
{
    Protection &p = role == Room::Role::Admin ? m_admin : m_user;
    p.type = type;
    p.secret = type == Room::Protection::Unsecured ? QString() : secret;
}

bool SimAuthority::matchesSecret(Room::Role role, const QString &credentials) const
{
    const Protection p = protection(role);
    if (p.type == Room::Protection::Unsecured || p.secret.isEmpty() || credentials.isEmpty())
        return false;
    // Room PINs are case-insensitive (§4.2); passwords are not.
    const Qt::CaseSensitivity cs
        = p.type == Room::Protection::Pin ? Qt::CaseInsensitive : Qt::CaseSensitive;
    return credentials.compare(p.secret, cs) == 0;
}

QString SimAuthority::issueToken(Room::Role role, QDeadlineTimer deadline)
{
    const QString t = generateToken(role == Room::Role::Admin ? 2 : 1);
    m_tokens.insert(t, Token { role, deadline });
    return t;
}

SimAuthority::Token SimAuthority::token(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->deadline.hasExpired())
        return {};
    return *it;
}

QDeadlineTimer SimAuthority::lifetimeFor(Room::Protection how)
{
    using namespace std::chrono_literals;
    if (how == Room::Protection::Pin)
        return QDeadlineTimer(24h);
    return QDeadlineTimer(std::chrono::hours(24 * 30));
}

QString SimAuthority::issueHttpToken(quint64 owner, bool unlimited)
{
    const QString t = randomFrom(u"0123456789abcdef"_s, 64);
    QDeadlineTimer deadline(QDeadlineTimer::Forever);
    if (!unlimited)
        deadline = QDeadlineTimer(std::chrono::seconds(qMax(0, m_httpLifetimeSecs)));
    m_httpTokens.insert(t, HttpToken { owner, deadline });
    return t;
}

bool SimAuthority::isHttpTokenValid(const QString &token) const
{
    if (token.isEmpty())
        return false;
    const auto it = m_httpTokens.constFind(token);
    return it != m_httpTokens.constEnd() && !it->deadline.hasExpired();
}

void SimAuthority::revokeHttpTokens(quint64 owner)
{
    for (auto it = m_httpTokens.begin(); it != m_httpTokens.end();) {
        if (it->owner == owner)
            it = m_httpTokens.erase(it);
        else
            ++it;
    }
}

void SimAuthority::clearTokens()
{
    m_tokens.clear();
    m_httpTokens.clear();
}

QString SimAuthority::generateToken(int leadingDigit)
{
    const QString alnum = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    return QString::number(qBound(0, leadingDigit, 9)) + u'*' + randomFrom(alnum, 16) + u'*'
        + QDate::currentDate().toString(u"yyyyMMdd"_s) + u'*'
        + randomFrom(u"0123456789abcdef"_s, 64);
}

QString SimAuthority::generatePin()
{
    // Digits and lower-case letters without look-alikes: short and easy to read out.
    return randomFrom(u"23456789abcdefghjkmnpqrstuvwxyz"_s, 6);
}
