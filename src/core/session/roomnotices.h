// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>
#include <QString>

#include <array>

//! What waits for the operator in one room: join requests to answer, missed calls not yet seen,
//! chat messages not yet read. The session's parts set the counts; the room list draws them and
//! the tray tells about rooms not on screen. Texts are bounded here (they come from the room).
//!
//! setCount() emits changed() when anything changed, then raised() when the count went up.
class RoomNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomNotices)

public:
    enum class Kind { JoinRequests, MissedCalls, UnreadChat };
    Q_ENUM(Kind)
    static constexpr int kKinds = 3;

    explicit RoomNotices(QObject *parent = nullptr);

    //! `count` (negative counts as 0) and the newest one in words ("Maria Garcia asks to join"),
    //! kept to 200 characters on one line.
    void setCount(Kind kind, int count, const QString &latest = {});
    int count(Kind kind) const { return m_entries[index(kind)].count; }
    QString latest(Kind kind) const { return m_entries[index(kind)].latest; }
    //! Every kind's count added up.
    int total() const;
    //! One line for a tooltip: "2 join requests · 1 missed call · 3 unread messages"; "" if none.
    QString summary() const;
    //! Sets every count to 0.
    void clear();

Q_SIGNALS:
    //! Some count or text changed.
    void changed();
    //! `kind`'s count went up; `text` is the newest one in words (bounded).
    void raised(RoomNotices::Kind kind, const QString &text);

private:
    struct Entry
    {
        int count = 0;
        QString latest;
    };
    static size_t index(Kind kind) { return size_t(kind); }

    std::array<Entry, kKinds> m_entries;
};
