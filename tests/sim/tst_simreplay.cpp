// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// roomdeck-sim --replay (issue 18): the recording reader's errors and skipped lines, and the
// replay's rules (recorded replies with the client's requestId, the last one repeating,
// methods absent from the recording answered by the simulator, events from the first sign-in,
// authorizationNeeded left out) against a real simulator and a real WebSocket client.

#include "sim/roomsimulator.h"
#include "sim/simreplay.h"
#include "simtestclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

const QByteArray kHeader
    = R"({"format":"roomdeck-recording","version":1,"room":"127.0.0.1:8766","instance":"","trueconfId":"room@x","started":"2026-12-05T10:14:00.123Z"})";

QByteArray line(qint64 t, const char *dir, const QJsonObject &frame)
{
    return QJsonDocument(QJsonObject { { u"t"_s, t },
                                       { u"dir"_s, QString::fromLatin1(dir) },
                                       { u"frame"_s, frame } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject reply(const QString &method, const QString &requestId, QJsonObject fields = {})
{
    fields.insert(u"method"_s, method);
    fields.insert(u"requestId"_s, requestId);
    fields.insert(u"result"_s, true);
    return fields;
}

QJsonObject eventFrame(const QString &name, QJsonObject payload = {})
{
    payload.insert(u"method"_s, u"event"_s);
    payload.insert(u"event"_s, name);
    return payload;
}

QByteArray lines(const QList<QByteArray> &body)
{
    return kHeader + '\n' + body.join('\n') + '\n';
}

//! A recording as RoomDeck would take it: sign-in at 100 ms, three getMicMute replies, one
//! setMicMute reply, a getAppState reply (with the recorded room's HTTP port), two events and
//! an authorizationNeeded between them.
QByteArray sampleRecording()
{
    return lines({
        line(90, "out", { { u"method"_s, u"auth"_s }, { u"requestId"_s, u"1"_s } }),
        line(100, "in", reply(u"auth"_s, u"1"_s, { { u"token"_s, u"***"_s } })),
        line(110, "in", reply(u"getMicMute"_s, u"2"_s, { { u"mute"_s, true } })),
        line(120, "in", reply(u"getMicMute"_s, u"3"_s, { { u"mute"_s, false } })),
        line(130, "in", reply(u"getMicMute"_s, u"4"_s, { { u"mute"_s, true } })),
        line(140, "in", reply(u"setMicMute"_s, u"5"_s)),
        line(145, "in",
             reply(u"getAppState"_s, u"6"_s,
                   { { u"appState"_s, 3 }, { u"embeddedHttpPort"_s, 38157 } })),
        line(150, "in", eventFrame(u"firstEvent"_s, { { u"n"_s, 1 } })),
        line(160, "in", eventFrame(u"authorizationNeeded"_s, { { u"cause"_s, 1 } })),
        line(250, "in", eventFrame(u"secondEvent"_s, { { u"n"_s, 2 } })),
    });
}

} // namespace

class tst_SimReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerErrors_data();
    void readerErrors();
    void skippedLines();
    void eventOffsetsCountFromTheFirstSignIn();
    void recordedRepliesInOrderThenTheLastRepeats();
    void absentMethodsGetTheSimulatorsBehaviour();
    void eventsFromTheFirstSignInWithoutAuthorizationNeeded();
    void loadedIntoARunningRoom();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content);
};

