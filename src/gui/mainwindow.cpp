// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/logging.h"
#include "core/models/eventlogmodel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
// The last room, never its secret (ARCHITECTURE.md: no secrets in QSettings).
const auto kAddressKey = u"connection/address"_s;
const auto kInstanceKey = u"connection/instance"_s;
const auto kRoleKey = u"connection/role"_s;

QString sourceText(RoomLocator::Source source)
{
    switch (source) {
    case RoomLocator::Source::Discovered:
        return MainWindow::tr("ports read from config.json");
    case RoomLocator::Source::Override:
        return MainWindow::tr("WebSocket address given directly");
    case RoomLocator::Source::Fallback:
        return MainWindow::tr("default port assumed: config.json was unreachable");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(RoomController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_controller(controller)
    , m_eventLog(new EventLogModel(this))
    , m_presenter(std::make_unique<WidgetDialogPresenter>())
{
    Q_ASSERT(controller);
    m_ui->setupUi(this);
    setWindowIcon(SvgIcon::icon(u"roomdeck"_s));

    m_ui->connectAction->setIcon(SvgIcon::icon(u"connect"_s));
    m_ui->disconnectAction->setIcon(SvgIcon::icon(u"disconnect"_s));
    m_ui->retryAction->setIcon(SvgIcon::icon(u"retry"_s));
    m_ui->quitAction->setIcon(SvgIcon::icon(u"quit"_s));
    m_ui->aboutAction->setIcon(SvgIcon::icon(u"about"_s));

    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(u"endpointLabel"_s);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpointLabel->setContentsMargins(6, 0, 0, 0);
    m_ui->statusBar->addWidget(m_endpointLabel, 1);
    m_demoLabel = new QLabel(tr("Demo: simulated room"), this);
    m_demoLabel->setObjectName(u"demoLabel"_s);
    m_demoLabel->setToolTip(tr("RoomDeck started its built-in room simulator (--demo)"));
    StatusColors::setForeground(
        m_demoLabel, StatusColors::text(StatusColors::Tone::Info, QApplication::palette(this)));
    m_demoLabel->setContentsMargins(0, 0, 6, 0);
    m_demoLabel->hide();
    m_ui->statusBar->addPermanentWidget(m_demoLabel);

    m_eventLog->attach(controller);
    m_ui->eventLogPanel->setModel(m_eventLog);
    m_ui->roomHeader->setController(controller);

    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    connect(m_ui->disconnectAction, &QAction::triggered, controller,
            &RoomController::disconnectFromRoom);
    connect(m_ui->retryAction, &QAction::triggered, controller, &RoomController::retryNow);
    connect(m_ui->roomHeader, &RoomHeader::retryRequested, controller, &RoomController::retryNow);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    connect(controller, &RoomController::connectionStateChanged, this,
            &MainWindow::applyCapabilities);
    connect(controller, &RoomController::capabilitiesChanged, this, &MainWindow::applyCapabilities);
    connect(controller, &RoomController::roomChanged, this, &MainWindow::updateTitle);

    resize(defaultSize());
    restoreSettings();
    updateTitle();
    applyCapabilities();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDialogPresenter(std::unique_ptr<DialogPresenter> presenter)
{
    if (presenter)
        m_presenter = std::move(presenter);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(demo);
    updateTitle();
}

void MainWindow::connectToRoom(const ConnectionRequest &request)
{
    if (!m_controller || !request.address.isValid())
        return;
    if (!m_demo && !request.addressText.isEmpty()) {
        QSettings settings;
        settings.setValue(kAddressKey, request.addressText);
        settings.setValue(kInstanceKey, request.instance);
        settings.setValue(kRoleKey, int(request.credentials.role));
    }
    qCInfo(lcGui) << "connecting to" << request.address.displayText();
    m_controller->connectToRoom(request.address, request.credentials);
}

void MainWindow::showConnectDialog()
{
    const std::optional<ConnectionRequest> request
        = m_presenter->askForConnection(this, rememberedRequest());
    if (request)
        connectToRoom(*request);
}

ConnectionRequest MainWindow::rememberedRequest() const
{
    ConnectionRequest r;
    const QSettings settings;
    r.addressText = settings.value(kAddressKey).toString();
    r.instance = settings.value(kInstanceKey).toString();
    const int role = settings.value(kRoleKey, int(Room::Role::Admin)).toInt();
    r.credentials.role = (role == int(Room::Role::User) || role == int(Room::Role::None))
        ? Room::Role(role)
        : Room::Role::Admin;
    r.address = RoomAddress::parse(r.addressText, r.instance);
    return r;
}

void MainWindow::applyCapabilities()
{
    if (!m_controller)
        return;
    const auto state = m_controller->connectionState();
    const Permissions::Capabilities caps = m_controller->capabilities();
    using State = RoomController::ConnectionState;

    // Connect… stays available in every state: it replaces the current session.
    m_ui->disconnectAction->setEnabled(state != State::Disconnected);
    m_ui->retryAction->setVisible(state == State::Reconnecting);
    m_ui->retryAction->setEnabled(state == State::Reconnecting);
    // The endpoint is only worth showing while the room answers commands.
    m_sessionUp = caps.testFlag(Permissions::Capability::ViewStatus);
    updateStatusBar();
}

void MainWindow::updateTitle()
{
    const QString room = m_controller ? m_controller->roomName() : QString();
    QString title = room.isEmpty() ? tr("RoomDeck") : tr("%1 — RoomDeck").arg(room);
    if (m_demo)
        title = tr("%1 (demo)").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    // Back to the inherited colours unless the endpoint below deserves a warning tint.
    m_endpointLabel->setPalette(QPalette());
    if (!m_controller || !m_sessionUp) {
        const auto state = m_controller ? m_controller->connectionState()
                                        : RoomController::ConnectionState::Disconnected;
        m_endpointLabel->setText(state == RoomController::ConnectionState::Disconnected
                                     ? tr("Not connected")
                                     : RoomController::connectionStateText(state) + u"…"_s);
        return;
    }
    const RoomLocator::Source source = m_controller->endpointSource();
    QString text = tr("WebSocket %1 (%2)")
                       .arg(m_controller->webSocketUrl().toDisplayString(), sourceText(source));
    if (m_controller->httpPort() != 0)
        text += u"  ·  "_s + tr("HTTP port %1").arg(m_controller->httpPort());
    m_endpointLabel->setText(text);
    if (source == RoomLocator::Source::Fallback)
        StatusColors::setForeground(
            m_endpointLabel,
            StatusColors::text(StatusColors::Tone::Busy, QApplication::palette(this)));
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
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    m_ui->eventLogPanel->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_ui->eventLogPanel->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
