// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class DialogPresenter;
class PeerListModel;
class QWidget;

//! The address book's Add / Remove / Rename questions for one room: it asks the operator through
//! the presenter, checks what was typed and hands the request to the room's address book. Each
//! request made is announced with requested() so the console can show its outcome.
class ContactEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)

public:
    ContactEditor(PeerListModel *peers, DialogPresenter *presenter, QWidget *window);

    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    //! Asks for a TrueConf ID (offering `suggestion`) and a name, then adds the contact.
    void add(const QString &suggestion);
    //! Asks before removing `peerId` (shown as `display`).
    void remove(const QString &peerId, const QString &display);
    //! Asks for a new name for `peerId`, offering `currentName`.
    void rename(const QString &peerId, const QString &currentName);

Q_SIGNALS:
    //! A request went to the room (`handle` 0: refused before sending); `what` in words.
    void requested(quint64 handle, const QString &what);
    //! What the operator typed cannot be used; `text` says why.
    void problem(const QString &text);

private:
    QPointer<PeerListModel> m_peers;
    DialogPresenter *m_presenter = nullptr;
    QWidget *m_window = nullptr;
};