QString tst_SimReplay::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void tst_SimReplay::readerErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    const QByteArray frame = line(1, "in", eventFrame(u"x"_s));
    QTest::newRow("empty") << QByteArray("\n\n") << u"the recording is empty (no header line)"_s;
    QTest::newRow("missing header")
        << QByteArray(frame + '\n') << u"line 1: not a RoomDeck recording (the header"_s;
    QTest::newRow("not JSON header")
        << QByteArray("\n{format\n") << u"line 2: not a RoomDeck recording"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"har","version":1})")
                                  << u"line 1: not a RoomDeck recording"_s;
    QTest::newRow("version 2") << QByteArray(
        R"({"format":"roomdeck-recording","version":2})"
        "\n"
        + frame) << u"line 1: recording version 2 is newer than this simulator reads (1)"_s;
    QTest::newRow("no version") << QByteArray(R"({"format":"roomdeck-recording"})")
                                << u"line 1: the recording's version is missing or invalid"_s;
    QTest::newRow("version text") << QByteArray(R"({"format":"roomdeck-recording","version":"1"})")
                                  << u"line 1: the recording's version is missing or invalid"_s;
    QTest::newRow("too long header") << QByteArray(SimReplay::kMaxLineBytes + 1, ' ').append('x')
                                     << u"line 1: not a RoomDeck recording"_s;
    QTest::newRow("too large file")
        << QByteArray(kHeader + '\n' + QByteArray(SimReplay::kMaxFileBytes, '\n'))
        << u"the recording is larger than 64 MiB"_s;
}

void tst_SimReplay::readerErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    SimReplay::Recording recording;
    QString why;
    QVERIFY(!SimReplay::parse(data, &recording, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));

    // A running emulator refuses it the same way and keeps what it had.
    RoomSimulator sim(options());
    QString loadError;
    QVERIFY(!sim.loadReplay(data, &loadError));
    QCOMPARE(loadError, why);
    QVERIFY(sim.replaySummary().isEmpty());
}

void tst_SimReplay::skippedLines()
{
    const QByteArray data = lines({
        line(100, "in", reply(u"auth"_s, u"1"_s)),
        "{not json",
        QByteArray(SimReplay::kMaxLineBytes + 1, 'x'),
        R"([1,2])",
        R"({"t":-5,"dir":"in","frame":{}})",
        R"({"t":5,"dir":"sideways","frame":{}})",
        R"({"t":5,"dir":"in","text":"<not JSON, 7 bytes>"})",
        R"({"t":5,"dir":"out","text":"<not JSON, 7 bytes>"})",
        line(200, "in", reply(u"noSuchMethod\u001b[2J"_s, u"2"_s)),
        line(210, "in", eventFrame(u"authorizationNeeded"_s)),
        line(220, "in", { { u"method"_s, u"getMicMute"_s } }),
        line(230, "in", eventFrame(u"fine"_s)),
        line(240, "out", { { u"method"_s, u"getMicMute"_s } }),
        line(250, "in", reply(u"getMicMute"_s, u"3"_s, { { u"mute"_s, true } })),
    });
    SimReplay::Recording r;
    QString error;
    QVERIFY2(SimReplay::parse(data, &r, &error), qPrintable(error));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().at, 130);
    QCOMPARE(r.events.first().line, 13);
    QCOMPARE(r.replyCount, 1);
    QCOMPARE(r.replies.size(), 1);
    QCOMPARE(r.connectionReplies, 1);
    QCOMPARE(r.requestCount, 2);
    QVERIFY(r.signInFound);

    QStringList skipped;
    for (const SimReplay::Skipped &s : std::as_const(r.skipped))
        skipped.append(u"%1: %2"_s.arg(s.line).arg(s.reason));
    QCOMPARE(r.skippedCount, 9);
    QCOMPARE(skipped.size(), 9);
    QVERIFY2(skipped.first().startsWith(u"3: not JSON ("_s), qPrintable(skipped.first()));
    QCOMPARE(skipped.mid(1),
             QStringList({
                 u"4: longer than 1 MiB"_s,
                 u"5: not a JSON object"_s,
                 u"6: no valid \"t\" (whole milliseconds)"_s,
                 u"7: no valid \"dir\" (\"in\" or \"out\")"_s,
                 u"8: the room sent a frame that was not JSON (not replayed)"_s,
                 u"10: a reply of unknown method \"noSuchMethod\\u001b[2J\""_s,
                 u"11: authorizationNeeded is not replayed (it would sign the client out)"_s,
                 u"12: neither an event nor a reply (no \"result\")"_s,
             }));

    const QString summary = r.summary();
    QVERIFY2(summary.contains(u"replay: 1 event(s), 1 reply(ies) over 1 method(s)"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"9 line(s) skipped"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"line 4: longer than 1 MiB"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(QChar(0x1b)), "the summary carries a raw escape character");
}

