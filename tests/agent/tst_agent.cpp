// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agent/agentconfig.h"
#include "agent/agentmetrics.h"
#include "agent/roomagent.h"
#include "agenttest.h"
#include "core/models/devicestate.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace AgentTest;

//! The agent library in front of three in-process simulators: metrics, the JSON snapshot,
//! rooms going down and coming back, reloads, and the rooms and secrets files.
class tst_Agent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metricsForThreeRooms();
    void roomDownAndBack();
    void conferenceDevicesAndOverrun();
    void displacedIsNotTakenBack();
    void serverLoss();
    void labelEscaping();
    void snapshot();
    void reloadKeepsUnchangedRooms();
    void reloadRefusesABadFile();
    void roomsFileErrors_data();
    void roomsFileErrors();
    void secretsFileErrors_data();
    void secretsFileErrors();
    void secretsFilePermissions();
    void secretSignsIn();
    void systemdCredentials();

private:
    //! Starts an agent on the rooms file `rooms` (and `secrets`, when given); fails the test
    //! when it cannot.
    bool startAgent(const QByteArray &rooms, const QByteArray &secrets = {});
    QByteArray metrics() const;
    QString roomsPath() const { return m_dir->filePath(u"rooms.json"_s); }
    QString secretsPath() const { return m_dir->filePath(u"secrets.json"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<RoomSimulator>> m_sims;
    std::unique_ptr<RoomAgent> m_agent;
    const QStringList m_names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
};

namespace {

AgentRoom::Options fastRoomOptions()
{
    AgentRoom::Options o;
    o.controller = SimRoom::fastOptions();
    o.controller.startupRequests = AgentRoom::defaultControllerOptions().startupRequests;
    o.controller.transport.retryInitialConnect = true;
    o.probeIntervalMs = 100;
    return o;
}

} // namespace

void tst_Agent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sims = startSims(3);
}

void tst_Agent::cleanup()
{
    m_agent.reset();
    m_sims.clear();
    m_dir.reset();
}

bool tst_Agent::startAgent(const QByteArray &rooms, const QByteArray &secrets)
{
    if (!writeFile(roomsPath(), rooms))
        return false;
    RoomAgent::Options options;
    options.roomsFile = roomsPath();
    if (!secrets.isEmpty()) {
        if (!writeFile(secretsPath(), secrets, 0600))
            return false;
        options.secretsFile = secretsPath();
    }
    options.listenPort = 0;
    options.room = fastRoomOptions();
    options.version = u"1.2.3"_s;
    m_agent = std::make_unique<RoomAgent>(options);
    QString error;
    if (!m_agent->start(&error)) {
        qWarning("agent did not start: %s", qPrintable(error));
        return false;
    }
    return m_agent->port() != 0;
}

QByteArray tst_Agent::metrics() const
{
    return get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_agent->port())));
}

