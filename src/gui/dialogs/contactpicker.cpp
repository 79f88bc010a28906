// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contactpicker.h"

#include "core/controller/roomcontroller.h"
#include "core/models/peerfiltermodel.h"
#include "core/models/peerlistmodel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContactPicker::ContactPicker(QAbstractItemModel *contacts, QWidget *parent)
    : QDialog(parent)
    , m_filter(new PeerFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    m_filter->setSourceModel(contacts);
    auto *label = new QLabel(tr("&Find a contact, or type a TrueConf ID:"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(u"contactSearchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a contact"));
    m_list->setObjectName(u"contactListView"_s);
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Matching contacts"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Invite"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateOk();
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    m_search->installEventFilter(this);
    updateOk();
}

bool ContactPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString ContactPicker::peerId() const
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && m_filter->rowCount() > 0)
        return current.data(PeerListModel::PeerIdRole).toString();
    return m_search->text().trimmed();
}

void ContactPicker::updateOk()
{
    const QString typed = m_search->text().trimmed();
    m_ok->setEnabled(m_filter->rowCount() > 0
                     || (!typed.isEmpty() && RoomIds::validationError(typed).isEmpty()));
}
