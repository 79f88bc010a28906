// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/controller/roomcontroller.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "gui/console/roomconsole.h"
#include "gui/credentials/savedrooms.h"
#include "gui/demo/demoroom.h"
#include "gui/dialogs/connectdialog.h"
#include "gui/mainwindow.h"
#include "gui/panels/addressbookpanel.h"
#include "gui/panels/dialpanel.h"
#include "gui/panels/eventlogpanel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/screenshotjob.h"
#include "gui/widgets/roomheader.h"
#include "gui/widgets/svgicon.h"
#include "guitest.h"
#include "sim/roomsimulator.h"
#include "simroom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QListView>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStyleFactory>
#include <QToolButton>
#include <QTreeView>

#include <deque>

using namespace Qt::StringLiterals;

using namespace GuiTest;

namespace {

ConnectionRequest demoRequest(const DemoRoom &demo)
{
    ConnectionRequest r;
    r.address = demo.address();
    r.credentials = DemoRoom::credentials(Room::Role::Admin);
    r.addressText = demo.address().displayText();
    return r;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsConnectedRoom();
    void connectActionGoesThroughPresenter();
    void reconnectCountdownAndRetry();
    void eventLogFilterAndRawJson();
    void eventLogKeepsPresenceApart();
    void eventLogSearchCountAndFollow();
    void eventLogTabLeavesTable();
    void eventLogRecordsOperatorCommands();
    void eventLogNamesParticipants();
    void connectDialogValidatesAddress();
    void connectDialogTakesThePinFromARoomLink();
    void connectDialogForgetsThePreviousRoom();
    void fallbackPortIsConfirmedFirst_data();
    void fallbackPortIsConfirmedFirst();
    void screenshotJobWritesPng();
    void screenshotJobReportsUnreachableRoom();
    void screenshotWaitsForAddressBook();
    void reconnectCanBeCancelled();
    void headerShowsServerAndRoomName();
    void displacedControllerSignsInAgain();
    void shortcutsReachTheirTargets();
    void everyInteractiveWidgetIsNamed();
    void dialHistoryIsPerRoom();
    void readableInDarkPalette();
    void geometryAndSplittersAreRemembered();
};

void TestMainWindow::initTestCase()
{
    initSettings(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsConnectedRoom()
{
    DemoRoom demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QVERIFY(demo.address().isValid());

    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *disconnectAction = find<QAction>(&window, "disconnectAction");
    auto *retryAction = find<QAction>(&window, "retryAction");
    QCOMPARE(labelText(&window, "connectionStateLabel"), u"Disconnected"_s);
    QVERIFY(!disconnectAction->isEnabled());
    QVERIFY(!retryAction->isVisible());

    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    window.connectToRoom(demoRequest(demo));
    QVERIFY(ready.wait(kTimeout));
    QCOMPARE(controller.connectionState(), RoomController::ConnectionState::Connected);

    QCOMPARE(labelText(&window, "connectionStateLabel"), u"Connected"_s);
    QCOMPARE(labelText(&window, "appStateLabel"), Room::appStateName(int(Room::AppState::Normal)));
    QCOMPARE(labelText(&window, "roleBadgeLabel"), u"Administrator"_s);
    QCOMPARE(labelText(&window, "trueConfIdLabel"), u"room101@sim.trueconf.local"_s);
    QCOMPARE(labelText(&window, "addressLabel"), demo.address().displayText());
    QVERIFY(!find<QWidget>(&window, "errorFrame")->isVisible());
    QVERIFY(labelText(&window, "endpointLabel").contains(u"ws://127.0.0.1:"_s));
    QVERIFY(window.windowTitle().contains(demo.address().displayText()));

    auto *view = find<QTableView>(&window, "eventLogView");
    QVERIFY(view->model()->rowCount() > 0);
    QCOMPARE(view->model()->columnCount(), 3);
    QVERIFY(disconnectAction->isEnabled());
    QVERIFY(!retryAction->isVisible());

    // The room changes state: the header follows.
    demo.simulator()->setAppState(int(Room::AppState::Conference));
    QTRY_COMPARE_WITH_TIMEOUT(labelText(&window, "appStateLabel"),
                              Room::appStateName(int(Room::AppState::Conference)), kTimeout);

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);

    disconnectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!disconnectAction->isEnabled(), kTimeout);
    QCOMPARE(controller.connectionState(), RoomController::ConnectionState::Disconnected);
    QCOMPARE(labelText(&window, "connectionStateLabel"), u"Disconnected"_s);
    QCOMPARE(labelText(&window, "roleBadgeLabel"), u"Not signed in"_s);
    QCOMPARE(labelText(&window, "appStateLabel"), u"—"_s);
    QCOMPARE(labelText(&window, "endpointLabel"), u"Not connected"_s);
}

void TestMainWindow::connectActionGoesThroughPresenter()
{
    DemoRoom demo;
    QVERIFY(demo.start());
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    auto presenter = std::make_unique<ScriptedPresenter>();
    ScriptedPresenter *script = presenter.get();
    window.setDialogPresenter(std::move(presenter));
    window.show();

    auto *connectAction = find<QAction>(&window, "connectAction");
    QCOMPARE(connectAction->shortcut(), QKeySequence(u"Ctrl+N"_s));
    QCOMPARE(find<QAction>(&window, "quitAction")->shortcut(), QKeySequence(u"Ctrl+Q"_s));

    // Cancelled: nothing happens.
    script->connectAnswers.push_back(std::nullopt);
    connectAction->trigger();
    QCOMPARE(script->connectAsked, 1);
    QCOMPARE(controller.connectionState(), RoomController::ConnectionState::Disconnected);

    // Accepted: connects, and the next dialog suggests the same room (without any secret).
    ConnectionRequest request = demoRequest(demo);
    request.credentials = RoomController::Credentials::unsecured(Room::Role::User);
    script->connectAnswers.push_back(request);
    connectAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(controller.connectionState(),
                              RoomController::ConnectionState::Connected, kTimeout);
    QCOMPARE(labelText(&window, "roleBadgeLabel"), u"User"_s);

    connectAction->trigger();
    QCOMPARE(script->connectAsked, 3);
    QCOMPARE(script->lastSetup.suggestion.addressText, request.addressText);
    QCOMPARE(script->lastSetup.suggestion.credentials.role, Room::Role::User);
    QVERIFY(script->lastSetup.suggestion.credentials.secret.isEmpty());
    // The room is in the recent rooms, and the dialog can reach the keychain.
    QCOMPARE(script->lastSetup.savedRooms.size(), 1);
    QCOMPARE(script->lastSetup.savedRooms.first().address, request.addressText);
    QVERIFY(!script->lastSetup.savedRooms.first().secretInKeyring);
    QCOMPARE(script->lastSetup.store, window.credentialStore());

    script->asked.clear();
    find<QAction>(&window, "aboutAction")->trigger();
    QCOMPARE(script->asked, QStringList { u"About RoomDeck"_s });
}

void TestMainWindow::reconnectCountdownAndRetry()
{
    DemoRoom demo;
    QVERIFY(demo.start());
    RoomController::Options options = SimRoom::fastOptions();
    // Long enough to see the countdown; "Retry now" skips it.
    options.transport.backoff.initialMs = 30000;
    options.transport.backoff.maxMs = 30000;
    options.transport.backoff.jitter = 0;
    RoomController controller(options);
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.show();

    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    window.connectToRoom(demoRequest(demo));
    QVERIFY(ready.wait(kTimeout));

    auto *retryAction = find<QAction>(&window, "retryAction");
    auto *reconnectFrame = find<QWidget>(&window, "reconnectFrame");
    QVERIFY(!reconnectFrame->isVisible());

    demo.simulator()->closeAllClients();
    QTRY_COMPARE_WITH_TIMEOUT(controller.connectionState(),
                              RoomController::ConnectionState::Reconnecting, kTimeout);
    QCOMPARE(labelText(&window, "connectionStateLabel"), u"Reconnecting"_s);
    QVERIFY(retryAction->isVisible());
    QVERIFY(retryAction->isEnabled());
    QVERIFY(reconnectFrame->isVisible());
    QTRY_VERIFY(labelText(&window, "reconnectLabel").startsWith(u"Reconnecting in "_s));
    const QString before = labelText(&window, "reconnectLabel");
    // The countdown ticks every second.
    QTRY_VERIFY_WITH_TIMEOUT(labelText(&window, "reconnectLabel") != before, 3000);

    ready.clear();
    QTest::mouseClick(find<QPushButton>(&window, "retryButton"), Qt::LeftButton);
    QVERIFY(ready.wait(kTimeout));
    QCOMPARE(labelText(&window, "connectionStateLabel"), u"Connected"_s);
    QVERIFY(!retryAction->isVisible());
    QVERIFY(!reconnectFrame->isVisible());
}

void TestMainWindow::eventLogFilterAndRawJson()
{
    DemoRoom demo;
    QVERIFY(demo.start());
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.show();
    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    window.connectToRoom(demoRequest(demo));
    QVERIFY(ready.wait(kTimeout));

    EventLogModel *log = window.console()->eventLog();
    log->append(EventLogModel::Kind::Error, u"Something failed"_s);
    log->append(EventLogModel::Kind::Event, u"A room event"_s, u"micMuteChanged"_s,
                QJsonObject { { u"method"_s, u"event"_s }, { u"event"_s, u"micMuteChanged"_s } });

    auto *view = find<QTableView>(&window, "eventLogView");
    auto *combo = find<QComboBox>(&window, "kindFilterCombo");
    const int total = view->model()->rowCount();
    QCOMPARE(total, log->rowCount());

    combo->setCurrentIndex(combo->findData(int(EventLogModel::Kind::Error)));
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < total);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, 0).data(EventLogModel::KindRole).toInt(),
                 int(EventLogModel::Kind::Error));
    combo->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), total);

    // The details pane shows the selected entry's JSON; Copy takes the rows (and JSON).
    auto *checkBox = find<QCheckBox>(&window, "rawJsonCheckBox");
    auto *rawEdit = find<QPlainTextEdit>(&window, "rawJsonEdit");
    auto *copy = find<QAction>(&window, "copyAction");
    view->clearSelection();
    QVERIFY(!copy->isEnabled());
    checkBox->setChecked(true);
    QVERIFY(rawEdit->isVisible());
    view->selectRow(total - 1);
    QVERIFY(rawEdit->toPlainText().contains(u"micMuteChanged"_s));
    QVERIFY(copy->isEnabled());
    copy->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"A room event"_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"\"event\": \"micMuteChanged\""_s), qPrintable(copied));
    view->selectRow(total - 2);
    QVERIFY(rawEdit->toPlainText().isEmpty());
    checkBox->setChecked(false);
    QVERIFY(!rawEdit->isVisible());

    // New entries scroll into view unless the operator scrolled up.
    for (int i = 0; i < 200; ++i)
        log->append(EventLogModel::Kind::Notice, u"Filler %1"_s.arg(i));
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    bar->setValue(0);
    QVERIFY(!window.findChild<EventLogPanel *>()->isFollowingNewest());
    const int oldMaximum = bar->maximum();
    log->append(EventLogModel::Kind::Notice, u"One more"_s);
    QTRY_VERIFY(bar->maximum() > oldMaximum);
    QCOMPARE(bar->value(), 0);

    // Bounded: a room that talks all day does not grow the log without limit.
    QVERIFY(log->capacity() > 0);
    log->setCapacity(100);
    for (int i = 0; i < 300; ++i)
        log->append(EventLogModel::Kind::Event, u"Presence %1"_s.arg(i));
    QCOMPARE(log->rowCount(), 100);
    QCOMPARE(view->model()->rowCount(), 100);
    QCOMPARE(log->entry(99).text, u"Presence 299"_s);
}

