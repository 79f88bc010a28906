// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "sim/simaudiotests.h"
#include "sim/simscenario.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Scenarios, fault knobs and the roomdeck-sim command line.
class tst_SimScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseErrors_data();
    void parseErrors();
    void timeline();
    void loadedBeforeStart();
    void scenarioFiles();
    void audioTestActions();
    void dropAfterFrames();
    void refuseConnections();
    void commandLineHelp();
    void commandLineErrors_data();
    void commandLineErrors();
    void commandLineScenario();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content);
};

QString tst_SimScenario::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void tst_SimScenario::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("{events") << u"not valid JSON at offset"_s;
    QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
    QTest::newRow("no events") << QByteArray("{}") << u"must have an \"events\" array"_s;
    QTest::newRow("events not an array")
        << QByteArray(R"({"events":{}})") << u"must have an \"events\" array"_s;
    QTest::newRow("unknown top-level field")
        << QByteArray(R"({"events":[],"evnets":[]})") << u"unknown top-level field \"evnets\""_s;
    QTest::newRow("event not an object")
        << QByteArray(R"({"events":[1]})") << u"event 1 is not an object"_s;
    QTest::newRow("at missing") << QByteArray(R"({"events":[{"do":"remoteHangUp"}]})")
                                << u"event 1: \"at\" must be a non-negative number"_s;
    QTest::newRow("at negative") << QByteArray(R"({"events":[{"at":-5,"do":"remoteHangUp"}]})")
                                 << u"event 1: \"at\" must be"_s;
    QTest::newRow("at fraction") << QByteArray(R"({"events":[{"at":1.5,"do":"remoteHangUp"}]})")
                                 << u"event 1: \"at\" must be"_s;
    QTest::newRow("do missing") << QByteArray(R"({"events":[{"at":0}]})")
                                << u"event 1: \"do\" must name an action"_s;
    QTest::newRow("unknown action")
        << QByteArray(R"({"events":[{"at":0,"do":"remoteHangUp"},{"at":5,"do":"dance"}]})")
        << u"event 2: unknown action \"dance\""_s;
    QTest::newRow("field missing") << QByteArray(R"({"events":[{"at":0,"do":"incomingCall"}]})")
                                   << u"event 1 (\"incomingCall\"): peerId is missing"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"events":[{"at":0,"do":"incomingCall","peerid":"a"}]})")
        << u"event 1 (\"incomingCall\"): unknown field \"peerid\""_s;
    QTest::newRow("wrong type") << QByteArray(
        R"({"events":[{"at":0,"do":"presenceStorm","count":"many"}]})")
                                << u"event 1 (\"presenceStorm\"): count must be an integer"_s;
    QTest::newRow("payload not an object")
        << QByteArray(R"({"events":[{"at":0,"do":"event","event":"myEvent","payload":"x"}]})")
        << u"payload must be an object"_s;
    QTest::newRow("call type out of range")
        << QByteArray(R"({"events":[{"at":0,"do":"incomingCall","peerId":"a","type":7}]})")
        << u"type must be 0 (call), 1, 2 or 3"_s;
    QTest::newRow("appState out of range")
        << QByteArray(R"({"events":[{"at":0,"do":"appState","appState":9}]})")
        << u"appState must be 0 to 6"_s;
}

