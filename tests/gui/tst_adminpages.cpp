// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/http/brandingupload.h"
#include "core/models/brandingstate.h"
#include "core/models/eventlogmodel.h"
#include "core/models/securitystate.h"
#include "core/models/serveraccountstate.h"
#include "gui/demo/demoroom.h"
#include "gui/panels/brandingimageeditor.h"
#include "gui/panels/brandingpanel.h"
#include "gui/panels/powerpanel.h"
#include "gui/panels/securitypanel.h"
#include "gui/panels/serverpanel.h"
#include "gui/widgets/roomscreenpreview.h"
#include "guitest.h"
#include "simroom.h"
#include "testimages.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Target = BrandingUpload::Target;

namespace {

int countOf(const QStringList &list, const QString &value)
{
    return int(list.count(value));
}

//! A room that accepts everything at once: the tests wait for signals, not for timers.
RoomSimulator::Options quickRoom()
{
    RoomSimulator::Options o;
    o.serverDelayMs = 20;
    o.ringDelayMs = 50;
    return o;
}

} // namespace

class TestAdminPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void previewPlacesTheLogoLikeTheRoom();
    void uploadShowsProgressAndTheNewLogo();
    void retriesOnceAfter401();
    void expiredTokenChangesNothing();
    void refusesBadFilesBeforeUpload_data();
    void refusesBadFilesBeforeUpload();
    void cancelLeavesTheLogoUnchanged();
    void resetAsksFirst();
    void backgroundUpload();
    void demoAdministratorUploadsLogo();

    void rebootAsksThenReconnectsOnNewPort();
    void powerInConferenceOffersEndingItForAll();
    void quitAppDeclinedSendsNothing();

    void serverConnectLoginLogout();

    void protectionShowsGeneratedPin();
    void ownPasswordChangeKeepsTheConsoleSignedIn();
    void licenceActivationAndHardwareKey();

private:
    QTemporaryDir m_dir;
};

void TestAdminPages::initTestCase()
{
    initSettings(u"tst_adminpages"_s);
    QVERIFY(m_dir.isValid());
}

// --- branding ------------------------------------------------------------------------------

void TestAdminPages::previewPlacesTheLogoLikeTheRoom()
{
    // Mode 0 fits into 440×82 keeping the aspect; mode 1 is unscaled; both sit at the lower
    // left of the 1920×1080 screen.
    const int bottom = RoomScreenPreview::kScreen.height() - RoomScreenPreview::kMargin;
    QCOMPARE(RoomScreenPreview::logoRect({ 600, 120 }, 0),
             QRect(RoomScreenPreview::kMargin, bottom - 82, 410, 82));
    QCOMPARE(RoomScreenPreview::logoRect({ 600, 120 }, 1),
             QRect(RoomScreenPreview::kMargin, bottom - 120, 600, 120));
    QCOMPARE(RoomScreenPreview::logoRect({ 200, 40 }, 0),
             QRect(RoomScreenPreview::kMargin, bottom - 40, 200, 40));
}

