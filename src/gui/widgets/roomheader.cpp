// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomheader.h"

#include "ui_roomheader.h"

#include "core/controller/roomcontroller.h"
#include "core/models/devicestate.h"
#include "core/models/serveraccountstate.h"
#include "core/roomtext.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QApplication>
#include <QEvent>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

namespace {

Tone toneForConnection(RoomController::ConnectionState state)
{
    using S = RoomController::ConnectionState;
    switch (state) {
    case S::Connected:
        return Tone::Good;
    case S::Locating:
    case S::Connecting:
    case S::Authenticating:
    case S::Loading:
    case S::Reconnecting:
        return Tone::Busy;
    case S::Unauthorized:
        return Tone::Bad;
    case S::Disconnected:
        break;
    }
    return Tone::Neutral;
}

} // namespace

RoomHeader::RoomHeader(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::RoomHeader>())
{
    m_ui->setupUi(this);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &RoomHeader::refreshCountdown);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RoomHeader::retryRequested);
    connect(m_ui->cancelReconnectButton, &QPushButton::clicked, this,
            &RoomHeader::cancelReconnectRequested);
    const auto signIn = [this] {
        const QString secret = m_ui->signInSecretEdit->text();
        m_ui->signInSecretEdit->clear();
        Q_EMIT signInRequested(secret);
    };
    connect(m_ui->signInButton, &QPushButton::clicked, this, signIn);
    connect(m_ui->signInSecretEdit, &QLineEdit::returnPressed, this, signIn);
    connect(m_ui->dismissErrorButton, &QToolButton::clicked, this, &RoomHeader::clearProblem);
    m_ui->signInButton->setIcon(SvgIcon::icon(u"sign-in"_s));

    m_ui->retryButton->setIcon(SvgIcon::icon(u"retry"_s));
    m_ui->errorIconLabel->setPixmap(
        SvgIcon::pixmap(u"warning"_s, QSize(16, 16), devicePixelRatioF()));
    m_ui->reconnectIconLabel->setPixmap(
        SvgIcon::pixmap(u"state-busy"_s, QSize(16, 16), devicePixelRatioF()));

    for (QLabel *caption : { m_ui->connectionCaptionLabel, m_ui->appStateCaptionLabel,
                             m_ui->roleCaptionLabel, m_ui->accountCaptionLabel })
        TextStyle::scale(caption, 0.9, false);
    TextStyle::scale(m_ui->connectionStateLabel, 1.25);
    TextStyle::scale(m_ui->appStateLabel, 1.25);
    TextStyle::scale(m_ui->trueConfIdLabel, 1.25);
    TextStyle::bold(m_ui->roleBadgeLabel);

    // Beside the role badge, as icons: at a glance, no taller and no wider than the header.
    for (QLabel **icon : { &m_micIcon, &m_cameraIcon }) {
        *icon = new QLabel(this);
        (*icon)->setTextFormat(Qt::PlainText);
    }
    m_micIcon->setObjectName(u"micStateIcon"_s);
    m_cameraIcon->setObjectName(u"cameraStateIcon"_s);
    m_ui->roleLayout->insertSpacing(1, 8);
    m_ui->roleLayout->insertWidget(2, m_micIcon);
    m_ui->roleLayout->insertWidget(3, m_cameraIcon);

    applyStaticStyle();
    refresh();
    m_restyling = false;
}

RoomHeader::~RoomHeader() = default;

void RoomHeader::setController(RoomController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &RoomController::connectionStateChanged, this, &RoomHeader::refresh);
        connect(controller, &RoomController::appStateChanged, this, &RoomHeader::refreshAppState);
        connect(controller, &RoomController::roleChanged, this, &RoomHeader::refreshRole);
        connect(controller, &RoomController::trueConfIdChanged, this, &RoomHeader::refreshAccount);
        connect(controller, &RoomController::lastErrorChanged, this, &RoomHeader::refreshError);
        connect(controller, &RoomController::roomChanged, this, &RoomHeader::refreshConnection);
        connect(controller, &RoomController::connectionStateChanged, this,
                [this](RoomController::ConnectionState state) {
                    // A new session starts without the last one's command failures.
                    if (state == RoomController::ConnectionState::Locating)
                        clearProblem();
                });
        connect(controller, &RoomController::reconnectScheduled, this, [this] {
            // Restart so that the seconds tick in step with the new delay.
            m_countdownTimer.start();
            refreshCountdown();
        });
    }
    refresh();
}

