// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/controller/requestoutcome.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RoomMessage roomEvent(const QString &name, QJsonObject payload)
{
    RoomMessage m;
    m.kind = RoomMessage::Kind::Event;
    m.method = u"event"_s;
    m.event = name;
    payload.insert(u"method"_s, u"event"_s);
    payload.insert(u"event"_s, name);
    m.body = payload;
    return m;
}

} // namespace

//! The event log's bounds (rows, presence share, bytes, room text) and its sentences.
class tst_EventLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roomTextIsBoundedAndClean();
    void hugeNamesAndErrorsAreBounded();
    void rawBodiesAreBoundedByBytes();
    void presenceKeepsToItsShare();
    void commandsAreLoggedOnce();
    void eventsReadAsSentences();
    void aCameraMoveIsOneRow();
};

void tst_EventLog::aCameraMoveIsOneRow()
{
    EventLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ptz = [](int pan) {
        return roomEvent(
            u"ptzControlsChanged"_s,
            { { u"pan"_s, QJsonObject { { u"support"_s, true }, { u"currentValue"_s, pan } } },
              { u"tilt"_s, QJsonObject { { u"support"_s, false } } },
              { u"zoom"_s, QJsonObject { { u"support"_s, true }, { u"currentValue"_s, 100 } } } });
    };
    // A hold-to-move: the room reports every step; the log keeps one row, where it is now.
    for (int pan = 0; pan <= 50; pan += 5)
        log.handleRoomEvent(ptz(pan));
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entry(0).text, u"The room's camera: pan 50, zoom 100"_s);
    QVERIFY(QString::fromUtf8(log.entry(0).rawJson).contains(u"50"_s));

    log.handleRoomEvent(roomEvent(u"videoCapturerPresetApplied"_s,
                                  { { u"presetId"_s, u"3"_s }, { u"name"_s, u"Lectern"_s } }));
    log.handleRoomEvent(ptz(-20)); // a new move after something else: a row of its own
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.entry(1).text, u"Camera preset “Lectern” applied"_s);
    QCOMPARE(log.entry(2).text, u"The room's camera: pan -20, zoom 100"_s);
    log.handleRoomEvent(roomEvent(u"videoCapturerPresetRemoved"_s, { { u"presetId"_s, u"3"_s } }));
    QCOMPARE(log.entry(3).text, u"Camera preset “3” removed"_s);
}

void tst_EventLog::roomTextIsBoundedAndClean()
{
    QCOMPARE(RoomText::bounded(u"Anya"_s), u"Anya"_s);
    QCOMPARE(RoomText::bounded(u"a\nb\tc\r"_s), u"a b c "_s);
    // Control characters, ANSI escapes' ESC and bidi overrides are dropped.
    QCOMPARE(RoomText::bounded(u"x\u001b[31my\u202ez\u0000"_s), u"x[31myz"_s);
    const QString longText(5000, u'x');
    const QString cut = RoomText::bounded(longText, 100);
    QCOMPARE(cut.size(), 100);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(RoomText::name(longText).size(), RoomText::kNameLength);
    // Never half a surrogate pair.
    QString emoji;
    for (int i = 0; i < 10; ++i)
        emoji += u"\U0001F600"_s;
    const QString cutEmoji = RoomText::bounded(emoji, 6);
    QVERIFY(!cutEmoji.at(cutEmoji.size() - 2).isHighSurrogate());
}

void tst_EventLog::hugeNamesAndErrorsAreBounded()
{
    // Issue 12 defect 4: a 1 MB event name or error text is cut before it is formatted.
    EventLogModel log;
    const QString huge(1024 * 1024, u'E');
    log.append(EventLogModel::Kind::Event,
               EventLogModel::describeEvent(roomEvent(huge, { { u"x"_s, 1 } })), huge,
               { { u"x"_s, 1 } });
    QVERIFY(log.entry(0).text.size() <= RoomText::kTextLength);
    QVERIFY(log.entry(0).name.size() <= RoomText::kNameLength);
    QVERIFY(log.index(0, EventLogModel::TextColumn).data().toString().size()
            <= RoomText::kTextLength);

    RequestOutcome failed;
    failed.id = 7;
    failed.method = u"setSettings"_s;
    failed.status = RequestOutcome::Status::ErrorReply;
    failed.errorText = huge;
    log.logCommand(u"Changing a setting"_s, failed);
    const QString text = log.entry(1).text;
    QVERIFY(text.size() <= RoomText::kTextLength);
    QVERIFY(text.startsWith(u"Changing a setting — failed: EEE"_s));

    // Any text appended, whatever its source, is bounded and on one line.
    log.append(EventLogModel::Kind::Error, u"first line\nsecond "_s + huge);
    QVERIFY(log.entry(2).text.size() <= RoomText::kTextLength);
    QVERIFY(!log.entry(2).text.contains(u'\n'));

    // A 1 MB contact or participant name is shown bounded.
    PeerListModel peers;
    peers.setContacts({ Contact::fromJson({ { u"peerId"_s, u"big@srv"_s },
                                            { u"peerDn"_s, huge },
                                            { u"additionalStatus"_s, huge } }) });
    QVERIFY(peers.index(0).data().toString().size() <= RoomText::kNameLength);
    QVERIFY(peers.index(0).data(Qt::ToolTipRole).toString().size() < 3 * RoomText::kNameLength);
    ParticipantListModel participants;
    participants.setParticipants(
        u"c"_s,
        QJsonArray { QJsonObject { { u"peerId"_s, u"big@srv/1"_s }, { u"peerDn"_s, huge } } });
    QVERIFY(participants.index(0).data().toString().size() <= RoomText::kNameLength);

    // A 1 MB peer name in an event.
    const QString sentence = EventLogModel::describeEvent(
        roomEvent(u"inviteReceived"_s, { { u"peerId"_s, u"bob@srv"_s }, { u"peerDn"_s, huge } }));
    QVERIFY(sentence.size() < RoomText::kNameLength + 100);
}