void tst_SimReplay::eventOffsetsCountFromTheFirstSignIn()
{
    SimReplay::Recording r;
    QString error;
    QVERIFY2(SimReplay::parse(sampleRecording(), &r, &error), qPrintable(error));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events.at(0).at, 50);
    QCOMPARE(r.events.at(1).at, 150);
    QCOMPARE(r.replies.value(u"getMicMute"_s).size(), 3);
    QVERIFY(!r.replies.value(u"getMicMute"_s).first().contains(u"requestId"_s));

    // Without a successful sign-in, events count from the recording's start (and it says so).
    SimReplay::Recording unsigned_;
    QVERIFY(SimReplay::parse(lines({ line(40, "in", eventFrame(u"e"_s)) }), &unsigned_, &error));
    QCOMPARE(unsigned_.events.first().at, 40);
    QVERIFY(!unsigned_.signInFound);
    QVERIFY(unsigned_.summary().contains(u"no successful sign-in"_s));
}

void tst_SimReplay::recordedRepliesInOrderThenTheLastRepeats()
{
    RoomSimulator sim(options());
    QString error;
    QVERIFY2(sim.loadReplay(sampleRecording(), &error), qPrintable(error));
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.openAs(sim));

    const auto micMute = [&client](const QString &requestId) {
        return client.request({ { u"method"_s, u"getMicMute"_s }, { u"requestId"_s, requestId } });
    };
    QJsonObject r = micMute(u"a-1"_s);
    QCOMPARE(r.value(u"requestId"_s).toString(), u"a-1"_s);
    QCOMPARE(r.value(u"result"_s).toBool(), true);
    QCOMPARE(r.value(u"mute"_s).toBool(), true);
    QCOMPARE(micMute(u"a-2"_s).value(u"mute"_s).toBool(), false);
    QCOMPARE(micMute(u"a-3"_s).value(u"mute"_s).toBool(), true);
    // Used up: the last one again (a console re-reads after reconnecting).
    r = micMute(u"a-4"_s);
    QCOMPARE(r.value(u"requestId"_s).toString(), u"a-4"_s);
    QCOMPARE(r.value(u"mute"_s).toBool(), true);
    QCOMPARE(micMute(u"a-5"_s).value(u"mute"_s).toBool(), true);

    // A numeric requestId is echoed as it came.
    r = client.request({ { u"method"_s, u"getMicMute"_s }, { u"requestId"_s, 77 } });
    QCOMPARE(r.value(u"requestId"_s), QJsonValue(77));

    // The recorded room's HTTP port is not this room's: the reply names this one.
    r = client.request({ { u"method"_s, u"getAppState"_s }, { u"requestId"_s, u"a-6"_s } });
    QCOMPARE(r.value(u"appState"_s).toInt(), 3);
    QCOMPARE(r.value(u"embeddedHttpPort"_s).toInt(), int(sim.httpPort()));
}

