// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString trAddr(const char *text)
{
    return QCoreApplication::translate("RoomAddress", text);
}

bool validHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    // QHostAddress ignores surrounding spaces, stops reading at a NUL ("192\0garbage" would
    // pass as an IP address) and takes any text as an IPv6 scope id ("2::%]:9"): host names and
    // IP literals (scope ids are interface names or numbers) use these characters only.
    static const QRegularExpression hostChars(u"^[A-Za-z0-9.:%_\\-]+\\z"_s);
    if (!hostChars.match(host).hasMatch())
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    static const QRegularExpression re(
        u"^[A-Za-z0-9]([A-Za-z0-9\\-]{0,62})(\\.[A-Za-z0-9\\-]{1,63})*\\.?\\z"_s);
    return re.match(host).hasMatch();
}

QString urlHost(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? u"["_s + host + u"]"_s : host;
}

} // namespace

QUrl RoomAddress::configUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host);
    url.setPort(webPort);
    url.setPath(u"/public/"_s + instance + u"/config.json"_s);
    return url;
}

QUrl RoomAddress::defaultWsUrl() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(host);
    url.setPort(kDefaultWsPort);
    return url;
}

QString RoomAddress::displayText() const
{
    // RemoveUserInfo: a password typed as ws://user:pass@host is never shown (parse() drops
    // it already; this guards addresses built another way).
    if (hasWsOverride())
        return wsOverride.toString(QUrl::RemoveUserInfo);
    QString text = urlHost(host) + QLatin1Char(':') + QString::number(webPort);
    if (instance != u"default"_s)
        text += trAddr(" (instance %1)").arg(instance);
    return text;
}

QString RoomAddress::keyText() const
{
    if (hasWsOverride())
        return wsOverride.toString(QUrl::RemoveUserInfo);
    return urlHost(host) + QLatin1Char(':') + QString::number(webPort);
}

RoomAddress RoomAddress::fromWebSocketUrl(const QUrl &url)
{
    RoomAddress a;
    a.host = url.host();
    a.wsOverride = url;
    a.wsOverride.setUserInfo({}); // rooms take no user info; a password must not be kept
    if (a.wsOverride.port() < 0)
        a.wsOverride.setPort(kDefaultWsPort);
    return a;
}

RoomAddress RoomAddress::parse(const QString &input, const QString &instanceOverride,
                               QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return RoomAddress {};
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(trAddr("Enter the room's address, for example 192.168.1.20:8088"));

    RoomAddress a;
    QString inst;
    if (text.contains(u"://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty())
            return fail(trAddr("“%1” is not a valid address").arg(text));
        if (url.port() == 0)
            return fail(trAddr("“%1” is not a valid port (1-65535)").arg(u"0"_s));
        if (scheme == u"ws"_s) {
            if (!validHost(url.host()))
                return fail(trAddr("“%1” is not a valid host name").arg(url.host()));
            // A room's WebSocket is HOST:PORT only; a path, query or fragment typed with it
            // would be sent to the room and shown back (decoded) in displayText().
            a = fromWebSocketUrl(url);
            a.wsOverride.setPath({});
            a.wsOverride.setQuery(QString());
            a.wsOverride.setFragment(QString());
            return a;
        }
        if (scheme == u"wss"_s)
            return fail(trAddr("Rooms do not offer secure WebSockets (wss://); use ws://"));
        if (scheme != u"http"_s)
            return fail(trAddr("Unsupported address scheme “%1”; use HOST:PORT or ws://HOST:PORT")
                            .arg(url.scheme()));
        a.host = url.host();
        a.webPort = quint16(url.port(kDefaultWebPort));
        inst = QUrlQuery(url).queryItemValue(u"cfg"_s);
        static const QRegularExpression publicPath(u"^/public/([^/]+)/"_s);
        const auto m = publicPath.match(url.path());
        if (inst.isEmpty() && m.hasMatch())
            inst = m.captured(1);
    } else {
        QString hostPart = text;
        QString portPart;
        if (text.startsWith(QLatin1Char('['))) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(trAddr("Missing “]” in the IPv6 address"));
            hostPart = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':')))
                portPart = rest.mid(1);
            else if (!rest.isEmpty())
                return fail(trAddr("Unexpected text after the IPv6 address"));
        } else if (text.count(QLatin1Char(':')) == 1) {
            hostPart = text.section(QLatin1Char(':'), 0, 0);
            portPart = text.section(QLatin1Char(':'), 1);
        }
        // toUInt() would skip spaces around the port: "127.0.0.1 :80" is not an address.
        if (portPart.contains(QLatin1Char(' ')) || portPart.trimmed() != portPart)
            return fail(trAddr("“%1” is not a valid port (1-65535)").arg(portPart));
        if (hostPart.contains(QLatin1Char('/')))
            return fail(trAddr("“%1” is not a valid address").arg(text));
        a.host = hostPart;
        if (!portPart.isEmpty() || text.endsWith(QLatin1Char(':'))) {
            bool ok = false;
            const uint port = portPart.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return fail(trAddr("“%1” is not a valid port (1-65535)").arg(portPart));
            a.webPort = quint16(port);
        }
    }
    if (!validHost(a.host))
        return fail(trAddr("“%1” is not a valid host name or IP address").arg(a.host));
    if (!instanceOverride.isEmpty())
        inst = instanceOverride;
    if (!inst.isEmpty()) {
        if (!isValidInstance(inst))
            return fail(trAddr("“%1” is not a valid instance name").arg(inst));
        a.instance = inst;
    }
    if (error)
        error->clear();
    return a;
}

bool RoomAddress::isValidInstance(const QString &name)
{
    // \z, not $: a pattern's $ also matches before a final newline ("lobby\n").
    static const QRegularExpression re(u"^[A-Za-z0-9._\\-]{1,64}\\z"_s);
    return re.match(name).hasMatch();
}

RoomAddress::UserLink RoomAddress::splitUserLink(const QString &text)
{
    // [http://]HOST[:PORT]/PIN: one path segment of letters and digits, no query. Anything
    // else (/public/NAME/config.json, ?cfg=NAME, a file name) is not a PIN.
    static const QRegularExpression link(
        u"^\\s*((?:[Hh][Tt][Tt][Pp]://)?(?:\\[[0-9A-Fa-f:.]+\\]|[^/\\s:?#\\[\\]]+)(?::\\d{1,5})?)"
        u"/([A-Za-z0-9]{1,64})/?\\s*\\z"_s);
    const QRegularExpressionMatch m = link.match(text);
    if (!m.hasMatch() || m.captured(2).compare(u"public"_s, Qt::CaseInsensitive) == 0)
        return { text, {} };
    return { m.captured(1), m.captured(2) };
}
