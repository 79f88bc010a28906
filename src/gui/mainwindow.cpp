// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/history/historystore.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/credentials/credentialstore.h"
#include "gui/dialogs/historysettingsdialog.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/shell/roomsmenu.h"
#include "gui/shell/roomstack.h"
#include "gui/shell/roomtray.h"
#include "gui/uilanguage.h"
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
#include <QToolBar>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace {

const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kConnectAtStartKey = u"rooms/connectAtStart"_s;

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
    m_stack = new RoomStack(m_rooms, m_store, m_presenter.get(), this);
    m_ui->centralLayout->addWidget(m_stack);
    connect(m_stack, &RoomStack::currentChanged, this, [this] {
        updateActions();
        updateTitle();
        updateStatusBar();
    });
    connect(m_stack, &RoomStack::titleChanged, this, &MainWindow::updateTitle);
    connect(m_stack, &RoomStack::statusChanged, this, &MainWindow::updateStatusBar);
    menuBar()->insertMenu(m_ui->settingsMenu->menuAction(), new RoomsMenu(m_stack, this));
    m_tray = new RoomTray(m_stack, this, m_ui->quitAction);
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
    delete m_tray;
    delete m_stack;
}

RoomConsole *MainWindow::console() const
{
    return m_stack->console();
}

RoomConsole *MainWindow::consoleOf(const RoomSession *session) const
{
    return m_stack->consoleOf(session);
}

QList<RoomConsole *> MainWindow::consoles() const
{
    return m_stack->consoles();
}

void MainWindow::showRoom(RoomSession *session)
{
    m_stack->showRoom(session);
}

void MainWindow::showOverview()
{
    m_stack->showOverview();
}

bool MainWindow::isOverviewShown() const
{
    return m_stack->isOverviewShown();
}

RoomListPanel *MainWindow::roomList() const
{
    return m_stack->roomList();
}

OverviewPage *MainWindow::overview() const
{
    return m_stack->overview();
}

void MainWindow::addRoom()
{
    m_stack->addRoom();
}

void MainWindow::setDialogPresenter(std::unique_ptr<DialogPresenter> presenter)
{
    if (!presenter)
        return;
    m_presenter = std::move(presenter);
    m_stack->setPresenter(m_presenter.get());
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(demo);
    m_stack->setDemoMode(demo);
    updateTitle();
}

void MainWindow::connectToRoom(const ConnectionRequest &request)
{
    if (RoomConsole *current = console())
        current->connectToRoom(request);
}

bool MainWindow::isAddressBookSettled() const
{
    return m_stack->isAddressBookSettled();
}

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    // On the overview no room is aimed at: the room actions wait until one is opened.
    RoomConsole *current = m_stack->aimedConsole();
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
    // A widget action's widget (the in-call strip) stays hidden after a clear() took it away
    // before: show it again with its action.
    for (QAction *action : ui.mainToolBar->actions())
        if (qobject_cast<QWidgetAction *>(action))
            if (QWidget *widget = ui.mainToolBar->widgetForAction(action))
                widget->setVisible(action->isVisible());
}

bool MainWindow::connectsAtStart()
{
    return QSettings().value(kConnectAtStartKey, true).toBool();
}

void MainWindow::setUpLanguageMenu()
{
    QAction *atStart = new QAction(tr("Connect to Every Room at &Start"), this);
    atStart->setObjectName(u"connectAtStartAction"_s);
    atStart->setCheckable(true);
    atStart->setChecked(connectsAtStart());
    connect(atStart, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kConnectAtStartKey, on); });
    m_ui->settingsMenu->insertAction(m_ui->languageMenu->menuAction(), atStart);
    QAction *history = new QAction(tr("&History…"), this);
    history->setObjectName(u"historySettingsAction"_s);
    history->setToolTip(tr("How long and how much of the rooms' history this computer keeps"));
    history->setEnabled(m_history != nullptr);
    connect(history, &QAction::triggered, this, &MainWindow::showHistorySettings);
    m_ui->settingsMenu->insertAction(m_ui->languageMenu->menuAction(), history);

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
    m_historyLabel = new QLabel(tr("History paused"), this);
    m_historyLabel->setObjectName(u"historyPausedLabel"_s);
    StatusColors::setForeground(
        m_historyLabel, StatusColors::text(StatusColors::Tone::Bad, QApplication::palette(this)));
    m_historyLabel->setContentsMargins(0, 0, 6, 0);
    m_historyLabel->hide();
    m_ui->statusBar->addPermanentWidget(m_historyLabel);
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = store;
    m_stack->setHistoryStore(store);
    // Started with --no-history: there is nothing to set.
    if (auto *action = findChild<QAction *>(u"historySettingsAction"_s))
        action->setEnabled(store != nullptr);
    const auto update = [this] {
        const bool paused = m_history && m_history->state() == HistoryStore::State::Paused;
        m_historyLabel->setVisible(paused);
        m_historyLabel->setToolTip(paused ? m_history->statusText() : QString());
    };
    if (store)
        connect(store, &HistoryStore::statusChanged, this, update);
    update();
}

void MainWindow::showHistorySettings()
{
    // Window-modal and not blocking: the rooms' events keep flowing meanwhile.
    auto *dialog = new HistorySettingsDialog(m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateTitle()
{
    const RoomConsole *current = m_stack->aimedConsole();
    const QString room = isOverviewShown() ? tr("Overview")
        : current                          ? current->roomTitle()
                                           : QString();
    QString title = room.isEmpty() ? tr("RoomDeck") : tr("%1 — RoomDeck").arg(room);
    if (m_demo)
        title = tr("%1 (demo)").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    const RoomConsole *current = m_stack->aimedConsole();
    bool warning = false;
    m_endpointLabel->setText(isOverviewShown() ? tr("%n room(s)", nullptr, m_rooms->count())
                                 : current     ? current->endpointText(&warning)
                                               : tr("Not connected"));
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