void tst_SimScenario::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QList<SimScenario::Step> steps;
    QVERIFY(!SimScenario::parse(json, &steps, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
    RoomSimulator sim(options());
    QString viaRoom;
    QVERIFY(!sim.loadScenario(json, &viaRoom));
    QCOMPARE(viaRoom, why);
}

void tst_SimScenario::timeline()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    // Out of order in the file on purpose: the clock sorts them.
    const QByteArray json = R"({"description":"a short demo","events":[
        {"at":40,"do":"cancelIncomingCall"},
        {"at":0,"do":"incomingCall","peerId":"alice@video.example.net","peerDn":"Alice"},
        {"at":80,"do":"event","event":"myEvent","payload":{"data":"from the scenario"}},
        {"at":120,"do":"presenceStorm","count":150},
        {"at":160,"do":"setting","name":"autoAccept","value":true},
        {"at":200,"do":"incomingCall","peerId":"bob","type":1,"confTitle":"Sync"},
        {"at":260,"do":"participantJoins","peerId":"carol@video.example.net","peerDn":"Carol"},
        {"at":300,"do":"groupChatMessage","peerId":"carol@video.example.net","message":"hi"},
        {"at":340,"do":"participantLeaves","peerId":"carol@video.example.net"},
        {"at":380,"do":"remoteHangUp"},
        {"at":560,"do":"participantJoins","peerId":"dave"},
        {"at":600,"do":"raw","text":"{\"method\":\"event\",\"event\":\"custom\"}"}
    ]})";
    QSignalSpy ran(&sim, &RoomSimulator::scenarioStepRan);
    QString error;
    QVERIFY2(sim.loadScenario(json, &error), qPrintable(error));
    QVERIFY(!c.eventsUntil(u"custom"_s).isEmpty());

    const QStringList expected {
        u"inviteReceived"_s,
        u"stopCalling"_s,
        u"myEvent"_s,
        u"usersStatusesChanged"_s,
        u"usersStatusesChanged"_s,
        u"settingsChanged"_s,
        u"inviteReceived"_s,
        u"conferenceCreated"_s,
        u"newParticipantInConference"_s,
        u"incomingGroupChatMessage"_s,
        u"participantLeftConference"_s,
        u"conferenceDeleted"_s,
        u"custom"_s,
    };
    QStringList names = c.eventNames();
    names.removeAll(u"appStateChanged"_s);
    QCOMPARE(names, expected);
    QCOMPARE(c.waitEvent(u"myEvent"_s).value(u"data"_s).toString(), u"from the scenario"_s);
    QCOMPARE(c.waitEvent(u"inviteReceived"_s).value(u"peerDn"_s).toString(), u"Alice"_s);
    QCOMPARE(c.waitEvent(u"inviteReceived"_s).value(u"confTitle"_s).toString(), u"Sync"_s);

    QTRY_COMPARE(ran.size(), 12);
    QCOMPARE(ran.at(0).at(1).toString(), u"incomingCall"_s);
    QCOMPARE(ran.at(0).at(0).toInt(), 2); // position in the file
    // Dave (11th in the file) could not join: the conference had ended. Every other step ran.
    // Found by file position, not by arrival index: on a loaded machine two overdue steps may
    // be reported in the same timer tick.
    int daveSteps = 0;
    for (const QList<QVariant> &step : std::as_const(ran)) {
        if (step.at(0).toInt() == 11) {
            ++daveSteps;
            QCOMPARE(step.at(1).toString(), u"participantJoins"_s);
            QCOMPARE(step.at(2).toBool(), false);
        } else {
            QVERIFY2(step.at(2).toBool(), qPrintable(step.at(1).toString()));
        }
    }
    QCOMPARE(daveSteps, 1);
}

void tst_SimScenario::loadedBeforeStart()
{
    RoomSimulator sim(options());
    QSignalSpy ran(&sim, &RoomSimulator::scenarioStepRan);
    QVERIFY(sim.loadScenario(
        R"({"events":[{"at":150,"do":"event","event":"myEvent","payload":{"data":"late"}}]})"));
    // The clock starts with the room, not with loading.
    QElapsedTimer sinceStart;
    sinceStart.start();
    QVERIFY(startSim(sim));
    QVERIFY(ran.wait(kTimeout));
    QVERIFY(sinceStart.elapsed() >= 140);
    QCOMPARE(ran.first().at(1).toString(), u"event"_s);
}

void tst_SimScenario::audioTestActions()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    QSignalSpy ran(&sim, &RoomSimulator::scenarioStepRan);
    QString error;
    QVERIFY2(sim.loadScenario(R"({"events":[{"at":0,"do":"microphoneLevel","level":0},
                                            {"at":0,"do":"audioDelay","ms":-1}]})",
                              &error),
             qPrintable(error));
    QTRY_COMPARE(ran.count(), 2);
    QCOMPARE(ran.at(0).at(2).toBool(), true);
    QCOMPARE(sim.audioTests().microphoneLevel(), 0);
    QCOMPARE(sim.audioTests().audioDelayMs(), -1);
    QVERIFY(!sim.loadScenario(R"({"events":[{"at":0,"do":"microphoneLevel"}]})", &error));
    QVERIFY(SimScenario::actionsHelp().contains(u"microphoneLevel level"_s));
}

void tst_SimScenario::scenarioFiles()
{
    RoomSimulator sim(options());
    QString error;
    QVERIFY(!sim.loadScenarioFile(m_dir.filePath(u"missing.json"_s), &error));
    QVERIFY2(error.contains(u"cannot read the scenario"_s), qPrintable(error));
    QVERIFY(
        !sim.loadScenarioFile(write(u"bad.json"_s, R"({"events":[{"at":0,"do":"x"}]})"), &error));
    QVERIFY2(error.contains(u"invalid scenario"_s) && error.contains(u"unknown action \"x\""_s),
             qPrintable(error));
    QVERIFY(sim.loadScenarioFile(write(u"good.json"_s, R"({"events":[]})"), &error));
}

void tst_SimScenario::dropAfterFrames()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    sim.setDropAfterFrames(3);
    QSignalSpy dropped(&c.socket(), &QWebSocket::disconnected);
    for (int i = 0; i < 3; ++i)
        QVERIFY(c.call(u"getAppState"_s).value(u"result"_s).toBool());
    // The third frame arrived; then the connection died without a close frame.
    QTRY_COMPARE(dropped.size(), 1);
    QVERIFY(c.socket().closeCode() != QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(sim.clientCount(), 0);

    // New connections are cut the same way, until the knob is reset.
    TestClient again;
    QVERIFY(again.open(sim.wsUrl()));
    QSignalSpy droppedAgain(&again.socket(), &QWebSocket::disconnected);
    again.send({ { u"method"_s, u"setUsedApiVersion"_s }, { u"version"_s, u"1"_s } });
    again.send({ { u"method"_s, u"setUsedApiVersion"_s }, { u"version"_s, u"1"_s } });
    again.send({ { u"method"_s, u"setUsedApiVersion"_s }, { u"version"_s, u"1"_s } });
    QTRY_COMPARE(droppedAgain.size(), 1);
    sim.setDropAfterFrames(0);
    TestClient fine;
    QVERIFY(fine.openAs(sim));
    for (int i = 0; i < 5; ++i)
        QVERIFY(fine.call(u"getAppState"_s).value(u"result"_s).toBool());
    QVERIFY(fine.isOpen());
}

