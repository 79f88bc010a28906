// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

//! The emulator's chat history (room-api.md §7.9, shapes of our choosing in SimChat):
//! getListOfChats, getChatLastMessages paging, chatClear with cmdChatClear, and the texts it
//! refuses.

#include "sim/roomsimulator.h"
#include "sim/simchat.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

class tst_SimChat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyPerChat();
    void clearAndRefusals();
};

namespace {

QString errorOf(const QJsonObject &reply)
{
    return reply.value(u"error"_s).toString();
}

} // namespace

void tst_SimChat::historyPerChat()
{
    RoomSimulator sim(options());
    sim.setCallTiming(60, 300);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    for (int i = 0; i < 5; ++i)
        QVERIFY(c.call(u"sendMessage"_s,
                       { { u"peerId"_s, u"nina"_s }, { u"message"_s, u"n%1"_s.arg(i) } })
                    .value(u"result"_s)
                    .toBool());
    QVERIFY(sim.simulateIncomingChat(u"nina"_s, u"answer"_s, u"Nina"_s));
    c.call(u"createConference"_s,
           { { u"title"_s, u"Chatty"_s }, { u"confType"_s, u"symmetric"_s } });
    QVERIFY(c.waitAppState(5));
    QVERIFY(sim.simulateIncomingGroupChat(u"oscar"_s, u"hi room"_s, u"Oscar"_s));

    // The list: most recently used last, with type, title, count and last time.
    const QJsonArray list = c.call(u"getListOfChats"_s).value(u"list"_s).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject nina = list.at(0).toObject();
    QCOMPARE(nina.value(u"id"_s).toString(), u"nina@sim.trueconf.local"_s);
    QCOMPARE(nina.value(u"type"_s).toInt(), 0);
    QCOMPARE(nina.value(u"count"_s).toInt(), 6);
    QVERIFY(nina.value(u"lastTime"_s).toDouble() > 1.7e9);
    const QJsonObject group = list.at(1).toObject();
    QCOMPARE(group.value(u"id"_s).toString(), sim.conferenceId());
    QCOMPARE(group.value(u"type"_s).toInt(), 1);
    QCOMPARE(group.value(u"title"_s).toString(), u"Chatty"_s);

    // Paging from the newest: beginNumber 1, count 3 -> n2, n3, n4 (oldest first).
    QJsonArray page
        = c.call(u"getChatLastMessages"_s,
                 { { u"id"_s, nina.value(u"id"_s) }, { u"beginNumber"_s, 1 }, { u"count"_s, 3 } })
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).toObject().value(u"message"_s).toString(), u"n2"_s);
    QCOMPARE(page.at(2).toObject().value(u"message"_s).toString(), u"n4"_s);
    QVERIFY(page.at(2).toObject().value(u"outgoing"_s).toBool());
    QCOMPARE(page.at(2).toObject().value(u"peerId"_s).toString(), u"room101@sim.trueconf.local"_s);
    page = c.call(u"getChatLastMessages"_s,
                  { { u"id"_s, nina.value(u"id"_s) }, { u"beginNumber"_s, 0 }, { u"count"_s, 1 } })
               .value(u"messages"_s)
               .toArray();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).toObject().value(u"peerDn"_s).toString(), u"Nina"_s);
    QVERIFY(!page.at(0).toObject().value(u"outgoing"_s).toBool());
    // Past the start, and a chat with no message yet: empty lists.
    QVERIFY(
        c.call(u"getChatLastMessages"_s,
               { { u"id"_s, nina.value(u"id"_s) }, { u"beginNumber"_s, 50 }, { u"count"_s, 5 } })
            .value(u"messages"_s)
            .toArray()
            .isEmpty());
    const QJsonObject none
        = c.call(u"getChatLastMessages"_s,
                 { { u"id"_s, u"nobody"_s }, { u"beginNumber"_s, 0 }, { u"count"_s, 5 } });
    QVERIFY(none.value(u"result"_s).toBool());
    QVERIFY(none.value(u"messages"_s).toArray().isEmpty());
}

void tst_SimChat::clearAndRefusals()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QVERIFY(sim.simulateIncomingChat(u"nina"_s, u"one"_s));
    QCOMPARE(sim.chat().chatIds(), QStringList { u"nina@sim.trueconf.local"_s });
    QVERIFY(c.call(u"chatClear"_s, { { u"id"_s, u"nina@sim.trueconf.local"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"cmdChatClear"_s).value(u"id"_s).toString(),
             u"nina@sim.trueconf.local"_s);
    QVERIFY(sim.chat().history(u"nina@sim.trueconf.local"_s).isEmpty());
    QCOMPARE(errorOf(c.call(u"chatClear"_s, { { u"id"_s, u"nobody"_s } })),
             u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"getChatLastMessages"_s,
                            { { u"id"_s, u"x"_s }, { u"beginNumber"_s, -1 }, { u"count"_s, 1 } })),
             u"Invalid parameters"_s);

    // Blank and too long texts are refused, and nothing is kept or announced.
    c.clearFrames();
    QCOMPARE(errorOf(c.call(u"sendMessage"_s,
                            { { u"peerId"_s, u"nina"_s }, { u"message"_s, u"  "_s } })),
             u"Invalid parameters"_s);
    QCOMPARE(errorOf(c.call(u"sendMessage"_s,
                            { { u"peerId"_s, u"nina"_s },
                              { u"message"_s, QString(SimChat::kMaxMessageLength + 1, u'x') } })),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"sendMessage"_s,
                   { { u"peerId"_s, u"nina"_s },
                     { u"message"_s, QString(SimChat::kMaxMessageLength, u'x') } })
                .value(u"result"_s)
                .toBool());
    c.call(u"getAppState"_s); // a round trip: every event before it has arrived
    QCOMPARE(c.eventCount(u"chatMessageSent"_s), 1);
    QCOMPARE(sim.chat().history(u"nina@sim.trueconf.local"_s).size(), 1);
}

QTEST_MAIN(tst_SimChat)
#include "tst_simchat.moc"
