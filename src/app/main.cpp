// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Wiring only: application object, translations, command line, object graph.

#include "core/controller/roomcontroller.h"
#include "core/history/historystore.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/demo/demoroom.h"
#include "gui/dialogs/connectdialog.h"
#include "gui/dialogs/historysettingsdialog.h"
#include "gui/mainwindow.h"
#include "gui/panels/addressbookpanel.h"
#include "gui/screenshotjob.h"
#include "gui/shownprobe.h"
#include "gui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListView>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Gives main.cpp a translation context ("RoomDeckApp") that lupdate recognises.
class RoomDeckApp
{
    Q_DECLARE_TR_FUNCTIONS(RoomDeckApp)
};

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitNotConnected = 2 };

void printOut(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void printErr(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}

bool noDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

// The secret comes from the environment only: command lines are visible to every user.
// The variables are removed again so that nothing this process starts inherits them.
QString takeSecretFromEnvironment()
{
    const QString pin = qEnvironmentVariable("ROOMDECK_PIN");
    const QString password = qEnvironmentVariable("ROOMDECK_PASSWORD");
    if (!pin.isEmpty() && !password.isEmpty())
        printErr(RoomDeckApp::tr("roomdeck: both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; "
                                 "using ROOMDECK_PIN"));
    qunsetenv("ROOMDECK_PIN");
    qunsetenv("ROOMDECK_PASSWORD");
    return pin.isEmpty() ? password : pin;
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = noDisplay();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"RoomDeck"_s);
    QApplication::setOrganizationName(u"RoomDeck"_s);
    QApplication::setApplicationVersion(QLatin1String(ROOMDECK_VERSION));
    QApplication::setDesktopFileName(u"roomdeck"_s);
    {
        QSettings settings;
        UiLanguage::install(app, UiLanguage::savedChoice(settings));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        RoomDeckApp::tr("Operator console for TrueConf Room meeting rooms.\n\n"
                        "A PIN or password is read from the environment variable ROOMDECK_PIN "
                        "or ROOMDECK_PASSWORD, never from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        RoomDeckApp::tr("Start three simulated rooms in this process and connect to them."));
    const QCommandLineOption roomOption(
        u"room"_s,
        RoomDeckApp::tr("Connect to the room at ADDRESS: HOST[:PORT] as shown on the room's "
                        "screen, http://HOST:PORT/… or ws://HOST:PORT. Repeat it to open several "
                        "rooms."),
        RoomDeckApp::tr("ADDRESS"));
    const QCommandLineOption instanceOption(
        u"instance"_s, RoomDeckApp::tr("The room instance (rooms started with -t NAME)."),
        RoomDeckApp::tr("NAME"));
    const QCommandLineOption roleOption(
        u"role"_s, RoomDeckApp::tr("Sign in as admin or user (default: admin)."),
        RoomDeckApp::tr("ROLE"), u"admin"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        RoomDeckApp::tr("With --demo or --room: once the room is loaded, save the window as a "
                        "PNG to FILE and exit (2 if the room cannot be reached)."),
        RoomDeckApp::tr("FILE"));
    QCommandLineOption demoStateOption(
        u"demo-state"_s,
        RoomDeckApp::tr("With --demo: bring the simulated room into STATE first (idle, "
                        "incoming, outgoing, conference); for screenshots."),
        RoomDeckApp::tr("STATE"), u"idle"_s);
    demoStateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pageOption(
        u"page"_s,
        RoomDeckApp::tr("Open the page NAME once it exists (console, branding, server, power, "
                        "security); for screenshots."),
        RoomDeckApp::tr("NAME"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The start-up benchmark's end point: the whole real path, ended by the first paint of
    // the loaded address book (tests/bench/bench_startup.cpp).
    QCommandLineOption exitWhenShownOption(
        u"exit-when-shown"_s,
        RoomDeckApp::tr("With --room: exit once the address book has been shown, and print how "
                        "many contacts it showed and the peak resident memory."));
    exitWhenShownOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption historyFileOption(
        u"history-file"_s,
        RoomDeckApp::tr("Keep the rooms' history in FILE (default: %1; with --demo, a temporary "
                        "file).")
            .arg(QDir::toNativeSeparators(HistoryStore::defaultPath())),
        RoomDeckApp::tr("FILE"));
    const QCommandLineOption noHistoryOption(
        u"no-history"_s, RoomDeckApp::tr("Keep no history of the rooms on this computer."));
    parser.addOptions({ demoOption, roomOption, instanceOption, roleOption, screenshotOption,
                        demoStateOption, pageOption, exitWhenShownOption, historyFileOption,
                        noHistoryOption });
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const QStringList roomTexts = parser.values(roomOption);
    QString screenshotPath = parser.value(screenshotOption);
    const bool exitWhenShown = parser.isSet(exitWhenShownOption);
    if (demo && parser.isSet(roomOption)) {
        printErr(RoomDeckApp::tr("roomdeck: --demo and --room cannot be combined"));
        return ExitUsage;
    }
    if (!screenshotPath.isEmpty() && !demo && roomTexts.isEmpty()) {
        printErr(RoomDeckApp::tr("roomdeck: --screenshot needs --demo or --room"));
        return ExitUsage;
    }
    Room::Role role = Room::roleFromWireName(parser.value(roleOption));
    const std::optional<DemoRoom::Stage> demoStage
        = DemoRoom::stageFromName(parser.value(demoStateOption));
    if (!demoStage) {
        printErr(RoomDeckApp::tr("roomdeck: --demo-state must be idle, incoming, outgoing or "
                                 "conference"));
        return ExitUsage;
    }
    if (role == Room::Role::None) {
        printErr(RoomDeckApp::tr("roomdeck: --role must be admin or user"));
        return ExitUsage;
    }
    if (exitWhenShown && (roomTexts.isEmpty() || !screenshotPath.isEmpty())) {
        printErr(RoomDeckApp::tr("roomdeck: --exit-when-shown needs --room and no --screenshot"));
        return ExitUsage;
    }
    if (headless && screenshotPath.isEmpty() && !exitWhenShown) {
        if (!demo) {
            printErr(RoomDeckApp::tr("roomdeck: no display found (DISPLAY and WAYLAND_DISPLAY "
                                     "are unset); use --demo, or --screenshot FILE with --room"));
            return ExitUsage;
        }
        screenshotPath = QDir::current().absoluteFilePath(u"roomdeck-demo.png"_s);
        printOut(RoomDeckApp::tr("roomdeck: no display found; the demo runs offscreen and "
                                 "writes a screenshot to %1")
                     .arg(QDir::toNativeSeparators(screenshotPath)));
    }

    // The rooms this start opens, each with how to connect to it.
    struct StartRoom
    {
        RoomEntry entry;
        ConnectionRequest request;
        DemoRoom *demo = nullptr;
        DemoRoom::Stage stage = DemoRoom::Stage::Idle;
    };
    QList<StartRoom> startRooms;
    std::vector<std::unique_ptr<DemoRoom>> demoRooms; // outlive the sessions: declared first
    if (demo) {
        // --demo-state or --page brings the first room into a state; the others hold still.
        const bool staged = parser.isSet(demoStateOption) || parser.isSet(pageOption);
        // Interactive: living rooms with incoming calls; a screenshot: rooms that hold still.
        for (const DemoRoom::FleetRoom &spec :
             DemoRoom::fleet(*demoStage, staged, screenshotPath.isEmpty())) {
            const DemoRoom::Options &demoOptions = spec.options;
            const QString &name = demoOptions.roomName;
            auto room = std::make_unique<DemoRoom>(demoOptions);
            QString error;
            if (!room->start(&error)) {
                printErr(RoomDeckApp::tr("roomdeck: could not start the demo room: %1").arg(error));
                return ExitNotConnected;
            }
            StartRoom start;
            start.entry.name = name;
            start.entry.address = room->address().displayText();
            start.entry.role = role;
            start.request.address = room->address();
            start.request.credentials = DemoRoom::credentials(role);
            start.request.name = name;
            start.demo = room.get();
            start.stage = spec.stage;
            startRooms.append(start);
            demoRooms.push_back(std::move(room));
        }
    } else if (!roomTexts.isEmpty()) {
        // A secret from the environment is for one room; several rooms use the keychain.
        const QString envSecret = takeSecretFromEnvironment();
        for (QString roomText : std::as_const(roomTexts)) {
            Room::Role roomRole = role;
            // A room's QR-code link (http://HOST:PORT/PIN): the PIN signs in as User and is
            // kept out of the address that Recent rooms and the title show.
            const RoomAddress::UserLink link = RoomAddress::splitUserLink(roomText);
            roomText = link.address.trimmed();
            StartRoom start;
            QString error;
            start.request.address
                = RoomAddress::parse(roomText, parser.value(instanceOption), &error);
            if (!start.request.address.isValid()) {
                printErr(RoomDeckApp::tr("roomdeck: invalid --room: %1").arg(error));
                return ExitUsage;
            }
            QString secret = roomTexts.size() == 1 ? envSecret : QString();
            if (secret.isEmpty() && !link.pin.isEmpty()) {
                secret = link.pin;
                if (!parser.isSet(roleOption))
                    roomRole = Room::Role::User;
            }
            start.request.credentials = secret.isEmpty()
                ? RoomController::Credentials::unsecured(roomRole)
                : RoomController::Credentials::withSecret(secret, roomRole);
            start.request.addressText = roomText;
            start.request.instance = parser.value(instanceOption);
            // Nothing in the environment: the keychain may hold the secret for this room.
            start.request.lookUpSecret = secret.isEmpty();
            start.entry.address = roomText;
            start.entry.instance = parser.value(instanceOption);
            start.entry.role = roomRole;
            startRooms.append(start);
        }
    }

    // The rooms' durable history outlives the rooms and the window, so that their last lines
    // are written. The demo's rooms are new every start: their history is thrown away.
    std::unique_ptr<QTemporaryDir> demoHistoryDir;
    std::unique_ptr<HistoryStore> history;
    if (!parser.isSet(noHistoryOption)) {
        const QSettings settings;
        HistoryStore::Options options;
        options.path = parser.value(historyFileOption);
        options.maxAgeDays = HistorySettingsDialog::savedMaxAgeDays(settings);
        options.maxMiB = HistorySettingsDialog::savedMaxMiB(settings);
        if (demo && options.path.isEmpty()) {
            demoHistoryDir = std::make_unique<QTemporaryDir>();
            options.path = demoHistoryDir->filePath(u"history.sqlite"_s);
        }
        history = std::make_unique<HistoryStore>(options);
    }

    RoomSessionList rooms;
    // Without --room or --demo, the rooms of the last session come back.
    const bool savedRooms = !demo && roomTexts.isEmpty();
    if (savedRooms) {
        QSettings settings;
        rooms.load(settings);
    }
    for (const StartRoom &start : std::as_const(startRooms))
        rooms.add(start.entry);
    std::unique_ptr<RoomListRecorder> recorder;
    if (history)
        recorder = std::make_unique<RoomListRecorder>(history.get(), &rooms);
    MainWindow window(&rooms);
    window.setDemoMode(demo);
    window.setHistoryStore(history.get());
    if (savedRooms) {
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &rooms, [&rooms] {
            QSettings settings;
            rooms.save(settings);
        });
    }
    // A new language needs a new start: the same program with the same arguments (a PIN from
    // the environment is gone by now; the keychain or the operator supplies it again).
    QObject::connect(&window, &MainWindow::restartRequested, &app, [&window] {
        if (!window.close())
            return;
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            printErr(RoomDeckApp::tr("roomdeck: could not start again; start RoomDeck by hand"));
    });

    std::unique_ptr<ScreenshotJob> screenshot;
    if (!screenshotPath.isEmpty()) {
        // Screenshots show the window at its default size, whatever was saved last time.
        window.setWindowState(Qt::WindowNoState);
        window.resize(MainWindow::defaultSize());
        screenshot = std::make_unique<ScreenshotJob>(rooms.session(0)->controller(), &window,
                                                     screenshotPath);
        // The address book loads after the startup burst; the picture should show it, and
        // the demo stage asked for.
        screenshot->setReadyCondition(
            [&window, &rooms, &startRooms, page = parser.value(pageOption)] {
                if (!window.isAddressBookSettled())
                    return false;
                for (int row = 0; row < startRooms.size(); ++row) {
                    const StartRoom &start = startRooms.at(row);
                    const RoomConsole *console = window.consoleOf(rooms.session(row));
                    if (start.demo && (!console || !start.demo->hasReached(start.stage, *console)))
                        return false;
                }
                return page.isEmpty() || window.console()->showPage(page);
            });
        QObject::connect(
            screenshot.get(), &ScreenshotJob::finished, &app,
            [](ScreenshotJob::Result result, const QString &message) {
                switch (result) {
                case ScreenshotJob::Result::Written:
                    printOut(RoomDeckApp::tr("roomdeck: screenshot written to %1")
                                 .arg(QDir::toNativeSeparators(message)));
                    QApplication::exit(ExitOk);
                    return;
                case ScreenshotJob::Result::NotConnected:
                    printErr(RoomDeckApp::tr("roomdeck: could not connect: %1").arg(message));
                    QApplication::exit(ExitNotConnected);
                    return;
                case ScreenshotJob::Result::NotReady:
                    printErr(RoomDeckApp::tr("roomdeck: no screenshot: %1").arg(message));
                    QApplication::exit(ExitNotConnected);
                    return;
                case ScreenshotJob::Result::WriteFailed:
                    printErr(RoomDeckApp::tr("roomdeck: screenshot failed: %1").arg(message));
                    QApplication::exit(ExitUsage);
                    return;
                }
            });
    }

    std::unique_ptr<ShownProbe> probe;
    if (exitWhenShown) {
        auto *book = window.findChild<AddressBookPanel *>();
        probe = std::make_unique<ShownProbe>(rooms.session(0)->controller(),
                                             book ? book->view() : nullptr,
                                             [&window] { return window.isAddressBookSettled(); });
        QObject::connect(probe.get(), &ShownProbe::shown, &app, [](int rows) {
            printOut(RoomDeckApp::tr("roomdeck: address book shown: %1 contacts; peak resident "
                                     "memory %2 KiB")
                         .arg(rows)
                         .arg(ShownProbe::peakResidentKiB()));
            QApplication::exit(ExitOk);
        });
        QObject::connect(probe.get(), &ShownProbe::failed, &app, [](const QString &reason) {
            printErr(RoomDeckApp::tr("roomdeck: address book not shown: %1").arg(reason));
            QApplication::exit(ExitNotConnected);
        });
    }

    window.show();
    if (screenshot)
        screenshot->start();
    if (probe)
        probe->start();
    for (int row = 0; row < startRooms.size(); ++row) {
        const StartRoom &start = startRooms.at(row);
        RoomConsole *console = window.consoleOf(rooms.session(row));
        if (start.demo)
            start.demo->stage(start.stage, console);
        console->connectToRoom(start.request);
    }
    if (savedRooms && rooms.count() == 0) {
        QTimer::singleShot(0, &window, &MainWindow::addRoom);
    } else if (savedRooms && MainWindow::connectsAtStart()) {
        for (int row = 0; row < rooms.count(); ++row) {
            const RoomEntry entry = rooms.entry(row);
            ConnectionRequest request;
            request.address = entry.roomAddress();
            if (!request.address.isValid())
                continue;
            request.addressText = entry.address;
            request.instance = entry.instance;
            request.name = entry.name;
            request.credentials = RoomController::Credentials::unsecured(entry.role);
            request.lookUpSecret = true; // the keychain holds it when the operator saved it
            window.consoleOf(rooms.session(row))->connectToRoom(request);
        }
    }
    // The demo opens on the overview of its rooms (a screenshot of a state shows the room).
    if (demo && !parser.isSet(demoStateOption) && !parser.isSet(pageOption))
        window.showOverview();
    return QApplication::exec();
}
