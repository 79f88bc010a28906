// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class PeerFilterModel;
class PeerListModel;
class QAction;
class QListView;
class QLineEdit;

namespace Ui {
class AddressBookPanel;
}

//! The room's address book: a search box that filters by name and id as the operator types,
//! and one list sorted by presence, then name. Enter or double-click asks to call the contact.
//! The panel owns the contact actions (call, copy id, add, remove, rename) but does not decide
//! whether they are allowed or carry them out: MainWindow does both.
//!
//! The list holds still while the pointer is over it, while it has the keyboard focus and
//! while its context menu is open: presence changes update rows in place and the deferred
//! re-sort happens once the operator has left. Every action resolves its contact by id from
//! the row that was clicked or opened, never from a row number after an update.
class AddressBookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBookPanel)

public:
    explicit AddressBookPanel(QWidget *parent = nullptr);
    ~AddressBookPanel() override;

    void setModel(PeerListModel *model);
    //! While the connection to the room is not live the book is the last one seen: its
    //! presence is frozen. Shown greyed out, with `why` beside the count.
    void setLive(bool live, const QString &why = {});
    bool isLive() const { return m_live; }
    PeerListModel *model() const;
    PeerFilterModel *filterModel() const { return m_filter; }
    QListView *view() const;
    QLineEdit *searchEdit() const;

    //! The contact the actions apply to (empty when none): the one whose context menu is open,
    //! else the current row; and whether the room lets it be edited.
    QString currentPeerId() const;
    QString currentPeerName() const;
    bool isCurrentPeerEditable() const;

    QAction *callPeerAction() const { return m_callPeerAction; }
    QAction *copyIdAction() const { return m_copyIdAction; }
    QAction *addContactAction() const { return m_addContactAction; }
    QAction *removeContactAction() const { return m_removeContactAction; }
    QAction *renameContactAction() const { return m_renameContactAction; }
    //! Adds `action` to a contact's context menu (after Copy ID); it acts on contextPeerId().
    void addContactMenuAction(QAction *action) { m_extraActions.append(action); }
    //! The contact a context-menu action is for (the current one outside the menu).
    QString contextPeerId() const { return m_menuOpen ? m_menuPeerId : currentPeerId(); }

    //! Puts the cursor in the search box with its text selected (Ctrl+F).
    void focusSearch();

    //! True while the order is held still (pointer over the list, focus in it, menu open).
    bool isOrderFrozen() const;

Q_SIGNALS:
    //! Enter, double-click or "Call" on a contact.
    void callRequested(const QString &peerId);
    //! The contact under the cursor changed (empty when none).
    void currentPeerChanged(const QString &peerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void requestCall();
    void requestCallFor(const QModelIndex &index);
    void updateFrozen();
    QModelIndex targetIndex() const;

    std::unique_ptr<Ui::AddressBookPanel> m_ui;
    QPointer<PeerListModel> m_model;
    PeerFilterModel *m_filter = nullptr;
    bool m_live = true;
    QString m_notLiveReason;
    QAction *m_callPeerAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_addContactAction = nullptr;
    QAction *m_removeContactAction = nullptr;
    QAction *m_renameContactAction = nullptr;
    QString m_menuPeerId;
    QList<QAction *> m_extraActions; //!< the contact whose context menu is open
    QString m_resetPeerId; //!< the current contact across a model reset
    bool m_hovered = false;
    bool m_focused = false;
    bool m_menuOpen = false;
};
