// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/controller/roomcontroller.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/protocol/methodcatalogue.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "rawtcpserver.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = RoomController::ConnectionState;
using Creds = RoomController::Credentials;

namespace {

//! Collects outcomes per handle, to prove "exactly one outcome per request".
class OutcomeRecorder final : public QObject
{
public:
    explicit OutcomeRecorder(RoomController *c)
    {
        connect(c, &RoomController::requestFinished, this,
                [this](const RequestOutcome &o) { outcomes.append(o); });
    }
    int count(quint64 id) const
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [id](const RequestOutcome &o) { return o.id == id; }));
    }
    RequestOutcome of(quint64 id) const
    {
        for (const RequestOutcome &o : outcomes)
            if (o.id == id)
                return o;
        return {};
    }
    QList<RequestOutcome> outcomes;
};

bool waitReady(RoomController &c, int ms = 5000)
{
    if (c.isReady())
        return true;
    QSignalSpy spy(&c, &RoomController::startupCompleted);
    return spy.wait(ms) || c.isReady();
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.first().value<State>());
    return list;
}

} // namespace

class tst_RoomController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void largeMessagesKeepTheirOrder();
    void aLargeArrayArrivesUnparsedWhenAsked();
    void handshakeAndStartupBurst();
    void startupBurstAsksOnlyWhatIsConfigured_data();
    void startupBurstAsksOnlyWhatIsConfigured();
    void refreshAppStateAppliesTheReply();
    void authVariants_data();
    void authVariants();
    void wrongPinIsReadable();
    void automaticRoleFallsBackToUser();
    void tokenReauthAfterRestartOnNewPort();
    void clearedTokenFallsBackToSecret();
    void requestTimeout();
    void inFlightRequestsEndDisconnected();
    void everyRequestEndsExactlyOnce();
    void adminOnlyRefusedLocallyAtUserLevel();
    void authSequenceVerbsRefusedLocally();
    void requestsWhileDisconnected();
    void requestsQueuedDuringHandshake();
    void displacedByAnotherController();
    void downgradeToUser();
    void refusedElevationKeepsUserSession();
    void capabilitiesFollowRoleAndAppState();
    void appStateAndTrueConfIdTracking();
    void connectionFailureReasons();
    void malformedFrameFromRoomIsReported();
    void unpairedErrorReplyAnswersThePendingRequest();
    void malformedReplyIsReportedAsSuch();
    void roomThatDropsAfterSignInBacksOff();
    void pinEchoedInAnyCaseIsMaskedInTheFramesLog();
    void roomErrorTextIsBoundedAndMaskedInTheLog();
    void unknownSignOutCauseIsReadable();
    void eventLogModel();
};

void tst_RoomController::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    qRegisterMetaType<RoomMessage>();
}

void tst_RoomController::handshakeAndStartupBurst()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QSignalSpy stateSpy(&c, &RoomController::connectionStateChanged);
    QSignalSpy authSpy(&c, &RoomController::authenticated);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));

    QCOMPARE(states(stateSpy),
             (QList<State> { State::Locating, State::Connecting, State::Authenticating,
                             State::Loading, State::Connected }));
    QCOMPARE(authSpy.size(), 1);
    QCOMPARE(sim->receivedMethods(),
             (QStringList { u"setUsedApiVersion"_s, u"auth"_s, u"getAppState"_s, u"getSettings"_s,
                            u"getSystemInfo"_s, u"getMonitorsInfo"_s }));
    QCOMPARE(c.role(), Room::Role::Admin);
    QCOMPARE(c.appState(), Room::AppState::Normal);
    QCOMPARE(c.trueConfId(), u"room101@sim.trueconf.local"_s);
    QCOMPARE(c.displayName(), u"Room 101"_s);
    QCOMPARE(c.httpPort(), sim->httpPort());
    QVERIFY(!c.httpToken().isEmpty());
    QVERIFY(!c.settings().isEmpty());
    QVERIFY(c.settings().contains(u"audioPlayLevel"_s));
    QVERIFY(c.monitorsInfo().value(u"monitors"_s).isArray());
    QVERIFY(c.systemInfo().contains(u"productInfo"_s));
    QVERIFY(c.lastError().isEmpty());
    QCOMPARE(c.pendingRequestCount(), 0);
    QCOMPARE(sim->violations(), QStringList());
    // RoomDeck's own conventions too: every request has a requestId, every auth a role.
    QCOMPARE(sim->conventionNotes(), QStringList());
}

void tst_RoomController::startupBurstAsksOnlyWhatIsConfigured_data()
{
    QTest::addColumn<QStringList>("burst");
    QTest::newRow("none") << QStringList();
    QTest::newRow("app state") << QStringList { u"getAppState"_s };
    QTest::newRow("two") << QStringList { u"getAppState"_s, u"getSystemInfo"_s };
}

