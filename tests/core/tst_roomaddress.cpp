// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/logging.h"
#include "core/transport/backoff.h"
#include "core/transport/roomaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RoomAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void instanceOverride();
    void configUrl();
    void userLink_data();
    void userLink();
    void userInfoNeverShown();
    void redactSecretsInAnyCase();
    void backoffGrowsToCap();
    void backoffJitterStaysInBounds();
    void backoffReset();
};

void tst_RoomAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("webPort");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("ws");

    QTest::newRow("ip and port") << u"192.168.1.20:8088"_s << true << u"192.168.1.20"_s << 8088
                                 << u"default"_s << QString();
    QTest::newRow("ip only: port 80")
        << u"10.0.0.5"_s << true << u"10.0.0.5"_s << 80 << u"default"_s << QString();
    QTest::newRow("host name") << u"room-3.office.example:2233"_s << true
                               << u"room-3.office.example"_s << 2233 << u"default"_s << QString();
    QTest::newRow("spaces trimmed")
        << u"  127.0.0.1:9000 "_s << true << u"127.0.0.1"_s << 9000 << u"default"_s << QString();
    QTest::newRow("ipv6") << u"[::1]:8088"_s << true << u"::1"_s << 8088 << u"default"_s
                          << QString();
    QTest::newRow("http url with cfg") << u"http://10.1.1.1:88/?cfg=second"_s << true
                                       << u"10.1.1.1"_s << 88 << u"second"_s << QString();
    QTest::newRow("config url") << u"http://10.1.1.1:88/public/third/config.json"_s << true
                                << u"10.1.1.1"_s << 88 << u"third"_s << QString();
    QTest::newRow("ws override") << u"ws://127.0.0.1:8765"_s << true << u"127.0.0.1"_s << 80
                                 << u"default"_s << u"ws://127.0.0.1:8765"_s;
    QTest::newRow("ws without port") << u"ws://10.0.0.9"_s << true << u"10.0.0.9"_s << 80
                                     << u"default"_s << u"ws://10.0.0.9:8765"_s;
    QTest::newRow("empty") << QString() << false << QString() << 0 << QString() << QString();
    QTest::newRow("bad port") << u"10.0.0.1:99999"_s << false << QString() << 0 << QString()
                              << QString();
    QTest::newRow("port zero") << u"10.0.0.1:0"_s << false << QString() << 0 << QString()
                               << QString();
    QTest::newRow("port text") << u"10.0.0.1:abc"_s << false << QString() << 0 << QString()
                               << QString();
    QTest::newRow("trailing colon")
        << u"10.0.0.1:"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("spaces inside")
        << u"my room"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("wss refused") << u"wss://10.0.0.1:8765"_s << false << QString() << 0 << QString()
                                 << QString();
    QTest::newRow("ftp refused") << u"ftp://10.0.0.1"_s << false << QString() << 0 << QString()
                                 << QString();
    QTest::newRow("path without scheme")
        << u"10.0.0.1/x"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("http port zero")
        << u"http://10.0.0.1:0"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("ws port zero") << u"ws://10.0.0.1:0"_s << false << QString() << 0 << QString()
                                  << QString();
    QTest::newRow("space before port")
        << u"127.0.0.1 :80"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("space after colon")
        << u"127.0.0.1: 80"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("space in ipv6 port")
        << u"[::1]: 80"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("ws user info dropped")
        << u"ws://op:s3cret@127.0.0.1:8765"_s << true << u"127.0.0.1"_s << 80 << u"default"_s
        << u"ws://127.0.0.1:8765"_s;
    QTest::newRow("ws query and fragment dropped")
        << u"ws://10.0.0.9:9000/abc?cfg=a%20b#top"_s << true << u"10.0.0.9"_s << 80 << u"default"_s
        << u"ws://10.0.0.9:9000"_s;
    QTest::newRow("http user info dropped") << u"http://op:s3cret@10.1.1.1:88/"_s << true
                                            << u"10.1.1.1"_s << 88 << u"default"_s << QString();
    // QHostAddress stops reading at a NUL: "192" then passed as an IP address, garbage and all.
    QTest::newRow("nul in host") << u"192"_s + QChar(0) + u"x[::2]:7"_s << false << QString() << 0
                                 << QString() << QString();
    QTest::newRow("control character in host") << u"10.0.0.1"_s + QChar(0) + QChar(0x11) << false
                                               << QString() << 0 << QString() << QString();
    // QHostAddress takes any text as an IPv6 scope id.
    QTest::newRow("bracket in ipv6 scope")
        << u"2::%]:9"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("ipv6 scope") << u"[fe80::1%eth0]:88"_s << true << u"fe80::1%eth0"_s << 88
                                << u"default"_s << QString();
    QTest::newRow("newline ending the host")
        << u"room\n:80"_s << false << QString() << 0 << QString() << QString();
    QTest::newRow("bad instance") << u"http://h:1/?cfg=a%20b"_s << false << QString() << 0
                                  << QString() << QString();
}

