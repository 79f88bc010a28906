// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agent/agentconfig.h"
#include "agent/agentrelay.h"
#include "agent/roomagent.h"
#include "agenttest.h"
#include "core/history/historystore.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AgentTest;

//! The agent's relay in front of three strict simulators protected by an Administrator
//! password: raw WebSocket clients sign in with their operators' secrets, requests and replies
//! are matched by rewritten ids, events fan out, roles are enforced by the agent, and each room
//! sees only the agent's one connection.
class tst_AgentRelay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void configJsonNamesTheRelay();
    void requestIdsGoBackToTheirClient();
    void eventsFanOutToEveryClient();
    void userOperatorCannotSendAdminOnly();
    void signInRules();
    void strangersDoNotHoldPlaces();
    void tokenAndDowngrade();
    void clientVanishesMidRequest();
    void httpServerThroughTheRelay();
    void roomDownClosesClients();
    void operatorsFileReload();
    void hostileFrames();
    void roleCappedByTheAgents();
    void operatorsFilePermissions();
    void operatorsFileErrors_data();
    void operatorsFileErrors();
    void auditInTheHistory();
    void auditGoesOnWhenTheHistoryIsLocked();

private:
    quint16 relayPort(int room) const;
    QByteArray metrics() const;
    QStringList auditLines() const;
    //! The room requests `sim` received that were not the agent's own (startup, probes).
    static int count(const RoomSimulator &sim, const QString &method);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<RoomSimulator>> m_sims;
    std::unique_ptr<RoomAgent> m_agent;
    const QStringList m_names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
    const QString m_roomPassword = u"room-admin-pw"_s;
    const QString m_alice = kAlice; // admin
    const QString m_bob = kBob; // user
};

namespace {

QJsonObject request(const QString &method, const QJsonObject &params = {})
{
    QJsonObject r = params;
    r.insert(u"method"_s, method);
    return r;
}

} // namespace

void tst_AgentRelay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sims = startSims(3, m_roomPassword);
    m_agent = startRelayAgent(m_dir->path(), m_sims, m_names, m_roomPassword);
    QVERIFY(m_agent);
    // Every room up (signed in as Administrator with the secrets file's password).
    QVERIFY(waitAllRoomsReady(*m_agent));
    for (const auto &sim : m_sims)
        QCOMPARE(sim->authorizedCount(u"admin"_s), 1);
}

void tst_AgentRelay::cleanup()
{
    if (QTest::currentTestFailed() && m_agent)
        qWarning().noquote() << "audit:" << auditLines().join(u'\n');
    for (const auto &sim : m_sims) {
        if (sim->isRunning())
            QVERIFY2(sim->violations().isEmpty(), qPrintable(sim->violations().join(u'\n')));
    }
    m_agent.reset();
    m_sims.clear();
    m_dir.reset();
}

quint16 tst_AgentRelay::relayPort(int room) const
{
    return m_agent->fleet().rooms().at(size_t(room))->relay()->port();
}

QByteArray tst_AgentRelay::metrics() const
{
    return get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_agent->port())));
}