void RoomHeader::setServerAccount(ServerAccountState *account)
{
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (account)
        connect(account, &ServerAccountState::changed, this, &RoomHeader::refreshAccount);
    refreshAccount();
}

void RoomHeader::setDevices(DeviceState *devices)
{
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    m_devices = devices;
    if (devices)
        connect(devices, &DeviceState::changed, this, &RoomHeader::refreshDevices);
    refreshDevices();
}

void RoomHeader::refreshDevices()
{
    using Device = DeviceState::Device;
    const bool signedIn = m_controller && m_controller->isAuthenticated();
    for (const Device d : { Device::Microphone, Device::Camera }) {
        QLabel *icon = d == Device::Microphone ? m_micIcon : m_cameraIcon;
        const std::optional<bool> muted
            = signedIn && m_devices ? m_devices->isMuted(d) : std::optional<bool>();
        const QString base = d == Device::Microphone ? u"mic"_s : u"cam"_s;
        const QString state = !muted ? u"-none"_s : (*muted ? u"-muted"_s : u"-on"_s);
        icon->setPixmap(SvgIcon::pixmap(base + state, QSize(16, 16), devicePixelRatioF()));
        const QString text
            = tr("%1: %2").arg(DeviceState::deviceName(d), DeviceState::muteText(muted).toLower());
        icon->setToolTip(text);
        icon->setAccessibleName(text);
        icon->setVisible(signedIn && m_devices);
    }
}

void RoomHeader::addIndicator(QWidget *indicator)
{
    m_ui->roleLayout->insertWidget(m_ui->roleLayout->indexOf(m_cameraIcon) + 1, indicator);
}

void RoomHeader::setRoomLabel(const QString &label)
{
    m_roomLabel = label;
    refreshConnection();
}

void RoomHeader::showProblem(const QString &text)
{
    m_problem = text;
    refreshError();
}

void RoomHeader::clearProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    refreshError();
}

QString RoomHeader::serverText(const QString &trueConfId, const QString &server, int port,
                               bool service)
{
    if (service)
        return tr("TrueConf Online");
    if (!server.isEmpty())
        return port > 0 && port != ServerAccountState::kDefaultServerPort
            ? u"%1:%2"_s.arg(server).arg(port)
            : server;
    // Until the room reports it, the ID's domain names the server (room-api.md §6).
    return RoomIds::parse(trueConfId).server;
}

void RoomHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A theme change re-derives the colours; our own style-sheet update also lands here,
    // hence the guard.
    if (!m_restyling
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)) {
        m_restyling = true;
        applyStaticStyle();
        refresh();
        m_restyling = false;
    }
}

void RoomHeader::applyStaticStyle()
{
    // The application palette, not ours: the style sheet below tints our own.
    const QPalette pal = QApplication::palette(this);
    const QColor secondary = StatusColors::text(Tone::Neutral, pal);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->connectionCaptionLabel),
                        static_cast<QWidget *>(m_ui->appStateCaptionLabel),
                        static_cast<QWidget *>(m_ui->roleCaptionLabel),
                        static_cast<QWidget *>(m_ui->accountCaptionLabel),
                        static_cast<QWidget *>(m_ui->addressLabel),
                        static_cast<QWidget *>(m_ui->appStateDetailLabel),
                        static_cast<QWidget *>(m_ui->roleDetailLabel),
                        static_cast<QWidget *>(m_ui->serverLabel) })
        StatusColors::setForeground(w, secondary);
    StatusColors::setForeground(m_ui->errorLabel, StatusColors::text(Tone::Bad, pal));
    StatusColors::setForeground(m_ui->reconnectLabel, StatusColors::text(Tone::Busy, pal));
    // A card slightly set off from the window; palette roles keep it right in dark themes.
    // Selected by class: the owner's form renames the instance (e.g. "roomHeader").
    const QString sheet = StatusColors::cardSheet(u"RoomHeader"_s, pal);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void RoomHeader::refresh()
{
    refreshConnection();
    refreshAppState();
    refreshRole();
    refreshAccount();
    refreshError();
    refreshCountdown();
    refreshDevices();
}