void tst_RoomAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const RoomAddress a = RoomAddress::parse(text, {}, &error);
    QCOMPARE(a.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QFETCH(QString, host);
    QFETCH(int, webPort);
    QFETCH(QString, instance);
    QFETCH(QString, ws);
    QCOMPARE(a.host, host);
    QCOMPARE(int(a.webPort), webPort);
    QCOMPARE(a.instance, instance);
    QCOMPARE(a.hasWsOverride(), !ws.isEmpty());
    if (!ws.isEmpty())
        QCOMPARE(a.wsOverride.toString(), ws);
}

void tst_RoomAddress::instanceOverride()
{
    const RoomAddress a = RoomAddress::parse(u"10.0.0.1:88"_s, u"lobby"_s);
    QCOMPARE(a.instance, u"lobby"_s);
    QCOMPARE(a.displayText(), u"10.0.0.1:88 (instance lobby)"_s);
    QString error;
    QVERIFY(!RoomAddress::parse(u"10.0.0.1:88"_s, u"../etc"_s, &error).isValid());
    QVERIFY(!error.isEmpty());
    // A regular expression's `$` also matches before a final newline.
    QVERIFY(!RoomAddress::parse(u"10.0.0.1:88"_s, u"lobby\n"_s).isValid());
}

void tst_RoomAddress::configUrl()
{
    const RoomAddress a = RoomAddress::parse(u"10.0.0.1:2233"_s);
    QCOMPARE(a.configUrl().toString(), u"http://10.0.0.1:2233/public/default/config.json"_s);
    QCOMPARE(a.defaultWsUrl().toString(), u"ws://10.0.0.1:8765"_s);
    const RoomAddress v6 = RoomAddress::parse(u"[::1]:88"_s);
    QCOMPARE(v6.configUrl().toString(), u"http://[::1]:88/public/default/config.json"_s);
}

void tst_RoomAddress::userInfoNeverShown()
{
    // A password typed into ws://user:pass@host must not reach a status line, a title or a log.
    for (const QString &text :
         { u"ws://op:s3cret@127.0.0.1:8765"_s, u"http://op:s3cret@10.1.1.1:88/"_s }) {
        const RoomAddress a = RoomAddress::parse(text);
        QVERIFY(a.isValid());
        QVERIFY2(!a.displayText().contains(u"s3cret"_s), qPrintable(a.displayText()));
        QVERIFY(!a.displayText().contains(u'@'));
        QVERIFY(!a.wsOverride.toString().contains(u"s3cret"_s));
        QVERIFY(!a.configUrl().toString().contains(u"s3cret"_s));
    }
    const RoomAddress direct
        = RoomAddress::fromWebSocketUrl(QUrl(u"ws://op:s3cret@127.0.0.1:9000"_s));
    QCOMPARE(direct.displayText(), u"ws://127.0.0.1:9000"_s);
}

void tst_RoomAddress::redactSecretsInAnyCase()
{
    // Room PINs ignore case, so a room may echo "4711AB" for the PIN "4711ab".
    const QString masked = Redact::text(u"wrong PIN 4711AB (you sent 4711ab)"_s, u"4711ab"_s);
    QVERIFY2(!masked.contains(u"4711ab"_s, Qt::CaseInsensitive), qPrintable(masked));
    QCOMPARE(masked, u"wrong PIN *** (you sent ***)"_s);
    QCOMPARE(Redact::text(u"nothing to hide"_s, QString()), u"nothing to hide"_s);
}

