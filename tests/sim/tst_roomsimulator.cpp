// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace SimTest;

namespace {

//! The room's end of `client`'s connection: lets a test see what reached the room unread.
QTcpSocket *roomEndOf(const RoomSimulator &sim, const QWebSocket &client)
{
    for (QTcpSocket *tcp : sim.findChildren<QTcpSocket *>())
        if (tcp->peerPort() == client.localPort() && client.localPort() != 0)
            return tcp;
    return nullptr;
}

} // namespace

class tst_RoomSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configJson_data();
    void configJson();
    void exchange_data();
    void exchange();
    void binaryFrameKeepsConnection();
    void tokenReauth_data();
    void tokenReauth();
    void downgrade();
    void displacement();
    void eventsOnlyToAuthorized();
    void largeNonAsciiMessageArrivesWhole();
    void appStateFields();
    void settingsArray();
    void setSettingsAtomic();
    void setAuthParams();
    void clearTokens();
    void fireMyEventReachesSender();
    void restartWebSocket();
    void replyDelay();
    void frozenRoomSendsNoPong();
    void strictModeViolations();
    void httpServer();
    void httpTokenExpiry();
    void shutdownClosesEverything();
};

void tst_RoomSimulator::configJson_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("default instance") << u"default"_s << u"/public/default/config.json"_s << 200;
    QTest::newRow("custom instance") << u"lab2"_s << u"/public/lab2/config.json"_s << 200;
    QTest::newRow("unknown instance") << u"lab2"_s << u"/public/default/config.json"_s << 404;
    QTest::newRow("unknown path") << u"default"_s << u"/public/default/other.json"_s << 404;
    QTest::newRow("control panel page") << u"default"_s << u"/"_s << 200;
}

void tst_RoomSimulator::configJson()
{
    QFETCH(QString, instance);
    QFETCH(QString, path);
    QFETCH(int, status);

    RoomSimulator::Options o;
    o.instance = instance;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    QVERIFY(sim.webPort() != 0);
    QVERIFY(sim.wsPort() != 0);
    QVERIFY(sim.httpPort() != 0);
    QCOMPARE(sim.configUrl().path(), u"/public/%1/config.json"_s.arg(instance));

    QNetworkAccessManager nam;
    QUrl url = sim.configUrl();
    url.setPath(path);
    const HttpResult r = httpGet(nam, url);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(r.contentType.startsWith("text/plain"));
        return;
    }
    if (path == u"/"_s) {
        QVERIFY(r.body.contains("roomdeck-sim"));
        return;
    }
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const QJsonObject config
        = QJsonDocument::fromJson(r.body).object().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"websocket"_s).toObject().value(u"port"_s).toInt(), int(sim.wsPort()));
    QCOMPARE(config.value(u"http"_s).toObject().value(u"port"_s).toInt(), int(sim.httpPort()));
    QVERIFY(config.value(u"websocket"_s).toObject().value(u"hostname"_s).isNull());
    QVERIFY(config.value(u"http"_s).toObject().value(u"hostname"_s).isNull());
}

