// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "sim/simmoderation.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Moderation's other side in the emulator (issue 15): the waiting room, recording requests,
//! the owner of somebody else's conference acting on the room, the room made a moderator,
//! and the refusals of room-api.md §10 (n Invalid state, e Invalid parameters).
class tst_SimModeration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitingRoom();
    void recordingRequests();
    void ownerOfAnotherConference();
    void scenarioActions();
    void createConferenceOptions();
};

namespace {

struct SimConf
{
    RoomSimulator sim { options() };
    TestClient client;

    bool start()
    {
        sim.setCallTiming(60, 300);
        return startSim(sim) && client.openAs(sim);
    }
    bool ownConference(const QString &type = u"symmetric"_s)
    {
        client.call(u"createConference"_s, { { u"title"_s, u"Board"_s }, { u"confType"_s, type } });
        return client.waitAppState(5);
    }
};

QJsonObject participantNamed(const QJsonArray &participants, const QString &idPart)
{
    for (const QJsonValue &v : participants)
        if (v.toObject().value(u"peerId"_s).toString().startsWith(idPart))
            return v.toObject();
    return {};
}

QString errorOf(const QJsonObject &reply)
{
    return reply.value(u"result"_s).toBool() ? u"ok"_s : reply.value(u"error"_s).toString();
}

} // namespace

