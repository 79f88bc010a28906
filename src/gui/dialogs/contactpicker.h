// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDialog>

class PeerFilterModel;
class QAbstractItemModel;
class QLineEdit;
class QListView;
class QPushButton;

//! Picks somebody to invite: a search field over the room's address book (name or ID, any
//! case) and the matches; Enter takes the highlighted contact, or what was typed when it is a
//! TrueConf ID of somebody not in the book. Down moves from the field into the list.
class ContactPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPicker)

public:
    explicit ContactPicker(QAbstractItemModel *contacts, QWidget *parent = nullptr);

    //! The chosen contact's TrueConf ID (or the typed one).
    QString peerId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    PeerFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_ok = nullptr;
};