void TestAdminPages::uploadShowsProgressAndTheNewLogo()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    QVERIFY(f.window->console()->isPageShown(f.window->console()->brandingPanel()));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->logo().known, kTimeout);
    QVERIFY(!f.window->console()->branding()->logo().isCustom);

    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    // A noisy 600×120 PNG: about 200 KiB, so the upload reports progress on its way.
    const QString path = m_dir.filePath(u"wide-logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 600, 120 }, true)));
    f.presenter->openAnswers << path;
    find<QPushButton>(editor, "chooseButton")->click();
    QVERIFY(editor->candidate().ok());
    QCOMPARE(editor->candidate().size, QSize(600, 120));
    QVERIFY2(labelText(editor, "infoLabel").contains(u"600 × 120"_s),
             qPrintable(labelText(editor, "infoLabel")));
    // Wider than the logo area: the operator is told how the room will shrink it.
    auto *warning = find<QLabel>(editor, "warningLabel");
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(u"410 × 82"_s), qPrintable(warning->text()));

    auto *progressBar = find<QProgressBar>(editor, "progressBar");
    auto *cancel = find<QPushButton>(editor, "cancelButton");
    QVERIFY(progressBar->isHidden());
    bool barShownWhileUploading = false;
    connect(editor->upload(), &BrandingUpload::progress, this,
            [&] { barShownWhileUploading = !progressBar->isHidden() && !cancel->isHidden(); });
    QSignalSpy progress(editor->upload(), &BrandingUpload::progress);
    QSignalSpy succeeded(editor->upload(), &BrandingUpload::succeeded);
    QSignalSpy failed(editor->upload(), &BrandingUpload::failed);
    auto *upload = find<QPushButton>(editor, "uploadButton");
    QVERIFY(upload->isEnabled());
    upload->click();
    QVERIFY(!upload->isEnabled()); // one upload at a time
    QVERIFY(succeeded.wait(kTimeout));
    QCOMPARE(failed.size(), 0);

    QVERIFY(!progress.isEmpty());
    QVERIFY(barShownWhileUploading);
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
    QVERIFY(last.at(1).toLongLong() > editor->candidate().data.size());

    // The FileId of the upload is what setLogo carried: the room's event reports it back.
    const int fileId = succeeded.first().at(1).toInt();
    QVERIFY(f.sim->hasFile(fileId));
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->branding()->logo().fileId, fileId, kTimeout);
    QVERIFY(f.window->console()->branding()->logo().isCustom);
    QCOMPARE(f.window->console()->branding()->logo().mode, 0);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 1);
    // In words, without the room's file number (that is in the tooltip).
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(editor, "currentLabel")->toolTip().contains(QString::number(fileId)),
        kTimeout);
    QVERIFY(!labelText(editor, "currentLabel").contains(u"file"_s));
    QVERIFY(progressBar->isHidden());
    QVERIFY2(labelText(editor, "statusLabel").contains(u"wide-logo.png"_s),
             qPrintable(labelText(editor, "statusLabel")));
    find<QTabWidget>(f.window.get(), "pageTabWidget")
        ->setCurrentWidget(f.window->console()->brandingPanel());
    saveShot(f.window.get(), u"admin-branding-uploaded"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestAdminPages::retriesOnceAfter401()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    const QString path = m_dir.filePath(u"logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 200, 40 })));
    editor->chooseFile(path);

    f.sim->setHttpTokenExpiries(1); // the first token runs out on its way
    QSignalSpy succeeded(editor->upload(), &BrandingUpload::succeeded);
    QVERIFY(editor->startUpload());
    QVERIFY(succeeded.wait(kTimeout));
    QCOMPARE(countOf(f.sim->receivedMethods(), u"getTokenForHttpServer"_s), 2);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->logo().isCustom, kTimeout);
}

void TestAdminPages::expiredTokenChangesNothing()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    const QString path = m_dir.filePath(u"logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 200, 40 })));
    editor->chooseFile(path);

    f.sim->setHttpTokenExpiries(2); // the retry's fresh token is refused too
    QSignalSpy failed(editor->upload(), &BrandingUpload::failed);
    QVERIFY(editor->startUpload());
    QVERIFY(failed.wait(kTimeout));
    QCOMPARE(failed.first().at(2).toBool(), false); // not a cancel
    const QString status = labelText(editor, "statusLabel");
    QVERIFY2(status.startsWith(u"Not changed"_s) && status.contains(u"401"_s), qPrintable(status));
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 0);
    QVERIFY(!f.window->console()->branding()->logo().isCustom);
    QVERIFY(find<QPushButton>(editor, "uploadButton")->isEnabled()); // may try again
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestAdminPages::refusesBadFilesBeforeUpload_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("sparseSize"); // > 0: a file of that size, all zeros
    QTest::addColumn<QString>("expected");

    const QByteArray png = TestImages::png({ 120, 40 }, true);
    QTest::newRow("text") << u"notes.png"_s << QByteArray("meeting notes, not a picture")
                          << qint64(0) << u"not an image"_s;
    QByteArray corrupt = png.left(33); // the PNG signature and IHDR, then garbage
    corrupt.append(QByteArray(4096, '\x5a'));
    QTest::newRow("corrupt png") << u"corrupt.png"_s << corrupt << qint64(0) << u"damaged"_s;
    QTest::newRow("truncated png")
        << u"truncated.png"_s << png.left(png.size() / 2) << qint64(0) << u"damaged"_s;
    QTest::newRow("50 MB") << u"huge.png"_s << QByteArray() << qint64(50) * 1024 * 1024
                           << u"too large"_s;
    QTest::newRow("empty") << u"empty.png"_s << QByteArray("") << qint64(0) << u"empty"_s;
    QTest::newRow("missing") << u"missing.png"_s << QByteArray() << qint64(0)
                             << u"does not exist"_s;
    QImage bmp(32, 32, QImage::Format_RGB32);
    bmp.fill(Qt::red);
    QByteArray bmpBytes;
    {
        QBuffer buffer(&bmpBytes);
        buffer.open(QIODevice::WriteOnly);
        bmp.save(&buffer, "BMP");
    }
    QTest::newRow("bmp") << u"logo.bmp"_s << bmpBytes << qint64(0) << u"PNG and JPEG only"_s;
}