void tst_RoomSimulator::exchange_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("authFirst"); // request sent (and answered) before `frame`
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("expected"); // fields the reply must carry, with these values
    QTest::addColumn<QStringList>("absent"); // fields the reply must not carry

    const QString none;
    const QString admin
        = uR"({"method":"auth","requestId":"a","type":"unsecured","role":"admin"})"_s;
    const QString user = uR"({"method":"auth","requestId":"a","type":"unsecured","role":"user"})"_s;
    const QString pinAdmin
        = uR"({"method":"auth","requestId":"a","type":"secured","role":"admin","credentials":"4711"})"_s;
    const QString invalidJson
        = uR"({"method":"","requestId":"","result":false,"error":"Invalid JSON"})"_s;
    const QStringList noToken { u"token"_s, u"tokenForHttpServer"_s, u"previleges"_s };

    // (f) parse
    QTest::newRow("garbage") << none << none << none << u"this is not json"_s << invalidJson
                             << QStringList();
    QTest::newRow("array") << none << none << admin << u"[1,2,3]"_s << invalidJson << QStringList();
    QTest::newRow("string") << none << none << admin << uR"("getAppState")"_s << invalidJson
                            << QStringList();
    QTest::newRow("truncated object")
        << none << none << admin << uR"({"method":"getAppState")"_s << invalidJson << QStringList();

    // (b) authorization gate
    QTest::newRow("command before auth")
        << none << none << none << uR"({"method":"getAppState","requestId":"r1"})"_s
        << uR"({"method":"getAppState","requestId":"r1","result":false,"error":"Not authorized"})"_s
        << QStringList { u"appState"_s };
    QTest::newRow("unknown method before auth")
        << none << none << none << uR"({"method":"noSuchMethod","requestId":"r1"})"_s
        << uR"({"result":false,"error":"Not authorized"})"_s << QStringList();
    QTest::newRow("no method before auth")
        << none << none << none << uR"({"requestId":"r1"})"_s
        << uR"({"method":"","requestId":"r1","result":false,"error":"Not authorized"})"_s
        << QStringList();

    // setUsedApiVersion (§10 a), allowed before auth
    QTest::newRow("api version 1")
        << none << none << none
        << uR"({"method":"setUsedApiVersion","requestId":"v","version":"1"})"_s
        << uR"({"method":"setUsedApiVersion","requestId":"v","result":true})"_s
        << QStringList { u"error"_s };
    QTest::newRow("api version 2")
        << none << none << none
        << uR"({"method":"setUsedApiVersion","requestId":"v","version":"2"})"_s
        << uR"({"result":false,"error":"Unsupported API version"})"_s << QStringList();
    QTest::newRow("api version missing")
        << none << none << none << uR"({"method":"setUsedApiVersion","requestId":"v"})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("api version number")
        << none << none << admin
        << uR"({"method":"setUsedApiVersion","requestId":"v","version":1})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();

    // auth (§3.2, §10 k, §10 t)
    QTest::newRow("unsecured admin")
        << none << none << none << admin
        << uR"({"method":"auth","requestId":"a","result":true,"resultCode":0,"previleges":2})"_s
        << QStringList { u"error"_s };
    QTest::newRow("unsecured without role")
        << none << none << none << uR"({"method":"auth","type":"unsecured"})"_s
        << uR"({"method":"auth","requestId":"","result":true,"resultCode":0})"_s
        << QStringList { u"error"_s };
    QTest::newRow("unsecured on a PIN room")
        << u"4711"_s << none << none << admin
        << uR"({"method":"auth","result":false,"resultCode":3,"error":"Authorization failed"})"_s
        << noToken;
    QTest::newRow("PIN right") << u"4711"_s << none << none << pinAdmin
                               << uR"({"result":true,"resultCode":0})"_s
                               << QStringList { u"error"_s };
    QTest::newRow("PIN case-insensitive")
        << u"ab12"_s << none << none
        << uR"({"method":"auth","type":"secured","role":"user","credentials":"AB12"})"_s
        << uR"({"result":true,"resultCode":0})"_s << QStringList();
    QTest::newRow("PIN wrong")
        << u"4711"_s << none << none
        << uR"({"method":"auth","requestId":"a","type":"secured","role":"admin","credentials":"0000"})"_s
        << uR"({"method":"auth","requestId":"a","result":false,"resultCode":3,"error":"Authorization failed"})"_s
        << noToken;
    QTest::newRow("PIN without role gets admin")
        << u"4711"_s << none << none
        << uR"({"method":"auth","type":"secured","credentials":"4711"})"_s
        << uR"({"result":true})"_s << QStringList();
    QTest::newRow("admin password")
        << u"4711"_s << u"s3cret"_s << none
        << uR"({"method":"auth","type":"secured","role":"admin","credentials":"s3cret"})"_s
        << uR"({"result":true,"resultCode":0})"_s << QStringList();
    QTest::newRow("PIN for admin when a password is set")
        << u"4711"_s << u"s3cret"_s << none << pinAdmin
        << uR"({"result":false,"resultCode":3,"error":"Authorization failed"})"_s << noToken;
    QTest::newRow("PIN for user when a password is set")
        << u"4711"_s << u"s3cret"_s << none
        << uR"({"method":"auth","type":"secured","role":"user","credentials":"4711"})"_s
        << uR"({"result":true,"resultCode":0})"_s << QStringList();
    QTest::newRow("password is case-sensitive")
        << none << u"s3cret"_s << none
        << uR"({"method":"auth","type":"secured","role":"admin","credentials":"S3CRET"})"_s
        << uR"({"result":false,"resultCode":3})"_s << noToken;
    QTest::newRow("unknown auth type")
        << none << none << none << uR"({"method":"auth","type":"magic","role":"admin"})"_s
        << uR"({"result":false,"resultCode":3,"error":"Invalid parameters"})"_s << noToken;
    QTest::newRow("secured without credentials")
        << none << none << none << uR"({"method":"auth","type":"secured","role":"admin"})"_s
        << uR"({"result":false,"resultCode":3,"error":"Invalid parameters"})"_s << noToken;
    QTest::newRow("auth without type or role")
        << none << none << none << uR"({"method":"auth"})"_s
        << uR"({"result":false,"resultCode":3,"error":"Invalid parameters"})"_s << noToken;
    QTest::newRow("downgrade while unauthorized")
        << none << none << none << uR"({"method":"auth","role":"user"})"_s
        << uR"({"result":false,"resultCode":3,"error":"Authorization failed"})"_s << noToken;

    // (d) unknown method
    QTest::newRow("unknown method")
        << none << none << admin << uR"({"method":"noSuchMethod","requestId":"u"})"_s
        << uR"({"method":"noSuchMethod","requestId":"u","result":false,"error":"Unknown method"})"_s
        << QStringList();
    QTest::newRow("event name is no method")
        << none << none << admin << uR"({"method":"appStateChanged","requestId":"u"})"_s
        << uR"({"method":"appStateChanged","result":false,"error":"Unknown method"})"_s
        << QStringList();
    QTest::newRow("method not a string")
        << none << none << admin << uR"({"method":5,"requestId":"u"})"_s
        << uR"({"method":"","requestId":"u","result":false,"error":"Unknown method"})"_s
        << QStringList();
    QTest::newRow("method missing")
        << none << none << admin << uR"({"requestId":"u"})"_s
        << uR"({"method":"","requestId":"u","result":false,"error":"Unknown method"})"_s
        << QStringList();

    // (c) access level
    QTest::newRow("setLogo from user")
        << none << none << user << uR"({"method":"setLogo","requestId":"l","fileId":1,"mode":0})"_s
        << uR"({"method":"setLogo","requestId":"l","result":false,"error":"Access denied"})"_s
        << QStringList();
    QTest::newRow("access before parameters")
        << none << none << user << uR"({"method":"shutdown","forAll":"yes"})"_s
        << uR"({"result":false,"error":"Access denied"})"_s << QStringList();

    // (e) parameters
    QTest::newRow("setLogo unknown file")
        << none << none << admin << uR"({"method":"setLogo","fileId":99,"mode":0})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("setLogo bad mode")
        << none << none << admin << uR"({"method":"setLogo","fileId":1,"mode":2})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("setMicMute wrong type")
        << none << none << admin << uR"({"method":"setMicMute","mute":"yes"})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("setMicMute missing")
        << none << none << admin << uR"({"method":"setMicMute"})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("call without peerId")
        << none << none << admin << uR"({"method":"call","peerId":""})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("createConference bad type")
        << none << none << admin
        << uR"({"method":"createConference","title":"x","confType":"x","autoAccept":true})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();
    QTest::newRow("int param given a fraction")
        << none << none << admin << uR"({"method":"setPanPos","pos":1.5})"_s
        << uR"({"result":false,"error":"Invalid parameters"})"_s << QStringList();

    // (n) state, then execution
    QTest::newRow("accept with nothing pending")
        << none << none << admin << uR"({"method":"accept"})"_s
        << uR"({"result":false,"error":"Invalid state"})"_s << QStringList();
    QTest::newRow("hangUp when idle")
        << none << none << admin << uR"({"method":"hangUp"})"_s
        << uR"({"result":false,"error":"Invalid state"})"_s << QStringList();
    QTest::newRow("call when logged in")
        << none << none << admin << uR"({"method":"call","peerId":"alice@video.example.net"})"_s
        << uR"({"method":"call","result":true})"_s << QStringList { u"error"_s };
    QTest::newRow("catalogue-only method")
        << none << none << admin << uR"({"method":"getWebManagerUrl","requestId":"c"})"_s
        << uR"({"method":"getWebManagerUrl","requestId":"c","result":true})"_s
        << QStringList { u"error"_s };
    // Catalogue-only getters answer with the catalogue's reply fields, neutral values.
    QTest::newRow("catalogue-only getter has its fields")
        << none << none << admin << uR"({"method":"getVideoMatrix","requestId":"m"})"_s
        << uR"({"method":"getVideoMatrix","requestId":"m","result":true,"matrixType":0,"participants":[],"mainWindowWidth":null})"_s
        << QStringList { u"error"_s };
    QTest::newRow("getLogo default")
        << none << none << admin << uR"({"method":"getLogo"})"_s
        << uR"({"result":true,"isCustomImage":false})"_s << QStringList { u"fileId"_s };
    QTest::newRow("getLogin")
        << none << none << admin << uR"({"method":"getLogin"})"_s
        << uR"({"result":true,"isLoggedIn":true,"peerId":"room101@sim.trueconf.local","peerDn":"Room 101"})"_s
        << QStringList();
    QTest::newRow("getConnected") << none << none << user << uR"({"method":"getConnected"})"_s
                                  << uR"({"result":true,"state":2})"_s << QStringList();
    QTest::newRow("getSystemInfo")
        << none << none << user << uR"({"method":"getSystemInfo"})"_s
        << uR"({"result":true,"authInfo":{"peerId":"room101@sim.trueconf.local","peerDn":"Room 101"},"bitrateLimits":{"max":20480,"min":32}})"_s
        << QStringList();
    QTest::newRow("getAuthInfo shows the PIN to admin")
        << u"4711"_s << none << pinAdmin << uR"({"method":"getAuthInfo"})"_s
        << uR"({"result":true,"adminAuth":{"security":"pin","pin":"4711"},"userAuth":{"security":"pin","pin":"4711"}})"_s
        << QStringList();
    QTest::newRow("getAuthInfo hides the PIN from user")
        << u"4711"_s << none
        << uR"({"method":"auth","requestId":"a","type":"secured","role":"user","credentials":"4711"})"_s
        << uR"({"method":"getAuthInfo"})"_s
        << uR"({"result":true,"adminAuth":{"security":"pin"},"userAuth":{"security":"pin"}})"_s
        << QStringList();
    QTest::newRow("getTokenForHttpServer")
        << none << none << user << uR"({"method":"getTokenForHttpServer"})"_s
        << uR"({"result":true})"_s << QStringList { u"error"_s };

    // requestId echo (§10 j)
    QTest::newRow("requestId number")
        << none << none << admin << uR"({"method":"getAppState","requestId":42})"_s
        << uR"({"method":"getAppState","requestId":42,"result":true})"_s << QStringList();
    QTest::newRow("requestId non-ASCII")
        << none << none << admin << uR"({"method":"getAppState","requestId":"запрос-ü-😀"})"_s
        << uR"({"requestId":"запрос-ü-😀","result":true})"_s << QStringList();
    QTest::newRow("requestId absent") << none << none << admin << uR"({"method":"getAppState"})"_s
                                      << uR"({"requestId":"","result":true})"_s << QStringList();
    QTest::newRow("requestId object")
        << none << none << admin << uR"({"method":"getAppState","requestId":{"n":[1,true]}})"_s
        << uR"({"requestId":{"n":[1,true]},"result":true})"_s << QStringList();
    QTest::newRow("requestId echoed on errors")
        << none << none << none << uR"({"method":"getAppState","requestId":7.5})"_s
        << uR"({"requestId":7.5,"result":false})"_s << QStringList();
}