void tst_Agent::metricsForThreeRooms()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QByteArray text;
    QTRY_VERIFY_WITH_TIMEOUT((text = metrics(),
                              sample(text, u"roomdeck_room_up"_s, u"Room A"_s) == 1
                                  && sample(text, u"roomdeck_room_up"_s, u"Room B"_s) == 1
                                  && sample(text, u"roomdeck_room_up"_s, u"Room C"_s) == 1),
                             10000);
    QByteArray contentType;
    text = get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_agent->port())), 5000, &contentType);
    QCOMPARE(contentType, AgentMetrics::prometheusContentType());
    // Every family has its HELP and TYPE, and the names the monitoring kit relies on.
    for (const char *name :
         { "roomdeck_room_up", "roomdeck_room_app_state", "roomdeck_room_in_conference",
           "roomdeck_room_participants", "roomdeck_room_microphone_muted",
           "roomdeck_room_camera_muted", "roomdeck_room_server_connected",
           "roomdeck_room_logged_in", "roomdeck_room_displaced", "roomdeck_room_reconnects_total",
           "roomdeck_room_state_change_age_seconds", "roomdeck_room_rtt_seconds",
           "roomdeck_room_conference_overrun_seconds", "roomdeck_relay_clients",
           "roomdeck_room_info", "roomdeck_agent_build_info" }) {
        QVERIFY2(text.contains(QByteArray(QByteArray("# HELP ") + name + ' ')), name);
        QVERIFY2(text.contains(QByteArray(QByteArray("# TYPE ") + name + ' ')), name);
    }
    QVERIFY(text.contains("# TYPE roomdeck_room_reconnects_total counter\n"));
    QVERIFY(text.contains("roomdeck_agent_build_info{version=\"1.2.3\"} 1\n"));
    QVERIFY(text.contains("roomdeck_room_info{room=\"Room B\",site=\"HQ\","
                          "trueconf_id=\"room2@sim.trueconf.local\",instance=\"default\"} 1\n"));
    QCOMPARE(sample(text, u"roomdeck_room_app_state"_s, u"Room A"_s), 3.0);
    QCOMPARE(sample(text, u"roomdeck_room_logged_in"_s, u"Room A"_s), 1.0);
    QCOMPARE(sample(text, u"roomdeck_room_server_connected"_s, u"Room A"_s), 1.0);
    QCOMPARE(sample(text, u"roomdeck_room_in_conference"_s, u"Room A"_s), 0.0);
    QCOMPARE(sample(text, u"roomdeck_room_displaced"_s, u"Room A"_s), 0.0);
    QCOMPARE(sample(text, u"roomdeck_room_reconnects_total"_s, u"Room A"_s), 0.0);
    QCOMPARE(sample(text, u"roomdeck_relay_clients"_s, u"Room A"_s), 0.0);
    // The periodic getAppState measures a round trip.
    QTRY_VERIFY_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_rtt_seconds"_s, u"Room C"_s) >= 0,
                             5000);
    // The device state arrives after sign-in: the simulator's microphone is on.
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_microphone_muted"_s, u"Room A"_s),
                              0.0, 5000);
    // Only room and site label a room's samples: no call partners, no addresses.
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("roomdeck_room_") && !line.startsWith("roomdeck_room_info"))
            QVERIFY2(line.indexOf("\",site=\"") > 0 && line.count('=') == 2, line.constData());
    }
}

void tst_Agent::roomDownAndBack()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s), 1.0, 10000);

    // The room goes away: down, and its lost connection counted.
    const RoomSimulator::Options pinned = pinnedOptions(*m_sims[1]);
    QElapsedTimer sinceStop;
    sinceStop.start();
    m_sims[1]->stop();
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s), 0.0, 10000);
    QByteArray text = metrics();
    QCOMPARE(sample(text, u"roomdeck_room_reconnects_total"_s, u"Room B"_s), 1.0);
    QCOMPARE(sample(text, u"roomdeck_room_app_state"_s, u"Room B"_s), -1.0);
    QVERIFY(std::isnan(sample(text, u"roomdeck_room_rtt_seconds"_s, u"Room B"_s)));
    QCOMPARE(sample(text, u"roomdeck_room_up"_s, u"Room A"_s), 1.0);

    // It comes back on the same ports: the agent reconnects by itself.
    m_sims[1] = SimRoom::start(pinned);
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s), 1.0, 10000);
    const qint64 awayMs = sinceStop.elapsed();
    text = metrics();
    QCOMPARE(sample(text, u"roomdeck_room_reconnects_total"_s, u"Room B"_s), 1.0);
    // The room is in the state it was in before: being away is no state change, so the last
    // change is older than the stop.
    QVERIFY(sample(text, u"roomdeck_room_state_change_age_seconds"_s, u"Room B"_s) * 1000
            >= double(awayMs));
}