void RoomHeader::refreshConnection()
{
    const auto state = m_controller ? m_controller->connectionState()
                                    : RoomController::ConnectionState::Disconnected;
    const Tone tone = toneForConnection(state);
    m_ui->connectionStateLabel->setText(RoomController::connectionStateText(state));
    StatusColors::setForeground(m_ui->connectionStateLabel,
                                StatusColors::text(tone, QApplication::palette(this)));
    m_ui->connectionIconLabel->setPixmap(
        SvgIcon::pixmap(StatusColors::dotIcon(tone), QSize(16, 16), devicePixelRatioF()));
    const QString room = m_controller ? m_controller->roomName() : QString();
    if (room.isEmpty())
        m_ui->addressLabel->setText(tr("No room selected"));
    else if (m_roomLabel.isEmpty())
        m_ui->addressLabel->setText(room);
    else
        m_ui->addressLabel->setText(tr("%1 — %2").arg(m_roomLabel, room));
}

void RoomHeader::refreshAppState()
{
    // The app state is only meaningful while signed in; before that it is stale or unknown.
    const bool known = m_controller && m_controller->isAuthenticated()
        && m_controller->appState() != Room::AppState::Unknown;
    if (!known) {
        m_ui->appStateLabel->setText(tr("—"));
        m_ui->appStateDetailLabel->setText(tr("Not known while not signed in"));
        StatusColors::setForeground(m_ui->appStateLabel,
                                    StatusColors::text(Tone::Neutral, QApplication::palette(this)));
        return;
    }
    const Room::AppState state = m_controller->appState();
    m_ui->appStateLabel->setText(Room::appStateName(int(state)));
    m_ui->appStateDetailLabel->setText(Room::appStateDescription(int(state)));
    StatusColors::setForeground(
        m_ui->appStateLabel,
        StatusColors::text(StatusColors::toneOf(state), QApplication::palette(this)));
}

void RoomHeader::refreshRole()
{
    const Room::Role role = m_controller ? m_controller->role() : Room::Role::None;
    m_ui->roleBadgeLabel->setText(Room::roleName(role));
    Tone tone = Tone::Neutral;
    QString icon = u"role-none"_s;
    QString detail;
    switch (role) {
    case Room::Role::Admin:
        tone = Tone::Info;
        icon = u"role-admin"_s;
        detail = tr("Full control of the room");
        break;
    case Room::Role::User:
        tone = Tone::Good;
        icon = u"role-user"_s;
        detail = tr("Calls and devices only");
        break;
    case Room::Role::None:
        detail = tr("Commands are not possible");
        break;
    }
    m_ui->roleIconLabel->setPixmap(SvgIcon::pixmap(icon, QSize(14, 14), devicePixelRatioF()));
    const QString badge = u"QFrame#roleBadgeFrame { background-color: %1; border: 1px solid %1;"
                          " border-radius: 10px; }"_s.arg(StatusColors::fill(tone).name());
    if (m_ui->roleBadgeFrame->styleSheet() != badge)
        m_ui->roleBadgeFrame->setStyleSheet(badge);
    StatusColors::setForeground(m_ui->roleBadgeLabel, Qt::white);
    m_ui->roleDetailLabel->setText(detail);
}

