// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Calls, conferences, participants, join requests, chat and call history (room-api.md §5.2,
//! §7.3, §7.4, §7.9, §7.11) with the callee rules of SimRules.
class tst_SimCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calleeRules_data();
    void calleeRules();
    void addressBookStatusDecides();
    void customCalleeRule();
    void hangUpWhileRinging();
    void p2pCallAndHangUp();
    void incomingAccepted();
    void incomingRejected();
    void incomingMissed();
    void incomingFiltered();
    void autoAccept();
    void groupInvitationAndPodium();
    void ownConference();
    void joinRequests();
    void moderation();
    void joinedConferenceIsNotOurs();
    void chat();
    void callHistory();
    void invalidStates();
    void forcedStates();
};

namespace {

struct CallRoom
{
    RoomSimulator sim { options() };
    TestClient client;

    bool start()
    {
        sim.setCallTiming(60, 300);
        return startSim(sim) && client.openAs(sim);
    }
};

QJsonObject participantNamed(const QJsonArray &participants, const QString &idPart)
{
    for (const QJsonValue &v : participants)
        if (v.toObject().value(u"peerId"_s).toString().startsWith(idPart))
            return v.toObject();
    return {};
}

} // namespace

void tst_SimCalls::calleeRules_data()
{
    QTest::addColumn<QString>("peerId");
    QTest::addColumn<QString>("pin"); // null: no pin field
    QTest::addColumn<int>("cause"); // -1: answered
    QTest::addColumn<int>("confType");
    QTest::addColumn<bool>("joinRequest");

    const QString none;
    QTest::newRow("answered") << u"alice@video.example.net"_s << none << -1 << 0 << false;
    QTest::newRow("bare PeerId") << u"bob"_s << none << -1 << 0 << false;
    QTest::newRow("instance") << u"echotest@trueconf.com/1a2b3c4d"_s << none << -1 << 0 << false;
    QTest::newRow("unknown") << u"unknown.user@video.example.net"_s << none << 5 << 0 << false;
    QTest::newRow("nosuch") << u"nosuch"_s << none << 5 << 0 << false;
    QTest::newRow("offline") << u"offline-carl@video.example.net"_s << none << 3 << 0 << false;
    QTest::newRow("busy") << u"busy1@video.example.net"_s << none << 2 << 0 << false;
    QTest::newRow("denied") << u"denied@video.example.net"_s << none << 8 << 0 << false;
    QTest::newRow("decline") << u"decline.me@video.example.net"_s << none << 0 << 0 << false;
    QTest::newRow("reject") << u"rejecter"_s << none << 0 << 0 << false;
    QTest::newRow("no answer") << u"noanswer@video.example.net"_s << none << 16 << 0 << false;
    QTest::newRow("yourself") << u"Room101@sim.trueconf.local"_s << none << 10 << 0 << false;
    QTest::newRow("owner of a conference") << u"inconf.carol"_s << none << -1 << 1 << true;
    QTest::newRow("conference") << u"\\c\\weekly_sync"_s << none << -1 << 1 << false;
    QTest::newRow("role-based conference") << u"\\c\\role_townhall"_s << none << -1 << 3 << false;
    QTest::newRow("lecture") << u"\\c\\lecture101"_s << none << -1 << 2 << false;
    QTest::newRow("scheduled, running") << u"\\c\\0048411003"_s << none << -1 << 1 << false;
    QTest::newRow("scheduled, stopped") << u"\\c\\0048411007"_s << none << 17 << 1 << false;
    QTest::newRow("conference not found") << u"\\c\\nosuchconf"_s << none << 19 << 1 << false;
    QTest::newRow("conference ended") << u"\\c\\ended_one"_s << none << 18 << 1 << false;
    QTest::newRow("not started") << u"\\c\\notstarted"_s << none << 17 << 1 << false;
    QTest::newRow("full") << u"\\c\\full_house"_s << none << 1 << 1 << false;
    QTest::newRow("pin missing") << u"\\c\\secret_board"_s << none << 12 << 1 << false;
    QTest::newRow("pin wrong") << u"\\c\\secret_board"_s << u"0000"_s << 13 << 1 << false;
    QTest::newRow("pin right") << u"\\c\\secret_board"_s << u"1234"_s << -1 << 1 << false;
}

