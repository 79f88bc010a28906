// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The protocol inspector page driven offscreen against the strict simulator: filter, select,
// copy (JSON and command line), edit and resend, the editor's live validation (Send disabled
// while invalid, admin-only refused at User level), pause, recordings saved and opened (a bad
// one shown as an error, never a crash), the separate window, and the page in the console.

#include "core/inspector/framefiltermodel.h"
#include "core/inspector/framelog.h"
#include "core/session/roomsession.h"
#include "gui/pages/inspectorpage.h"
#include "guitest.h"
#include "simroom.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using GuiTest::find;
using Creds = RoomController::Credentials;

namespace {

//! A barrier: one request and its reply (two frames); what was sent before reached the room.
bool roundTrip(RoomController &controller)
{
    bool answered = false;
    QObject context;
    controller.sendRequest(u"getAppState"_s, {}, &context,
                           [&answered](const RequestOutcome &o) { answered = o.ok(); });
    return QTest::qWaitFor([&answered] { return answered; }, GuiTest::kTimeout);
}

struct OneRoom
{
    bool start(const Creds &creds, RoomSimulator::Options options = {})
    {
        options.strict = true;
        sim = SimRoom::start(options);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        page = std::make_unique<InspectorPage>(session.get(), &presenter);
        page->resize(1000, 640);
        page->show();
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), creds);
        return QTest::qWaitFor([this] { return session->controller()->isReady(); },
                               GuiTest::kTimeout)
            && QTest::qWaitForWindowExposed(page.get());
    }

    QTableView *view() const { return find<QTableView>(page.get(), "frameView"); }
    QPlainTextEdit *editor() const { return find<QPlainTextEdit>(page.get(), "requestEditor"); }
    QPushButton *sendButton() const { return find<QPushButton>(page.get(), "sendRequestButton"); }
    QString validation() const { return GuiTest::labelText(page.get(), "requestValidationLabel"); }

    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    GuiTest::ScriptedPresenter presenter;
    std::unique_ptr<InspectorPage> page;
};

} // namespace

class tst_InspectorPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::initSettings(u"tst_inspectorpage"_s); }
    void filterSelectCopyAndSend();
    void editorValidatesAsYouType();
    void adminOnlyIsRefusedAtUserLevel();
    void pauseShowsWhatWasMissed();
    void recordingsSaveAndOpen();
    void windowOfItsOwn();
    void theConsoleHasTheInspector();
};