void TestMainWindow::eventLogKeepsPresenceApart()
{
    // Issue 11 item 3: presence changes several times a second must not push everything else
    // out of the log, and they are not shown unless asked for.
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    EventLogModel *log = f.window->console()->eventLog();
    log->setCapacity(60);
    const auto rowsNamed = [log](const QString &name) {
        int n = 0;
        for (int row = 0; row < log->rowCount(); ++row)
            n += log->index(row, 0).data(EventLogModel::NameRole).toString() == name;
        return n;
    };
    const int connectionRows = [log] {
        int n = 0;
        for (int row = 0; row < log->rowCount(); ++row)
            n += log->entry(row).kind == EventLogModel::Kind::Connection;
        return n;
    }();
    QVERIFY(connectionRows > 0);
    for (int i = 0; i < 200; ++i)
        f.sim->sendEvent(
            u"usersStatusesChanged"_s,
            QJsonObject { { u"usersStatuses"_s,
                            QJsonArray { QJsonObject { { u"peerId"_s, u"user%1@srv"_s.arg(i) },
                                                       { u"status"_s, i % 2 },
                                                       { u"extStatus"_s, i % 2 ? 2 : 0 } } } } });
    f.sim->sendEvent(u"myEvent"_s, QJsonObject { { u"data"_s, u"barrier"_s } });
    QTRY_COMPARE_WITH_TIMEOUT(rowsNamed(u"myEvent"_s), 1, kTimeout);
    // The connection history survived 200 presence changes in a 60-row log.
    int stillThere = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        stillThere += log->entry(row).kind == EventLogModel::Kind::Connection;
    QCOMPARE(stillThere, connectionRows);
    QVERIFY(rowsNamed(u"usersStatusesChanged"_s) > 0);
    QVERIFY(rowsNamed(u"usersStatusesChanged"_s) < 30);

    // Hidden by default; there when asked for.
    auto *view = find<QTableView>(f.window.get(), "eventLogView");
    const auto shownPresence = [view] {
        int n = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            n += view->model()->index(row, 0).data(EventLogModel::NameRole).toString()
                == u"usersStatusesChanged"_s;
        return n;
    };
    QCOMPARE(shownPresence(), 0);
    auto *combo = find<QComboBox>(f.window.get(), "kindFilterCombo");
    const int presenceItem = combo->findText(u"Presence"_s);
    QVERIFY(presenceItem > 0);
    combo->setCurrentIndex(presenceItem);
    QCOMPARE(shownPresence(), rowsNamed(u"usersStatusesChanged"_s));
    QCOMPARE(view->model()->rowCount(), shownPresence());
}

