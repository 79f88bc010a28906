// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

//! The room's scheduled meetings (room-api.md §7.12) as a list model sorted by start: read
//! with getScheduler after every sign-in and replaced by each conferenceList the room pushes
//! (every 8-12 minutes, so changes show up late). Meetings that have ended are left out;
//! a repeating meeting shows its next occurrence. Times are absolute (QDateTime); views show
//! them in the operator's local time.
//!
//! Both the current format (id, topic, owner, mode, state, schedule{start_time, duration,
//! days?}, schedule_type, invitations) and an older one are read; only those fields are
//! used, junk entries are skipped, texts bounded, at most kMaxMeetings kept. Rows keep their
//! identity (the id) across updates: inserted, removed, moved and changed precisely, never a
//! reset.
//!
//! join() calls the meeting (`call` with `\c\ID`, through RoomController::call); its one
//! outcome goes to `done` (unless `context` is gone) and, when it is a failure, to failed().
//!
//! Signals, per cause:
//!
//!   getScheduler reply / conferenceList   rows changed, changed(), refreshed() (reply only)
//!   disconnected                          rows removed, not known; changed()
class MeetingSchedule final : public QAbstractListModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingSchedule)

public:
    struct Meeting
    {
        QString id;
        QString topic; //!< the id when the room gave none
        QString owner;
        QString mode; //!< "PxP", "OxP", "S|L" or what the room sent
        bool running = false;
        QDateTime start; //!< the next (or current) occurrence; invalid when not given
        int durationSecs = 0;
        QString scheduleType; //!< "once", "week", ...
        QStringList invitees; //!< display names (else ids) of the invitations

        QDateTime end() const { return start.isValid() ? start.addSecs(durationSecs) : start; }
        //! What `call` dials to join: \c\ID.
        QString callId() const;
        bool operator==(const Meeting &o) const;
    };

    enum Roles {
        IdRole = Qt::UserRole + 1,
        TopicRole,
        OwnerRole,
        ModeRole,
        RunningRole,
        StartRole, //!< QDateTime
        DurationRole, //!< seconds
        ScheduleTypeRole,
        InviteesRole, //!< QStringList
        CallIdRole,
    };

    static constexpr int kMaxMeetings = 200;

    explicit MeetingSchedule(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;

    bool isKnown() const { return m_known; }
    const QList<Meeting> &meetings() const { return m_meetings; }
    const Meeting &at(int row) const { return m_meetings.at(row); }
    int rowOf(const QString &id) const;
    //! The meeting to join next: a running one, else the next to start (nullopt when none).
    std::optional<Meeting> nextMeeting() const;

    //! Reads the schedule again (getScheduler).
    quint64 refresh(QObject *context = nullptr, PendingRequests::Callback done = {});
    //! Joins meeting `id` (which need not be listed): `call` with \c\ID. Returns the handle.
    quint64 join(const QString &id, QObject *context = nullptr,
                 PendingRequests::Callback done = {});

    static QStringList methods();
    //! Reads a getScheduler reply or conferenceList payload (`conferences`), as of `now`:
    //! ended meetings left out, repeating ones moved to their next occurrence, sorted by
    //! start. `junk` counts the entries that could not be read.
    static QList<Meeting> parse(const QJsonObject &payload, const QDateTime &now,
                                int *junk = nullptr);
    //! "10:00 – 11:00" today, else with the day; "Time not given".
    static QString timeText(const Meeting &meeting);
    //! "10:00": hours and minutes of `time` in the operator's local time and clock.
    static QString clockText(const QDateTime &time);

Q_SIGNALS:
    //! Anything shown changed.
    void changed();
    //! A getScheduler read ended with a reply.
    void refreshed();
    //! A command failed; `text` is readable.
    void failed(const QString &text);

private:
    void apply(const QList<Meeting> &fresh);
    void finish(const RequestOutcome &o, const QString &what, QObject *context, bool hasContext,
                const PendingRequests::Callback &done);

    QList<Meeting> m_meetings;
    bool m_known = false;
};