void tst_SimModeration::waitingRoom()
{
    SimConf room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    // Outside a conference: §10 n.
    QCOMPARE(errorOf(c.call(u"setWaitingRoomState"_s, { { u"enable"_s, true } })),
             u"Invalid state"_s);
    QVERIFY(room.ownConference());
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"isWaitingRoomSwitchingSupported"_s), QJsonValue(true));
    QCOMPARE(created.value(u"isWaitingRoomEnabled"_s), QJsonValue(false));
    SimWaitingRoom &waiting = room.sim.moderation().waitingRoom();
    QVERIFY(!waiting.participantWaits(u"maria.garcia@sim.trueconf.local"_s, u"Maria"_s)); // off

    QCOMPARE(errorOf(c.call(u"setWaitingRoomState"_s, { { u"enable"_s, true } })), u"ok"_s);
    const QJsonObject state = c.waitEvent(u"waitingRoomStateChanged"_s);
    QCOMPARE(state.value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(state.value(u"confId"_s).toString(), room.sim.conferenceId());

    QVERIFY(waiting.participantWaits(u"maria.garcia@sim.trueconf.local"_s, u"Maria Garcia"_s));
    const QJsonObject arrived = c.waitEvent(u"participantPresenceInWaitingRoomChanged"_s);
    QCOMPARE(arrived.value(u"inWaitingRoom"_s), QJsonValue(true));
    QCOMPARE(arrived.value(u"peerDn"_s).toString(), u"Maria Garcia"_s);
    const QString maria = arrived.value(u"peerId"_s).toString();
    QVERIFY(maria.startsWith(u"maria.garcia@sim.trueconf.local/"_s));
    QCOMPARE(participantNamed(room.sim.participants(), u"maria"_s).value(u"isInWaitingRoom"_s),
             QJsonValue(true));
    QVERIFY(!waiting.participantWaits(maria, {})); // waits already
    // Not in the conference yet: its devices are nobody's to switch.
    QCOMPARE(errorOf(c.call(u"turnRemoteMic"_s, { { u"peerId"_s, maria }, { u"on"_s, false } })),
             u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"setParticipantPresenceInWaitingRoom"_s,
                            { { u"callId"_s, u"nobody@sim.trueconf.local"_s },
                              { u"inWaitingRoom"_s, false } })),
             u"Invalid parameters"_s);

    // Admitted: out of the waiting room, into the conference.
    c.clearFrames();
    QCOMPARE(errorOf(c.call(u"setParticipantPresenceInWaitingRoom"_s,
                            { { u"callId"_s, maria }, { u"inWaitingRoom"_s, false } })),
             u"ok"_s);
    QCOMPARE(c.eventsUntil(u"newParticipantInConference"_s),
             (QStringList { u"participantPresenceInWaitingRoomChanged"_s,
                            u"newParticipantInConference"_s }));
    QCOMPARE(c.waitEvent(u"participantPresenceInWaitingRoomChanged"_s).value(u"inWaitingRoom"_s),
             QJsonValue(false));
    QCOMPARE(participantNamed(room.sim.participants(), u"maria"_s).value(u"isInWaitingRoom"_s),
             QJsonValue(false));

    // Turned away: kickPeer, as anyone removed.
    QVERIFY(waiting.participantWaits(u"omar@sim.trueconf.local"_s, u"Omar"_s));
    const QString omar
        = c.waitEvent(u"participantPresenceInWaitingRoomChanged"_s).value(u"peerId"_s).toString();
    c.clearFrames();
    QCOMPARE(errorOf(c.call(u"kickPeer"_s, { { u"peerId"_s, omar } })), u"ok"_s);
    QCOMPARE(c.eventsUntil(u"participantLeftConference"_s),
             (QStringList { u"participantPresenceInWaitingRoomChanged"_s,
                            u"participantLeftConference"_s }));
    QVERIFY(participantNamed(room.sim.participants(), u"omar"_s).isEmpty());

    // Off again: no event when nothing changes.
    QCOMPARE(errorOf(c.call(u"setWaitingRoomState"_s, { { u"enable"_s, false } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"waitingRoomStateChanged"_s).value(u"enabled"_s), QJsonValue(false));
    c.clearFrames();
    QCOMPARE(errorOf(c.call(u"setWaitingRoomState"_s, { { u"enable"_s, false } })), u"ok"_s);
    QCOMPARE(c.eventCount(u"waitingRoomStateChanged"_s), 0);
}

void tst_SimModeration::recordingRequests()
{
    SimConf room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    SimRecording &recording = room.sim.moderation().recording();
    QVERIFY(!recording.request(u"lea@sim.trueconf.local"_s)); // no call
    QCOMPARE(errorOf(c.call(u"allowRecord"_s, { { u"peerId"_s, u"lea"_s } })), u"Invalid state"_s);
    c.call(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QVERIFY(c.waitAppState(5));
    const QString other = room.sim.participants().at(1).toObject().value(u"peerId"_s).toString();

    QCOMPARE(errorOf(c.call(u"allowRecord"_s, { { u"peerId"_s, other } })),
             u"Invalid parameters"_s); // nobody asked
    QVERIFY(recording.request(other));
    const QJsonObject asked = c.waitEvent(u"recordRequest"_s);
    QCOMPARE(asked.value(u"peerId"_s).toString(), other);
    QCOMPARE(asked.value(u"confId"_s).toString(), room.sim.conferenceId());
    QCOMPARE(errorOf(c.call(u"denyRecord"_s, { { u"peerId"_s, other } })), u"ok"_s);
    QCOMPARE(c.waitEvent(u"recordRequestReply"_s).value(u"recordAllowed"_s), QJsonValue(false));
    QCOMPARE(errorOf(c.call(u"denyRecord"_s, { { u"peerId"_s, other } })),
             u"Invalid parameters"_s); // answered already

    c.clearFrames();
    QVERIFY(recording.request(other));
    QVERIFY(!c.waitEvent(u"recordRequest"_s).isEmpty());
    QCOMPARE(errorOf(c.call(u"allowRecord"_s, { { u"peerId"_s, other } })), u"ok"_s);
    const QStringList order = c.eventsUntil(u"userRecordingMeStatusChanged"_s);
    QCOMPARE(order.mid(order.size() - 2),
             (QStringList { u"recordRequestReply"_s, u"userRecordingMeStatusChanged"_s }));
    QCOMPARE(c.waitEvent(u"recordRequestReply"_s).value(u"recordAllowed"_s), QJsonValue(true));
    QCOMPARE(c.waitEvent(u"userRecordingMeStatusChanged"_s).value(u"status"_s).toInt(), 1);
    QCOMPARE(participantNamed(room.sim.participants(), other).value(u"recordingMe"_s),
             QJsonValue(true));
    QVERIFY(!recording.request(other)); // records already
}

void tst_SimModeration::ownerOfAnotherConference()
{
    SimConf room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    SimModeration &moderation = room.sim.moderation();
    QVERIFY(!moderation.ownerMutesRoom(false, true)); // no conference
    c.call(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QVERIFY(c.waitAppState(5));
    const QString confId = room.sim.conferenceId();
    const QString other = room.sim.participants().at(1).toObject().value(u"peerId"_s).toString();

    // Somebody else's conference: moderation is refused (§10 n).
    for (const QString &method : { u"kickPeer"_s, u"inviteToConference"_s })
        QCOMPARE(errorOf(c.call(method, { { u"peerId"_s, other } })), u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"turnRemoteMic"_s, { { u"peerId"_s, other }, { u"on"_s, false } })),
             u"Invalid state"_s);
    QCOMPARE(errorOf(c.call(u"setWaitingRoomState"_s, { { u"enable"_s, true } })),
             u"Invalid state"_s);
    QVERIFY(!room.sim.simulateJoinRequest(u"ivan@sim.trueconf.local"_s));

    // The owner mutes the room: its event, then the room's own mute.
    c.clearFrames();
    QVERIFY(moderation.ownerMutesRoom(false, true));
    QCOMPARE(c.eventsUntil(u"audioCapturerMute"_s),
             (QStringList { u"micStateChangedByConferenceOwner"_s, u"audioCapturerMute"_s }));
    const QJsonObject muted = c.waitEvent(u"micStateChangedByConferenceOwner"_s);
    QCOMPARE(muted.value(u"mute"_s), QJsonValue(true));
    QCOMPARE(muted.value(u"confId"_s).toString(), confId);
    QCOMPARE(c.call(u"getMicMute"_s).value(u"mute"_s), QJsonValue(true));
    QVERIFY(moderation.ownerMutesRoom(true, true));
    QCOMPARE(c.waitEvent(u"cameraStateChangedByConferenceOwner"_s).value(u"mute"_s),
             QJsonValue(true));
    QCOMPARE(c.call(u"getVideoMute"_s).value(u"mute"_s), QJsonValue(true));

    // Made a moderator: the room's row says so, and moderation works, but for the owner's
    // own right to make moderators.
    QVERIFY(moderation.roomMadeModerator(true));
    QCOMPARE(participantNamed(room.sim.participants(), u"room101@"_s).value(u"leaderType"_s),
             QJsonValue(2));
    QCOMPARE(errorOf(c.call(u"turnRemoteMic"_s, { { u"peerId"_s, other }, { u"on"_s, false } })),
             u"ok"_s);
    QCOMPARE(errorOf(c.call(u"setModeratorRole"_s,
                            { { u"peerId"_s, other }, { u"moderator"_s, true } })),
             u"Invalid state"_s);
    QVERIFY(room.sim.simulateJoinRequest(u"ivan@sim.trueconf.local"_s, u"Ivan"_s));
    QVERIFY(!c.waitEvent(u"requestInviteReceived"_s).isEmpty());
    QCOMPARE(errorOf(c.call(u"acceptPeer"_s, { { u"peerId"_s, u"ivan@sim.trueconf.local"_s } })),
             u"ok"_s);
    QCOMPARE(errorOf(c.call(u"kickPeer"_s, { { u"peerId"_s, other } })), u"ok"_s);

    QVERIFY(moderation.avatarChanged(u"ivan"_s));
    QCOMPARE(c.waitEvent(u"updateAvatar"_s).value(u"peerId"_s).toString(),
             u"ivan@sim.trueconf.local"_s);

    // In the room's own conference nobody is above it.
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QVERIFY(c.waitAppState(3));
    QVERIFY(room.ownConference());
    QVERIFY(!moderation.ownerMutesRoom(false, true));
    QVERIFY(!moderation.roomMadeModerator(true));
}

void tst_SimModeration::scenarioActions()
{
    SimConf room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(room.ownConference());
    QVERIFY(
        c.call(u"setWaitingRoomState"_s, { { u"enable"_s, true } }).value(u"result"_s).toBool());
    c.clearFrames();
    QString error;
    QVERIFY2(room.sim.loadScenario(
                 R"({"events":[
                     {"at":0,"do":"waitingRoomJoin","peerId":"nina@sim.trueconf.local","peerDn":"Nina"},
                     {"at":5,"do":"recordRequest","peerId":"nina@sim.trueconf.local"},
                     {"at":10,"do":"updateAvatar","peerId":"nina"}]})",
                 &error),
             qPrintable(error));
    QCOMPARE(c.waitEvent(u"participantPresenceInWaitingRoomChanged"_s).value(u"peerDn"_s),
             QJsonValue(u"Nina"_s));
    QVERIFY(!c.waitEvent(u"updateAvatar"_s).isEmpty());
    // Somebody waiting records nothing: the step does not apply.
    QCOMPARE(c.eventCount(u"recordRequest"_s), 0);

    for (const char *bad :
         { R"({"events":[{"at":0,"do":"ownerMutesRoom","device":"speaker","mute":true}]})",
           R"({"events":[{"at":0,"do":"roomModerator"}]})",
           R"({"events":[{"at":0,"do":"recordRequest"}]})" })
        QVERIFY2(!room.sim.loadScenario(bad, &error), bad);
    QVERIFY(room.sim.loadScenario(
        R"({"events":[{"at":0,"do":"ownerMutesRoom","device":"camera","mute":false},
                      {"at":0,"do":"roomModerator","on":true}]})",
        &error));
}

