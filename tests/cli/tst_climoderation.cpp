// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl's conference commands (issue 15 item 10), in-process against the strict
// simulator: participants --json, kick, remote-mute / remote-unmute, moderator, invite,
// accept-join / refuse-join; the exit codes and what the room ended up in; refusals (not the
// owner, no conference) that send nothing.
#include "cli/clirunner.h"
#include "clirun.h"
#include "simroom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

CliParseResult parse(const QStringList &args)
{
    return CliCommandLine::parse(
        QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, {});
}

struct Done
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json;
};

Done run(const RoomSimulator &sim, const QStringList &args)
{
    Run r(sim, args);
    Done d;
    d.code = r.wait();
    d.out = r.out();
    d.err = r.err();
    d.json = r.json();
    return d;
}

QJsonObject participantNamed(const QJsonArray &participants, const QString &idPart)
{
    for (const QJsonValue &v : participants)
        if (v.toObject().value(u"peerId"_s).toString().startsWith(idPart))
            return v.toObject();
    return {};
}

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

//! The room's own conference with Lea in it.
std::unique_ptr<RoomSimulator> ownConference()
{
    auto sim = SimRoom::start();
    sim->setCallTiming(30, 20000);
    const Done created
        = run(*sim,
              { u"send"_s,
                uR"({"method":"createConference","title":"Board","confType":"symmetric"})"_s });
    if (created.code != 0 || !QTest::qWaitFor([&] { return sim->appState() == 5; }))
        return {};
    if (!sim->simulateParticipantJoin(u"lea@sim.trueconf.local"_s, u"Lea Müller"_s))
        return {};
    return sim;
}

} // namespace

class tst_CliModeration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands();
    void usageErrors_data();
    void usageErrors();
    void participantsJson();
    void moderateOwnConference();
    void joinRequests();
    void refusedWhenNotOwner();
    void refusedOutsideAConference();
};

void tst_CliModeration::parsesCommands()
{
    CliParseResult r = parse({ u"remote-mute"_s, u"lea"_s, u"Camera"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::RemoteMute);
    QCOMPARE(r.options.peerIds, QStringList { u"lea"_s });
    QCOMPARE(r.options.device, u"camera"_s);
    QCOMPARE(r.options.credentials.role, Room::Role::User); // never displaces the operator
    r = parse({ u"moderator"_s, u"lea@sim.trueconf.local"_s, u"on"_s });
    QCOMPARE(r.options.command, CliOptions::Command::Moderator);
    QVERIFY(r.options.moderatorOn);
    r = parse({ u"invite"_s, u"lea"_s, u"kenji"_s });
    QCOMPARE(r.options.peerIds, (QStringList { u"lea"_s, u"kenji"_s }));
    QCOMPARE(parse({ u"accept-join"_s, u"maria"_s }).options.command,
             CliOptions::Command::AcceptJoin);
    QCOMPARE(parse({ u"refuse-join"_s, u"maria"_s }).options.command,
             CliOptions::Command::RefuseJoin);
    const QString help = parse({ u"--help"_s }).text;
    QVERIFY(help.contains(u"moderator ID on|off"_s));
    QVERIFY(help.contains(u"accept-join ID, refuse-join ID"_s));
}

void tst_CliModeration::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("kick without id") << QStringList { u"kick"_s };
    QTest::newRow("kick two") << QStringList { u"kick"_s, u"a"_s, u"b"_s };
    QTest::newRow("remote-mute without device") << QStringList { u"remote-mute"_s, u"lea"_s };
    QTest::newRow("remote-unmute odd device")
        << QStringList { u"remote-unmute"_s, u"lea"_s, u"screen"_s };
    QTest::newRow("moderator maybe") << QStringList { u"moderator"_s, u"lea"_s, u"maybe"_s };
    QTest::newRow("invite nobody") << QStringList { u"invite"_s };
    QTest::newRow("bad id") << QStringList { u"accept-join"_s, u"a b@@"_s };
}