void tst_InspectorPage::filterSelectCopyAndSend()
{
    OneRoom r;
    QVERIFY(r.start(Creds::unsecured()));
    FrameLog *log = r.session->frameLog();
    QTRY_COMPARE(log->pendingCount(), 0);
    QVERIFY(log->rowCount() >= 10);
    QVERIFY(GuiTest::labelText(r.page.get(), "frameLimitsLabel").contains(u"of 16 MiB"_s));
    QCOMPARE(GuiTest::labelText(r.page.get(), "frameSourceLabel"), u"Live"_s);

    // Filter by method, then by kind: the startup burst's getAppState request alone.
    QTest::keyClicks(find<QLineEdit>(r.page.get(), "frameFilterEdit"), u"method:getappstate"_s);
    auto *kind = find<QComboBox>(r.page.get(), "frameKindCombo");
    kind->setCurrentIndex(kind->findData(int(FrameLog::Kind::Request)));
    QTableView *view = r.view();
    const int requests = view->model()->rowCount();
    QVERIFY(requests >= 1);
    view->setCurrentIndex(view->model()->index(0, FrameLog::NameColumn));
    const int row = r.page->currentRow();
    QCOMPARE(log->frame(row).name, u"getAppState"_s);
    const QString details = find<QPlainTextEdit>(r.page.get(), "frameDetailsView")->toPlainText();
    QVERIFY2(details.contains(u"\"method\": \"getAppState\""_s), qPrintable(details));
    QVERIFY(view->model()->index(0, FrameLog::LatencyColumn).data().toString().endsWith(u" ms"_s));

    // Copy as JSON and as a command line.
    QTest::mouseClick(find<QPushButton>(r.page.get(), "copyFrameJsonButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), log->indentedJson(row));
    QTest::mouseClick(find<QPushButton>(r.page.get(), "copyFrameCommandButton"), Qt::LeftButton);
    const QString line = QGuiApplication::clipboard()->text();
    QVERIFY2(line.startsWith(u"roomdeckctl --room '127.0.0.1:"_s), qPrintable(line));
    QVERIFY(line.endsWith(u"send '{\"method\":\"getAppState\"}'"_s));
    QVERIFY(GuiTest::labelText(r.page.get(), "inspectorStatusLabel").contains(u"***"_s));

    // Edit and Resend: the request in the editor, valid, sent; the answer shown.
    const int before = int(r.sim->receivedMethods().count(u"getAppState"_s));
    QTest::mouseClick(find<QPushButton>(r.page.get(), "editAndResendButton"), Qt::LeftButton);
    QVERIFY(r.editor()->toPlainText().contains(u"\"method\": \"getAppState\""_s));
    QVERIFY(!r.editor()->toPlainText().contains(u"requestId"_s));
    QVERIFY2(r.validation().startsWith(u"Ready to send"_s), qPrintable(r.validation()));
    QVERIFY(r.sendButton()->isEnabled());
    QTest::mouseClick(r.sendButton(), Qt::LeftButton);
    auto *result = find<QPlainTextEdit>(r.page.get(), "requestResultView");
    QTRY_VERIFY2(result->toPlainText().startsWith(u"Reply in "_s),
                 qPrintable(result->toPlainText()));
    QVERIFY(result->toPlainText().contains(u"\"result\": true"_s));
    GuiTest::saveShot(r.page.get(), u"inspector-sent"_s);
    QCOMPARE(int(r.sim->receivedMethods().count(u"getAppState"_s)), before + 1);
    // The filtered table shows the new request too.
    QTRY_COMPARE(view->model()->rowCount(), requests + 1);
    QCOMPARE(r.sim->violations(), QStringList());
}

void tst_InspectorPage::editorValidatesAsYouType()
{
    OneRoom r;
    QVERIFY(r.start(Creds::unsecured()));
    QVERIFY(!r.sendButton()->isEnabled());
    r.editor()->setPlainText(u"{\n  \"method\": \"setMicMute\",\n  \"mute\" true\n}"_s);
    QVERIFY2(r.validation().contains(u"line 3"_s), qPrintable(r.validation()));
    QVERIFY(!r.sendButton()->isEnabled());
    r.editor()->setPlainText(u"{\"method\":\"makeCoffee\"}"_s);
    QVERIFY(r.validation().contains(u"not a method"_s));
    QVERIFY(!r.sendButton()->isEnabled());
    r.editor()->setPlainText(u"{\"method\":\"setMicMute\",\"mute\":1}"_s);
    QVERIFY(r.validation().contains(u"true or false"_s));
    QVERIFY(!r.sendButton()->isEnabled());
    r.editor()->setPlainText(u"{\"method\":\"setMicMute\",\"mute\":true}"_s);
    QVERIFY(r.sendButton()->isEnabled());
    QTest::mouseClick(r.sendButton(), Qt::LeftButton);
    auto *result = find<QPlainTextEdit>(r.page.get(), "requestResultView");
    QTRY_VERIFY(result->toPlainText().startsWith(u"Reply in "_s));
    QCOMPARE(r.sim->receivedMethods().count(u"setMicMute"_s), 1);
    // Signed out: valid text, but nothing to send to.
    r.session->controller()->disconnectFromRoom();
    QTRY_VERIFY(!r.sendButton()->isEnabled());
}

void tst_InspectorPage::adminOnlyIsRefusedAtUserLevel()
{
    OneRoom r;
    QVERIFY(r.start(Creds::unsecured(Room::Role::User)));
    r.editor()->setPlainText(u"{\"method\":\"rebootSystem\"}"_s);
    QVERIFY2(r.validation().contains(u"needs Administrator access"_s), qPrintable(r.validation()));
    QVERIFY(!r.sendButton()->isEnabled());
    QTest::mouseClick(r.sendButton(), Qt::LeftButton);
    QVERIFY(roundTrip(*r.session->controller()));
    QVERIFY(!r.sim->receivedMethods().contains(u"rebootSystem"_s));
}

void tst_InspectorPage::pauseShowsWhatWasMissed()
{
    OneRoom r;
    QVERIFY(r.start(Creds::unsecured()));
    QTRY_COMPARE(r.session->frameLog()->pendingCount(), 0);
    auto *pause = find<QPushButton>(r.page.get(), "pauseFramesButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(r.session->frameLog()->isPaused());
    QCOMPARE(pause->text(), u"Resume"_s);
    const int rows = r.session->frameLog()->rowCount();
    QVERIFY(roundTrip(*r.session->controller()));
    QCOMPARE(r.session->frameLog()->rowCount(), rows);
    QVERIFY(
        GuiTest::labelText(r.page.get(), "frameLimitsLabel").contains(u"2 missed while paused"_s));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!r.session->frameLog()->isPaused());
    QCOMPARE(pause->text(), u"Pause"_s);
    QTest::mouseClick(find<QPushButton>(r.page.get(), "clearFramesButton"), Qt::LeftButton);
    QCOMPARE(r.view()->model()->rowCount(), 0);
}

void tst_InspectorPage::recordingsSaveAndOpen()
{
    RoomSimulator::Options options;
    options.pin = u"918273"_s;
    OneRoom r;
    QVERIFY(r.start(Creds::withSecret(u"918273"_s, Room::Role::User), options));
    QTRY_COMPARE(r.session->frameLog()->pendingCount(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"room.jsonl"_s);
    r.presenter.saveAnswers = QStringList { path };
    QTest::mouseClick(find<QPushButton>(r.page.get(), "saveRecordingButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("{\"format\":\"roomdeck-recording\""));
    QVERIFY(!bytes.contains("918273"));

    r.presenter.openAnswers = QStringList { path };
    QTest::mouseClick(find<QPushButton>(r.page.get(), "openRecordingButton"), Qt::LeftButton);
    QCOMPARE(GuiTest::labelText(r.page.get(), "frameSourceLabel"), u"Recording: room.jsonl"_s);
    QVERIFY(r.page->shownLog() != r.session->frameLog());
    QCOMPARE(r.view()->model()->rowCount(), r.page->shownLog()->rowCount());
    auto *live = find<QPushButton>(r.page.get(), "showLiveButton");
    QVERIFY(live->isVisible());
    QVERIFY(!find<QPushButton>(r.page.get(), "pauseFramesButton")->isEnabled());

    // A bad file: a visible error, the recording on show stays.
    const QString bad = dir.filePath(u"bad.jsonl"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\":\"roomdeck-recording\",\"version\":2}\n");
    badFile.close();
    r.presenter.openAnswers = QStringList { bad };
    QTest::mouseClick(find<QPushButton>(r.page.get(), "openRecordingButton"), Qt::LeftButton);
    QVERIFY(r.presenter.asked.contains(u"Open Recording"_s));
    QVERIFY(GuiTest::labelText(r.page.get(), "inspectorStatusLabel").contains(u"version 2"_s));
    QCOMPARE(GuiTest::labelText(r.page.get(), "frameSourceLabel"), u"Recording: room.jsonl"_s);

    QTest::mouseClick(live, Qt::LeftButton);
    QCOMPARE(r.page->shownLog(), r.session->frameLog());
    QCOMPARE(GuiTest::labelText(r.page.get(), "frameSourceLabel"), u"Live"_s);
    QVERIFY(!live->isVisible());
}

void tst_InspectorPage::windowOfItsOwn()
{
    OneRoom r;
    QVERIFY(r.start(Creds::unsecured()));
    QTRY_COMPARE(r.session->frameLog()->pendingCount(), 0);
    QPointer<InspectorPage> window = r.page->openWindow();
    QVERIFY(window);
    QVERIFY(window->isWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window.data()));
    QVERIFY2(window->windowTitle().startsWith(u"Inspector — "_s),
             qPrintable(window->windowTitle()));
    QCOMPARE(window->shownLog(), r.session->frameLog());
    QCOMPARE(window->frameView()->model()->rowCount(), r.view()->model()->rowCount());
    // Filters are the window's own.
    QTest::keyClicks(find<QLineEdit>(window.data(), "frameFilterEdit"), u"id:nothing-like-it"_s);
    QCOMPARE(window->frameView()->model()->rowCount(), 0);
    QVERIFY(r.view()->model()->rowCount() > 0);
    GuiTest::saveShot(window.data(), u"inspector-window"_s);
    window->close();
    QTRY_VERIFY(window.isNull());
    const int rows = r.view()->model()->rowCount();
    QVERIFY(roundTrip(*r.session->controller()));
    QVERIFY(r.view()->model()->rowCount() >= rows + 2);
}

void tst_InspectorPage::theConsoleHasTheInspector()
{
    GuiTest::Fixture f;
    QVERIFY(f.connect(Room::Role::User));
    auto *page = find<InspectorPage>(f.window.get(), "inspectorPage");
    QVERIFY(page->shownLog());
    QVERIFY(page->shownLog()->rowCount() > 0);
    QVERIFY(f.window->console()->showPage(u"inspector"_s));
    QVERIFY(page->isVisible());
}

QTEST_MAIN(tst_InspectorPage)
#include "tst_inspectorpage.moc"
