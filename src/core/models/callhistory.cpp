// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "callhistory.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/models/eventlogmodel.h"
#include "core/protocol/jsonnumbers.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

//! Unix seconds from a room's time field: a number (or a numeric string); nullopt for
//! anything else, zero and negative times included.
std::optional<qint64> unixTime(const QJsonValue &v)
{
    qint64 secs = 0;
    if (v.isDouble())
        secs = JsonNumbers::toInt64(v, 0, 0, 253402300799); // up to the year 9999
    else if (v.isString())
        secs = v.toString().trimmed().toLongLong();
    if (secs <= 0 || secs > 253402300799)
        return std::nullopt;
    return secs;
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(JsonNumbers::toInt64(v));
    return RoomText::name(v.toString());
}

} // namespace

QString CallHistory::Call::key() const
{
    if (!streamId.isEmpty())
        return streamId;
    return u"%1|%2|%3|%4"_s.arg(int(direction))
        .arg(startTime.toSecsSinceEpoch())
        .arg(peerId, confId);
}

QString CallHistory::Call::callBackId() const
{
    if (group && !confId.isEmpty())
        return u"\\c\\"_s + confId;
    return peerId;
}

QString CallHistory::Call::displayName() const
{
    if (group && !confTitle.isEmpty())
        return confTitle;
    if (!peerDn.isEmpty())
        return peerDn;
    if (!confTitle.isEmpty())
        return confTitle;
    return peerId.isEmpty() ? confId : peerId;
}

bool CallHistory::Call::operator==(const Call &o) const
{
    return direction == o.direction && group == o.group && peerId == o.peerId && peerDn == o.peerDn
        && confId == o.confId && confTitle == o.confTitle && startTime == o.startTime
        && durationSecs == o.durationSecs && viewed == o.viewed && streamId == o.streamId;
}

CallHistory::CallHistory(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CallHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant CallHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call &c = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PeerNameRole:
        return c.displayName();
    case Qt::ToolTipRole:
        return isUnseenMissed(c) ? missedText(c) : c.callBackId();
    case DirectionRole:
        return int(c.direction);
    case PeerIdRole:
        return c.peerId;
    case ConfTitleRole:
        return c.confTitle;
    case ConfIdRole:
        return c.confId;
    case StartTimeRole:
        return c.startTime;
    case DurationRole:
        return c.durationSecs;
    case ViewedRole:
        return c.viewed;
    case UnseenMissedRole:
        return isUnseenMissed(c);
    case StreamIdRole:
        return c.streamId;
    case CallBackIdRole:
        return c.callBackId();
    default:
        return {};
    }
}

QHash<int, QByteArray> CallHistory::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { DirectionRole, "direction" },
                   { PeerIdRole, "peerId" },
                   { PeerNameRole, "peerName" },
                   { ConfTitleRole, "confTitle" },
                   { ConfIdRole, "confId" },
                   { StartTimeRole, "startTime" },
                   { DurationRole, "duration" },
                   { ViewedRole, "viewed" },
                   { UnseenMissedRole, "unseenMissed" },
                   { StreamIdRole, "streamId" },
                   { CallBackIdRole, "callBackId" } });
    return names;
}

QStringList CallHistory::roomEvents() const
{
    return { u"lastCallsViewed"_s, u"callHistoryCleared"_s };
}

QStringList CallHistory::methods()
{
    return { u"getCallHistory"_s, u"setLastCallsViewed"_s, u"getLastCallsViewTime"_s,
             u"clearCallHistory"_s };
}

void CallHistory::handleRoomEvent(const RoomMessage &event)
{
    if (event.event == u"lastCallsViewed"_s) {
        applyLastView(event.body.value(u"lastView"_s));
    } else if (event.event == u"callHistoryCleared"_s) {
        removeAll();
        Q_EMIT changed();
        publishMissed();
    }
}

void CallHistory::forgetRoom()
{
    m_known = false;
    m_lastView = {};
    removeAll();
    Q_EMIT changed();
    publishMissed();
}

void CallHistory::appStateChanged(Room::AppState previous, Room::AppState current)
{
    using S = Room::AppState;
    // A call ended (answered, declined, missed or given up): the room has a new entry.
    if (current == S::Normal
        && (previous == S::Wait || previous == S::Conference || previous == S::Close))
        refresh();
}

int CallHistory::rowOf(const QString &key) const
{
    for (int row = 0; row < m_calls.size(); ++row)
        if (m_calls.at(row).key() == key)
            return row;
    return -1;
}