void tst_RoomController::startupBurstAsksOnlyWhatIsConfigured()
{
    // A script asks for what it prints and nothing else; with nothing to ask it is connected
    // as soon as it is signed in, with the same states and signals in the same order.
    QFETCH(QStringList, burst);
    auto sim = SimRoom::start();
    RoomController::Options options = SimRoom::fastOptions();
    options.startupRequests = burst;
    RoomController c(options);
    QSignalSpy stateSpy(&c, &RoomController::connectionStateChanged);
    QSignalSpy completed(&c, &RoomController::startupCompleted);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QCOMPARE(states(stateSpy),
             (QList<State> { State::Locating, State::Connecting, State::Authenticating,
                             State::Loading, State::Connected }));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(sim->receivedMethods(), QStringList({ u"setUsedApiVersion"_s, u"auth"_s }) + burst);
    QCOMPARE(c.appState(),
             burst.contains(u"getAppState"_s) ? Room::AppState::Normal : Room::AppState::Unknown);
    QCOMPARE(c.pendingRequestCount(), 0);
    // Commands go out at once.
    bool answered = false;
    QObject context;
    c.sendRequest(u"getMicMute"_s, {}, &context,
                  [&](const RequestOutcome &o) { answered = o.ok(); });
    QTRY_VERIFY(answered);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::refreshAppStateAppliesTheReply()
{
    // The typed getAppState (the agent's health probe): the reply updates the state as the
    // startup burst would, and the caller gets the one outcome while its context lives.
    auto sim = SimRoom::start();
    RoomController::Options options = SimRoom::fastOptions();
    options.startupRequests = {};
    RoomController c(options);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QCOMPARE(c.appState(), Room::AppState::Unknown);
    QSignalSpy appStates(&c, &RoomController::appStateChanged);
    int outcomes = 0;
    QObject context;
    c.refreshAppState(&context, [&](const RequestOutcome &o) {
        ++outcomes;
        QVERIFY(o.ok());
        QCOMPARE(o.method, u"getAppState"_s);
    });
    QTRY_COMPARE(outcomes, 1);
    QCOMPARE(c.appState(), Room::AppState::Normal);
    QCOMPARE(appStates.size(), 1);

    // A caller gone before the reply hears nothing; the state is still applied.
    sim->setReplyDelay(u"getAppState"_s, 50);
    auto gone = std::make_unique<QObject>();
    c.refreshAppState(gone.get(), [&](const RequestOutcome &) { ++outcomes; });
    gone.reset();
    QTRY_COMPARE(c.pendingRequestCount(), 0);
    QCOMPARE(outcomes, 1);
    QCOMPARE(sim->receivedMethods().count(u"getAppState"_s), 2);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::authVariants_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("adminPassword");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("expectedRole");

    const int admin = int(Room::Role::Admin);
    const int user = int(Room::Role::User);
    QTest::newRow("unsecured admin")
        << QString() << QString() << QString() << admin << true << admin;
    QTest::newRow("unsecured user") << QString() << QString() << QString() << user << true << user;
    QTest::newRow("launch pin, admin")
        << u"4711"_s << QString() << u"4711"_s << admin << true << admin;
    QTest::newRow("launch pin, user")
        << u"4711"_s << QString() << u"4711"_s << user << true << user;
    QTest::newRow("pin is case-insensitive? exact match")
        << u"ab12"_s << QString() << u"ab12"_s << user << true << user;
    QTest::newRow("admin password")
        << u"4711"_s << u"s3cret!"_s << u"s3cret!"_s << admin << true << admin;
    QTest::newRow("pin gives user only with a password set")
        << u"4711"_s << u"s3cret!"_s << u"4711"_s << admin << false << 0;
    QTest::newRow("user pin with admin password set")
        << u"4711"_s << u"s3cret!"_s << u"4711"_s << user << true << user;
    QTest::newRow("unsecured refused when protected")
        << u"4711"_s << QString() << QString() << admin << false << 0;
    QTest::newRow("wrong password")
        << QString() << u"s3cret!"_s << u"guess"_s << admin << false << 0;
}

void tst_RoomController::authVariants()
{
    QFETCH(QString, pin);
    QFETCH(QString, adminPassword);
    QFETCH(QString, secret);
    QFETCH(int, role);
    QFETCH(bool, ok);
    QFETCH(int, expectedRole);

    RoomSimulator::Options o;
    o.pin = pin;
    o.adminPassword = adminPassword;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    QSignalSpy failed(&c, &RoomController::authenticationFailed);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(secret, Room::Role(role)));
    if (ok) {
        QVERIFY2(waitReady(c), qPrintable(c.lastError()));
        QCOMPARE(int(c.role()), expectedRole);
        QCOMPARE(sim->authorizedCount(Room::roleWireName(Room::Role(expectedRole))), 1);
    } else {
        QVERIFY(failed.wait());
        QCOMPARE(c.connectionState(), State::Unauthorized);
        QCOMPARE(c.role(), Room::Role::None);
        QVERIFY(!c.lastError().isEmpty());
        if (!secret.isEmpty())
            QVERIFY2(!c.lastError().contains(secret), "the secret never appears in messages");
        QCOMPARE(c.capabilities(), Permissions::Capabilities());
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::wrongPinIsReadable()
{
    RoomSimulator::Options o;
    o.pin = u"1234"_s;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    QSignalSpy failed(&c, &RoomController::authenticationFailed);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"9999"_s, Room::Role::User));
    QVERIFY(failed.wait());
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(u"Wrong PIN or password for User"_s), qPrintable(reason));
    QVERIFY(!reason.contains(u"9999"_s));

    // A command now is refused locally, visibly, and never reaches the room.
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getAbook"_s);
    QTRY_COMPARE(rec.count(id), 1);
    QCOMPARE(rec.of(id).status, RequestOutcome::Status::RefusedLocally);
    QVERIFY(!sim->receivedMethods().contains(u"getAbook"_s));

    // Signing in again on the same socket with the right PIN works.
    c.authenticate(Creds::withSecret(u"1234"_s, Room::Role::User));
    QVERIFY(waitReady(c));
    QCOMPARE(c.role(), Room::Role::User);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::automaticRoleFallsBackToUser()
{
    RoomSimulator::Options o;
    o.pin = u"1111"_s;
    o.adminPassword = u"admin-pass"_s;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"1111"_s, Room::Role::None));
    QVERIFY2(waitReady(c), qPrintable(c.lastError()));
    QCOMPARE(c.role(), Room::Role::User);
}

