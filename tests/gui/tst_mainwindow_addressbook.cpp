// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
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
#include <QSignalSpy>
#include <QTest>

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
    return QTest::qWaitFor([&] { return f.window->peerModel()->rowCount() == book.size(); },
                           kTimeout);
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
    PeerListModel *model = f.window->peerModel();
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

    PeerListModel *model = f.window->peerModel();
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

QTEST_MAIN(TestMainWindowAddressBook)
#include "tst_mainwindow_addressbook.moc"