QStringList tst_AgentRelay::auditLines() const
{
    QFile file(m_dir->filePath(u"audit.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

int tst_AgentRelay::count(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

void tst_AgentRelay::configJsonNamesTheRelay()
{
    const QByteArray body = get(
        QUrl(u"http://127.0.0.1:%1/public/%2/config.json"_s.arg(m_agent->port()).arg(u"Room-B"_s)));
    const QJsonObject config = QJsonDocument::fromJson(body).object().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"websocket"_s).toObject().value(u"port"_s).toInt(), int(relayPort(1)));
    QVERIFY(relayPort(1) != 0);
    // An unknown instance, and a room's name that is not its instance name: 404.
    QVERIFY(get(QUrl(u"http://127.0.0.1:%1/public/nosuch/config.json"_s.arg(m_agent->port())))
                .isNull());
    // The snapshot tells scripts the instance to use.
    const QJsonObject snapshot
        = QJsonDocument::fromJson(
              get(QUrl(u"http://127.0.0.1:%1/api/v1/rooms"_s.arg(m_agent->port()))))
              .object();
    const QJsonObject b = snapshot.value(u"rooms"_s).toArray().at(1).toObject();
    QCOMPARE(b.value(u"relayInstance"_s).toString(), u"Room-B"_s);
    QCOMPARE(b.value(u"relayPort"_s).toInt(), int(relayPort(1)));
    // RoomController reaches the room through it exactly as it reaches a room.
    RoomController controller(SimRoom::fastOptions());
    controller.connectToRoom(
        RoomAddress::parse(u"127.0.0.1:%1"_s.arg(m_agent->port()), u"Room-B"_s),
        RoomController::Credentials::withSecret(m_alice, Room::Role::Admin));
    QVERIFY(QTest::qWaitFor([&controller] { return controller.isReady(); }, 10000));
    QCOMPARE(controller.role(), Room::Role::Admin);
    QCOMPARE(controller.trueConfId(), u"room2@sim.trueconf.local"_s);
    QCOMPARE(m_sims[1]->authorizedCount(u"admin"_s), 1);
    QCOMPARE(m_sims[1]->clientCount(), 1);
}

void tst_AgentRelay::requestIdsGoBackToTheirClient()
{
    RelayClient one, two;
    QVERIFY(one.open(relayPort(0)));
    QVERIFY(two.open(relayPort(0)));
    QCOMPARE(one.signIn(m_alice).value(u"result"_s).toBool(), true);
    QCOMPARE(two.signIn(m_bob).value(u"result"_s).toBool(), true);
    // The same requestId from both, different methods, sent before either reply is read.
    one.send(request(u"getAppState"_s, { { u"requestId"_s, u"1"_s } }));
    two.send(request(u"getSystemInfo"_s, { { u"requestId"_s, u"1"_s } }));
    // A numeric id comes back as a number, a missing one as "" (room-api.md §10 j).
    two.send(request(u"getMonitorsInfo"_s, { { u"requestId"_s, 42 } }));
    two.send(request(u"getSettings"_s));
    const auto replyTo = [](const RelayClient &c, const QString &method) {
        for (const QJsonObject &f : c.frames)
            if (f.value(u"method"_s) == method)
                return f;
        return QJsonObject();
    };
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !replyTo(two, u"getSettings"_s).isEmpty()
                && !replyTo(one, u"getAppState"_s).isEmpty();
        },
        5000));
    QCOMPARE(replyTo(one, u"getAppState"_s).value(u"requestId"_s).toString(), u"1"_s);
    QVERIFY(replyTo(one, u"getAppState"_s).contains(u"appState"_s));
    QVERIFY(replyTo(one, u"getSystemInfo"_s).isEmpty());
    QCOMPARE(replyTo(two, u"getSystemInfo"_s).value(u"requestId"_s).toString(), u"1"_s);
    QVERIFY(replyTo(two, u"getAppState"_s).isEmpty());
    QVERIFY(replyTo(two, u"getMonitorsInfo"_s).value(u"requestId"_s).isDouble());
    QCOMPARE(replyTo(two, u"getMonitorsInfo"_s).value(u"requestId"_s).toInt(), 42);
    QCOMPARE(replyTo(two, u"getSettings"_s).value(u"requestId"_s).toString(), QString());
    // The room answered the agent's ids: one connection, one admin.
    QCOMPARE(m_sims[0]->clientCount(), 1);
    QCOMPARE(m_sims[0]->authorizedCount(u"user"_s), 0);
    QCOMPARE(sample(metrics(), u"roomdeck_relay_clients"_s, u"Room A"_s), 2.0);
    QCOMPARE(sample(metrics(), u"roomdeck_relay_clients"_s, u"Room B"_s), 0.0);
}