void tst_RoomController::tokenReauthAfterRestartOnNewPort()
{
    RoomSimulator::Options o;
    o.pin = u"2468"_s;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"2468"_s, Room::Role::Admin));
    QVERIFY(waitReady(c));

    QList<QJsonObject> auths;
    connect(sim.get(), &RoomSimulator::requestReceived, this,
            [&auths](const QString &method, const QJsonObject &request) {
                if (method == u"auth"_s)
                    auths.append(request);
            });
    QSignalSpy lost(&c, &RoomController::connectionLost);
    QSignalSpy stateSpy(&c, &RoomController::connectionStateChanged);
    const quint16 oldPort = sim->wsPort();
    QVERIFY(sim->restartWebSocket(0));
    QVERIFY(sim->wsPort() != oldPort);
    QVERIFY(lost.wait());
    QTRY_VERIFY_WITH_TIMEOUT(c.isReady(), 5000);

    QVERIFY(states(stateSpy).contains(State::Reconnecting));
    QCOMPARE(c.webSocketUrl().port(), int(sim->wsPort()));
    QCOMPARE(auths.size(), 1);
    const QString credentials = auths.first().value(u"credentials"_s).toString();
    QVERIFY2(credentials != u"2468"_s && credentials.count(u'*') == 3,
             "the reconnect signs in with the issued token, not the PIN");
    QCOMPARE(auths.first().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(c.role(), Room::Role::Admin);
    QCOMPARE(c.appState(), Room::AppState::Normal);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::clearedTokenFallsBackToSecret()
{
    RoomSimulator::Options o;
    o.adminPassword = u"pw"_s;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"pw"_s, Room::Role::Admin));
    QVERIFY(waitReady(c));
    QSignalSpy done(&c, &RoomController::requestFinished);
    c.sendRequest(u"clearTokens"_s);
    QVERIFY(done.wait());
    QVERIFY(done.first().first().value<RequestOutcome>().ok());

    QStringList authCredentials;
    connect(sim.get(), &RoomSimulator::requestReceived, this,
            [&authCredentials](const QString &method, const QJsonObject &request) {
                if (method == u"auth"_s)
                    authCredentials.append(request.value(u"credentials"_s).toString());
            });
    sim->closeAllClients();
    QTRY_COMPARE_WITH_TIMEOUT(authCredentials.size(), 2, 5000);
    QVERIFY(waitReady(c));
    QCOMPARE(authCredentials.at(1), u"pw"_s);
    QCOMPARE(c.role(), Room::Role::Admin);
}

void tst_RoomController::requestTimeout()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    sim->setReplyDelay(u"getHardware"_s, -1);
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getHardware"_s, {}, 150);
    QTRY_COMPARE(rec.count(id), 1);
    const RequestOutcome o = rec.of(id);
    QCOMPARE(o.status, RequestOutcome::Status::Timeout);
    QVERIFY(o.errorText.contains(u"no reply"_s));
    QCOMPARE(o.method, u"getHardware"_s);
    QVERIFY(!o.requestId.isEmpty());
    // A reply that arrives after the timeout does not produce a second outcome.
    sim->setReplyDelay(u"getHardware"_s, 0);
    const quint64 later = c.sendRequest(u"getHardware"_s);
    QTRY_COMPARE(rec.count(later), 1);
    QCOMPARE(rec.count(id), 1);
    QVERIFY(c.isReady());
}

void tst_RoomController::inFlightRequestsEndDisconnected()
{
    auto sim = SimRoom::start();
    RoomController::Options opts = SimRoom::fastOptions();
    opts.transport.autoReconnect = false;
    RoomController c(opts);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    sim->setReplyDelay(u"getHardware"_s, -1);
    sim->setReplyDelay(u"getAbook"_s, -1);
    OutcomeRecorder rec(&c);
    const quint64 a = c.sendRequest(u"getHardware"_s);
    const quint64 b = c.sendRequest(u"getAbook"_s);
    QTRY_VERIFY(sim->receivedMethods().contains(u"getAbook"_s));
    sim->closeAllClients();
    QTRY_COMPARE(rec.count(a), 1);
    QTRY_COMPARE(rec.count(b), 1);
    QCOMPARE(rec.of(a).status, RequestOutcome::Status::Disconnected);
    QCOMPARE(rec.of(b).status, RequestOutcome::Status::Disconnected);
    QVERIFY(rec.of(a).errorText.contains(u"lost"_s));
    QCOMPARE(c.connectionState(), State::Disconnected);
    QCOMPARE(c.pendingRequestCount(), 0);
}

