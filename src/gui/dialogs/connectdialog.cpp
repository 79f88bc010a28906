// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "connectdialog.h"

#include "ui_connectdialog.h"

#include "gui/widgets/statuscolors.h"

#include <QApplication>
#include <QPushButton>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->roleCombo->addItem(Room::roleName(Room::Role::Admin), int(Room::Role::Admin));
    m_ui->roleCombo->addItem(Room::roleName(Room::Role::User), int(Room::Role::User));
    m_ui->roleCombo->addItem(tr("Automatic (Administrator if allowed, else User)"),
                             int(Room::Role::None));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    const QPalette pal = QApplication::palette(this);
    StatusColors::setForeground(m_ui->introLabel, StatusColors::text(Tone::Neutral, pal));
    StatusColors::setForeground(m_ui->secretHintLabel, StatusColors::text(Tone::Neutral, pal));

    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->instanceEdit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(540);
    validate();
    adjustSize();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setSuggestion(const ConnectionRequest &suggestion)
{
    m_ui->addressEdit->setText(suggestion.addressText);
    m_ui->instanceEdit->setText(suggestion.instance);
    setRole(suggestion.credentials.role);
    m_ui->secretEdit->clear();
    // Start where the operator most likely types: an empty address, else the secret.
    if (suggestion.addressText.isEmpty())
        m_ui->addressEdit->setFocus();
    else
        m_ui->secretEdit->setFocus();
}

QString ConnectDialog::addressText() const
{
    return m_ui->addressEdit->text().trimmed();
}

QString ConnectDialog::instance() const
{
    return m_ui->instanceEdit->text().trimmed();
}

Room::Role ConnectDialog::role() const
{
    return Room::Role(m_ui->roleCombo->currentData().toInt());
}

void ConnectDialog::setRole(Room::Role role)
{
    const int index = m_ui->roleCombo->findData(int(role));
    if (index >= 0)
        m_ui->roleCombo->setCurrentIndex(index);
}

RoomController::Credentials ConnectDialog::credentials() const
{
    const QString secret = m_ui->secretEdit->text();
    return secret.isEmpty() ? RoomController::Credentials::unsecured(role())
                            : RoomController::Credentials::withSecret(secret, role());
}

ConnectionRequest ConnectDialog::request() const
{
    ConnectionRequest r;
    r.address = m_address;
    r.credentials = credentials();
    r.addressText = addressText();
    r.instance = instance();
    return r;
}

void ConnectDialog::validate()
{
    const QString text = addressText();
    QString error;
    m_address = RoomAddress::parse(text, instance(), &error);
    m_error = m_address.isValid() ? QString() : error;

    const QPalette pal = QApplication::palette(this);
    QString status;
    Tone tone = Tone::Neutral;
    if (text.isEmpty()) {
        // Not an error yet: the operator has not typed anything.
        status = tr("The IP address and port are shown on the room's main screen.");
    } else if (!m_address.isValid()) {
        status = m_error;
        tone = Tone::Bad;
    } else if (m_address.hasWsOverride()) {
        status = tr("Connects straight to the WebSocket port; config.json is not read.");
    } else {
        status = tr("Ports are read from %1").arg(m_address.configUrl().toDisplayString());
    }
    // One line whatever the text: a wrapping label would make the dialog jump while typing.
    m_ui->addressStatusLabel->setText(status);
    StatusColors::setForeground(m_ui->addressStatusLabel, StatusColors::text(tone, pal));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_address.isValid());
}
