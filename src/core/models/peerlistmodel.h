// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include "core/models/contact.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>

class RoomController;
struct RoomMessage;
struct RequestOutcome;

//! The room's address book with live presence. Fed by the controller: getAbook after every
//! (re)connect, abReceivedAfterLogin, contactsAdded/Deleted/Renamed and usersStatusesChanged.
//! Updates are incremental: a presence change emits dataChanged for that row's presence roles
//! only; a full reset happens only when a whole address book arrives.
class PeerListModel final : public QAbstractListModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerListModel)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    enum Roles {
        PeerIdRole = Qt::UserRole + 1, //!< QString
        DisplayNameRole, //!< QString (peerDn, or the id)
        StatusRole, //!< int (status)
        ExtStatusRole, //!< int (extStatus; -2 when not sent)
        PresenceTextRole, //!< QString, readable
        PresenceClassRole, //!< QString: available / busy / away / offline / invalid
        PresenceRankRole, //!< int, for sorting (0 = available first)
        LastOnlineRole, //!< qint64 Unix time; 0 = online
        AdditionalStatusRole, //!< QString
        EditableRole, //!< bool
    };

    explicit PeerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoaded() const { return m_loaded; }
    const Contact &contact(int row) const { return m_contacts.at(row); }
    //! Row of `peerId` (any id form, case-insensitive), or -1.
    int rowOf(const QString &peerId) const;

    //! Replaces everything (one model reset).
    void setContacts(QList<Contact> contacts);
    void addContacts(const QList<Contact> &contacts);
    void removeContacts(const QStringList &peerIds);
    void renameContact(const QString &peerId, const QString &peerDn);
    //! Applies presence updates; unknown ids are ignored (presence covers book members only).
    //! Returns the number of rows that changed.
    int applyPresence(const QJsonArray &statuses);
    void clear();

    //! Asks the room for the whole book again.
    void reload();

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override { onEvent(event); }
    void resyncAfterSignIn() override { reload(); }
    void forgetRoom() override { clear(); }

    //! The presence roles a presence update touches.
    static const QList<int> &presenceRoles();

    // --- verbs (room-api.md §7.2); each returns the request handle (requestFinished) -------
    //! Adds `peerId` to the room's book; an empty `peerDn` keeps the server's name.
    quint64 requestAdd(const QString &peerId, const QString &peerDn = {});
    quint64 requestRemove(const QString &peerId);
    quint64 requestRename(const QString &peerId, const QString &peerDn);

    //! The book as the room's getAbook lists it (entries without a peerId are skipped).
    void setFromJson(const QJsonArray &abook);
    //! The same from the array's JSON text, one contact parsed at a time; false (nothing
    //! changed) when it is not a well-formed array.
    bool setFromJsonText(QByteArrayView abook);

Q_SIGNALS:
    //! The first complete book arrived (or was cleared).
    void loadedChanged(bool loaded);
    //! Loading the book failed; `reason` is readable.
    void loadFailed(const QString &reason);

private:
    void onEvent(const RoomMessage &event);
    void rebuildIndex(int fromRow = 0);
    void setLoaded(bool loaded);

    QList<Contact> m_contacts;
    QList<QString> m_keys; //!< Contact::key of each row, computed once
    QHash<QString, int> m_rowByKey;
    bool m_loaded = false;
};