void TestMainWindow::eventLogSearchCountAndFollow()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    EventLogModel *log = f.window->console()->eventLog();
    auto *view = find<QTableView>(f.window.get(), "eventLogView");
    auto *search = f.window->findChild<QLineEdit *>(u"logSearchEdit"_s);
    QVERIFY(search);
    auto *count = find<QLabel>(f.window.get(), "countLabel");
    const auto countText = [&] {
        return view->model()->rowCount() == log->rowCount()
            ? u"%1 entries"_s.arg(log->rowCount())
            : u"%1/%2"_s.arg(view->model()->rowCount()).arg(log->rowCount());
    };
    // Filtered, the words are in the tooltip.
    const auto countWords = [&] {
        return u"%1 of %2 entries"_s.arg(view->model()->rowCount()).arg(log->rowCount());
    };

    // Search: case-insensitive, over the text and the event name.
    log->append(EventLogModel::Kind::Notice, u"The Quick Brown Fox"_s);
    log->append(EventLogModel::Kind::Event, u"Something"_s, u"foxEvent"_s);
    search->setText(u"FOX"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(count->text(), countText());
    QCOMPARE(count->toolTip(), countWords());
    search->setText(u"quick fox"_s);
    QCOMPARE(view->model()->rowCount(), 1);

    // "N of M" stays right while hidden rows arrive and while capacity trims old rows.
    search->setText(u"Filler"_s);
    for (int i = 0; i < 5; ++i)
        log->append(EventLogModel::Kind::Notice, u"Filler %1"_s.arg(i));
    for (int i = 0; i < 7; ++i)
        log->append(EventLogModel::Kind::Notice, u"Other %1"_s.arg(i));
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(count->text(), countText());
    log->setCapacity(40);
    for (int i = 0; i < 60; ++i)
        log->append(EventLogModel::Kind::Notice, u"Other more %1"_s.arg(i));
    QCOMPARE(log->rowCount(), 40);
    QCOMPARE(count->text(), countText());

    // Filtered, the view still follows new entries unless the operator scrolled up.
    log->setCapacity(300);
    for (int i = 0; i < 200; ++i) {
        log->append(EventLogModel::Kind::Notice, u"Filler more %1"_s.arg(i));
        log->append(EventLogModel::Kind::Notice, u"Unrelated %1"_s.arg(i));
    }
    QCOMPARE(count->text(), countText());
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QModelIndex lastShown = view->model()->index(view->model()->rowCount() - 1, 0);
    QCOMPARE(lastShown.data(EventLogModel::TextRole).toString(), u"Filler more 199"_s);
    for (int i = 0; i < 50; ++i) // the log is full: old rows go as new ones come
        log->append(EventLogModel::Kind::Notice, u"Filler last %1"_s.arg(i));
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view->viewport()->rect().intersects(
        view->visualRect(view->model()->index(view->model()->rowCount() - 1, 0))));
    bar->setValue(0);
    const int oldMaximum = bar->maximum();
    log->setCapacity(1000);
    log->append(EventLogModel::Kind::Notice, u"Filler after scrolling up"_s);
    QTRY_VERIFY(bar->maximum() > oldMaximum);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(count->text(), countText());

    // Scrolled up in a full log, the rows being read stay put while older ones are trimmed.
    search->clear();
    log->setCapacity(log->rowCount());
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const auto topText = [view] {
        return view->model()->index(view->rowAt(0), EventLogModel::TextColumn).data().toString();
    };
    const QString reading = topText();
    for (int i = 0; i < 10; ++i)
        log->append(EventLogModel::Kind::Notice, u"Trimming %1"_s.arg(i));
    QCOMPARE(log->rowCount(), log->capacity());
    QTRY_COMPARE(topText(), reading);
}

