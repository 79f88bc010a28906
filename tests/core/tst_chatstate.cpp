// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// ChatState against the strict simulator: sending to everyone and to one participant (one row
// each, whatever order the reply and the room's event come in), local refusals, incoming
// messages with names and the unread count, history merged without duplicates, a new call
// starting a new conversation, cmdChatClear, and bounded texts and rows.

#include "core/models/callsession.h"
#include "core/models/chatstate.h"
#include "core/models/participantlistmodel.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "sim/simchat.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Delivery = ChatMessage::Delivery;

namespace {

const QString kLea = u"lea.muller@video.example.net"_s;
const QString kMia = u"mia@video.example.net"_s;

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

//! One room, one session with every standard part, signed in.
struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    ChatState *chat = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool start(Room::Role role = Room::Role::User)
    {
        sim = SimRoom::start();
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        chat = session->chat();
        tester = std::make_unique<QAbstractItemModelTester>(
            chat->messages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        return ready.wait(5000);
    }

    //! Joins the group conference "weekly_sync" with Lea and Mia in it.
    bool joinConference()
    {
        session->controller()->call(u"\\c\\weekly_sync"_s);
        if (!QTest::qWaitFor([this] { return chat->inGroupConference(); }, 5000))
            return false;
        return sim->simulateParticipantJoin(kLea, u"Lea Müller"_s)
            && sim->simulateParticipantJoin(kMia, u"Mia"_s)
            && QTest::qWaitFor([this] { return session->participants()->rowCount() >= 3; });
    }

    int rows() const { return chat->messages()->rowCount(); }
    const ChatMessage &row(int r) const { return chat->messages()->message(r); }
};

//! Runs a verb and waits for its one outcome.
template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    QTest::qWait(0);
    return calls == 1 ? *result : RequestOutcome {};
}

} // namespace

class tst_ChatState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsToEveryoneAndToOne();
    void refusesLocally();
    void incomingMessagesAndUnread();
    void historyMergesWithoutDuplicates();
    void anotherControllersMessageShowsOnce();
    void eventBeforeReplyAndLostReplies();
    void newCallStartsNewConversation();
    void chatClearRemovesTheChat();
    void textsAndRowsAreBounded();
};

