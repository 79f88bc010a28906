// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "addressbookpanel.h"

#include "ui_addressbookpanel.h"

#include "core/models/peerfiltermodel.h"
#include "core/models/peerlistmodel.h"
#include "gui/panels/peerdelegate.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMenu>

#include <utility>

using namespace Qt::StringLiterals;

AddressBookPanel::AddressBookPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AddressBookPanel>())
    , m_filter(new PeerFilterModel(this))
{
    m_ui->setupUi(this);
    TextStyle::scale(m_ui->titleLabel, 1.1);
    const QPalette pal = QApplication::palette(this);
    StatusColors::setForeground(m_ui->peerCountLabel,
                                StatusColors::text(StatusColors::Tone::Neutral, pal));
    StatusColors::setForeground(m_ui->emptyLabel,
                                StatusColors::text(StatusColors::Tone::Neutral, pal));
    m_ui->searchEdit->addAction(SvgIcon::icon(u"search"_s), QLineEdit::LeadingPosition);

    const auto makeAction = [this](const char *name, const QString &icon, const QString &text,
                                   const QString &tip) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : SvgIcon::icon(icon), text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        return action;
    };
    m_callPeerAction = makeAction("callPeerAction", u"call"_s, tr("&Call"),
                                  tr("Call this contact from the room"));
    m_copyIdAction = makeAction("copyIdAction", u"copy"_s, tr("Copy &ID"),
                                tr("Copy the contact's TrueConf ID"));
    m_addContactAction
        = makeAction("addContactAction", u"contact-add"_s, tr("&Add to Address Book…"),
                     tr("Add a TrueConf ID to the room's address book"));
    m_removeContactAction
        = makeAction("removeContactAction", u"contact-remove"_s, tr("&Remove from Address Book…"),
                     tr("Remove this contact from the room's address book"));
    m_renameContactAction = makeAction("renameContactAction", u"rename"_s, tr("Re&name…"),
                                       tr("Change the name the room shows for this contact"));
    m_ui->addContactButton->setDefaultAction(m_addContactAction);
    m_ui->addContactButton->setAccessibleName(tr("Add contact"));
    m_ui->addContactButton->setAccessibleDescription(m_addContactAction->toolTip());

    QListView *view = m_ui->peerView;
    view->setItemDelegate(new PeerDelegate(view));
    view->setModel(m_filter);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &PeerFilterModel::setFilterText);
    connect(m_filter, &PeerFilterModel::filterTextChanged, this, &AddressBookPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AddressBookPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AddressBookPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AddressBookPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AddressBookPanel::updateCount);
    // The double-clicked row itself, not whatever is current by the time the signal runs.
    connect(view, &QListView::doubleClicked, this, &AddressBookPanel::requestCallFor);
    // A whole new book (reconnect, abReceivedAfterLogin) keeps the operator's contact.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetPeerId = currentPeerId(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const QString id = std::exchange(m_resetPeerId, {});
        if (id.isEmpty() || !m_model)
            return;
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_ui->peerView->setCurrentIndex(m_filter->mapFromSource(m_model->index(row)));
    });
    connect(view, &QWidget::customContextMenuRequested, this, &AddressBookPanel::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentPeerChanged(currentPeerId()); });
    connect(m_callPeerAction, &QAction::triggered, this, &AddressBookPanel::requestCall);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        const QString id = currentPeerId();
        if (!id.isEmpty())
            QApplication::clipboard()->setText(id);
    });
    updateCount();
}

AddressBookPanel::~AddressBookPanel() = default;

void AddressBookPanel::setModel(PeerListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filter->setSourceModel(model);
    if (model)
        connect(model, &PeerListModel::loadedChanged, this, &AddressBookPanel::updateCount);
    updateCount();
}

PeerListModel *AddressBookPanel::model() const
{
    return m_model;
}

QListView *AddressBookPanel::view() const
{
    return m_ui->peerView;
}

QLineEdit *AddressBookPanel::searchEdit() const
{
    return m_ui->searchEdit;
}

QModelIndex AddressBookPanel::targetIndex() const
{
    if (m_menuPeerId.isEmpty())
        return m_ui->peerView->currentIndex();
    // Looked up by id: the row may have moved (or gone) since the menu opened.
    const int row = m_model ? m_model->rowOf(m_menuPeerId) : -1;
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
}

QString AddressBookPanel::currentPeerId() const
{
    if (!m_menuPeerId.isEmpty())
        return m_menuPeerId;
    return m_ui->peerView->currentIndex().data(PeerListModel::PeerIdRole).toString();
}

