// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/models/callsession.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/console/roomlistpanel.h"
#include "gui/credentials/credentialstore.h"
#include "gui/credentials/savedrooms.h"
#include "gui/pages/overviewpage.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/uilanguage.h"
#include "gui/widgets/peertext.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QToolBar>

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

MainWindow::MainWindow(RoomSessionList *rooms, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_rooms(rooms)
    , m_store(new CredentialStore(QCoreApplication::applicationName(), this))
    , m_presenter(std::make_unique<WidgetDialogPresenter>())
{
    Q_ASSERT(rooms);
    m_ui->setupUi(this);
    setWindowIcon(SvgIcon::icon(u"roomdeck"_s));
    m_ui->connectAction->setIcon(SvgIcon::icon(u"connect"_s));
    m_ui->quitAction->setIcon(SvgIcon::icon(u"quit"_s));
    m_ui->aboutAction->setIcon(SvgIcon::icon(u"about"_s));
    connect(m_ui->connectAction, &QAction::triggered, this, [this] {
        if (RoomConsole *current = console())
            current->showConnectDialog();
        else
            addRoom();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_store, &CredentialStore::availabilityChanged, this, &MainWindow::updateKeyringLabel);

    setUpStatusBar();
    setUpTray();
    setUpRooms();
    setUpLanguageMenu();
    resize(defaultSize());
    restoreSettings();
    updateActions();
    updateTitle();
    updateStatusBar();
}

MainWindow::MainWindow(RoomController *controller, QWidget *parent)
    : MainWindow(new RoomSessionList, parent)
{
    Q_ASSERT(controller);
    m_ownRooms.reset(m_rooms);
    m_rooms->adopt(new RoomSession(controller, RoomSession::Parts::Standard), RoomEntry {});
}

MainWindow::~MainWindow()
{
    // The views go before the list and the sessions they show.
    m_rooms->disconnect(this);
    removeConsoles();
    delete m_splitter;
}

void MainWindow::setUpRooms()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"shellSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_roomList = new RoomListPanel(m_rooms, m_presenter.get(), m_splitter);
    m_roomList->setObjectName(u"roomListPanel"_s);
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(u"consoleStack"_s);
    m_overview = new OverviewPage(m_rooms, m_presenter.get(), m_stack);
    m_overview->setObjectName(u"overviewPage"_s);
    m_stack->addWidget(m_overview);
    m_splitter->addWidget(m_roomList);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 230, defaultSize().width() - 230 });
    m_ui->centralLayout->addWidget(m_splitter);

    m_roomsMenu = new QMenu(tr("Roo&ms"), this);
    m_roomsMenu->setObjectName(u"roomsMenu"_s);
    menuBar()->insertMenu(m_ui->settingsMenu->menuAction(), m_roomsMenu);

    connect(m_roomList, &RoomListPanel::currentRoomChanged, this, &MainWindow::showRoom);
    connect(m_roomList, &RoomListPanel::addRequested, this, &MainWindow::addRoom);
    connect(m_overview, &OverviewPage::roomActivated, this, &MainWindow::showRoom);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (auto *shown = qobject_cast<RoomConsole *>(m_stack->currentWidget()))
            m_lastConsole = shown;
        m_rooms->setCurrent(isOverviewShown() || !console() ? nullptr : console()->session());
        if (console())
            m_roomList->setCurrentRoom(isOverviewShown() ? nullptr : console()->session());
        updateActions();
        updateTitle();
        updateStatusBar();
    });
    connect(m_rooms, &RoomSessionList::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    addConsole(m_rooms->session(row));
                updateRoomsMenu();
                updateRoomListVisibility();
            });
    connect(m_rooms, &RoomSessionList::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    delete consoleOf(m_rooms->session(row));
            });
    connect(m_rooms, &RoomSessionList::rowsRemoved, this, [this] {
        updateRoomsMenu();
        updateRoomListVisibility();
    });
    connect(m_rooms, &RoomSessionList::rowsMoved, this, &MainWindow::updateRoomsMenu);
    connect(m_rooms, &RoomSessionList::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(RoomSessionList::NameRole))
                    return;
                for (int row = from.row(); row <= to.row(); ++row)
                    if (RoomConsole *c = consoleOf(m_rooms->session(row)))
                        c->setRoomName(m_rooms->entry(row).name);
                updateRoomsMenu();
                updateTitle();
            });
    connect(m_rooms, &RoomSessionList::incomingCall, this, &MainWindow::onIncomingCall);
    connect(m_rooms, &RoomSessionList::alertRaised, this, &MainWindow::onAlert);
    for (int row = 0; row < m_rooms->count(); ++row)
        addConsole(m_rooms->session(row));
    updateRoomsMenu();
    updateRoomListVisibility();
}

