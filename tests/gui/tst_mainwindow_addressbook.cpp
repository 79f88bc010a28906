// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/callsession.h"
#include "core/models/peerfiltermodel.h"
#include "core/models/peerlistmodel.h"
#include "gui/panels/addressbookpanel.h"
#include "gui/panels/peerdelegate.h"
#include "guitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

QJsonArray sampleBook()
{
    return { contact(u"zoe@srv"_s, u"Zoe Adams"_s, 0, 0),
             contact(u"bob@srv"_s, u"Bob Brown"_s, 1, 2),
             contact(u"amy@srv"_s, u"Amy Clark"_s, 2, 7),
             contact(u"carl@srv"_s, u"Carl Diaz"_s, 1, 2, false),
             contact(u"dan@other"_s, u"Dan Evans"_s, 1, 6) };
}

QStringList shownNames(const QAbstractItemModel *m)
{
    QStringList names;
    for (int r = 0; r < m->rowCount(); ++r)
        names << m->index(r, 0).data(PeerListModel::DisplayNameRole).toString();
    return names;
}

//! Connects and loads `book` the way a room delivers it after login.
bool loadBook(Fixture &f, const QJsonArray &book)
{
    if (!f.connect(Room::Role::User))
        return false;
    f.sim->sendEvent(u"abReceivedAfterLogin"_s, QJsonObject { { u"abook"_s, book } });
    return QTest::qWaitFor(
        [&] { return f.window->console()->peerModel()->rowCount() == book.size(); }, kTimeout);
}

} // namespace

class TestMainWindowAddressBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortedByPresenceAndSearchable();
    void presenceChangeUpdatesOneRow();
    void enterAndDoubleClickCall();
    void contextActionsEditTheBook();
    void largeBookWithPresenceStorm();
    void pointedContactHoldsStillUnderChurn();
    void contextMenuOffersAddOnlyOffTheBook();
    void pickingContactDuringCallKeepsDialField();
    void selectionSurvivesResortAndNewBook();
};

void TestMainWindowAddressBook::initTestCase()
{
    initSettings(u"tst_mainwindow_addressbook"_s);
}

void TestMainWindowAddressBook::sortedByPresenceAndSearchable()
{
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    auto *view = find<QListView>(f.window.get(), "peerView");
    QVERIFY(view->uniformItemSizes());
    QVERIFY(qobject_cast<PeerDelegate *>(view->itemDelegate()));
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Available first (by name), then away, busy, offline.
    QCOMPARE(shownNames(view->model()),
             (QStringList { u"Bob Brown"_s, u"Carl Diaz"_s, u"Dan Evans"_s, u"Amy Clark"_s,
                            u"Zoe Adams"_s }));
    QCOMPARE(labelText(f.window.get(), "peerCountLabel"), u"5 contacts"_s);

    // Ctrl+F, then type: by name and by id, as the operator types.
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = find<QLineEdit>(f.window.get(), "searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"br"_s);
    QCOMPARE(shownNames(view->model()), QStringList { u"Bob Brown"_s });
    QCOMPARE(labelText(f.window.get(), "peerCountLabel"), u"1 of 5 contacts"_s);
    search->clear();
    QTest::keyClicks(search, u"@other"_s);
    QCOMPARE(shownNames(view->model()), QStringList { u"Dan Evans"_s });
    search->setText(u"nobody"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(find<QLabel>(f.window.get(), "emptyLabel")->isVisible());
    QVERIFY(labelText(f.window.get(), "emptyLabel").contains(u"nobody"_s));
    search->clear();
    QCOMPARE(view->model()->rowCount(), 5);
    QVERIFY(!find<QLabel>(f.window.get(), "emptyLabel")->isVisible());

    // Down from the search box lands on the first match.
    search->setText(u"amy"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().data(PeerListModel::PeerIdRole).toString(), u"amy@srv"_s);

    // Rows paint (presence dot included) without trouble.
    QVERIFY(!view->grab().isNull());
    QCOMPARE(PeerDelegate::presenceIcon(u"busy"_s), u"presence-busy"_s);
    QCOMPARE(PeerDelegate::presenceIcon(u"nonsense"_s), u"presence-invalid"_s);
}

void TestMainWindowAddressBook::presenceChangeUpdatesOneRow()
{
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    PeerListModel *model = f.window->console()->peerModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    f.sim->sendEvent(u"usersStatusesChanged"_s,
                     QJsonObject { { u"usersStatuses"_s,
                                     QJsonArray { QJsonObject { { u"peerId"_s, u"zoe@srv"_s },
                                                                { u"status"_s, 1 },
                                                                { u"extStatus"_s, 2 } } } } });
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kTimeout);
    QCOMPARE(reset.size(), 0);
    const QModelIndex tl = changed.first().at(0).toModelIndex();
    QCOMPARE(tl, changed.first().at(1).toModelIndex());
    QCOMPARE(tl.data(PeerListModel::PeerIdRole).toString(), u"zoe@srv"_s);
    // The view re-sorts: Zoe is available now.
    auto *view = find<QListView>(f.window.get(), "peerView");
    QTRY_COMPARE(shownNames(view->model()).indexOf(u"Zoe Adams"_s), 2); // Bob, Carl, Zoe
}

void TestMainWindowAddressBook::enterAndDoubleClickCall()
{
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    auto *view = find<QListView>(f.window.get(), "peerView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0)); // Bob
    // Picking a contact fills the dial field.
    QCOMPARE(find<QLineEdit>(f.window.get(), "dialEdit")->text(), u"bob@srv"_s);
    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(sent.cbegin(), sent.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toString() == u"call"_s
                                                 && args.at(1).toJsonObject().value(u"peerId"_s)
                                                 == u"bob@srv"_s;
                                         }),
                             kTimeout);

    // In a call, Enter does nothing (the room cannot call now).
    f.sim->setAppState(int(Room::AppState::Conference));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Conference, kTimeout);
    const int calls = int(f.sim->receivedMethods().count(u"call"_s));
    const QModelIndex carl = view->model()->index(1, 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(carl).center());
    QVERIFY(f.roundTrip());
    QCOMPARE(int(f.sim->receivedMethods().count(u"call"_s)), calls);
}