void tst_RoomSimulator::exchange()
{
    QFETCH(QString, pin);
    QFETCH(QString, password);
    QFETCH(QString, authFirst);
    QFETCH(QString, frame);
    QFETCH(QString, expected);
    QFETCH(QStringList, absent);

    RoomSimulator sim(options(pin, password));
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    if (!authFirst.isEmpty()) {
        client.sendText(authFirst);
        const QJsonObject auth = client.waitAnyReply();
        QVERIFY2(auth.value(u"result"_s).toBool(), qPrintable(compact(auth)));
    }

    client.sendText(frame);
    const QJsonObject reply = client.waitAnyReply();
    QVERIFY2(!reply.isEmpty(), "no reply");
    QVERIFY(reply.contains(u"requestId"_s));
    QVERIFY(reply.value(u"result"_s).isBool());
    const QJsonObject want = parseObject(expected);
    QVERIFY(!want.isEmpty());
    for (auto it = want.begin(); it != want.end(); ++it)
        QCOMPARE(compact(reply.value(it.key())), compact(it.value()));
    for (const QString &key : std::as_const(absent))
        QVERIFY2(!reply.contains(key), qPrintable(key));
    if (reply.value(u"result"_s).toBool() && reply.value(u"method"_s) == u"auth"_s) {
        // Observed token format: <digit>*<16 alnum>*<8 digits>*<64 hex>
        static const QRegularExpression tokenFormat(
            u"^[0-9]\\*[A-Za-z0-9]{16}\\*[0-9]{8}\\*[0-9a-f]{64}$"_s);
        QVERIFY(tokenFormat.match(reply.value(u"token"_s).toString()).hasMatch());
        QVERIFY(!reply.value(u"tokenForHttpServer"_s).toString().isEmpty());
    }
    if (reply.value(u"error"_s) == u"Invalid JSON"_s)
        QCOMPARE(sim.receivedMethods().size(), authFirst.isEmpty() ? 0 : 1);

    // Whatever happened, the connection stays usable.
    QVERIFY(client.isOpen());
    const QJsonObject after
        = client.request({ { u"method"_s, u"setUsedApiVersion"_s }, { u"version"_s, u"1"_s } });
    QCOMPARE(after.value(u"result"_s).toBool(), true);
    QCOMPARE(sim.clientCount(), 1);
}

void tst_RoomSimulator::binaryFrameKeepsConnection()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    client.socket().sendBinaryMessage(R"({"method":"auth","type":"unsecured"})");
    const QJsonObject reply = client.waitAnyReply();
    QCOMPARE(compact(reply),
             uR"({"error":"Invalid JSON","method":"","requestId":"","result":false})"_s);
    QCOMPARE(sim.authorizedCount(u"admin"_s), 0);
    QCOMPARE(client.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool(), true);
}

