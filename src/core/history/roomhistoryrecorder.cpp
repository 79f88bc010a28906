// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomhistoryrecorder.h"

#include "core/controller/requestoutcome.h"
#include "core/history/historystore.h"
#include "core/models/callhistory.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

RoomHistoryRecorder::RoomHistoryRecorder(HistoryStore *store, RoomSession *session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
    , m_user(History::localUserName())
{
    if (!session)
        return;
    if (EventLogModel *log = session->eventLog())
        connect(log, &QAbstractItemModel::rowsInserted, this, &RoomHistoryRecorder::onRowsInserted);
    if (RoomController *c = session->controller())
        connect(c, &RoomController::requestFinished, this, &RoomHistoryRecorder::onRequestFinished);
    if (CallHistory *calls = session->history())
        connect(calls, &CallHistory::refreshed, this, &RoomHistoryRecorder::onCallsRead);
}

QString RoomHistoryRecorder::kindName(EventLogModel::Kind kind)
{
    const char *key = QMetaEnum::fromType<EventLogModel::Kind>().valueToKey(int(kind));
    return key ? QString::fromLatin1(key).toLower() : u"event"_s;
}

QString RoomHistoryRecorder::directionName(int direction)
{
    switch (CallHistory::Direction(direction)) {
    case CallHistory::Direction::Incoming:
        return u"incoming"_s;
    case CallHistory::Direction::Outgoing:
        return u"outgoing"_s;
    case CallHistory::Direction::Missed:
        return u"missed"_s;
    }
    return u"incoming"_s;
}

History::RoomKey RoomHistoryRecorder::roomKey() const
{
    return keyOf(m_session);
}

History::RoomKey RoomHistoryRecorder::keyOf(const RoomSession *session)
{
    return keyOf(session ? session->controller() : nullptr);
}

History::RoomKey RoomHistoryRecorder::keyOf(const RoomController *c)
{
    History::RoomKey key;
    if (!c || !c->address().isValid())
        return key;
    key.address = c->address().keyText();
    key.instance = c->address().instance;
    key.trueConfId = c->trueConfId();
    return key;
}

void RoomHistoryRecorder::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_store || !m_session || parent.isValid())
        return;
    const EventLogModel *log = m_session->eventLog();
    const History::RoomKey room = roomKey();
    for (int row = first; row <= last; ++row) {
        const EventLogModel::Entry &e = log->entry(row);
        History::EventRecord r;
        r.timeMs = e.time.toMSecsSinceEpoch();
        r.room = room;
        r.kind = kindName(e.kind);
        r.name = e.name;
        r.text = e.text;
        r.detail = e.rawJson; // redacted by the model (Redact::object), and bounded
        m_store->append(std::move(r));
    }
}

void RoomHistoryRecorder::onRequestFinished(const RequestOutcome &outcome)
{
    if (!m_store)
        return;
    if (outcome.ok() && !m_recordReads && outcome.method.startsWith(u"get"_s))
        return;
    History::CommandRecord r;
    r.timeMs = QDateTime::currentMSecsSinceEpoch();
    r.room = roomKey();
    r.user = m_user;
    r.method = RoomText::name(outcome.method);
    r.outcome = RequestOutcome::statusName(outcome.status);
    r.errorText = RoomText::bounded(outcome.errorText, 500);
    r.latencyMs = outcome.latencyMs;
    m_store->append(std::move(r));
}

void RoomHistoryRecorder::onCallsRead()
{
    if (!m_store || !m_session)
        return;
    const History::RoomKey room = roomKey();
    const CallHistory *calls = m_session->history();
    // Oldest first, so that the rows' ids follow the calls' order.
    for (auto it = calls->calls().crbegin(); it != calls->calls().crend(); ++it) {
        const CallHistory::Call &call = *it;
        History::CallRecord r;
        r.timeMs = call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : 0;
        r.room = room;
        r.peerId = call.group ? call.confId : call.peerId;
        r.displayName = call.displayName();
        r.direction = directionName(int(call.direction));
        r.result = call.direction == CallHistory::Direction::Missed ? u"missed"_s
            : call.group                                            ? u"conference"_s
                                                                    : u"call"_s;
        r.durationSecs = call.durationSecs;
        r.key = call.key();
        m_store->append(std::move(r));
    }
}

RoomListRecorder::RoomListRecorder(HistoryStore *store, RoomSessionList *rooms, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!rooms)
        return;
    for (int row = 0; row < rooms->count(); ++row)
        record(rooms->session(row));
    connect(rooms, &QAbstractItemModel::rowsInserted, this,
            [this, rooms](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    record(rooms->session(row));
            });
}

void RoomListRecorder::record(RoomSession *session)
{
    if (!session || !m_store || session->findChild<RoomHistoryRecorder *>())
        return;
    new RoomHistoryRecorder(m_store, session, session);
}