void tst_AgentRelay::eventsFanOutToEveryClient()
{
    RelayClient admin, user, stranger;
    QVERIFY(admin.openSignedIn(relayPort(2), m_alice));
    QVERIFY(user.openSignedIn(relayPort(2), m_bob));
    QVERIFY(stranger.open(relayPort(2)));
    const QJsonObject reply = user.call(request(u"setMicMute"_s, { { u"mute"_s, true } }));
    QCOMPARE(reply.value(u"result"_s).toBool(), true);
    QCOMPARE(admin.waitEvent(u"audioCapturerMute"_s).value(u"mute"_s).toBool(), true);
    QCOMPARE(user.waitEvent(u"audioCapturerMute"_s).value(u"mute"_s).toBool(), true);
    // Not signed in: no events (room-api.md §10 m).
    const QJsonObject probe = stranger.call(request(u"getAppState"_s));
    QCOMPARE(probe.value(u"error"_s).toString(), u"Not authorized"_s);
    QVERIFY(std::none_of(stranger.frames.cbegin(), stranger.frames.cend(),
                         [](const QJsonObject &f) { return f.value(u"method"_s) == u"event"_s; }));
    QCOMPARE(m_sims[2]->authorizedCount(u"admin"_s), 1);
    QCOMPARE(m_sims[2]->authorizedCount(u"user"_s), 0);
}

void tst_AgentRelay::userOperatorCannotSendAdminOnly()
{
    RelayClient bob;
    QVERIFY(bob.open(relayPort(0)));
    // A User operator may not take Administrator, even though the agent's connection is one.
    const QJsonObject asAdmin = bob.signIn(m_bob, u"admin"_s);
    QCOMPARE(asAdmin.value(u"result"_s).toBool(), false);
    QCOMPARE(asAdmin.value(u"resultCode"_s).toInt(), 3);
    QCOMPARE(bob.signIn(m_bob).value(u"result"_s).toBool(), true);
    const int before = count(*m_sims[0], u"rebootSystem"_s);
    for (const QString &method : { u"rebootSystem"_s, u"setLogo"_s, u"getHardwareKey"_s }) {
        const QJsonObject reply = bob.call(request(method));
        QCOMPARE(reply.value(u"result"_s).toBool(), false);
        QCOMPARE(reply.value(u"error"_s).toString(), u"Access denied"_s);
        QCOMPARE(reply.value(u"method"_s).toString(), method);
    }
    // Nothing reached the room.
    QCOMPARE(count(*m_sims[0], u"rebootSystem"_s), before);
    QCOMPARE(count(*m_sims[0], u"setLogo"_s), 0);
    QCOMPARE(count(*m_sims[0], u"getHardwareKey"_s), 0);
    // getAuthInfo: a User client does not learn PINs the agent's Administrator connection sees.
    const QJsonObject info = bob.call(request(u"getAuthInfo"_s));
    QVERIFY(info.value(u"result"_s).toBool());
    QVERIFY(!info.value(u"adminAuth"_s).toObject().contains(u"pin"_s));
    QVERIFY(!info.value(u"userAuth"_s).toObject().contains(u"pin"_s));
    // Protection changes are never relayed, whoever asks.
    RelayClient alice;
    QVERIFY(alice.openSignedIn(relayPort(0), m_alice));
    const QJsonObject change = alice.call(request(
        u"setAuthParams"_s, { { u"userType"_s, u"user"_s }, { u"authType"_s, u"unsecured"_s } }));
    QCOMPARE(change.value(u"result"_s).toBool(), false);
    QCOMPARE(count(*m_sims[0], u"setAuthParams"_s), 0);
    // An Administrator operator's admin-only request goes through.
    const QJsonObject key = alice.call(request(u"getHardwareKey"_s));
    QCOMPARE(key.value(u"result"_s).toBool(), true);
    QCOMPARE(count(*m_sims[0], u"getHardwareKey"_s), 1);
    // The audit log has each, with operator and outcome.
    const QStringList audit = auditLines();
    const auto has = [&audit](const QString &op, const QString &method, const QString &outcome) {
        return std::any_of(audit.cbegin(), audit.cend(), [&](const QString &line) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            return o.value(u"operator"_s) == op && o.value(u"method"_s) == method
                && o.value(u"outcome"_s) == outcome && o.value(u"room"_s) == u"Room A"_s
                && !o.value(u"time"_s).toString().isEmpty();
        });
    };
    QVERIFY(has(u"bob"_s, u"rebootSystem"_s, u"refused"_s));
    QVERIFY(has(u"bob"_s, u"auth"_s, u"sign-in refused"_s));
    QVERIFY(has(u"alice"_s, u"getHardwareKey"_s, u"reply"_s));
    QVERIFY(has(u"alice"_s, u"setAuthParams"_s, u"refused"_s));
    // No secret is ever written.
    for (const QString &line : audit) {
        QVERIFY(!line.contains(m_alice));
        QVERIFY(!line.contains(m_bob));
    }
}