void tst_EventLog::rawBodiesAreBoundedByBytes()
{
    // Issue 12 defect 3: large events must not grow the log to hundreds of MB.
    EventLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setByteBudget(4 * 1024 * 1024);
    const QString big(200 * 1024, u'b'); // each event ~200 KB of JSON
    for (int i = 0; i < 300; ++i)
        log.append(EventLogModel::Kind::Event, u"Big %1"_s.arg(i), u"hardwareChanged"_s,
                   { { u"blob"_s, big }, { u"n"_s, i } });
    QVERIFY2(log.retainedBytes() <= log.byteBudget(),
             qPrintable(u"%1 > %2"_s.arg(log.retainedBytes()).arg(log.byteBudget())));
    QCOMPARE(log.rowCount(), 300); // the rows stay; only bodies are cut or dropped
    const EventLogModel::Entry &newest = log.entry(299);
    QCOMPARE(newest.text, u"Big 299"_s);
    QVERIFY(newest.rawJson.size() <= EventLogModel::kMaxRawBytes + 200);
    QVERIFY(newest.rawSize > 200 * 1024);
    const QString raw = log.index(299, 0).data(EventLogModel::RawJsonRole).toString();
    QVERIFY(raw.startsWith(u"{"_s));
    QVERIFY(raw.contains(u"cut: the room sent"_s));
    // The oldest bodies made room; their rows say so.
    QVERIFY(log.entry(0).rawDropped);
    QVERIFY(log.index(0, 0).data(EventLogModel::RawJsonRole).toString().contains(u"dropped"_s));

    // Small bodies are kept whole and redacted as before.
    log.append(EventLogModel::Kind::Event, u"small"_s, u"x"_s, { { u"token"_s, u"abc"_s } });
    const QString small
        = log.index(log.rowCount() - 1, 0).data(EventLogModel::RawJsonRole).toString();
    QVERIFY(small.contains(u"***"_s));
    QVERIFY(!small.contains(u"cut:"_s));

    // Texts alone beyond the budget: the oldest rows go.
    EventLogModel texts;
    texts.setByteBudget(64 * 1024);
    for (int i = 0; i < 1000; ++i)
        texts.append(EventLogModel::Kind::Notice, QString(1000, u't'));
    QVERIFY(texts.retainedBytes() <= texts.byteBudget());
    QVERIFY(texts.rowCount() > 0 && texts.rowCount() < 1000);
}

void tst_EventLog::presenceKeepsToItsShare()
{
    EventLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setCapacity(100);
    for (int i = 0; i < 50; ++i)
        log.append(EventLogModel::Kind::Event, u"event %1"_s.arg(i));
    for (int i = 0; i < 1000; ++i)
        log.append(EventLogModel::kindOfEvent(u"usersStatusesChanged"_s), u"presence %1"_s.arg(i));
    int presence = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        presence += log.entry(row).kind == EventLogModel::Kind::Presence;
    QCOMPARE(presence, log.presenceCapacity());
    QCOMPARE(log.rowCount(), 50 + log.presenceCapacity());
    QCOMPARE(log.entry(0).text, u"event 0"_s);
    QCOMPARE(log.entry(log.rowCount() - 1).text, u"presence 999"_s);
    QCOMPARE(EventLogModel::kindOfEvent(u"appStateChanged"_s), EventLogModel::Kind::Event);
}

