// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/callsession.h"

#include <QDialog>
#include <QStringList>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

//! "Create Conference…": a title, the conference type (explained), participants checked in a
//! searchable copy of the room's address book, and the options newer rooms take (waiting
//! room, cameras / microphones off on joining; sent only when ticked). The dialog only
//! gathers; the console sends CallSession::createConference() when it is accepted.
class CreateConferenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateConferenceDialog)

public:
    //! `addressBook`: a PeerListModel (PeerIdRole, DisplayNameRole); `ownId` never listed.
    CreateConferenceDialog(const QAbstractItemModel *addressBook, const QString &ownId,
                           QWidget *parent = nullptr);
    ~CreateConferenceDialog() override;

    QString title() const;
    void setTitle(const QString &title);
    Room::ConferenceType type() const;
    void setType(Room::ConferenceType type);
    //! The checked participants' ids, in address-book order.
    QStringList invitees() const;
    //! Checks (or unchecks) the participant `peerId`; false when it is not listed.
    bool setInvited(const QString &peerId, bool invited);
    ConferenceOptions options() const;
    //! The participant search field's text (filters the list: name or id, any case).
    void setSearch(const QString &text);
    int visibleParticipantCount() const;

    //! The explanation shown for `type`.
    static QString typeExplanation(Room::ConferenceType type);

private:
    void updateState();

    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeHelp = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_people = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_waitingRoom = nullptr;
    QCheckBox *m_muteCameras = nullptr;
    QCheckBox *m_muteMicrophones = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};