void tst_Agent::conferenceDevicesAndOverrun()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room A"_s), 1.0, 10000);
    // An operator's console (Administrator; the agent is User) takes a call in Room A.
    RoomSession console(SimRoom::fastOptions());
    console.controller()->connectToRoom(SimRoom::addressOf(*m_sims[0]),
                                        RoomController::Credentials::unsecured());
    QTRY_VERIFY_WITH_TIMEOUT(console.controller()->isReady(), 10000);
    QVERIFY(
        m_sims[0]->simulateIncomingCall(u"alice@sim.trueconf.local"_s, u"Alice"_s, 1, u"Weekly"_s));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_app_state"_s, u"Room A"_s), 4.0,
                              5000);
    console.controller()->accept();
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_in_conference"_s, u"Room A"_s), 1.0,
                              5000);
    QTRY_VERIFY_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_participants"_s, u"Room A"_s) >= 1,
                             5000);
    const double before = sample(metrics(), u"roomdeck_room_participants"_s, u"Room A"_s);
    QVERIFY(m_sims[0]->simulateParticipantJoin(u"bob@sim.trueconf.local"_s, u"Bob"_s));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_participants"_s, u"Room A"_s),
                              before + 1, 5000);
    QCOMPARE(sample(metrics(), u"roomdeck_room_in_conference"_s, u"Room B"_s), 0.0);

    // The console mutes the room's microphone: the agent hears the room's event.
    console.devices()->setMuted(DeviceState::Device::Microphone, true);
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_microphone_muted"_s, u"Room A"_s),
                              1.0, 5000);
    QCOMPARE(sample(metrics(), u"roomdeck_room_camera_muted"_s, u"Room A"_s), 0.0);

    // The room's schedule says its running meeting should have ended an hour ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject meeting {
        { u"id"_s, u"weekly"_s },
        { u"topic"_s, u"Weekly"_s },
        { u"owner"_s, u""_s },
        { u"mode"_s, u"PxP"_s },
        { u"state"_s, u"running"_s },
        { u"schedule_type"_s, u"once"_s },
        { u"invitations"_s, QJsonArray() },
        { u"schedule"_s,
          QJsonObject { { u"start_time"_s, double(now - 7200) }, { u"duration"_s, 3600 } } },
    };
    m_sims[0]->sendEvent(
        u"conferenceList"_s,
        { { u"cnt"_s, 1 }, { u"succeed"_s, true }, { u"conferences"_s, QJsonArray { meeting } } });
    // (The simulator's own schedule may have told of a running meeting before: wait for ours.)
    double overrun = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (overrun = sample(metrics(), u"roomdeck_room_conference_overrun_seconds"_s, u"Room A"_s),
         overrun >= 3600 && overrun < 3700),
        5000);

    // No call partner reaches the metrics or the snapshot.
    const QByteArray rooms = get(QUrl(u"http://127.0.0.1:%1/api/v1/rooms"_s.arg(m_agent->port())));
    for (const QByteArray &text : { metrics(), rooms }) {
        QVERIFY(!text.contains("alice") && !text.contains("Alice"));
        QVERIFY(!text.contains("bob") && !text.contains("Bob"));
        QVERIFY(!text.contains("Weekly"));
    }
    QCOMPARE(m_sims[0]->violations(), QStringList());
}

void tst_Agent::displacedIsNotTakenBack()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s), 1.0, 10000);
    // A script signs in to Room B as User, the agent's mode: the agent is displaced.
    RoomController script(SimRoom::fastOptions());
    script.connectToRoom(SimRoom::addressOf(*m_sims[1]),
                         RoomController::Credentials::unsecured(Room::Role::User));
    QTRY_VERIFY_WITH_TIMEOUT(script.isReady(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_displaced"_s, u"Room B"_s), 1.0,
                              5000);
    QCOMPARE(sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s), 0.0);
    QCOMPARE(sample(metrics(), u"roomdeck_room_displaced"_s, u"Room A"_s), 0.0);

    // Two more probes of another room later, the script still has the room: the agent never
    // takes it back by itself.
    QSignalSpy probes(m_agent->fleet().room(u"Room A"_s), &AgentRoom::probed);
    QTRY_VERIFY_WITH_TIMEOUT(probes.size() >= 2, 5000);
    QVERIFY(script.isReady());
    QCOMPARE(m_sims[1]->authorizedCount(u"user"_s), 1);
    QCOMPARE(sample(metrics(), u"roomdeck_room_displaced"_s, u"Room B"_s), 1.0);
}

void tst_Agent::serverLoss()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_logged_in"_s, u"Room C"_s), 1.0,
                              10000);
    QVERIFY(m_sims[2]->simulateServerLoss());
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_logged_in"_s, u"Room C"_s), 0.0,
                              5000);
    const QByteArray text = metrics();
    QCOMPARE(sample(text, u"roomdeck_room_server_connected"_s, u"Room C"_s), 0.0);
    QCOMPARE(sample(text, u"roomdeck_room_app_state"_s, u"Room C"_s), 0.0);
    QCOMPARE(sample(text, u"roomdeck_room_up"_s, u"Room C"_s), 1.0);
    QVERIFY(sample(text, u"roomdeck_room_state_change_age_seconds"_s, u"Room C"_s)
            < sample(text, u"roomdeck_room_state_change_age_seconds"_s, u"Room A"_s));
}