bool CallHistory::isUnseenMissed(const Call &call) const
{
    if (call.direction != Direction::Missed || call.viewed)
        return false;
    return !m_lastView.isValid() || !call.startTime.isValid() || call.startTime > m_lastView;
}

int CallHistory::unseenMissedCount() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(),
                             [this](const Call &c) { return isUnseenMissed(c); }));
}

QString CallHistory::latestMissedText() const
{
    const auto it = std::find_if(m_calls.cbegin(), m_calls.cend(),
                                 [this](const Call &c) { return isUnseenMissed(c); });
    return it == m_calls.cend() ? QString() : missedText(*it);
}

QString CallHistory::whenText(const QDateTime &time)
{
    if (!time.isValid())
        return tr("time not reported");
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    // Minutes are enough, in whatever order and clock the operator's locale uses.
    QString hhmm = locale.timeFormat(QLocale::ShortFormat);
    hhmm.remove(u":ss"_s);
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), hhmm);
    if (local.date() == QDate::currentDate().addDays(-1))
        return tr("yesterday %1").arg(locale.toString(local.time(), hhmm));
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
        + locale.toString(local.time(), hhmm);
}

QString CallHistory::missedText(const Call &call)
{
    return tr("Missed call from %1 at %2").arg(call.displayName(), whenText(call.startTime));
}

QString CallHistory::directionText(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return tr("Incoming");
    case Direction::Outgoing:
        return tr("Outgoing");
    case Direction::Missed:
        return tr("Missed");
    }
    return {};
}

QList<CallHistory::Call> CallHistory::parseCalls(const QJsonValue &value)
{
    QList<Call> calls;
    QSet<QString> keys;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (calls.size() >= kMaxCalls)
            break;
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const qint64 type = JsonNumbers::toInt64(o.value(u"type"_s), -1);
        if (type < 0 || type > 2)
            continue;
        Call c;
        c.direction = Direction(type);
        c.group = JsonNumbers::toInt64(o.value(u"confType"_s), 0) == 1;
        c.peerId = text(o, u"peerId"_s);
        c.peerDn = text(o, u"peerDn"_s);
        c.confId = text(o, u"confId"_s);
        c.confTitle = text(o, u"confTitle"_s);
        if (c.peerId.isEmpty() && c.confId.isEmpty())
            continue; // nobody to show, nobody to call back
        if (const auto start = unixTime(o.value(u"startTime"_s)))
            c.startTime = QDateTime::fromSecsSinceEpoch(*start);
        c.durationSecs = int(JsonNumbers::toInt64(o.value(u"duration"_s), 0, 0, 366 * 86400));
        c.viewed = o.value(u"viewed"_s).toBool(false);
        c.streamId = text(o, u"streamId"_s);
        if (keys.contains(c.key()))
            continue;
        keys.insert(c.key());
        calls.append(c);
    }
    // Rooms send the newest first; a room that does not still shows the newest on top.
    std::stable_sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) {
        return a.startTime.isValid() && (!b.startTime.isValid() || a.startTime > b.startTime);
    });
    return calls;
}

// --- verbs -----------------------------------------------------------------------------------

void CallHistory::refuseLater(const QString &method, const QString &why, const QString &what,
                              QObject *context, PendingRequests::Callback done)
{
    RequestEnding::refuseLater(this, method, why, context, std::move(done),
                               [this, what](const RequestOutcome &o) {
                                   Q_EMIT failed(tr("%1 failed: %2").arg(what, o.errorText));
                               });
}