void tst_SimReplay::absentMethodsGetTheSimulatorsBehaviour()
{
    RoomSimulator::Options o = options();
    RoomSimulator sim(o);
    QString error;
    QVERIFY2(sim.loadReplay(sampleRecording(), &error), qPrintable(error));
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.openAs(sim));

    // setMicMute is answered from the recording: the room's microphone does not change and no
    // audioCapturerMute goes out (the recording holds its own events).
    const QJsonObject set = client.call(u"setMicMute"_s, { { u"mute"_s, true } });
    QCOMPARE(set.value(u"result"_s).toBool(), true);
    // getAudioMute is not in the recording: the simulator's own answer.
    const QJsonObject speaker = client.call(u"getAudioMute"_s);
    QCOMPARE(speaker.value(u"result"_s).toBool(), true);
    QVERIFY(speaker.contains(u"mute"_s));
    QCOMPARE(client.eventCount(u"audioCapturerMute"_s), 0);
    // The simulator's behaviour for an absent method, with its events: the speaker.
    QVERIFY(client.call(u"setAudioMute"_s, { { u"mute"_s, !speaker.value(u"mute"_s).toBool() } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(!client.waitEvent(u"audioRendererMute"_s).isEmpty());
    QCOMPARE(client.eventCount(u"audioCapturerMute"_s), 0);
    // The §10 checks still come first: an unknown method stays unknown.
    QCOMPARE(client.call(u"noSuchMethod"_s).value(u"error"_s).toString(), u"Unknown method"_s);
}

void tst_SimReplay::eventsFromTheFirstSignInWithoutAuthorizationNeeded()
{
    RoomSimulator sim(options());
    QString error;
    QVERIFY2(sim.loadReplay(sampleRecording(), &error), qPrintable(error));
    QVERIFY(startSim(sim));
    QSignalSpy finished(&sim, &RoomSimulator::replayFinished);

    // A connection that has not signed in starts nothing.
    TestClient early;
    QVERIFY(early.open(sim.wsUrl()));
    QCOMPARE(early.call(u"setUsedApiVersion"_s, { { u"version"_s, u"1"_s } }).value(u"result"_s),
             QJsonValue(true));
    QCOMPARE(finished.size(), 0);

    TestClient client;
    QVERIFY(client.openAs(sim));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(client.eventsUntil(u"secondEvent"_s),
             QStringList({ u"firstEvent"_s, u"secondEvent"_s }));
    QCOMPARE(client.peekEvent(u"secondEvent"_s).value(u"n"_s).toInt(), 2);
    // Still signed in: authorizationNeeded was left out.
    QCOMPARE(sim.authorizedCount(u"admin"_s), 1);
    QCOMPARE(client.call(u"getAudioMute"_s).value(u"result"_s).toBool(), true);
    QCOMPARE(early.eventCount(u"firstEvent"_s), 0);
}

void tst_SimReplay::loadedIntoARunningRoom()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient client;
    QVERIFY(client.openAs(sim));
    QSignalSpy finished(&sim, &RoomSimulator::replayFinished);
    sim.setReplaySpeed(10);
    QString error;
    QVERIFY2(sim.loadReplay(sampleRecording(), &error), qPrintable(error));
    // A client is signed in already: the clock starts at once.
    QVERIFY(finished.wait(5000));
    QCOMPARE(client.eventsUntil(u"secondEvent"_s),
             QStringList({ u"firstEvent"_s, u"secondEvent"_s }));
    QVERIFY(sim.replaySummary().contains(u"replay: 2 event(s)"_s));
}

void tst_SimReplay::commandLine()
{
    const QString good = write(u"good.jsonl"_s, sampleRecording());
    QProcess sim;
    sim.start(QStringLiteral(ROOMDECK_SIM_BINARY),
              { u"--replay"_s, good, u"--speed"_s, u"2"_s, u"--web-port"_s, u"0"_s, u"--wsport"_s,
                u"0"_s, u"--httpport"_s, u"0"_s });
    QVERIFY(sim.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += sim.readAllStandardError()).contains("skipped"), 5000);
    QVERIFY2(err.contains("replay: 2 event(s), 5 reply(ies) over 3 method(s)"), err.constData());
    QVERIFY2(err.contains("line 10: authorizationNeeded is not replayed"), err.constData());
    sim.terminate();
    QVERIFY(sim.waitForFinished());

    const QString bad = write(u"bad.jsonl"_s, R"({"format":"roomdeck-recording","version":2})");
    QProcess refused;
    refused.start(QStringLiteral(ROOMDECK_SIM_BINARY), { u"--replay"_s, bad });
    QVERIFY(refused.waitForFinished());
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY2(refused.readAllStandardError().contains(
                 "line 1: recording version 2 is newer than this simulator reads (1)"),
             "no clear error for a newer recording");

    QProcess speed;
    speed.start(QStringLiteral(ROOMDECK_SIM_BINARY), { u"--replay"_s, good, u"--speed"_s, u"0"_s });
    QVERIFY(speed.waitForFinished());
    QCOMPARE(speed.exitCode(), 1);
    QVERIFY(speed.readAllStandardError().contains("invalid value for --speed"));
}

QTEST_GUILESS_MAIN(tst_SimReplay)
#include "tst_simreplay.moc"