void TestMainWindow::eventLogTabLeavesTable()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    auto *view = find<QTableView>(f.window.get(), "eventLogView");
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(!view->hasFocus());
}

void TestMainWindow::eventLogRecordsOperatorCommands()
{
    // Issue 11 item 3: what the operator did is in the log, successful or not.
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    EventLogModel *log = f.window->console()->eventLog();
    const auto hasRow = [log](const QString &text) {
        for (int row = 0; row < log->rowCount(); ++row)
            if (log->entry(row).text == text)
                return log->entry(row).kind == EventLogModel::Kind::Command;
        return false;
    };
    f.presenter->textAnswers << u"eve@srv"_s << u"Eve"_s;
    find<QAction>(f.window.get(), "addContactAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(hasRow(u"Adding eve@srv to the address book — done"_s), kTimeout);

    // A failed command: one row, in the operator's words, with the reason.
    f.sim->setReplyDelay(u"addToAbook"_s, -1);
    f.presenter->textAnswers << u"eve@srv"_s << u"Eve again"_s;
    const int before = log->rowCount();
    find<QAction>(f.window.get(), "addContactAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        log->rowCount() > before
            && log->entry(log->rowCount() - 1)
                   .text.startsWith(u"Adding eve@srv to the address book — failed: "_s),
        kTimeout);
    int rows = 0;
    for (int row = before; row < log->rowCount(); ++row)
        rows += log->entry(row).name == u"addToAbook"_s;
    QCOMPARE(rows, 1);
}

void TestMainWindow::eventLogNamesParticipants()
{
    // Issue 11 item 3: "Arjun Volkov left the conference", not "arjun@srv/5f2a left".
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    f.window->console()->participantModel()->setParticipants(
        u"c@srv#vcs"_s,
        QJsonArray { QJsonObject { { u"peerId"_s, u"arjun@srv/5f2a"_s },
                                   { u"peerDn"_s, u"Arjun Volkov"_s } } });
    EventLogModel *log = f.window->console()->eventLog();
    f.sim->sendEvent(u"participantLeftConference"_s,
                     QJsonObject { { u"peerId"_s, u"arjun@srv/5f2a"_s } });
    QTRY_COMPARE_WITH_TIMEOUT(log->entry(log->rowCount() - 1).name, u"participantLeftConference"_s,
                              kTimeout);
    QCOMPARE(log->entry(log->rowCount() - 1).text, u"Arjun Volkov left the conference"_s);
}

void TestMainWindow::connectDialogValidatesAddress()
{
    ConnectDialog dialog;
    auto *edit = find<QLineEdit>(&dialog, "addressEdit");
    auto *status = find<QLabel>(&dialog, "addressStatusLabel");
    QPushButton *ok = find<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QCOMPARE(edit->placeholderText(), u"192.168.1.20:8088 or ws://host:8765"_s);
    QCOMPARE(find<QLineEdit>(&dialog, "secretEdit")->echoMode(), QLineEdit::Password);

    QVERIFY(!ok->isEnabled()); // empty

    QTest::keyClicks(edit, u"room.local:99999"_s);
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.addressError().isEmpty());
    QCOMPARE(status->text(), dialog.addressError());

    edit->setText(u"127.0.0.1:8088"_s);
    QVERIFY(dialog.isInputValid());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.addressError().isEmpty());
    QCOMPARE(dialog.address().host, u"127.0.0.1"_s);
    QCOMPARE(dialog.address().webPort, quint16(8088));
    QCOMPARE(dialog.credentials().kind, RoomController::Credentials::Kind::Unsecured);
    QCOMPARE(dialog.credentials().role, Room::Role::Admin);

    find<QLineEdit>(&dialog, "instanceEdit")->setText(u"bad name!"_s);
    QVERIFY(!ok->isEnabled());
    find<QLineEdit>(&dialog, "instanceEdit")->setText(u"second"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.address().instance, u"second"_s);

    auto *role = find<QComboBox>(&dialog, "roleCombo");
    QCOMPARE(role->count(), 3);
    dialog.setRole(Room::Role::None);
    find<QLineEdit>(&dialog, "secretEdit")->setText(u"1234"_s);
    const ConnectionRequest request = dialog.request();
    QCOMPARE(request.credentials.kind, RoomController::Credentials::Kind::Secret);
    QCOMPARE(request.credentials.secret, u"1234"_s);
    QCOMPARE(request.credentials.role, Room::Role::None);

    edit->setText(u"ws://10.0.0.5:8765"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.address().hasWsOverride());
}