void tst_SimCalls::calleeRules()
{
    QFETCH(QString, peerId);
    QFETCH(QString, pin);
    QFETCH(int, cause);
    QFETCH(int, confType);
    QFETCH(bool, joinRequest);

    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QJsonObject call { { u"peerId"_s, peerId } };
    if (!pin.isNull())
        call.insert(u"pin"_s, pin);
    QVERIFY(c.call(u"call"_s, call).value(u"result"_s).toBool());

    const QString last = cause < 0 ? u"conferenceCreated"_s : u"rejectReceived"_s;
    QVERIFY(!c.eventsUntil(last).isEmpty());
    QVERIFY(c.waitFor([&c] { return c.eventCount(u"appStateChanged"_s) >= 2 ? 0 : -1; }, kTimeout)
            >= 0);
    const QString first = joinRequest ? u"inviteRequestSent"_s : u"inviteSent"_s;
    // §5.2 order: the invitation, appState 4, the outcome, appState 5 or 3.
    QCOMPARE(c.eventNames(),
             (QStringList { first, u"appStateChanged"_s, last, u"appStateChanged"_s }));

    const QJsonObject invite = c.waitEvent(first);
    QVERIFY(!invite.value(u"peerId"_s).toString().isEmpty());
    QVERIFY(!invite.value(u"peerDn"_s).toString().isEmpty());
    if (!joinRequest) {
        QCOMPARE(invite.value(u"confType"_s).toInt(), peerId.startsWith(u'\\') ? confType : 0);
        QVERIFY(invite.value(u"confId"_s).toString().endsWith(u"@sim.trueconf.local#vcs"_s));
    }
    if (peerId == u"bob"_s)
        QCOMPARE(invite.value(u"peerId"_s).toString(), u"bob@sim.trueconf.local"_s);
    QVERIFY(c.waitAppState(4));
    if (cause >= 0) {
        const QJsonObject rejected = c.waitEvent(u"rejectReceived"_s);
        QCOMPARE(rejected.value(u"cause"_s).toInt(), cause);
        QCOMPARE(rejected.value(u"peerId"_s), invite.value(u"peerId"_s));
        QVERIFY(c.waitAppState(3));
        QCOMPARE(room.sim.conferenceId(), QString());
        return;
    }
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"confType"_s).toInt(), confType);
    QCOMPARE(created.value(u"peerId"_s), invite.value(u"peerId"_s));
    QVERIFY(created.contains(u"realTimeConferenceManagmentUrl"_s)); // (sic)
    QVERIFY(created.contains(u"joinUrl"_s));
    if (joinRequest)
        QCOMPARE(created.value(u"conferenceOwner"_s).toString(),
                 u"inconf.carol@sim.trueconf.local"_s);
    QVERIFY(c.waitAppState(5));
    QCOMPARE(room.sim.conferenceId(), created.value(u"confId"_s).toString());
}

void tst_SimCalls::addressBookStatusDecides()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    const QString id = room.sim.contacts().at(0).toObject().value(u"peerId"_s).toString();
    const QList<QPair<int, int>> statusToCause { { 0, 3 }, { 2, 2 }, { -1, 5 } };
    for (const auto &[status, cause] : statusToCause) {
        QVERIFY(room.sim.setPresence(id, status));
        c.clearFrames();
        c.call(u"call"_s, { { u"peerId"_s, id } });
        QCOMPARE(c.waitEvent(u"rejectReceived"_s).value(u"cause"_s).toInt(), cause);
        QVERIFY(c.waitAppState(3));
    }
    // A contact in its own running conference: the call asks to join it.
    QVERIFY(room.sim.setPresence(id, 5));
    c.clearFrames();
    c.call(u"call"_s, { { u"peerId"_s, id } });
    QCOMPARE(c.waitEvent(u"inviteRequestSent"_s).value(u"peerId"_s).toString(), id);
    QCOMPARE(c.waitEvent(u"conferenceCreated"_s).value(u"conferenceOwner"_s).toString(), id);
    QCOMPARE(c.eventCount(u"inviteSent"_s), 0);
}

void tst_SimCalls::customCalleeRule()
{
    CallRoom room;
    QVERIFY(room.start());
    room.sim.setCalleeRule(u"alice"_s, 14, false);
    room.sim.setCalleeRule(u"busy"_s, -1); // overrides the built-in rule
    TestClient &c = room.client;
    c.call(u"call"_s, { { u"peerId"_s, u"alice@video.example.net"_s } });
    QCOMPARE(c.waitEvent(u"rejectReceived"_s).value(u"cause"_s).toInt(), 14);
    QVERIFY(c.waitAppState(3));
    c.call(u"call"_s, { { u"peerId"_s, u"busy@video.example.net"_s } });
    QVERIFY(!c.waitEvent(u"conferenceCreated"_s).isEmpty());
}

void tst_SimCalls::hangUpWhileRinging()
{
    CallRoom room;
    QVERIFY(room.start());
    room.sim.setCallTiming(60000, 120000);
    TestClient &c = room.client;
    c.call(u"call"_s, { { u"peerId"_s, u"alice@video.example.net"_s } });
    QVERIFY(c.waitAppState(4));
    // The Python client always sends forAll.
    QVERIFY(c.call(u"hangUp"_s, { { u"forAll"_s, false } }).value(u"result"_s).toBool());
    const QJsonObject stop = c.waitEvent(u"stopCalling"_s);
    QCOMPARE(stop.value(u"peerId"_s).toString(), u"alice@video.example.net"_s);
    QCOMPARE(stop.value(u"side"_s).toInt(), 0);
    QVERIFY(c.waitAppState(3));
    QCOMPARE(c.eventCount(u"conferenceDeleted"_s), 0);
    const QJsonArray calls
        = c.call(u"getCallHistory"_s, { { u"count"_s, 5 } }).value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).toObject().value(u"type"_s).toInt(), 1);
    QCOMPARE(calls.at(0).toObject().value(u"duration"_s).toInt(), 0);
}

