// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/models/roomprofile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class RoomController;
class RoomSession;
class RoomSettings;

//! A settings profile applied to several rooms at once (the overview's "Apply profile…",
//! `roomdeckctl settings apply`). Per room: plan() works out the change set — only the values
//! that differ, never the settings that belong to one room (RoomProfile::isRoomSpecific), never
//! a setting the room does not have, never an administrator's setting at User level — and
//! apply() sends it as ONE setSettings (the room applies it whole or not at all). Every room
//! ends in exactly one Result, written to that room's event log; the caller hears once, from
//! the event loop, when the last room has ended. A room that disconnects or is removed meanwhile
//! ends in Disconnected; one that does not answer ends in TimedOut (the controller's timeout).
class ProfileApply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileApply)

public:
    enum class Status {
        Applied, //!< the room took the change set
        NothingToChange, //!< the room already has the profile's values
        Refused, //!< the room (or RoomDeck for it) refused: nothing changed
        NotConnected, //!< not signed in, or its settings are not known yet
        NotPermitted, //!< everything to change needs an administrator
        Disconnected, //!< the room went away before it answered
        TimedOut, //!< the room did not answer in time
    };
    Q_ENUM(Status)

    //! True when changing setting `name` needs an administrator connection; with none given
    //! SettingsCatalogue decides (its security-related settings are the administrator's).
    using AdminOnly = std::function<bool(const QString &name)>;

    //! What applying a profile to one room would do.
    struct Plan
    {
        bool known = false; //!< false: the room's settings are not known (not connected)
        QJsonObject changes; //!< name -> the profile's value, only those that differ
        QJsonObject current; //!< name -> the room's value now, for the same names
        QStringList notPermitted; //!< differ, but need an administrator
        QStringList roomSpecific; //!< differ, but are never copied between rooms
        QStringList missing; //!< in the profile, not on this room
    };

    struct Result
    {
        QPointer<RoomSession> session; //!< null when the session was deleted meanwhile
        Status status = Status::NotConnected;
        Plan plan;
        QString reason; //!< readable, for every status but Applied / NothingToChange
        int appliedCount() const
        {
            return status == Status::Applied ? int(plan.changes.size()) : 0;
        }
    };
    using Callback = std::function<void(const QList<Result> &results)>;

    static Plan plan(const RoomProfile &profile, const RoomSession *target,
                     const AdminOnly &adminOnly = {});
    //! The same from the room's settings part and controller (either may be null).
    static Plan plan(const RoomProfile &profile, const RoomSettings *settings,
                     const RoomController *controller, const AdminOnly &adminOnly = {});
    //! Applies `profile` to each of `sessions`; `callback` gets one Result per session, in their
    //! order, once, from the event loop (unless a given `context` is gone by then). Returns the
    //! running action (it deletes itself after the callback).
    static ProfileApply *apply(const RoomProfile &profile, const QList<RoomSession *> &sessions,
                               QObject *context, Callback callback,
                               const AdminOnly &adminOnly = {});

    static QString statusText(Status status);
    //! One readable line: "applied 3 changes", "refused: Invalid state", "not connected".
    static QString resultText(const Result &result);

    int pendingCount() const { return m_pending; }

private:
    ProfileApply(QObject *context, Callback callback);
    void start(const RoomProfile &profile, const QList<RoomSession *> &sessions,
               const AdminOnly &adminOnly);
    void finishOne(int index, Status status, const QString &reason = {});
    void finishLater(int index, Status status, const QString &reason = {});

    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    QList<Result> m_results;
    QList<bool> m_done;
    int m_pending = 0;
    bool m_finished = false;
};