void tst_ChatState::sendsToEveryoneAndToOne()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    QCOMPARE(f.chat->sendRefusal(true), QString());

    // To everyone: one row, Sending at once, then Sent and echoed by groupChatMessageSent.
    QSignalSpy inserted(f.chat->messages(), &QAbstractItemModel::rowsInserted);
    const RequestOutcome all
        = outcomeOf([&](auto d) { f.chat->sendGroupMessage(u"  Hello all "_s, d); });
    QCOMPARE(all.status, Status::Reply);
    QCOMPARE(inserted.size(), 1);
    QTRY_VERIFY(f.row(0).echoed);
    QCOMPARE(f.rows(), 1);
    QVERIFY(f.row(0).isOwn());
    QVERIFY(f.row(0).group);
    QCOMPARE(f.row(0).delivery, Delivery::Sent);
    QCOMPARE(f.row(0).text, u"Hello all"_s);

    // To Lea, by the id the participant list has: named from the list.
    const int lea = f.session->participants()->rowOf(kLea);
    QVERIFY(lea >= 0);
    const QString leaId = f.session->participants()->participant(lea).peerId;
    QCOMPARE(outcomeOf([&](auto d) { f.chat->sendMessage(leaId, u"Only for you"_s, d); }).status,
             Status::Reply);
    QTRY_VERIFY(f.row(1).echoed);
    QCOMPARE(f.rows(), 2);
    QVERIFY(!f.row(1).group);
    QCOMPARE(f.row(1).name, u"Lea Müller"_s);
    QCOMPARE(f.row(1).delivery, Delivery::Sent);
    QCOMPARE(f.chat->unreadCount(), 0); // own messages are never unread

    // The room keeps both.
    QCOMPARE(f.sim->chat().history(f.sim->conferenceId()).size(), 1);
    QCOMPARE(f.sim->chat().history(kLea).first().toObject().value(u"message"_s).toString(),
             u"Only for you"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::refusesLocally()
{
    Fixture f;
    QVERIFY(f.start());

    // Idle: nobody to send to "everyone".
    RequestOutcome o = outcomeOf([&](auto d) { f.chat->sendGroupMessage(u"Hi"_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QVERIFY(o.errorText.contains(u"group conference"_s));
    QCOMPARE(o.method, u"sendGroupMessage"_s);

    // Empty, blank, too long, nobody.
    o = outcomeOf([&](auto d) { f.chat->sendMessage(kLea, u"   "_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QVERIFY(!o.errorText.isEmpty());
    const QString tooLong(ChatState::kMaxMessageLength + 1, u'x');
    o = outcomeOf([&](auto d) { f.chat->sendMessage(kLea, tooLong, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QVERIFY(o.errorText.contains(QString::number(ChatState::kMaxMessageLength)));
    o = outcomeOf([&](auto d) { f.chat->sendMessage(u"\\c\\weekly"_s, u"Hi"_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);

    // In a P2P call there is no "everyone" either.
    f.session->controller()->call(u"alice@sim.trueconf.local"_s);
    QTRY_COMPARE(f.session->call()->phase(), CallSession::Phase::InConference);
    QVERIFY(!f.chat->inGroupConference());
    QCOMPARE(f.chat->callPeerId().section(u'@', 0, 0), u"alice"_s);
    o = outcomeOf([&](auto d) { f.chat->sendGroupMessage(u"Hi"_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QCOMPARE(
        outcomeOf([&](auto d) { f.chat->sendMessage(f.chat->callPeerId(), u"Hi"_s, d); }).status,
        Status::Reply);

    // Signed out: nothing goes.
    f.session->controller()->disconnectFromRoom();
    QTRY_COMPARE(f.session->controller()->connectionState(),
                 RoomController::ConnectionState::Disconnected);
    o = outcomeOf([&](auto d) { f.chat->sendMessage(kLea, u"Hi"_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);

    // Refusals never reach the wire: one sendMessage (the P2P one) and no group message.
    QCOMPARE(sent(*f.sim, u"sendGroupMessage"_s), 0);
    QCOMPARE(sent(*f.sim, u"sendMessage"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::incomingMessagesAndUnread()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    QSignalSpy unread(f.chat, &ChatState::unreadChanged);
    QSignalSpy received(f.chat, &ChatState::messageReceived);

    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"Can you hear us?"_s, u"Lea Müller"_s));
    QVERIFY(received.wait());
    QCOMPARE(f.chat->unreadCount(), 1);
    QCOMPARE(f.chat->latestUnread(), u"Lea Müller: Can you hear us?"_s);
    // The room list and the tray learn of it.
    const RoomNotices *notices = f.session->notices();
    QCOMPARE(notices->count(RoomNotices::Kind::UnreadChat), 1);
    QCOMPARE(notices->latest(RoomNotices::Kind::UnreadChat), u"Lea Müller: Can you hear us?"_s);
    QCOMPARE(f.rows(), 1);
    QVERIFY(f.row(0).group);
    QVERIFY(!f.row(0).isOwn());
    QCOMPARE(f.row(0).name, u"Lea Müller"_s);
    QVERIFY(f.row(0).time.isValid());

    // A personal message without a name: the participant list names the sender.
    f.sim->sendEvent(u"incomingChatMessage"_s,
                     { { u"peerId"_s, kMia }, { u"message"_s, u"Me too"_s } });
    QTRY_COMPARE(f.chat->unreadCount(), 2);
    QVERIFY(!f.row(1).group);
    QCOMPARE(f.row(1).name, u"Mia"_s);

    QCOMPARE(notices->count(RoomNotices::Kind::UnreadChat), 2);
    f.chat->markRead();
    QCOMPARE(f.chat->unreadCount(), 0);
    QCOMPARE(f.chat->latestUnread(), QString());
    QCOMPARE(notices->count(RoomNotices::Kind::UnreadChat), 0);
    QCOMPARE(unread.last().at(0).toInt(), 0);
    QCOMPARE(f.rows(), 2); // read, not gone
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::historyMergesWithoutDuplicates()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"Can you hear us?"_s, u"Lea Müller"_s));
    QTRY_COMPARE(f.rows(), 1);
    QCOMPARE(outcomeOf([&](auto d) { f.chat->sendGroupMessage(u"Yes"_s, d); }).status,
             Status::Reply);
    QVERIFY(f.sim->simulateIncomingChat(kMia, u"Psst"_s, u"Mia"_s));
    QTRY_COMPARE(f.rows(), 3);

    // Reading the history again adds nothing: every message there is shown already.
    QSignalSpy loaded(f.chat, &ChatState::historyLoaded);
    f.chat->refreshHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(f.rows(), 3);
    f.chat->refreshHistory();
    QVERIFY(loaded.wait());
    QCOMPARE(f.rows(), 3);
    QCOMPARE(f.chat->unreadCount(), 2);

    // A second console signs in during the call: it reads the conversation from history,
    // own message marked, nothing unread.
    RoomSession second(SimRoom::fastOptions());
    QAbstractItemModelTester tester(second.chat()->messages(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy secondLoaded(second.chat(), &ChatState::historyLoaded);
    second.controller()->connectToRoom(SimRoom::addressOf(*f.sim),
                                       Creds::unsecured(Room::Role::Admin));
    QVERIFY(secondLoaded.wait(5000));
    const ChatMessageModel *m = second.chat()->messages();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->message(0).text, u"Can you hear us?"_s);
    QCOMPARE(m->message(0).name, u"Lea Müller"_s);
    QVERIFY(m->message(0).group);
    QVERIFY(m->message(1).isOwn());
    QVERIFY(m->message(1).group);
    QCOMPARE(m->message(2).name, u"Mia"_s);
    QVERIFY(!m->message(2).group);
    QVERIFY(m->message(2).fromHistory);
    QCOMPARE(second.chat()->unreadCount(), 0);

    // A live message after the history: once, and unread.
    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"Great"_s, u"Lea Müller"_s));
    QTRY_COMPARE(m->rowCount(), 4);
    QCOMPARE(second.chat()->unreadCount(), 1);
    second.chat()->refreshHistory();
    QVERIFY(secondLoaded.wait());
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::anotherControllersMessageShowsOnce()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    // roomdeckctl (another connection of the same room) sends to everyone.
    RoomController other(SimRoom::fastOptions());
    QSignalSpy ready(&other, &RoomController::startupCompleted);
    other.connectToRoom(SimRoom::addressOf(*f.sim), Creds::unsecured(Room::Role::Admin));
    QVERIFY(ready.wait(5000));
    other.sendRequest(u"sendGroupMessage"_s, { { u"message"_s, u"From the script"_s } });
    QTRY_COMPARE(f.rows(), 1);
    QVERIFY(f.row(0).isOwn());
    QVERIFY(f.row(0).echoed);
    QCOMPARE(f.row(0).delivery, Delivery::Sent);
    // The same text from this console later is a message of its own.
    QCOMPARE(outcomeOf([&](auto d) { f.chat->sendGroupMessage(u"From the script"_s, d); }).status,
             Status::Reply);
    QTRY_VERIFY(f.row(1).echoed);
    QCOMPARE(f.rows(), 2);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::eventBeforeReplyAndLostReplies()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());

    // The reply never comes but the room's event does: the message went, shown once.
    f.sim->setReplyDelay(u"sendGroupMessage"_s, -1);
    std::optional<RequestOutcome> result;
    f.chat->sendGroupMessage(u"Are you there?"_s, [&](const RequestOutcome &o) { result = o; });
    QCOMPARE(f.rows(), 1);
    QCOMPARE(f.row(0).delivery, Delivery::Sending);
    f.sim->sendEvent(u"groupChatMessageSent"_s, { { u"message"_s, u"Are you there?"_s } });
    QTRY_VERIFY(f.row(0).echoed);
    QCOMPARE(f.row(0).delivery, Delivery::Sent);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(result->status, Status::Timeout);
    QCOMPARE(f.row(0).delivery, Delivery::Sent);
    QCOMPARE(f.rows(), 1);

    // Without the event a lost reply is a failure, with the reason.
    f.sim->setReplyDelay(u"sendMessage"_s, -1);
    result.reset();
    f.chat->sendMessage(kMia, u"Hello?"_s, [&](const RequestOutcome &o) { result = o; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(f.rows(), 2);
    QCOMPARE(f.row(1).delivery, Delivery::Failed);
    QCOMPARE(f.row(1).error, result->errorText);
    QVERIFY(!f.row(1).error.isEmpty());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::newCallStartsNewConversation()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    const QString first = f.chat->conversationId();
    QVERIFY(!first.isEmpty());
    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"Bye"_s, u"Lea Müller"_s));
    QTRY_COMPARE(f.rows(), 1);

    // The call ends: its conversation stays readable.
    f.session->controller()->sendRequest(u"hangUp"_s);
    QTRY_COMPARE(f.session->controller()->appState(), Room::AppState::Normal);
    QCOMPARE(f.rows(), 1);
    QCOMPARE(f.chat->unreadCount(), 1);
    QVERIFY(!f.chat->sendRefusal(true).isEmpty());

    // The next call starts a new one.
    QSignalSpy changed(f.chat, &ChatState::conversationChanged);
    f.session->controller()->call(u"\\c\\retro"_s);
    QVERIFY(changed.wait(5000));
    QTRY_VERIFY(f.chat->conversationId() != first);
    QCOMPARE(f.rows(), 0);
    QCOMPARE(f.chat->unreadCount(), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::chatClearRemovesTheChat()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());
    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"One"_s));
    QVERIFY(f.sim->simulateIncomingChat(kMia, u"Two"_s));
    QTRY_COMPARE(f.rows(), 2);
    f.session->controller()->sendRequest(u"chatClear"_s, { { u"id"_s, f.sim->conferenceId() } });
    QTRY_COMPARE(f.rows(), 1);
    QCOMPARE(f.row(0).text, u"Two"_s);
    QCOMPARE(f.chat->unreadCount(), 1);
    QVERIFY(f.sim->chat().history(f.sim->conferenceId()).isEmpty());
    // Read messages stay read, unread ones that go are no longer counted.
    f.chat->markRead();
    QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"Three"_s));
    QVERIFY(f.sim->simulateIncomingChat(kMia, u"Four"_s));
    QTRY_COMPARE(f.chat->unreadCount(), 2);
    f.session->controller()->sendRequest(u"chatClear"_s, { { u"id"_s, f.sim->conferenceId() } });
    QTRY_COMPARE(f.rows(), 2);
    QCOMPARE(f.chat->unreadCount(), 1);
    QCOMPARE(f.chat->latestUnread(), u"mia: Four"_s);
    // Without an id (older rooms): everything.
    f.sim->sendEvent(u"cmdChatClear"_s, {});
    QTRY_COMPARE(f.rows(), 0);
    QCOMPARE(f.chat->unreadCount(), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ChatState::textsAndRowsAreBounded()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.joinConference());

    // 64 KiB with control characters and a bidi override: cut, on one line, clean.
    QString hostile = u"Hi\u202E\u0007\nthere "_s + QString(1 << 16, u'x');
    f.sim->sendEvent(u"incomingGroupChatMessage"_s,
                     { { u"peerId"_s, kLea },
                       { u"peerDn"_s, QString(10000, u'L') },
                       { u"message"_s, hostile },
                       { u"time"_s, 1e300 },
                       { u"confId"_s, f.sim->conferenceId() } });
    QTRY_COMPARE(f.rows(), 1);
    QVERIFY(f.row(0).text.size() <= ChatState::kMaxShownLength);
    QVERIFY(f.row(0).text.startsWith(u"Hi there"_s));
    QVERIFY(f.row(0).name.size() <= 256);
    QVERIFY(f.chat->latestUnread().size() <= 160);
    QVERIFY(qAbs(f.row(0).time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Odd shapes: a numeric peerId, no message, not an object at all.
    f.sim->sendEvent(u"incomingChatMessage"_s, { { u"peerId"_s, 42 }, { u"message"_s, u"n"_s } });
    f.sim->sendEvent(u"incomingChatMessage"_s, { { u"peerId"_s, kMia } });
    f.sim->sendEvent(u"chatMessageSent"_s, { { u"message"_s, QJsonArray { 1 } } });
    QTRY_COMPARE(f.rows(), 2);
    QCOMPARE(f.row(1).peerId, u"42"_s);

    // At most kMaxMessages rows: the oldest go.
    for (int i = 0; i < ChatState::kMaxMessages + 5; ++i)
        QVERIFY(f.sim->simulateIncomingGroupChat(kLea, u"m%1"_s.arg(i)));
    QTRY_COMPARE(f.row(f.rows() - 1).text, u"m%1"_s.arg(ChatState::kMaxMessages + 4));
    QCOMPARE(f.rows(), ChatState::kMaxMessages);
    QCOMPARE(f.row(0).text, u"m5"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_ChatState)
#include "tst_chatstate.moc"
