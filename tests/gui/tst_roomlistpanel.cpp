// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The room list beside the console: rows show their own room, the current room is reported
// and set, and add / rename / remove / move go through the model with questions through the
// presenter.

#include "core/models/callsession.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomlistpanel.h"
#include "guitest.h"
#include "simroom.h"

#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class tst_RoomListPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsShowTheirOwnRoom();
    void currentRoomIsReportedAndSet();
    void renameRemoveAndMove();
};

namespace {

RoomEntry entry(const QString &name, const QString &address)
{
    RoomEntry e;
    e.name = name;
    e.address = address;
    return e;
}

QAction *action(const QWidget *panel, const char *name)
{
    return GuiTest::find<QAction>(panel, name);
}

} // namespace

void tst_RoomListPanel::rowsShowTheirOwnRoom()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    RoomSessionList list(SimRoom::fastOptions());
    list.add(entry(u"Board room"_s, SimRoom::addressOf(*simA).displayText()));
    RoomSession *b = list.add(entry(u"Lobby"_s, SimRoom::addressOf(*simB).displayText()));
    GuiTest::ScriptedPresenter presenter;
    RoomListPanel panel(&list, &presenter);
    panel.resize(280, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    for (int row = 0; row < 2; ++row) {
        RoomController *c = list.session(row)->controller();
        QSignalSpy ready(c, &RoomController::startupCompleted);
        c->connectToRoom(list.entry(row).roomAddress(), RoomController::Credentials::unsecured());
        QVERIFY(ready.wait(GuiTest::kTimeout));
    }
    list.setCurrent(list.session(0));
    // The caller's name is the room's text: long, with a line break and markup.
    const QString hostile = u"Carol\n<b>"_s + QString(3000, u'x');
    QVERIFY(simB->simulateIncomingCall(u"carol@sim.trueconf.local"_s, hostile));
    QTRY_COMPARE(b->call()->phase(), CallSession::Phase::Incoming);
    const auto lines = [&](int row) {
        return RoomListPanel::rowLines(list.index(row));
    };
    QCOMPARE(lines(1).at(0), u"Lobby"_s);
    QCOMPARE(lines(1).at(1), Room::appStateName(int(Room::AppState::Wait)));
    QVERIFY(lines(1).at(2).startsWith(u"Carol <b>xxx"_s));
    QVERIFY(lines(1).at(2).size() <= 256);
    QVERIFY(!lines(1).at(2).contains(u'\n'));
    QCOMPARE(lines(0).at(2), QString());
    QCOMPARE(RoomStatus::tone(list.index(1)), StatusColors::Tone::Busy);
    QCOMPARE(RoomStatus::tone(list.index(0)), StatusColors::Tone::Good);
    // The caller gives up: a missed call and two unread alerts on B's row (the badges): the
    // ring and the room's missed-call notice.
    QVERIFY(simB->simulateIncomingCallCancelled());
    QTRY_COMPARE(list.data(list.index(1), RoomSessionList::MissedCallsRole).toInt(), 1);
    QTRY_COMPARE(list.data(list.index(1), RoomSessionList::UnreadAlertsRole).toInt(), 2);
    QTRY_COMPARE(b->notices()->count(RoomNotices::Kind::MissedCalls), 1);
    // What waits in B (set by its parts) shows on its row, badges and all.
    b->notices()->setCount(RoomNotices::Kind::JoinRequests, 2, u"Maria Garcia asks to join"_s);
    b->notices()->setCount(RoomNotices::Kind::UnreadChat, 3, u"Lea: Can you hear us?"_s);
    QCOMPARE(list.data(list.index(1), RoomSessionList::JoinRequestsRole).toInt(), 2);
    QCOMPARE(list.data(list.index(1), RoomSessionList::UnreadChatRole).toInt(), 3);
    QCOMPARE(list.data(list.index(1), RoomSessionList::UnreadAlertsRole).toInt(), 4);
    QVERIFY(simA->simulateServerLoss());
    QTRY_COMPARE(RoomStatus::tone(list.index(0)), StatusColors::Tone::Bad);
    panel.setCurrentRoom(list.session(0));
    GuiTest::saveShot(&panel, u"roomlist"_s);
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_RoomListPanel::currentRoomIsReportedAndSet()
{
    RoomSessionList list;
    RoomSession *a = list.add(entry(u"A"_s, u"192.0.2.1"_s));
    RoomSession *b = list.add(entry(u"B"_s, u"192.0.2.2"_s));
    GuiTest::ScriptedPresenter presenter;
    RoomListPanel panel(&list, &presenter);
    panel.resize(280, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &RoomListPanel::currentRoomChanged);
    QSignalSpy add(&panel, &RoomListPanel::addRequested);

    // The shell sets it: no echo.
    panel.setCurrentRoom(a);
    QCOMPARE(panel.currentRoom(), a);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!action(&panel, "moveRoomUpAction")->isEnabled());
    QVERIFY(action(&panel, "moveRoomDownAction")->isEnabled());

    // The operator clicks B.
    QListView *view = panel.view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(list.index(1)).center());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<RoomSession *>(), b);
    QCOMPARE(panel.currentRoom(), b);
    QVERIFY(!action(&panel, "moveRoomDownAction")->isEnabled());

    QTest::mouseClick(GuiTest::find<QToolButton>(&panel, "addRoomButton"), Qt::LeftButton);
    QCOMPARE(add.size(), 1);
}