void tst_AgentRelay::signInRules()
{
    RelayClient c;
    QVERIFY(c.open(relayPort(1)));
    // Before sign-in only setUsedApiVersion and auth.
    QCOMPARE(c.call(request(u"setUsedApiVersion"_s, { { u"version"_s, u"1"_s } }))
                 .value(u"result"_s)
                 .toBool(),
             true);
    QCOMPARE(c.call(request(u"setUsedApiVersion"_s, { { u"version"_s, u"7"_s } }))
                 .value(u"error"_s)
                 .toString(),
             u"Unsupported API version"_s);
    QCOMPARE(c.call(request(u"getAppState"_s)).value(u"error"_s).toString(), u"Not authorized"_s);
    // The room's own password is no operator's secret; unsecured is never enough.
    QCOMPARE(c.signIn(m_roomPassword).value(u"result"_s).toBool(), false);
    QCOMPARE(
        c.call(request(u"auth"_s, { { u"type"_s, u"unsecured"_s } })).value(u"result"_s).toBool(),
        false);
    QCOMPARE(c.call(request(u"auth"_s, { { u"type"_s, 5 } })).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
    // Five failures close the connection.
    QCOMPARE(c.signIn(u"guess-one"_s).value(u"result"_s).toBool(), false);
    QCOMPARE(c.signIn(u"guess-two"_s).value(u"result"_s).toBool(), false);
    QVERIFY(c.waitClosed());
    QCOMPARE(m_sims[1]->receivedMethods().count(u"auth"_s), 1); // the agent's own, once
}

void tst_AgentRelay::strangersDoNotHoldPlaces()
{
    // A relay whose clients must sign in within 200 ms.
    AgentOperators operators;
    operators.setOperators({ { u"bob"_s, Room::Role::User, m_bob } });
    AgentRelay::Options options;
    options.operators = &operators;
    options.signInTimeoutMs = 200;
    AgentRelay relay(m_agent->fleet().rooms().at(0)->controller(), u"Room A"_s, options);
    QString error;
    QVERIFY2(relay.listen(0, &error), qPrintable(error));
    RelayClient idle, quick;
    QVERIFY(idle.open(relay.port()));
    QVERIFY(quick.openSignedIn(relay.port(), m_bob));
    QVERIFY(idle.waitClosed());
    QCOMPARE(idle.socket()->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(quick.isOpen());
    QVERIFY(quick.call(request(u"getAppState"_s)).value(u"result"_s).toBool());
}

void tst_AgentRelay::tokenAndDowngrade()
{
    RelayClient c;
    QVERIFY(c.open(relayPort(0)));
    const QJsonObject reply = c.signIn(m_alice, u"admin"_s);
    QVERIFY(reply.value(u"result"_s).toBool());
    const QString token = reply.value(u"token"_s).toString();
    QVERIFY(token.size() >= 32);
    QVERIFY(token != m_alice);
    // Downgrade: the same connection becomes a User one and loses admin-only methods.
    const QJsonObject down = c.call(request(u"auth"_s, { { u"role"_s, u"user"_s } }));
    QVERIFY(down.value(u"result"_s).toBool());
    QCOMPARE(c.call(request(u"getHardwareKey"_s)).value(u"error"_s).toString(), u"Access denied"_s);
    // The token signs in again on another connection, as the operator it was issued to.
    RelayClient again;
    QVERIFY(again.open(relayPort(0)));
    QVERIFY(again.signIn(token, u"admin"_s).value(u"result"_s).toBool());
    QVERIFY(again.call(request(u"getHardwareKey"_s)).value(u"result"_s).toBool());
}

void tst_AgentRelay::clientVanishesMidRequest()
{
    RelayClient leaver, stayer;
    QVERIFY(leaver.openSignedIn(relayPort(0), m_alice));
    QVERIFY(stayer.openSignedIn(relayPort(0), m_bob));
    m_sims[0]->setReplyDelay(u"getCallHistory"_s, 300);
    leaver.send(
        request(u"getCallHistory"_s, { { u"requestId"_s, u"slow"_s }, { u"count"_s, 10 } }));
    // The request has reached the room before the client goes.
    QVERIFY(QTest::qWaitFor([this] { return count(*m_sims[0], u"getCallHistory"_s) == 1; }, 5000));
    leaver.socket()->abort();
    // The other client goes on: requests, replies and events.
    QVERIFY(stayer.call(request(u"getAppState"_s)).value(u"result"_s).toBool());
    QVERIFY(QTest::qWaitFor(
        [this] {
            const QStringList lines = auditLines();
            return std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
                return l.contains(u"getCallHistory"_s) && l.contains(u"left before the reply"_s);
            });
        },
        5000));
    QVERIFY(
        stayer.call(request(u"setMicMute"_s, { { u"mute"_s, true } })).value(u"result"_s).toBool());
    QVERIFY(!stayer.waitEvent(u"audioCapturerMute"_s).isEmpty());
    QCOMPARE(m_agent->fleet().rooms().at(0)->relay()->connectionCount(), 1);
    QCOMPARE(m_sims[0]->authorizedCount(u"admin"_s), 1);
}

