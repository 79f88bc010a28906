// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QJsonArray>
#include <QList>
#include <QString>

//! The room's call history (room-api.md §7.11), recorded from the calls really made against
//! the emulator. Newest first; pure data apart from its commands.
class SimCallHistory final
{
public:
    enum class Type { Incoming = 0, Outgoing = 1, Missed = 2 };

    struct Entry
    {
        Type type = Type::Outgoing;
        bool group = false; //!< confType 1 (group conference) instead of 0 (video call)
        QString peerId;
        QString peerDn;
        QString confId; //!< group only
        QString confTitle; //!< group only
        qint64 startTime = 0; //!< Unix time
        int duration = 0; //!< seconds
        bool viewed = false;
        QString streamId;
    };

    //! getCallHistory, clearCallHistory, setLastCallsViewed and getLastCallsViewTime on this
    //! history, with their events through `host`.
    SimCommandTable commands(SimHost &host);

    //! Records a call; returns its index for finish().
    int record(Entry entry);
    //! Sets the duration of an entry from its start time.
    void finish(int index, qint64 now);
    //! getCallHistory `calls`: at most `count` entries, newest first.
    QJsonArray toJson(int count) const;
    int size() const { return int(m_entries.size()); }
    const Entry &at(int index) const { return m_entries.at(index); }
    void clear() { m_entries.clear(); }
    //! setLastCallsViewed: everything so far counts as viewed.
    void markViewed(qint64 now);
    qint64 lastView() const { return m_lastView; }

private:
    QList<Entry> m_entries; //!< oldest first; indexes stay stable
    qint64 m_lastView = 0;
    int m_nextStream = 1;
};
