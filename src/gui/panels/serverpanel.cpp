// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "serverpanel.h"

#include "ui_serverpanel.h"

#include "core/session/roomsession.h"

#include "core/controller/requestoutcome.h"
#include "core/controller/roomcontroller.h"
#include "core/models/serveraccountstate.h"
#include "core/roomtext.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

using namespace Qt::StringLiterals;
using Cap = Permissions::Capability;

ServerPanel::ServerPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
{
    m_ui->setupUi(this);
    m_ui->portSpin->setValue(ServerAccountState::kDefaultServerPort);
    m_ui->connectServerButton->setIcon(SvgIcon::icon(u"connect"_s));
    m_ui->loginButton->setIcon(SvgIcon::icon(u"sign-in"_s));
    m_ui->logoutButton->setIcon(SvgIcon::icon(u"disconnect"_s));
    // These quote the room (its server, its account): plain text only.
    m_ui->connectionStateLabel->setTextFormat(Qt::PlainText);
    m_ui->accountStateLabel->setTextFormat(Qt::PlainText);
    m_ui->connectStatusLabel->hide();
    m_ui->loginResultLabel->hide();
    connect(m_ui->connectServerButton, &QPushButton::clicked, this, &ServerPanel::connectRoom);
    connect(m_ui->loginButton, &QPushButton::clicked, this, &ServerPanel::logIn);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &ServerPanel::logOut);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, &ServerPanel::updateEnabled);
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ServerPanel::updateEnabled);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &ServerPanel::updateEnabled);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &ServerPanel::updateEnabled);
    connect(m_ui->serverEdit, &QLineEdit::returnPressed, this, &ServerPanel::connectRoom);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &ServerPanel::logIn);
    setUp(session->controller(), session->serverAccount(), presenter);
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::setUp(RoomController *controller, ServerAccountState *account,
                        DialogPresenter *presenter)
{
    m_controller = controller;
    m_account = account;
    m_presenter = presenter;
    connect(account, &ServerAccountState::changed, this, &ServerPanel::updateState);
    connect(account, &ServerAccountState::loginFinished, this,
            [this](int result, const QString &text) {
                m_loginPending = false;
                StatusColors::showMessage(
                    m_ui->loginResultLabel,
                    result == int(Room::LoginResult::Success) ? tr("Logged in.")
                                                              : tr("Login failed: %1").arg(text),
                    result == int(Room::LoginResult::Success) ? StatusColors::Tone::Good
                                                              : StatusColors::Tone::Bad);
                updateEnabled();
            });
    updateState();
}

void ServerPanel::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    updateEnabled();
}

void ServerPanel::updateState()
{
    if (!m_account)
        return;
    m_ui->connectionStateLabel->setText(m_account->summary());
    if (m_account->isLoggedIn()) {
        const QString id = RoomText::name(m_account->peerId());
        const QString name = RoomText::name(m_account->peerDn());
        m_ui->accountStateLabel->setText(name.isEmpty() || name == id
                                             ? tr("Logged in as %1").arg(id)
                                             : tr("Logged in as %1 (%2)").arg(id, name));
    } else {
        m_ui->accountStateLabel->setText(tr("Not logged in"));
    }
    // Pre-fill the server fields with what the room uses, unless the operator is typing.
    if (m_ui->serverEdit->text().isEmpty() && !m_account->server().isEmpty()
        && !m_account->isService()) {
        m_ui->serverEdit->setText(m_account->server());
        if (m_account->port() > 0)
            m_ui->portSpin->setValue(m_account->port());
    }
    updateEnabled();
}

void ServerPanel::updateEnabled()
{
    const bool toServer = m_ui->serverRadio->isChecked();
    m_ui->serverEdit->setEnabled(toServer);
    m_ui->portSpin->setEnabled(toServer);
    m_ui->connectServerButton->setEnabled(
        m_caps.testFlag(Cap::ServerConnection)
        && (!toServer || !m_ui->serverEdit->text().trimmed().isEmpty()));
    const bool mayLogIn = m_caps.testFlag(Cap::AccountLogin) && !m_loginPending;
    m_ui->loginEdit->setEnabled(mayLogIn);
    m_ui->passwordEdit->setEnabled(mayLogIn);
    m_ui->encryptCheck->setEnabled(mayLogIn);
    m_ui->loginButton->setEnabled(mayLogIn && !m_ui->loginEdit->text().trimmed().isEmpty()
                                  && !m_ui->passwordEdit->text().isEmpty());
    m_ui->loginButton->setToolTip(m_caps.testFlag(Cap::AccountLogin)
                                      ? QString()
                                      : tr("The room logs in once it is connected to a server "
                                           "and not logged in yet"));
    m_ui->logoutButton->setEnabled(m_caps.testFlag(Cap::AccountLogout));
}