void TestAdminPages::refusesBadFilesBeforeUpload()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, sparseSize);
    QFETCH(QString, expected);

    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    if (sparseSize > 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(sparseSize));
    } else if (fileName != u"missing.png"_s) {
        QVERIFY(TestImages::write(path, bytes));
    }

    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->logo().known, kTimeout);
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    f.presenter->openAnswers << path;
    find<QPushButton>(editor, "chooseButton")->click();

    QVERIFY(!editor->candidate().ok());
    const QString info = labelText(editor, "infoLabel");
    QVERIFY2(info.contains(expected), qPrintable(info));
    // Every refusal names the file the same way: by its name, not its full path.
    QVERIFY2(!info.contains(m_dir.path()), qPrintable(info));
    QVERIFY(!find<QPushButton>(editor, "uploadButton")->isEnabled());
    QVERIFY(!editor->startUpload());
    // Nothing reached the room: no token, no upload, no setLogo.
    QCOMPARE(countOf(f.sim->receivedMethods(), u"getTokenForHttpServer"_s), 0);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 0);
    QVERIFY(!f.sim->hasFile(1));
    QVERIFY(!f.window->console()->branding()->logo().isCustom);
}

void TestAdminPages::cancelLeavesTheLogoUnchanged()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->logo().known, kTimeout);
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    const QString path = m_dir.filePath(u"logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 200, 40 })));
    editor->chooseFile(path);

    // The room holds the token back: the upload is under way and can only be cancelled.
    f.sim->setReplyDelay(u"getTokenForHttpServer"_s, -1);
    QSignalSpy failed(editor->upload(), &BrandingUpload::failed);
    QVERIFY(editor->startUpload());
    auto *cancel = find<QPushButton>(editor, "cancelButton");
    QTRY_VERIFY_WITH_TIMEOUT(f.sim->receivedMethods().contains(u"getTokenForHttpServer"_s),
                             kTimeout);
    QVERIFY(!cancel->isHidden());
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toBool(), true);
    QVERIFY2(labelText(editor, "statusLabel").contains(u"cancelled"_s),
             qPrintable(labelText(editor, "statusLabel")));
    QVERIFY(find<QProgressBar>(editor, "progressBar")->isHidden());

    // Nothing follows: no upload, no setLogo, the logo as it was.
    f.sim->setReplyDelay(u"getTokenForHttpServer"_s, 0);
    QVERIFY(f.roundTrip()); // whatever the page sent after the cancel has arrived by now
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 0);
    QVERIFY(!f.sim->hasFile(1));
    QVERIFY(!f.window->console()->branding()->logo().isCustom);
    QCOMPARE(failed.size(), 1);
}

void TestAdminPages::resetAsksFirst()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->logoEditor();
    auto *reset = find<QPushButton>(editor, "resetButton");
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->logo().known, kTimeout);
    QVERIFY(!reset->isEnabled()); // the default logo is on already

    const QString path = m_dir.filePath(u"logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 200, 40 })));
    editor->chooseFile(path);
    QSignalSpy succeeded(editor->upload(), &BrandingUpload::succeeded);
    QVERIFY(editor->startUpload());
    QVERIFY(succeeded.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled(), kTimeout);

    f.presenter->confirmAnswer = false;
    reset->click();
    QCOMPARE(f.presenter->asked.constLast(), u"Reset Logo"_s);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setDefaultLogo"_s), 0);

    f.presenter->confirmAnswer = true;
    QSignalSpy finished(editor, &BrandingImageEditor::operationFinished);
    reset->click();
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(finished.first().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->console()->branding()->logo().isCustom, kTimeout);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setDefaultLogo"_s), 1);
}