void TestMainWindow::screenshotJobWritesPng()
{
    DemoRoom demo;
    QVERIFY(demo.start());
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.resize(MainWindow::defaultSize());
    window.show();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shot.png"_s);
    ScreenshotJob job(&controller, &window, path);
    job.setSettleDelay(10);
    QSignalSpy finished(&job, &ScreenshotJob::finished);
    job.start();
    window.connectToRoom(demoRequest(demo));
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.at(0).at(0).value<ScreenshotJob::Result>(), ScreenshotJob::Result::Written);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.grab().size());
}

void TestMainWindow::screenshotJobReportsUnreachableRoom()
{
    // A port nobody listens on: the web port of a room that has just stopped.
    quint16 deadPort = 0;
    {
        DemoRoom gone;
        QVERIFY(gone.start());
        deadPort = gone.address().webPort;
    }
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.show();

    QTemporaryDir dir;
    ScreenshotJob job(&controller, &window, dir.filePath(u"never.png"_s));
    QSignalSpy finished(&job, &ScreenshotJob::finished);
    job.start();
    ConnectionRequest request;
    request.address = RoomAddress::parse(u"127.0.0.1:"_s + QString::number(deadPort));
    window.connectToRoom(request);
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.at(0).at(0).value<ScreenshotJob::Result>(),
             ScreenshotJob::Result::NotConnected);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"never.png"_s)));
    QVERIFY(find<QWidget>(&window, "errorFrame")->isVisible());
    QVERIFY(!labelText(&window, "errorLabel").isEmpty());
}

void TestMainWindow::screenshotWaitsForAddressBook()
{
    Fixture f;
    f.sim->setReplyDelay(u"getAbook"_s, 600);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.png"_s);
    ScreenshotJob job(f.controller.get(), f.window.get(), path);
    job.setSettleDelay(10);
    job.setReadyCondition([&f] { return f.window->isAddressBookSettled(); });
    QSignalSpy finished(&job, &ScreenshotJob::finished);
    QSignalSpy loaded(f.window->console()->peerModel(), &PeerListModel::loadedChanged);
    job.start();
    f.window->connectToRoom(f.request(Room::Role::Admin));
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.at(0).at(0).value<ScreenshotJob::Result>(), ScreenshotJob::Result::Written);
    // The picture was taken after the book arrived, not at startupCompleted.
    QCOMPARE(loaded.size(), 1);
}

void TestMainWindow::reconnectCanBeCancelled()
{
    RoomSimulator::Options options;
    auto sim = SimRoom::start(options);
    RoomController::Options fast = SimRoom::fastOptions();
    fast.transport.backoff.initialMs = 30000;
    fast.transport.backoff.maxMs = 30000;
    fast.transport.backoff.jitter = 0;
    RoomController controller(fast);
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    window.show();
    ConnectionRequest r;
    r.address = SimRoom::addressOf(*sim);
    r.credentials = RoomController::Credentials::unsecured(Room::Role::Admin);
    window.connectToRoom(r);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isReady(), kTimeout);

    sim->closeAllClients();
    QTRY_COMPARE_WITH_TIMEOUT(controller.connectionState(),
                              RoomController::ConnectionState::Reconnecting, kTimeout);
    auto *cancel = find<QPushButton>(&window, "cancelReconnectButton");
    QVERIFY(cancel->isVisible());
    saveShot(&window, u"reconnecting"_s);
    // Not signed in while the connection is down: no role to switch.
    QVERIFY(!find<QAction>(&window, "switchToUserAction")->isVisible());
    QVERIFY(!find<QAction>(&window, "signInAdminAction")->isVisible());
    QVERIFY(!cancel->accessibleName().isEmpty());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(controller.connectionState(), RoomController::ConnectionState::Disconnected);
    QVERIFY(!find<QWidget>(&window, "reconnectFrame")->isVisible());
    QVERIFY(!find<QAction>(&window, "retryAction")->isVisible());
}

