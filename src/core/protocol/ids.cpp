// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "ids.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace RoomIds {

namespace {

bool validUserPart(const QString &s)
{
    // \z, not $: a pattern's $ also matches before a final newline ("alice\n").
    static const QRegularExpression re(u"^[A-Za-z0-9._\\-+]+\\z"_s);
    return !s.isEmpty() && s.size() <= 256 && re.match(s).hasMatch();
}

bool validServerPart(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9.\\-_:\\[\\]]+\\z"_s);
    return !s.isEmpty() && s.size() <= 256 && re.match(s).hasMatch();
}

} // namespace

Parsed parse(const QString &input)
{
    Parsed p;
    const QString id = input.trimmed();
    if (id.isEmpty() || id.size() > 512)
        return p;
    if (id.startsWith(u"\\c\\"_s)) {
        const QString conf = id.mid(3);
        if (!conf.isEmpty() && !conf.contains(QLatin1Char('\\'))) {
            p.kind = Kind::ConferenceCall;
            p.conference = conf;
        }
        return p;
    }
    if (id.startsWith(u"#sip:"_s)) {
        // A SIP address has no spaces either (validationError() says so for every id but a
        // conference name).
        p.kind = id.size() > 5 && !id.contains(QLatin1Char(' ')) ? Kind::SipContact : Kind::Invalid;
        p.server = id.mid(id.indexOf(QLatin1Char('@')) + 1);
        return p;
    }
    if (id.contains(QLatin1Char(' ')))
        return p;
    const qsizetype at = id.indexOf(QLatin1Char('@'));
    if (at < 0) {
        if (validUserPart(id)) {
            p.kind = Kind::PeerId;
            p.user = id;
        }
        return p;
    }
    p.user = id.left(at);
    QString rest = id.mid(at + 1);
    if (!validUserPart(p.user))
        return Parsed {};
    if (rest.endsWith(u"#vcs"_s)) {
        p.server = rest.chopped(4);
        if (validServerPart(p.server))
            p.kind = Kind::ConferenceId;
        return p;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        p.instance = rest.mid(slash + 1);
        rest = rest.left(slash);
        if (p.instance.isEmpty() || p.instance.contains(QLatin1Char('/')))
            return Parsed {};
    }
    p.server = rest;
    if (!validServerPart(p.server))
        return Parsed {};
    p.kind = slash >= 0 ? Kind::InstanceId : Kind::CallId;
    return p;
}

Kind kindOf(const QString &id)
{
    return parse(id).kind;
}

bool isCallable(const QString &id)
{
    return kindOf(id) != Kind::Invalid;
}

QString toCallId(const QString &id, const QString &defaultServer)
{
    const Parsed p = parse(id);
    switch (p.kind) {
    case Kind::PeerId:
        return defaultServer.isEmpty() ? p.user : p.user + QLatin1Char('@') + defaultServer;
    case Kind::CallId:
    case Kind::InstanceId:
        return p.user + QLatin1Char('@') + p.server;
    default:
        return {};
    }
}

QString stripInstance(const QString &id)
{
    const Parsed p = parse(id);
    if (p.kind == Kind::InstanceId)
        return p.user + QLatin1Char('@') + p.server;
    return id.trimmed();
}

bool sameUser(const QString &a, const QString &b)
{
    return stripInstance(a).compare(stripInstance(b), Qt::CaseInsensitive) == 0;
}

QString conferenceCall(const QString &conferenceIdOrName)
{
    return u"\\c\\"_s + conferenceIdOrName.trimmed();
}

QString validationError(const QString &input)
{
    const QString id = input.trimmed();
    if (id.isEmpty())
        return QCoreApplication::translate("RoomIds", "Enter a TrueConf ID");
    if (id.contains(QLatin1Char(' ')) && !id.startsWith(u"\\c\\"_s))
        return QCoreApplication::translate("RoomIds", "A TrueConf ID cannot contain spaces");
    if (parse(id).kind == Kind::Invalid)
        return QCoreApplication::translate(
            "RoomIds",
            "Not a TrueConf ID: use user, user@server, user@server/instance or \\c\\conference");
    return {};
}

} // namespace RoomIds
