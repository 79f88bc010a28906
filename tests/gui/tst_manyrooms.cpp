// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Three strict simulators in one console (issue 13, item 9): one MainWindow over one
// RoomSessionList. A call in room B stays in room B, switching rooms keeps each room's page
// and selection, notifications name the right room, a bulk hang-up from the overview names
// the room that failed, and the role table holds per room.

#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/session/allroomslog.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomlistpanel.h"
#include "gui/pages/overviewpage.h"
#include "gui/panels/addressbookpanel.h"
#include "gui/panels/powerpanel.h"
#include "gui/panels/serverpanel.h"
#include "gui/shell/roomtray.h"
#include "gui/widgets/callbanner.h"
#include "guitest.h"
#include "simroom.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Phase = CallSession::Phase;

namespace {

constexpr auto kServer = u"sim.trueconf.local";
constexpr int kA = 0;
constexpr int kB = 1;
constexpr int kC = 2;

//! Three strict simulators, one RoomSessionList ("Room A", "Room B", "Room C") and one shown
//! MainWindow over it with a scripted presenter.
struct Shell
{
    Shell()
    {
        const QStringList names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
        RoomSimulator::Options options;
        options.strict = true;
        options.ringDelayMs = 150;
        for (int i = 0; i < 3; ++i) {
            sims[size_t(i)] = SimRoom::start(options);
            RoomEntry e;
            e.name = names.at(i);
            e.address = SimRoom::addressOf(*sims[size_t(i)]).displayText();
            list.add(e);
        }
        window = std::make_unique<MainWindow>(&list);
        auto scripted = std::make_unique<ScriptedPresenter>();
        presenter = scripted.get();
        window->setDialogPresenter(std::move(scripted));
        window->show();
    }

    ~Shell()
    {
        window.reset(); // the views go before the list and the rooms
    }

    Q_DISABLE_COPY_MOVE(Shell)

    RoomSession *session(int row) const { return list.session(row); }
    RoomConsole *console(int row) const { return window->consoleOf(list.session(row)); }
    RoomSimulator *sim(int row) const { return sims[size_t(row)].get(); }

    //! Connects row's console as `role` and waits until the room is ready and its address
    //! book has loaded.
    bool connect(int row, Room::Role role = Room::Role::Admin)
    {
        RoomConsole *c = console(row);
        if (!c)
            return false;
        ConnectionRequest r;
        r.address = SimRoom::addressOf(*sim(row));
        r.addressText = r.address.displayText();
        r.name = list.entry(row).name;
        r.credentials = RoomController::Credentials::unsecured(role);
        c->connectToRoom(r);
        return QTest::qWaitFor(
            [c] {
                return c->controller()->isReady() && c->peerModel()->isLoaded()
                    && c->peerModel()->rowCount() > 0;
            },
            kTimeout);
    }

    bool connectAll(Room::Role role = Room::Role::Admin)
    {
        for (int row = 0; row < 3; ++row)
            if (!connect(row, role))
                return false;
        return true;
    }

    //! A round-trip barrier to row's room: whatever its console sent before has arrived.
    bool roundTrip(int row)
    {
        bool answered = false;
        QObject context;
        session(row)->controller()->sendRequest(
            u"getAppState"_s, {}, &context,
            [&answered](const RequestOutcome &o) { answered = o.ok(); });
        return QTest::qWaitFor([&answered] { return answered; }, kTimeout);
    }

    //! A call from `peer` rings in row's room.
    bool ring(int row, const QString &peer)
    {
        if (!sim(row)->simulateIncomingCall(peer.toLower() + u'@' + kServer, peer))
            return false;
        RoomSession *s = session(row);
        return QTest::qWaitFor([s] { return s->call()->phase() == Phase::Incoming; }, kTimeout);
    }