void tst_RoomAddress::backoffGrowsToCap()
{
    Backoff b(Backoff::Options { 100, 1000, 2.0, 0.0 }, 1);
    QList<int> delays;
    for (int i = 0; i < 6; ++i)
        delays.append(b.nextDelayMs());
    QCOMPARE(delays, (QList<int> { 100, 200, 400, 800, 1000, 1000 }));
    QCOMPARE(b.attempt(), 6);
}

void tst_RoomAddress::backoffJitterStaysInBounds()
{
    Backoff b(Backoff::Options { 1000, 8000, 2.0, 0.25 }, 42);
    QSet<int> distinct;
    for (int i = 0; i < 200; ++i) {
        const int base = b.baseDelayMs(b.attempt());
        const int d = b.nextDelayMs();
        QVERIFY2(d >= base * 0.75 - 1 && d <= std::min(8000.0, base * 1.25 + 1),
                 qPrintable(u"%1 vs base %2"_s.arg(d).arg(base)));
        distinct.insert(d);
        if (i % 5 == 4)
            b.reset();
    }
    QVERIFY2(distinct.size() > 20, "jitter spreads reconnect attempts");
}

void tst_RoomAddress::backoffReset()
{
    Backoff b(Backoff::Options { 50, 500, 3.0, 0.0 }, 1);
    b.nextDelayMs();
    b.nextDelayMs();
    b.reset();
    QCOMPARE(b.nextDelayMs(), 50);
}

void tst_RoomAddress::userLink_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("pin");

    QTest::newRow("QR code link") << u"http://192.168.1.20:8088/4711ab"_s
                                  << u"http://192.168.1.20:8088"_s << u"4711ab"_s;
    QTest::newRow("trailing slash, blanks")
        << u"  http://room7:80/ZX81/ "_s << u"http://room7:80"_s << u"ZX81"_s;
    QTest::newRow("no scheme") << u"10.0.0.5:8088/123456"_s << u"10.0.0.5:8088"_s << u"123456"_s;
    QTest::newRow("no port") << u"HTTP://room7/0042"_s << u"HTTP://room7"_s << u"0042"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8088/9f9f"_s << u"http://[::1]:8088"_s << u"9f9f"_s;
    QTest::newRow("plain address") << u"192.168.1.20:8088"_s << u"192.168.1.20:8088"_s << QString();
    QTest::newRow("instance url") << u"http://10.0.0.5:8088/?cfg=second"_s
                                  << u"http://10.0.0.5:8088/?cfg=second"_s << QString();
    QTest::newRow("config path") << u"http://10.0.0.5:8088/public/default/config.json"_s
                                 << u"http://10.0.0.5:8088/public/default/config.json"_s
                                 << QString();
    QTest::newRow("public alone") << u"http://10.0.0.5:8088/public"_s
                                  << u"http://10.0.0.5:8088/public"_s << QString();
    QTest::newRow("a file") << u"http://10.0.0.5:8088/index.html"_s
                            << u"http://10.0.0.5:8088/index.html"_s << QString();
    QTest::newRow("websocket") << u"ws://10.0.0.5:8765/abc"_s << u"ws://10.0.0.5:8765/abc"_s
                               << QString();
}

void tst_RoomAddress::userLink()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(QString, pin);
    const RoomAddress::UserLink link = RoomAddress::splitUserLink(text);
    QCOMPARE(link.address, address);
    QCOMPARE(link.pin, pin);
    if (!pin.isEmpty()) {
        // What remains is an address RoomDeck can use, and it no longer holds the PIN.
        const RoomAddress parsed = RoomAddress::parse(link.address);
        QVERIFY(parsed.isValid());
        QVERIFY(!parsed.displayText().contains(pin));
    }
}

QTEST_APPLESS_MAIN(tst_RoomAddress)
#include "tst_roomaddress.moc"
