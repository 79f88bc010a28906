// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QObject>
#include <QString>
#include <QTimer>

//! What the TrueConf Server pushes about the room's address book (room-api.md §7.2, §9.2):
//! contacts added (contactsAdded) and presence changes (usersStatusesChanged), one at a time,
//! in random bursts, or as a steady churn of so many changes a second, sent ten times a
//! second. Presence comes from the server: nothing flows while logged out.
class SimPresenceFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimPresenceFeed)

public:
    SimPresenceFeed(SimHost &host, double churnPerSecond, QObject *parent = nullptr);
    ~SimPresenceFeed() override;

    //! Appends `count` generated contacts (contactsAdded, one event).
    void addContacts(int count);
    bool addContact(const QString &peerId, const QString &peerDn);
    //! extStatus < -1 derives one from status (§9.2 -> §9.3).
    bool setPresence(const QString &peerId, int status, int extStatus,
                     const QString &additionalStatus);
    //! `count` random changes in batches of at most 100 contacts; how many changed.
    int randomChanges(int count);

    //! The churn runs only while `running` (the room's ports are up).
    void setChurn(double changesPerSecond, bool running);
    double churn() const { return m_rate; }
    bool isChurnScheduled() const { return m_timer.isActive(); }
    //! The room came up: the churn (if any) starts.
    void resume();
    //! The room went down: the churn pauses.
    void pause() { m_timer.stop(); }

private:
    void tick();

    SimHost &m_host;
    QTimer m_timer;
    double m_rate = 0;
    double m_carry = 0; //!< fractional changes not sent yet
};
