// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The clients know the agent (issue 17, item 5): core's AgentDirectory and roomdeckctl's
// agent-rooms against a real RoomAgent in front of three simulators, a simulator's web port
// (not an agent), a closed port and hostile servers of our own, all on 127.0.0.1.
#include "agentclienttest.h"
#include "cli/cliagent.h"
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "core/http/agentdirectory.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifndef ROOMDECKCTL_PATH
#error "ROOMDECKCTL_PATH must name the roomdeckctl program"
#endif

using namespace Qt::StringLiterals;
using AgentClientTest::Fleet;

namespace {

//! One fetch, waited for: the result, or a None result with errorText "no answer".
AgentDirectory::Result fetch(const QString &address, int timeoutMs = 5000)
{
    AgentDirectory directory;
    directory.setTimeout(timeoutMs);
    QSignalSpy finished(&directory, &AgentDirectory::finished);
    directory.fetch(RoomAddress::parse(address));
    // Never from inside fetch(): the caller connects first.
    if (!finished.isEmpty())
        return { AgentDirectory::Error::None, u"finished inside fetch()"_s, {}, {}, {}, -1 };
    if (!finished.wait(timeoutMs + 5000))
        return { AgentDirectory::Error::None, u"no answer"_s, {}, {}, {}, -1 };
    if (finished.size() != 1)
        return { AgentDirectory::Error::None, u"finished twice"_s, {}, {}, {}, -1 };
    return finished.first().first().value<AgentDirectory::Result>();
}

//! A port where nothing listens: bound, then closed again.
quint16 unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

//! A server of our own that answers every connection with `answer` (empty: says nothing,
//! keeps the connection open).
class RawServer final : public QTcpServer
{
public:
    explicit RawServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_answer.isEmpty())
                        socket->write(m_answer);
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString address() const { return u"127.0.0.1:%1"_s.arg(serverPort()); }

private:
    QByteArray m_answer;
};

QByteArray httpOk(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

//! One in-process roomdeckctl run (parsed as the program would), output into buffers.
struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

CtlRun runCtl(const QStringList &args)
{
    CtlRun r;
    const CliParseResult parsed
        = CliCommandLine::parse(QStringList { u"roomdeckctl"_s } + args, {});
    if (parsed.action != CliParseResult::Action::Run) {
        r.code = int(CliExit::Usage);
        r.err = parsed.text;
        return r;
    }
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRunner runner(parsed.options, &out, &err);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(20000))
        return r;
    r.code = finished.first().first().toInt();
    r.out = QString::fromUtf8(out.data());
    r.err = QString::fromUtf8(err.data());
    return r;
}

} // namespace

class tst_AgentClients final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // core: AgentDirectory
    void listsTheThreeRooms();
    void roomNameIsAnInstance();
    void notAnAgent();
    void closedPort();
    void webSocketAddressRefused();
    void tooLarge();
    void silentServerTimesOut();
    void hostileAnswers_data();
    void hostileAnswers();

    // roomdeckctl
    void ctlAgentRoomsTable();
    void ctlAgentRoomsJson();
    void ctlAgentRoomsErrors();
    void ctlAgentRoomsUsage();
    void ctlRoomCommandOnAnAgentHints();
    void hintForEachCase();
    void ctlThroughTheRelay();
    void ctlProgram();

private:
    std::unique_ptr<Fleet> m_fleet;
};

void tst_AgentClients::init()
{
    m_fleet = std::make_unique<Fleet>();
    QVERIFY(m_fleet->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->allUp(), 10000);
}

void tst_AgentClients::cleanup()
{
    m_fleet.reset();
}

void tst_AgentClients::listsTheThreeRooms()
{
    const AgentDirectory::Result r = fetch(m_fleet->address());
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.url.toString(), u"http://%1/api/v1/rooms"_s.arg(m_fleet->address()));
    QVERIFY(!r.version.isEmpty());
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.rooms.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const AgentDirectory::Room &room = r.rooms.at(i);
        QCOMPARE(room.name, m_fleet->names.at(i));
        // The relay's instance: "Room A" is reached as "Room-A".
        QCOMPARE(room.instance, QString(m_fleet->names.at(i)).replace(u' ', u'-'));
        QCOMPARE(room.site, u"HQ"_s);
        QVERIFY(room.up);
        QCOMPARE(room.trueConfId, u"room%1@sim.trueconf.local"_s.arg(i + 1));
        QCOMPARE(room.connection.toLower(), u"connected"_s);
    }

    // A room that goes away is listed as down.
    m_fleet->sims[1]->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!fetch(m_fleet->address()).rooms.value(1).up, 10000);
    const AgentDirectory::Result later = fetch(m_fleet->address());
    QCOMPARE(later.rooms.size(), 3);
    QVERIFY(later.rooms.at(0).up);
    QVERIFY(!later.rooms.at(1).up);
}