void TestMainWindowAddressBook::contextActionsEditTheBook()
{
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    auto *panel = find<AddressBookPanel>(f.window.get(), "addressBookPanel");
    auto *view = panel->view();
    view->setCurrentIndex(view->model()->index(0, 0)); // Bob, editable
    QVERIFY(panel->renameContactAction()->isEnabled());
    QVERIFY(panel->removeContactAction()->isEnabled());
    panel->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"bob@srv"_s);

    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    const auto lastRequest = [&sent](const QString &method) {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it)
            if (it->at(0).toString() == method)
                return it->at(1).toJsonObject();
        return QJsonObject();
    };

    f.presenter->textAnswers.append(u"Robert Brown"_s);
    panel->renameContactAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!lastRequest(u"renameInAbook"_s).isEmpty(), kTimeout);
    QCOMPARE(lastRequest(u"renameInAbook"_s).value(u"peerDn"_s).toString(), u"Robert Brown"_s);

    f.presenter->confirmAnswer = false;
    panel->removeContactAction()->trigger();
    QVERIFY(f.roundTrip());
    QVERIFY(lastRequest(u"removeFromAbook"_s).isEmpty());
    f.presenter->confirmAnswer = true;
    panel->removeContactAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(lastRequest(u"removeFromAbook"_s).value(u"peerId"_s).toString(),
                              u"bob@srv"_s, kTimeout);

    f.presenter->textAnswers.append(u"eve@srv"_s);
    f.presenter->textAnswers.append(u"Eve"_s);
    panel->addContactAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!lastRequest(u"addToAbook"_s).isEmpty(), kTimeout);
    QCOMPARE(lastRequest(u"addToAbook"_s).value(u"peerId"_s).toString(), u"eve@srv"_s);
    QCOMPARE(lastRequest(u"addToAbook"_s).value(u"peerDn"_s).toString(), u"Eve"_s);

    // A conference is not a contact: refused before anything is sent, with the reason.
    f.presenter->textAnswers.append(u"\\c\\weekly"_s);
    const int adds = int(f.sim->receivedMethods().count(u"addToAbook"_s));
    panel->addContactAction()->trigger();
    QVERIFY(labelText(f.window.get(), "errorLabel").contains(u"\\c\\weekly"_s));
    QCOMPARE(int(f.sim->receivedMethods().count(u"addToAbook"_s)), adds);

    view->setCurrentIndex(view->model()->index(1, 0)); // Carl: not editable
    QVERIFY(!panel->renameContactAction()->isEnabled());
    QVERIFY(!panel->removeContactAction()->isEnabled());
}