    //! A call from `peer` rings in row's room and is accepted: in a conference.
    bool callIn(int row, const QString &peer)
    {
        if (!ring(row, peer))
            return false;
        RoomSession *s = session(row);
        s->controller()->accept();
        return QTest::qWaitFor(
            [s] {
                return s->call()->phase() == Phase::InConference
                    && s->controller()->capabilities().testFlag(Permissions::Capability::HangUp);
            },
            kTimeout);
    }

    CallBanner *banner(int row) const { return find<CallBanner>(console(row), "callBanner"); }
    QListView *peerView(int row) const { return find<QListView>(console(row), "peerView"); }
    QTabWidget *tabs(int row) const { return find<QTabWidget>(console(row), "pageTabWidget"); }
    QString currentPeer(int row) const
    {
        return find<AddressBookPanel>(console(row), "addressBookPanel")->currentPeerId();
    }

    //! The entries of row's event log that mention `text` (in the text or the raw JSON).
    QStringList logged(int row, const QString &text) const
    {
        const EventLogModel *log = console(row)->eventLog();
        QStringList rows;
        for (int i = 0; i < log->rowCount(); ++i) {
            const EventLogModel::Entry e = log->entry(i);
            if (e.text.contains(text, Qt::CaseInsensitive)
                || QString::fromUtf8(e.rawJson).contains(text, Qt::CaseInsensitive))
                rows << e.text;
        }
        return rows;
    }

    QAction *action(const char *name) const { return find<QAction>(window.get(), name); }

    void noViolations() const
    {
        for (const auto &s : sims)
            QCOMPARE(s->violations(), QStringList());
    }

    std::array<std::unique_ptr<RoomSimulator>, 3> sims;
    RoomSessionList list { SimRoom::fastOptions() };
    std::unique_ptr<MainWindow> window;
    ScriptedPresenter *presenter = nullptr;
};

} // namespace

class tst_ManyRooms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateNeverLeaksBetweenRooms();
    void switchingKeepsEachRoomsPageAndSelection();
    void notificationsNameTheRightRoom();
    void trayDeclinesTheRightRoomAndStaysQuietForTheShownRoom();
    void theLogOfEveryRoomCarriesTheRoom();
    void bulkHangUpFromTheOverviewReportsTheFailedRoom();
    void roleTablePerRoom();
};

void tst_ManyRooms::initTestCase()
{
    initSettings(u"tst_manyrooms"_s);
}

void tst_ManyRooms::stateNeverLeaksBetweenRooms()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QCOMPARE(s.window->consoles().size(), 3);
    QVERIFY(find<RoomListPanel>(s.window.get(), "roomListPanel")->isVisible());
    QVERIFY(s.connectAll());
    s.window->showRoom(s.session(kA));
    QCOMPARE(s.window->console(), s.console(kA));

    // The window title names the current room by its entry name, never by its address.
    const auto titleNames = [&s](int row) {
        const QString title = s.window->windowTitle();
        return title.contains(s.list.entry(row).name) && !title.contains(s.list.entry(row).address)
            && !title.contains(u"127.0.0.1"_s);
    };
    QVERIFY2(titleNames(kA), qPrintable(s.window->windowTitle()));

    // A call rings in room B while the operator looks at room A.
    QVERIFY(s.ring(kB, u"Carol"_s));
    QTRY_COMPARE(s.banner(kB)->mode(), CallBanner::Mode::Incoming);
    QCOMPARE(s.console(kB)->callSession()->phase(), Phase::Incoming);
    QVERIFY(s.console(kB)->callSession()->peerId().startsWith(u"carol@"_s));
    for (int row : { kA, kC }) {
        QCOMPARE(s.banner(row)->mode(), CallBanner::Mode::Hidden);
        QCOMPARE(s.console(row)->callSession()->phase(), Phase::Idle);
        QVERIFY(s.console(row)->callSession() != s.console(kB)->callSession());
        QVERIFY(!s.console(row)->findChild<QAction *>(u"acceptAction"_s)->isEnabled());
    }
    QVERIFY(s.console(kB)->findChild<QAction *>(u"acceptAction"_s)->isEnabled());
    // The menus show room A's actions: nothing to accept there.
    QCOMPARE(s.window->console(), s.console(kA));
    QVERIFY2(titleNames(kA), qPrintable(s.window->windowTitle()));

    // B's event log has the call; A's and C's have nothing of it.
    QTRY_VERIFY(!s.logged(kB, u"Carol"_s).isEmpty());
    QCOMPARE(s.logged(kA, u"Carol"_s), QStringList());
    QCOMPARE(s.logged(kC, u"Carol"_s), QStringList());
    QVERIFY(s.console(kA)->eventLog() != s.console(kB)->eventLog());

    // Switching to B: its title, its ringing call.
    s.window->showRoom(s.session(kB));
    QCOMPARE(s.window->console(), s.console(kB));
    QVERIFY2(titleNames(kB), qPrintable(s.window->windowTitle()));
    QVERIFY(s.banner(kB)->isVisible());
    s.window->showRoom(s.session(kC));
    QVERIFY2(titleNames(kC), qPrintable(s.window->windowTitle()));
    s.noViolations();
}

