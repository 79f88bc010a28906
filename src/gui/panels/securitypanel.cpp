// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "securitypanel.h"

#include "ui_securitypanel.h"

#include "core/session/roomsession.h"

#include "core/controller/roomcontroller.h"
#include "core/models/securitystate.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QClipboard>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Cap = Permissions::Capability;

SecurityPanel::SecurityPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SecurityPanel>())
{
    m_ui->setupUi(this);
    m_ui->modeCombo->addItem(tr("Administrator mode"), int(Room::Role::Admin));
    m_ui->modeCombo->addItem(tr("User mode"), int(Room::Role::User));
    for (Room::Protection type :
         { Room::Protection::Password, Room::Protection::Pin, Room::Protection::Unsecured })
        m_ui->typeCombo->addItem(SecurityState::protectionTypeText(type), int(type));
    m_ui->copyPinButton->setIcon(SvgIcon::icon(u"copy"_s));
    m_ui->copyKeyButton->setIcon(SvgIcon::icon(u"copy"_s));
    m_ui->refreshProtectionButton->setIcon(SvgIcon::icon(u"retry"_s));
    m_ui->clearTokensButton->setIcon(SvgIcon::icon(u"clear"_s));
    m_ui->copyPinButton->hide();
    m_ui->protectionStatusLabel->hide();

    // PINs are shown masked; an operator reveals them on purpose (and anyone looking over a
    // shoulder or at a shared screen sees bullets otherwise).
    m_revealButton = new QToolButton(this);
    m_revealButton->setObjectName(u"revealPinButton"_s);
    m_revealButton->setCheckable(true);
    m_revealButton->setText(tr("Reveal PINs"));
    m_revealButton->setToolTip(tr("Show the PINs in clear text while this is pressed"));
    m_revealButton->setAccessibleName(tr("Reveal PINs"));
    m_ui->protectionLayout->addWidget(m_revealButton, 0, 3, 2, 1, Qt::AlignRight | Qt::AlignTop);
    connect(m_revealButton, &QToolButton::toggled, this, [this] {
        updateState();
        showNewPin();
    });
    m_ui->tokensStatusLabel->hide();
    m_ui->licenceStatusLabel->hide();

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &SecurityPanel::updateEnabled);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &SecurityPanel::updateEnabled);
    connect(m_ui->newPasswordEdit, &QLineEdit::textChanged, this, &SecurityPanel::updateEnabled);
    connect(m_ui->repeatPasswordEdit, &QLineEdit::textChanged, this, &SecurityPanel::updateEnabled);
    connect(m_ui->licenceKeyEdit, &QLineEdit::textChanged, this, &SecurityPanel::updateEnabled);
    connect(m_ui->applyProtectionButton, &QPushButton::clicked, this,
            &SecurityPanel::applyProtection);
    connect(m_ui->clearTokensButton, &QPushButton::clicked, this, &SecurityPanel::clearTokens);
    connect(m_ui->activateButton, &QPushButton::clicked, this, &SecurityPanel::activateLicence);
    connect(m_ui->licenceKeyEdit, &QLineEdit::returnPressed, this, &SecurityPanel::activateLicence);
    connect(m_ui->copyKeyButton, &QToolButton::clicked, this, &SecurityPanel::copyHardwareKey);
    connect(m_ui->copyPinButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_newPin); });
    setUp(session->controller(), session->security(), presenter);
}

SecurityPanel::~SecurityPanel() = default;

