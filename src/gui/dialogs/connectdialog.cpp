// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "connectdialog.h"

#include "ui_connectdialog.h"

#include "gui/credentials/credentialstore.h"
#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/statuscolors.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

namespace {

//! The agent's name for a room, beside its instance (Qt::UserRole) in the agent room list.
constexpr int kAgentRoomNameRole = Qt::UserRole + 1;

} // namespace

SavedRoom ConnectionRequest::savedRoom() const
{
    SavedRoom room;
    room.name = name;
    // Never a PIN from a room's link: only the address is remembered.
    room.address = RoomAddress::splitUserLink(addressText).address.trimmed();
    // Remembered rooms go to QSettings: a password typed as ws://user:pass@host stays out
    // (the room API takes no user info; RoomAddress::parse drops it too).
    if (room.address.contains(u"://"_s) && room.address.contains(u'@'))
        room.address = QUrl(room.address).toString(QUrl::RemoveUserInfo);
    room.instance = instance;
    room.role = credentials.role;
    return room;
}

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

    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->instanceEdit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, &ConnectDialog::onAddressEdited);
    connect(m_ui->addressEdit, &QLineEdit::editingFinished, this, &ConnectDialog::applyUserLink);
    connect(m_ui->secretEdit, &QLineEdit::textEdited, this, [this] {
        // Typing replaces whatever the keychain lookup would still fill in.
        ++m_secretLookup;
        m_secretFilled = false;
        updateKeyringState();
    });
    connect(m_ui->savedRoomList, &QListWidget::currentRowChanged, this,
            &ConnectDialog::selectSavedRoom);
    connect(m_ui->savedRoomList, &QListWidget::itemActivated, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_ui->forgetRoomButton, &QPushButton::clicked, this,
            &ConnectDialog::forgetSelectedRoom);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        applyUserLink();
        if (isInputValid())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A roomdeck-agent's address: its rooms are offered, and choosing one sets the instance.
    m_agent = new AgentDirectory(this);
    connect(m_agent, &AgentDirectory::finished, this, &ConnectDialog::showAgentRooms);
    connect(m_ui->agentRoomsButton, &QPushButton::clicked, this, &ConnectDialog::lookUpAgentRooms);
    connect(m_ui->agentRoomCombo, &QComboBox::currentIndexChanged, this,
            &ConnectDialog::chooseAgentRoom);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &ConnectDialog::clearAgentRooms);
    m_ui->agentRoomCombo->setPlaceholderText(tr("Choose a room"));
    m_ui->agentRoomCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->agentRoomCombo->setMinimumContentsLength(20);
    // An agent's error names the address and the reason: up to three lines, then elided.
    m_ui->agentStatusLabel->setMaximumLineCount(3);
    clearAgentRooms();

    // Two lines for the keyring's word: the dialog must not jump when its text changes.
    m_ui->keyringStatusLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());
    setMinimumWidth(560);
    setSavedRooms({});
    validate();
    updateKeyringState();
    adjustSize();
}

ConnectDialog::~ConnectDialog()
{
    // ~QDialog hides the dialog, and the focus leaving a field would call into this half
    // destroyed object (editingFinished, a late agent answer).
    m_agent->abort();
    for (QObject *field : std::initializer_list<QObject *> {
             m_ui->addressEdit, m_ui->instanceEdit, m_ui->secretEdit, m_ui->agentRoomCombo })
        field->disconnect(this);
}

void ConnectDialog::setSuggestion(const ConnectionRequest &suggestion)
{
    m_ui->addressEdit->setText(suggestion.addressText);
    m_ui->instanceEdit->setText(suggestion.instance);
    m_ui->nameEdit->setText(suggestion.name);
    m_filledName = suggestion.name;
    setRole(suggestion.credentials.role);
    m_ui->secretEdit->clear();
    m_ui->rememberSecretCheckBox->setChecked(suggestion.secretPolicy
                                             == ConnectionRequest::SecretPolicy::Remember);
    // Start where the operator most likely types: an empty address, else the secret.
    if (suggestion.addressText.isEmpty())
        m_ui->addressEdit->setFocus();
    else
        m_ui->secretEdit->setFocus();
    // The suggestion is usually the last room: fill its secret from the keychain too.
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).sameRoom(suggestion.savedRoom())) {
            const QSignalBlocker blocker(m_ui->savedRoomList);
            m_ui->savedRoomList->setCurrentRow(row);
            selectSavedRoom(row);
            break;
        }
    }
}