void TestAdminPages::backgroundUpload()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    BrandingImageEditor *editor = f.window->console()->brandingPanel()->backgroundEditor();
    QVERIFY(find<QRadioButton>(editor, "fitRadio")->isHidden()); // modes are the logo's
    QVERIFY(!find<QPushButton>(editor, "uploadButton")->isEnabled()); // nothing chosen yet
    QVERIFY(!editor->startUpload());
    const QString path = m_dir.filePath(u"backdrop.jpg"_s);
    QVERIFY(TestImages::write(path, TestImages::jpeg({ 1920, 1080 })));
    editor->chooseFile(path);
    QCOMPARE(editor->candidate().format, u"JPEG"_s);
    QSignalSpy succeeded(editor->upload(), &BrandingUpload::succeeded);
    QVERIFY(editor->startUpload());
    QVERIFY(succeeded.wait(kTimeout));
    QCOMPARE(succeeded.first().at(0).value<Target>(), Target::Background);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->console()->branding()->background().isCustom, kTimeout);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setBackground"_s), 1);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setLogo"_s), 0);
}

void TestAdminPages::demoAdministratorUploadsLogo()
{
    // The acceptance path: `roomdeck --demo` (its embedded room, signed in as Administrator)
    // takes a PNG with visible progress and shows the new logo state.
    DemoRoom demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    auto scripted = std::make_unique<ScriptedPresenter>();
    ScriptedPresenter *presenter = scripted.get();
    window.setDialogPresenter(std::move(scripted));
    window.setDemoMode(true);
    window.resize(MainWindow::defaultSize());
    window.show();
    ConnectionRequest request;
    request.address = demo.address();
    request.addressText = demo.address().displayText();
    request.credentials = DemoRoom::credentials(Room::Role::Admin);
    window.connectToRoom(request);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isReady() && window.isAddressBookSettled(), kTimeout);
    QVERIFY(window.console()->isPageShown(window.console()->brandingPanel()));
    find<QTabWidget>(&window, "pageTabWidget")->setCurrentWidget(window.console()->brandingPanel());

    BrandingImageEditor *editor = window.console()->brandingPanel()->logoEditor();
    const QString path = m_dir.filePath(u"company-logo.png"_s);
    QVERIFY(TestImages::write(path, TestImages::png({ 400, 80 }, true)));
    presenter->openAnswers << path;
    find<QPushButton>(editor, "chooseButton")->click();
    auto *progressBar = find<QProgressBar>(editor, "progressBar");
    int shownProgress = 0;
    connect(editor->upload(), &BrandingUpload::progress, this, [&] {
        if (!progressBar->isHidden())
            ++shownProgress;
        if (shownProgress == 1)
            saveShot(&window, u"demo-branding-uploading"_s);
    });
    QSignalSpy succeeded(editor->upload(), &BrandingUpload::succeeded);
    find<QPushButton>(editor, "uploadButton")->click();
    QVERIFY(succeeded.wait(kTimeout));
    QVERIFY(shownProgress > 0);
    const int fileId = succeeded.first().at(1).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(editor, "currentLabel")->toolTip().contains(QString::number(fileId)),
        kTimeout);
    QVERIFY(labelText(editor, "currentLabel").startsWith(u"Custom logo"_s));
    saveShot(&window, u"demo-branding-done"_s);
}

// --- power ---------------------------------------------------------------------------------