void tst_AgentRelay::httpServerThroughTheRelay()
{
    RelayClient c;
    QVERIFY(c.open(relayPort(1)));
    const QString token = c.signIn(m_bob).value(u"tokenForHttpServer"_s).toString();
    QVERIFY(!token.isEmpty());
    // The room's HTTP port is the agent's HTTP relay in everything the client sees.
    const quint16 httpPort = m_agent->relayHttpPort();
    QVERIFY(httpPort != 0);
    QCOMPARE(c.call(request(u"getAppState"_s)).value(u"embeddedHttpPort"_s).toInt(), int(httpPort));
    const QJsonObject config
        = QJsonDocument::fromJson(
              get(QUrl(u"http://127.0.0.1:%1/public/Room-B/config.json"_s.arg(m_agent->port()))))
              .object()
              .value(u"config"_s)
              .toObject();
    QCOMPARE(config.value(u"http"_s).toObject().value(u"port"_s).toInt(), int(httpPort));

    QNetworkAccessManager manager;
    const auto fetch = [&manager](QNetworkReply *reply, QByteArray *body) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        *body = reply->readAll();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QString base = u"http://127.0.0.1:%1"_s.arg(httpPort);
    QByteArray body;
    // A camera frame of Room B, through the agent, with the token the relay handed out.
    QCOMPARE(fetch(manager.get(QNetworkRequest(
                       QUrl(base + u"/frames/?peerId=%23self%3A0&token="_s
                            + QString::fromLatin1(QUrl::toPercentEncoding(token))))),
                   &body),
             200);
    QVERIFY(body.startsWith("\xff\xd8"));
    QCOMPARE(m_sims[1]->frameRequestCount(), quint64(1));
    // An upload: the room stores the file and names it in the FileId header.
    QNetworkRequest upload(
        QUrl(base + u"/files/?token="_s + QString::fromLatin1(QUrl::toPercentEncoding(token))));
    const QByteArray boundary = "roomdeckboundary";
    upload.setHeader(QNetworkRequest::ContentTypeHeader,
                     QByteArray("multipart/form-data; boundary=" + boundary));
    const QByteArray payload = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
          "Content-Type: text/plain\r\n\r\nhello room\r\n--"
        + boundary + "--\r\n";
    QNetworkReply *posted = manager.post(upload, payload);
    QSignalSpy postFinished(posted, &QNetworkReply::finished);
    QVERIFY(postFinished.wait(10000));
    QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const int fileId = posted->rawHeader("FileId").toInt();
    posted->deleteLater();
    QVERIFY(m_sims[1]->hasFile(fileId));
    // A token the relay never handed out names no room: 401, nothing reaches any room.
    QCOMPARE(fetch(manager.get(QNetworkRequest(QUrl(base + u"/frames/?peerId=x&token=forged"_s))),
                   &body),
             401);
    QCOMPARE(fetch(manager.get(QNetworkRequest(QUrl(base + u"/other"_s))), &body), 404);
    QCOMPARE(m_sims[1]->frameRequestCount(), quint64(1));
    // A second request behind the first on one connection is not passed on unchecked.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, httpPort);
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET /frames/?peerId=%23self%3A0&token=" + QUrl::toPercentEncoding(token)
              + " HTTP/1.1\r\nHost: x\r\n\r\nGET /frames/?peerId=%23self%3A0&token=forged "
                "HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += raw.readAll();
            return raw.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    answer += raw.readAll();
    QCOMPARE(answer.count("HTTP/1.1 "), 1);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QCOMPARE(m_sims[1]->frameRequestCount(), quint64(2));
}

