// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "autoanswerdialog.h"

#include "core/controller/roomcontroller.h" // RoomIds
#include "core/models/callpolicy.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool isPerson(const QString &id)
{
    const RoomIds::Kind kind = RoomIds::kindOf(id);
    return RoomIds::validationError(id).isEmpty()
        && (kind == RoomIds::Kind::PeerId || kind == RoomIds::Kind::CallId
            || kind == RoomIds::Kind::InstanceId);
}

} // namespace

AutoAnswerDialog::AutoAnswerDialog(const QStringList &ids, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"autoAnswerDialog"_s);
    setWindowTitle(tr("Auto-Answer List"));
    auto *intro = new QLabel(tr("The room answers calls from these TrueConf IDs at once, on "
                                "every console (unless do not disturb is on)."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"autoAnswerList"_s);
    m_list->setAccessibleName(tr("Auto-answered IDs"));
    m_list->addItems(ids);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"autoAnswerEdit"_s);
    m_edit->setPlaceholderText(tr("user@server"));
    m_edit->setAccessibleName(tr("TrueConf ID to add"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"autoAnswerAddButton"_s);
    m_add->setToolTip(tr("Add the ID typed beside it"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"autoAnswerRemoveButton"_s);
    m_remove->setToolTip(tr("Remove the selected ID"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addId(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { addId(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateState();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &AutoAnswerDialog::updateState);
    connect(m_list, &QListWidget::currentRowChanged, this, &AutoAnswerDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AutoAnswerDialog::~AutoAnswerDialog() = default;

QStringList AutoAnswerDialog::ids() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

bool AutoAnswerDialog::addId(const QString &id)
{
    const QString peer = (id.isEmpty() ? m_edit->text() : id).trimmed();
    if (!isPerson(peer))
        return false;
    if (!m_list->findItems(peer, Qt::MatchFixedString).isEmpty()
        || m_list->count() >= CallPolicy::kMaxAutoAnswer)
        return false;
    m_list->addItem(peer);
    m_edit->clear();
    updateState();
    return true;
}

void AutoAnswerDialog::updateState()
{
    const QString peer = m_edit->text().trimmed();
    m_add->setEnabled(isPerson(peer));
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}
