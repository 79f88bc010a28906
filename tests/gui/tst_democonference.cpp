// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Issue 15's walk through `roomdeck --demo --demo-state conference`, as an operator does it:
// the demo room (the same DemoRoom and stage the program uses) runs a conference where Omar
// waits in the waiting room and Lea asks in the chat. The operator admits Omar, turns Lea's
// microphone off, answers Lea, hangs up and joins the next scheduled meeting with one click.
// With ROOMDECK_TEST_SHOTS set, each step leaves a screenshot.

#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/models/chatstate.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/demo/demoroom.h"
#include "gui/mainwindow.h"
#include "gui/pages/chatpage.h"
#include "gui/panels/homepanel.h"
#include "gui/panels/participantactions.h"
#include "gui/widgets/requestbanner.h"
#include "guitest.h"
#include "sim/roomsimulator.h"
#include "simroom.h"

#include <QAction>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Id = ParticipantActions::Id;

namespace {

int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString().startsWith(name))
            return r;
    return -1;
}

QJsonObject simParticipant(const RoomSimulator &sim, const QString &idPart)
{
    const QJsonArray list = sim.participants();
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"peerId"_s).toString().startsWith(idPart))
            return v.toObject();
    return {};
}

//! The peerIds of the `call`s the room received, in order.
QStringList calledIds(const QSignalSpy &sent)
{
    QStringList ids;
    for (const QList<QVariant> &request : sent)
        if (request.at(0).toString() == u"call"_s)
            ids << request.at(1).toJsonObject().value(u"peerId"_s).toString();
    return ids;
}

} // namespace

class tst_DemoConference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSettings(u"tst_democonference"_s); }
    void operatorRunsTheDemoConference();
};

void tst_DemoConference::operatorRunsTheDemoConference()
{
    DemoRoom::Options options;
    options.scenario = false;
    options.roomName = u"Boardroom"_s;
    options.peerId = u"boardroom@sim.trueconf.local"_s;
    DemoRoom demo(options);
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    RoomSimulator *sim = demo.simulator();

    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    ConnectionRequest request;
    request.address = demo.address();
    request.credentials = DemoRoom::credentials(Room::Role::Admin);
    request.name = options.roomName;
    window.connectToRoom(request);
    QVERIFY(ready.wait(kTimeout));
    RoomConsole *console = window.console();
    QSignalSpy sent(sim, &RoomSimulator::requestReceived);
    demo.stage(DemoRoom::Stage::Conference, console);
    QTRY_VERIFY_WITH_TIMEOUT(demo.hasReached(DemoRoom::Stage::Conference, *console), kTimeout);

    auto *view = find<QTreeView>(&window, "participantView");
    auto *actions = find<ParticipantActions>(&window, "participantActions");
    const auto select = [&](const QString &name) {
        if (!QTest::qWaitFor([&] { return rowNamed(view->model(), name) >= 0; }, kTimeout))
            return false;
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowNamed(view->model(), name), 0));
        return true;
    };

    // 1. Omar waits in the waiting room: the operator admits him.
    const auto waiting = [sim] {
        return simParticipant(*sim, u"omar.haddad@"_s).value(u"isInWaitingRoom"_s).toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting(), kTimeout);
    QVERIFY(select(u"Omar Haddad"_s));
    QTRY_VERIFY(actions->action(Id::Admit)->isEnabled());
    saveShot(&window, u"demo-1-waiting"_s);
    actions->action(Id::Admit)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!waiting(), kTimeout);
    QVERIFY(!simParticipant(*sim, u"omar.haddad@"_s).isEmpty()); // admitted, not removed

    // 2. Lea's microphone off.
    QVERIFY(select(u"Lea Müller"_s));
    QTRY_VERIFY(actions->action(Id::Microphone)->isEnabled());
    QCOMPARE(actions->action(Id::Microphone)->text(), u"Microphone off"_s);
    actions->action(Id::Microphone)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(simParticipant(*sim, u"lea.muller@"_s).value(u"mic"_s).toInt(), 1,
                              kTimeout);
    QTRY_COMPARE(actions->action(Id::Microphone)->text(), u"Microphone on"_s);
    saveShot(&window, u"demo-2-muted"_s);

    // 3. Lea asked "Can you hear us?": the operator answers everyone in the chat.
    ChatState *chat = console->session()->chat();
    QTRY_VERIFY_WITH_TIMEOUT(chat->unreadCount() > 0, kTimeout);
    QVERIFY(console->showPage(u"chat"_s));
    auto *page = console->findChild<ChatPage *>();
    QVERIFY(page);
    auto *edit = find<QLineEdit>(page, "chatMessageEdit");
    edit->setFocus();
    QTest::keyClicks(edit, u"Yes, loud and clear"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(page, "chatOutcomeLabel"), u"Sent to Everyone."_s,
                              kTimeout);
    QCOMPARE(sim->receivedMethods().count(u"sendGroupMessage"_s), 1);
    saveShot(&window, u"demo-3-chat"_s);

    // 4. The call ends; the idle console offers the meetings: one click joins the running one.
    QVERIFY(console->showPage(u"console"_s));
    find<QAction>(&window, "hangUpAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(console->callSession()->phase(), CallSession::Phase::Idle, kTimeout);
    auto *home = find<HomePanel>(&window, "homePanel");
    QTRY_VERIFY_WITH_TIMEOUT(home->isVisible(), kTimeout);
    QListView *meetings = home->meetingView();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(meetings->model(), u"Operations stand-up"_s) >= 0, kTimeout);
    saveShot(&window, u"demo-4-idle"_s);
    const QRect r = meetings->visualRect(
        meetings->model()->index(rowNamed(meetings->model(), u"Operations stand-up"_s), 0));
    const QPoint join(r.right() - 20, r.center().y());
    const int callsBefore = int(calledIds(sent).size());
    QTest::mousePress(meetings->viewport(), Qt::LeftButton, {}, join);
    QTest::mouseRelease(meetings->viewport(), Qt::LeftButton, {}, join);
    QTRY_COMPARE_WITH_TIMEOUT(console->callSession()->phase(), CallSession::Phase::InConference,
                              kTimeout);
    QCOMPARE(calledIds(sent).mid(callsBefore), QStringList({ u"\\c\\ops-standup"_s }));
    QVERIFY(labelText(&window, "conferenceTitleLabel").contains(u"Operations stand-up"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(view->model(), u"Boardroom"_s) >= 0, kTimeout);
    // The demo's knocks and chat belong to its first conference only.
    QVERIFY(!find<RequestBanner>(&window, "requestBanner")->current());
    saveShot(&window, u"demo-5-joined"_s);
}

QTEST_MAIN(tst_DemoConference)
#include "tst_democonference.moc"
