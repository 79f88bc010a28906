// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historyrecords.h"
#include "core/models/eventlogmodel.h"

#include <QObject>
#include <QPointer>

class HistoryStore;
class RoomController;
class RoomSession;
class RoomSessionList;
struct RequestOutcome;

//! Records one room into a HistoryStore: every line its EventLogModel appends (the model's
//! texts, formatted and redacted there: nothing is formatted twice), every command's outcome
//! from RoomController::requestFinished (who, method, outcome, error, latency) and the calls
//! of the room's call history each time it is read (a call already recorded is not repeated).
//!
//! What is never recorded: request parameters (PINs and passwords travel there) and the
//! successful reads (get…, unless recordReads), which a console sends by the hundred.
class RoomHistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHistoryRecorder)

public:
    //! Starts recording `session` (which must have its standard parts) into `store`.
    RoomHistoryRecorder(HistoryStore *store, RoomSession *session, QObject *parent = nullptr);

    //! Records successful reads too (default: off).
    void setRecordReads(bool on) { m_recordReads = on; }
    bool recordsReads() const { return m_recordReads; }

    //! The room's key as the store keeps it (address text, instance, TrueConf ID).
    History::RoomKey roomKey() const;
    //! The same for any session or connection (an empty key for none or no address yet).
    static History::RoomKey keyOf(const RoomSession *session);
    static History::RoomKey keyOf(const RoomController *controller);
    //! The stable word an event-log kind is stored as ("event", "command", "presence", ...).
    static QString kindName(EventLogModel::Kind kind);
    //! The stable word a call direction is stored as ("incoming", "outgoing", "missed").
    static QString directionName(int direction);

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRequestFinished(const RequestOutcome &outcome);
    void onCallsRead();

    QPointer<HistoryStore> m_store;
    QPointer<RoomSession> m_session;
    QString m_user;
    bool m_recordReads = false;
};

//! Records every room of a RoomSessionList, now and later: one RoomHistoryRecorder per
//! session, owned by the session (it goes with its room).
class RoomListRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomListRecorder)

public:
    RoomListRecorder(HistoryStore *store, RoomSessionList *rooms, QObject *parent = nullptr);

private:
    void record(RoomSession *session);

    QPointer<HistoryStore> m_store;
};