void tst_AgentClients::roomNameIsAnInstance()
{
    // What a client gives back to reach the room through the agent: --instance Room-A.
    const AgentDirectory::Result r = fetch(m_fleet->address());
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QString error;
    const RoomAddress a = RoomAddress::parse(m_fleet->address(), r.rooms.first().instance, &error);
    QVERIFY2(a.isValid(), qPrintable(error));
    QCOMPARE(a.configUrl().toString(QUrl::FullyEncoded),
             u"http://%1/public/Room-A/config.json"_s.arg(m_fleet->address()));
}

void tst_AgentClients::notAnAgent()
{
    // A room's own control panel (the simulator's web port) has no /api/v1/rooms.
    const QString room = u"127.0.0.1:%1"_s.arg(m_fleet->sims[0]->webPort());
    const AgentDirectory::Result r = fetch(room);
    QCOMPARE(r.error, AgentDirectory::Error::NotAnAgent);
    QVERIFY2(r.errorText.contains(room) && r.errorText.contains(u"not a roomdeck-agent"_s),
             qPrintable(r.errorText));
    QVERIFY(r.rooms.isEmpty());

    // Another HTTP server's JSON without a room list, and a server that speaks no HTTP.
    RawServer json(httpOk(R"({"status":"ok"})"));
    QCOMPARE(fetch(json.address()).error, AgentDirectory::Error::NotAnAgent);
    RawServer html(httpOk("<html><body>Hello</body></html>"));
    QCOMPARE(fetch(html.address()).error, AgentDirectory::Error::NotAnAgent);
    RawServer ssh("SSH-2.0-OpenSSH_9.2\r\n");
    const AgentDirectory::Result notHttp = fetch(ssh.address(), 3000);
    QVERIFY2(notHttp.error == AgentDirectory::Error::NotAnAgent
                 || notHttp.error == AgentDirectory::Error::Unreachable,
             qPrintable(notHttp.errorText));
}

void tst_AgentClients::closedPort()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    const AgentDirectory::Result r = fetch(u"127.0.0.1:%1"_s.arg(port));
    QCOMPARE(r.error, AgentDirectory::Error::Unreachable);
    QVERIFY2(r.errorText.contains(u"127.0.0.1:%1"_s.arg(port))
                 && r.errorText.contains(u"refused"_s),
             qPrintable(r.errorText));
}

void tst_AgentClients::webSocketAddressRefused()
{
    const AgentDirectory::Result r = fetch(u"ws://127.0.0.1:8765"_s);
    QCOMPARE(r.error, AgentDirectory::Error::InvalidAddress);
    QVERIFY(!r.errorText.isEmpty());
}

void tst_AgentClients::tooLarge()
{
    // Announced larger than the limit: refused before the body arrives.
    RawServer announced("HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n{\"rooms\":[");
    AgentDirectory::Result r = fetch(announced.address());
    QCOMPARE(r.error, AgentDirectory::Error::Malformed);
    QVERIFY2(r.errorText.contains(u"more than"_s), qPrintable(r.errorText));

    // Sent without a length, past the limit: cut off at the limit.
    QByteArray big = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"rooms\":[";
    big += QByteArray(AgentDirectory::kMaxBytes + 1024, ' ');
    RawServer unannounced(big);
    r = fetch(unannounced.address());
    QCOMPARE(r.error, AgentDirectory::Error::Malformed);
}

void tst_AgentClients::silentServerTimesOut()
{
    RawServer silent({});
    const AgentDirectory::Result r = fetch(silent.address(), 300);
    QCOMPARE(r.error, AgentDirectory::Error::Timeout);
    QVERIFY2(r.errorText.contains(silent.address()), qPrintable(r.errorText));
}