quint64 CallHistory::send(const QString &method, const QJsonObject &params, const QString &what,
                          QObject *context, PendingRequests::Callback done,
                          PendingRequests::Callback onOk)
{
    RoomController *c = controller();
    if (!c) {
        refuseLater(method, tr("Not connected to a room"), what, context, std::move(done));
        return 0;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return c->sendRequest(
        method, params, this, [this, what, guard, hasContext, done, onOk](const RequestOutcome &o) {
            if (o.ok() && onOk)
                onOk(o);
            if (!o.ok())
                Q_EMIT failed(tr("%1 failed: %2").arg(what, RoomText::bounded(o.errorText)));
            if (done && (guard || !hasContext))
                done(o);
        });
}

quint64 CallHistory::refresh(QObject *context, PendingRequests::Callback done)
{
    return send(u"getCallHistory"_s, { { u"count"_s, kMaxCalls } }, tr("Reading the call history"),
                context, std::move(done), [this](const RequestOutcome &o) {
                    const std::optional<qint64> view = unixTime(o.reply.value(u"lastView"_s));
                    m_lastView = view ? QDateTime::fromSecsSinceEpoch(*view) : QDateTime();
                    m_known = true;
                    apply(parseCalls(o.reply.value(u"calls"_s)));
                    Q_EMIT refreshed();
                });
}

quint64 CallHistory::markAllSeen(QObject *context, PendingRequests::Callback done)
{
    return send(u"setLastCallsViewed"_s, {}, tr("Marking the missed calls seen"), context,
                std::move(done));
}

quint64 CallHistory::readLastViewTime(QObject *context, PendingRequests::Callback done)
{
    return send(u"getLastCallsViewTime"_s, {}, tr("Reading when the calls were last viewed"),
                context, std::move(done),
                [this](const RequestOutcome &o) { applyLastView(o.reply.value(u"time"_s)); });
}

bool CallHistory::mayClear() const
{
    return controller() && controller()->role() == Room::Role::Admin;
}

quint64 CallHistory::clear(QObject *context, PendingRequests::Callback done)
{
    const QString what = tr("Clearing the call history");
    if (controller() && !mayClear()) {
        refuseLater(u"clearCallHistory"_s,
                    tr("only an administrator may clear the room's call history"), what, context,
                    std::move(done));
        return 0;
    }
    return send(u"clearCallHistory"_s, {}, what, context, std::move(done));
}

// --- state -----------------------------------------------------------------------------------

void CallHistory::applyLastView(const QJsonValue &value)
{
    const std::optional<qint64> secs = unixTime(value);
    if (!secs)
        return;
    m_lastView = QDateTime::fromSecsSinceEpoch(*secs);
    // The room marks every call up to then viewed; so does the list, without a refresh.
    for (int row = 0; row < m_calls.size(); ++row) {
        Call &c = m_calls[row];
        if (!c.viewed && (!c.startTime.isValid() || c.startTime <= m_lastView)) {
            c.viewed = true;
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, { ViewedRole, UnseenMissedRole, Qt::ToolTipRole });
        }
    }
    Q_EMIT changed();
    publishMissed();
}

void CallHistory::removeAll()
{
    if (m_calls.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_calls.size()) - 1);
    m_calls.clear();
    endRemoveRows();
}

void CallHistory::apply(const QList<Call> &fresh)
{
    // Rows are matched by key: rows gone are removed, new ones inserted where they belong and
    // changed ones updated in place, so nothing moves that did not change.
    QSet<QString> freshKeys;
    for (const Call &c : fresh)
        freshKeys.insert(c.key());
    for (int row = int(m_calls.size()) - 1; row >= 0; --row) {
        if (freshKeys.contains(m_calls.at(row).key()))
            continue;
        beginRemoveRows({}, row, row);
        m_calls.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < fresh.size(); ++row) {
        const Call &c = fresh.at(row);
        if (row < m_calls.size() && m_calls.at(row).key() == c.key()) {
            if (!(m_calls.at(row) == c)) {
                m_calls[row] = c;
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_calls.insert(row, c);
        endInsertRows();
    }
    if (m_calls.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_calls.size()) - 1);
        m_calls.resize(fresh.size());
        endRemoveRows();
    }

    // Newest last, so the log reads in the order the calls came.
    for (auto it = m_calls.crbegin(); it != m_calls.crend(); ++it) {
        if (!isUnseenMissed(*it) || m_missedSeen.contains(it->key()))
            continue;
        m_missedSeen.insert(it->key());
        if (RoomSession *s = session(); s && s->eventLog())
            s->eventLog()->append(EventLogModel::Kind::Notice, missedText(*it), u"missedCall"_s);
        Q_EMIT missedCall(*it);
    }
    Q_EMIT changed();
    publishMissed();
}

void CallHistory::publishMissed()
{
    const int count = unseenMissedCount();
    const QString latest = latestMissedText();
    if (count == m_publishedCount && latest == m_publishedLatest)
        return;
    m_publishedCount = count;
    m_publishedLatest = latest;
    // The room's notice: the room list and the tray tell the operator.
    if (RoomSession *s = session(); s && s->notices())
        s->notices()->setCount(RoomNotices::Kind::MissedCalls, count, latest);
    Q_EMIT missedCallsChanged(count, latest);
}