void ConnectDialog::setSavedRooms(const QList<SavedRoom> &rooms)
{
    m_rooms = rooms;
    const QSignalBlocker blocker(m_ui->savedRoomList);
    m_ui->savedRoomList->clear();
    for (const SavedRoom &room : rooms) {
        auto *item = new QListWidgetItem(room.label(), m_ui->savedRoomList);
        item->setToolTip(room.secretInKeyring ? tr("The PIN or password is in the keyring")
                                              : tr("No PIN or password is stored"));
    }
    m_ui->savedRoomsWidget->setVisible(!rooms.isEmpty());
    // Room for four entries without scrolling; the list grows no further.
    const int rowHeight = m_ui->savedRoomList->sizeHintForRow(0) > 0
        ? m_ui->savedRoomList->sizeHintForRow(0)
        : fontMetrics().height() + 6;
    m_ui->savedRoomList->setFixedHeight(rowHeight * 4 + 2 * m_ui->savedRoomList->frameWidth() + 4);
    m_ui->forgetRoomButton->setEnabled(false);
}

void ConnectDialog::setCredentialStore(CredentialStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &CredentialStore::availabilityChanged, this,
                &ConnectDialog::updateKeyringState);
        store->probe();
    }
    updateKeyringState();
}

void ConnectDialog::selectSavedRoom(int row)
{
    m_ui->forgetRoomButton->setEnabled(row >= 0 && row < m_rooms.size());
    if (row < 0 || row >= m_rooms.size())
        return;
    const SavedRoom room = m_rooms.at(row);
    m_ui->nameEdit->setText(room.name);
    m_filledName = room.name;
    m_secretFilled = false;
    m_ui->addressEdit->setText(room.address);
    m_ui->instanceEdit->setText(room.instance);
    setRole(room.role);
    m_ui->secretEdit->clear();
    m_ui->rememberSecretCheckBox->setChecked(room.secretInKeyring);
    const quint64 lookup = ++m_secretLookup;
    updateKeyringState();
    if (!room.secretInKeyring || !m_store)
        return;
    setKeyringStatus(tr("Reading the PIN or password from the keyring…"), false);
    m_store->read(CredentialStore::keyFor(room.address, room.instance, room.role), this,
                  [this, lookup](const CredentialStore::Result &result) {
                      if (lookup != m_secretLookup)
                          return; // the operator moved on
                      if (result.ok()) {
                          m_ui->secretEdit->setText(result.secret);
                          m_secretFilled = true;
                          setKeyringStatus(tr("The PIN or password was filled in from the "
                                              "keyring."),
                                           false);
                      } else {
                          updateKeyringState();
                          if (result.status != CredentialStore::Status::Unavailable)
                              setKeyringStatus(result.error, true);
                      }
                  });
}

void ConnectDialog::forgetSelectedRoom()
{
    const int row = m_ui->savedRoomList->currentRow();
    if (row < 0 || row >= m_rooms.size())
        return;
    const SavedRoom room = m_rooms.at(row);
    if (room.secretInKeyring && m_store)
        m_store->remove(CredentialStore::keyFor(room.address, room.instance, room.role), this, {});
    QSettings settings;
    const QList<SavedRoom> rooms = SavedRooms::forget(m_rooms, room);
    SavedRooms::save(settings, rooms);
    setSavedRooms(rooms);
    ++m_secretLookup;
}