void tst_SimCalls::p2pCallAndHangUp()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    c.call(u"call"_s, { { u"peerId"_s, u"alice@video.example.net"_s } });
    QVERIFY(c.waitAppState(5));
    const QJsonObject conf = c.call(u"getConferences"_s);
    QCOMPARE(conf.value(u"type"_s).toString(), u"p2p"_s);
    QCOMPARE(conf.value(u"direction"_s).toString(), u"outgoing"_s);
    QCOMPARE(conf.value(u"peerId"_s).toString(), u"alice@video.example.net"_s);
    QCOMPARE(conf.value(u"confId"_s).toString(), room.sim.conferenceId());
    QVERIFY(conf.contains(u"confState"_s));

    const QJsonObject list = c.call(u"getConferenceParticipants"_s);
    QCOMPARE(list.value(u"confId"_s).toString(), room.sim.conferenceId());
    const QJsonArray participants = list.value(u"participants"_s).toArray();
    QCOMPARE(participants.size(), 2);
    static const QRegularExpression instanceId(u"^[^@/]+@[^@/]+/[0-9a-f]{8}$"_s);
    for (const QJsonValue &v : participants) {
        const QJsonObject p = v.toObject();
        QVERIFY2(instanceId.match(p.value(u"peerId"_s).toString()).hasMatch(),
                 qPrintable(p.value(u"peerId"_s).toString()));
        for (const QString &field : { u"peerDn"_s, u"mic"_s, u"video"_s, u"role"_s, u"broadcast"_s,
                                      u"slideShow"_s, u"leaderType"_s })
            QVERIFY2(p.contains(field), qPrintable(field));
    }
    // The room's own entry follows its mute switches.
    c.call(u"setMicMute"_s, { { u"mute"_s, true } });
    const QJsonObject self = participantNamed(
        c.call(u"getConferenceParticipants"_s).value(u"participants"_s).toArray(),
        u"room101@sim.trueconf.local/"_s);
    QCOMPARE(self.value(u"mic"_s).toInt(), 1);
    QCOMPARE(self.value(u"video"_s).toInt(), 2);

    c.clearFrames();
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QVERIFY(!c.eventsUntil(u"conferenceDeleted"_s).isEmpty());
    QVERIFY(c.waitAppState(3));
    // §5.2: 6, conferenceDeleted, 3.
    QCOMPARE(c.eventNames(), (QStringList { u"conferenceDeleted"_s }));
    QCOMPARE(room.sim.conferenceId(), QString());
    QCOMPARE(c.call(u"getConferences"_s).contains(u"confId"_s), false);
}

void tst_SimCalls::incomingAccepted()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(room.sim.simulateIncomingCall(u"alice@video.example.net"_s, u"Alice Cooper"_s));
    const QJsonObject invite = c.waitEvent(u"inviteReceived"_s);
    QCOMPARE(invite.value(u"peerId"_s).toString(), u"alice@video.example.net"_s);
    QCOMPARE(invite.value(u"peerDn"_s).toString(), u"Alice Cooper"_s);
    QCOMPARE(invite.value(u"type"_s).toInt(), 0);
    QVERIFY(!invite.contains(u"confTitle"_s));
    QVERIFY(!invite.value(u"confId"_s).toString().isEmpty());
    QVERIFY(c.waitAppState(4));
    QVERIFY(!room.sim.simulateIncomingCall(u"bob"_s)); // busy with this one

    QVERIFY(c.call(u"accept"_s).value(u"result"_s).toBool());
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"confId"_s), invite.value(u"confId"_s));
    QCOMPARE(created.value(u"confType"_s).toInt(), 0);
    QCOMPARE(created.value(u"conferenceOwner"_s).toString(), u"alice@video.example.net"_s);
    QVERIFY(!created.contains(u"peerId"_s)); // outgoing calls only
    QVERIFY(c.waitAppState(5));
    QCOMPARE(c.call(u"getConferences"_s).value(u"direction"_s).toString(), u"incoming"_s);

    QVERIFY(room.sim.simulateRemoteHangUp());
    QVERIFY(c.waitAppState(6));
    QCOMPARE(c.waitEvent(u"conferenceDeleted"_s).value(u"confId"_s), invite.value(u"confId"_s));
    QVERIFY(c.waitAppState(3));
    QVERIFY(!room.sim.simulateRemoteHangUp());
}

