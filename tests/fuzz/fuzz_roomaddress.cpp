// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// RoomAddress::parse: any text gives an address or an error; an address that parses comes
// back the same from the text it is shown as, and never shows a password.
#include "core/transport/roomaddress.h"
#include "fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // "TEXT" or "TEXT\nINSTANCE".
    const QString input = QString::fromUtf8(fuzzBytes(data, size));
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const QString text = newline < 0 ? input : input.left(newline);
    const QString instance = newline < 0 ? QString() : input.mid(newline + 1);

    QString error;
    const RoomAddress a = RoomAddress::parse(text, instance, &error);
    FUZZ_CHECK(a.isValid() == error.isEmpty(), text + u" / "_s + error);

    const RoomAddress::UserLink link = RoomAddress::splitUserLink(text);
    if (link.pin.isEmpty())
        FUZZ_CHECK(link.address == text, text);
    else
        FUZZ_CHECK(text.trimmed().startsWith(link.address.trimmed() + u'/' + link.pin)
                       && !link.address.endsWith(u'/'),
                   text);

    if (!a.isValid())
        return 0;
    (void)a.configUrl();
    (void)a.defaultWsUrl();
    const QString shown = a.displayText();
    FUZZ_CHECK(!shown.isEmpty(), text);
    if (a.hasWsOverride()) {
        FUZZ_CHECK(a.wsOverride.userInfo().isEmpty(), text);
        const RoomAddress again = RoomAddress::parse(shown, a.instance);
        FUZZ_CHECK(again == a, text + u" -> "_s + shown);
    } else {
        // The shown form is "HOST:PORT" plus " (instance NAME)" when it is not the default.
        const QString hostPort = a.instance == u"default"_s ? shown : shown.section(u" ("_s, 0, 0);
        QString error2;
        const RoomAddress again = RoomAddress::parse(hostPort, a.instance, &error2);
        FUZZ_CHECK(again == a,
                   u"%1 -> [%2]:%3 (%4) -> %5 -> [%6]:%7 (%8) %9"_s.arg(
                       text, a.host, QString::number(a.webPort), a.instance, hostPort, again.host,
                       QString::number(again.webPort), again.instance, error2));
    }
    return 0;
}