void tst_CliModeration::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliModeration::participantsJson()
{
    auto sim = ownConference();
    QVERIFY(sim);
    QTRY_COMPARE(sim->participants().size(), 2);
    const Done d = run(*sim, { u"--json"_s, u"participants"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(d.json.value(u"confId"_s).toString(), sim->conferenceId());
    const QJsonArray participants = d.json.value(u"participants"_s).toArray();
    QCOMPARE(participants.size(), 2);
    const QJsonObject lea = participantNamed(participants, u"lea@"_s);
    QCOMPARE(lea.value(u"peerDn"_s).toString(), u"Lea Müller"_s);
    for (const QString &field :
         { u"peerId"_s, u"role"_s, u"mic"_s, u"video"_s, u"moderator"_s, u"waiting"_s })
        QVERIFY2(lea.contains(field), qPrintable(field));
    QCOMPARE(lea.value(u"moderator"_s), QJsonValue(false));
    QCOMPARE(lea.value(u"waiting"_s), QJsonValue(false));

    // For people: a table.
    const Done table = run(*sim, { u"participants"_s });
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(u"Lea Müller"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliModeration::moderateOwnConference()
{
    auto sim = ownConference();
    QVERIFY(sim);
    // The TrueConf ID is enough: roomdeckctl addresses the instance in the conference.
    Done d = run(*sim, { u"remote-mute"_s, u"lea"_s, u"mic"_s });
    QVERIFY2(d.code == 0, qPrintable(d.err));
    QCOMPARE(d.out, u"Turned off: mic of Lea Müller.\n"_s);
    QCOMPARE(participantNamed(sim->participants(), u"lea@"_s).value(u"mic"_s).toInt(), 1);
    d = run(*sim, { u"--json"_s, u"remote-unmute"_s, u"lea"_s, u"mic"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(d.json.value(u"device"_s).toString(), u"mic"_s);
    QVERIFY(d.json.value(u"peerId"_s).toString().startsWith(u"lea@sim.trueconf.local/"_s));
    QCOMPARE(participantNamed(sim->participants(), u"lea@"_s).value(u"mic"_s).toInt(), 2);

    QCOMPARE(run(*sim, { u"moderator"_s, u"lea"_s, u"on"_s }).code, 0);
    QCOMPARE(participantNamed(sim->participants(), u"lea@"_s).value(u"leaderType"_s).toInt(), 2);
    const Done listed = run(*sim, { u"--json"_s, u"participants"_s });
    QCOMPARE(participantNamed(listed.json.value(u"participants"_s).toArray(), u"lea@"_s)
                 .value(u"moderator"_s),
             QJsonValue(true));

    d = run(*sim, { u"invite"_s, u"kenji"_s, u"maria.garcia"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(sent(*sim, u"inviteToConference"_s), 2);
    QTRY_VERIFY(!participantNamed(sim->participants(), u"kenji@"_s).isEmpty());

    d = run(*sim, { u"kick"_s, u"lea"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(d.out, u"Lea Müller was removed from the conference.\n"_s);
    QVERIFY(participantNamed(sim->participants(), u"lea@"_s).isEmpty());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliModeration::joinRequests()
{
    auto sim = ownConference();
    QVERIFY(sim);
    QVERIFY(sim->simulateJoinRequest(u"maria.garcia@sim.trueconf.local"_s, u"Maria Garcia"_s));
    Done d = run(*sim, { u"accept-join"_s, u"maria.garcia"_s });
    QCOMPARE(d.code, 0);
    QTRY_VERIFY(!participantNamed(sim->participants(), u"maria.garcia@"_s).isEmpty());
    QVERIFY(sim->simulateJoinRequest(u"omar@sim.trueconf.local"_s, u"Omar"_s));
    d = run(*sim, { u"--json"_s, u"refuse-join"_s, u"omar"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(d.json.value(u"command"_s).toString(), u"refuse-join"_s);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliModeration::refusedWhenNotOwner()
{
    auto sim = SimRoom::start();
    sim->setCallTiming(30, 20000);
    QCOMPARE(run(*sim, { u"call"_s, u"\\c\\weekly_sync"_s }).code, 0);
    QTRY_COMPARE(sim->appState(), 5);
    const QString other = sim->participants().at(1).toObject().value(u"peerId"_s).toString();
    Done d = run(*sim, { u"kick"_s, other });
    QCOMPARE(d.code, int(CliExit::Refused));
    QVERIFY2(d.err.contains(u"Only the conference owner or a moderator can remove participants"_s),
             qPrintable(d.err));
    d = run(*sim, { u"moderator"_s, other, u"on"_s });
    QCOMPARE(d.code, int(CliExit::Refused));
    QVERIFY(d.err.contains(u"Only the conference owner can make moderators"_s));
    QCOMPARE(sent(*sim, u"kickPeer"_s) + sent(*sim, u"setModeratorRole"_s), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliModeration::refusedOutsideAConference()
{
    auto sim = SimRoom::start();
    Done d = run(*sim, { u"remote-mute"_s, u"lea"_s, u"camera"_s });
    QCOMPARE(d.code, int(CliExit::Refused));
    QVERIFY2(d.err.contains(u"The room is not in a conference"_s), qPrintable(d.err));
    d = run(*sim, { u"--json"_s, u"participants"_s });
    QCOMPARE(d.code, 0);
    QCOMPARE(d.json.value(u"participants"_s).toArray(), QJsonArray());
    QCOMPARE(sent(*sim, u"turnRemoteCamera"_s) + sent(*sim, u"getConferenceParticipants"_s), 0);
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliModeration)
#include "tst_climoderation.moc"
