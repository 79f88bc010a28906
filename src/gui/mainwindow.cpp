// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/credentials/credentialstore.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/uilanguage.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;

void addActionList(QWidget *target, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            target->addAction(action);
        else if (auto *menu = qobject_cast<QMenu *>(target))
            menu->addSeparator();
        else if (auto *bar = qobject_cast<QToolBar *>(target))
            bar->addSeparator();
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_stack(new QStackedWidget(this))
    , m_store(new CredentialStore(QCoreApplication::applicationName(), this))
    , m_presenter(std::make_unique<WidgetDialogPresenter>())
{
    m_ui->setupUi(this);
    setWindowIcon(SvgIcon::icon(u"roomdeck"_s));
    m_stack->setObjectName(u"consoleStack"_s);
    m_ui->centralLayout->addWidget(m_stack);
    m_ui->connectAction->setIcon(SvgIcon::icon(u"connect"_s));
    m_ui->quitAction->setIcon(SvgIcon::icon(u"quit"_s));
    m_ui->aboutAction->setIcon(SvgIcon::icon(u"about"_s));
    connect(m_ui->connectAction, &QAction::triggered, this, [this] {
        if (RoomConsole *current = console())
            current->showConnectDialog();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        updateActions();
        updateTitle();
        updateStatusBar();
    });
    connect(m_store, &CredentialStore::availabilityChanged, this, &MainWindow::updateKeyringLabel);

    setUpLanguageMenu();
    setUpStatusBar();
    setUpTray();
    resize(defaultSize());
    restoreSettings();
    updateActions();
    updateTitle();
    updateStatusBar();
}

MainWindow::MainWindow(RoomController *controller, QWidget *parent)
    : MainWindow(parent)
{
    Q_ASSERT(controller);
    m_ownSessions.push_back(
        std::make_unique<RoomSession>(controller, RoomSession::Parts::Standard));
    addConsole(m_ownSessions.back().get());
}

MainWindow::~MainWindow()
{
    // Consoles go before the sessions they show.
    for (const QPointer<RoomConsole> &c : m_consoles)
        delete c.data();
}

RoomConsole *MainWindow::addConsole(RoomSession *session)
{
    auto *console = new RoomConsole(session, m_store, m_presenter.get(), m_stack);
    console->setDemoMode(m_demo);
    {
        const QSettings settings;
        console->restoreLayout(settings);
    }
    m_consoles.emplace_back(console);
    connect(console, &RoomConsole::titleChanged, this, [this, console] {
        if (console == this->console())
            updateTitle();
    });
    connect(console, &RoomConsole::statusChanged, this, [this, console] {
        if (console == this->console())
            updateStatusBar();
    });
    connect(console, &RoomConsole::incomingCall, this,
            [this, console](const QString &who) { onIncomingCall(console, who); });
    m_stack->addWidget(console);
    if (m_stack->count() == 1)
        setCurrentConsole(console);
    return console;
}

RoomConsole *MainWindow::console() const
{
    return qobject_cast<RoomConsole *>(m_stack->currentWidget());
}

QList<RoomConsole *> MainWindow::consoles() const
{
    QList<RoomConsole *> list;
    for (const QPointer<RoomConsole> &c : m_consoles)
        if (c)
            list.append(c);
    return list;
}

void MainWindow::setCurrentConsole(RoomConsole *console)
{
    if (console && m_stack->indexOf(console) >= 0)
        m_stack->setCurrentWidget(console);
    updateActions();
}

void MainWindow::setDialogPresenter(std::unique_ptr<DialogPresenter> presenter)
{
    if (!presenter)
        return;
    m_presenter = std::move(presenter);
    for (RoomConsole *c : consoles())
        c->setPresenter(m_presenter.get());
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(demo);
    for (RoomConsole *c : consoles())
        c->setDemoMode(demo);
    updateTitle();
}

void MainWindow::connectToRoom(const ConnectionRequest &request)
{
    if (RoomConsole *current = console())
        current->connectToRoom(request);
}

bool MainWindow::isAddressBookSettled() const
{
    const QList<RoomConsole *> all = consoles();
    return std::all_of(all.begin(), all.end(),
                       [](const RoomConsole *c) { return c->isAddressBookSettled(); });
}

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    RoomConsole *current = console();
    ui.roomMenu->clear();
    ui.roomMenu->addAction(ui.connectAction);
    if (current) {
        addActionList(ui.roomMenu, current->roomActions());
        ui.roomMenu->addSeparator();
    }
    ui.roomMenu->addAction(ui.quitAction);
    ui.callMenu->clear();
    ui.callMenu->menuAction()->setVisible(current != nullptr);
    if (current)
        addActionList(ui.callMenu, current->callActions());
    ui.mainToolBar->clear();
    ui.mainToolBar->addAction(ui.connectAction);
    if (current)
        addActionList(ui.mainToolBar, current->toolBarActions());
}