void ConnectDialog::updateKeyringState()
{
    const bool unavailable
        = !m_store || m_store->availability() == CredentialStore::Availability::Unavailable;
    m_ui->rememberSecretCheckBox->setEnabled(!unavailable);
    if (unavailable) {
        m_ui->rememberSecretCheckBox->setChecked(false);
        setKeyringStatus(tr("No keyring service is available: the PIN or password is asked for "
                            "each time."),
                         true);
        if (m_store && !m_store->unavailableReason().isEmpty())
            m_ui->keyringStatusLabel->setToolTip(m_store->unavailableReason());
        return;
    }
    m_ui->keyringStatusLabel->setToolTip({});
    setKeyringStatus(tr("Only the keyring ever holds the secret; RoomDeck's settings never do."),
                     false);
}

void ConnectDialog::setKeyringStatus(const QString &text, bool warning)
{
    m_ui->keyringStatusLabel->setText(text);
    StatusColors::setForeground(
        m_ui->keyringStatusLabel,
        StatusColors::text(warning ? Tone::Busy : Tone::Neutral, QApplication::palette(this)));
}

bool ConnectDialog::applyUserLink()
{
    // The QR code on a room's screen carries http://HOST:PORT/PIN: the PIN signs in (as User)
    // and never stays in the address, which is what Recent rooms remember.
    const RoomAddress::UserLink link = RoomAddress::splitUserLink(m_ui->addressEdit->text());
    if (link.pin.isEmpty())
        return false;
    m_ui->addressEdit->setText(link.address.trimmed());
    m_lastAddressSize = m_ui->addressEdit->text().size();
    m_ui->secretEdit->setText(link.pin);
    m_secretFilled = false;
    setRole(Room::Role::User);
    m_ui->rememberSecretCheckBox->setChecked(false);
    setKeyringStatus(tr("The PIN from the room's link is in the PIN field; the address is "
                        "remembered without it."),
                     false);
    return true;
}

void ConnectDialog::onAddressEdited(const QString &text)
{
    // A pasted link is split at once; a typed one when the field is left (a PIN typed
    // character by character must not be cut off at its first character).
    const bool pasted = text.size() > m_lastAddressSize + 1;
    m_lastAddressSize = text.size();
    // Another room: the previous room's name and saved secret do not belong to it.
    if (!m_filledName.isEmpty() && m_ui->nameEdit->text() == m_filledName)
        m_ui->nameEdit->clear();
    m_filledName.clear();
    if (m_secretFilled)
        m_ui->secretEdit->clear();
    m_secretFilled = false;
    ++m_secretLookup; // a keychain answer for the previous room must not land here
    if (m_ui->savedRoomList->currentRow() >= 0) {
        const QSignalBlocker blocker(m_ui->savedRoomList);
        m_ui->savedRoomList->setCurrentRow(-1);
        m_ui->forgetRoomButton->setEnabled(false);
    }
    updateKeyringState();
    if (pasted)
        applyUserLink();
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
    r.name = m_ui->nameEdit->text().trimmed();
    // Without a keychain the checkbox says nothing: what is stored (nothing) stays so.
    if (m_ui->rememberSecretCheckBox->isEnabled())
        r.secretPolicy = m_ui->rememberSecretCheckBox->isChecked()
            ? ConnectionRequest::SecretPolicy::Remember
            : ConnectionRequest::SecretPolicy::Forget;
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
    // The agent is asked by its host and port alone: a wrong instance must not stop that.
    const RoomAddress agent = RoomAddress::parse(text);
    m_ui->agentRoomsButton->setEnabled(agent.isValid() && !agent.hasWsOverride()
                                       && !(m_agent && m_agent->isRunning()));
}

// --- a roomdeck-agent's rooms ------------------------------------------------------------------

void ConnectDialog::lookUpAgentRooms()
{
    const RoomAddress agent = RoomAddress::parse(addressText());
    if (!agent.isValid() || agent.hasWsOverride()) {
        setAgentStatus(tr("Enter the roomdeck-agent's address as HOST:PORT first."), true);
        return;
    }
    clearAgentRooms();
    m_agent->setTimeout(m_agentTimeoutMs);
    m_agent->fetch(agent); // answers through showAgentRooms(), never from in here
    m_ui->agentRoomsButton->setEnabled(false);
    setAgentStatus(tr("Asking %1 for its rooms…").arg(AgentDirectory::roomsUrl(agent).authority()),
                   false);
}