QString AddressBookPanel::currentPeerName() const
{
    return targetIndex().data(PeerListModel::DisplayNameRole).toString();
}

bool AddressBookPanel::isCurrentPeerEditable() const
{
    return targetIndex().data(PeerListModel::EditableRole).toBool();
}

bool AddressBookPanel::isOrderFrozen() const
{
    return m_filter->isFrozen();
}

void AddressBookPanel::updateFrozen()
{
    m_filter->setFrozen(m_hovered || m_focused || m_menuOpen);
}

void AddressBookPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool AddressBookPanel::eventFilter(QObject *watched, QEvent *event)
{
    QListView *list = m_ui->peerView;
    if (watched == list->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseMove:
        case QEvent::MouseButtonPress:
            if (!m_hovered) {
                m_hovered = true;
                updateFrozen();
            }
            break;
        case QEvent::Leave:
        case QEvent::Hide:
            m_hovered = false;
            updateFrozen();
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == list
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut
            || event->type() == QEvent::Hide)) {
        m_focused = event->type() == QEvent::FocusIn;
        updateFrozen();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QListView *view = m_ui->peerView;
    if (watched == view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier) {
        requestCall();
        return true;
    }
    if (watched == m_ui->searchEdit
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier && m_filter->rowCount() > 0) {
        // From the search box straight to the first match: Down/Enter, then Enter calls.
        view->setFocus(Qt::TabFocusReason);
        if (!view->currentIndex().isValid() || key->key() != Qt::Key_Down)
            view->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AddressBookPanel::requestCall()
{
    const QString id = currentPeerId();
    if (!id.isEmpty() && m_callPeerAction->isEnabled())
        Q_EMIT callRequested(id);
}

void AddressBookPanel::requestCallFor(const QModelIndex &index)
{
    const QString id = index.data(PeerListModel::PeerIdRole).toString();
    if (!id.isEmpty() && m_callPeerAction->isEnabled())
        Q_EMIT callRequested(id);
}

void AddressBookPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->peerView->indexAt(pos);
    // The menu's actions apply to this contact, by id, whatever happens to the rows meanwhile.
    const QString peerId = index.data(PeerListModel::PeerIdRole).toString();
    if (index.isValid())
        m_ui->peerView->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_callPeerAction);
        menu.addAction(m_copyIdAction);
        menu.addActions(m_extraActions);
        menu.addSeparator();
        // Every row is already in the book: adding is for ids typed elsewhere.
        menu.addAction(m_renameContactAction);
        menu.addAction(m_removeContactAction);
    } else {
        menu.addAction(m_addContactAction);
    }
    m_menuPeerId = peerId;
    m_menuOpen = true;
    updateFrozen();
    menu.exec(m_ui->peerView->viewport()->mapToGlobal(pos));
    m_menuPeerId.clear();
    m_menuOpen = false;
    updateFrozen();
}

void AddressBookPanel::setLive(bool live, const QString &why)
{
    if (m_live == live && m_notLiveReason == why)
        return;
    m_live = live;
    m_notLiveReason = why;
    // Stale presence must not look current, nor be acted on.
    m_ui->peerView->setEnabled(live);
    updateCount();
}

void AddressBookPanel::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_filter->rowCount();
    const bool filtering = !m_filter->filterText().trimmed().isEmpty();
    QString count = filtering ? tr("%1 of %n contacts", nullptr, total).arg(shown)
                              : tr("%n contacts", nullptr, total);
    if (!m_live && total > 0)
        count = tr("%1 · not live").arg(count);
    m_ui->peerCountLabel->setText(count);
    m_ui->peerCountLabel->setToolTip(m_live ? QString()
                                            : tr("Presence as last seen. %1").arg(m_notLiveReason));
    StatusColors::setForeground(m_ui->peerCountLabel,
                                StatusColors::text(m_live || total == 0
                                                       ? StatusColors::Tone::Neutral
                                                       : StatusColors::Tone::Busy,
                                                   QApplication::palette(this)));
    QString empty;
    if (!m_model || !m_model->isLoaded())
        empty = tr("The address book appears once the room is connected.");
    else if (total == 0)
        empty = tr("The room's address book is empty.");
    else if (shown == 0)
        empty = tr("No contact matches “%1”.").arg(m_filter->filterText().trimmed());
    m_ui->emptyLabel->setText(empty);
    m_ui->emptyLabel->setVisible(!empty.isEmpty());
    m_ui->peerView->setVisible(empty.isEmpty());
}