void tst_Agent::labelEscaping()
{
    QCOMPARE(AgentMetrics::escapeLabelValue(u"a\\b\"c\nd"_s), u"a\\\\b\\\"c\\nd"_s);
    QCOMPARE(AgentMetrics::escapeLabelValue(u"Зал №1 {x}"_s), u"Зал №1 {x}"_s);

    // An untrusted name with a quote and a backslash stays inside its label.
    const QString name = u"Board \"A\" \\ 1} 2"_s;
    QVERIFY(startAgent(roomsJson(m_sims, { name, u"Room B"_s, u"Room C"_s }, u"Site \"1\""_s)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, name), 1.0, 10000);
    QVERIFY(metrics().contains(
        "roomdeck_room_up{room=\"Board \\\"A\\\" \\\\ 1} 2\",site=\"Site \\\"1\\\"\"} 1\n"));
}

void tst_Agent::snapshot()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    const QUrl url(u"http://127.0.0.1:%1/api/v1/rooms"_s.arg(m_agent->port()));
    QJsonArray rooms;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rooms = QJsonDocument::fromJson(get(url)).object().value(u"rooms"_s).toArray(),
         rooms.size() == 3
             && std::all_of(rooms.begin(), rooms.end(),
                            [](const QJsonValue &r) {
                                return r.toObject().value(u"up"_s).toBool()
                                    && !r.toObject().value(u"trueconfId"_s).toString().isEmpty();
                            })),
        10000);
    const QJsonObject b = rooms.at(1).toObject();
    QCOMPARE(b.value(u"name"_s).toString(), u"Room B"_s);
    QCOMPARE(b.value(u"site"_s).toString(), u"HQ"_s);
    QCOMPARE(b.value(u"tags"_s).toArray(), QJsonArray { u"test"_s });
    QCOMPARE(b.value(u"address"_s).toString(), u"127.0.0.1:%1"_s.arg(m_sims[1]->webPort()));
    QCOMPARE(b.value(u"instance"_s).toString(), u"default"_s);
    QCOMPARE(b.value(u"trueconfId"_s).toString(), u"room2@sim.trueconf.local"_s);
    QCOMPARE(b.value(u"appState"_s).toInt(), 3);
    QCOMPARE(b.value(u"loggedIn"_s).toBool(), true);
    QCOMPARE(b.value(u"displaced"_s).toBool(), false);
    QCOMPARE(b.value(u"reconnects"_s).toInt(), 0);
    QCOMPARE(b.value(u"relayClients"_s).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(get(url)).object().value(u"version"_s).toString(), u"1.2.3"_s);
}

void tst_Agent::reloadKeepsUnchangedRooms()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    const AgentFleet &fleet = m_agent->fleet();
    // Connected, not only signed in: the step from Loading to Connected is no reconnect.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(fleet.rooms().cbegin(), fleet.rooms().cend(),
                                         [](AgentRoom *r) { return r->controller()->isReady(); }),
                             10000);
    const QPointer<AgentRoom> a = fleet.room(u"Room A"_s);
    const QPointer<AgentRoom> b = fleet.room(u"Room B"_s);
    const QPointer<AgentRoom> c = fleet.room(u"Room C"_s);
    const QPointer<RoomSession> aSession = a->session();
    QSignalSpy aStates(a->controller(), &RoomController::connectionStateChanged);

    // Room C goes, a fourth room comes, Room B moves to another site (a label only).
    auto fourth = startSims(1);
    QJsonArray rooms
        = QJsonDocument::fromJson(roomsJson(m_sims, m_names)).object().value(u"rooms"_s).toArray();
    rooms.removeAt(2);
    QJsonObject bEntry = rooms.at(1).toObject();
    bEntry.insert(u"site"_s, u"Branch"_s);
    rooms.replace(1, bEntry);
    rooms.append(QJsonObject { { u"name"_s, u"Room D"_s },
                               { u"address"_s, u"127.0.0.1:%1"_s.arg(fourth[0]->webPort()) } });
    QVERIFY(writeFile(roomsPath(), QJsonDocument(QJsonObject { { u"rooms"_s, rooms } }).toJson()));
    QString error;
    AgentFleet::Change change;
    QVERIFY2(m_agent->reload(&error, &change), qPrintable(error));
    QCOMPARE(change.added, 1);
    QCOMPARE(change.removed, 1);
    QCOMPARE(change.kept, 2);
    QCOMPARE(change.reconnected, 0);

    // The same objects, the same sessions, nothing dropped or reconnected.
    QVERIFY(a && b);
    QVERIFY(!c);
    QCOMPARE(fleet.room(u"Room A"_s), a.data());
    QCOMPARE(a->session(), aSession.data());
    QCOMPARE(b->config().site, u"Branch"_s);
    QVERIFY(a->facts().up && b->facts().up);
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room D"_s), 1.0, 10000);
    const QByteArray text = metrics();
    QCOMPARE(sample(text, u"roomdeck_room_reconnects_total"_s, u"Room A"_s), 0.0);
    QVERIFY(text.contains("roomdeck_room_up{room=\"Room B\",site=\"Branch\"} 1\n"));
    QVERIFY(std::isnan(sample(text, u"roomdeck_room_up"_s, u"Room C"_s)));
    QCOMPARE(aStates.count(), 0);
    // The removed room's connection is closed: the simulator has no client left.
    QTRY_COMPARE_WITH_TIMEOUT(m_sims[2]->clientCount(), 0, 5000);
}

