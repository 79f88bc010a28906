// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl's commands run in-process (CliRunner writing into buffers) against the simulator.
// tst_cliprogram runs the same commands through the real program.
#include "cli/clirunner.h"
#include "clirun.h"
#include "simroom.h"
#include "testimages.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

//! True once the run has signed in: what the room sends from then on reaches the command
//! (its events come behind the sign-in's reply on the same socket).
bool sessionUp(const RoomSimulator &sim)
{
    return sim.authorizedCount(u"user"_s) > 0;
}

//! The startup requests (the GUI's burst) that reached the room.
QStringList startupRequestsSeen(const RoomSimulator &sim)
{
    QStringList seen;
    for (const QString &method :
         { u"getAppState"_s, u"getSettings"_s, u"getSystemInfo"_s, u"getMonitorsInfo"_s })
        if (sim.receivedMethods().contains(method))
            seen.append(method);
    return seen;
}

} // namespace

class tst_CliRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusAsJson();
    void statusForPeopleIsAligned();
    void sendMasksSecrets();
    void watchPrintsEventsUntilInterrupted();
    void watchEndsAfterFor();
    void watchEndsWhenTheRoomGoes();
    void watchEndsWhenDisplaced();
    void uploadLogo();
    void interruptedCommand();
    void timeout();
    void asksOnlyForWhatItPrints_data();
    void asksOnlyForWhatItPrints();

private:
    QTemporaryDir m_dir;
};

void tst_CliRunner::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    QVERIFY(m_dir.isValid());
}

void tst_CliRunner::statusAsJson()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"--json"_s, u"status"_s });
    QCOMPARE(run.finished->size(), 0); // never from inside start()
    QCOMPARE(run.wait(), 0);
    QCOMPARE(run.err(), QString());
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"connection"_s).toString(), u"connected"_s);
    QCOMPARE(o.value(u"role"_s).toString(), u"user"_s); // read-only: User unless --role admin
    QCOMPARE(o.value(u"appState"_s).toInt(), 3);
    QCOMPARE(o.value(u"appStateName"_s).toString(), u"normal"_s);
    QCOMPARE(o.value(u"trueConfId"_s).toString(), sim->options().peerId);
    QCOMPARE(o.value(u"displayName"_s).toString(), sim->options().peerDn);
    QCOMPARE(o.value(u"httpPort"_s).toInt(), int(sim->httpPort()));
    const QJsonObject server = o.value(u"server"_s).toObject();
    QCOMPARE(server.value(u"state"_s).toInt(), 2);
    QCOMPARE(server.value(u"stateName"_s).toString(), u"connected"_s);
    QCOMPARE(server.value(u"server"_s).toString(), u"sim.trueconf.local"_s);
    QVERIFY(sim->receivedMethods().contains(u"getConnected"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliRunner::statusForPeopleIsAligned()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"status"_s });
    QCOMPARE(run.wait(), 0);
    const QStringList lines = run.out().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 6);
    // Values start in one column: right after the longest label and two spaces.
    const qsizetype column = lines.first().indexOf(u"127.0.0.1"_s);
    QVERIFY(column > 0);
    for (const QString &line : lines) {
        QVERIFY2(line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    }
    QVERIFY(run.out().contains(sim->options().peerId));
    QVERIFY(run.out().contains(Room::roleName(Room::Role::User)));
}

void tst_CliRunner::sendMasksSecrets()
{
    RoomSimulator::Options options;
    options.pin = u"4711ab"_s;
    auto sim = SimRoom::start(options);
    Run token(*sim,
              { u"--pin"_s, u"4711ab"_s, u"--json"_s, u"send"_s,
                u"{\"method\":\"getTokenForHttpServer\"}"_s });
    QCOMPARE(token.wait(), 0);
    QCOMPARE(token.json().value(u"token"_s).toString(), u"***"_s);
    QCOMPARE(token.json().value(u"result"_s).toBool(), true);

    // getAuthInfo shows an admin connection the PIN (room-api.md §4.2); roomdeckctl does not.
    Run info(*sim, { u"--pin"_s, u"4711ab"_s, u"send"_s, u"{\"method\":\"getAuthInfo\"}"_s });
    QCOMPARE(info.wait(), 0);
    QVERIFY2(!info.out().contains(u"4711ab"_s), qPrintable(info.out()));
    QVERIFY(info.out().contains(u"\"pin\": \"***\""_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliRunner::watchPrintsEventsUntilInterrupted()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"--json"_s, u"watch"_s });
    QTRY_VERIFY(sessionUp(*sim));
    sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"hello"_s } });
    sim->sendEvent(u"futureEvent"_s, { { u"token"_s, u"abc123secret"_s }, { u"n"_s, 1 } });
    QTRY_COMPARE(run.out().count(u'\n'), 2);
    run.runner->interrupt(SIGINT);
    QCOMPARE(run.wait(), 0);
    QCOMPARE(run.err(), QString());

    const QStringList lines = run.out().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    QCOMPARE(first.value(u"event"_s).toString(), u"myEvent"_s);
    QCOMPARE(first.value(u"data"_s).toString(), u"hello"_s);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(second.value(u"event"_s).toString(), u"futureEvent"_s);
    QCOMPARE(second.value(u"token"_s).toString(), u"***"_s);
    QVERIFY(!run.out().contains(u"abc123secret"_s));
}