void SecurityPanel::setUp(RoomController *controller, SecurityState *security,
                          DialogPresenter *presenter)
{
    m_controller = controller;
    m_security = security;
    m_presenter = presenter;
    connect(m_ui->refreshProtectionButton, &QPushButton::clicked, security,
            &SecurityState::refresh);
    connect(security, &SecurityState::changed, this, &SecurityPanel::updateState);
    connect(security, &SecurityState::hardwareKeyChanged, this, &SecurityPanel::updateState);
    connect(security, &SecurityState::licenceChanged, this, [this] {
        const SecurityState::Licence licence = m_security->licence();
        setStatus(m_ui->licenceStatusLabel, SecurityState::licenceText(licence),
                  licence.status != 0);
    });
    connect(security, &SecurityState::licenceActivationReplied, this, [this](int status) {
        m_busy = false;
        // The event with the dates normally follows; until then the status alone.
        if (status != 0) {
            SecurityState::Licence refused;
            refused.known = true;
            refused.status = status;
            setStatus(m_ui->licenceStatusLabel, SecurityState::licenceText(refused), true);
        } else {
            m_ui->licenceKeyEdit->clear();
        }
        updateEnabled();
    });
    connect(security, &SecurityState::protectionChanged, this,
            [this](Room::Role role, Room::Protection type, const QString &pin) {
                m_busy = false;
                const QString mode
                    = role == Room::Role::Admin ? tr("Administrator mode") : tr("User mode");
                m_newPin = pin;
                m_newPinMode = mode;
                QString text;
                if (type == Room::Protection::Pin && !pin.isEmpty())
                    text = newPinText();
                else if (type == Room::Protection::Password)
                    text = tr("%1 is now protected by the new password.").arg(mode);
                else
                    text = tr("%1 is now open: no PIN or password is needed.").arg(mode);
                m_ui->copyPinButton->setVisible(!m_newPin.isEmpty());
                setStatus(m_ui->protectionStatusLabel, text, false);
                updateEnabled();
            });
    connect(security, &SecurityState::tokensCleared, this, [this] {
        m_busy = false;
        setStatus(m_ui->tokensStatusLabel,
                  tr("Tokens cleared. Saved sign-ins elsewhere need the PIN or password again."),
                  false);
        updateEnabled();
    });
    connect(security, &SecurityState::failed, this,
            [this](SecurityState::Operation operation, const QString &text) {
                m_busy = false;
                QLabel *label = m_ui->protectionStatusLabel;
                if (operation == SecurityState::Operation::Tokens)
                    label = m_ui->tokensStatusLabel;
                else if (operation != SecurityState::Operation::Protection)
                    label = m_ui->licenceStatusLabel;
                setStatus(label, text, true);
                updateEnabled();
            });
    updateState();
}

void SecurityPanel::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    if (!caps.testFlag(Cap::Security)) {
        // A generated PIN is shown to the administrator who asked for it, and only while
        // signed in as one.
        m_newPin.clear();
        m_ui->copyPinButton->hide();
        m_ui->protectionStatusLabel->hide();
        m_revealButton->setChecked(false);
    }
    updateEnabled();
}

void SecurityPanel::updateState()
{
    if (!m_security)
        return;
    const bool reveal = m_revealButton->isChecked();
    m_ui->adminProtectionLabel->setText(
        SecurityState::protectionText(m_security->protection(Room::Role::Admin), reveal));
    m_ui->userProtectionLabel->setText(
        SecurityState::protectionText(m_security->protection(Room::Role::User), reveal));
    m_revealButton->setVisible(!m_newPin.isEmpty()
                               || !m_security->protection(Room::Role::Admin).pin.isEmpty()
                               || !m_security->protection(Room::Role::User).pin.isEmpty());
    m_ui->hardwareKeyEdit->setText(m_security->hardwareKey());
    updateEnabled();
}

QString SecurityPanel::newPinText() const
{
    return tr("%1 is now protected by PIN %2, which the room generated.")
        .arg(m_newPinMode, m_revealButton->isChecked() ? m_newPin : SecurityState::maskedPin());
}

void SecurityPanel::showNewPin()
{
    if (!m_newPin.isEmpty() && m_ui->protectionStatusLabel->isVisibleTo(this))
        m_ui->protectionStatusLabel->setText(newPinText());
}

void SecurityPanel::hideEvent(QHideEvent *event)
{
    // Leaving the page masks the PINs again.
    m_revealButton->setChecked(false);
    QWidget::hideEvent(event);
}

