// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// roomdeckctl's calling commands against the strict simulator: favourites list|add|remove
// (stored in the room's container), create-conference, dnd, and `call` taking a protected
// conference's password from ROOMDECK_CONFERENCE_PIN only, never printing it.

#include "cli/clirunner.h"
#include "clirun.h"
#include "core/models/favourites.h"
#include "sim/simdatacontainers.h"
#include "simroom.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

CliParseResult parse(const QStringList &args, const QProcessEnvironment &env = {})
{
    return CliCommandLine::parse(
        QStringList { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:1"_s } + args, env);
}

} // namespace

class tst_CliFavourites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void usageErrors_data();
    void usageErrors();
    void favouritesRoundTrip();
    void unreadableFavouritesAreRefused();
    void createConference();
    void doNotDisturb();
    void conferencePinFromTheEnvironmentOnly();
};

void tst_CliFavourites::parses()
{
    CliParseResult r
        = parse({ u"favourites"_s, u"add"_s, u"alice@sim.trueconf.local"_s, u"Alice"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Favourites);
    QCOMPARE(r.options.credentials.role, Room::Role::User); // never displaces the operator
    r = parse({ u"create-conference"_s, u"Board"_s, u"--type"_s, u"role"_s, u"--invite"_s,
                u"a@b.c"_s, u"--invite"_s, u"d@e.f"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.conferenceType, u"role"_s);
    QCOMPARE(r.options.invitees, QStringList({ u"a@b.c"_s, u"d@e.f"_s }));
    r = parse({ u"dnd"_s });
    QCOMPARE(r.action, CliParseResult::Action::Run);
    QCOMPARE(r.options.command, CliOptions::Command::Dnd);
}

void tst_CliFavourites::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("favourites alone") << QStringList { u"favourites"_s };
    QTest::newRow("favourites odd") << QStringList { u"favourites"_s, u"sort"_s };
    QTest::newRow("favourites bad id") << QStringList { u"favourites"_s, u"add"_s, u"not an id"_s };
    QTest::newRow("conference no title") << QStringList { u"create-conference"_s };
    QTest::newRow("conference bad type")
        << QStringList { u"create-conference"_s, u"x"_s, u"--type"_s, u"p2p"_s };
    QTest::newRow("conference bad invite")
        << QStringList { u"create-conference"_s, u"x"_s, u"--invite"_s, u"a b"_s };
    QTest::newRow("type elsewhere") << QStringList { u"dnd"_s, u"--type"_s, u"role"_s };
    QTest::newRow("dnd maybe") << QStringList { u"dnd"_s, u"maybe"_s };
}

void tst_CliFavourites::usageErrors()
{
    QFETCH(QStringList, args);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, CliParseResult::Action::Error);
    QVERIFY(!r.text.isEmpty());
}