int ConnectDialog::agentRoomCount() const
{
    return m_ui->agentRoomCombo->count();
}

void ConnectDialog::showAgentRooms(const AgentDirectory::Result &result)
{
    validate(); // the button again
    if (!result.ok()) {
        setAgentStatus(result.errorText, true);
        return;
    }
    if (result.rooms.isEmpty()) {
        setAgentStatus(tr("This roomdeck-agent serves no rooms."), true);
        return;
    }
    {
        const QSignalBlocker blocker(m_ui->agentRoomCombo);
        m_ui->agentRoomCombo->clear();
        for (const AgentDirectory::Room &room : result.rooms) {
            const QString state = room.up ? tr("up") : tr("down");
            const QString text = room.site.isEmpty()
                ? tr("%1 — %2", "agent room: name, up or down").arg(room.name, state)
                : tr("%1 — %2 — %3", "agent room: name, site, up or down")
                      .arg(room.name, room.site, state);
            m_ui->agentRoomCombo->addItem(text, room.instance);
            m_ui->agentRoomCombo->setItemData(m_ui->agentRoomCombo->count() - 1, room.name,
                                              kAgentRoomNameRole);
            m_ui->agentRoomCombo->setItemData(
                m_ui->agentRoomCombo->count() - 1,
                tr("TrueConf ID: %1\nAgent's connection: %2")
                    .arg(room.trueConfId.isEmpty() ? tr("not known") : room.trueConfId,
                         room.connection),
                Qt::ToolTipRole);
        }
        // The instance already typed stays chosen when the agent has that room.
        m_ui->agentRoomCombo->setCurrentIndex(m_ui->agentRoomCombo->findData(instance()));
    }
    m_ui->formLayout->setRowVisible(m_ui->agentRoomCombo, true);
    setAgentStatus(tr("%n room(s) on this agent: choosing one sets the instance.", "",
                      int(result.rooms.size())),
                   false);
    m_ui->agentRoomCombo->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::chooseAgentRoom(int index)
{
    if (index < 0)
        return;
    m_ui->instanceEdit->setText(m_ui->agentRoomCombo->itemData(index).toString());
    // Recent rooms show the agent's name for the room unless the operator chose a label.
    const QString name = m_ui->agentRoomCombo->itemData(index, kAgentRoomNameRole).toString();
    if (m_ui->nameEdit->text().trimmed().isEmpty() || m_ui->nameEdit->text() == m_filledName) {
        m_ui->nameEdit->setText(name);
        m_filledName = name;
    }
}

void ConnectDialog::clearAgentRooms()
{
    m_agent->abort();
    {
        const QSignalBlocker blocker(m_ui->agentRoomCombo);
        m_ui->agentRoomCombo->clear();
    }
    m_ui->formLayout->setRowVisible(m_ui->agentRoomCombo, false);
    setAgentStatus({}, false);
    validate();
}

void ConnectDialog::setAgentStatus(const QString &text, bool warning)
{
    m_ui->agentStatusLabel->setText(text);
    m_ui->formLayout->setRowVisible(m_ui->agentStatusLabel, !text.isEmpty());
    StatusColors::setForeground(
        m_ui->agentStatusLabel,
        StatusColors::text(warning ? Tone::Bad : Tone::Neutral, QApplication::palette(this)));
    // A status that wraps (a longer translation, a larger font) grows the dialog instead of
    // being squeezed into one line over its neighbours.
    layout()->activate();
    int needed = layout()->totalMinimumSize().height();
    if (layout()->hasHeightForWidth())
        needed = qMax(needed, layout()->totalHeightForWidth(width()));
    if (needed > height())
        resize(width(), needed);
}