void tst_Agent::reloadRefusesABadFile()
{
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room A"_s), 1.0, 10000);
    QVERIFY(writeFile(roomsPath(), "{\"rooms\": [\n  {\"name\": \"X\",\n  \"address\": }\n]}"));
    QString error;
    QVERIFY(!m_agent->reload(&error));
    QVERIFY2(error.contains(roomsPath() + u": line 3, column"_s), qPrintable(error));
    QCOMPARE(m_agent->fleet().rooms().size(), size_t(3));
    QCOMPARE(sample(metrics(), u"roomdeck_room_up"_s, u"Room A"_s), 1.0);
}

void tst_Agent::roomsFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("{\"rooms\": [\n  {\"name\": \"A\" \"address\": \"h\"}]}")
                            << u"rooms.json: line 2, column"_s;
    QTest::newRow("no rooms") << QByteArray("{}") << u"rooms.json: expected a \"rooms\" array"_s;
    QTest::newRow("no name") << QByteArray(R"({"rooms": [{"address": "h"}]})")
                             << u"rooms.json: room 1: field \"name\": missing or empty"_s;
    QTest::newRow("no address")
        << QByteArray(R"({"rooms": [{"name": "A", "address": "h"}, {"name": "B"}]})")
        << u"rooms.json: room 2 (\"B\"): field \"address\": missing or empty"_s;
    QTest::newRow("bad address") << QByteArray(
        R"({"rooms": [{"name": "A", "address": "h:99999"}]})")
                                 << u"rooms.json: room 1 (\"A\"): field \"address\": "_s;
    QTest::newRow("duplicate") << QByteArray(
        R"({"rooms": [{"name": "A", "address": "h"}, {"name": "A", "address": "g"}]})")
                               << u"room 2 (\"A\"): field \"name\": another room has this name"_s;
    QTest::newRow("same address")
        << QByteArray(R"({"rooms": [{"name": "A", "address": "h:8088"},
                                    {"name": "B", "address": "http://h:8088/"}]})")
        << u"room 2 (\"B\"): field \"address\": room \"A\" has the same address"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"rooms": [{"name": "A", "address": "h", "adress": "g"}]})")
        << u"room 1 (\"A\"): field \"adress\": unknown field"_s;
    QTest::newRow("tags") << QByteArray(
        R"({"rooms": [{"name": "A", "address": "h", "tags": [1]}]})")
                          << u"field \"tags\": expected an array of strings"_s;
    QTest::newRow("pin in link") << QByteArray(
        R"({"rooms": [{"name": "A", "address": "http://10.0.0.2:8088/1234"}]})")
                                 << u"field \"address\": this is a room's link with its PIN"_s;
}

void tst_Agent::roomsFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AgentConfig::parseRooms(json, u"rooms.json"_s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u"1234"_s) || message.contains(u"1234"_s), qPrintable(error));
}

void tst_Agent::secretsFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("both") << QByteArray(R"({"rooms": {"A": {"pin": "s3cr3t", "password": "x"}}})")
                          << u"room \"A\": expected exactly one of \"pin\" or \"password\""_s;
    QTest::newRow("neither") << QByteArray(R"({"rooms": {"A": {"pim": "s3cr3t"}}})")
                             << u"room \"A\": expected exactly one"_s;
    QTest::newRow("not a string") << QByteArray(R"({"rooms": {"A": {"pin": 1234}}})")
                                  << u"room \"A\": the pin must be a non-empty string"_s;
    QTest::newRow("no rooms") << QByteArray(R"({"A": {"pin": "s3cr3t"}})")
                              << u"expected a \"rooms\" object"_s;
}