void MainWindow::addConsole(RoomSession *session)
{
    if (!session || consoleOf(session))
        return;
    auto *console = new RoomConsole(session, m_store, m_presenter.get(), m_stack);
    console->setDemoMode(m_demo);
    console->setRoomName(m_rooms->entry(m_rooms->rowOf(session)).name);
    {
        const QSettings settings;
        console->restoreLayout(settings);
    }
    connect(console, &RoomConsole::titleChanged, this, [this, console] {
        if (console == this->console())
            updateTitle();
    });
    connect(console, &RoomConsole::statusChanged, this, [this, console] {
        if (console == this->console())
            updateStatusBar();
    });
    m_stack->addWidget(console);
    if (!m_lastConsole)
        showRoom(session);
}

void MainWindow::removeConsoles()
{
    for (RoomConsole *c : consoles())
        delete c;
}

RoomConsole *MainWindow::console() const
{
    if (auto *shown = qobject_cast<RoomConsole *>(m_stack->currentWidget()))
        return shown;
    return m_lastConsole;
}

RoomConsole *MainWindow::consoleOf(const RoomSession *session) const
{
    for (RoomConsole *c : consoles())
        if (c->session() == session)
            return c;
    return nullptr;
}

QList<RoomConsole *> MainWindow::consoles() const
{
    QList<RoomConsole *> list;
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *c = qobject_cast<RoomConsole *>(m_stack->widget(i)))
            list.append(c);
    return list;
}

void MainWindow::showRoom(RoomSession *session)
{
    if (RoomConsole *c = consoleOf(session)) {
        m_lastConsole = c;
        m_stack->setCurrentWidget(c);
        m_roomList->setCurrentRoom(session);
        m_rooms->setCurrent(session);
    }
}

void MainWindow::showOverview()
{
    if (m_rooms->count() < 2)
        return;
    m_stack->setCurrentWidget(m_overview);
}

bool MainWindow::isOverviewShown() const
{
    return m_stack->currentWidget() == m_overview;
}

void MainWindow::stepRoom(int delta)
{
    const int count = m_rooms->count();
    if (count < 2)
        return;
    const int row = console() && !isOverviewShown() ? m_rooms->rowOf(console()->session()) : -1;
    showRoom(m_rooms->session(((row < 0 ? (delta > 0 ? -1 : 0) : row) + delta + count) % count));
}

void MainWindow::addRoom()
{
    ConnectDialogSetup setup;
    {
        QSettings settings;
        setup.savedRooms = SavedRooms::load(settings);
    }
    setup.store = m_store;
    const std::optional<ConnectionRequest> request = m_presenter->askForConnection(this, setup);
    if (!request)
        return;
    RoomEntry entry;
    entry.name = request->name;
    entry.address = request->addressText;
    entry.instance = request->instance;
    entry.role = request->credentials.role;
    RoomSession *session = m_rooms->add(entry);
    showRoom(session);
    if (RoomConsole *c = consoleOf(session))
        c->connectToRoom(*request);
}