void tst_EventLog::commandsAreLoggedOnce()
{
    EventLogModel log;
    RequestOutcome ok;
    ok.id = 1;
    ok.method = u"rebootSystem"_s;
    log.logCommand(u"Restarting the room's computer"_s, ok);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entry(0).kind, EventLogModel::Kind::Command);
    QCOMPARE(log.entry(0).text, u"Restarting the room's computer — done"_s);

    // A failure the log already holds (from the controller) is reworded, not repeated.
    RequestOutcome failed;
    failed.id = 2;
    failed.method = u"setSettings"_s;
    failed.status = RequestOutcome::Status::Timeout;
    failed.errorText = u"no reply within 3 s"_s;
    EventLogModel::Entry generic;
    generic.kind = EventLogModel::Kind::Command;
    generic.text = u"setSettings: no reply within 3 s"_s;
    generic.request = 2;
    log.append(generic);
    QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
    log.logCommand(u"Changing the volume"_s, failed);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(log.entry(1).text, u"Changing the volume — failed: no reply within 3 s"_s);
}

void tst_EventLog::eventsReadAsSentences()
{
    ParticipantListModel participants;
    participants.setParticipants(u"c@srv#vcs"_s,
                                 QJsonArray { QJsonObject { { u"peerId"_s, u"arjun@srv/5f2a"_s },
                                                            { u"peerDn"_s, u"Arjun Volkov"_s } } });
    PeerListModel peers;
    peers.setContacts({ Contact::fromJson(
        { { u"peerId"_s, u"anya@srv"_s }, { u"peerDn"_s, u"Anya Kuznetsova"_s } }) });
    const EventLogModel::NameLookup lookup = [&](const QString &id) {
        const int row = participants.rowOf(id);
        if (row >= 0)
            return participants.participant(row).peerDn;
        const int p = peers.rowOf(id);
        return p >= 0 ? peers.contact(p).peerDn : QString();
    };
    const auto say = [&](const QString &name, const QJsonObject &body) {
        return EventLogModel::describeEvent(roomEvent(name, body), lookup);
    };
    QCOMPARE(say(u"participantLeftConference"_s, { { u"peerId"_s, u"arjun@srv/5f2a"_s } }),
             u"Arjun Volkov left the conference"_s);
    // Unknown: the id without its instance, never "id/instance".
    QCOMPARE(say(u"participantLeftConference"_s, { { u"peerId"_s, u"zed@srv/77"_s } }),
             u"zed@srv left the conference"_s);
    QCOMPARE(say(u"incomingChatMessage"_s,
                 { { u"peerId"_s, u"anya@srv"_s }, { u"message"_s, u"Running late\nsorry"_s } }),
             u"Anya Kuznetsova wrote: “Running late sorry”"_s);
    QCOMPARE(say(u"incomingGroupChatMessage"_s,
                 { { u"peerId"_s, u"arjun@srv/5f2a"_s },
                   { u"peerDn"_s, u"Arjun V."_s },
                   { u"message"_s, u"Hi all"_s } }),
             u"Arjun V. wrote to the conference: “Hi all”"_s);
    QCOMPARE(
        say(u"chatMessageSent"_s, { { u"peerId"_s, u"anya@srv"_s }, { u"message"_s, u"OK"_s } }),
        u"The room wrote to Anya Kuznetsova: “OK”"_s);
    QCOMPARE(say(u"audioCapturerMute"_s, { { u"mute"_s, true } }),
             u"The room's microphone was muted"_s);
    QCOMPARE(say(u"videoCapturerMute"_s, { { u"mute"_s, false } }),
             u"The room's camera was turned on"_s);
    QCOMPARE(say(u"micStateChangedByConferenceOwner"_s, { { u"mute"_s, true } }),
             u"The conference owner muted the room's microphone"_s);
    QCOMPARE(say(u"deviceStatusReceived"_s,
                 { { u"peerId"_s, u"arjun@srv/5f2a"_s }, { u"mic"_s, 1 }, { u"video"_s, 2 } }),
             u"Arjun Volkov — microphone: Muted, camera: On"_s);
    QCOMPARE(say(u"usersStatusesChanged"_s,
                 { { u"usersStatuses"_s,
                     QJsonArray { QJsonObject { { u"peerId"_s, u"anya@srv"_s },
                                                { u"status"_s, 1 },
                                                { u"extStatus"_s, 2 } } } } }),
             u"Anya Kuznetsova is now “Available”"_s);
    const QString longChat
        = say(u"incomingChatMessage"_s,
              { { u"peerId"_s, u"anya@srv"_s }, { u"message"_s, QString(100000, u'm') } });
    QVERIFY(longChat.size() < 400);
    QCOMPARE(EventLogModel::describeEvent(roomEvent(u"participantLeftConference"_s,
                                                    { { u"peerId"_s, u"arjun@srv/5f2a"_s } })),
             u"arjun@srv left the conference"_s); // no lookup: no name
}

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