void tst_RoomController::everyRequestEndsExactlyOnce()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::User));
    QVERIFY(waitReady(c));
    sim->setReplyDelay(u"getHardware"_s, -1);
    OutcomeRecorder rec(&c);
    QList<quint64> ids;
    ids << c.sendRequest(u"getAbook"_s); // reply
    ids << c.sendRequest(u"noSuchMethod"_s); // error reply: Unknown method
    ids << c.sendRequest(u"setLogo"_s, { { u"fileId"_s, 1 }, { u"mode"_s, 0 } }); // refused locally
    ids << c.sendRequest(u"getHardware"_s, {}, 100); // timeout
    ids << c.sendRequest(u"setSettings"_s, { { u"settings"_s, 5 } }); // error: Invalid parameters
    ids << c.sendRequest(u"call"_s, {}); // error: Invalid parameters
    for (quint64 id : std::as_const(ids))
        QTRY_COMPARE(rec.count(id), 1);
    QCOMPARE(rec.of(ids[0]).status, RequestOutcome::Status::Reply);
    QCOMPARE(rec.of(ids[1]).status, RequestOutcome::Status::ErrorReply);
    QCOMPARE(rec.of(ids[1]).errorText, u"Unknown method"_s);
    QCOMPARE(rec.of(ids[2]).status, RequestOutcome::Status::RefusedLocally);
    QCOMPARE(rec.of(ids[3]).status, RequestOutcome::Status::Timeout);
    QCOMPARE(rec.of(ids[4]).status, RequestOutcome::Status::ErrorReply);
    QCOMPARE(rec.of(ids[4]).errorText, u"Invalid parameters"_s);
    QCOMPARE(rec.of(ids[5]).status, RequestOutcome::Status::ErrorReply);
    QCOMPARE(rec.outcomes.size(), ids.size());
    QCOMPARE(c.pendingRequestCount(), 0);
}

void tst_RoomController::adminOnlyRefusedLocallyAtUserLevel()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::User));
    QVERIFY(waitReady(c));
    OutcomeRecorder rec(&c);
    const QStringList adminOnly = MethodCatalogue::instance().adminOnlyMethods();
    QCOMPARE(adminOnly.size(), 14);
    QList<quint64> ids;
    for (const QString &m : adminOnly)
        ids << c.sendRequest(m);
    for (quint64 id : std::as_const(ids)) {
        QTRY_COMPARE(rec.count(id), 1);
        const RequestOutcome o = rec.of(id);
        QCOMPARE(o.status, RequestOutcome::Status::RefusedLocally);
        QVERIFY2(o.errorText.contains(u"Administrator"_s), qPrintable(o.errorText));
        QVERIFY(o.requestId.isEmpty());
    }
    for (const QString &m : adminOnly)
        QVERIFY2(!sim->receivedMethods().contains(m), qPrintable(m));
    QCOMPARE(sim->violations(), QStringList());
    // Methods open to both roles still go through.
    const quint64 ok = c.sendRequest(u"getAbook"_s);
    QTRY_COMPARE(rec.count(ok), 1);
    QVERIFY(rec.of(ok).ok());
}

void tst_RoomController::authSequenceVerbsRefusedLocally()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"auth"_s, { { u"type"_s, u"unsecured"_s } });
    QTRY_COMPARE(rec.count(id), 1);
    QCOMPARE(rec.of(id).status, RequestOutcome::Status::RefusedLocally);
}

void tst_RoomController::requestsWhileDisconnected()
{
    RoomController c(SimRoom::fastOptions());
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getAbook"_s);
    QVERIFY(id != 0);
    QCOMPARE(rec.count(id), 0); // the outcome follows asynchronously, after the handle
    QTRY_COMPARE(rec.count(id), 1);
    QCOMPARE(rec.of(id).status, RequestOutcome::Status::Disconnected);
    QVERIFY(rec.of(id).errorText.contains(u"Not connected"_s));
}

void tst_RoomController::requestsQueuedDuringHandshake()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    OutcomeRecorder rec(&c);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::User));
    const quint64 queued = c.sendRequest(u"getAbook"_s);
    const quint64 adminVerb = c.sendRequest(u"rebootSystem"_s);
    QTRY_COMPARE(rec.count(queued), 1);
    QTRY_COMPARE(rec.count(adminVerb), 1);
    QVERIFY(rec.of(queued).ok());
    QCOMPARE(rec.of(adminVerb).status, RequestOutcome::Status::RefusedLocally);
    const QStringList received = sim->receivedMethods();
    QVERIFY(received.indexOf(u"getAbook"_s) > received.indexOf(u"auth"_s));
    QVERIFY(!received.contains(u"rebootSystem"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::displacedByAnotherController()
{
    auto sim = SimRoom::start();
    RoomController first(SimRoom::fastOptions());
    first.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::Admin));
    QVERIFY(waitReady(first));
    QSignalSpy needed(&first, &RoomController::authorizationNeeded);
    RoomController second(SimRoom::fastOptions());
    second.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::Admin));
    QVERIFY(waitReady(second));
    QVERIFY(needed.wait());
    QCOMPARE(needed.first().at(0).toInt(), 1);
    QVERIFY(needed.first().at(1).toString().contains(u"took over"_s));
    QCOMPARE(first.connectionState(), State::Unauthorized);
    QCOMPARE(first.role(), Room::Role::None);
    QVERIFY(first.lastError().contains(u"took over"_s));
    QVERIFY(first.httpToken().isEmpty());
    QCOMPARE(second.role(), Room::Role::Admin);
    QCOMPARE(sim->authorizedCount(u"admin"_s), 1);
}

