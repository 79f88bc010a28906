// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"
#include "core/transport/roomaddress.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>

#include <deque>

//! One room's frames for the protocol inspector: every text frame RoomController sent or
//! received (frameSent / frameReceived), REDACTED before it is kept (Redact::frame: the raw
//! frame is never stored), with its kind, name, request id and size, and each reply paired
//! with its request by requestId (room-api.md §1.2/§1.3) with the latency between them.
//!
//! Memory is bounded: at most limits().maxFrames rows and limits().maxBytes bytes of kept
//! text (the redacted JSON as held in memory, UTF-16); the oldest rows go first and are
//! counted in droppedCount(). While paused, frames are not kept and missedCount() grows.
//!
//! A log is either live (attached to a session: it hears its controller) or read-only
//! (a recording loaded by FrameRecording; source() names it). Both pair and time the same way:
//! latency comes from a monotonic clock (live) or the recording's `t`, display time from the
//! wall clock.
class FrameLog final : public QAbstractTableModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameLog)

public:
    enum class Direction { Out, In };
    enum class Kind { Request, Reply, Event, Unparsable };
    enum Column {
        TimeColumn,
        DirectionColumn,
        KindColumn,
        NameColumn,
        RequestIdColumn,
        LatencyColumn,
        SizeColumn,
        ColumnCount
    };
    enum Roles {
        KindRole = Qt::UserRole + 1, //!< int(Kind)
        DirectionRole, //!< int(Direction)
        NameRole, //!< method or event name
        RequestIdRole,
        JsonRole, //!< the redacted compact JSON (or "<not JSON, N bytes>")
        LatencyRole, //!< qint64 ms; -1 pending / not paired
        PairRowRole, //!< the row of the paired frame, -1 when none (or dropped)
        SizeRole, //!< bytes on the wire
        WallTimeRole, //!< QDateTime (UTC)
        PendingRole, //!< a request whose reply has not come (yet)
    };

    struct Frame
    {
        qint64 serial = 0; //!< unique in this log, increasing
        QDateTime wallTime; //!< UTC, for display
        qint64 monoMs = 0; //!< monotonic ms (live) or the recording's `t`
        Direction direction = Direction::Out;
        Kind kind = Kind::Unparsable;
        QString name;
        QString requestId;
        int size = 0; //!< bytes on the wire
        QString json; //!< redacted, compact; for Unparsable "<not JSON, N bytes>"
        qint64 pairSerial = -1;
        qint64 latencyMs = -1;
    };

    struct Limits
    {
        int maxFrames = 5000;
        qint64 maxBytes = 16 * 1024 * 1024;
    };

    //! What a recording's header says (FrameRecording) and a live log knows of its room.
    struct Origin
    {
        QString room; //!< the address text ("127.0.0.1:8766", "ws://…")
        QString instance;
        QString trueConfId;
        Room::Role role = Room::Role::None;
    };

    //! Frames larger than this are kept as a summary (method, event, request id, size): parsing
    //! and keeping them whole would cost many times their size.
    static constexpr qsizetype kLargeFrameBytes = 256 * 1024;

    explicit FrameLog(QObject *parent = nullptr);
    ~FrameLog() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // RoomSessionPart: hears frames, not events.
    QStringList roomEvents() const override { return {}; }
    void handleRoomEvent(const RoomMessage &) override { }
    void forgetRoom() override;

    //! Keeps one live frame (redacted here); nothing while paused (counted as missed).
    void addFrame(Direction direction, const QByteArray &utf8);
    //! Keeps one frame that is redacted already (a recording): `tMs` is its time since
    //! `started`; `frame` is re-redacted anyway. `notJsonBytes` >= 0 marks a frame that was not
    //! a JSON object (then `frame` is ignored).
    void addRecorded(Direction direction, qint64 tMs, const QDateTime &started,
                     const QJsonObject &frame, int notJsonBytes = -1);

    const Frame &frame(int row) const { return m_frames.at(std::size_t(row)); }
    //! The row of the frame paired with `row`'s, or -1.
    int pairRow(int row) const;
    //! The row holding `serial`, or -1 (dropped or never).
    int rowOfSerial(qint64 serial) const;

    // Limits, pause and figures.
    Limits limits() const { return m_limits; }
    void setLimits(const Limits &limits);
    qint64 keptBytes() const { return m_keptBytes; }
    qint64 droppedCount() const { return m_dropped; }
    qint64 missedCount() const { return m_missed; }
    qint64 pendingCount() const { return m_pending.size(); }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    //! Forgets every row and resets the counters.
    void clear();
    //! "4,812 frames · 3.1 MiB of 16 MiB · 120 dropped · 7 missed while paused".
    QString limitsText() const;

    // Where the frames came from.
    //! Empty for a live log; "Recording: file.jsonl" for a loaded one.
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    bool isReadOnly() const { return !m_source.isEmpty(); }
    Origin origin() const;
    void setOrigin(const Origin &origin) { m_origin = origin; }

    // Copy helpers.
    //! The frame of `row` as indented JSON (redacted; the placeholder text for non-JSON).
    QString indentedJson(int row) const;
    //! The redacted frame object of `row` (empty for non-JSON).
    QJsonObject object(int row) const;
    //! The request of `row` as a `roomdeckctl … send '…'` line (shell-quoted; redacted values
    //! stay "***"); empty when `row` is not a request.
    QString sendCommand(int row) const;
    //! The request of `row` as indented JSON without its requestId, for editing and sending
    //! again; empty when `row` is not a request.
    QString requestText(int row) const;
    //! Single-quotes `text` for a POSIX shell.
    static QString shellQuote(const QString &text);
    //! A readable name of a kind ("request", "reply", "event", "not JSON").
    static QString kindName(Kind kind);

Q_SIGNALS:
    //! The counts or figures (frames, bytes, dropped, missed, pending) changed.
    void figuresChanged();
    //! Paused or resumed.
    void pausedChanged(bool paused);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    void keep(Frame frame);
    void keepSummary(Frame frame, const QByteArray &utf8);
    void dropOldest();
    void pair(Frame &frame);
    static qint64 costOf(const Frame &frame);
    //! The request of `row` without its requestId (the sender numbers its own); empty when
    //! `row` is not a request or not JSON.
    QJsonObject requestObject(int row) const;

    std::deque<Frame> m_frames;
    //! Requests sent and not answered yet: requestId -> serial.
    QHash<QString, qint64> m_pending;
    Limits m_limits;
    qint64 m_nextSerial = 0;
    qint64 m_keptBytes = 0;
    qint64 m_dropped = 0;
    qint64 m_missed = 0;
    bool m_paused = false;
    QElapsedTimer m_clock;
    QString m_source;
    Origin m_origin;
    QList<QMetaObject::Connection> m_connections;
};
