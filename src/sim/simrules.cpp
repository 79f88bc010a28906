// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simrules.h"

#include "core/protocol/ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

bool startsWithAny(const QString &text, std::initializer_list<QStringView> prefixes)
{
    for (const QStringView p : prefixes)
        if (text.startsWith(p, Qt::CaseInsensitive))
            return true;
    return false;
}

SimRules::Outcome reject(int cause, SimRules::Outcome::When when)
{
    SimRules::Outcome o;
    o.kind = SimRules::Outcome::Kind::Reject;
    o.cause = cause;
    o.when = when;
    return o;
}

} // namespace

namespace SimRules {

PresenceHint presenceFor(const QString &callId)
{
    const QString user = RoomIds::parse(callId).user;
    if (startsWithAny(user, { u"unknown", u"nosuch" }))
        return { -1, -1 };
    if (startsWithAny(user, { u"offline" }))
        return { 0, 0 };
    if (startsWithAny(user, { u"busy" }))
        return { 2, 7 };
    if (startsWithAny(user, { u"inconf" }))
        return { 5, 10 };
    return { 1, 2 };
}

Outcome userCall(const QString &userPart, int addressBookStatus)
{
    using When = Outcome::When;
    if (startsWithAny(userPart, { u"unknown", u"nosuch" }))
        return reject(5, When::AtOnce);
    if (startsWithAny(userPart, { u"offline" }))
        return reject(3, When::AtOnce);
    if (startsWithAny(userPart, { u"busy" }))
        return reject(2, When::AtOnce);
    if (startsWithAny(userPart, { u"denied" }))
        return reject(8, When::AtOnce);
    if (startsWithAny(userPart, { u"decline", u"reject" }))
        return reject(0, When::AfterRing);
    if (startsWithAny(userPart, { u"noanswer" }))
        return reject(16, When::AfterRingTimeout);
    Outcome join;
    join.kind = Outcome::Kind::JoinRequest;
    join.confType = 1;
    if (startsWithAny(userPart, { u"inconf" }))
        return join;
    switch (addressBookStatus) {
    case -1:
        return reject(5, When::AtOnce);
    case 0:
        return reject(3, When::AtOnce);
    case 2:
        return reject(2, When::AtOnce);
    case 5:
        return join;
    default:
        return {};
    }
}

Outcome conferenceCall(const QString &name, const QString &pin, const QString &conferencePin)
{
    using When = Outcome::When;
    if (startsWithAny(name, { u"nosuch", u"unknown", u"missing" }))
        return reject(19, When::AtOnce);
    if (startsWithAny(name, { u"ended" }))
        return reject(18, When::AtOnce);
    if (startsWithAny(name, { u"notstarted", u"later" }))
        return reject(17, When::AtOnce);
    if (startsWithAny(name, { u"full" }))
        return reject(1, When::AtOnce);
    if (startsWithAny(name, { u"secret" })) {
        if (pin.isNull())
            return reject(12, When::AtOnce);
        if (pin != conferencePin)
            return reject(13, When::AtOnce);
    }
    const QJsonArray scheduled = scheduledConferences({}, {});
    for (const QJsonValue &v : scheduled) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id"_s).toString() == name && o.value(u"state"_s) == u"stopped"_s)
            return reject(17, When::AtOnce);
    }
    Outcome o;
    o.when = When::AtOnce;
    o.confType = 1;
    if (startsWithAny(name, { u"role" }))
        o.confType = 3;
    else if (startsWithAny(name, { u"lecture", u"asym" }))
        o.confType = 2;
    return o;
}

int loginResult(const QString &userPart, const QString &password, bool acceptAnyLogin)
{
    if (!acceptAnyLogin || startsWithAny(userPart, { u"unknown", u"nosuch" }))
        return 2;
    if (startsWithAny(userPart, { u"rejected" }))
        return 4;
    if (startsWithAny(userPart, { u"full" }))
        return 5;
    if (startsWithAny(userPart, { u"inactive" }))
        return 6;
    if (startsWithAny(userPart, { u"busy" }))
        return 7;
    if (startsWithAny(userPart, { u"locked" }))
        return 10;
    if (startsWithAny(userPart, { u"expired" }))
        return 65213;
    return password.isEmpty() ? 3 : 0;
}