void tst_CliFavourites::favouritesRoundTrip()
{
    auto sim = SimRoom::start();
    Run add(*sim, { u"favourites"_s, u"add"_s, u"alice@sim.trueconf.local"_s, u"Alice M."_s });
    QCOMPARE(add.wait(), 0);
    QVERIFY(add.out().contains(u"alice@sim.trueconf.local"_s));
    Run conf(*sim, { u"favourites"_s, u"add"_s, u"\\c\\weekly"_s });
    QCOMPARE(conf.wait(), 0);
    Run again(*sim, { u"favourites"_s, u"add"_s, u"alice@sim.trueconf.local"_s });
    QCOMPARE(again.wait(), int(CliExit::Refused));
    QVERIFY(again.err().contains(u"already a favourite"_s));

    Run list(*sim, { u"favourites"_s, u"list"_s, u"--json"_s });
    QCOMPARE(list.wait(), 0);
    const QJsonArray favourites = list.json().value(u"favourites"_s).toArray();
    QCOMPARE(favourites.size(), 2);
    QCOMPARE(favourites.at(0).toObject().value(u"label"_s), u"Alice M."_s);
    QCOMPARE(favourites.at(1).toObject().value(u"id"_s), u"\\c\\weekly"_s);

    Run remove(*sim, { u"favourites"_s, u"remove"_s, u"alice@sim.trueconf.local"_s });
    QCOMPARE(remove.wait(), 0);
    Run human(*sim, { u"favourites"_s, u"list"_s });
    QCOMPARE(human.wait(), 0);
    QVERIFY(human.out().contains(u"\\c\\weekly"_s));
    QVERIFY(!human.out().contains(u"alice"_s));
    QVERIFY(sim->dataContainers().data(Favourites::kContainer).contains(u"weekly"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliFavourites::unreadableFavouritesAreRefused()
{
    auto sim = SimRoom::start();
    QVERIFY(sim->dataContainers().save(Favourites::kContainer, u"<xml/>"_s));
    Run list(*sim, { u"favourites"_s, u"list"_s });
    QCOMPARE(list.wait(), int(CliExit::Refused));
    QVERIFY(list.err().contains(Favourites::kContainer));
    Run add(*sim, { u"favourites"_s, u"add"_s, u"alice@sim.trueconf.local"_s });
    QCOMPARE(add.wait(), int(CliExit::Refused));
    QCOMPARE(sim->dataContainers().data(Favourites::kContainer), u"<xml/>"_s);
    QCOMPARE(sim->receivedMethods().count(u"saveData"_s), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliFavourites::createConference()
{
    auto sim = SimRoom::start();
    Run run(*sim,
            { u"create-conference"_s, u"Quarterly review"_s, u"--type"_s, u"asymmetric"_s,
              u"--invite"_s, u"user0003@sim.trueconf.local"_s, u"--json"_s });
    QCOMPARE(run.wait(), 0);
    QCOMPARE(run.json().value(u"title"_s), u"Quarterly review"_s);
    QTRY_VERIFY(!sim->conferenceId().isEmpty());
    QCOMPARE(sim->appState(), 5);
    // In a conference already: refused before anything is sent.
    Run second(*sim, { u"create-conference"_s, u"Again"_s });
    QCOMPARE(second.wait(), int(CliExit::Refused));
    QVERIFY2(second.err().contains(u"The room is in a call: end it first"_s),
             qPrintable(second.err()));
    QCOMPARE(sim->receivedMethods().count(u"createConference"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliFavourites::doNotDisturb()
{
    auto sim = SimRoom::start();
    Run show(*sim, { u"dnd"_s, u"--json"_s });
    QCOMPARE(show.wait(), 0);
    QCOMPARE(show.json().value(u"doNotDisturb"_s), QJsonValue(false));
    Run on(*sim, { u"dnd"_s, u"on"_s });
    QCOMPARE(on.wait(), 0);
    QVERIFY(
        sim->dataContainers().data(u"roomdeck.callpolicy"_s).contains(u"\"doNotDisturb\":true"_s));
    Run after(*sim, { u"dnd"_s });
    QCOMPARE(after.wait(), 0);
    QVERIFY(after.out().startsWith(u"Do not disturb is on"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliFavourites::conferencePinFromTheEnvironmentOnly()
{
    // There is no option for it: a password on the command line would show in `ps`.
    QCOMPARE(parse({ u"call"_s, u"\\c\\board"_s, u"--conference-pin"_s, u"1"_s }).action,
             CliParseResult::Action::Error);

    RoomSimulator::Options options;
    options.ringDelayMs = 50;
    auto sim = SimRoom::start(options);
    sim->protectConference(u"board"_s, u"80417"_s);
    QStringList pins;
    connect(sim.get(), &RoomSimulator::requestReceived, this,
            [&](const QString &method, const QJsonObject &r) {
                if (method == u"call"_s)
                    pins << r.value(u"pin"_s).toString(u"(none)"_s);
            });
    QProcessEnvironment env;
    env.insert(u"ROOMDECK_CONFERENCE_PIN"_s, u"80417"_s);
    const CliParseResult parsed = CliCommandLine::parse(
        { u"roomdeckctl"_s, u"--room"_s, u"127.0.0.1:"_s + QString::number(sim->webPort()),
          u"--verbose"_s, u"call"_s, u"\\c\\board"_s },
        env);
    QCOMPARE(parsed.action, CliParseResult::Action::Run);
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRunner runner(parsed.options, &out, &err);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(pins, QStringList({ u"80417"_s }));
    QTRY_VERIFY(!sim->conferenceId().isEmpty()); // the password was right: the room joined
    QVERIFY(!out.data().contains("80417"));
    QVERIFY(!err.data().contains("80417"));

    // Without it the room asks (cause 12), and nothing was sent as a pin.
    Run bare(*sim, { u"hangup"_s });
    QCOMPARE(bare.wait(), 0);
    QTRY_COMPARE(sim->appState(), 3);
    Run unprotected(*sim, { u"call"_s, u"\\c\\board"_s });
    QCOMPARE(unprotected.wait(), 0);
    QCOMPARE(pins.last(), u"(none)"_s);
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_CliFavourites)
#include "tst_clifavourites.moc"