void TestMainWindow::headerShowsServerAndRoomName()
{
    Fixture f;
    ConnectionRequest r = f.request(Room::Role::Admin);
    r.name = u"Board room"_s;
    f.window->connectToRoom(r);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QCOMPARE(labelText(f.window.get(), "addressLabel"),
             u"Board room — "_s + r.address.displayText());
    // getConnected names the server; until then the TrueConf ID's domain does.
    QTRY_COMPARE_WITH_TIMEOUT(labelText(f.window.get(), "serverLabel"),
                              u"Room 101 · server sim.trueconf.local"_s, kTimeout);
    QCOMPARE(RoomHeader::serverText(u"bob@video.example.net"_s, {}, 0, false),
             u"video.example.net"_s);
    QCOMPARE(RoomHeader::serverText({}, u"tc.example.org"_s, 4310, false),
             u"tc.example.org:4310"_s);
    QCOMPARE(RoomHeader::serverText({}, {}, 0, true), u"TrueConf Online"_s);

    // A login failure reads in words, and can be dismissed.
    f.sim->sendEvent(u"login"_s, QJsonObject { { u"result"_s, 3 } });
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(f.window.get(), "errorFrame")->isVisible(), kTimeout);
    QVERIFY2(labelText(f.window.get(), "errorLabel").contains(Room::loginResultText(3)),
             qPrintable(labelText(f.window.get(), "errorLabel")));
    auto *dismiss = find<QToolButton>(f.window.get(), "dismissErrorButton");
    QVERIFY(dismiss->isVisible());
    dismiss->click();
    QVERIFY(!find<QWidget>(f.window.get(), "errorFrame")->isVisible());
}

void TestMainWindow::displacedControllerSignsInAgain()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    QVERIFY(find<QAction>(f.window.get(), "switchToUserAction")->isVisible());

    // Another console signs in as Administrator: this one is displaced (cause 1).
    RoomController other(SimRoom::fastOptions());
    other.connectToRoom(SimRoom::addressOf(*f.sim),
                        RoomController::Credentials::unsecured(Room::Role::Admin));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->connectionState(),
                              RoomController::ConnectionState::Unauthorized, kTimeout);
    // Plainly: who (in which mode) took over, and when; Reclaim, never an automatic fight.
    const QString error = labelText(f.window.get(), "errorLabel");
    QVERIFY2(error.contains(u"Another controller signed in as Administrator at "_s),
             qPrintable(error));
    QVERIFY2(error.contains(f.controller->displacedAt().toString(u"HH:mm"_s)), qPrintable(error));
    QVERIFY2(error.contains(u"took over"_s), qPrintable(error));
    QCOMPARE(find<QPushButton>(f.window.get(), "signInButton")->text(), u"Recla&im"_s);
    // The address book does not pretend to be live: greyed out, and it says so.
    auto *book = find<AddressBookPanel>(f.window.get(), "addressBookPanel");
    QVERIFY(!book->isLive());
    QVERIFY(!find<QListView>(f.window.get(), "peerView")->isEnabled());
    QVERIFY2(labelText(f.window.get(), "peerCountLabel").contains(u"not live"_s),
             qPrintable(labelText(f.window.get(), "peerCountLabel")));
    // Nor does the call view: no "free for a call" while signed out.
    QVERIFY(!labelText(f.window.get(), "conferenceDetailLabel").contains(u"free for a call"_s));
    QCOMPARE(labelText(f.window.get(), "roleBadgeLabel"), Room::roleName(Room::Role::None));
    // Nothing admin-only (nor anything else) remains available.
    QVERIFY(!find<QAction>(f.window.get(), "switchToUserAction")->isVisible());
    QVERIFY(!find<QAction>(f.window.get(), "signInAdminAction")->isVisible());
    QVERIFY(!find<QAction>(f.window.get(), "callAction")->isEnabled());
    auto *signIn = find<QPushButton>(f.window.get(), "signInButton");
    QVERIFY(signIn->isVisible());
    saveShot(f.window.get(), u"displaced"_s);
    QVERIFY(find<QLineEdit>(f.window.get(), "signInSecretEdit")->isVisible());

    // Taking the room back: the same credentials, the same role.
    other.disconnectFromRoom();
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QCOMPARE(f.controller->role(), Room::Role::Admin);
    QVERIFY(!signIn->isVisible());
    QVERIFY(find<QAction>(f.window.get(), "switchToUserAction")->isVisible());
    QVERIFY(book->isLive());
    QVERIFY(find<QListView>(f.window.get(), "peerView")->isEnabled());
}