bool serverReachable(const QString &server)
{
    const QString s = server.trimmed();
    return !s.isEmpty() && !startsWithAny(s, { u"unreachable", u"offline", u"nosuch" })
        && !s.endsWith(u".invalid"_s, Qt::CaseInsensitive);
}

QJsonArray scheduledConferences(const QString &domain, const QString &owner)
{
    // Anchored to today so that the schedule always looks current.
    const qint64 today = QDateTime(QDate::currentDate(), QTime(0, 0)).toSecsSinceEpoch();
    const auto invitation = [&domain](const QString &user, const QString &name) {
        return QJsonObject { { u"id"_s, QString(user + u'@' + domain) },
                             { u"display_name"_s, name } };
    };
    return {
        QJsonObject {
            { u"id"_s, u"0048411003"_s },
            { u"created_at"_s, today - 7 * 86400 },
            { u"mode"_s, u"PxP"_s },
            { u"owner"_s, owner },
            { u"topic"_s, u"Weekly sync"_s },
            { u"state"_s, u"running"_s },
            { u"access"_s, u"private"_s },
            { u"invitations"_s,
              QJsonArray { invitation(u"user0001"_s, u"Alice Martin"_s),
                           invitation(u"user0002"_s, u"Dmitry Haddad"_s) } },
            { u"schedule_type"_s, u"week"_s },
            { u"schedule"_s,
              QJsonObject { { u"start_time"_s, today + 9 * 3600 },
                            { u"duration"_s, 3600 },
                            { u"days"_s, QJsonArray { 1, 0, 0, 0, 0, 0, 0 } } } },
        },
        QJsonObject {
            { u"id"_s, u"0048411007"_s },
            { u"created_at"_s, today - 86400 },
            { u"mode"_s, u"S|L"_s },
            { u"owner"_s, owner },
            { u"topic"_s, u"Board meeting"_s },
            { u"state"_s, u"stopped"_s },
            { u"access"_s, u"public"_s },
            { u"invitations"_s, QJsonArray {} },
            { u"schedule_type"_s, u"once"_s },
            { u"schedule"_s,
              QJsonObject { { u"start_time"_s, today + 86400 + 15 * 3600 },
                            { u"duration"_s, 5400 } } },
        },
    };
}

QString helpText()
{
    return QCoreApplication::translate(
        "SimRules",
        "Callee rules (user part of the id, first match wins): the room's own id -> reject "
        "cause 10; unknown*/nosuch* -> 5 (user does not exist); offline* -> 3 (unavailable); "
        "busy* -> 2 (busy); denied* -> 8 (access denied) - all at once; decline*/reject* -> 0 "
        "(declined) after the ring delay; noanswer* -> 16 (no answer) after the ring timeout; "
        "inconf* or an address-book contact with status 5 -> join request (inviteRequestSent), "
        "accepted after the ring delay; a contact with status -1/0/2 -> 5/3/2 at once; "
        "anything else is answered after the ring delay.\n"
        "Conference calls \\c\\NAME: nosuch*/unknown*/missing* -> 19; ended* -> 18; "
        "notstarted*/later* -> 17; full* -> 1; secret* without pin -> 12, with a wrong pin "
        "-> 13 (the right one is --conference-pin); the stopped scheduled conference "
        "0048411007 -> 17; anything else joins (role* role-based, lecture*/asym* asymmetric, "
        "else symmetric).\n"
        "Logins: a configured account needs its password (else 3); other logins succeed with "
        "any non-empty password unless they start with unknown*/nosuch* (2), rejected* (4), "
        "full* (5), inactive* (6), busy* (7), locked* (10), expired* (65213); with "
        "--accounts-only every other login gives 2.\n"
        "Servers: unreachable*/offline*/nosuch* or *.invalid cannot be reached.");
}

} // namespace SimRules