void tst_RoomController::downgradeToUser()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::Admin));
    QVERIFY(waitReady(c));
    QVERIFY(c.capabilities().testFlag(Permissions::Capability::Power));
    QSignalSpy roleSpy(&c, &RoomController::roleChanged);
    const QString oldHttpToken = c.httpToken();
    c.downgradeToUser();
    QVERIFY(roleSpy.wait());
    QCOMPARE(c.role(), Room::Role::User);
    QVERIFY(!c.capabilities().testFlag(Permissions::Capability::Power));
    QVERIFY(!c.capabilities().testFlag(Permissions::Capability::Branding));
    QVERIFY(c.isReady());
    QVERIFY(c.httpToken() != oldHttpToken);
    QCOMPARE(sim->authorizedCount(u"user"_s), 1);
    QCOMPARE(sim->authorizedCount(u"admin"_s), 0);
}

void tst_RoomController::refusedElevationKeepsUserSession()
{
    RoomSimulator::Options o;
    o.pin = u"1357"_s;
    o.adminPassword = u"admin-pw"_s;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"1357"_s, Room::Role::User));
    QVERIFY(waitReady(c));
    QSignalSpy failed(&c, &RoomController::authenticationFailed);
    c.authenticate(Creds::withSecret(u"wrong"_s, Room::Role::Admin));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains(u"still signed in as User"_s));
    QCOMPARE(c.role(), Room::Role::User);
    QCOMPARE(c.connectionState(), State::Connected);
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getAppState"_s);
    QTRY_COMPARE(rec.count(id), 1);
    QVERIFY(rec.of(id).ok());

    c.authenticate(Creds::withSecret(u"admin-pw"_s, Room::Role::Admin));
    QVERIFY(waitReady(c));
    QTRY_COMPARE(c.role(), Room::Role::Admin);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::capabilitiesFollowRoleAndAppState()
{
    using C = Permissions::Capability;
    using S = Room::AppState;
    const auto admin = [](S s) {
        return Permissions::capabilitiesFor(Room::Role::Admin, true, s);
    };
    const auto user = [](S s) {
        return Permissions::capabilitiesFor(Room::Role::User, true, s);
    };
    QVERIFY(admin(S::Normal).testFlag(C::Call));
    QVERIFY(!admin(S::Conference).testFlag(C::Call));
    QVERIFY(admin(S::Wait).testFlag(C::Answer));
    QVERIFY(admin(S::Conference).testFlag(C::HangUp));
    QVERIFY(admin(S::Login).testFlag(C::AccountLogin));
    QVERIFY(!admin(S::Normal).testFlag(C::AccountLogin));
    // The camera (CameraControl): PTZ and presets at both levels whenever signed in; far-end
    // camera control only in a conference.
    for (const S s : { S::None, S::Normal, S::Wait, S::Conference }) {
        QVERIFY(user(s).testFlag(C::Devices));
        QVERIFY(admin(s).testFlag(C::Devices));
        QCOMPARE(user(s).testFlag(C::ConferenceControl), s == S::Conference);
    }
    QVERIFY(!Permissions::capabilitiesFor(Room::Role::User, false, S::Normal).testFlag(C::Devices));
    for (const QString &m :
         { u"ptzLeft"_s, u"ptzStop"_s, u"setPanPos"_s, u"applyVideoCapturerPreset"_s,
           u"addPresetFromCurrentVideoCapturer"_s, u"requestParticipantCameraControl"_s,
           u"acceptRequestCameraControl"_s, u"remotelyControlledCameraPtzUp"_s })
        QVERIFY2(Permissions::mayCall(Room::Role::User, m), qPrintable(m));
    for (int s = -1; s <= 6; ++s) {
        QCOMPARE(quint32(user(S(s))) & Permissions::kAdminOnlyMask, 0u);
        QVERIFY(Permissions::capabilitiesFor(Room::Role::Admin, false, S(s))
                == Permissions::Capabilities());
    }
    for (const QString &m : MethodCatalogue::instance().adminOnlyMethods()) {
        QVERIFY(!Permissions::mayCall(Room::Role::User, m));
        QVERIFY(Permissions::mayCall(Room::Role::Admin, m));
        QVERIFY2(Permissions::capabilityForMethod(m) != C::None, qPrintable(m));
    }
    // The device verbs (issue 14): both roles, under the Devices capability (room-api.md §4.1).
    QVERIFY(user(S::Normal).testFlag(C::Devices));
    QVERIFY(user(S::Conference).testFlag(C::Devices));
    QVERIFY(!Permissions::capabilitiesFor(Room::Role::User, false, S::Normal).testFlag(C::Devices));
    for (const QString &m : DeviceState::methods() + QStringList { u"setSettings"_s }) {
        QVERIFY2(Permissions::mayCall(Room::Role::User, m), qPrintable(m));
        QVERIFY2(Permissions::mayCall(Room::Role::Admin, m), qPrintable(m));
        QVERIFY2(!Permissions::mayCall(Room::Role::None, m), qPrintable(m));
        QCOMPARE(Permissions::capabilityForMethod(m), C::None);
    }

    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QSignalSpy caps(&c, &RoomController::capabilitiesChanged);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QVERIFY(c.capabilities().testFlag(C::Call));
    sim->setAppState(4);
    QTRY_COMPARE(c.appState(), S::Wait);
    QVERIFY(c.capabilities().testFlag(C::Answer));
    QVERIFY(!c.capabilities().testFlag(C::Call));
    QVERIFY(caps.size() >= 2);
}

