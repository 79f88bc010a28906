// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Server connection and account login (room-api.md §5.2, §7.1) against SimServer's rules.
class tst_SimServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectAndLogin();
    void loginResults_data();
    void loginResults();
    void autologinAfterConnect();
    void unreachableServer();
    void connectToService();
    void logoutAndStates();
    void serverLoss();
    void accountsOnly();
};

namespace {

RoomSimulator::Options loggedOut()
{
    RoomSimulator::Options o = options();
    o.startLoggedIn = false;
    return o;
}

} // namespace

void tst_SimServer::connectAndLogin()
{
    RoomSimulator sim(loggedOut());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(c.call(u"getConnected"_s).value(u"state"_s).toInt(), 0);
    QVERIFY(!c.call(u"getConnected"_s).contains(u"serverInfo"_s));
    // As TrueConf's Python client sends it: no requestId needed for the outcome.
    QVERIFY(c.call(u"connectToServer"_s,
                   { { u"server"_s, u"video.example.net"_s }, { u"port"_s, 4307 } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(c.waitAppState(1));
    const QJsonObject connected = c.waitEvent(u"serverConnected"_s);
    QCOMPARE(
        compact(connected),
        uR"({"domain":"video.example.net","event":"serverConnected","method":"event","port":4307,"server":"video.example.net","service":false})"_s);
    // No remembered account: the room waits for a login (autologin needs one).
    QVERIFY(c.waitAppState(2));
    const QJsonObject info = c.call(u"getConnected"_s);
    QCOMPARE(info.value(u"state"_s).toInt(), 2);
    QCOMPARE(info.value(u"serverInfo"_s).toObject().value(u"server"_s).toString(),
             u"video.example.net"_s);
    QCOMPARE(c.call(u"getLogin"_s).value(u"isLoggedIn"_s), QJsonValue(false));

    c.clearFrames();
    QVERIFY(c.call(u"login"_s,
                   { { u"login"_s, u"room101"_s },
                     { u"password"_s, u"room101"_s },
                     { u"encryptPassword"_s, true } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(
        c.waitFor([&c] { return c.eventCount(u"abReceivedAfterLogin"_s) > 0 ? 0 : -1; }, kTimeout)
        >= 0);
    // §5.2 order: login, appStateChanged(3), abReceivedAfterLogin.
    QCOMPARE(c.eventNames(),
             (QStringList { u"login"_s, u"appStateChanged"_s, u"abReceivedAfterLogin"_s }));
    const QJsonObject login = c.waitEvent(u"login"_s);
    QCOMPARE(login.value(u"result"_s).toInt(), 0);
    QCOMPARE(login.value(u"peerId"_s).toString(), u"room101@video.example.net"_s);
    QCOMPARE(login.value(u"peerDn"_s).toString(), u"Room 101"_s);
    QVERIFY(c.waitAppState(3));
    const QJsonObject book = c.waitEvent(u"abReceivedAfterLogin"_s);
    QCOMPARE(book.value(u"abook"_s).toArray().size(), sim.contactCount());

    const QJsonObject me = c.call(u"getLogin"_s);
    QCOMPARE(me.value(u"isLoggedIn"_s), QJsonValue(true));
    QCOMPARE(me.value(u"peerId"_s).toString(), u"room101@video.example.net"_s);
    QCOMPARE(c.call(u"getSystemInfo"_s).value(u"authInfo"_s).toObject().value(u"peerId"_s),
             QJsonValue(u"room101@video.example.net"_s));

    // Logging in again while logged in: accepted, with result 1 (already logged in).
    QVERIFY(c.call(u"login"_s, { { u"login"_s, u"room101"_s }, { u"password"_s, u"x"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"login"_s).value(u"result"_s).toInt(), 1);
}

void tst_SimServer::loginResults_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("result");
    QTest::newRow("account") << u"room102"_s << u"room102"_s << 0;
    QTest::newRow("account with server") << u"Room102@other.example"_s << u"room102"_s << 0;
    QTest::newRow("wrong password") << u"room101"_s << u"nope"_s << 3;
    QTest::newRow("any other login") << u"echotest@trueconf.com"_s << u"secret"_s << 0;
    QTest::newRow("empty password") << u"alice"_s << QString() << 3;
    QTest::newRow("unknown login") << u"unknown.user"_s << u"pw"_s << 2;
    QTest::newRow("rejected") << u"rejected1"_s << u"pw"_s << 4;
    QTest::newRow("user limit") << u"full"_s << u"pw"_s << 5;
    QTest::newRow("not activated") << u"inactive-bob"_s << u"pw"_s << 6;
    QTest::newRow("server busy") << u"busy"_s << u"pw"_s << 7;
    QTest::newRow("locked") << u"locked.out"_s << u"pw"_s << 10;
    QTest::newRow("expired") << u"expired"_s << u"pw"_s << 65213;
}

void tst_SimServer::loginResults()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, result);

    RoomSimulator sim(loggedOut());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    c.call(u"connectToServer"_s, { { u"server"_s, u"sim.trueconf.local"_s } });
    QVERIFY(c.waitAppState(2));
    c.call(u"login"_s, { { u"login"_s, login }, { u"password"_s, password } });
    const QJsonObject event = c.waitEvent(u"login"_s);
    QCOMPARE(event.value(u"result"_s).toInt(), result);
    if (result == 0) {
        QVERIFY(c.waitAppState(3));
    } else {
        // A failed login leaves the room waiting for another try (§5.2).
        QCOMPARE(sim.appState(), 2);
        QCOMPARE(c.eventCount(u"appStateChanged"_s), 0);
    }
}

void tst_SimServer::autologinAfterConnect()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    // Logged in at start, so the account is remembered; enableAutologin is on by default.
    c.call(u"connectToServer"_s, { { u"server"_s, u"sim.trueconf.local"_s } });
    QCOMPARE(c.waitEvent(u"serverDisconnected"_s).value(u"server"_s).toString(),
             u"sim.trueconf.local"_s);
    QVERIFY(c.waitAppState(1));
    QVERIFY(c.waitEvent(u"serverConnected"_s).contains(u"domain"_s));
    QCOMPARE(c.waitEvent(u"login"_s).value(u"result"_s).toInt(), 0);
    QVERIFY(c.waitAppState(3));
    QVERIFY(!c.waitEvent(u"abReceivedAfterLogin"_s).isEmpty());

    // Without autologin the room stops at 2.
    c.call(u"setSettings"_s,
           { { u"settings"_s, QJsonObject { { u"enableAutologin"_s, false } } } });
    c.call(u"connectToServer"_s, { { u"server"_s, u"sim.trueconf.local"_s } });
    QVERIFY(c.waitAppState(2));
    QCOMPARE(c.eventCount(u"login"_s), 0);
}

void tst_SimServer::unreachableServer()
{
    RoomSimulator sim(loggedOut());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    c.call(u"connectToServer"_s, { { u"server"_s, u"unreachable.example.net"_s } });
    QVERIFY(c.waitAppState(1));
    const QJsonObject lost = c.waitEvent(u"serverDisconnected"_s);
    QCOMPARE(lost.value(u"server"_s).toString(), u"unreachable.example.net"_s);
    QVERIFY(c.waitAppState(0));
    QCOMPARE(c.call(u"connectToServer"_s, { { u"server"_s, u""_s } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
    QCOMPARE(c.call(u"login"_s, { { u"login"_s, u"a"_s }, { u"password"_s, u"b"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid state"_s);
}

void tst_SimServer::connectToService()
{
    RoomSimulator sim(loggedOut());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    // The Python client sends no domain at all.
    QVERIFY(c.call(u"connectToService"_s).value(u"result"_s).toBool());
    const QJsonObject connected = c.waitEvent(u"serverConnected"_s);
    QCOMPARE(connected.value(u"service"_s), QJsonValue(true));
    QCOMPARE(connected.value(u"domain"_s).toString(), u"trueconf.com"_s);
    QVERIFY(c.waitAppState(2));
    QCOMPARE(c.call(u"getConnected"_s).value(u"serverInfo"_s).toObject().value(u"service"_s),
             QJsonValue(true));

    // User mode may not connect (§4.1).
    TestClient user;
    QVERIFY(user.openAs(sim, u"user"_s));
    QCOMPARE(user.call(u"connectToService"_s).value(u"error"_s).toString(), u"Access denied"_s);
}

void tst_SimServer::logoutAndStates()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(c.call(u"logout"_s).value(u"result"_s).toBool());
    const QJsonObject logout = c.waitEvent(u"logout"_s);
    QCOMPARE(logout.value(u"result"_s), QJsonValue(true));
    QCOMPARE(logout.value(u"cause"_s).toInt(), 0);
    QVERIFY(c.waitAppState(2));
    QCOMPARE(c.call(u"getLogin"_s).value(u"peerId"_s).toString(), QString());
    QCOMPARE(c.call(u"logout"_s).value(u"error"_s).toString(), u"Invalid state"_s);
    // Logged out explicitly: reconnecting does not log the room back in.
    c.call(u"connectToServer"_s, { { u"server"_s, u"sim.trueconf.local"_s } });
    QVERIFY(c.waitAppState(1));
    QVERIFY(c.waitAppState(2));
    QCOMPARE(c.eventCount(u"login"_s), 0);

    // Logging out in a call ends the call first.
    c.call(u"login"_s, { { u"login"_s, u"room101"_s }, { u"password"_s, u"room101"_s } });
    QVERIFY(c.waitAppState(3));
    c.call(u"createConference"_s,
           { { u"title"_s, u"Stand-up"_s }, { u"confType"_s, u"symmetric"_s } });
    QVERIFY(c.waitAppState(5));
    c.clearFrames();
    QVERIFY(c.call(u"logout"_s).value(u"result"_s).toBool());
    QVERIFY(!c.waitEvent(u"conferenceDeleted"_s).isEmpty());
    QVERIFY(c.waitAppState(2));
}

void tst_SimServer::serverLoss()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(sim.simulateServerLoss());
    QCOMPARE(c.waitEvent(u"serverDisconnected"_s).value(u"service"_s), QJsonValue(false));
    QVERIFY(c.waitAppState(0));
    QVERIFY(!sim.simulateServerLoss()); // nothing left to lose
    QCOMPARE(c.call(u"getConnected"_s).value(u"state"_s).toInt(), 0);
}

void tst_SimServer::accountsOnly()
{
    RoomSimulator::Options o = loggedOut();
    o.acceptAnyLogin = false;
    o.accounts.append({ u"lobby"_s, u"s3cret"_s, u"Lobby screen"_s });
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    c.call(u"connectToServer"_s, { { u"server"_s, u"sim.trueconf.local"_s } });
    QVERIFY(c.waitAppState(2));
    c.call(u"login"_s, { { u"login"_s, u"alice"_s }, { u"password"_s, u"pw"_s } });
    QCOMPARE(c.waitEvent(u"login"_s).value(u"result"_s).toInt(), 2);
    c.call(u"login"_s, { { u"login"_s, u"lobby"_s }, { u"password"_s, u"s3cret"_s } });
    const QJsonObject ok = c.waitEvent(u"login"_s);
    QCOMPARE(ok.value(u"result"_s).toInt(), 0);
    QCOMPARE(ok.value(u"peerDn"_s).toString(), u"Lobby screen"_s);
}

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_simserver.moc"