void tst_RoomListPanel::renameRemoveAndMove()
{
    RoomSessionList list;
    RoomSession *a = list.add(entry(u"A"_s, u"192.0.2.1"_s));
    RoomSession *b = list.add(entry(u"B"_s, u"192.0.2.2"_s));
    RoomSession *c = list.add(entry(u"C"_s, u"192.0.2.3"_s));
    GuiTest::ScriptedPresenter presenter;
    RoomListPanel panel(&list, &presenter);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCurrentRoom(b);
    QSignalSpy changed(&panel, &RoomListPanel::currentRoomChanged);

    // Rename: cancelled changes nothing, an answer renames.
    presenter.textAnswers = { QString(), u"  Board room  "_s };
    action(&panel, "renameRoomAction")->trigger();
    QCOMPARE(list.entry(1).name, u"B"_s);
    action(&panel, "renameRoomAction")->trigger();
    QCOMPARE(list.entry(1).name, u"Board room"_s);
    QCOMPARE(presenter.asked.size(), 2);

    // Move: the room moves and stays current.
    action(&panel, "moveRoomDownAction")->trigger();
    QCOMPARE(list.session(2), b);
    QCOMPARE(panel.currentRoom(), b);
    QVERIFY(!action(&panel, "moveRoomDownAction")->isEnabled());
    action(&panel, "moveRoomUpAction")->trigger();
    action(&panel, "moveRoomUpAction")->trigger();
    QCOMPARE(list.session(0), b);
    QCOMPARE(list.session(1), a);
    QCOMPARE(list.session(2), c);
    QCOMPARE(panel.currentRoom(), b);
    QCOMPARE(changed.size(), 0); // the same room all along

    // Remove: a question naming the room; No keeps it, Yes removes it.
    presenter.confirmAnswer = false;
    action(&panel, "removeRoomAction")->trigger();
    QCOMPARE(list.count(), 3);
    QVERIFY(presenter.lastText.contains(u"Board room"_s));
    presenter.confirmAnswer = true;
    QPointer<RoomSession> gone(b);
    action(&panel, "removeRoomAction")->trigger();
    QCOMPARE(list.count(), 2);
    QVERIFY(gone.isNull());
    // Another room became current, and the shell heard it.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<RoomSession *>(), panel.currentRoom());
    QVERIFY(panel.currentRoom() == a || panel.currentRoom() == c);
}

QTEST_MAIN(tst_RoomListPanel)
#include "tst_roomlistpanel.moc"