void TestMainWindowAddressBook::largeBookWithPresenceStorm()
{
    // 20,000 contacts and a storm of presence changes: the model updates rows, never resets,
    // and the view (uniform rows, one delegate) keeps up. Timing is for the log only.
    Fixture f;
    QJsonArray book;
    for (int i = 0; i < 20000; ++i)
        book.append(contact(u"user%1@srv"_s.arg(i), u"User %1"_s.arg(i, 5, 10, QLatin1Char('0')),
                            i % 3 == 0 ? 1 : 0, i % 3 == 0 ? 2 : 0));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(loadBook(f, book));
    qInfo("20,000 contacts loaded and shown in %lld ms", timer.elapsed());

    PeerListModel *model = f.window->console()->peerModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    timer.restart();
    QHash<int, int> status; // who -> status, to know how many rows really change
    for (int i = 0; i < 20000; ++i)
        status.insert(i, i % 3 == 0 ? 1 : 0);
    int expected = 0;
    for (int burst = 0; burst < 20; ++burst) {
        QJsonArray statuses;
        for (int i = 0; i < 100; ++i) {
            const int who = (burst * 997 + i * 113) % 20000;
            const int next = (burst + i) % 2 ? 2 : 1;
            if (status.value(who) != next)
                ++expected;
            status.insert(who, next);
            statuses.append(QJsonObject { { u"peerId"_s, u"user%1@srv"_s.arg(who) },
                                          { u"status"_s, next },
                                          { u"extStatus"_s, next == 2 ? 7 : 2 } });
        }
        f.sim->sendEvent(u"usersStatusesChanged"_s,
                         QJsonObject { { u"usersStatuses"_s, statuses } });
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(changed.size()), expected, kTimeout * 3);
    qInfo("%lld presence updates applied in %lld ms", qint64(changed.size()), timer.elapsed());
    QCOMPARE(reset.size(), 0);
    auto *view = find<QListView>(f.window.get(), "peerView");
    QCOMPARE(view->model()->rowCount(), 20000);
    find<QLineEdit>(f.window.get(), "searchEdit")->setText(u"User 1999"_s);
    // Every word matches name or id: ids and names with 1999 in them.
    QCOMPARE(view->model()->rowCount(), 12); // 1999, 11999, 19990-19999
}

void TestMainWindowAddressBook::pointedContactHoldsStillUnderChurn()
{
    // Issue 11 item 1: presence churns several times a second while the operator points at a
    // contact; the double-click that follows an update must call that contact, every time.
    RoomSimulator::Options options;
    options.peers = 80;
    options.seed = 11;
    Fixture f(options);
    QVERIFY(f.connect(Room::Role::User));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    auto *panel = find<AddressBookPanel>(f.window.get(), "addressBookPanel");
    QListView *view = panel->view();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 80, kTimeout);
    PeerListModel *model = f.window->console()->peerModel();
    auto *dial = find<QLineEdit>(f.window.get(), "dialEdit");
    QSignalSpy requested(panel, &AddressBookPanel::callRequested);
    // What is checked is the id each double-click asks for; placing 30 calls would only make
    // the room busy. The last double-click goes all the way to the room.
    QObject::disconnect(panel, &AddressBookPanel::callRequested, f.window->console(), nullptr);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    f.sim->setPresenceChurn(60);

    const int rowHeight = view->visualRect(view->model()->index(0, 0)).height();
    QVERIFY(rowHeight > 0);
    const int visibleRows = qMax(1, view->viewport()->height() / rowHeight - 1);
    constexpr int kIterations = 30;
    for (int i = 0; i < kIterations; ++i) {
        const bool last = i == kIterations - 1;
        if (last)
            QObject::connect(panel, &AddressBookPanel::callRequested, f.window->console(),
                             &RoomConsole::placeCall);
        const int row = 1 + (i * 7) % visibleRows;
        const QPoint pos = view->visualRect(view->model()->index(row, 0)).center();
        QTest::mouseMove(view->viewport(), pos);
        const QString intended = view->indexAt(pos).data(PeerListModel::PeerIdRole).toString();
        QVERIFY(!intended.isEmpty());
        // Several presence updates arrive while the pointer rests on the contact.
        const qsizetype before = changed.size();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= before + 4, kTimeout);
        // What a window system delivers: press and release, then the second press as a
        // double-click (QTest::mouseDClick alone is not a double-click for an item view).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTRY_COMPARE_WITH_TIMEOUT(int(requested.size()), i + 1, kTimeout);
        QCOMPARE(requested.last().first().toString(), intended);
        if (last) {
            QTRY_VERIFY_WITH_TIMEOUT(f.sim->receivedMethods().contains(u"call"_s), kTimeout);
            break;
        }
        // The operator moves on: off the list and out of it. The list may re-sort now.
        QTest::mouseMove(dial, QPoint(2, 2));
        QEvent leave(QEvent::Leave); // what the window system sends as the pointer goes
        QApplication::sendEvent(view->viewport(), &leave);
        dial->setFocus();
        QVERIFY(!panel->isOrderFrozen());
    }
    f.sim->setPresenceChurn(0);
    // Left alone, the list is in presence order again.
    QTest::mouseMove(dial, QPoint(2, 2));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view->viewport(), &leave);
    dial->setFocus();
    QVERIFY(!panel->isOrderFrozen());
    QTRY_VERIFY_WITH_TIMEOUT(!view->hasFocus(), kTimeout);
    for (int r = 1; r < view->model()->rowCount(); ++r)
        QVERIFY(view->model()->index(r - 1, 0).data(PeerListModel::PresenceRankRole).toInt()
                <= view->model()->index(r, 0).data(PeerListModel::PresenceRankRole).toInt());
}