void MainWindow::updateRoomsMenu()
{
    QMenu *menu = m_roomsMenu;
    menu->clear();
    const bool many = m_rooms->count() >= 2;
    QAction *overview = menu->addAction(SvgIcon::icon(u"conference"_s), tr("&Overview"), this,
                                        &MainWindow::showOverview);
    overview->setObjectName(u"overviewAction"_s);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    overview->setEnabled(many);
    QAction *next = menu->addAction(tr("&Next Room"), this, [this] { stepRoom(1); });
    next->setObjectName(u"nextRoomAction"_s);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    next->setEnabled(many);
    QAction *previous = menu->addAction(tr("&Previous Room"), this, [this] { stepRoom(-1); });
    previous->setObjectName(u"previousRoomAction"_s);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    previous->setEnabled(many);
    QAction *add = menu->addAction(tr("&Add Room…"), this, &MainWindow::addRoom);
    add->setObjectName(u"addRoomAction"_s);
    if (!many)
        return;
    menu->addSeparator();
    for (int row = 0; row < m_rooms->count() && row < 9; ++row) {
        RoomSession *session = m_rooms->session(row);
        const QString name = m_rooms->data(m_rooms->index(row), Qt::DisplayRole).toString();
        // "&1 Board room": the digit is the mnemonic, Ctrl+digit the shortcut.
        QAction *room = menu->addAction(tr("&%1 %2").arg(row + 1).arg(RoomText::name(name)), this,
                                        [this, session] { showRoom(session); });
        room->setObjectName(u"roomAction%1"_s.arg(row + 1));
        room->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
}

void MainWindow::updateRoomListVisibility()
{
    // One room: the window is its console, as before there were many.
    const bool many = m_rooms->count() >= 2;
    m_roomList->setVisible(many);
    if (!many && isOverviewShown() && m_lastConsole)
        m_stack->setCurrentWidget(m_lastConsole);
}

void MainWindow::setDialogPresenter(std::unique_ptr<DialogPresenter> presenter)
{
    if (!presenter)
        return;
    m_presenter = std::move(presenter);
    m_roomList->setPresenter(m_presenter.get());
    m_overview->setPresenter(m_presenter.get());
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
    m_trayMenu = new QMenu(this);
    connect(m_trayMenu, &QMenu::aboutToShow, this, &MainWindow::updateTrayMenu);
    updateTrayMenu();
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::onIncomingCall(RoomSession *session, const QString &peerId, const QString &peerDn)
{
    QApplication::alert(this);
    const int row = m_rooms->rowOf(session);
    if (row < 0 || !m_tray)
        return;
    const QString room = m_rooms->data(m_rooms->index(row), Qt::DisplayRole).toString();
    const bool onScreen
        = isActiveWindow() && !isOverviewShown() && console() && console()->session() == session;
    if (!onScreen)
        m_tray->showMessage(tr("Incoming call — %1").arg(RoomText::name(room)),
                            tr("%1 is calling %2. Open RoomDeck to answer.")
                                .arg(PeerText::person(peerId, peerDn), RoomText::name(room)),
                            QSystemTrayIcon::Information, 20000);
}

void MainWindow::onAlert(RoomSession *session, const QString &text)
{
    const int row = m_rooms->rowOf(session);
    if (row < 0 || !m_tray || isActiveWindow())
        return;
    const QString room = m_rooms->data(m_rooms->index(row), Qt::DisplayRole).toString();
    m_tray->showMessage(RoomText::name(room), text, QSystemTrayIcon::Warning, 20000);
}

void MainWindow::updateTrayMenu()
{
    // Rooms that ring can be answered from the tray, each named.
    m_trayMenu->clear();
    for (int row = 0; row < m_rooms->count(); ++row) {
        RoomSession *session = m_rooms->session(row);
        if (session->call()->phase() != CallSession::Phase::Incoming)
            continue;
        const QString room
            = RoomText::name(m_rooms->data(m_rooms->index(row), Qt::DisplayRole).toString());
        const QString who = PeerText::person(session->call()->peerId(), session->call()->peerDn());
        const QPointer<RoomSession> target(session);
        m_trayMenu->addAction(SvgIcon::icon(u"accept"_s), tr("Accept %1 in %2").arg(who, room),
                              this, [target] {
                                  if (target)
                                      target->controller()->accept();
                              });
        m_trayMenu->addAction(SvgIcon::icon(u"reject"_s), tr("Decline %1 in %2").arg(who, room),
                              this, [target] {
                                  if (target)
                                      target->controller()->reject();
                              });
        m_trayMenu->addSeparator();
    }
    m_trayMenu->addAction(tr("Show RoomDeck"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addAction(m_ui->quitAction);
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