bool ServerPanel::connectRoom()
{
    if (!m_account || !m_caps.testFlag(Cap::ServerConnection))
        return false;
    const bool toServer = m_ui->serverRadio->isChecked();
    const QString server = m_ui->serverEdit->text().trimmed();
    if (toServer && server.isEmpty())
        return false;
    const QString target = toServer ? tr("%1, port %2").arg(server).arg(m_ui->portSpin->value())
                                    : tr("TrueConf Online");
    const QString what = tr("Connecting to %1").arg(target);
    const auto done = [this, what](const RequestOutcome &o) {
        onOutcome(o, what);
    };
    if (toServer)
        m_account->connectToServer(server, m_ui->portSpin->value(), this, done);
    else
        m_account->connectToService(this, done);
    StatusColors::showMessage(m_ui->connectStatusLabel,
                              tr("Connecting the room to %1…").arg(target),
                              StatusColors::Tone::Neutral);
    return true;
}

void ServerPanel::onOutcome(const RequestOutcome &outcome, const QString &what)
{
    if (outcome.method == u"login"_s) {
        if (!outcome.ok()) {
            m_loginPending = false;
            StatusColors::showMessage(m_ui->loginResultLabel,
                                      tr("%1: %2").arg(what, RoomText::bounded(outcome.errorText)),
                                      StatusColors::Tone::Bad);
            updateEnabled();
        }
        return;
    }
    QLabel *label
        = outcome.method == u"logout"_s ? m_ui->loginResultLabel : m_ui->connectStatusLabel;
    if (outcome.ok())
        StatusColors::showMessage(label,
                                  outcome.method == u"logout"_s
                                      ? tr("Logged out.")
                                      : tr("The room accepted; it reports the result "
                                           "above."),
                                  StatusColors::Tone::Neutral);
    else
        StatusColors::showMessage(label,
                                  tr("%1: %2").arg(what, RoomText::bounded(outcome.errorText)),
                                  StatusColors::Tone::Bad);
}

bool ServerPanel::logIn()
{
    if (!m_account || !m_caps.testFlag(Cap::AccountLogin) || m_loginPending)
        return false;
    const QString id = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (id.isEmpty() || password.isEmpty())
        return false;
    const QString what = tr("Logging in");
    m_account->login(id, password, m_ui->encryptCheck->isChecked(), this,
                     [this, what](const RequestOutcome &o) { onOutcome(o, what); });
    // The password is not kept anywhere once it is on its way.
    m_ui->passwordEdit->clear();
    m_loginPending = true;
    StatusColors::showMessage(m_ui->loginResultLabel, tr("Logging in as %1…").arg(id),
                              StatusColors::Tone::Neutral);
    updateEnabled();
    return true;
}

bool ServerPanel::logOut()
{
    if (!m_account || !m_presenter || !m_caps.testFlag(Cap::AccountLogout))
        return false;
    // In a call the room leaves it when it logs out: the question says so.
    const Room::AppState state = m_controller->appState();
    QString question = tr("Log the room out of %1? Nobody can call it until it logs in again.")
                           .arg(m_account->peerId());
    if (state == Room::AppState::Wait || state == Room::AppState::Conference)
        question = tr("The room is in a call; it ends when the room leaves its server.") + u"\n\n"_s
            + question;
    if (!m_presenter->confirm(this, tr("Log Out"), question))
        return false;
    const QString what = tr("Logging out");
    m_account->logout(this, [this, what](const RequestOutcome &o) { onOutcome(o, what); });
    return true;
}

QString ServerPanel::pageTitle() const
{
    return tr("Server");
}

QIcon ServerPanel::pageIcon() const
{
    return SvgIcon::icon(u"server"_s);
}