void TestAdminPages::rebootAsksThenReconnectsOnNewPort()
{
    RoomSimulator::Options o = quickRoom();
    o.rebootDelayMs = 300;
    o.rebootNewPort = true;
    Fixture f(o);
    QVERIFY(f.connect(Room::Role::Admin));
    const int oldPort = f.controller->webSocketUrl().port();
    PowerPanel *power = f.window->console()->powerPanel();

    f.presenter->confirmAnswer = false;
    find<QPushButton>(power, "rebootButton")->click();
    QCOMPARE(f.presenter->asked.constLast(), u"Restart Room Computer"_s);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"rebootSystem"_s), 0);

    f.presenter->confirmAnswer = true;
    QSignalSpy lost(f.controller.get(), &RoomController::connectionLost);
    find<QPushButton>(power, "rebootButton")->click();
    QVERIFY(lost.wait(kTimeout));
    QVERIFY(f.controller->isRoomRestarting());
    // The event log on this PC says who restarted the room and when: this console, now.
    {
        const EventLogModel *log = f.window->console()->eventLog();
        bool logged = false;
        for (int row = 0; row < log->rowCount(); ++row)
            logged = logged
                || (log->entry(row).kind == EventLogModel::Kind::Command
                    && log->entry(row).text == u"Restart the room computer — done"_s);
        QVERIFY(logged);
    }
    // The drop is explained, and the admin pages are gone while nobody is signed in.
    QVERIFY2(lost.first().first().toString().contains(u"restarting"_s),
             qPrintable(lost.first().first().toString()));
    QVERIFY(!f.window->console()->isPageShown(power));
    saveShot(f.window.get(), u"admin-restarting"_s);

    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QVERIFY(f.controller->webSocketUrl().port() != oldPort);
    QCOMPARE(int(f.controller->role()), int(Room::Role::Admin));
    QVERIFY(!f.controller->isRoomRestarting());
    QVERIFY(f.window->console()->isPageShown(power));
    QVERIFY(find<QPushButton>(power, "rebootButton")->isEnabled());
}

void TestAdminPages::powerInConferenceOffersEndingItForAll()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    // A group conference whose owner is not known: the room decides who may end it.
    f.sim->sendEvent(u"conferenceCreated"_s,
                     QJsonObject { { u"confId"_s, u"0000031a@sim.trueconf.local#vcs"_s },
                                   { u"confTitle"_s, u"Weekly"_s },
                                   { u"confType"_s, 1 } });
    f.sim->setAppState(int(Room::AppState::Conference));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Conference, kTimeout);
    PowerPanel *power = f.window->console()->powerPanel();

    // Cancel: nothing is sent.
    f.presenter->chooseAnswer = -1;
    find<QPushButton>(power, "shutdownSystemButton")->click();
    QVERIFY2(f.presenter->lastText.contains(u"conference is in progress"_s),
             qPrintable(f.presenter->lastText));
    QCOMPARE(f.presenter->lastChoices.size(), 2);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"shutdownSystem"_s), 0);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"hangUp"_s), 0);

    // "End conference for all, then shut down": hangUp{forAll} first, then the command.
    f.presenter->chooseAnswer = 0;
    QSignalSpy lost(f.controller.get(), &RoomController::connectionLost);
    find<QPushButton>(power, "shutdownSystemButton")->click();
    QVERIFY(lost.wait(kTimeout));
    const QStringList sent = f.sim->receivedMethods();
    QVERIFY(sent.indexOf(u"hangUp"_s) >= 0);
    QVERIFY(sent.indexOf(u"hangUp"_s) < sent.indexOf(u"shutdownSystem"_s));
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestAdminPages::quitAppDeclinedSendsNothing()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    f.presenter->confirmAnswer = false;
    QVERIFY(!f.window->console()->powerPanel()->request(PowerPanel::Action::QuitApp));
    QCOMPARE(f.presenter->asked.constLast(), u"Quit Room Application"_s);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"shutdown"_s), 0);
    QVERIFY(f.sim->isRunning());

    f.presenter->confirmAnswer = true;
    QSignalSpy stopped(f.sim.get(), &RoomSimulator::shutdownRequested);
    QVERIFY(f.window->console()->powerPanel()->request(PowerPanel::Action::QuitApp));
    QVERIFY(stopped.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(!f.controller->isReady(), kTimeout);
}

// --- server and account --------------------------------------------------------------------