void TestMainWindow::shortcutsReachTheirTargets()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));

    const auto shortcuts = [w](const char *name) {
        return find<QAction>(w, name)->shortcuts();
    };
    QVERIFY(shortcuts("callAction").contains(QKeySequence(u"Ctrl+Return"_s)));
    QVERIFY(shortcuts("callAction").contains(QKeySequence(u"Ctrl+Enter"_s)));
    QVERIFY(shortcuts("callAction").contains(QKeySequence(Qt::Key_F5)));
    QCOMPARE(find<QAction>(w, "hangUpAction")->shortcut(), QKeySequence(u"Ctrl+H"_s));
    QCOMPARE(find<QAction>(w, "connectAction")->shortcut(), QKeySequence(u"Ctrl+N"_s));
    QCOMPARE(find<QAction>(w, "retryAction")->shortcut(), QKeySequence(u"Ctrl+R"_s));
    QCOMPARE(find<QShortcut>(w, "escapeShortcut")->key(), QKeySequence(Qt::Key_Escape));

    auto *dial = find<QLineEdit>(w, "dialEdit");
    auto *search = find<QLineEdit>(w, "searchEdit");
    QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dial->hasFocus());
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dial->hasFocus());

    // Esc first clears the field it is in; with nothing to hang up it does nothing else.
    QTest::keyClicks(dial, u"bob@srv"_s);
    QTest::keyClick(dial, Qt::Key_Escape);
    QVERIFY(dial->text().isEmpty());
    QTest::keyClick(dial, Qt::Key_Escape);
    QVERIFY(!f.sim->receivedMethods().contains(u"hangUp"_s));

    // Ctrl+Enter calls what the field holds.
    QTest::keyClicks(dial, u"bob@srv"_s);
    QTest::keyClick(dial, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(f.sim->receivedMethods().contains(u"call"_s), kTimeout);
}

void TestMainWindow::dialHistoryIsPerRoom()
{
    DialPanel first;
    first.setHistoryRoom(u"10.0.0.1:8766#"_s);
    first.rememberTarget(u"alice@srv"_s);
    first.setHistoryRoom(u"10.0.0.2:8766#"_s);
    QVERIFY(first.history().isEmpty());
    first.rememberTarget(u"bob@srv"_s);
    // Another console of the first room finds the first room's history, and only that.
    DialPanel again;
    again.setHistoryRoom(u"10.0.0.1:8766#"_s);
    QCOMPARE(again.history(), QStringList { u"alice@srv"_s });
    again.setHistoryRoom(u"10.0.0.2:8766#"_s);
    QCOMPARE(again.history(), QStringList { u"bob@srv"_s });
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    QStringList unnamed;
    const auto check = [&unnamed](QWidget *w) {
        // Qt's own internals (scroll bars, the line edit's clear button, tab bars) name
        // themselves; ours all have an object name.
        if (w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"_s)
            || w->objectName().startsWith(u"_q_"_s))
            return;
        if (w->accessibleName().isEmpty())
            unnamed << w->objectName();
    };
    for (QWidget *w : f.window->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w))
            check(w);
    }
    ConnectDialog dialog;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w))
            check(w);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::readableInDarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6b, 0xc8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    {
        Fixture f;
        QVERIFY(f.connect(Room::Role::Admin));
        const QColor window = f.window->palette().color(QPalette::Window);
        const auto contrast = [&window](const QLabel *label) {
            return std::abs(label->palette().color(QPalette::WindowText).lightness()
                            - window.lightness());
        };
        for (const char *name :
             { "connectionStateLabel", "appStateLabel", "trueConfIdLabel", "serverLabel",
               "addressLabel", "conferenceTitleLabel", "dialStatusLabel", "peerCountLabel" })
            QVERIFY2(contrast(find<QLabel>(f.window.get(), name)) > 90, name);
        // Neutral icon strokes follow the palette: the search glass is light on dark.
        const QImage glass = SvgIcon::pixmap(u"search"_s, QSize(16, 16)).toImage();
        int lightest = 0;
        for (int y = 0; y < glass.height(); ++y)
            for (int x = 0; x < glass.width(); ++x)
                if (qAlpha(glass.pixel(x, y)) > 200)
                    lightest = std::max(lightest, QColor(glass.pixel(x, y)).lightness());
        QVERIFY2(lightest > 180, qPrintable(QString::number(lightest)));
        // In a call too (banner, participants, keypad), where most colour is.
        f.window->console()->placeCall(u"\\c\\Dark room"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->participantModel()->rowCount() > 1, true,
                                  kTimeout);
        QVERIFY(!f.window->grab().isNull());
        saveShot(f.window.get(), u"dark-conference"_s);
    }
    QApplication::setPalette(original);
}