void tst_SimCalls::incomingRejected()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(room.sim.simulateIncomingCall(u"bob@video.example.net"_s));
    const QJsonObject invite = c.waitEvent(u"inviteReceived"_s);
    QVERIFY(!invite.value(u"peerDn"_s).toString().isEmpty()); // the directory's name
    QVERIFY(c.call(u"reject"_s).value(u"result"_s).toBool());
    const QJsonObject sent = c.waitEvent(u"rejectSent"_s);
    QCOMPARE(sent.value(u"peerId"_s).toString(), u"bob@video.example.net"_s);
    QCOMPARE(sent.value(u"cause"_s).toInt(), 0);
    QCOMPARE(sent.value(u"confId"_s), invite.value(u"confId"_s));
    QVERIFY(c.waitAppState(3));

    // hangUp on a ringing incoming call declines it too.
    QVERIFY(room.sim.simulateIncomingCall(u"carol@video.example.net"_s));
    QVERIFY(c.waitAppState(4));
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"rejectSent"_s).value(u"peerId"_s).toString(),
             u"carol@video.example.net"_s);
    QVERIFY(c.waitAppState(3));
}

void tst_SimCalls::incomingMissed()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    // The caller gives up after the ring timeout...
    QVERIFY(room.sim.simulateIncomingCall(u"dave@video.example.net"_s));
    const QJsonObject stop = c.waitEvent(u"stopCalling"_s);
    QCOMPARE(stop.value(u"side"_s).toInt(), 1);
    QVERIFY(c.waitAppState(3));
    // ... or before it.
    room.sim.setCallTiming(60, 60000);
    QVERIFY(room.sim.simulateIncomingCall(u"erin@video.example.net"_s));
    QVERIFY(c.waitAppState(4));
    QVERIFY(room.sim.simulateIncomingCallCancelled());
    QCOMPARE(c.waitEvent(u"stopCalling"_s).value(u"peerId"_s).toString(),
             u"erin@video.example.net"_s);
    QVERIFY(c.waitAppState(3));
    QVERIFY(!room.sim.simulateIncomingCallCancelled());
    const QJsonArray calls
        = c.call(u"getCallHistory"_s, { { u"count"_s, 10 } }).value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 2);
    for (const QJsonValue &v : calls)
        QCOMPARE(v.toObject().value(u"type"_s).toInt(), 2); // missed
}

