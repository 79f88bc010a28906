// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agenttest.h"
#include "guitest.h"
#include "simroom.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentTest;

//! Issue 17's acceptance: a RoomDeck console and two roomdeckctl runs work through the agent
//! at the same time, nobody is displaced, and each strict simulator sees one connection.
class tst_AgentConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::initSettings(u"tst_agentconsole"_s); }
    void consoleAndScriptsShareOneConnection();
};

namespace {

//! roomdeckctl ARGS through the agent, the secret in the environment (never in `ps`).
std::unique_ptr<QProcess> startCtl(quint16 agentPort, const QString &secret,
                                   const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ROOMDECK_PASSWORD"_s, secret);
    process->setProcessEnvironment(env);
    process->start(
        QString::fromUtf8(ROOMDECKCTL_BINARY),
        QStringList { u"--room"_s, u"127.0.0.1:%1"_s.arg(agentPort), u"--instance"_s, u"Room-A"_s }
            + args);
    return process;
}

} // namespace

void tst_AgentConsole::consoleAndScriptsShareOneConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString roomPassword = u"room-admin-pw"_s;
    const QStringList names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
    const auto sims = startSims(3, roomPassword);
    const auto agent = startRelayAgent(dir.path(), sims, names, roomPassword);
    QVERIFY(agent);
    QVERIFY(waitAllRoomsReady(*agent));

    // The console signs in to the agent as alice (Administrator), as an operator would with
    // Connect…: the agent's address, the room's relay instance, her own secret.
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    auto scripted = std::make_unique<GuiTest::ScriptedPresenter>();
    window.setDialogPresenter(std::move(scripted));
    window.show();
    ConnectionRequest request;
    request.address = RoomAddress::parse(u"127.0.0.1:%1"_s.arg(agent->port()), u"Room-A"_s);
    QVERIFY(request.address.isValid());
    request.addressText = request.address.displayText();
    request.credentials = RoomController::Credentials::withSecret(kAlice, Room::Role::Admin);
    window.connectToRoom(request);
    QVERIFY(QTest::qWaitFor([&] { return controller.isReady() && window.isAddressBookSettled(); },
                            GuiTest::kTimeout));
    QCOMPARE(controller.role(), Room::Role::Admin);
    QCOMPARE(controller.trueConfId(), u"room1@sim.trueconf.local"_s);
    GuiTest::saveShot(&window, u"agent-console"_s);

    // Two scripts at the same time: bob's status as User, alice's status as Administrator.
    const auto bob = startCtl(agent->port(), kBob, { u"--role"_s, u"user"_s, u"status"_s });
    const auto alice = startCtl(agent->port(), kAlice, { u"--role"_s, u"admin"_s, u"status"_s });
    QVERIFY(QTest::qWaitFor(
        [&] {
            return bob->state() == QProcess::NotRunning && alice->state() == QProcess::NotRunning;
        },
        60000));
    const QString bobOut = QString::fromUtf8(bob->readAllStandardOutput());
    const QString aliceOut = QString::fromUtf8(alice->readAllStandardOutput());
    QVERIFY2(bob->exitCode() == 0,
             qPrintable(bobOut + QString::fromUtf8(bob->readAllStandardError())));
    QVERIFY2(alice->exitCode() == 0,
             qPrintable(aliceOut + QString::fromUtf8(alice->readAllStandardError())));
    QVERIFY(bobOut.contains(u"room1@sim.trueconf.local"_s));
    QVERIFY(bobOut.contains(u"User"_s));
    QVERIFY(aliceOut.contains(u"Administrator"_s));

    // The console was not displaced and still works.
    QVERIFY(controller.isReady());
    QVERIFY(!controller.isDisplaced());
    bool answered = false;
    QObject context;
    controller.sendRequest(u"setMicMute"_s, { { u"mute"_s, true } }, &context,
                           [&answered](const RequestOutcome &o) { answered = o.ok(); });
    QVERIFY(QTest::qWaitFor([&answered] { return answered; }, GuiTest::kTimeout));
    QVERIFY(QTest::qWaitFor([&] { return sims[0]->receivedMethods().contains(u"setMicMute"_s); },
                            GuiTest::kTimeout));

    // The room saw one connection, the agent's, in one mode, and no protocol violation.
    QCOMPARE(sims[0]->clientCount(), 1);
    QCOMPARE(sims[0]->authorizedCount(u"admin"_s), 1);
    QCOMPARE(sims[0]->authorizedCount(u"user"_s), 0);
    QVERIFY2(sims[0]->violations().isEmpty(), qPrintable(sims[0]->violations().join(u'\n')));
    // The scripts have gone; the console is the relay's one client.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return sample(get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(agent->port()))),
                          u"roomdeck_relay_clients"_s, u"Room A"_s)
                == 1.0;
        },
        GuiTest::kTimeout));
    window.close();
}

QTEST_MAIN(tst_AgentConsole)
#include "tst_agentconsole.moc"