void tst_Agent::secretsFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AgentConfig::parseSecrets(json, u"secrets.json"_s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u"s3cr3t"_s), qPrintable(error)); // never a value
}

void tst_Agent::secretsFilePermissions()
{
    const QString path = secretsPath();
    QVERIFY(writeFile(path, R"({"rooms": {"A": {"pin": "1234"}}})", 0640));
    QString error;
    QVERIFY(!AgentConfig::readSecrets(path, true, &error));
    QVERIFY2(error.contains(u"(mode 0640)"_s) && error.contains(u"chmod 600 "_s + path),
             qPrintable(error));
    QVERIFY(writeFile(path, R"({"rooms": {"A": {"pin": "1234"}}})", 0600));
    const auto secrets = AgentConfig::readSecrets(path, true, &error);
    QVERIFY2(secrets, qPrintable(error));
    QCOMPARE(secrets->value(u"A"_s).kind, AgentSecret::Kind::Pin);

    // Owned by another user: refused whatever its mode (only root can hand a file over).
    if (::geteuid() != 0)
        QSKIP("not root: cannot give the file to another user");
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, gid_t(-1)), 0);
    QVERIFY(!AgentConfig::readSecrets(path, true, &error));
    QVERIFY2(error.contains(u"the secrets file %1 belongs to "_s.arg(path))
                 && error.contains(u"chown root "_s + path),
             qPrintable(error));
}

void tst_Agent::secretSignsIn()
{
    // A password-protected room: the password signs in as Administrator; a wrong secret is
    // refused and shows as down.
    RoomSimulator::Options o;
    o.adminPassword = u"pa55word"_s;
    m_sims[0] = SimRoom::start(o);
    m_sims[1] = SimRoom::start(o);
    QVERIFY(startAgent(roomsJson(m_sims, m_names),
                       R"({"rooms": {"Room A": {"password": "pa55word"},
                                     "Room B": {"password": "wrong"},
                                     "Room Z": {"pin": "0000"}}})"));
    // A secret for a room the rooms file does not list is reported, never used.
    QCOMPARE(m_agent->warnings(),
             QStringList { secretsPath()
                           + u" has a secret for \"Room Z\", a room the rooms file does not "
                             "list; it is not used"_s });
    AgentRoom *a = m_agent->fleet().room(u"Room A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(a->facts().up, 10000);
    QCOMPARE(a->controller()->role(), Room::Role::Admin);
    AgentRoom *b = m_agent->fleet().room(u"Room B"_s);
    QTRY_COMPARE_WITH_TIMEOUT(b->controller()->connectionState(),
                              RoomController::ConnectionState::Unauthorized, 10000);
    const QByteArray text = metrics();
    QCOMPARE(sample(text, u"roomdeck_room_up"_s, u"Room B"_s), 0.0);
    QVERIFY(!text.contains("pa55word"));
    QVERIFY(!get(QUrl(u"http://127.0.0.1:%1/api/v1/rooms"_s.arg(m_agent->port())))
                 .contains("pa55word"));
}

void tst_Agent::systemdCredentials()
{
    // Without --secrets the agent reads systemd's credential: no ownership or mode check (the
    // credentials directory is the service's alone), the same format.
    RoomSimulator::Options o;
    o.adminPassword = u"pa55word"_s;
    m_sims[0] = SimRoom::start(o);
    QVERIFY(writeFile(m_dir->filePath(u"secrets"_s),
                      R"({"rooms": {"Room A": {"password": "pa55word"}}})", 0644));
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(m_dir->path()));
    const auto unset = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });
    QVERIFY(startAgent(roomsJson(m_sims, m_names)));
    QCOMPARE(m_agent->secretsSource(), m_dir->filePath(u"secrets"_s));
    AgentRoom *a = m_agent->fleet().room(u"Room A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(a->facts().up, 10000);
    QCOMPARE(a->controller()->role(), Room::Role::Admin);
}

QTEST_GUILESS_MAIN(tst_Agent)
#include "tst_agent.moc"