QTEST_GUILESS_MAIN(tst_SimModeration)
#include "tst_simmoderation.moc"

void tst_SimModeration::createConferenceOptions()
{
    SimConf room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    // Waiting room and newcomers muted, as newer builds take them (room-api.md §7.4).
    QCOMPARE(errorOf(c.call(
                 u"createConference"_s,
                 { { u"title"_s, u"Board"_s },
                   { u"confType"_s, u"symmetric"_s },
                   { u"useWaitingRoom"_s, true },
                   { u"muteMicOnJoin"_s, true },
                   { u"muteCamOnJoin"_s, true },
                   { u"inviteList"_s, QJsonArray { u"maria.garcia@sim.trueconf.local"_s } } })),
             u"ok"_s);
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"isWaitingRoomEnabled"_s), QJsonValue(true));
    const QJsonObject joined = c.waitEvent(u"newParticipantInConference"_s);
    QVERIFY(joined.value(u"peerId"_s).toString().startsWith(u"maria.garcia@"_s));
    const QJsonObject maria = participantNamed(room.sim.participants(), u"maria"_s);
    QCOMPARE(maria.value(u"mic"_s).toInt(), 1);
    QCOMPARE(maria.value(u"video"_s).toInt(), 1);

    // Everyone who joins later arrives muted too, not only the first invitees.
    QCOMPARE(
        errorOf(c.call(u"inviteToConference"_s, { { u"peerId"_s, u"omar@sim.trueconf.local"_s } })),
        u"ok"_s);
    c.waitEvent(u"newParticipantInConference"_s);
    const QJsonObject omar = participantNamed(room.sim.participants(), u"omar"_s);
    QCOMPARE(omar.value(u"mic"_s).toInt(), 1);
    QCOMPARE(omar.value(u"video"_s).toInt(), 1);
}