void TestMainWindow::geometryAndSplittersAreRemembered()
{
    QSettings().clear();
    QByteArray body;
    {
        RoomController controller;
        MainWindow window(&controller);
        window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
        // The default size, unless the screen is smaller.
        QCOMPARE(
            window.size(),
            MainWindow::defaultSize().boundedTo(QApplication::primaryScreen()->availableSize()));
        window.show();
        window.resize(1000, 700);
        auto *splitter = find<QSplitter>(&window, "bodySplitter");
        splitter->setSizes({ 280, 700 });
        body = splitter->saveState();
        window.close();
    }
    RoomController controller;
    MainWindow window(&controller);
    window.setDialogPresenter(std::make_unique<ScriptedPresenter>());
    QCOMPARE(window.size(), QSize(1000, 700));
    QCOMPARE(find<QSplitter>(&window, "bodySplitter")->saveState(), body);
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::connectDialogTakesThePinFromARoomLink()
{
    // What the QR code on a room's screen carries: the PIN signs in, as User, and never
    // becomes part of the address that Recent rooms keep.
    ConnectDialog dialog;
    auto *edit = find<QLineEdit>(&dialog, "addressEdit");
    // Typed: the PIN is not cut off at its first character; leaving the field splits it.
    QTest::keyClicks(edit, u"http://10.0.0.5:8088/4711ab"_s);
    QCOMPARE(edit->text(), u"http://10.0.0.5:8088/4711ab"_s);
    Q_EMIT edit->editingFinished();
    QCOMPARE(edit->text(), u"http://10.0.0.5:8088"_s);
    QCOMPARE(find<QLineEdit>(&dialog, "secretEdit")->text(), u"4711ab"_s);
    // Pasted: split at once.
    edit->clear();
    find<QLineEdit>(&dialog, "secretEdit")->clear();
    QApplication::clipboard()->setText(u"http://10.0.0.5:8088/4711ab"_s);
    edit->paste();
    QCOMPARE(edit->text(), u"http://10.0.0.5:8088"_s);
    QCOMPARE(find<QLineEdit>(&dialog, "secretEdit")->text(), u"4711ab"_s);
    QVERIFY(dialog.isInputValid());
    const ConnectionRequest request = dialog.request();
    QCOMPARE(request.credentials.secret, u"4711ab"_s);
    QCOMPARE(request.credentials.role, Room::Role::User);
    QVERIFY(!request.addressText.contains(u"4711ab"_s));
    QVERIFY(!request.savedRoom().address.contains(u"4711ab"_s));
    QCOMPARE(request.address.webPort, quint16(8088));

    // Even a request built elsewhere never remembers the PIN of a link.
    ConnectionRequest raw;
    raw.addressText = u"http://10.0.0.5:8088/4711ab"_s;
    QCOMPARE(raw.savedRoom().address, u"http://10.0.0.5:8088"_s);
}

void TestMainWindow::connectDialogForgetsThePreviousRoom()
{
    // The suggestion is the last room; typing another address must not carry its name (nor a
    // secret that came with it) over to the new room.
    ConnectDialog dialog;
    ConnectionRequest last;
    last.addressText = u"10.0.0.5:8088"_s;
    last.name = u"Board room"_s;
    dialog.setSuggestion(last);
    auto *name = find<QLineEdit>(&dialog, "nameEdit");
    auto *edit = find<QLineEdit>(&dialog, "addressEdit");
    QCOMPARE(name->text(), u"Board room"_s);
    edit->selectAll();
    QTest::keyClicks(edit, u"10.0.0.9:8088"_s);
    QCOMPARE(name->text(), QString());
    QCOMPARE(dialog.request().name, QString());

    // A name the operator typed stays.
    name->setText(u"Lab"_s);
    QTest::keyClicks(edit, u"0"_s);
    QCOMPARE(name->text(), u"Lab"_s);
}

void TestMainWindow::fallbackPortIsConfirmedFirst_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("declined") << false;
    QTest::newRow("accepted") << true;
}

void TestMainWindow::fallbackPortIsConfirmedFirst()
{
    QFETCH(bool, accept);
    // The operator typed a wrong control-panel port: config.json cannot be read, but a room
    // answers on the default WebSocket port of that host. It may be another room.
    auto sim = SimRoom::start();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 wrongPort = closed.serverPort();
    closed.close();
    RoomController::Options options = SimRoom::fastOptions();
    options.transport.fallbackToDefaultPorts = true;
    options.transport.fallbackWsPort = sim->wsPort();
    RoomController controller(options);
    MainWindow window(&controller);
    auto scripted = std::make_unique<ScriptedPresenter>();
    ScriptedPresenter *presenter = scripted.get();
    presenter->chooseAnswer = accept ? 0 : 1;
    window.setDialogPresenter(std::move(scripted));
    window.show();

    ConnectionRequest request;
    request.addressText = u"127.0.0.1:"_s + QString::number(wrongPort);
    request.address = RoomAddress::parse(request.addressText);
    request.credentials = RoomController::Credentials::unsecured(Room::Role::Admin);
    request.secretPolicy = ConnectionRequest::SecretPolicy::Forget;
    QSignalSpy asked(&controller, &RoomController::fallbackNeedsConfirmation);
    window.connectToRoom(request);
    QVERIFY(asked.wait(kTimeout));
    // Nothing signed in before the operator answered.
    QCOMPARE(sim->authorizedCount(u"admin"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(presenter->asked.contains(u"Room Found Only on the Default Port"_s),
                             kTimeout);
    QVERIFY2(presenter->lastText.contains(sim->wsUrl().toDisplayString()),
             qPrintable(presenter->lastText));

    QSettings settings;
    if (accept) {
        QTRY_VERIFY_WITH_TIMEOUT(controller.isReady(), kTimeout);
        QCOMPARE(sim->authorizedCount(u"admin"_s), 1);
        QCOMPARE(SavedRooms::load(settings).size(), 1);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(controller.connectionState(),
                                  RoomController::ConnectionState::Disconnected, kTimeout);
        QCOMPARE(sim->authorizedCount(u"admin"_s), 0);
        // The wrong address is not remembered.
        QCOMPARE(SavedRooms::load(settings).size(), 0);
    }
}

#include "tst_mainwindow.moc"