void tst_RoomController::appStateAndTrueConfIdTracking()
{
    RoomSimulator::Options o;
    o.startLoggedIn = false;
    auto sim = SimRoom::start(o);
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QCOMPARE(c.appState(), Room::AppState::None);
    QVERIFY(c.trueConfId().isEmpty());

    QSignalSpy idSpy(&c, &RoomController::trueConfIdChanged);
    sim->sendEvent(
        u"login"_s,
        { { u"result"_s, 0 }, { u"peerId"_s, u"lobby@srv"_s }, { u"peerDn"_s, u"Lobby"_s } });
    QVERIFY(idSpy.wait());
    QCOMPARE(c.trueConfId(), u"lobby@srv"_s);
    sim->setAppState(3);
    QTRY_COMPARE(c.appState(), Room::AppState::Normal);
    sim->setAppState(0);
    QTRY_COMPARE(c.appState(), Room::AppState::None);
    QVERIFY(c.trueConfId().isEmpty());
}

void tst_RoomController::connectionFailureReasons()
{
    RoomController c(SimRoom::fastOptions());
    QSignalSpy failed(&c, &RoomController::connectionFailed);
    c.connectToRoom(
        RoomAddress::parse(u"127.0.0.1:"_s + QString::number(RawTcpServer::unusedPort())),
        Creds::unsecured());
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<RoomLocator::Error>(),
             RoomLocator::Error::ConnectionRefused);
    QCOMPARE(c.connectionState(), State::Disconnected);
    QVERIFY(c.lastError().contains(u"refused"_s));

    RawTcpServer notARoom(RawTcpServer::Mode::Answer, RawTcpServer::httpResponse(404, "nope"));
    c.connectToRoom(RoomAddress::parse(u"127.0.0.1:"_s + QString::number(notARoom.port())),
                    Creds::unsecured());
    QVERIFY(failed.wait());
    QCOMPARE(failed.last().at(0).value<RoomLocator::Error>(), RoomLocator::Error::NotARoom);
    QVERIFY(c.lastError().contains(u"404"_s));
}

void tst_RoomController::malformedFrameFromRoomIsReported()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QSignalSpy protocolErrors(&c, &RoomController::protocolError);
    // An event without a name is malformed; the connection survives it.
    sim->sendRawFrame(R"({"method":"event","appState":3})");
    QVERIFY(protocolErrors.wait());
    QVERIFY(protocolErrors.first().first().toString().contains(u"unreadable"_s));
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getAppState"_s);
    QTRY_COMPARE(rec.count(id), 1);
    QVERIFY(rec.of(id).ok());
}

void tst_RoomController::unpairedErrorReplyAnswersThePendingRequest()
{
    // A room that cannot read a request answers with an empty requestId and method
    // (room-api.md §10 f). With one request in flight that answer is unambiguous.
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    sim->setReplyDelay(u"getHardware"_s, -1);
    QObject context;
    connect(sim.get(), &RoomSimulator::requestReceived, &context,
            [&sim](const QString &method, const QJsonObject &) {
                if (method == u"getHardware"_s)
                    sim->sendRawFrame(
                        R"({"method":"","requestId":"","result":false,"error":"Invalid JSON"})");
            });
    OutcomeRecorder rec(&c);
    const quint64 id = c.sendRequest(u"getHardware"_s, {}, 2500);
    QTRY_COMPARE(rec.count(id), 1);
    QCOMPARE(rec.of(id).status, RequestOutcome::Status::ErrorReply);
    QCOMPARE(rec.of(id).errorText, u"Invalid JSON"_s);
    QVERIFY(c.isReady());
}

void tst_RoomController::malformedReplyIsReportedAsSuch()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    sim->setReplyDelay(u"getHardware"_s, -1);
    QByteArray next; // the frame the room answers getHardware with; %1 = its requestId
    QObject context;
    connect(sim.get(), &RoomSimulator::requestReceived, &context,
            [&sim, &next](const QString &method, const QJsonObject &request) {
                if (method != u"getHardware"_s)
                    return;
                QByteArray frame = next;
                frame.replace("%1", request.value(u"requestId"_s).toString().toUtf8());
                sim->sendRawFrame(frame);
            });
    OutcomeRecorder rec(&c);
    const QList<QByteArray> frames = {
        R"({"method":"getHardware","requestId":"%1","result":"yes"})", // result not a boolean
        R"({"method":7,"requestId":"%1","result":true})", // method not a string
        R"({"method":"getHardware","requestId":{"x":1},"result":true})", // requestId an object
    };
    for (const QByteArray &frame : frames) {
        next = frame;
        const quint64 id = c.sendRequest(u"getHardware"_s, {}, 2500);
        QTRY_COMPARE(rec.count(id), 1);
        const RequestOutcome o = rec.of(id);
        QVERIFY2(o.status != RequestOutcome::Status::Timeout, frame.constData());
        QVERIFY2(o.errorText.startsWith(u"The room sent a malformed reply: "_s),
                 qPrintable(o.errorText));
    }
    QVERIFY(c.isReady());
}

