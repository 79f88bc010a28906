// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/session/roomsession.h" // complete: signals carry RoomSession *

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <vector>

class QSettings;

//! One room as the operator keeps it in the room list: never a secret (those live in the
//! keychain, keyed by room and role).
struct RoomEntry
{
    QString id; //!< a QUuid string, stable across renames, moves and restarts
    QString name; //!< the operator's label ("Board room")
    QString address; //!< as the operator typed it ("192.168.1.20:8088", "ws://…")
    QString instance; //!< empty = the default instance
    Room::Role role = Room::Role::Admin; //!< the role to sign in as

    //! The address to connect to; invalid (and a readable `error`) when `address` is not one.
    RoomAddress roomAddress(QString *error = nullptr) const;
};

//! The rooms of the console, one row each, with the live RoomSession of every row (owned by
//! the list). Views show the rows; the shell connects, switches and notifies through them.
//!
//! Alerts: the shell says which room the operator looks at (setCurrent()). In every other
//! room an incoming call, a lost call (CallSession::callLost) or a new problem (the Problem
//! text going from empty to something) adds one unread alert, and a ring that stops without
//! the call being answered adds one missed call. markRead() and setCurrent() clear both.
//! A RoomNotices count going up (a join request, a missed call the room reports, a chat
//! message) counts as an unread alert too; the notices' own counts stay until the room's parts
//! clear them (MissedCallsRole shows the larger of the two missed-call counts).
//!
//! Signals a state change emits, in order: dataChanged for the roles that changed (never a
//! reset), then incomingCall / alertRaised.
class RoomSessionList final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomSessionList)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, //!< QString (QUuid)
        NameRole, //!< QString
        AddressRole, //!< QString, as entered
        InstanceRole, //!< QString
        RoleRole, //!< Room::Role, as configured
        ConnectionStateRole, //!< RoomController::ConnectionState
        AppStateRole, //!< Room::AppState
        CallPartnerRole, //!< QString (CallSession::callDescription(), bounded); empty when idle
        CallPhaseRole, //!< CallSession::Phase
        CallStartedAtRole, //!< QDateTime (UTC); invalid outside a conference
        //! qint64 seconds, computed when asked: no dataChanged every second, views tick
        CallDurationRole,
        ProblemRole, //!< QString: last error, connection failure or readiness problem; "" = fine
        UnreadAlertsRole, //!< int
        MissedCallsRole, //!< int
        SessionRole, //!< RoomSession *
        SignedInRoleRole, //!< Room::Role the connection has now (None when not signed in)
        MuteRole, //!< QString: DeviceState::muteSummary() ("" when nothing is muted)
        DoNotDisturbRole, //!< bool: the room declines incoming calls (CallPolicy)
        JoinRequestsRole, //!< int: RoomNotices join requests waiting for an answer
        UnreadChatRole, //!< int: RoomNotices unread chat messages
        NoticesRole, //!< QString: RoomNotices::summary() ("" when nothing waits)
        //! ReadinessCheck::Verdict of the last finished "Check the room" (its worst item);
        //! invalid QVariant before the first
        CheckRole,
        CheckedAtRole, //!< QDateTime (UTC) the last check ended; invalid before the first
    };
    Q_ENUM(Roles)

    explicit RoomSessionList(const RoomController::Options &options = {},
                             QObject *parent = nullptr);
    ~RoomSessionList() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Appends a room with a standard RoomSession of its own (not connected). An empty or
    //! already used `room.id` gets a new one. Returns the session (owned by the list).
    RoomSession *add(const RoomEntry &room);
    //! Appends a room for `session`, which the list takes over (it becomes its parent). A
    //! session already in the list is returned as is.
    RoomSession *adopt(RoomSession *session, const RoomEntry &room);
    //! Removes the row: its room is disconnected and its session deleted.
    void remove(int row);
    //! Renames the row (bounded to a name's length); false for a bad row.
    bool rename(int row, const QString &name);
    //! Moves row `from` to position `to` (the row's index after the move); false when invalid.
    bool move(int from, int to);

    int count() const { return int(m_rows.size()); }
    RoomSession *session(int row) const;
    RoomEntry entry(int row) const;
    int rowOf(const RoomSession *session) const;
    int rowOfId(const QString &id) const;

    //! The room the operator looks at (nullptr = none); its alerts are marked read.
    void setCurrent(RoomSession *session);
    RoomSession *current() const { return m_current; }
    //! Clears the row's unread alerts and missed calls.
    void markRead(int row);

    //! Appends the rooms saved under "roomList" whose id is not in the list yet (unreadable
    //! entries are skipped with a warning). Returns how many were added.
    int load(QSettings &settings);
    //! Writes every row (id, name, address, instance, role) under "roomList"; never a secret.
    void save(QSettings &settings) const;

    //! The problem text for `session` as ProblemRole gives it ("" when fine).
    static QString problemOf(const RoomSession *session);

Q_SIGNALS:
    //! A call rings in `session`'s room (any room, the current one too); texts are the room's,
    //! not yet bounded.
    void incomingCall(RoomSession *session, const QString &peerId, const QString &peerDn);
    //! An unread alert other than a ringing call (a lost call, a new problem) came up in a
    //! room that is not the current one; `text` is one bounded sentence.
    void alertRaised(RoomSession *session, const QString &text);

private:
    struct Row
    {
        RoomEntry entry;
        RoomSession *session = nullptr;
        QString problem;
        int unread = 0;
        int missed = 0;
        bool ringing = false; //!< rang in and not answered (yet)
    };

    void watch(RoomSession *session);
    void unwatch(RoomSession *session);
    QString uniqueId(const QString &wanted) const;
    void changed(RoomSession *session, const QList<int> &roles);
    void onCallChanged(RoomSession *session);
    void onProblemMaybeChanged(RoomSession *session);
    void onIncomingCall(RoomSession *session, const QString &peerId, const QString &peerDn);
    void onCallLost(RoomSession *session, const QString &call, const QString &reason);
    void onSessionDestroyed(QObject *object);
    //! Counts an unread alert for a room the operator does not look at; false for the current.
    bool countAlert(int row);

    RoomController::Options m_options;
    std::vector<Row> m_rows;
    QPointer<RoomSession> m_current;
};
