// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "createconferencedialog.h"

#include "core/controller/roomcontroller.h" // RoomIds
#include "core/models/peerlistmodel.h"
#include "core/roomtext.h"
#include "gui/widgets/peertext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
constexpr int kMaxTitle = 200;

} // namespace

CreateConferenceDialog::CreateConferenceDialog(const QAbstractItemModel *addressBook,
                                               const QString &ownId, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"createConferenceDialog"_s);
    setWindowTitle(tr("Create Conference"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"conferenceTitleEdit"_s);
    m_title->setMaxLength(kMaxTitle);
    m_title->setPlaceholderText(tr("e.g. Weekly review"));
    m_title->setAccessibleName(tr("Conference title"));

    m_type = new QComboBox(this);
    m_type->setObjectName(u"conferenceTypeCombo"_s);
    m_type->setAccessibleName(tr("Conference type"));
    m_type->addItem(tr("Symmetric"), int(Room::ConferenceType::Symmetric));
    m_type->addItem(tr("Asymmetric (lecture)"), int(Room::ConferenceType::Asymmetric));
    m_type->addItem(tr("Role-based (podium)"), int(Room::ConferenceType::RoleBased));
    m_typeHelp = new QLabel(this);
    m_typeHelp->setObjectName(u"conferenceTypeHelpLabel"_s);
    m_typeHelp->setWordWrap(true);
    // Room for the longest explanation from the start: switching types moves nothing.
    m_typeHelp->setMinimumHeight(m_typeHelp->fontMetrics().lineSpacing() * 3);
    m_typeHelp->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"participantSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search the address book by name or ID"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_people = new QListView(this);
    m_people->setObjectName(u"participantView"_s);
    m_people->setAccessibleName(tr("Participants to invite"));
    m_people->setToolTip(tr("Tick the people to invite; Space ticks the current one"));
    m_people->setUniformItemSizes(true);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count = new QLabel(this);
    m_count->setObjectName(u"inviteCountLabel"_s);

    m_waitingRoom = new QCheckBox(tr("Waiting room: admit participants one by one"), this);
    m_waitingRoom->setObjectName(u"waitingRoomCheck"_s);
    m_muteCameras = new QCheckBox(tr("Cameras off when participants join"), this);
    m_muteCameras->setObjectName(u"muteCamerasCheck"_s);
    m_muteMicrophones = new QCheckBox(tr("Microphones off when participants join"), this);
    m_muteMicrophones->setObjectName(u"muteMicrophonesCheck"_s);
    for (QCheckBox *box : { m_waitingRoom, m_muteCameras, m_muteMicrophones })
        box->setToolTip(tr("Newer rooms only; an older room ignores it"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(QString(), m_typeHelp);
    auto *people = new QLabel(tr("&Participants:"), this);
    people->setBuddy(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(people);
    layout->addWidget(m_search);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_waitingRoom);
    layout->addWidget(m_muteCameras);
    layout->addWidget(m_muteMicrophones);
    layout->addWidget(m_buttons);

    // A copy with check boxes: the live book may change under the operator's ticks.
    if (addressBook) {
        for (int row = 0; row < addressBook->rowCount(); ++row) {
            const QModelIndex i = addressBook->index(row, 0);
            const QString id = i.data(PeerListModel::PeerIdRole).toString();
            if (id.isEmpty() || RoomIds::sameUser(id, ownId))
                continue;
            const QString name = i.data(PeerListModel::DisplayNameRole).toString();
            auto *item = new QStandardItem(PeerText::person(id, name));
            item->setData(id, kIdRole);
            item->setData(QString(RoomText::name(name) + u' ' + id), kSearchRole);
            item->setToolTip(RoomText::name(id));
            item->setCheckable(true);
            item->setEditable(false);
            m_model->appendRow(item);
        }
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_people->setModel(m_filter);

    connect(m_search, &QLineEdit::textChanged, this, &CreateConferenceDialog::setSearch);
    connect(m_title, &QLineEdit::textChanged, this, &CreateConferenceDialog::updateState);
    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &CreateConferenceDialog::updateState);
    connect(m_model, &QStandardItemModel::itemChanged, this, &CreateConferenceDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_title, m_type);
    setTabOrder(m_type, m_search);
    setTabOrder(m_search, m_people);
    updateState();
    resize(sizeHint().expandedTo(QSize(460, 520)));
}

CreateConferenceDialog::~CreateConferenceDialog() = default;

QString CreateConferenceDialog::typeExplanation(Room::ConferenceType type)
{
    switch (type) {
    case Room::ConferenceType::Symmetric:
        return tr("Everybody sees and hears everybody: a meeting of equals.");
    case Room::ConferenceType::Asymmetric:
        return tr("A lecture: everybody sees the presenter (the room); the presenter sees "
                  "everybody.");
    case Room::ConferenceType::RoleBased:
        return tr("A podium: only the speakers on it are seen and heard; the room as owner "
                  "invites speakers and answers requests to speak.");
    case Room::ConferenceType::PeerToPeer:
        break;
    }
    return {};
}

QString CreateConferenceDialog::title() const
{
    return m_title->text().trimmed();
}

void CreateConferenceDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

Room::ConferenceType CreateConferenceDialog::type() const
{
    return Room::ConferenceType(m_type->currentData().toInt());
}

void CreateConferenceDialog::setType(Room::ConferenceType type)
{
    const int i = m_type->findData(int(type));
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

QStringList CreateConferenceDialog::invitees() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            ids << m_model->item(row)->data(kIdRole).toString();
    return ids;
}

bool CreateConferenceDialog::setInvited(const QString &peerId, bool invited)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(kIdRole).toString() != peerId)
            continue;
        m_model->item(row)->setCheckState(invited ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

ConferenceOptions CreateConferenceDialog::options() const
{
    ConferenceOptions o;
    // Only what the operator asked for: older rooms do not know these fields.
    if (m_waitingRoom->isChecked())
        o.waitingRoom = true;
    if (m_muteCameras->isChecked())
        o.muteCamerasOnJoin = true;
    if (m_muteMicrophones->isChecked())
        o.muteMicrophonesOnJoin = true;
    return o;
}

void CreateConferenceDialog::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text.trimmed());
    updateState();
}

int CreateConferenceDialog::visibleParticipantCount() const
{
    return m_filter->rowCount();
}

void CreateConferenceDialog::updateState()
{
    m_typeHelp->setText(typeExplanation(type()));
    const int invited = int(invitees().size());
    m_count->setText(invited == 0 ? tr("Nobody invited yet: others can still join by the "
                                       "conference's link.")
                                  : tr("%n participant(s) invited", nullptr, invited));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
}