void tst_RoomSimulator::tokenReauth_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("pin");
    QTest::newRow("admin, unsecured room") << u"admin"_s << QString();
    QTest::newRow("user, PIN room") << u"user"_s << u"4711"_s;
}

void tst_RoomSimulator::tokenReauth()
{
    QFETCH(QString, role);
    QFETCH(QString, pin);

    RoomSimulator sim(options(pin));
    QVERIFY(startSim(sim));
    TestClient first;
    QVERIFY(first.open(sim.wsUrl()));
    const QJsonObject auth
        = pin.isEmpty() ? first.auth(u"unsecured"_s, role) : first.auth(u"secured"_s, role, pin);
    QVERIFY(auth.value(u"result"_s).toBool());
    const QString token = auth.value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());
    first.socket().close();
    QTRY_COMPARE(sim.clientCount(), 0);

    // A token remembers its mode: no role needed to get it back.
    TestClient second;
    QVERIFY(second.open(sim.wsUrl()));
    const QJsonObject again = second.request(
        { { u"method"_s, u"auth"_s }, { u"type"_s, u"secured"_s }, { u"credentials"_s, token } });
    QCOMPARE(again.value(u"result"_s).toBool(), true);
    QCOMPARE(sim.authorizedCount(role), 1);
    const QJsonObject logo = second.request({ { u"method"_s, u"getLogo"_s } });
    QCOMPARE(logo.value(u"result"_s).toBool(), role == u"admin"_s);

    // ... and it does not open the other mode.
    const QString other = role == u"admin"_s ? u"user"_s : u"admin"_s;
    TestClient third;
    QVERIFY(third.open(sim.wsUrl()));
    const QJsonObject wrongMode = third.auth(u"secured"_s, other, token);
    // (In the unsecured room the other mode is open to anybody anyway.)
    if (!pin.isEmpty())
        QCOMPARE(wrongMode.value(u"resultCode"_s).toInt(), 3);
}

void tst_RoomSimulator::downgrade()
{
    RoomSimulator sim(options(u"4711"_s));
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    const QJsonObject admin = client.auth(u"secured"_s, u"admin"_s, u"4711"_s);
    QVERIFY(admin.value(u"result"_s).toBool());
    QCOMPARE(sim.authorizedCount(u"admin"_s), 1);

    const QJsonObject down
        = client.request({ { u"method"_s, u"auth"_s }, { u"role"_s, u"user"_s } });
    QCOMPARE(down.value(u"result"_s).toBool(), true);
    QCOMPARE(down.value(u"resultCode"_s).toInt(), 0);
    QVERIFY(!down.value(u"token"_s).toString().isEmpty());
    QVERIFY(down.value(u"token"_s) != admin.value(u"token"_s));
    QVERIFY(down.value(u"tokenForHttpServer"_s) != admin.value(u"tokenForHttpServer"_s));
    QCOMPARE(sim.authorizedCount(u"admin"_s), 0);
    QCOMPARE(sim.authorizedCount(u"user"_s), 1);
    QCOMPARE(client.request({ { u"method"_s, u"getLogo"_s } }).value(u"error"_s).toString(),
             u"Access denied"_s);
    // A user connection cannot downgrade any further.
    QCOMPARE(client.request({ { u"method"_s, u"auth"_s }, { u"role"_s, u"user"_s } })
                 .value(u"resultCode"_s)
                 .toInt(),
             3);
}

void tst_RoomSimulator::displacement()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient a;
    TestClient b;
    TestClient c;
    QVERIFY(a.open(sim.wsUrl()));
    QVERIFY(b.open(sim.wsUrl()));
    QVERIFY(c.open(sim.wsUrl()));
    QVERIFY(a.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());
    QVERIFY(c.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QVERIFY(b.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());

    const QJsonObject needed = a.waitEvent(u"authorizationNeeded"_s);
    QCOMPARE(needed.value(u"cause"_s).toInt(), 1);
    QCOMPARE(sim.authorizedCount(u"user"_s), 1);
    QCOMPARE(sim.authorizedCount(u"admin"_s), 1); // admin and user coexist
    QCOMPARE(c.eventCount(u"authorizationNeeded"_s), 0);

    // The displaced connection stays open but unauthorized, and may authorize again.
    QVERIFY(a.isOpen());
    QCOMPARE(a.request({ { u"method"_s, u"getAppState"_s } }).value(u"error"_s).toString(),
             u"Not authorized"_s);
    QVERIFY(a.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());
    QCOMPARE(b.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 1);
    QCOMPARE(sim.clientCount(), 3);
}

void tst_RoomSimulator::eventsOnlyToAuthorized()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient authorized;
    TestClient stranger;
    QVERIFY(authorized.open(sim.wsUrl()));
    QVERIFY(stranger.open(sim.wsUrl()));
    QVERIFY(authorized.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());

    sim.setAppState(5);
    const QJsonObject changed = authorized.waitEvent(u"appStateChanged"_s);
    QCOMPARE(changed.value(u"appState"_s).toInt(), 5);
    QCOMPARE(changed.value(u"embeddedHttpPort"_s).toInt(), int(sim.httpPort()));
    sim.setAppState(5); // no change, no event
    sim.sendEvent(u"myEvent"_s, { { u"data"_s, u"x"_s } });
    QCOMPARE(authorized.waitEvent(u"myEvent"_s).value(u"data"_s).toString(), u"x"_s);
    QCOMPARE(authorized.eventCount(u"appStateChanged"_s), 0);

    // Anything sent to the stranger would have arrived before this reply.
    stranger.request({ { u"method"_s, u"setUsedApiVersion"_s }, { u"version"_s, u"1"_s } });
    QCOMPARE(stranger.frames().size(), 0);
}

void tst_RoomSimulator::largeNonAsciiMessageArrivesWhole()
{
    // 700,000 two-byte characters: 1.4 MB of UTF-8, more than Qt's default 512 KiB frame,
    // with frame boundaries that would fall inside a character.
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    QVERIFY(client.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());
    const QString text(700000, QChar(0x0416));
    sim.sendEvent(u"bigEvent"_s, { { u"text"_s, text } });
    QCOMPARE(client.waitEvent(u"bigEvent"_s).value(u"text"_s).toString(), text);
    QVERIFY(client.isOpen());
}