void tst_AgentRelay::roomDownClosesClients()
{
    RelayClient c;
    QVERIFY(c.openSignedIn(relayPort(2), m_bob));
    m_sims[2]->stop();
    // Nothing stale looks live: the relay closes its clients when the room goes...
    QVERIFY(c.waitClosed(10000));
    QCOMPARE(c.socket()->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    // ... and turns new ones away until the room is back.
    RelayClient late;
    late.open(relayPort(2));
    QVERIFY(late.waitClosed());
    // The other rooms' relays are untouched.
    RelayClient other;
    QVERIFY(other.openSignedIn(relayPort(1), m_bob));
}

void tst_AgentRelay::operatorsFileReload()
{
    RelayClient bob, alice;
    QVERIFY(bob.openSignedIn(relayPort(0), m_bob));
    QVERIFY(alice.openSignedIn(relayPort(0), m_alice));
    QVERIFY(writeFile(m_dir->filePath(u"operators.json"_s), operatorsJson(false), 0600));
    QString error;
    QVERIFY2(m_agent->reload(&error), qPrintable(error));
    // bob is signed out as a room signs out a connection whose credentials changed.
    QCOMPARE(bob.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 4);
    QCOMPARE(bob.call(request(u"getAppState"_s)).value(u"error"_s).toString(), u"Not authorized"_s);
    QCOMPARE(bob.signIn(m_bob).value(u"result"_s).toBool(), false);
    // alice's entry is unchanged: she stays.
    QVERIFY(alice.call(request(u"getAppState"_s)).value(u"result"_s).toBool());
    QVERIFY(alice.waitEvent(u"authorizationNeeded"_s, 0).isEmpty());
}

void tst_AgentRelay::hostileFrames()
{
    RelayClient c;
    QVERIFY(c.openSignedIn(relayPort(0), m_bob));
    const qsizetype before = c.frames.size();
    c.sendText(u"{not json"_s);
    c.sendText(u"[1,2]"_s);
    c.socket()->sendBinaryMessage("\x01\x02");
    c.sendText(QString(2 * 1024 * 1024, u'x')); // over the frame limit: the relay closes
    QVERIFY(QTest::qWaitFor([&] { return c.frames.size() >= before + 3 || !c.isOpen(); }, 5000));
    for (qsizetype i = before; i < before + 3 && i < c.frames.size(); ++i)
        QCOMPARE(c.frames.at(i).value(u"error"_s).toString(), u"Invalid JSON"_s);
    QVERIFY(c.waitClosed());
    // The room saw none of it, and the relay still serves others.
    RelayClient next;
    QVERIFY(next.openSignedIn(relayPort(0), m_bob));
    QVERIFY(next.call(request(u"getAppState"_s)).value(u"result"_s).toBool());
}

void tst_AgentRelay::roleCappedByTheAgents()
{
    // An agent signed in to its rooms as User (no Administrator password in its secrets): an
    // admin operator gets User mode, and asking for Administrator is refused.
    m_agent.reset();
    m_sims = startSims(1);
    QTemporaryDir dir;
    auto agent = startRelayAgent(dir.path(), m_sims, { u"Room A"_s }, QString());
    QVERIFY(agent);
    QVERIFY(waitAllRoomsReady(*agent));
    QCOMPARE(agent->fleet().rooms().at(0)->controller()->role(), Room::Role::User);
    RelayClient c;
    QVERIFY(c.openSignedIn(agent->fleet().rooms().at(0)->relay()->port(), m_alice));
    QCOMPARE(c.signIn(m_alice, u"admin"_s).value(u"result"_s).toBool(), false);
    QCOMPARE(c.call(request(u"getHardwareKey"_s)).value(u"error"_s).toString(), u"Access denied"_s);
    QVERIFY(!m_sims[0]->receivedMethods().contains(u"getHardwareKey"_s));
}

void tst_AgentRelay::operatorsFilePermissions()
{
    const QString operators = m_dir->filePath(u"operators.json"_s);
    QVERIFY(writeFile(operators, operatorsJson(), 0644));
    RoomAgent::Options options;
    options.roomsFile = m_dir->filePath(u"rooms.json"_s);
    options.operatorsFile = operators;
    options.auditFile = m_dir->filePath(u"audit2.jsonl"_s);
    options.listenPort = 0;
    RoomAgent agent(options);
    QString error;
    QVERIFY(!agent.start(&error));
    QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));
    QVERIFY(error.contains(operators));
}