void tst_ManyRooms::switchingKeepsEachRoomsPageAndSelection()
{
    Shell s;
    s.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
    QVERIFY(s.connectAll());
    s.window->showRoom(s.session(kA));

    // Room A: the branding page, contact 3 selected; room B: contact 5 on the console page.
    QVERIFY(s.console(kA)->showPage(u"branding"_s));
    QListView *viewA = s.peerView(kA);
    viewA->setCurrentIndex(viewA->model()->index(3, 0));
    const QString peerA = s.currentPeer(kA);
    QVERIFY(!peerA.isEmpty());
    QListView *viewB = s.peerView(kB);
    viewB->setCurrentIndex(viewB->model()->index(5, 0));
    const QString peerB = s.currentPeer(kB);
    QVERIFY(!peerB.isEmpty());
    QVERIFY(peerA != peerB);
    QCOMPARE(s.tabs(kA)->currentWidget()->objectName(), u"brandingPage"_s);
    QCOMPARE(s.tabs(kB)->currentWidget()->objectName(), u"consolePage"_s);

    // Ctrl+2: room B, as it was left.
    QCOMPARE(s.action("roomAction2")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QTest::keyClick(s.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(s.window->console(), s.console(kB));
    QCOMPARE(s.tabs(kB)->currentWidget()->objectName(), u"consolePage"_s);
    QCOMPARE(s.currentPeer(kB), peerB);

    // Ctrl+Tab twice: room C, then round to room A.
    QCOMPARE(s.action("nextRoomAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QTest::keyClick(s.window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(s.window->console(), s.console(kC));
    QTest::keyClick(s.window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(s.window->console(), s.console(kA));

    // Room A's page and contact are still room A's; B's are still B's.
    QCOMPARE(s.tabs(kA)->currentWidget()->objectName(), u"brandingPage"_s);
    QCOMPARE(s.currentPeer(kA), peerA);
    QCOMPARE(s.peerView(kA)->currentIndex().row(), 3);
    QCOMPARE(s.currentPeer(kB), peerB);

    // The previous room and the room actions by trigger agree.
    s.action("previousRoomAction")->trigger();
    QCOMPARE(s.window->console(), s.console(kC));
    s.action("roomAction1")->trigger();
    QCOMPARE(s.window->console(), s.console(kA));
    QCOMPARE(s.tabs(kA)->currentWidget()->objectName(), u"brandingPage"_s);
    QCOMPARE(s.currentPeer(kA), peerA);
    s.noViolations();
}

void tst_ManyRooms::notificationsNameTheRightRoom()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QVERIFY(s.connectAll());
    s.window->showRoom(s.session(kA));
    QCOMPARE(s.list.current(), s.session(kA));

    QSignalSpy incoming(&s.list, &RoomSessionList::incomingCall);
    QSignalSpy notified(s.window->tray(), &RoomTray::notified);
    QVERIFY(s.ring(kB, u"Dave"_s));
    QTRY_COMPARE(incoming.size(), 1);
    QCOMPARE(incoming.at(0).at(0).value<RoomSession *>(), s.session(kB));
    QVERIFY(incoming.at(0).at(1).toString().startsWith(u"dave@"_s));

    // B has one unread alert, A (the current room) and C none.
    const auto unread = [&s](int row) {
        return s.list.data(s.list.index(row), RoomSessionList::UnreadAlertsRole).toInt();
    };
    QCOMPARE(unread(kB), 1);
    QCOMPARE(unread(kA), 0);
    QCOMPARE(unread(kC), 0);

    // The room list's row for B names B and the caller; A's and C's do not name the caller.
    QTRY_VERIFY(RoomListPanel::rowLines(s.list.index(kB)).join(u'\n').contains(u"Dave"_s));
    QCOMPARE(RoomListPanel::rowLines(s.list.index(kB)).at(0), u"Room B"_s);
    for (int row : { kA, kC })
        QVERIFY(!RoomListPanel::rowLines(s.list.index(row)).join(u'\n').contains(u"Dave"_s));

    // The tray (its menu and messages exist without a platform tray too) names B and Dave
    // (by his id, which his name only repeats).
    RoomTray *tray = s.window->tray();
    QVERIFY(tray);
    QCOMPARE(tray->hasIcon(), QSystemTrayIcon::isSystemTrayAvailable());
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY2(notified.at(0).at(0).toString().contains(u"Room B"_s),
             qPrintable(notified.at(0).at(0).toString()));
    QVERIFY2(notified.at(0).at(1).toString().contains(u"dave@"_s),
             qPrintable(notified.at(0).at(1).toString()));
    QMenu *menu = tray->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts << a->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"Accept"_s) && all.contains(u"Room B"_s) && all.contains(u"dave@"_s),
             qPrintable(all));
    QVERIFY2(!all.contains(u"Room A"_s) && !all.contains(u"Room C"_s), qPrintable(all));

    // Accepting from the tray answers in B only, and opens B.
    auto *accept = menu->findChild<QAction *>(u"trayAcceptAction2"_s);
    if (!accept)
        for (QAction *a : menu->actions())
            if (a->objectName() == u"trayAcceptAction2"_s)
                accept = a;
    QVERIFY(accept);
    accept->trigger();
    QTRY_VERIFY(s.session(kB)->call()->phase() != Phase::Incoming
                && s.session(kB)->call()->phase() != Phase::Idle);
    QCOMPARE(s.window->console()->session(), s.session(kB));
    QVERIFY(s.roundTrip(kA));
    QVERIFY(s.roundTrip(kC));
    QCOMPARE(s.session(kA)->call()->phase(), Phase::Idle);
    QCOMPARE(s.session(kC)->call()->phase(), Phase::Idle);
    QCOMPARE(unread(kB), 0); // looking at B reads its alert
    s.noViolations();
}

void tst_ManyRooms::trayDeclinesTheRightRoomAndStaysQuietForTheShownRoom()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QVERIFY(s.connectAll());
    RoomTray *tray = s.window->tray();
    QVERIFY(tray);
    QSignalSpy notified(tray, &RoomTray::notified);

    // A call in the room the operator looks at, in the active window: no tray message.
    s.window->activateWindow();
    QTRY_VERIFY(s.window->isActiveWindow());
    s.window->showRoom(s.session(kC));
    QVERIFY(s.ring(kC, u"Erin"_s));
    QTRY_COMPARE(s.session(kC)->call()->phase(), Phase::Incoming);
    QCOMPARE(notified.size(), 0);

    // Declining it from the tray ends the ring in C; A and B never rang.
    tray->rebuildMenu();
    QAction *decline = nullptr;
    for (QAction *a : tray->menu()->actions())
        if (a->objectName() == u"trayDeclineAction3"_s)
            decline = a;
    QVERIFY(decline);
    QVERIFY2(decline->text().contains(u"Room C"_s) && decline->text().contains(u"erin@"_s),
             qPrintable(decline->text()));
    decline->trigger();
    QTRY_COMPARE(s.session(kC)->call()->phase(), Phase::Idle);
    for (int row : { kA, kB })
        QCOMPARE(s.session(row)->call()->phase(), Phase::Idle);
    tray->rebuildMenu();
    for (const QAction *a : tray->menu()->actions())
        QVERIFY2(!a->objectName().startsWith(u"tray"_s), qPrintable(a->text()));
    s.noViolations();
}

void tst_ManyRooms::theLogOfEveryRoomCarriesTheRoom()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QVERIFY(s.connectAll());
    OverviewPage *overview = s.window->overview();
    AllRoomsLogModel *log = overview->log();
    QVERIFY(log);
    auto *shown = qobject_cast<QAbstractProxyModel *>(overview->logView()->model());
    QVERIFY(shown);
    QCOMPARE(shown->sourceModel(), log);

    // Every room's connection is in the one log, under its own name.
    const auto rowsOf = [log](const QString &room) {
        QList<int> rows;
        for (int row = 0; row < log->rowCount(); ++row)
            if (log->index(row, 0).data(AllRoomsLogModel::RoomNameRole).toString() == room)
                rows.append(row);
        return rows;
    };
    for (const QString &room : { u"Room A"_s, u"Room B"_s, u"Room C"_s })
        QVERIFY2(!rowsOf(room).isEmpty(), qPrintable(room));

    // A call ringing in B is logged as B's, with B's session, and B's alone.
    const int before = log->rowCount();
    QVERIFY(s.ring(kB, u"Dave"_s));
    QTRY_VERIFY(log->rowCount() > before);
    int ringRow = -1;
    for (int row = before; row < log->rowCount(); ++row) {
        const QString text = log->index(row, AllRoomsLogModel::TextColumn).data().toString();
        if (text.contains(u"dave@"_s)) {
            QCOMPARE(log->index(row, AllRoomsLogModel::RoomColumn).data().toString(), u"Room B"_s);
            QCOMPARE(log->index(row, 0).data(AllRoomsLogModel::SessionRole).value<RoomSession *>(),
                     s.session(kB));
            ringRow = row;
        }
    }
    QVERIFY(ringRow >= 0);
    // Presence churn stays in the rooms' own logs.
    for (int row = 0; row < log->rowCount(); ++row)
        QVERIFY(log->index(row, 0).data(AllRoomsLogModel::KindRole).toInt()
                != int(EventLogModel::Kind::Presence));

    // Opening the entry from the overview opens B.
    s.window->showOverview();
    QVERIFY(s.window->isOverviewShown());
    Q_EMIT overview->logView()->doubleClicked(
        shown->mapFromSource(log->index(ringRow, AllRoomsLogModel::TextColumn)));
    QVERIFY(!s.window->isOverviewShown());
    QCOMPARE(s.window->console()->session(), s.session(kB));

    // A renamed room's entries follow its new name; a removed room's keep the last one.
    QVERIFY(s.list.rename(kB, u"Board room"_s));
    QCOMPARE(log->index(ringRow, AllRoomsLogModel::RoomColumn).data().toString(), u"Board room"_s);
    const QList<int> cRows = rowsOf(u"Room C"_s);
    s.list.remove(kC);
    QCOMPARE(rowsOf(u"Room C"_s), cRows);
    QVERIFY(log->index(cRows.first(), 0).data(AllRoomsLogModel::SessionRole).value<RoomSession *>()
            == nullptr);
}