void tst_AgentClients::hostileAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error"); // AgentDirectory::Error
    QTest::addColumn<QStringList>("names"); // display names of the rooms kept
    QTest::addColumn<QStringList>("instances");
    QTest::addColumn<int>("skipped");

    using E = AgentDirectory::Error;
    QTest::newRow("empty list") << QByteArray(R"({"rooms":[]})") << int(E::None) << QStringList()
                                << QStringList() << 0;
    QTest::newRow("rooms not a list") << QByteArray(R"({"rooms":{"name":"A"}})")
                                      << int(E::Malformed) << QStringList() << QStringList() << 0;
    QTest::newRow("top not an object") << QByteArray(R"([{"name":"A"}])") << int(E::NotAnAgent)
                                       << QStringList() << QStringList() << 0;
    QTest::newRow("truncated") << QByteArray(R"({"rooms":[{"name":"A")") << int(E::NotAnAgent)
                               << QStringList() << QStringList() << 0;
    QTest::newRow("wrong types count as absent")
        << QByteArray(R"({"rooms":[{"name":"A","site":7,"up":"yes","trueconfId":[1],)"
                      R"("connection":null}]})")
        << int(E::None) << QStringList { u"A"_s } << QStringList { u"A"_s } << 0;
    QTest::newRow("unusable names left out")
        << QByteArray(R"({"rooms":[7,{"name":5},{"name":""},{"name":"a/b"},{"name":" pad"},)"
                      R"({"name":"esc\u001b[2J"},{"name":"rtl\u202eX"},{"name":"ok"},)"
                      R"({"name":"ok"}]})")
        << int(E::None) << QStringList { u"ok"_s } << QStringList { u"ok"_s } << 8;
    QTest::newRow("long name left out")
        << (R"({"rooms":[{"name":")" + QByteArray(65, 'x') + R"("},{"name":"B"}]})") << int(E::None)
        << QStringList { u"B"_s } << QStringList { u"B"_s } << 1;
    QTest::newRow("relayInstance wins") << QByteArray(
        R"({"rooms":[{"name":"Board room","relayInstance":"Board-room"},)"
        R"({"name":"Bad","relayInstance":"bad room"},{"name":"Odd","relayInstance":7},)"
        R"({"name":"Again","relayInstance":"Board-room"}]})")
                                        << int(E::None) << QStringList { u"Board room"_s, u"Odd"_s }
                                        << QStringList { u"Board-room"_s, u"Odd"_s } << 2;
}

void tst_AgentClients::hostileAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(QStringList, names);
    QFETCH(QStringList, instances);
    QFETCH(int, skipped);
    const AgentDirectory::Result r = AgentDirectory::parse(body, u"h:1"_s);
    QCOMPARE(int(r.error), error);
    QCOMPARE(r.ok(), r.errorText.isEmpty());
    QStringList got;
    QStringList gotInstances;
    for (const AgentDirectory::Room &room : r.rooms) {
        got.append(room.name);
        gotInstances.append(room.instance);
    }
    QCOMPARE(got, names);
    QCOMPARE(gotInstances, instances);
    QCOMPARE(r.skipped, skipped);
    for (const AgentDirectory::Room &room : r.rooms) {
        QVERIFY(!room.up); // "yes" is not true
        QVERIFY(room.site.isEmpty() && room.trueConfId.isEmpty() && room.connection.isEmpty());
    }
}

void tst_AgentClients::ctlAgentRoomsTable()
{
    const CtlRun r = runCtl({ u"--room"_s, m_fleet->address(), u"agent-rooms"_s });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"NAME"_s) && lines.at(0).contains(u"INSTANCE"_s)
                 && lines.at(0).contains(u"TRUECONF ID"_s),
             qPrintable(lines.at(0)));
    for (int i = 0; i < 3; ++i) {
        const QStringList cells = lines.at(i + 1).split(u"  "_s, Qt::SkipEmptyParts);
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells.at(0).trimmed(), m_fleet->names.at(i));
        QCOMPARE(cells.at(1).trimmed(), u"Room-%1"_s.arg(QChar(u'A' + i)));
        QCOMPARE(cells.at(2).trimmed(), u"HQ"_s);
        QCOMPARE(cells.at(3).trimmed(), u"up"_s);
        QCOMPARE(cells.at(4).trimmed(), u"room%1@sim.trueconf.local"_s.arg(i + 1));
    }
}