void TestMainWindowAddressBook::contextMenuOffersAddOnlyOffTheBook()
{
    // Issue 11 item 9: "Add to Address Book…" is for ids typed elsewhere, not for contacts.
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    auto *panel = find<AddressBookPanel>(f.window.get(), "addressBookPanel");
    QListView *view = panel->view();
    QList<QAction *> offered;
    const auto openMenuAt = [&](const QPoint &pos) {
        offered.clear();
        QTimer::singleShot(0, view, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                offered = menu->actions();
                menu->close();
            }
        });
        Q_EMIT view->customContextMenuRequested(pos);
    };
    openMenuAt(view->visualRect(view->model()->index(0, 0)).center()); // Bob
    QVERIFY(!offered.isEmpty());
    QVERIFY(offered.contains(panel->callPeerAction()));
    QVERIFY(offered.contains(panel->renameContactAction()));
    QVERIFY(!offered.contains(panel->addContactAction()));

    const QPoint empty(4, view->viewport()->height() - 4);
    QVERIFY(!view->indexAt(empty).isValid());
    openMenuAt(empty);
    QVERIFY(offered.contains(panel->addContactAction()));
    QVERIFY(!offered.contains(panel->callPeerAction()));
}

void TestMainWindowAddressBook::pickingContactDuringCallKeepsDialField()
{
    // Issue 11 item 9: during a call the dial field names the call; a click in the book
    // must not overwrite it. Idle again, picking a contact fills it as before.
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    auto *view = find<QListView>(f.window.get(), "peerView");
    auto *dial = find<QLineEdit>(f.window.get(), "dialEdit");
    dial->setText(u"carol@srv"_s);
    f.sim->setAppState(int(Room::AppState::Conference));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Conference, kTimeout);
    view->setFocus();
    QVERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(dial->text(), u"carol@srv"_s);

    // (Back to idle only once the call view has the conference: a getConferences reply that
    // arrives after the room is idle again revives the call in CallSession — reported.)
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    f.sim->setAppState(int(Room::AppState::Normal));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Normal, kTimeout);
    QCOMPARE(f.window->console()->callSession()->phase(), CallSession::Phase::Idle);
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(dial->text(), view->model()->index(0, 0).data(PeerListModel::PeerIdRole).toString());
}

void TestMainWindowAddressBook::selectionSurvivesResortAndNewBook()
{
    Fixture f;
    QVERIFY(loadBook(f, sampleBook()));
    auto *panel = find<AddressBookPanel>(f.window.get(), "addressBookPanel");
    QListView *view = panel->view();
    const auto currentId = [view] {
        return view->currentIndex().data(PeerListModel::PeerIdRole).toString();
    };
    view->setCurrentIndex(view->model()->index(4, 0)); // Zoe, offline, last
    QCOMPARE(currentId(), u"zoe@srv"_s);
    // The operator is elsewhere (an earlier test may have left the pointer over the list).
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view->viewport(), &leave);
    find<QLineEdit>(f.window.get(), "dialEdit")->setFocus();
    QVERIFY(!panel->isOrderFrozen());
    // Zoe comes online: her row moves up, she stays selected.
    f.sim->sendEvent(u"usersStatusesChanged"_s,
                     QJsonObject { { u"usersStatuses"_s,
                                     QJsonArray { QJsonObject { { u"peerId"_s, u"zoe@srv"_s },
                                                                { u"status"_s, 1 },
                                                                { u"extStatus"_s, 2 } } } } });
    QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().row(), 2, kTimeout);
    QCOMPARE(currentId(), u"zoe@srv"_s);
    QCOMPARE(panel->currentPeerId(), u"zoe@srv"_s);
    // A whole new book (as after a reconnect) keeps the operator's contact too.
    QJsonArray book = sampleBook();
    book.append(contact(u"abe@srv"_s, u"Abe"_s, 1, 2));
    f.sim->sendEvent(u"abReceivedAfterLogin"_s, QJsonObject { { u"abook"_s, book } });
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->peerModel()->rowCount(), 6, kTimeout);
    QCOMPARE(currentId(), u"zoe@srv"_s);
}

QTEST_MAIN(TestMainWindowAddressBook)
#include "tst_mainwindow_addressbook.moc"