void SecurityPanel::updateEnabled()
{
    const auto type = Room::Protection(m_ui->typeCombo->currentData().toInt());
    const bool password = type == Room::Protection::Password;
    m_ui->newPasswordLabel->setVisible(password);
    m_ui->newPasswordEdit->setVisible(password);
    m_ui->repeatPasswordLabel->setVisible(password);
    m_ui->repeatPasswordEdit->setVisible(password);
    const bool security = m_caps.testFlag(Cap::Security) && !m_busy;
    const bool passwordsOk = !password
        || (!m_ui->newPasswordEdit->text().isEmpty()
            && m_ui->newPasswordEdit->text() == m_ui->repeatPasswordEdit->text());
    m_ui->applyProtectionButton->setEnabled(security && passwordsOk);
    m_ui->applyProtectionButton->setToolTip(
        password && !passwordsOk ? tr("Enter the new password twice") : QString());
    m_ui->refreshProtectionButton->setEnabled(m_caps.testFlag(Cap::ViewStatus));
    m_ui->clearTokensButton->setEnabled(security);
    const bool licence = m_caps.testFlag(Cap::Licence) && !m_busy;
    m_ui->copyKeyButton->setEnabled(!m_ui->hardwareKeyEdit->text().isEmpty());
    m_ui->activateButton->setEnabled(licence && !m_ui->licenceKeyEdit->text().trimmed().isEmpty());
}

bool SecurityPanel::applyProtection()
{
    if (!m_security || !m_presenter || m_busy || !m_caps.testFlag(Cap::Security))
        return false;
    const auto role = Room::Role(m_ui->modeCombo->currentData().toInt());
    const auto type = Room::Protection(m_ui->typeCombo->currentData().toInt());
    const QString password = m_ui->newPasswordEdit->text();
    if (type == Room::Protection::Password && password != m_ui->repeatPasswordEdit->text()) {
        setStatus(m_ui->protectionStatusLabel, tr("The two passwords differ."), true);
        return false;
    }
    const QString problem = m_security->protectionProblem(role, type, password);
    if (!problem.isEmpty()) {
        setStatus(m_ui->protectionStatusLabel, problem, true);
        return false;
    }
    const QString mode = m_ui->modeCombo->currentText();
    QString question = tr("Set the protection of %1 to “%2”?")
                           .arg(mode, SecurityState::protectionTypeText(type));
    if (role == Room::Role::Admin && type == Room::Protection::Unsecured
        && m_security->protection(Room::Role::User).type != Room::Protection::Unsecured)
        question += u"\n\n"_s
            + tr("User mode becomes open too: it may not be protected while Administrator mode "
                 "is open.");
    if (m_controller && role == m_controller->role())
        question += u"\n\n"_s
            + tr("This console stays signed in and uses the new protection from now on.");
    else
        question += u"\n\n"_s + tr("Consoles signed in to that mode have to sign in again.");
    if (!m_presenter->confirm(this, tr("Change Protection"), question))
        return false;
    m_busy = true;
    m_security->setProtection(role, type, password);
    m_ui->newPasswordEdit->clear();
    m_ui->repeatPasswordEdit->clear();
    setStatus(m_ui->protectionStatusLabel, tr("Changing the protection…"), false);
    updateEnabled();
    return true;
}

bool SecurityPanel::clearTokens()
{
    if (!m_security || !m_presenter || m_busy || !m_caps.testFlag(Cap::Security))
        return false;
    if (!m_presenter->confirm(this, tr("Clear Tokens"),
                              tr("Invalidate every token the room has issued? Saved sign-ins "
                                 "of other consoles and scripts stop working.")))
        return false;
    m_busy = true;
    m_security->clearTokens();
    updateEnabled();
    return true;
}

bool SecurityPanel::activateLicence()
{
    const QString key = m_ui->licenceKeyEdit->text().trimmed();
    if (!m_security || m_busy || key.isEmpty() || !m_caps.testFlag(Cap::Licence))
        return false;
    m_busy = true;
    m_security->activateLicence(key);
    setStatus(m_ui->licenceStatusLabel, tr("Activating…"), false);
    updateEnabled();
    return true;
}

void SecurityPanel::copyHardwareKey()
{
    const QString key = m_ui->hardwareKeyEdit->text();
    if (key.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(key);
    setStatus(m_ui->licenceStatusLabel, tr("Hardware key copied to the clipboard."), false);
}

void SecurityPanel::setStatus(QLabel *label, const QString &text, bool problem)
{
    StatusColors::showMessage(label, text,
                              problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral);
}

QString SecurityPanel::pageTitle() const
{
    return tr("Security");
}

QIcon SecurityPanel::pageIcon() const
{
    return SvgIcon::icon(u"shield"_s);
}