void tst_AgentClients::ctlAgentRoomsJson()
{
    m_fleet->sims[2]->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->agent->fleet().rooms().at(2)->facts().up, 10000);
    const CtlRun r = runCtl({ u"--room"_s, m_fleet->address(), u"--json"_s, u"agent-rooms"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.endsWith(u'\n'));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"agent"_s).toString(), m_fleet->address());
    QVERIFY(!json.value(u"version"_s).toString().isEmpty());
    const QJsonArray rooms = json.value(u"rooms"_s).toArray();
    QCOMPARE(rooms.size(), 3);
    QCOMPARE(rooms.at(0).toObject(),
             (QJsonObject { { u"name"_s, u"Room A"_s },
                            { u"instance"_s, u"Room-A"_s },
                            { u"site"_s, u"HQ"_s },
                            { u"up"_s, true },
                            { u"trueconfId"_s, u"room1@sim.trueconf.local"_s },
                            { u"connection"_s, rooms.at(0)[u"connection"_s].toString() } }));
    QVERIFY(!rooms.at(0)[u"connection"_s].toString().isEmpty());
    QCOMPARE(rooms.at(2)[u"name"_s].toString(), u"Room C"_s);
    QCOMPARE(rooms.at(2)[u"up"_s], QJsonValue(false));
}

void tst_AgentClients::ctlAgentRoomsErrors()
{
    // A room's control panel is no agent: exit 5, not 3, so a script can tell.
    const QString room = u"127.0.0.1:%1"_s.arg(m_fleet->sims[0]->webPort());
    CtlRun r = runCtl({ u"--room"_s, room, u"agent-rooms"_s });
    QCOMPARE(r.code, int(CliExit::Refused));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"roomdeckctl: "_s) && r.err.contains(u"not a roomdeck-agent"_s),
             qPrintable(r.err));

    // Nothing listens: exit 3.
    r = runCtl({ u"--room"_s, u"127.0.0.1:%1"_s.arg(unusedPort()), u"--json"_s, u"agent-rooms"_s });
    QCOMPARE(r.code, int(CliExit::Unreachable));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"refused"_s), qPrintable(r.err));

    // Silence: exit 6 within --timeout.
    RawServer silent({});
    r = runCtl({ u"--room"_s, silent.address(), u"--timeout"_s, u"0.3"_s, u"agent-rooms"_s });
    QCOMPARE(r.code, int(CliExit::Timeout));
}

void tst_AgentClients::ctlAgentRoomsUsage()
{
    for (const QStringList &args :
         { QStringList { u"--ws"_s, u"ws://127.0.0.1:8765"_s, u"agent-rooms"_s },
           QStringList { u"--room"_s, m_fleet->address(), u"--instance"_s, u"Room A"_s,
                         u"agent-rooms"_s },
           QStringList { u"--room"_s, m_fleet->address(), u"agent-rooms"_s, u"extra"_s } }) {
        const CliParseResult parsed
            = CliCommandLine::parse(QStringList { u"roomdeckctl"_s } + args, {});
        QVERIFY(parsed.action == CliParseResult::Action::Error);
        QVERIFY(!parsed.text.isEmpty());
    }
    const CliParseResult help = CliCommandLine::parse({ u"roomdeckctl"_s, u"--help"_s }, {});
    QVERIFY(help.text.contains(u"agent-rooms"_s));
}

void tst_AgentClients::ctlRoomCommandOnAnAgentHints()
{
    // status against the agent's address without --instance: config.json for "default" is
    // not there. The error says what the address is and which rooms to name.
    CtlRun r = runCtl({ u"--room"_s, m_fleet->address(), u"status"_s });
    QCOMPARE(r.code, int(CliExit::Unreachable));
    QVERIFY2(r.err.contains(u"is a roomdeck-agent"_s) && r.err.contains(u"--instance"_s)
                 && r.err.contains(u"Room-A, Room-B, Room-C"_s),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(u"--ws"_s));
    QCOMPARE(r.err.count(u'\n'), 1); // one line

    // An instance the agent does not have: the same hint, for that instance.
    r = runCtl({ u"--room"_s, m_fleet->address(), u"--instance"_s, u"Room-Z"_s, u"status"_s });
    QCOMPARE(r.code, int(CliExit::Unreachable));
    QVERIFY2(r.err.contains(u"has no room with instance “Room-Z”"_s) && r.err.contains(u"Room-B"_s),
             qPrintable(r.err));

    // A plain wrong port (a closed one) keeps the --ws hint and no agent talk.
    r = runCtl(
        { u"--room"_s, u"127.0.0.1:%1"_s.arg(unusedPort()), u"--timeout"_s, u"3"_s, u"status"_s });
    QCOMPARE(r.code, int(CliExit::Unreachable));
    QVERIFY2(!r.err.contains(u"agent"_s), qPrintable(r.err));
}

