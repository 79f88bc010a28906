// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

//! The room's scheduler (room-api.md §7.12): the meetings the TrueConf Server has scheduled
//! for the room. getScheduler lists them; the room pushes the same list as conferenceList
//! every 8-12 minutes (here: 8, 9, ... 12 minutes in turn, while logged in) and whenever a
//! test or scenario says so (pushList(), scenario action pushConferenceList). The list holds
//! SimRules' two standing meetings and whatever schedule() added (scenario action
//! scheduleMeeting); an added meeting is "running" from its start to its end, "stopped"
//! otherwise. SimCalls asks find() when `\c\ID` is called: a listed meeting joins with its
//! topic as the conference title, a stopped one is refused (cause 17, not started).
class SimScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimScheduler)

public:
    explicit SimScheduler(SimHost &host, QObject *parent = nullptr);
    ~SimScheduler() override;

    //! getScheduler.
    SimCommandTable commands();

    //! Adds a meeting (or replaces the one with that id) starting `startInSecs` from now
    //! (negative: it began that long ago) and lasting `durationSecs`; `owner` empty = the
    //! room itself. False (nothing changes) for an empty id or a duration below one second.
    bool schedule(const QString &id, const QString &topic, const QString &owner, qint64 startInSecs,
                  int durationSecs);
    //! The scheduled conferences in the current format, sorted by start.
    QJsonArray conferences() const;
    //! The scheduled conference `id` (as conferences() lists it); empty when not listed.
    QJsonObject find(const QString &id) const;
    //! Sends conferenceList{cnt, conferences, succeed:true} now; false while logged out.
    bool pushList();

private:
    struct Added
    {
        QString id;
        QString topic;
        QString owner;
        qint64 start = 0;
        int duration = 0;
    };

    SimHost &m_host;
    QList<Added> m_added;
    QTimer m_pushTimer;
    int m_pushes = 0;
};