void tst_SimScenario::refuseConnections()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    sim.setRefuseConnections(true);
    TestClient refused;
    QSignalSpy closed(&refused.socket(), &QWebSocket::disconnected);
    QSignalSpy connected(&refused.socket(), &QWebSocket::connected);
    QSignalSpy failed(&refused.socket(),
                      qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    refused.socket().open(sim.wsUrl());
    QVERIFY(failed.wait(kTimeout)); // the room closes the connection: the attempt ends
    QCOMPARE(connected.size(), 0);
    QVERIFY(!refused.isOpen());
    QCOMPARE(sim.clientCount(), 0);
    sim.setRefuseConnections(false);
    TestClient accepted;
    QVERIFY(accepted.openAs(sim));
}

namespace {

struct ProcessResult
{
    int code = -1;
    QString out;
    QString err;
};

ProcessResult runSim(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(ROOMDECK_SIM_BINARY), arguments);
    process.waitForFinished(30000);
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
             QString::fromLocal8Bit(process.readAllStandardError()) };
}

} // namespace

void tst_SimScenario::commandLineHelp()
{
    const ProcessResult help = runSim({ u"--help"_s });
    QCOMPARE(help.code, 0);
    for (const QString &option : { u"--web-port"_s,
                                   u"--wsport"_s,
                                   u"--httpport"_s,
                                   u"--pin"_s,
                                   u"--admin-password"_s,
                                   u"--instance"_s,
                                   u"--address"_s,
                                   u"--logged-out"_s,
                                   u"--strict"_s,
                                   u"--peer-id"_s,
                                   u"--peer-dn"_s,
                                   u"--peers"_s,
                                   u"--seed"_s,
                                   u"--presence-churn"_s,
                                   u"--server-delay"_s,
                                   u"--ring-delay"_s,
                                   u"--ring-timeout"_s,
                                   u"--conference-pin"_s,
                                   u"--account"_s,
                                   u"--accounts-only"_s,
                                   u"--http-token-lifetime"_s,
                                   u"--upload-limit"_s,
                                   u"--reboot-delay"_s,
                                   u"--reboot-new-port"_s,
                                   u"--scenario"_s,
                                   u"--reply-delay"_s,
                                   u"--drop-after-frames"_s,
                                   u"--refuse-connections"_s })
        QVERIFY2(help.out.contains(option), qPrintable(option));
    // The callee rules and the scenario actions are documented too.
    for (const QString &text : { u"noanswer*"_s, u"busy*"_s, u"secret*"_s, u"inconf*"_s,
                                 u"presenceStorm"_s, u"incomingCall"_s, u"locked*"_s })
        QVERIFY2(help.out.contains(text), qPrintable(text));
}

void tst_SimScenario::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("scenario missing") << QStringList { u"--scenario"_s, u"/no/such/file.json"_s }
                                      << u"cannot read the scenario"_s;
    QTest::newRow("scenario action")
        << QStringList { u"--scenario"_s, u"@bad"_s } << u"unknown action \"dance\""_s;
    QTest::newRow("peers") << QStringList { u"--peers"_s, u"many"_s } << u"--peers"_s;
    QTest::newRow("churn") << QStringList { u"--presence-churn"_s, u"-3"_s }
                           << u"--presence-churn"_s;
    QTest::newRow("account") << QStringList { u"--account"_s, u"nopassword"_s } << u"--account"_s;
    QTest::newRow("reply delay") << QStringList { u"--reply-delay"_s, u"getAbook"_s }
                                 << u"--reply-delay"_s;
}

void tst_SimScenario::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString bad = write(u"dance.json"_s, R"({"events":[{"at":0,"do":"dance"}]})");
    arguments.replaceInStrings(u"@bad"_s, bad);
    const ProcessResult r = runSim(
        arguments
        + QStringList { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
}

void tst_SimScenario::commandLineScenario()
{
    const QString path
        = write(u"hello.json"_s,
                R"({"events":[{"at":0,"do":"event","event":"myEvent","payload":{"data":"x"}},
                      {"at":10,"do":"remoteHangUp"}]})");
    QProcess process;
    process.start(QString::fromUtf8(ROOMDECK_SIM_BINARY),
                  { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s,
                    u"--scenario"_s, path });
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromLocal8Bit(process.readAllStandardOutput()),
                              out.contains(u"scenario event 2: remoteHangUp (not possible"_s)),
                             10000);
    QVERIFY2(out.contains(u"scenario event 1: event"_s), qPrintable(out));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(tst_SimScenario)
#include "tst_simscenario.moc"