void tst_RoomSimulator::appStateFields()
{
    RoomSimulator::Options o;
    o.startLoggedIn = false;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    QVERIFY(client.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    const QJsonObject s = client.request({ { u"method"_s, u"getAppState"_s } });
    QCOMPARE(s.value(u"appState"_s).toInt(), 0);
    QCOMPARE(s.value(u"embeddedHttpPort"_s).toInt(), int(sim.httpPort()));
    QVERIFY(s.value(u"extStatus"_s).isDouble());
    QVERIFY(s.value(u"additionalStatus"_s).isString());
    QCOMPARE(s.value(u"desktopSharing"_s).toObject().value(u"running"_s), QJsonValue(false));
    QCOMPARE(s.value(u"broadcastPicture"_s).toObject().value(u"running"_s), QJsonValue(false));
    QCOMPARE(s.value(u"audioCaptureTest"_s), QJsonValue(false));
    QCOMPARE(s.value(u"recording"_s), QJsonValue(false));

    // Logged out: no own id anywhere.
    const QJsonObject info = client.request({ { u"method"_s, u"getSystemInfo"_s } });
    QVERIFY(!info.contains(u"authInfo"_s));
    QVERIFY(!info.contains(u"permissionsInfo"_s));
    QVERIFY(info.contains(u"productInfo"_s));
    QCOMPARE(client.request({ { u"method"_s, u"getLogin"_s } }).value(u"isLoggedIn"_s),
             QJsonValue(false));
    QCOMPARE(client.request({ { u"method"_s, u"call"_s }, { u"peerId"_s, u"bob"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid state"_s);
    const QJsonObject monitors = client.request({ { u"method"_s, u"getMonitorsInfo"_s } });
    QCOMPARE(monitors.value(u"monitors"_s).toArray().size(), 2);
    QCOMPARE(monitors.value(u"currentMonitor"_s).toInt(), 0);
}

void tst_RoomSimulator::settingsArray()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    QVERIFY(client.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());
    const QJsonObject reply = client.request({ { u"method"_s, u"getSettings"_s } });
    QVERIFY(reply.value(u"settings"_s).isArray());
    QHash<QString, QJsonValue> byName;
    const QJsonArray settings = reply.value(u"settings"_s).toArray();
    for (const QJsonValue &v : settings) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(u"name"_s).isString());
        QVERIFY(o.contains(u"value"_s));
        byName.insert(o.value(u"name"_s).toString(), o.value(u"value"_s));
    }
    for (const QString &name :
         { u"aecEnable"_s, u"agcEnable"_s, u"audioPlayLevel"_s, u"autoAccept"_s,
           u"cameraRemoteControlAccess"_s, u"defaultMultiConfMatrix"_s, u"language"_s,
           u"showLogo"_s, u"showUpcomingMeetings"_s, u"rejectCallsNotFromAB"_s })
        QVERIFY2(byName.contains(name), qPrintable(name));
    QVERIFY(byName.value(u"autoAccept"_s).isBool());
    QVERIFY(byName.value(u"language"_s).isString());
    QVERIFY(byName.value(u"audioPlayLevel"_s).isDouble());
}

void tst_RoomSimulator::setSettingsAtomic()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient admin;
    TestClient user;
    QVERIFY(admin.open(sim.wsUrl()));
    QVERIFY(user.open(sim.wsUrl()));
    QVERIFY(admin.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QVERIFY(user.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());

    // Two real changes and one no-op: two events, after the reply.
    admin.send({ { u"method"_s, u"setSettings"_s },
                 { u"requestId"_s, u"s1"_s },
                 { u"settings"_s,
                   QJsonObject { { u"autoAccept"_s, true },
                                 { u"language"_s, u"de"_s },
                                 { u"audioPlayLevel"_s, 1.0 } } } });
    QTRY_COMPARE(admin.eventCount(u"settingsChanged"_s), 2);
    QCOMPARE(admin.frames().first().value(u"requestId"_s).toString(), u"s1"_s);
    QCOMPARE(admin.waitReply(u"s1"_s).value(u"result"_s).toBool(), true);
    QTRY_COMPARE(user.eventCount(u"settingsChanged"_s), 2);
    QJsonObject names;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject e = admin.waitEvent(u"settingsChanged"_s);
        names.insert(e.value(u"name"_s).toString(), e.value(u"value"_s));
    }
    QCOMPARE(compact(names), uR"({"autoAccept":true,"language":"de"})"_s);

    // One bad key rejects the whole request.
    const QList<QJsonObject> bad {
        QJsonObject { { u"autoAccept"_s, false }, { u"noSuchSetting"_s, 1 } },
        QJsonObject { { u"autoAccept"_s, false }, { u"language"_s, 3 } },
        QJsonObject { { u"autoAccept"_s, false }, { u"audioPlayLevel"_s, 1.5 } },
        QJsonObject { { u"autoAccept"_s, false }, { u"defaultMultiConfMatrix"_s, 1.5 } },
    };
    for (const QJsonObject &settings : bad) {
        const QJsonObject r
            = admin.request({ { u"method"_s, u"setSettings"_s }, { u"settings"_s, settings } });
        QCOMPARE(r.value(u"error"_s).toString(), u"Invalid parameters"_s);
    }
    const QJsonObject notObject = admin.request(
        { { u"method"_s, u"setSettings"_s }, { u"settings"_s, QJsonArray { u"autoAccept"_s } } });
    QCOMPARE(notObject.value(u"error"_s).toString(), u"Invalid parameters"_s);
    QCOMPARE(sim.setting(u"autoAccept"_s), QJsonValue(true));
    QCOMPARE(sim.setting(u"language"_s), QJsonValue(u"de"_s));
    QCOMPARE(admin.eventCount(u"settingsChanged"_s), 0);

    // The microphone level is read-only under AGC (§7.5).
    QVERIFY(admin
                .request({ { u"method"_s, u"setSettings"_s },
                           { u"settings"_s, QJsonObject { { u"agcEnable"_s, true } } } })
                .value(u"result"_s)
                .toBool());
    const QJsonObject level
        = admin.request({ { u"method"_s, u"setSettings"_s },
                          { u"settings"_s, QJsonObject { { u"audioCapturerLevel"_s, 0.25 } } } });
    QCOMPARE(level.value(u"error"_s).toString(), u"Invalid state"_s);
}

void tst_RoomSimulator::setAuthParams()
{
    RoomSimulator sim(options(QString(), u"s3cret"_s));
    QVERIFY(startSim(sim));
    TestClient admin;
    TestClient user;
    QVERIFY(admin.open(sim.wsUrl()));
    QVERIFY(user.open(sim.wsUrl()));
    QVERIFY(admin.auth(u"secured"_s, u"admin"_s, u"s3cret"_s).value(u"result"_s).toBool());
    QVERIFY(user.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());

    const QJsonObject denied = user.request({ { u"method"_s, u"setAuthParams"_s },
                                              { u"userType"_s, u"admin"_s },
                                              { u"authType"_s, u"unsecured"_s } });
    QCOMPARE(denied.value(u"error"_s).toString(), u"Access denied"_s);

    const QJsonObject pin = admin.request({ { u"method"_s, u"setAuthParams"_s },
                                            { u"userType"_s, u"user"_s },
                                            { u"authType"_s, u"pin"_s } });
    QCOMPARE(pin.value(u"result"_s).toBool(), true);
    const QString newPin = pin.value(u"newPin"_s).toString();
    QVERIFY(!newPin.isEmpty());
    QVERIFY(!pin.contains(u"token"_s)); // the admin's own mode did not change
    QCOMPARE(user.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 4);
    QCOMPARE(sim.authorizedCount(u"user"_s), 0);
    QCOMPARE(user.auth(u"unsecured"_s, u"user"_s).value(u"resultCode"_s).toInt(), 3);
    QVERIFY(user.auth(u"secured"_s, u"user"_s, newPin.toUpper()).value(u"result"_s).toBool());

    // Admin back to unsecured forces user mode unsecured too.
    const QJsonObject open = admin.request({ { u"method"_s, u"setAuthParams"_s },
                                             { u"userType"_s, u"admin"_s },
                                             { u"authType"_s, u"unsecured"_s } });
    QCOMPARE(open.value(u"result"_s).toBool(), true);
    QVERIFY(!open.value(u"token"_s).toString().isEmpty());
    QCOMPARE(user.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 2);
    const QJsonObject info = admin.request({ { u"method"_s, u"getAuthInfo"_s } });
    QCOMPARE(compact(info.value(u"userAuth"_s)), uR"({"security":"unsecured"})"_s);
    QCOMPARE(admin
                 .request({ { u"method"_s, u"setAuthParams"_s },
                            { u"userType"_s, u"user"_s },
                            { u"authType"_s, u"password"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s); // password missing
}

void tst_RoomSimulator::clearTokens()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient admin;
    QVERIFY(admin.open(sim.wsUrl()));
    const QString token = admin.auth(u"unsecured"_s, u"admin"_s).value(u"token"_s).toString();
    QCOMPARE(admin.request({ { u"method"_s, u"clearTokens"_s } }).value(u"result"_s).toBool(),
             true);
    // Still authorized (§10 l), but the token is gone.
    QCOMPARE(admin.request({ { u"method"_s, u"getAppState"_s } }).value(u"result"_s).toBool(),
             true);
    TestClient other;
    QVERIFY(other.open(sim.wsUrl()));
    QCOMPARE(other.auth(u"secured"_s, QString(), token).value(u"resultCode"_s).toInt(), 3);
}

void tst_RoomSimulator::fireMyEventReachesSender()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient a;
    TestClient b;
    QVERIFY(a.open(sim.wsUrl()));
    QVERIFY(b.open(sim.wsUrl()));
    QVERIFY(a.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QVERIFY(b.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());
    const QString data = u"{\"hello\":\"мир\"}"_s;
    QVERIFY(a.request({ { u"method"_s, u"fireMyEvent"_s }, { u"data"_s, data } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(a.waitEvent(u"myEvent"_s).value(u"data"_s).toString(), data);
    QCOMPARE(b.waitEvent(u"myEvent"_s).value(u"data"_s).toString(), data);

    // Mute setters report through events only when the value changes.
    QVERIFY(a.request({ { u"method"_s, u"setMicMute"_s }, { u"mute"_s, true } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(b.waitEvent(u"audioCapturerMute"_s).value(u"mute"_s), QJsonValue(true));
    QCOMPARE(a.request({ { u"method"_s, u"getMicMute"_s } }).value(u"mute"_s), QJsonValue(true));
}

void tst_RoomSimulator::restartWebSocket()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    const QString token = client.auth(u"unsecured"_s, u"admin"_s).value(u"token"_s).toString();
    const quint16 oldPort = sim.wsPort();

    QSignalSpy closed(&client.socket(), &QWebSocket::disconnected);
    QSignalSpy ports(&sim, &RoomSimulator::portsChanged);
    QString error;
    QVERIFY2(sim.restartWebSocket(0, &error), qPrintable(error));
    QCOMPARE(ports.size(), 1);
    QVERIFY(sim.wsPort() != 0);
    QVERIFY(sim.wsPort() != oldPort);
    QCOMPARE(sim.clientCount(), 0);
    QTRY_COMPARE(closed.size(), 1);

    QNetworkAccessManager nam;
    QCOMPARE(wsPortInConfig(nam, sim), int(sim.wsPort()));

    // The old port is gone; the token survived the restart.
    TestClient stale;
    QSignalSpy staleConnected(&stale.socket(), &QWebSocket::connected);
    QSignalSpy staleFailed(&stale.socket(),
                           qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    stale.socket().open(QUrl(u"ws://127.0.0.1:%1"_s.arg(oldPort)));
    QVERIFY(staleFailed.wait(kTimeout)); // the attempt ends (refused), no wait for nothing
    QCOMPARE(staleConnected.size(), 0);
    QVERIFY(!stale.isOpen());
    TestClient again;
    QVERIFY(again.open(sim.wsUrl()));
    const QJsonObject auth = again.auth(u"secured"_s, QString(), token);
    QCOMPARE(auth.value(u"result"_s).toBool(), true);
    QCOMPARE(sim.authorizedCount(u"admin"_s), 1);
}

void tst_RoomSimulator::replyDelay()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    QVERIFY(client.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());

    QSignalSpy received(&sim, &RoomSimulator::requestReceived);
    sim.setReplyDelay(u"getSettings"_s, -1);
    sim.setReplyDelay(u"getLogin"_s, 150);
    client.send({ { u"method"_s, u"getSettings"_s }, { u"requestId"_s, u"swallowed"_s } });
    client.send({ { u"method"_s, u"getLogin"_s }, { u"requestId"_s, u"late"_s } });
    const QJsonObject prompt = client.request({ { u"method"_s, u"getAppState"_s } });
    QCOMPARE(prompt.value(u"result"_s).toBool(), true);
    QVERIFY(!client.hasReply(u"late"_s));
    QCOMPARE(client.waitReply(u"late"_s).value(u"result"_s).toBool(), true);
    // Requests are answered in order, so by now the swallowed one would have been answered.
    QVERIFY(!client.hasReply(u"swallowed"_s));
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(0).at(0).toString(), u"getSettings"_s);
    QCOMPARE(sim.receivedMethods(),
             (QStringList { u"auth"_s, u"getSettings"_s, u"getLogin"_s, u"getAppState"_s }));

    sim.setReplyDelay(u"getSettings"_s, 0);
    QCOMPARE(client.request({ { u"method"_s, u"getSettings"_s } }).value(u"result"_s).toBool(),
             true);
}

void tst_RoomSimulator::frozenRoomSendsNoPong()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    QVERIFY(client.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());

    // Sanity: a live room answers pings.
    QSignalSpy pong(&client.socket(), &QWebSocket::pong);
    client.socket().ping("alive");
    QVERIFY(pong.wait(kTimeout));

    sim.setFrozen(true);
    pong.clear();
    client.socket().ping("dead?");
    const QByteArray request = R"({"method":"getAppState","requestId":"frozen"})";
    client.sendText(QString::fromLatin1(request));
    sim.sendEvent(u"myEvent"_s, { { u"data"_s, u"lost"_s } });
    // Barrier instead of a wait for nothing: both frames have reached the room, which leaves
    // them unread (a masked ping with 5 bytes: 11 bytes; the request: 6 + its text). Unread,
    // the ping cannot have been answered.
    QTcpSocket *roomEnd = roomEndOf(sim, client.socket());
    QVERIFY(roomEnd);
    QTRY_COMPARE(roomEnd->bytesAvailable(), qint64(11 + 6 + request.size()));
    QVERIFY(pong.isEmpty());
    QVERIFY(!client.hasReply(u"frozen"_s));
    QVERIFY(client.isOpen()); // a dead peer, not a closed one

    // A new connection does not even get its handshake answered: the handshake request has
    // reached the room and lies there unread.
    TestClient late;
    late.socket().open(sim.wsUrl());
    QTRY_VERIFY(roomEndOf(sim, late.socket())
                && roomEndOf(sim, late.socket())->peek(4096).endsWith("\r\n\r\n"));
    QVERIFY(!late.isOpen());

    // Thawing processes what arrived meanwhile. The reply comes after the pong, and the
    // event sent while frozen would have come before both: it was never sent.
    sim.setFrozen(false);
    QCOMPARE(client.waitReply(u"frozen"_s).value(u"result"_s).toBool(), true);
    QCOMPARE(pong.size(), 1);
    QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("dead?"));
    QCOMPARE(client.eventCount(u"myEvent"_s), 0);
    QTRY_VERIFY(late.isOpen());
    QTRY_COMPARE(sim.clientCount(), 2);
}

void tst_RoomSimulator::strictModeViolations()
{
    RoomSimulator::Options o;
    o.strict = true;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));

    client.request({ { u"method"_s, u"getAppState"_s } });
    client.sendText(u"{nope"_s);
    client.waitAnyReply();
    client.request(
        { { u"method"_s, u"auth"_s }, { u"type"_s, u"unsecured"_s }, { u"role"_s, u"user"_s } });
    client.request({ { u"method"_s, u"setLogo"_s }, { u"fileId"_s, 1 }, { u"mode"_s, 0 } });
    client.request({ { u"method"_s, u"noSuchMethod"_s } });
    client.request({ { u"method"_s, u"accept"_s } });
    client.send({ { u"method"_s, u"getAppState"_s } });
    client.waitAnyReply();
    client.request({ { u"method"_s, u"getAppState"_s }, { u"requestId"_s, u"dup"_s } });
    client.request({ { u"method"_s, u"getAppState"_s }, { u"requestId"_s, u"dup"_s } });

    const QStringList v = sim.violations();
    const auto seen = [&v](const QString &part) {
        return std::any_of(v.cbegin(), v.cend(),
                           [&](const QString &line) { return line.contains(part); });
    };
    QVERIFY2(seen(u"command getAppState before auth"_s), qPrintable(v.join(u'\n')));
    QVERIFY2(seen(u"malformed frame"_s), qPrintable(v.join(u'\n')));
    QVERIFY2(seen(u"admin-only setLogo from user connection"_s), qPrintable(v.join(u'\n')));
    QVERIFY2(seen(u"unknown method noSuchMethod"_s), qPrintable(v.join(u'\n')));
    QVERIFY2(seen(u"invalid state for accept"_s), qPrintable(v.join(u'\n')));
    QVERIFY2(seen(u"requestId \"dup\" reused"_s), qPrintable(v.join(u'\n')));
    // What the protocol allows but RoomDeck never does is a note, not a violation: TrueConf's
    // own clients send requests without requestId and auth without role.
    QVERIFY(!seen(u"without requestId"_s));
    QVERIFY(!seen(u"auth without role"_s));
    QVERIFY2(sim.conventionNotes().contains(u"request getAppState without requestId"_s),
             qPrintable(sim.conventionNotes().join(u'\n')));
    sim.clearViolations();
    QVERIFY(sim.violations().isEmpty());

    // Without strict mode nothing is recorded.
    RoomSimulator lax;
    QVERIFY(startSim(lax));
    TestClient other;
    QVERIFY(other.open(lax.wsUrl()));
    other.request({ { u"method"_s, u"getAppState"_s } });
    QVERIFY(lax.violations().isEmpty());
}

void tst_RoomSimulator::httpServer()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    const QJsonObject auth = client.auth(u"unsecured"_s, u"admin"_s);
    const QString token = auth.value(u"tokenForHttpServer"_s).toString();
    QVERIFY(!token.isEmpty());

    QNetworkAccessManager nam;
    const QUrl base = sim.httpUrl();
    const QString self = u"#self:0"_s;
    QCOMPARE(httpGet(nam, withPath(base, u"/frames/"_s, { { u"peerId"_s, self } })).status, 401);
    QCOMPARE(httpGet(nam,
                     withPath(base, u"/frames/"_s,
                              { { u"peerId"_s, self }, { u"token"_s, u"bogus"_s } }))
                 .status,
             401);
    QCOMPARE(httpGet(nam, withPath(base, u"/nothing/"_s, { { u"token"_s, token } })).status, 404);
    QCOMPARE(httpGet(nam,
                     withPath(base, u"/frames/"_s,
                              { { u"peerId"_s, u"#self:7"_s }, { u"token"_s, token } }))
                 .status,
             404);

    // The documented URL form, with the peerId percent-encoded.
    QUrl frameUrl = base;
    frameUrl.setPath(u"/frames/"_s);
    frameUrl.setQuery(u"peerId=%23self%3A0&token="_s + token);
    const HttpResult frame = httpGet(nam, frameUrl);
    QCOMPARE(frame.status, 200);
    QCOMPARE(frame.contentType, QByteArray("image/jpeg"));
    QVERIFY(frame.body.startsWith("\xFF\xD8"));

    // A fresh token from getTokenForHttpServer works as well.
    const QString fresh = client.request({ { u"method"_s, u"getTokenForHttpServer"_s } })
                              .value(u"token"_s)
                              .toString();
    QVERIFY(!fresh.isEmpty() && fresh != token);
    const QByteArray png = pngBytes();
    const HttpResult upload
        = httpUpload(nam, withPath(base, u"/files/"_s, { { u"token"_s, fresh } }), u"file"_s, png);
    QCOMPARE(upload.status, 200);
    bool ok = false;
    const int fileId = upload.fileId.toInt(&ok);
    QVERIFY(ok);
    QVERIFY(sim.hasFile(fileId));
    QCOMPARE(
        httpUpload(nam, withPath(base, u"/files/"_s, { { u"token"_s, fresh } }), u"other"_s, png)
            .status,
        400);
    QCOMPARE(httpUpload(nam, withPath(base, u"/files/"_s), u"file"_s, png).status, 401);

    const QJsonObject logo = client.request(
        { { u"method"_s, u"setLogo"_s }, { u"fileId"_s, fileId }, { u"mode"_s, 1 } });
    QCOMPARE(logo.value(u"result"_s).toBool(), true);
    const QJsonObject changed = client.waitEvent(u"logoImageChanged"_s);
    QCOMPARE(compact(changed),
             u"{\"event\":\"logoImageChanged\",\"fileId\":%1,\"isCustomImage\":true,"
             "\"method\":\"event\",\"mode\":1}"_s.arg(fileId));

    // Displacement voids the displaced connection's HTTP tokens (§3.5).
    TestClient usurper;
    QVERIFY(usurper.open(sim.wsUrl()));
    QVERIFY(usurper.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QCOMPARE(client.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 1);
    QCOMPARE(httpGet(nam, frameUrl).status, 401);
}

void tst_RoomSimulator::httpTokenExpiry()
{
    RoomSimulator::Options o;
    o.httpTokenLifetimeSecs = 0;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.open(sim.wsUrl()));
    const QString token
        = client.auth(u"unsecured"_s, u"admin"_s).value(u"tokenForHttpServer"_s).toString();
    QNetworkAccessManager nam;
    QCOMPARE(httpGet(nam,
                     withPath(sim.httpUrl(), u"/frames/"_s,
                              { { u"peerId"_s, u"#self:0"_s }, { u"token"_s, token } }))
                 .status,
             401);

    // Under PIN protection the HTTP token lives until the room restarts (§3.4).
    RoomSimulator::Options p = o;
    p.pin = u"4711"_s;
    RoomSimulator pinned(p);
    QVERIFY(startSim(pinned));
    TestClient pinClient;
    QVERIFY(pinClient.open(pinned.wsUrl()));
    const QString pinToken = pinClient.auth(u"secured"_s, u"user"_s, u"4711"_s)
                                 .value(u"tokenForHttpServer"_s)
                                 .toString();
    QCOMPARE(httpGet(nam,
                     withPath(pinned.httpUrl(), u"/frames/"_s,
                              { { u"peerId"_s, u"#self:0"_s }, { u"token"_s, pinToken } }))
                 .status,
             200);
}

void tst_RoomSimulator::shutdownClosesEverything()
{
    RoomSimulator sim;
    QVERIFY(startSim(sim));
    TestClient admin;
    TestClient user;
    QVERIFY(admin.open(sim.wsUrl()));
    QVERIFY(user.open(sim.wsUrl()));
    QVERIFY(admin.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QVERIFY(user.auth(u"unsecured"_s, u"user"_s).value(u"result"_s).toBool());

    // rebootSystem: reply, then every socket closes; the room itself stays.
    QSignalSpy userClosed(&user.socket(), &QWebSocket::disconnected);
    QCOMPARE(admin.request({ { u"method"_s, u"rebootSystem"_s } }).value(u"result"_s).toBool(),
             true);
    QTRY_COMPARE(userClosed.size(), 1);
    QTRY_COMPARE(sim.clientCount(), 0);
    QVERIFY(sim.isRunning());

    TestClient again;
    QVERIFY(again.open(sim.wsUrl()));
    QVERIFY(again.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QSignalSpy shutdown(&sim, &RoomSimulator::shutdownRequested);
    QSignalSpy closed(&again.socket(), &QWebSocket::disconnected);
    QCOMPARE(again.request({ { u"method"_s, u"shutdown"_s } }).value(u"result"_s).toBool(), true);
    QTRY_COMPARE(shutdown.size(), 1);
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(!sim.isRunning());
    QCOMPARE(sim.wsPort(), quint16(0));
    QCOMPARE(sim.webPort(), quint16(0));
}

QTEST_GUILESS_MAIN(tst_RoomSimulator)
#include "tst_roomsimulator.moc"
