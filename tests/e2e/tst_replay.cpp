// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Issue 18: a recording of a room session, replayed by the simulator (`roomdeck-sim --replay`),
// reproduces the same event-log lines in RoomDeck. A real session against a simulator playing
// scenario steps (and the session's own commands) is recorded by the session's FrameLog and
// saved with the inspector's own writer (FrameRecording::save, as Save Recording… does); a
// second simulator replays the file to a fresh session; the room's events in both event logs
// (kind and text) are identical, in order.

#include "core/controller/roomcontroller.h"
#include "core/inspector/framerecording.h"
#include "core/logging.h"
#include "core/models/callsession.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomsession.h"
#include "sim/roomsimulator.h"
#include "simroom.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Kind = EventLogModel::Kind;

namespace {

//! The event log's lines of the room's events: kind and text, no times, no connection lines.
QStringList roomEventLines(const EventLogModel &log)
{
    QStringList lines;
    for (int row = 0; row < log.rowCount(); ++row) {
        const EventLogModel::Entry &e = log.entry(row);
        if (e.kind == Kind::Event || e.kind == Kind::Presence)
            lines.append(EventLogModel::kindName(e.kind) + u" | "_s + e.text);
    }
    return lines;
}

int rowsNamed(const EventLogModel &log, const QString &name)
{
    int n = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        if (log.entry(row).name == name && log.entry(row).kind != Kind::Command)
            ++n;
    return n;
}

bool signIn(RoomSession &session, const RoomSimulator &sim)
{
    QSignalSpy ready(session.controller(), &RoomController::startupCompleted);
    session.controller()->connectToRoom(SimRoom::addressOf(sim), Creds::unsecured());
    return ready.wait(5000);
}

//! Plays scenario steps (all at once) and waits until each has run in the room.
bool play(RoomSimulator &sim, const QByteArray &events, int steps)
{
    QSignalSpy ran(&sim, &RoomSimulator::scenarioStepRan);
    QString error;
    if (!sim.loadScenario(R"({"events":[)" + events + "]}", &error)) {
        qWarning("scenario refused: %s", qPrintable(error));
        return false;
    }
    if (!QTest::qWaitFor([&] { return ran.size() >= steps; }, 5000))
        return false;
    for (const QList<QVariant> &step : std::as_const(ran))
        if (!step.at(2).toBool()) {
            qWarning("scenario step %s was not possible", qPrintable(step.at(1).toString()));
            return false;
        }
    return true;
}

} // namespace

class tst_Replay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayReproducesTheEventLog();
};

void tst_Replay::replayReproducesTheEventLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"session.jsonl"_s);

    // (a) A real session, recorded.
    QStringList original;
    {
        auto sim = SimRoom::start();
        RoomSession session(SimRoom::fastOptions());
        RoomController *c = session.controller();
        QVERIFY(signIn(session, *sim));
        const EventLogModel &log = *session.eventLog();

        // Invited to a group conference, which the operator accepts.
        QSignalSpy incoming(session.call(), &CallSession::incomingCall);
        QVERIFY(play(*sim,
                     R"({"at":0,"do":"incomingCall","peerId":"alice@sim.trueconf.local",)"
                     R"("peerDn":"Alice","type":1,"confTitle":"Weekly"})",
                     1));
        QVERIFY(incoming.wait(5000) || incoming.size() == 1);
        QSignalSpy started(session.call(), &CallSession::conferenceStarted);
        QVERIFY(c->accept() != 0);
        QVERIFY(started.wait(5000) || started.size() == 1);

        // Somebody joins and writes, the owner mutes the room, a custom event.
        QVERIFY(play(*sim,
                     R"({"at":0,"do":"participantJoins","peerId":"bob@sim.trueconf.local",)"
                     R"("peerDn":"Bob"},)"
                     R"({"at":0,"do":"chatMessage","peerId":"bob@sim.trueconf.local",)"
                     R"("message":"Hello from Bob"},)"
                     R"({"at":0,"do":"ownerMutesRoom","device":"mic","mute":true},)"
                     R"({"at":0,"do":"event","event":"myEvent","payload":{"data":"hello"}})",
                     4));
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(log, u"myEvent"_s), 1, 5000);

        // The operator unmutes the microphone: a command with its event.
        const int mutes = rowsNamed(log, u"audioCapturerMute"_s);
        QVERIFY(session.devices()->setMuted(DeviceState::Device::Microphone, false) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowsNamed(log, u"audioCapturerMute"_s) > mutes, 5000);
        // And a participant leaves (an event after the command).
        QVERIFY(play(*sim, R"({"at":0,"do":"participantLeaves","peerId":"bob@sim.trueconf.local"})",
                     1));
        QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(log, u"participantLeftConference"_s), 1, 5000);

        original = roomEventLines(log);
        // Saved as the inspector's Save Recording… does: the same writer, the same format.
        QString saveError;
        QVERIFY2(FrameRecording::save(*session.frameLog(), path, &saveError),
                 qPrintable(saveError));
        QVERIFY2(sim->violations().isEmpty(), qPrintable(sim->violations().join(u'\n')));
    }
    // Every kind this test is about is there: incoming call, joins, chat, mute changes, a
    // custom event, and events that followed the session's own commands.
    QVERIFY2(original.size() >= 10, qPrintable(original.join(u'\n')));

    // (b) A second simulator replays the file to a fresh session.
    auto replay = SimRoom::start();
    QString error;
    QVERIFY2(replay->loadReplayFile(path, &error), qPrintable(error));
    qInfo().noquote() << replay->replaySummary();
    QVERIFY2(!replay->replaySummary().contains(u"skipped"_s), qPrintable(replay->replaySummary()));
    QSignalSpy finished(replay.get(), &RoomSimulator::replayFinished);
    RoomSession session(SimRoom::fastOptions());
    QVERIFY(signIn(session, *replay));

    // (c) The same lines, in order.
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(roomEventLines(*session.eventLog()).size(), original.size(), 5000);
    QCOMPARE(roomEventLines(*session.eventLog()), original);
    for (const QString &name : { u"inviteReceived"_s, u"newParticipantInConference"_s,
                                 u"incomingChatMessage"_s, u"audioCapturerMute"_s, u"myEvent"_s })
        QVERIFY2(rowsNamed(*session.eventLog(), name) > 0, qPrintable(name));
}

QTEST_GUILESS_MAIN(tst_Replay)
#include "tst_replay.moc"