void tst_AgentRelay::operatorsFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an array") << QByteArray(R"({"operators":{}})") << u"operators"_s;
    QTest::newRow("missing role") << QByteArray(
        R"({"operators":[{"name":"a","secret":"long-enough"}]})")
                                  << u"operator 1"_s;
    QTest::newRow("bad role") << QByteArray(
        R"({"operators":[{"name":"a","role":"root","secret":"long-enough"}]})")
                              << u"\"admin\" or \"user\""_s;
    QTest::newRow("short secret") << QByteArray(
        R"({"operators":[{"name":"a","role":"user","secret":"short"}]})")
                                  << u"at least 8"_s;
    QTest::newRow("same secret") << QByteArray(
        R"({"operators":[{"name":"a","role":"user","secret":"long-enough"},)"
        R"({"name":"b","role":"admin","secret":"long-enough"}]})")
                                 << u"same secret"_s;
    QTest::newRow("same name") << QByteArray(
        R"({"operators":[{"name":"a","role":"user","secret":"long-enough"},)"
        R"({"name":"a","role":"admin","secret":"other-secret"}]})")
                               << u"this name"_s;
}

void tst_AgentRelay::operatorsFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!AgentConfig::parseOperators(json, u"ops.json"_s, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(u"ops.json"_s));
    QVERIFY(!error.contains(u"long-enough"_s)); // never a secret in a message
}