void tst_SimCalls::incomingFiltered()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(c.call(u"block"_s, { { u"peerId"_s, u"spammer@video.example.net"_s } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(!room.sim.simulateIncomingCall(u"spammer@video.example.net"_s));
    c.call(u"setSettings"_s,
           { { u"settings"_s, QJsonObject { { u"rejectCallsNotFromAB"_s, true } } } });
    QVERIFY(!room.sim.simulateIncomingCall(u"stranger@video.example.net"_s));
    const QString contact = room.sim.contacts().at(0).toObject().value(u"peerId"_s).toString();
    QVERIFY(room.sim.simulateIncomingCall(contact));
    QVERIFY(!c.waitEvent(u"inviteReceived"_s).isEmpty());
    QCOMPARE(c.eventCount(u"inviteReceived"_s), 0);
    QVERIFY(!room.sim.simulateIncomingCall(u"\\c\\conf"_s)); // not a caller
}

void tst_SimCalls::autoAccept()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    c.call(u"setSettings"_s, { { u"settings"_s, QJsonObject { { u"autoAccept"_s, true } } } });
    QVERIFY(room.sim.simulateIncomingCall(u"frank@video.example.net"_s));
    QCOMPARE(c.eventsUntil(u"conferenceCreated"_s).mid(0, 4),
             (QStringList { u"settingsChanged"_s, u"inviteReceived"_s, u"appStateChanged"_s,
                            u"conferenceCreated"_s }));
    QVERIFY(c.waitAppState(4));
    QVERIFY(c.waitAppState(5));
}

void tst_SimCalls::groupInvitationAndPodium()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(
        room.sim.simulateIncomingCall(u"grace@video.example.net"_s, u"Grace"_s, 3, u"Town hall"_s));
    const QJsonObject invite = c.waitEvent(u"inviteReceived"_s);
    QCOMPARE(invite.value(u"type"_s).toInt(), 3);
    QCOMPARE(invite.value(u"confTitle"_s).toString(), u"Town hall"_s);
    c.call(u"accept"_s);
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"confType"_s).toInt(), 3);
    QCOMPARE(created.value(u"confTitle"_s).toString(), u"Town hall"_s);
    QVERIFY(c.waitAppState(5));
    const QJsonArray participants
        = c.call(u"getConferenceParticipants"_s).value(u"participants"_s).toArray();
    QVERIFY(participants.size() >= 3);
    QCOMPARE(participantNamed(participants, u"grace@"_s).value(u"role"_s).toInt(), 2);
    QCOMPARE(participantNamed(participants, u"grace@"_s).value(u"broadcast"_s), QJsonValue(true));

    // Not the owner: the room asks for the podium and the owner lets it up.
    QVERIFY(c.call(u"gotoPodium"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"role"_s).toInt(), 3);
    const QJsonObject granted = c.waitEvent(u"roleEventOccured"_s);
    QCOMPARE(granted.value(u"broadcast"_s), QJsonValue(true));
    QCOMPARE(granted.value(u"confId"_s), created.value(u"confId"_s));
    QVERIFY(c.call(u"leavePodium"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"broadcast"_s), QJsonValue(false));
    // Invited by the owner.
    QVERIFY(room.sim.simulatePodiumInvitation());
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"role"_s).toInt(), 4);
    QVERIFY(c.call(u"acceptInvitationToPodium"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"broadcast"_s), QJsonValue(true));
    QCOMPARE(c.call(u"acceptInvitationToPodium"_s).value(u"error"_s).toString(),
             u"Invalid state"_s);
    // Moderation is the owner's.
    QCOMPARE(c.call(u"inviteToPodium"_s, { { u"peerId"_s, u"grace@video.example.net"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid state"_s);
}

void tst_SimCalls::ownConference()
{
    RoomSimulator::Options o = options();
    o.strict = true;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(c.call(u"createConference"_s,
                   { { u"title"_s, u"Weekly review"_s },
                     { u"confType"_s, u"symmetric"_s },
                     { u"autoAccept"_s, false },
                     { u"inviteList"_s,
                       QJsonArray { u"alice@video.example.net"_s, u"busy.bob"_s,
                                    u"room101@sim.trueconf.local"_s } } })
                .value(u"result"_s)
                .toBool());
    // Straight to the conference: no ringing, no appState 4.
    QCOMPARE(c.eventsUntil(u"conferenceCreated"_s).value(0), u"conferenceCreated"_s);
    const QJsonObject created = c.waitEvent(u"conferenceCreated"_s);
    QCOMPARE(created.value(u"confTitle"_s).toString(), u"Weekly review"_s);
    QCOMPARE(created.value(u"confType"_s).toInt(), 1);
    QCOMPARE(created.value(u"conferenceOwner"_s).toString(), u"room101@sim.trueconf.local"_s);
    QVERIFY(!created.value(u"joinUrl"_s).toString().isEmpty());
    QVERIFY(!created.value(u"realTimeConferenceManagmentUrl"_s).toString().isEmpty());
    QVERIFY(c.waitAppState(5));
    // Listing yourself is a client mistake, recorded in strict mode and skipped.
    QVERIFY(sim.violations().join(u'\n').contains(u"inviteList names the room itself"_s));

    const QJsonObject joined = c.waitEvent(u"newParticipantInConference"_s);
    QVERIFY(joined.value(u"peerId"_s).toString().startsWith(u"alice@video.example.net/"_s));
    QCOMPARE(joined.value(u"confId"_s), created.value(u"confId"_s));
    const QJsonObject refused = c.waitEvent(u"rejectReceived"_s);
    QCOMPARE(refused.value(u"cause"_s).toInt(), 2);
    QCOMPARE(refused.value(u"peerId"_s).toString(), u"busy.bob@sim.trueconf.local"_s);

    const QJsonObject conf = c.call(u"getConferences"_s);
    for (const QString &field : { u"confId"_s, u"confType"_s, u"confTitle"_s, u"conferenceOwner"_s,
                                  u"joinUrl"_s, u"realTimeConferenceManagmentUrl"_s, u"confState"_s,
                                  u"duration"_s, u"slideShowPresent"_s, u"autoJoin"_s,
                                  u"maxParticipants"_s, u"maxParticipantsOnPodium"_s })
        QVERIFY2(conf.contains(field), qPrintable(field));
    QCOMPARE(sim.participants().size(), 2);

    // Ending it for everybody.
    c.clearFrames();
    QVERIFY(c.call(u"hangUp"_s, { { u"forAll"_s, true } }).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"conferenceDeleted"_s).value(u"confId"_s), created.value(u"confId"_s));
    QVERIFY(c.waitAppState(3));
}

void tst_SimCalls::joinRequests()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(!room.sim.simulateJoinRequest(u"ivan@video.example.net"_s)); // no conference
    c.call(u"createConference"_s, { { u"title"_s, u"Ask first"_s }, { u"confType"_s, u"role"_s } });
    QVERIFY(c.waitAppState(5));
    const QString confId = room.sim.conferenceId();
    c.clearFrames();

    QVERIFY(room.sim.simulateJoinRequest(u"ivan@video.example.net"_s, u"Ivan"_s));
    const QJsonObject asked = c.waitEvent(u"requestInviteReceived"_s);
    QCOMPARE(
        compact(asked),
        uR"({"confId":"%1","event":"requestInviteReceived","method":"event","peerDn":"Ivan","peerId":"ivan@video.example.net"})"_s
            .arg(confId));
    QVERIFY(c.call(u"acceptPeer"_s, { { u"peerId"_s, u"ivan@video.example.net"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.eventsUntil(u"newParticipantInConference"_s),
             (QStringList { u"peerAccepted"_s, u"newParticipantInConference"_s }));
    QCOMPARE(c.waitEvent(u"peerAccepted"_s).value(u"confId"_s).toString(), confId);
    c.clearFrames();

    QVERIFY(room.sim.simulateJoinRequest(u"judy@video.example.net"_s));
    QVERIFY(!c.waitEvent(u"requestInviteReceived"_s).isEmpty());
    QVERIFY(c.call(u"rejectPeer"_s, { { u"peerId"_s, u"judy@video.example.net"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.call(u"acceptPeer"_s, { { u"peerId"_s, u"judy@video.example.net"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s); // nobody asks any more
    QCOMPARE(c.eventCount(u"newParticipantInConference"_s), 0);

    // A podium request in the room's role-based conference.
    const QString ivan
        = participantNamed(room.sim.participants(), u"ivan@"_s).value(u"peerId"_s).toString();
    QVERIFY(room.sim.simulatePodiumRequest(ivan));
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"role"_s).toInt(), 3);
    QVERIFY(
        c.call(u"acceptRequestToPodium"_s, { { u"peerId"_s, ivan } }).value(u"result"_s).toBool());
    const QJsonObject answered = c.waitEvent(u"incomingRequestToPodiumAnswered"_s);
    QCOMPARE(answered.value(u"allow"_s), QJsonValue(true));
    QCOMPARE(c.waitEvent(u"roleEventOccured"_s).value(u"broadcast"_s), QJsonValue(true));
}

void tst_SimCalls::moderation()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    c.call(u"createConference"_s,
           { { u"title"_s, u"Moderated"_s },
             { u"confType"_s, u"asymmetric"_s },
             { u"autoAccept"_s, true } });
    QVERIFY(c.waitAppState(5));
    // autoAccept: join requests are admitted by themselves.
    QVERIFY(room.sim.simulateJoinRequest(u"kim@video.example.net"_s));
    QCOMPARE(c.eventsUntil(u"newParticipantInConference"_s).mid(1),
             (QStringList { u"peerAccepted"_s, u"newParticipantInConference"_s }));
    const QString kim = c.waitEvent(u"newParticipantInConference"_s).value(u"peerId"_s).toString();

    QCOMPARE(c.call(u"turnRemoteMic"_s,
                    { { u"peerId"_s, u"kim@video.example.net"_s }, { u"on"_s, false } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s); // §6: an InstanceId is required
    QVERIFY(c.call(u"turnRemoteMic"_s, { { u"peerId"_s, kim }, { u"on"_s, false } })
                .value(u"result"_s)
                .toBool());
    const QJsonObject status = c.waitEvent(u"deviceStatusReceived"_s);
    QCOMPARE(status.value(u"peerId"_s).toString(), kim);
    QCOMPARE(status.value(u"mic"_s).toInt(), 1);
    QCOMPARE(status.value(u"confId"_s).toString(), room.sim.conferenceId());
    QVERIFY(c.call(u"turnRemoteCamera"_s, { { u"peerId"_s, kim }, { u"on"_s, false } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"deviceStatusReceived"_s).value(u"video"_s).toInt(), 1);
    QCOMPARE(participantNamed(room.sim.participants(), u"kim@"_s).value(u"video"_s).toInt(), 1);
    QVERIFY(c.call(u"setModeratorRole"_s, { { u"peerId"_s, kim }, { u"moderator"_s, true } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(participantNamed(room.sim.participants(), u"kim@"_s).value(u"leaderType"_s).toInt(),
             2);

    QVERIFY(c.call(u"toneDial"_s, { { u"symbol"_s, u"#"_s }, { u"callId"_s, kim } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"toneDial"_s).value(u"symbol"_s).toString(), u"#"_s);
    QCOMPARE(c.call(u"toneDial"_s, { { u"symbol"_s, u"x"_s }, { u"callId"_s, kim } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);

    QVERIFY(c.call(u"inviteToConference"_s, { { u"peerId"_s, u"liam@video.example.net"_s } })
                .value(u"result"_s)
                .toBool());
    QVERIFY(c.waitEvent(u"newParticipantInConference"_s)
                .value(u"peerId"_s)
                .toString()
                .startsWith(u"liam@"_s));

    QVERIFY(c.call(u"kickPeer"_s, { { u"peerId"_s, kim } }).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"participantLeftConference"_s).value(u"peerId"_s).toString(), kim);
    QCOMPARE(c.call(u"kickPeer"_s, { { u"peerId"_s, kim } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);

    // Participants come and go.
    QVERIFY(room.sim.simulateParticipantJoin(u"mia@video.example.net"_s, u"Mia"_s));
    QCOMPARE(c.waitEvent(u"newParticipantInConference"_s).value(u"peerDn"_s).toString(), u"Mia"_s);
    QVERIFY(!room.sim.simulateParticipantJoin(u"mia@video.example.net"_s)); // already in
    QVERIFY(room.sim.simulateParticipantLeave(u"mia@video.example.net"_s));
    QVERIFY(c.waitEvent(u"participantLeftConference"_s)
                .value(u"peerId"_s)
                .toString()
                .startsWith(u"mia@video.example.net/"_s));
    QCOMPARE(c.call(u"gotoPodium"_s).value(u"error"_s).toString(),
             u"Invalid state"_s); // not role-based
}

void tst_SimCalls::joinedConferenceIsNotOurs()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    c.call(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QVERIFY(c.waitAppState(5));
    const QJsonObject conf = c.call(u"getConferences"_s);
    QCOMPARE(conf.value(u"confTitle"_s).toString(), u"weekly_sync"_s);
    QCOMPARE(conf.value(u"realTimeConferenceManagmentUrl"_s).toString(), QString());
    const QJsonArray participants = room.sim.participants();
    QVERIFY(participants.size() >= 3);
    const QString other = participants.at(1).toObject().value(u"peerId"_s).toString();
    QCOMPARE(c.call(u"kickPeer"_s, { { u"peerId"_s, other } }).value(u"error"_s).toString(),
             u"Invalid state"_s);
    QCOMPARE(c.call(u"hangUp"_s, { { u"forAll"_s, true } }).value(u"error"_s).toString(),
             u"Invalid state"_s);
    c.clearFrames();
    // Leaving a conference that goes on without us: no conferenceDeleted.
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QVERIFY(c.waitAppState(6));
    QVERIFY(c.waitAppState(3));
    QCOMPARE(c.eventCount(u"conferenceDeleted"_s), 0);
}

void tst_SimCalls::chat()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    QVERIFY(c.call(u"sendMessage"_s, { { u"peerId"_s, u"nina"_s }, { u"message"_s, u"Hi ✓"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(
        compact(c.waitEvent(u"chatMessageSent"_s)),
        uR"({"event":"chatMessageSent","message":"Hi ✓","method":"event","peerId":"nina@sim.trueconf.local"})"_s);
    QCOMPARE(c.call(u"sendMessage"_s, { { u"peerId"_s, u"\\c\\x"_s }, { u"message"_s, u"x"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QCOMPARE(
        c.call(u"sendGroupMessage"_s, { { u"message"_s, u"all"_s } }).value(u"error"_s).toString(),
        u"Invalid state"_s);

    QVERIFY(room.sim.simulateIncomingChat(u"oscar@video.example.net"_s, u"Ready?"_s, u"Oscar"_s));
    const QJsonObject in = c.waitEvent(u"incomingChatMessage"_s);
    QCOMPARE(in.value(u"peerId"_s).toString(), u"oscar@video.example.net"_s);
    QCOMPARE(in.value(u"peerDn"_s).toString(), u"Oscar"_s);
    QCOMPARE(in.value(u"message"_s).toString(), u"Ready?"_s);
    QVERIFY(in.value(u"time"_s).toDouble() > 1.7e9);
    QVERIFY(in.contains(u"chatId"_s));
    QVERIFY(!room.sim.simulateIncomingGroupChat(u"oscar"_s, u"x"_s)); // no conference

    c.call(u"createConference"_s,
           { { u"title"_s, u"Chatty"_s }, { u"confType"_s, u"symmetric"_s } });
    QVERIFY(c.waitAppState(5));
    QVERIFY(c.call(u"sendGroupMessage"_s, { { u"message"_s, u"hello all"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"groupChatMessageSent"_s).value(u"message"_s).toString(), u"hello all"_s);
    QVERIFY(room.sim.simulateIncomingGroupChat(u"oscar"_s, u"hi room"_s));
    const QJsonObject group = c.waitEvent(u"incomingGroupChatMessage"_s);
    QCOMPARE(group.value(u"confId"_s).toString(), room.sim.conferenceId());
    QCOMPARE(group.value(u"message"_s).toString(), u"hi room"_s);
}

void tst_SimCalls::callHistory()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    c.call(u"call"_s, { { u"peerId"_s, u"busy.x@video.example.net"_s } });
    QVERIFY(!c.waitEvent(u"rejectReceived"_s).isEmpty());
    QVERIFY(c.waitAppState(3));
    c.call(u"createConference"_s,
           { { u"title"_s, u"Review"_s }, { u"confType"_s, u"symmetric"_s } });
    QVERIFY(c.waitAppState(5));
    c.call(u"hangUp"_s);
    QVERIFY(c.waitAppState(3));

    const QJsonObject reply = c.call(u"getCallHistory"_s, { { u"count"_s, 10 } });
    const QJsonArray calls = reply.value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 2);
    const QJsonObject newest = calls.at(0).toObject();
    QCOMPARE(newest.value(u"confType"_s).toInt(), 1);
    QCOMPARE(newest.value(u"confTitle"_s).toString(), u"Review"_s);
    QVERIFY(newest.contains(u"confId"_s));
    const QJsonObject older = calls.at(1).toObject();
    QCOMPARE(older.value(u"type"_s).toInt(), 1);
    QCOMPARE(older.value(u"confType"_s).toInt(), 0);
    QCOMPARE(older.value(u"peerId"_s).toString(), u"busy.x@video.example.net"_s);
    QVERIFY(!older.contains(u"confTitle"_s));
    for (const QString &field : { u"type"_s, u"confType"_s, u"peerId"_s, u"peerDn"_s,
                                  u"startTime"_s, u"duration"_s, u"viewed"_s, u"streamId"_s })
        QVERIFY2(older.contains(field), qPrintable(field));
    QCOMPARE(older.value(u"viewed"_s), QJsonValue(false));
    QCOMPARE(reply.value(u"lastView"_s).toInt(), 0);
    QCOMPARE(c.call(u"getCallHistory"_s, { { u"count"_s, 1 } }).value(u"calls"_s).toArray().size(),
             1);

    QVERIFY(c.call(u"setLastCallsViewed"_s).value(u"result"_s).toBool());
    const qint64 lastView
        = qint64(c.waitEvent(u"lastCallsViewed"_s).value(u"lastView"_s).toDouble());
    QVERIFY(lastView > 0);
    QCOMPARE(qint64(c.call(u"getLastCallsViewTime"_s).value(u"time"_s).toDouble()), lastView);
    QCOMPARE(c.call(u"getCallHistory"_s, { { u"count"_s, 10 } })
                 .value(u"calls"_s)
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(u"viewed"_s),
             QJsonValue(true));
    QVERIFY(c.call(u"clearCallHistory"_s).value(u"result"_s).toBool());
    QVERIFY(!c.waitEvent(u"callHistoryCleared"_s).isEmpty());
    QVERIFY(
        c.call(u"getCallHistory"_s, { { u"count"_s, 10 } }).value(u"calls"_s).toArray().isEmpty());
}

void tst_SimCalls::invalidStates()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    const auto error = [&c](const QString &method, const QJsonObject &params = {}) {
        return c.call(method, params).value(u"error"_s).toString();
    };
    const QString invalid = u"Invalid state"_s;
    QCOMPARE(error(u"accept"_s), invalid);
    QCOMPARE(error(u"reject"_s), invalid);
    QCOMPARE(error(u"hangUp"_s), invalid);
    QCOMPARE(error(u"toneDial"_s, { { u"symbol"_s, u"1"_s }, { u"callId"_s, u"x"_s } }), invalid);
    QCOMPARE(error(u"kickPeer"_s, { { u"peerId"_s, u"x"_s } }), invalid);
    QCOMPARE(error(u"acceptPeer"_s, { { u"peerId"_s, u"x"_s } }), invalid);
    QCOMPARE(error(u"startRemark"_s), invalid);
    c.call(u"call"_s, { { u"peerId"_s, u"alice"_s } });
    QVERIFY(c.waitAppState(5));
    QCOMPARE(error(u"call"_s, { { u"peerId"_s, u"bob"_s } }), invalid);
    QCOMPARE(error(u"createConference"_s, { { u"title"_s, u"x"_s }, { u"confType"_s, u"role"_s } }),
             invalid);
    QCOMPARE(error(u"accept"_s), invalid);
    QCOMPARE(error(u"kickPeer"_s, { { u"peerId"_s, u"alice"_s } }), invalid); // P2P
    QCOMPARE(error(u"inviteToConference"_s, { { u"peerId"_s, u"bob"_s } }), invalid);
}

void tst_SimCalls::forcedStates()
{
    CallRoom room;
    QVERIFY(room.start());
    TestClient &c = room.client;
    // Tests of other layers force states without a call behind them; answering still works.
    room.sim.setAppState(4);
    QVERIFY(c.waitAppState(4));
    QVERIFY(c.call(u"accept"_s).value(u"result"_s).toBool());
    QVERIFY(!c.waitEvent(u"conferenceCreated"_s).isEmpty());
    QVERIFY(c.waitAppState(5));
    room.sim.setAppState(3); // the call is forgotten
    QVERIFY(c.waitAppState(3));
    room.sim.setAppState(5);
    QVERIFY(c.waitAppState(5));
    QVERIFY(c.call(u"hangUp"_s).value(u"result"_s).toBool());
    QVERIFY(c.waitAppState(6));
    QVERIFY(c.waitAppState(3));
    QCOMPARE(c.eventCount(u"conferenceDeleted"_s), 0);
    room.sim.setAppState(4);
    QVERIFY(c.call(u"reject"_s).value(u"result"_s).toBool());
    QVERIFY(c.waitAppState(3));
}

QTEST_GUILESS_MAIN(tst_SimCalls)
#include "tst_simcalls.moc"
