// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

//! The room's call history (room-api.md §7.11) as a list model, newest first: the last
//! kMaxCalls calls of getCallHistory, the time the history was last viewed (`lastView`) and
//! the missed calls nobody has looked at yet. Read after every sign-in and whenever a call
//! ends (appState back to 3 after 4, 5 or 6), so a call just missed shows up; the room's
//! lastCallsViewed and callHistoryCleared events apply at once.
//!
//! Rows keep their identity (streamId) across refreshes: a refresh inserts, removes and
//! changes rows precisely and never resets the model, so a selection in a view stays put.
//! Room texts are bounded (RoomText) when read. The unseen missed calls are the session's
//! RoomNotices::Kind::MissedCalls notice (count and the newest in words) and an event-log line
//! each.
//!
//! Verbs end in exactly one outcome, given to `done` (unless `context` is gone) and, when it
//! is a failure, to failed(): the controller's, or a local refusal (not attached; clear() at
//! User level) that arrives from the event loop with handle 0.
//!
//! Signals, per cause:
//!
//!   getCallHistory reply          rows inserted/removed/changed, changed(), refreshed(),
//!                                 missedCallsChanged() (when count or latest changed),
//!                                 missedCall(row) per missed call not seen before
//!   lastCallsViewed event         viewed flags changed, changed(), missedCallsChanged()
//!   callHistoryCleared event      rows removed, changed(), missedCallsChanged()
//!   disconnected                  rows removed, not known; changed(), missedCallsChanged()
class CallHistory final : public QAbstractListModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistory)

public:
    enum class Direction { Incoming = 0, Outgoing = 1, Missed = 2 };
    Q_ENUM(Direction)

    struct Call
    {
        Direction direction = Direction::Incoming;
        bool group = false; //!< confType 1: a group conference, else a video call
        QString peerId;
        QString peerDn;
        QString confId; //!< group only
        QString confTitle; //!< group only
        QDateTime startTime; //!< invalid when the room sent none
        int durationSecs = 0;
        bool viewed = false;
        QString streamId;

        //! What identifies the row across refreshes (streamId, else the call's facts).
        QString key() const;
        //! The id to call back: the conference (\c\ID) for a group call, else the peer.
        QString callBackId() const;
        //! The peer's name, else the conference's title, else the id.
        QString displayName() const;
        bool operator==(const Call &o) const;
    };

    enum Roles {
        DirectionRole = Qt::UserRole + 1, //!< Direction as int
        PeerIdRole,
        PeerNameRole, //!< displayName()
        ConfTitleRole,
        ConfIdRole,
        StartTimeRole, //!< QDateTime (local time)
        DurationRole, //!< seconds
        ViewedRole,
        UnseenMissedRole, //!< a missed call nobody has looked at yet
        StreamIdRole,
        CallBackIdRole,
    };

    //! How many calls are asked for and kept.
    static constexpr int kMaxCalls = 100;

    explicit CallHistory(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;

    // --- state ------------------------------------------------------------------------------
    //! The history has been read since the last sign-in.
    bool isKnown() const { return m_known; }
    const QList<Call> &calls() const { return m_calls; }
    const Call &at(int row) const { return m_calls.at(row); }
    //! The row with `key` (Call::key()), or -1.
    int rowOf(const QString &key) const;
    //! When the history was last viewed; invalid when never (or not known).
    QDateTime lastView() const { return m_lastView; }
    bool isUnseenMissed(const Call &call) const;
    int unseenMissedCount() const;
    //! "Missed call from Maria Garcia at 10:14" for the newest unseen missed call; empty
    //! when there is none.
    QString latestMissedText() const;

    // --- verbs (each returns the request handle, 0 when refused locally) --------------------
    //! Reads the history again (getCallHistory{count: kMaxCalls}).
    quint64 refresh(QObject *context = nullptr, PendingRequests::Callback done = {});
    //! Marks everything seen (setLastCallsViewed); the room's lastCallsViewed applies it.
    quint64 markAllSeen(QObject *context = nullptr, PendingRequests::Callback done = {});
    //! Reads when the history was last viewed (getLastCallsViewTime).
    quint64 readLastViewTime(QObject *context = nullptr, PendingRequests::Callback done = {});
    //! Empties the room's history (clearCallHistory). The room takes it from both roles
    //! (room-api.md §4.1 does not list it), but RoomDeck offers it to an administrator only
    //! (issue #15): it erases what every operator sees, so it is refused locally at User level.
    quint64 clear(QObject *context = nullptr, PendingRequests::Callback done = {});
    //! True when clear() would be sent (an administrator's connection).
    bool mayClear() const;

    //! The wire methods the verbs and the refresh send.
    static QStringList methods();
    //! Reads a getCallHistory `calls` array: junk entries are skipped, texts bounded, at most
    //! kMaxCalls kept, newest first.
    static QList<Call> parseCalls(const QJsonValue &calls);
    //! "Missed call from Maria Garcia at 10:14" (a date is added when not today).
    static QString missedText(const Call &call);
    //! "10:14" today, else the date and time, in the operator's local time.
    static QString whenText(const QDateTime &time);
    //! "Incoming", "Outgoing", "Missed".
    static QString directionText(Direction direction);

Q_SIGNALS:
    //! Anything shown changed.
    void changed();
    //! A refresh ended with a reply.
    void refreshed();
    //! The number of unseen missed calls or the newest of them changed.
    void missedCallsChanged(int count, const QString &latest);
    //! A missed call appeared that this part had not seen before (once per call).
    void missedCall(const CallHistory::Call &call);
    //! A command failed; `text` is readable ("Clearing the call history failed: ...").
    void failed(const QString &text);

private:
    quint64 send(const QString &method, const QJsonObject &params, const QString &what,
                 QObject *context, PendingRequests::Callback done,
                 PendingRequests::Callback onOk = {});
    void refuseLater(const QString &method, const QString &text, const QString &what,
                     QObject *context, PendingRequests::Callback done);
    void apply(const QList<Call> &fresh);
    void applyLastView(const QJsonValue &value);
    void removeAll();
    void publishMissed();

    QList<Call> m_calls;
    QDateTime m_lastView;
    bool m_known = false;
    QSet<QString> m_missedSeen; //!< keys of missed calls already announced
    int m_publishedCount = 0;
    QString m_publishedLatest;
};