void tst_AgentRelay::auditInTheHistory()
{
    RelayClient alice;
    QVERIFY(alice.openSignedIn(relayPort(0), m_alice));
    QCOMPARE(alice.call(request(u"getHardwareKey"_s)).value(u"result"_s).toBool(), true);
    RelayClient bob;
    QVERIFY(bob.openSignedIn(relayPort(1), m_bob));
    QCOMPARE(bob.call(request(u"rebootSystem"_s)).value(u"result"_s).toBool(), false);
    QVERIFY(m_agent->history());
    m_agent->history()->flush();

    // Another program (roomdeckctl log) reads the file.
    HistoryStore::Options o;
    o.path = m_dir->filePath(u"history.sqlite"_s);
    o.readOnly = true;
    HistoryStore reader(o);
    QCOMPARE(reader.state(), HistoryStore::State::Ok);
    const RoomController *roomA = m_agent->fleet().rooms().at(0)->controller();
    History::Filter f;
    f.table = History::Table::Commands;
    f.room = roomA->address().keyText();
    f.instance = roomA->address().instance;
    const QList<History::Row> rows = reader.query(f, 0, 100);
    const auto key = std::find_if(rows.cbegin(), rows.cend(), [](const History::Row &r) {
        return r.method == u"getHardwareKey"_s;
    });
    QVERIFY(key != rows.cend());
    QCOMPARE(key->user, u"alice"_s);
    QCOMPARE(key->outcome, u"reply"_s);
    QVERIFY(key->latencyMs >= 0);
    QCOMPARE(key->trueConfId, roomA->trueConfId());
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const History::Row &r) {
        return r.method == u"auth"_s && r.user == u"alice"_s
            && r.outcome == u"signed in as admin"_s;
    }));
    // Room B's refusal is Room B's, with bob as who and the reason.
    f.room = m_agent->fleet().rooms().at(1)->controller()->address().keyText();
    f.kinds = QStringList { u"refused"_s };
    const QList<History::Row> refused = reader.query(f, 0, 100);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().user, u"bob"_s);
    QCOMPARE(refused.first().method, u"rebootSystem"_s);
    QVERIFY(!refused.first().errorText.isEmpty());
    // No secret in the file.
    m_agent.reset(); // closes it
    QFile file(o.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(m_alice.toUtf8()));
    QVERIFY(!bytes.contains(m_bob.toUtf8()));
    QVERIFY(!bytes.contains(m_roomPassword.toUtf8()));
}

void tst_AgentRelay::auditGoesOnWhenTheHistoryIsLocked()
{
    RelayClient alice;
    QVERIFY(alice.openSignedIn(relayPort(0), m_alice));
    HistoryStore *history = m_agent->history();
    QVERIFY(history);
    history->flush();
    const QString path = m_dir->filePath(u"history.sqlite"_s);
    {
        // Another program's write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(path);
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history is paused"_s));
        // The relay answers and the JSON-lines audit is written.
        QCOMPARE(alice.call(request(u"getHardwareKey"_s)).value(u"result"_s).toBool(), true);
        QTRY_VERIFY(auditLines().join(u'\n').contains(u"getHardwareKey"_s));
        history->flush(); // the writer gives up after its busy timeout
        QCOMPARE(history->state(), HistoryStore::State::Paused);
        QTRY_VERIFY(m_agent->audit().recorded() > 0); // a round trip for the queued signal
        QCOMPARE(alice.call(request(u"getAppState"_s)).value(u"result"_s).toBool(), true);
        QVERIFY(q.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    history->flush();
    QCOMPARE(history->state(), HistoryStore::State::Ok);
    // What was relayed during the lock is in the file now.
    HistoryStore::Options o;
    o.path = path;
    o.readOnly = true;
    HistoryStore reader(o);
    History::Filter f;
    f.table = History::Table::Commands;
    f.text = u"getHardwareKey"_s;
    QCOMPARE(reader.count(f), qint64(1));
}

QTEST_MAIN(tst_AgentRelay)
#include "tst_agentrelay.moc"