void tst_CliRunner::watchEndsAfterFor()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"watch"_s, u"--for"_s, u"0.3"_s, u"--event"_s, u"myEvent"_s });
    QTRY_VERIFY(sessionUp(*sim));
    sim->sendEvent(u"audioCapturerMute"_s, { { u"mute"_s, true } }); // filtered out
    sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"kept"_s } });
    QCOMPARE(run.wait(), 0);
    const QStringList lines = run.out().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    // People get a time, the event name and the payload.
    QVERIFY2(lines.first().contains(u"myEvent"_s), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(u"{\"data\":\"kept\"}"_s), qPrintable(lines.first()));
}

void tst_CliRunner::watchEndsWhenTheRoomGoes()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"watch"_s });
    QTRY_VERIFY(sessionUp(*sim));
    QTRY_COMPARE(sim->authorizedCount(u"user"_s), 1);
    sim->closeAllClients();
    QCOMPARE(run.wait(), int(CliExit::Unreachable));
    QVERIFY(run.err().startsWith(u"roomdeckctl: "_s));
}

void tst_CliRunner::watchEndsWhenDisplaced()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"watch"_s });
    QTRY_VERIFY(sessionUp(*sim));
    RoomController other(SimRoom::fastOptions());
    // watch holds the User connection; another User client takes it over.
    other.connectToRoom(SimRoom::addressOf(*sim),
                        RoomController::Credentials::unsecured(Room::Role::User));
    QCOMPARE(run.wait(), int(CliExit::AuthFailed));
    QVERIFY2(run.err().contains(Room::authNeededCauseText(1)), qPrintable(run.err()));
}

void tst_CliRunner::uploadLogo()
{
    auto sim = SimRoom::start();
    const QString path = m_dir.filePath(u"logo.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestImages::png());
    file.close();

    Run run(*sim, { u"--json"_s, u"upload-logo"_s, path, u"--mode"_s, u"1"_s });
    QCOMPARE(run.wait(), 0);
    const QJsonObject o = run.json();
    QVERIFY(sim->hasFile(o.value(u"fileId"_s).toInt(-1)));
    QCOMPARE(o.value(u"mode"_s).toInt(), 1);
    QCOMPARE(o.value(u"file"_s).toString(), u"logo.png"_s);
    QCOMPARE(o.value(u"bytes"_s).toInt(), TestImages::png().size());
    QVERIFY(sim->receivedMethods().contains(u"setLogo"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliRunner::interruptedCommand()
{
    auto sim = SimRoom::start();
    sim->setReplyDelay(u"getConnected"_s, -1);
    Run run(*sim, { u"status"_s });
    QTRY_VERIFY(sim->receivedMethods().contains(u"getConnected"_s));
    run.runner->interrupt(SIGTERM);
    QCOMPARE(run.wait(), 128 + SIGTERM);
    QCOMPARE(run.err(), u"roomdeckctl: interrupted\n"_s);
    QCOMPARE(run.out(), QString());
}

void tst_CliRunner::timeout()
{
    auto sim = SimRoom::start();
    sim->setReplyDelay(u"getConnected"_s, -1);
    Run run(*sim, { u"--timeout"_s, u"0.4"_s, u"status"_s });
    QCOMPARE(run.wait(), int(CliExit::Timeout));
    QVERIFY2(run.err().startsWith(u"roomdeckctl: "_s), qPrintable(run.err()));
    QCOMPARE(run.err().count(u'\n'), 1);
}

void tst_CliRunner::asksOnlyForWhatItPrints_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // startup requests the room receives
    QTest::newRow("status") << QStringList { u"status"_s }
                            << QStringList { u"getAppState"_s, u"getSystemInfo"_s };
    QTest::newRow("hangup") << QStringList { u"hangup"_s } << QStringList { u"getAppState"_s };
    QTest::newRow("abook") << QStringList { u"abook"_s } << QStringList();
    QTest::newRow("send") << QStringList { u"send"_s, u"{\"method\":\"getMicMute\"}"_s }
                          << QStringList();
}

void tst_CliRunner::asksOnlyForWhatItPrints()
{
    // A one-shot command pays for every request before it: it asks the room only for what it
    // uses (the GUI's views need settings and monitors, a script does not).
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    auto sim = SimRoom::start();
    Run run(*sim, args);
    const int code = run.wait();
    QVERIFY2(code == 0 || code == int(CliExit::Refused), qPrintable(run.err()));
    QCOMPARE(startupRequestsSeen(*sim), expected);
    QVERIFY(sim->receivedMethods().contains(u"auth"_s));
}

QTEST_GUILESS_MAIN(tst_CliRunner)
#include "tst_clirunner.moc"
