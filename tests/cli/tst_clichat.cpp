// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl chat send ID TEXT | send --all TEXT | list, in-process against the strict
// simulator.
#include "cli/clirunner.h"
#include "clirun.h"
#include "core/models/chatstate.h"
#include "sim/simchat.h"
#include "simroom.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

const QString kLea = u"lea.muller@video.example.net"_s;

CliParseResult parse(const QStringList &args)
{
    return CliCommandLine::parse(
        QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, {});
}

//! The operator's console, in the group conference "weekly_sync".
std::unique_ptr<RoomController> joinConference(RoomSimulator &sim)
{
    auto console = std::make_unique<RoomController>(SimRoom::fastOptions());
    QSignalSpy ready(console.get(), &RoomController::startupCompleted);
    console->connectToRoom(SimRoom::addressOf(sim),
                           RoomController::Credentials::unsecured(Room::Role::Admin));
    if (!ready.wait(5000))
        return nullptr;
    console->call(u"\\c\\weekly_sync"_s);
    if (!QTest::qWaitFor([&] { return !sim.conferenceId().isEmpty(); }, 5000))
        return nullptr;
    return console;
}

} // namespace

class tst_CliChat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesChatCommands();
    void usageErrors_data();
    void usageErrors();
    void sendsToOne();
    void everyoneOnlyInAGroupConference();
    void listsTheConversationEscaped();
};

void tst_CliChat::parsesChatCommands()
{
    CliParseResult r = parse({ u"chat"_s, u"send"_s, kLea, u"Hello there"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Chat);
    QCOMPARE(r.options.chatAction, CliOptions::ChatAction::Send);
    QCOMPARE(r.options.peerId, kLea);
    QCOMPARE(r.options.chatText, u"Hello there"_s);
    QVERIFY(!r.options.all);
    QCOMPARE(r.options.credentials.role, Room::Role::User); // never displaces the operator

    r = parse({ u"chat"_s, u"send"_s, u"--all"_s, u"Hi all"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QVERIFY(r.options.all);
    QCOMPARE(r.options.chatText, u"Hi all"_s);

    r = parse({ u"chat"_s, u"list"_s, u"--json"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.chatAction, CliOptions::ChatAction::List);
    QVERIFY(parse({ u"--help"_s }).text.contains(u"chat send --all TEXT"_s));
}

void tst_CliChat::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList { u"chat"_s };
    QTest::newRow("unknown verb") << QStringList { u"chat"_s, u"shout"_s, u"x"_s };
    QTest::newRow("send no text") << QStringList { u"chat"_s, u"send"_s, kLea };
    QTest::newRow("send all and id")
        << QStringList { u"chat"_s, u"send"_s, u"--all"_s, kLea, u"x"_s };
    QTest::newRow("bad id") << QStringList { u"chat"_s, u"send"_s, u"\\c\\conf"_s, u"x"_s };
    QTest::newRow("empty text") << QStringList { u"chat"_s, u"send"_s, kLea, u"  "_s };
    QTest::newRow("long text") << QStringList { u"chat"_s, u"send"_s, kLea,
                                                QString(ChatState::kMaxMessageLength + 1, u'x') };
    QTest::newRow("list extra") << QStringList { u"chat"_s, u"list"_s, u"x"_s };
    QTest::newRow("list all") << QStringList { u"chat"_s, u"list"_s, u"--all"_s };
    QTest::newRow("all elsewhere") << QStringList { u"status"_s, u"--all"_s };
}

void tst_CliChat::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliChat::sendsToOne()
{
    auto sim = SimRoom::start();
    Run run(*sim, { u"chat"_s, u"send"_s, kLea, u"Are you joining?"_s });
    QCOMPARE(run.wait(), int(CliExit::Ok));
    QVERIFY(run.out().contains(kLea));
    const QJsonArray history = sim->chat().history(kLea);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(u"message"_s).toString(), u"Are you joining?"_s);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliChat::everyoneOnlyInAGroupConference()
{
    auto sim = SimRoom::start();
    {
        // Idle: refused by the core, with the reason; nothing sent.
        Run run(*sim, { u"chat"_s, u"send"_s, u"--all"_s, u"Hello"_s });
        QCOMPARE(run.wait(), int(CliExit::Refused));
        QVERIFY(run.err().contains(u"group conference"_s));
        QCOMPARE(sim->receivedMethods().count(u"sendGroupMessage"_s), 0);
    }
    const auto console = joinConference(*sim);
    QVERIFY(console);
    Run run(*sim, { u"chat"_s, u"send"_s, u"--all"_s, u"Hello"_s, u"--json"_s });
    QCOMPARE(run.wait(), int(CliExit::Ok));
    QCOMPARE(run.json().value(u"to"_s).toString(), u"*"_s);
    QCOMPARE(sim->chat().history(sim->conferenceId()).size(), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliChat::listsTheConversationEscaped()
{
    auto sim = SimRoom::start();
    {
        Run idle(*sim, { u"chat"_s, u"list"_s });
        QCOMPARE(idle.wait(), int(CliExit::Ok));
        QVERIFY(!idle.out().isEmpty());
    }
    const auto console = joinConference(*sim);
    QVERIFY(console);
    QVERIFY(sim->simulateParticipantJoin(kLea, u"Lea Müller"_s));
    QVERIFY(sim->simulateIncomingGroupChat(kLea, u"Can you hear us?"_s, u"Lea Müller"_s));
    QVERIFY(sim->simulateIncomingChat(kLea, u"\x1b[2Jgone\u202E"_s, u"Lea Müller"_s));
    console->sendRequest(u"sendGroupMessage"_s, { { u"message"_s, u"Yes, loud and clear"_s } });
    QTRY_COMPARE(sim->chat().history(sim->conferenceId()).size(), 2);

    Run run(*sim, { u"chat"_s, u"list"_s });
    QCOMPARE(run.wait(), int(CliExit::Ok));
    const QString out = run.out();
    QVERIFY(out.contains(u"Can you hear us?"_s));
    QVERIFY(out.contains(u"Yes, loud and clear"_s));
    QVERIFY(out.contains(u"Lea Müller"_s));
    QVERIFY(!out.contains(QChar(0x1b)));
    QVERIFY(!out.contains(QChar(0x202E)));

    Run json(*sim, { u"chat"_s, u"list"_s, u"--json"_s });
    QCOMPARE(json.wait(), int(CliExit::Ok));
    const QJsonArray messages = json.json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    // Messages of the same second may come in either order: by content.
    QHash<QString, QJsonObject> byText;
    for (const QJsonValue &v : messages)
        byText.insert(v.toObject().value(u"message"_s).toString(), v.toObject());
    QVERIFY(byText.value(u"Can you hear us?"_s).value(u"group"_s).toBool());
    QCOMPARE(byText.value(u"Can you hear us?"_s).value(u"name"_s).toString(), u"Lea Müller"_s);
    QVERIFY(!byText.value(u"[2Jgone"_s).value(u"group"_s).toBool());
    QVERIFY(byText.value(u"Yes, loud and clear"_s).value(u"own"_s).toBool());
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliChat)
#include "tst_clichat.moc"
