// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/controller/roomcontroller.h"
#include "core/models/eventlogmodel.h"
#include "gui/demo/demoroom.h"
#include "gui/dialogs/connectdialog.h"
#include "gui/mainwindow.h"
#include "gui/panels/eventlogpanel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/screenshotjob.h"
#include "sim/roomsimulator.h"
#include "simroom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 10000;

//! Answers modal questions from a script instead of opening dialogs.
class ScriptedPresenter final : public DialogPresenter
{
public:
    ScriptedPresenter() = default;
    Q_DISABLE_COPY_MOVE(ScriptedPresenter)

    std::deque<std::optional<ConnectionRequest>> connectAnswers;
    int connectAsked = 0;
    ConnectionRequest lastSuggestion;
    QStringList messages;

    std::optional<ConnectionRequest> askForConnection(QWidget *,
                                                      const ConnectionRequest &suggestion) override
    {
        ++connectAsked;
        lastSuggestion = suggestion;
        if (connectAnswers.empty())
            return std::nullopt;
        auto answer = connectAnswers.front();
        connectAnswers.pop_front();
        return answer;
    }
    void showInformation(QWidget *, const QString &title, const QString &) override
    {
        messages << title;
    }
    void showError(QWidget *, const QString &title, const QString &) override { messages << title; }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
};

template<typename T> T *find(QWidget *root, const char *name)
{
    auto *child = root->findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

QString labelText(QWidget *root, const char *name)
{
    return find<QLabel>(root, name)->text();
}

ConnectionRequest demoRequest(const DemoRoom &demo)
{
    ConnectionRequest r;
    r.address = demo.address();
    r.credentials = DemoRoom::credentials();
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
    void connectDialogValidatesAddress();
    void screenshotJobWritesPng();
    void screenshotJobReportsUnreachableRoom();
};

void TestMainWindow::initTestCase()
{
    // Keeps window geometry and the remembered address out of the developer's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RoomDeck"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
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
    QCOMPARE(script->lastSuggestion.addressText, request.addressText);
    QCOMPARE(script->lastSuggestion.credentials.role, Room::Role::User);
    QVERIFY(script->lastSuggestion.credentials.secret.isEmpty());

    find<QAction>(&window, "aboutAction")->trigger();
    QCOMPARE(script->messages, QStringList { u"About RoomDeck"_s });
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

    EventLogModel *log = window.eventLog();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