void TestAdminPages::serverConnectLoginLogout()
{
    RoomSimulator::Options o = quickRoom();
    o.startLoggedIn = false;
    Fixture f(o);
    QVERIFY(f.connect(Room::Role::Admin));
    ServerPanel *panel = f.window->console()->serverPanel();
    QVERIFY(f.window->console()->isPageShown(panel));
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(panel, "connectionStateLabel").contains(u"not connected"_s, Qt::CaseInsensitive),
        kTimeout);
    QCOMPARE(find<QSpinBox>(panel, "portSpin")->value(), 4307);
    auto *connectButton = find<QPushButton>(panel, "connectServerButton");
    QVERIFY(!connectButton->isEnabled()); // no address yet
    find<QLineEdit>(panel, "serverEdit")->setText(u"video.example.net"_s);
    QVERIFY(connectButton->isEnabled());
    QVERIFY(!find<QPushButton>(panel, "loginButton")->isEnabled()); // not connected yet
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Login, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(panel, "connectionStateLabel").contains(u"video.example.net"_s), kTimeout);

    // A refused login, in words; the password field is emptied after sending.
    find<QLineEdit>(panel, "loginEdit")->setText(u"rejected-room"_s);
    find<QLineEdit>(panel, "passwordEdit")->setText(u"whatever"_s);
    find<QCheckBox>(panel, "encryptCheck")->setChecked(false);
    find<QPushButton>(panel, "loginButton")->click();
    QVERIFY(find<QLineEdit>(panel, "passwordEdit")->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(labelText(panel, "loginResultLabel").startsWith(u"Login failed"_s),
                             kTimeout);
    QCOMPARE(f.controller->appState(), Room::AppState::Login);

    find<QLineEdit>(panel, "loginEdit")->setText(u"room101"_s);
    find<QLineEdit>(panel, "passwordEdit")->setText(u"room101"_s);
    find<QPushButton>(panel, "loginButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Normal, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(panel, "accountStateLabel").startsWith(u"Logged in as"_s),
                             kTimeout);
    QVERIFY(!find<QPushButton>(panel, "loginButton")->isEnabled());
    find<QTabWidget>(f.window.get(), "pageTabWidget")->setCurrentWidget(panel);
    saveShot(f.window.get(), u"admin-server"_s);

    f.presenter->confirmAnswer = false;
    find<QPushButton>(panel, "logoutButton")->click();
    QCOMPARE(countOf(f.sim->receivedMethods(), u"logout"_s), 0);
    f.presenter->confirmAnswer = true;
    find<QPushButton>(panel, "logoutButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(panel, "accountStateLabel"), u"Not logged in"_s, kTimeout);
    QCOMPARE(f.sim->violations(), QStringList());
}

// --- security and licence ------------------------------------------------------------------

void TestAdminPages::protectionShowsGeneratedPin()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    SecurityPanel *panel = f.window->console()->securityPanel();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(panel, "adminProtectionLabel"), u"No protection"_s,
                              kTimeout);

    // User protection before admin protection is refused locally (§4.2), nothing is sent.
    auto *mode = find<QComboBox>(panel, "modeCombo");
    auto *type = find<QComboBox>(panel, "typeCombo");
    mode->setCurrentIndex(mode->findData(int(Room::Role::User)));
    type->setCurrentIndex(type->findData(int(Room::Protection::Pin)));
    QVERIFY(!panel->applyProtection());
    QVERIFY2(labelText(panel, "protectionStatusLabel").contains(u"Administrator mode first"_s),
             qPrintable(labelText(panel, "protectionStatusLabel")));
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setAuthParams"_s), 0);

    // Protect admin mode with a password (this console's own mode), then user mode by PIN.
    mode->setCurrentIndex(mode->findData(int(Room::Role::Admin)));
    type->setCurrentIndex(type->findData(int(Room::Protection::Password)));
    find<QLineEdit>(panel, "newPasswordEdit")->setText(u"s3cret"_s);
    find<QLineEdit>(panel, "repeatPasswordEdit")->setText(u"s3cre"_s);
    QVERIFY(!find<QPushButton>(panel, "applyProtectionButton")->isEnabled());
    find<QLineEdit>(panel, "repeatPasswordEdit")->setText(u"s3cret"_s);
    QSignalSpy changed(f.window->console()->security(), &SecurityState::protectionChanged);
    find<QPushButton>(panel, "applyProtectionButton")->click();
    QVERIFY(changed.wait(kTimeout));
    QCOMPARE(labelText(panel, "adminProtectionLabel"), u"Password"_s);
    QVERIFY(find<QLineEdit>(panel, "newPasswordEdit")->text().isEmpty());

    mode->setCurrentIndex(mode->findData(int(Room::Role::User)));
    type->setCurrentIndex(type->findData(int(Room::Protection::Pin)));
    find<QPushButton>(panel, "applyProtectionButton")->click();
    QVERIFY(changed.wait(kTimeout));
    const QString pin = changed.constLast().at(2).toString();
    QVERIFY(!pin.isEmpty());
    // PINs are masked until the operator reveals them; leaving the page masks them again.
    const QString masked = SecurityState::maskedPin();
    QVERIFY2(!labelText(panel, "protectionStatusLabel").contains(pin),
             qPrintable(labelText(panel, "protectionStatusLabel")));
    QVERIFY(labelText(panel, "protectionStatusLabel").contains(masked));
    QCOMPARE(labelText(panel, "userProtectionLabel"), u"PIN %1"_s.arg(masked));
    auto *copyPin = find<QToolButton>(panel, "copyPinButton");
    QVERIFY(!copyPin->isHidden());
    copyPin->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), pin);
    auto *tabs = find<QTabWidget>(f.window.get(), "pageTabWidget");
    tabs->setCurrentWidget(panel);
    auto *reveal = find<QToolButton>(panel, "revealPinButton");
    QVERIFY(reveal->isVisible());
    reveal->click();
    QCOMPARE(labelText(panel, "userProtectionLabel"), u"PIN %1"_s.arg(pin));
    QVERIFY2(labelText(panel, "protectionStatusLabel").contains(pin),
             qPrintable(labelText(panel, "protectionStatusLabel")));
    saveShot(f.window.get(), u"admin-security"_s);
    tabs->setCurrentIndex(0);
    QVERIFY(!reveal->isChecked());
    QCOMPARE(labelText(panel, "userProtectionLabel"), u"PIN %1"_s.arg(masked));
    QVERIFY(!labelText(panel, "protectionStatusLabel").contains(pin));
    tabs->setCurrentWidget(panel);

    // The room really takes the PIN for User mode now.
    RoomController user(SimRoom::fastOptions());
    QSignalSpy userIn(&user, &RoomController::authenticated);
    user.connectToRoom(SimRoom::addressOf(*f.sim),
                       RoomController::Credentials::withSecret(pin, Room::Role::User));
    QVERIFY(userIn.wait(kTimeout));
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestAdminPages::ownPasswordChangeKeepsTheConsoleSignedIn()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    SecurityState *security = f.window->console()->security();
    QSignalSpy changed(security, &SecurityState::protectionChanged);
    security->setProtection(Room::Role::Admin, Room::Protection::Password, u"n3w-pass"_s);
    QVERIFY(changed.wait(kTimeout));
    QVERIFY(f.controller->isReady());
    QCOMPARE(int(f.controller->role()), int(Room::Role::Admin));

    // Old tokens are void and the room drops the connection: the console must come back with
    // the new password, not the old (empty) credentials.
    QSignalSpy cleared(security, &SecurityState::tokensCleared);
    f.presenter->confirmAnswer = true;
    QVERIFY(f.window->console()->securityPanel()->clearTokens());
    QVERIFY(cleared.wait(kTimeout));
    QSignalSpy lost(f.controller.get(), &RoomController::connectionLost);
    f.sim->closeAllClients();
    QVERIFY(lost.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QCOMPARE(int(f.controller->role()), int(Room::Role::Admin));
    QCOMPARE(f.sim->authorizedCount(u"admin"_s), 1);
}

void TestAdminPages::licenceActivationAndHardwareKey()
{
    Fixture f(quickRoom());
    QVERIFY(f.connect(Room::Role::Admin));
    SecurityPanel *panel = f.window->console()->securityPanel();
    auto *key = find<QLineEdit>(panel, "hardwareKeyEdit");
    QTRY_VERIFY_WITH_TIMEOUT(!key->text().isEmpty(), kTimeout);
    find<QToolButton>(panel, "copyKeyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), key->text());

    auto *licence = find<QLineEdit>(panel, "licenceKeyEdit");
    auto *activate = find<QPushButton>(panel, "activateButton");
    QVERIFY(!activate->isEnabled());
    licence->setText(u"not-a-key"_s);
    activate->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(panel, "licenceStatusLabel").contains(u"did not activate"_s),
                             kTimeout);

    licence->setText(u"ABCD-EFGH-IJKL-MNOP-QRST"_s);
    activate->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(panel, "licenceStatusLabel").startsWith(u"Licence activated"_s), kTimeout);
    QVERIFY2(labelText(panel, "licenceStatusLabel").contains(u"PRO"_s),
             qPrintable(labelText(panel, "licenceStatusLabel")));
    QVERIFY(licence->text().isEmpty());
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