void tst_ManyRooms::bulkHangUpFromTheOverviewReportsTheFailedRoom()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QVERIFY(s.connectAll());
    QVERIFY(s.callIn(kA, u"Carol"_s));
    QVERIFY(s.callIn(kB, u"Dave"_s));
    // Room B loses the connection the moment the hang-up arrives: it never answers.
    RoomSimulator *simB = s.sim(kB);
    QObject::connect(simB, &RoomSimulator::requestReceived, simB, [simB](const QString &method) {
        if (method == u"hangUp"_s)
            simB->closeAllClients();
    });

    s.action("overviewAction")->trigger();
    QVERIFY(s.window->isOverviewShown());
    OverviewPage *overview = s.window->overview();
    QVERIFY(overview->isVisible());
    overview->view()->selectAll();
    auto *hangUp = find<QPushButton>(overview, "bulkHangUpButton");
    QTRY_VERIFY(hangUp->isEnabled());
    QSignalSpy finished(overview, &OverviewPage::bulkHangUpFinished);

    s.presenter->confirmAnswer = true;
    QTest::mouseClick(hangUp, Qt::LeftButton);
    // The window's presenter asked once, naming the rooms in a call.
    QCOMPARE(s.presenter->asked, QStringList({ OverviewPage::tr("Hang Up") }));
    QVERIFY(s.presenter->lastText.contains(u"Room A"_s));
    QVERIFY(s.presenter->lastText.contains(u"Room B"_s));
    QVERIFY(!s.presenter->lastText.contains(u"Room C"_s));
    QVERIFY(finished.wait(kTimeout));

    const QStringList lines = labelText(overview, "bulkResultLabel").split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), OverviewPage::tr("%1: done").arg(u"Room A"_s));
    QVERIFY2(lines.at(1).startsWith(u"Room B: failed — "_s), qPrintable(lines.at(1)));
    QVERIFY(!s.sim(kC)->receivedMethods().contains(u"hangUp"_s));
    QTRY_COMPARE(s.console(kA)->callSession()->phase(), Phase::Idle);
    QVERIFY(s.window->isOverviewShown());
    s.noViolations();
}