void tst_RoomController::roomThatDropsAfterSignInBacksOff()
{
    // The room accepts, signs in, answers a few frames and drops (roomdeck-sim
    // --drop-after-frames): reconnect attempts count up and their delays grow; the backoff
    // does not start again at "attempt 1" just because the socket opened.
    auto sim = SimRoom::start();
    sim->setDropAfterFrames(4); // setUsedApiVersion, auth and two startup replies
    RoomController::Options options = SimRoom::fastOptions();
    // Far longer than a connection of this room lives, short enough to wait for below.
    options.transport.stableAfterMs = 1500;
    RoomController c(options);
    QSignalSpy scheduled(&c, &RoomController::reconnectScheduled);
    QSignalSpy authenticated(&c, &RoomController::authenticated);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 5, 10000);
    QVERIFY(authenticated.size() >= 4);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(scheduled.at(i).at(0).toInt(), i + 1);
    QVERIFY(scheduled.at(3).at(1).toInt() > scheduled.at(0).at(1).toInt());
    // After repeated identical failures the operator is told what is going on.
    QVERIFY2(
        c.lastError().contains(u"keeps closing the connection right after sign-in (5 times)"_s),
        qPrintable(c.lastError()));
    QVERIFY2(c.lastError().contains(u"retrying every"_s), qPrintable(c.lastError()));

    // Once the room behaves, a signed-in connection that stays up resets the backoff.
    sim->setDropAfterFrames(0);
    QVERIFY(waitReady(c, 10000));
    QVERIFY(c.reconnectAttempt() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(c.reconnectAttempt(), 0, 10000);
    const qsizetype before = scheduled.size();
    sim->closeAllClients();
    QTRY_VERIFY(scheduled.size() > before);
    QCOMPARE(scheduled.last().at(0).toInt(), 1);
    c.disconnectFromRoom();
}

void tst_RoomController::pinEchoedInAnyCaseIsMaskedInTheFramesLog()
{
    static QStringList captured;
    captured.clear();
    QLoggingCategory::setFilterRules(u"roomdeck.core.frames.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { captured.append(text); });
    {
        RoomSimulator::Options options;
        options.pin = u"4711ab"_s;
        auto sim = SimRoom::start(options);
        RoomController c(SimRoom::fastOptions());
        c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"4711ab"_s));
        QVERIFY(waitReady(c));
        QSignalSpy events(&c, &RoomController::eventReceived);
        sim->sendRawFrame(
            R"({"method":"event","event":"myEvent","data":"the PIN is 4711AB, not 4711Ab"})");
        QVERIFY(events.wait());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"roomdeck.core.frames.debug=false"_s);
    QVERIFY(captured.join(u'\n').contains(u"myEvent"_s)); // the frame was logged
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(u"4711ab"_s, Qt::CaseInsensitive), qPrintable(line));
}

void tst_RoomController::largeMessagesKeepTheirOrder()
{
    // A large message is acted on from the event loop (its text released first); what comes
    // after it waits behind it.
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::Admin));
    QVERIFY(waitReady(c));
    QStringList order;
    connect(&c, &RoomController::eventReceived, &c,
            [&order](const RoomMessage &m) { order.append(m.event); });
    const QString big(1024 * 1024, u'x');
    sim->sendEvent(u"bigOne"_s, { { u"text"_s, big } });
    sim->sendEvent(u"smallOne"_s, {});
    sim->sendEvent(u"bigTwo"_s, { { u"text"_s, big } });
    QTRY_COMPARE(order, (QStringList { u"bigOne"_s, u"smallOne"_s, u"bigTwo"_s }));

    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomController::aLargeArrayArrivesUnparsedWhenAsked()
{
    for (const int peers : { 12, 6000 }) { // a 2 KB and a 0.9 MB address book
        RoomSimulator::Options o;
        o.peers = peers;
        auto sim = SimRoom::start(o);
        RoomController c(SimRoom::fastOptions());
        c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::Admin));
        QVERIFY(waitReady(c));
        std::optional<RequestOutcome> asked;
        std::optional<RequestOutcome> plain;
        const quint64 id = c.sendRequest(u"getAbook"_s, {}, &c,
                                         [&asked](const RequestOutcome &r) { asked = r; });
        c.receiveArrayUnparsed(id, u"abook"_s);
        c.sendRequest(u"getAbook"_s, {}, &c, [&plain](const RequestOutcome &r) { plain = r; });
        QTRY_VERIFY(asked && plain);
        QVERIFY(asked->ok() && plain->ok());
        QVERIFY(plain->unparsedArray.isNull());
        const QJsonArray whole = plain->reply.value(u"abook"_s).toArray();
        QCOMPARE(whole.size(), peers);
        // The two replies differ in their requestIds only.
        QJsonObject askedReply = asked->reply;
        QJsonObject plainReply = plain->reply;
        QVERIFY(askedReply.take(u"requestId"_s) != plainReply.take(u"requestId"_s));
        if (peers == 12) { // small: parsed whole, as if nobody had asked
            QVERIFY(asked->unparsedArray.isNull());
            QCOMPARE(askedReply, plainReply);
            continue;
        }
        // Large: the array as text, the rest parsed, that member empty.
        QCOMPARE(QJsonDocument::fromJson(asked->unparsedArray).array(), whole);
        QVERIFY(asked->reply.value(u"abook"_s).isArray());
        QCOMPARE(asked->reply.value(u"abook"_s).toArray().size(), 0);
        plainReply.insert(u"abook"_s, QJsonArray());
        QCOMPARE(askedReply, plainReply);
        QCOMPARE(sim->violations(), QStringList());
    }
}