void tst_AgentClients::hintForEachCase()
{
    AgentDirectory::Result agent;
    agent.rooms = { { u"Board room"_s, u"Board-room"_s, {}, {}, {}, true },
                    { u"Lobby"_s, u"Lobby"_s, {}, {}, {}, false } };
    const auto at = [](const QString &instance) {
        return RoomAddress::parse(u"10.0.0.5:9687"_s, instance);
    };
    QString hint = CliAgent::hint(at({}), agent);
    QVERIFY2(hint.contains(u"is a roomdeck-agent, not a room"_s)
                 && hint.contains(u"--instance Board-room"_s)
                 && hint.contains(u"Board-room, Lobby"_s),
             qPrintable(hint));
    hint = CliAgent::hint(at(u"Lab"_s), agent);
    QVERIFY2(hint.contains(u"has no room with instance “Lab”"_s), qPrintable(hint));
    // The room is there but config.json is not: an agent that does not relay.
    hint = CliAgent::hint(at(u"Lobby"_s), agent);
    QVERIFY2(hint.contains(u"does not relay"_s), qPrintable(hint));
    // No agent, no hint; an agent without rooms says so.
    QVERIFY(CliAgent::hint(at({}), AgentDirectory::parse("<html>", u"h:1"_s)).isEmpty());
    QVERIFY(CliAgent::hint(at({}), AgentDirectory::parse(R"({"rooms":[]})", u"h:1"_s))
                .contains(u"serves no rooms"_s));
    // More than five rooms: five names and an ellipsis.
    for (int i = 0; i < 5; ++i)
        agent.rooms.append({ u"R%1"_s.arg(i), u"R%1"_s.arg(i), {}, {}, {}, true });
    QVERIFY(CliAgent::hint(at({}), agent).contains(u"R2, …"_s));
}

void tst_AgentClients::ctlThroughTheRelay()
{
    // What agent-rooms lists is what reaches the room: bob (a User operator) runs status on
    // the second room through the agent's relay.
    const QJsonObject listed = QJsonDocument::fromJson(runCtl({ u"--room"_s, m_fleet->address(),
                                                                u"--json"_s, u"agent-rooms"_s })
                                                           .out.toUtf8())
                                   .object();
    const QString instance = listed[u"rooms"_s][1][u"instance"_s].toString();
    QCOMPARE(instance, u"Room-B"_s);
    const CtlRun r = runCtl({ u"--room"_s, m_fleet->address(), u"--instance"_s, instance,
                              u"--password"_s, AgentTest::kBob, u"--json"_s, u"status"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(status[u"trueConfId"_s].toString(), u"room2@sim.trueconf.local"_s);
    QCOMPARE(m_fleet->sims[1]->clientCount(), 1); // the agent's connection only
}

void tst_AgentClients::ctlProgram()
{
    // The real program: the table, --json, and the exit code for a room's address.
    const auto run = [](const QStringList &args) {
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        ctl.setProcessEnvironment(env);
        QSignalSpy finished(&ctl, &QProcess::finished);
        ctl.start(QStringLiteral(ROOMDECKCTL_PATH), args);
        // The agent answers from this process: keep its event loop running while waiting.
        if (!finished.wait(20000)) {
            ctl.kill();
            ctl.waitForFinished(5000);
            return CtlRun {};
        }
        return CtlRun { ctl.exitCode(), QString::fromUtf8(ctl.readAllStandardOutput()),
                        QString::fromUtf8(ctl.readAllStandardError()) };
    };
    CtlRun r = run({ u"--room"_s, m_fleet->address(), u"agent-rooms"_s });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Room B"_s) && r.out.contains(u"room2@sim.trueconf.local"_s),
             qPrintable(r.out));
    r = run({ u"--room"_s, m_fleet->address(), u"--json"_s, u"agent-rooms"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"rooms"_s].toArray().size(), 3);
    r = run({ u"--room"_s, u"127.0.0.1:%1"_s.arg(m_fleet->sims[0]->webPort()), u"agent-rooms"_s });
    QCOMPARE(r.code, int(CliExit::Refused));
    QVERIFY2(r.err.contains(u"not a roomdeck-agent"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_AgentClients)
#include "tst_agentclients.moc"