void tst_ManyRooms::roleTablePerRoom()
{
    Shell s;
    QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
    QVERIFY(s.connect(kA, Room::Role::User));
    QVERIFY(s.connect(kB, Room::Role::User));
    QVERIFY(s.connect(kC, Room::Role::Admin));

    // Ordinary use in both User rooms: the address book shown, a call placed and hung up.
    for (int row : { kA, kB }) {
        s.window->showRoom(s.session(row));
        RoomConsole *c = s.console(row);
        QVERIFY(c->showPage(u"console"_s));
        QVERIFY(s.peerView(row)->isVisible());
        c->placeCall(u"alice@"_s + kServer);
        QTRY_COMPARE_WITH_TIMEOUT(c->callSession()->phase(), Phase::InConference, kTimeout);
        QTRY_VERIFY(c->findChild<QAction *>(u"hangUpAction"_s)->isEnabled());
        c->findChild<QAction *>(u"hangUpAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(c->callSession()->phase(), Phase::Idle, kTimeout);
    }
    for (int row : { kA, kB, kC })
        QVERIFY(s.roundTrip(row));

    for (int row : { kA, kB }) {
        QCOMPARE(adminOnlyMethodsSent(*s.sim(row)), QStringList());
        QVERIFY(s.sim(row)->receivedMethods().contains(u"call"_s));
        QVERIFY(s.sim(row)->receivedMethods().contains(u"hangUp"_s));
    }
    s.noViolations();

    // The administrator's pages exist in room C only.
    for (int row : { kA, kB }) {
        QVERIFY(!s.console(row)->isPageShown(s.console(row)->powerPanel()));
        QVERIFY(!s.console(row)->isPageShown(s.console(row)->serverPanel()));
        QVERIFY(!s.console(row)->showPage(u"power"_s));
    }
    QVERIFY(s.console(kC)->isPageShown(s.console(kC)->powerPanel()));
    QVERIFY(s.console(kC)->isPageShown(s.console(kC)->serverPanel()));
    QVERIFY(s.console(kC)->showPage(u"power"_s));
    // Switching to room C and back does not carry its pages over.
    s.window->showRoom(s.session(kC));
    s.window->showRoom(s.session(kA));
    QVERIFY(!s.console(kA)->isPageShown(s.console(kA)->powerPanel()));
}

QTEST_MAIN(tst_ManyRooms)
#include "tst_manyrooms.moc"