void MainWindow::setUpLanguageMenu()
{
    // Texts are translated when the windows are built: a new language applies from the next
    // start, which the operator is told.
    auto *group = new QActionGroup(this);
    QSettings settings;
    const QString saved = UiLanguage::savedChoice(settings);
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        QAction *action = m_ui->languageMenu->addAction(choice.name);
        action->setObjectName(u"languageAction_"_s
                              + (choice.code.isEmpty() ? u"system"_s : choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            QSettings s;
            if (UiLanguage::savedChoice(s) == choice.code)
                return;
            UiLanguage::saveChoice(s, choice.code);
            const QString when
                = tr("RoomDeck uses %1 from its next start.")
                      .arg(choice.code.isEmpty() ? tr("the system language") : choice.name);
            // "Later" and Cancel both keep this session; the choice is saved either way.
            const int answer = m_presenter->choose(this, tr("Language"),
                                                   when + u"\n\n"_s + tr("Restart RoomDeck now?"),
                                                   { tr("Restart Now"), tr("Later") });
            if (answer == 0)
                Q_EMIT restartRequested();
        });
    }
}

void MainWindow::setUpStatusBar()
{
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(u"endpointLabel"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpointLabel->setContentsMargins(6, 0, 0, 0);
    m_ui->statusBar->addWidget(m_endpointLabel, 1);
    m_keyringLabel = new QLabel(this);
    m_keyringLabel->setObjectName(u"keyringLabel"_s);
    m_keyringLabel->setContentsMargins(0, 0, 6, 0);
    m_keyringLabel->hide();
    m_ui->statusBar->addPermanentWidget(m_keyringLabel);
    m_demoLabel = new QLabel(tr("Demo: simulated room"), this);
    m_demoLabel->setObjectName(u"demoLabel"_s);
    m_demoLabel->setToolTip(tr("RoomDeck started its built-in room simulator (--demo)"));
    StatusColors::setForeground(
        m_demoLabel, StatusColors::text(StatusColors::Tone::Info, QApplication::palette(this)));
    m_demoLabel->setContentsMargins(0, 0, 6, 0);
    m_demoLabel->hide();
    m_ui->statusBar->addPermanentWidget(m_demoLabel);
}

void MainWindow::setUpTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("RoomDeck"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::onIncomingCall(RoomConsole *console, const QString &who)
{
    QApplication::alert(this);
    if (m_tray && (!isActiveWindow() || console != this->console())) {
        m_tray->showMessage(
            tr("Incoming call — %1").arg(console->roomTitle()),
            tr("%1 is calling %2. Open RoomDeck to answer.").arg(who, console->roomTitle()),
            QSystemTrayIcon::Information, 20000);
    }
}

void MainWindow::updateTitle()
{
    const RoomConsole *current = console();
    const QString room = current ? current->roomTitle() : QString();
    QString title = room.isEmpty() ? tr("RoomDeck") : tr("%1 — RoomDeck").arg(room);
    if (m_demo)
        title = tr("%1 (demo)").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    const RoomConsole *current = console();
    bool warning = false;
    m_endpointLabel->setText(current ? current->endpointText(&warning) : tr("Not connected"));
    // Back to the inherited colours unless the endpoint deserves a warning tint.
    m_endpointLabel->setPalette(QPalette());
    if (warning)
        StatusColors::setForeground(
            m_endpointLabel,
            StatusColors::text(StatusColors::Tone::Busy, QApplication::palette(this)));
}

void MainWindow::updateKeyringLabel()
{
    const bool unavailable = m_store->availability() == CredentialStore::Availability::Unavailable;
    m_keyringLabel->setVisible(unavailable);
    if (!unavailable)
        return;
    m_keyringLabel->setText(tr("No keyring: PINs and passwords are asked each time"));
    m_keyringLabel->setToolTip(m_store->unavailableReason());
    m_keyringLabel->setAccessibleName(m_keyringLabel->text());
    StatusColors::setForeground(
        m_keyringLabel, StatusColors::text(StatusColors::Tone::Busy, QApplication::palette(this)));
}

void MainWindow::showAbout()
{
    m_presenter->showInformation(
        this, tr("About RoomDeck"),
        tr("RoomDeck %1\n\nAn operator console for TrueConf Room meeting rooms.\n"
           "Licensed under the GNU GPL, version 3 or later.")
            .arg(QLatin1String(ROOMDECK_VERSION)));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: the default size, but never larger than the screen.
        if (const QScreen *screen = QApplication::primaryScreen())
            resize(defaultSize().boundedTo(screen->availableSize()));
    }
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const RoomConsole *current = console())
        current->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