void RoomHeader::refreshAccount()
{
    // The room's words, bounded and cleaned before anything is made of them.
    const QString id = m_controller ? RoomText::name(m_controller->trueConfId()) : QString();
    const QString name = m_controller ? RoomText::name(m_controller->displayName()) : QString();
    const bool signedIn = m_controller && m_controller->isAuthenticated();
    m_ui->trueConfIdLabel->setText(signedIn && !id.isEmpty() ? id : tr("—"));
    QString server;
    if (signedIn) {
        server = m_account ? serverText(id, RoomText::name(m_account->server()), m_account->port(),
                                        m_account->isService())
                           : serverText(id, {}, 0, false);
        if (m_account && m_account->connectionState() != 2 && !server.isEmpty())
            server = tr("%1 (%2)").arg(
                server, Room::serverConnectionStateText(m_account->connectionState()));
    }
    QStringList parts;
    if (signedIn && !name.isEmpty() && name != id)
        parts << name;
    if (!server.isEmpty())
        parts << tr("server %1").arg(server);
    else if (signedIn && id.isEmpty())
        parts << tr("Not logged in to a TrueConf server");
    m_ui->serverLabel->setText(parts.join(u" · "_s));
}

void RoomHeader::refreshError()
{
    const auto state = m_controller ? m_controller->connectionState()
                                    : RoomController::ConnectionState::Disconnected;
    const bool unauthorized = state == RoomController::ConnectionState::Unauthorized;
    const QString error = m_controller ? m_controller->lastError() : QString();
    QString text = error.isEmpty() ? m_problem : error;
    const bool displaced = unauthorized && m_controller->isDisplaced();
    if (displaced)
        text = error; // says who took over and when
    else if (unauthorized)
        text = tr("Not signed in: %1")
                   .arg(error.isEmpty() ? tr("the room wants a new sign-in") : error);
    m_ui->errorLabel->setText(text);
    m_ui->errorFrame->setVisible(!text.isEmpty());
    // A restart the operator asked for is news, not a failure: amber, with the retry arrow.
    const bool expected = m_controller && m_controller->isRoomRestarting() && !error.isEmpty();
    const QPalette pal = QApplication::palette(this);
    StatusColors::setForeground(m_ui->errorLabel,
                                StatusColors::text(expected ? Tone::Busy : Tone::Bad, pal));
    m_ui->errorIconLabel->setPixmap(
        SvgIcon::pixmap(expected ? u"retry"_s : u"warning"_s, QSize(16, 16), devicePixelRatioF()));
    m_ui->signInSecretEdit->setVisible(unauthorized);
    m_ui->signInButton->setVisible(unauthorized);
    // Taking the room back signs the other controller out: the button says so.
    if (m_signInText.isEmpty())
        m_signInText = m_ui->signInButton->text();
    m_ui->signInButton->setText(displaced ? tr("Recla&im") : m_signInText);
    m_ui->signInButton->setToolTip(
        displaced ? tr("Sign in again as %1; the other controller is signed out in turn")
                        .arg(Room::roleName(m_controller->displacedRole()))
                  : tr("Sign in to the room again with the same role"));
    m_ui->dismissErrorButton->setVisible(!unauthorized && error.isEmpty() && !m_problem.isEmpty());
}

void RoomHeader::refreshCountdown()
{
    const bool reconnecting = m_controller
        && m_controller->connectionState() == RoomController::ConnectionState::Reconnecting;
    m_ui->reconnectFrame->setVisible(reconnecting);
    if (!reconnecting) {
        m_countdownTimer.stop();
        return;
    }
    if (!m_countdownTimer.isActive())
        m_countdownTimer.start();
    const int msecs = m_controller->msecsUntilReconnect();
    const int secs = (msecs + 999) / 1000;
    QString text = secs > 0 ? tr("Reconnecting in %n s", nullptr, secs) : tr("Reconnecting now…");
    const int attempt = m_controller->reconnectAttempt();
    if (attempt > 0)
        text += u"  "_s + tr("(attempt %1)").arg(attempt);
    m_ui->reconnectLabel->setText(text);
}