void tst_RoomController::roomErrorTextIsBoundedAndMaskedInTheLog()
{
    static QStringList captured;
    captured.clear();
    // ctest turns info messages off (QT_LOGGING_RULES), which rules set here cannot override:
    // a category filter turns the controller's back on for this test.
    static QLoggingCategory::CategoryFilter previousFilter = nullptr;
    previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
        if (previousFilter)
            previousFilter(category);
        if (qstrcmp(category->categoryName(), "roomdeck.core.controller") == 0)
            category->setEnabled(QtInfoMsg, true);
    });
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &context, const QString &text) {
            if (qstrcmp(context.category, "roomdeck.core.controller") == 0)
                captured.append(text);
        });
    {
        RoomSimulator::Options options;
        options.pin = u"4711ab"_s;
        auto sim = SimRoom::start(options);
        RoomController c(SimRoom::fastOptions());
        c.connectToRoom(SimRoom::addressOf(*sim), Creds::withSecret(u"4711ab"_s));
        QVERIFY(waitReady(c));
        sim->setReplyDelay(u"getMonitorsInfo"_s, -1); // the raw frame below answers instead
        QSignalSpy finished(&c, &RoomController::requestFinished);
        const quint64 handle = c.sendRequest(u"getMonitorsInfo"_s);
        // A megabyte of error text that echoes the PIN in another case and holds an escape.
        const QByteArray error = "echoed: 4711AB \\u001b[31mxyz " + QByteArray(1024 * 1024, 'x');
        sim->sendRawFrame(R"({"method":"getMonitorsInfo","result":false,"requestId":"rd-)"
                          + QByteArray::number(handle) + R"(","error":")" + error + R"("})");
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().value<RequestOutcome>().id, handle);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(previousFilter);
    const QString all = captured.join(u'\n');
    QVERIFY2(all.contains(u"getMonitorsInfo: echoed: *** [31mxyz xxx"_s),
             qPrintable(all.left(3000)));
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(line.size() <= RoomText::kTextLength + 200, qPrintable(line.left(200)));
        QVERIFY2(!line.contains(u"4711ab"_s, Qt::CaseInsensitive), qPrintable(line.left(200)));
        QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line.left(200)));
    }
}

void tst_RoomController::unknownSignOutCauseIsReadable()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured());
    QVERIFY(waitReady(c));
    QSignalSpy needed(&c, &RoomController::authorizationNeeded);
    sim->sendEvent(u"authorizationNeeded"_s, {});
    QVERIFY(needed.wait());
    QVERIFY2(!c.lastError().contains(u"unknown"_s), qPrintable(c.lastError()));
    QVERIFY2(c.lastError().contains(u"gave no reason"_s), qPrintable(c.lastError()));

    c.authenticate(Creds::unsecured());
    QVERIFY(waitReady(c));
    sim->sendEvent(u"authorizationNeeded"_s, { { u"cause"_s, 42 } });
    QVERIFY(needed.wait());
    QVERIFY2(c.lastError().contains(u"reason code 42"_s), qPrintable(c.lastError()));
}

void tst_RoomController::eventLogModel()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    EventLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoomSession session(&c, RoomSession::Parts::None);
    session.attach(&log);
    c.connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(Room::Role::User));
    QVERIFY(waitReady(c));
    sim->setAppState(5);
    QTRY_VERIFY(log.rowCount() >= 6);
    const auto hasText = [&log](const QString &text) {
        for (int row = 0; row < log.rowCount(); ++row)
            if (log.entry(row).text == text)
                return true;
        return false;
    };
    QTRY_VERIFY(hasText(u"Room state: In a conference"_s));
    QVERIFY(hasText(u"Connected to 127.0.0.1:%1 as User"_s.arg(sim->webPort())));
    c.sendRequest(u"setLogo"_s, { { u"fileId"_s, 1 }, { u"mode"_s, 0 } });
    QTRY_VERIFY(log.entry(log.rowCount() - 1).kind == EventLogModel::Kind::Command);
    QVERIFY(log.entry(log.rowCount() - 1).text.contains(u"Administrator"_s));

    log.setCapacity(3);
    QCOMPARE(log.rowCount(), 3);
    for (int i = 0; i < 10; ++i)
        log.append(EventLogModel::Kind::Notice, u"n%1"_s.arg(i));
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.entry(2).text, u"n9"_s);
    // Raw JSON is shown redacted.
    log.append(EventLogModel::Kind::Event, u"x"_s, u"x"_s, { { u"token"_s, u"abc"_s } });
    const QString raw = log.index(2, 0).data(EventLogModel::RawJsonRole).toString();
    QVERIFY(raw.contains(u"***"_s));
    QVERIFY(!raw.contains(u"abc"_s));
}

QTEST_GUILESS_MAIN(tst_RoomController)
#include "tst_roomcontroller.moc"
