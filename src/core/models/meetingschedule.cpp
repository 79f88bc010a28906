// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "meetingschedule.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/jsonnumbers.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kLatestTime = 253402300799; // 9999-12-31
constexpr int kMaxInvitees = 50;

std::optional<qint64> unixTime(const QJsonValue &v)
{
    qint64 secs = 0;
    if (v.isDouble())
        secs = JsonNumbers::toInt64(v, 0, 0, kLatestTime);
    else if (v.isString())
        secs = v.toString().trimmed().toLongLong();
    if (secs <= 0 || secs > kLatestTime)
        return std::nullopt;
    return secs;
}

//! A string, or a whole number as text (older rooms send numeric ids); empty otherwise.
QString idText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(JsonNumbers::toInt64(v));
    return RoomText::name(v.toString().trimmed());
}

bool repeats(const QString &scheduleType)
{
    const QString t = scheduleType.toLower();
    return t == u"week"_s || t == u"weekly"_s || t == u"day"_s || t == u"daily"_s;
}

//! Moves a repeating meeting that has ended to its next occurrence after `now`. `days` are
//! the weekdays it happens on, Monday first (all days when empty).
QDateTime nextOccurrence(QDateTime start, int duration, const QString &type,
                         const QList<bool> &days, const QDateTime &now)
{
    const bool weekly = type.startsWith(u"week"_s, Qt::CaseInsensitive);
    const bool everyDay = !weekly || days.size() == 7;
    const auto happensOn = [&days, weekly](const QDateTime &t) {
        return !weekly || days.size() != 7 || days.at(t.toLocalTime().date().dayOfWeek() - 1);
    };
    if (weekly && days.size() == 7 && !days.contains(true))
        return start;
    // Bounded: at most a few years of steps for a meeting created long ago.
    for (int i = 0; i < 4000 && start.addSecs(duration) <= now; ++i)
        start = start.addDays(everyDay ? 1 : 7);
    while (!happensOn(start))
        start = start.addDays(1);
    return start;
}

} // namespace

QString MeetingSchedule::Meeting::callId() const
{
    return u"\\c\\"_s + id;
}

bool MeetingSchedule::Meeting::operator==(const Meeting &o) const
{
    return id == o.id && topic == o.topic && owner == o.owner && mode == o.mode
        && running == o.running && start == o.start && durationSecs == o.durationSecs
        && scheduleType == o.scheduleType && invitees == o.invitees;
}

MeetingSchedule::MeetingSchedule(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MeetingSchedule::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QVariant MeetingSchedule::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &m = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TopicRole:
        return m.topic;
    case Qt::ToolTipRole:
        return timeText(m);
    case IdRole:
        return m.id;
    case OwnerRole:
        return m.owner;
    case ModeRole:
        return m.mode;
    case RunningRole:
        return m.running;
    case StartRole:
        return m.start;
    case DurationRole:
        return m.durationSecs;
    case ScheduleTypeRole:
        return m.scheduleType;
    case InviteesRole:
        return m.invitees;
    case CallIdRole:
        return m.callId();
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingSchedule::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { TopicRole, "topic" },
                   { OwnerRole, "owner" },
                   { ModeRole, "mode" },
                   { RunningRole, "running" },
                   { StartRole, "start" },
                   { DurationRole, "duration" },
                   { ScheduleTypeRole, "scheduleType" },
                   { InviteesRole, "invitees" },
                   { CallIdRole, "callId" } });
    return names;
}

QStringList MeetingSchedule::roomEvents() const
{
    return { u"conferenceList"_s };
}

QStringList MeetingSchedule::methods()
{
    return { u"getScheduler"_s, u"call"_s };
}

void MeetingSchedule::handleRoomEvent(const RoomMessage &event)
{
    // A push that says it failed carries no list to trust.
    if (event.body.value(u"succeed"_s).toBool(true) && event.body.contains(u"conferences"_s)) {
        m_known = true;
        apply(parse(event.body, QDateTime::currentDateTime()));
    }
}

void MeetingSchedule::forgetRoom()
{
    m_known = false;
    apply({});
}

int MeetingSchedule::rowOf(const QString &id) const
{
    for (int row = 0; row < m_meetings.size(); ++row)
        if (m_meetings.at(row).id == id)
            return row;
    return -1;
}

std::optional<MeetingSchedule::Meeting> MeetingSchedule::nextMeeting() const
{
    for (const Meeting &m : m_meetings)
        if (m.running)
            return m;
    for (const Meeting &m : m_meetings)
        if (m.start.isValid())
            return m;
    return std::nullopt;
}

QString MeetingSchedule::timeText(const Meeting &m)
{
    if (!m.start.isValid())
        return tr("Time not given");
    const QLocale locale;
    const QDateTime start = m.start.toLocalTime();
    QString range = clockText(start);
    if (m.durationSecs > 0)
        range = tr("%1 – %2", "a meeting's start and end time").arg(range, clockText(m.end()));
    const QDate today = QDate::currentDate();
    if (start.date() == today)
        return tr("Today %1").arg(range);
    if (start.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(range);
    return tr("%1 %2", "a meeting's date and time range")
        .arg(locale.toString(start.date(), QLocale::ShortFormat), range);
}

QString MeetingSchedule::clockText(const QDateTime &time)
{
    const QLocale locale;
    QString hhmm = locale.timeFormat(QLocale::ShortFormat);
    hhmm.remove(u":ss"_s);
    return locale.toString(time.toLocalTime().time(), hhmm);
}

QList<MeetingSchedule::Meeting> MeetingSchedule::parse(const QJsonObject &payload,
                                                       const QDateTime &now, int *junk)
{
    QList<Meeting> meetings;
    int bad = 0;
    const QJsonArray list = payload.value(u"conferences"_s).toArray();
    for (const QJsonValue &v : list) {
        if (meetings.size() >= kMaxMeetings)
            break;
        const QJsonObject o = v.toObject();
        Meeting m;
        m.id = idText(o.value(u"id"_s));
        if (!v.isObject() || m.id.isEmpty()
            || std::any_of(meetings.cbegin(), meetings.cend(),
                           [&m](const Meeting &x) { return x.id == m.id; })) {
            ++bad;
            continue;
        }
        m.topic = RoomText::name(o.value(u"topic"_s).toString().trimmed());
        if (m.topic.isEmpty())
            m.topic = m.id;
        m.owner = RoomText::name(o.value(u"owner"_s).toString());
        m.mode = RoomText::name(o.value(u"mode"_s).toString());
        m.running = o.value(u"state"_s).toString() == u"running"_s;
        m.scheduleType = RoomText::name(o.value(u"schedule_type"_s).toString());
        const QJsonObject schedule = o.value(u"schedule"_s).toObject();
        m.durationSecs = int(JsonNumbers::toInt64(schedule.value(u"duration"_s), 0, 0, 31 * 86400));
        QList<bool> days;
        const QJsonArray dayArray = schedule.value(u"days"_s).toArray();
        if (dayArray.size() == 7)
            for (const QJsonValue &d : dayArray)
                days.append(JsonNumbers::toInt64(d, 0) != 0 || d.toBool(false));
        if (const auto start = unixTime(schedule.value(u"start_time"_s))) {
            m.start = QDateTime::fromSecsSinceEpoch(*start);
            if (!m.running && repeats(m.scheduleType))
                m.start = nextOccurrence(m.start, m.durationSecs, m.scheduleType, days, now);
            // Over: no longer worth a row (a running one stays, whatever its times say).
            if (!m.running && m.end() <= now && m.durationSecs > 0)
                continue;
            if (!m.running && m.durationSecs == 0 && m.start < now)
                continue;
        }
        for (const QJsonValue &inv : o.value(u"invitations"_s).toArray()) {
            if (m.invitees.size() >= kMaxInvitees)
                break;
            const QJsonObject i = inv.toObject();
            QString name = RoomText::name(i.value(u"display_name"_s).toString().trimmed());
            if (name.isEmpty())
                name = idText(i.value(u"id"_s));
            if (!name.isEmpty())
                m.invitees.append(name);
        }
        meetings.append(m);
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        if (a.start != b.start)
            return a.start < b.start;
        return a.id < b.id;
    });
    if (junk)
        *junk = bad;
    return meetings;
}

void MeetingSchedule::finish(const RequestOutcome &o, const QString &what, QObject *context,
                             bool hasContext, const PendingRequests::Callback &done)
{
    if (!o.ok())
        Q_EMIT failed(tr("%1 failed: %2").arg(what, RoomText::bounded(o.errorText)));
    if (done && (context || !hasContext))
        done(o);
}

quint64 MeetingSchedule::refresh(QObject *context, PendingRequests::Callback done)
{
    RoomController *c = controller();
    if (!c)
        return 0;
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return c->sendRequest(u"getScheduler"_s, {}, this,
                          [this, guard, hasContext, done](const RequestOutcome &o) {
                              if (o.ok()) {
                                  m_known = true;
                                  apply(parse(o.reply, QDateTime::currentDateTime()));
                                  Q_EMIT refreshed();
                              }
                              finish(o, tr("Reading the meetings"), guard, hasContext, done);
                          });
}

quint64 MeetingSchedule::join(const QString &id, QObject *context, PendingRequests::Callback done)
{
    RoomController *c = controller();
    const QString what = tr("Joining the meeting %1").arg(RoomText::name(id));
    if (!c || id.trimmed().isEmpty()) {
        RequestOutcome o;
        o.method = u"call"_s;
        o.status = RequestOutcome::Status::RefusedLocally;
        o.errorText = c ? tr("no meeting given") : tr("Not connected to a room");
        const bool hasContext = context != nullptr;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [this, o, what, guard, hasContext, done] { finish(o, what, guard, hasContext, done); },
            Qt::QueuedConnection);
        return 0;
    }
    // Through the controller's call verb, as any call the operator places; its outcome
    // arrives with requestFinished.
    Meeting meeting;
    meeting.id = id.trimmed();
    const quint64 handle = c->call(meeting.callId());
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(c, &RoomController::requestFinished, this, [=](const RequestOutcome &o) {
        if (o.id != handle)
            return;
        disconnect(*connection);
        finish(o, what, guard, hasContext, done);
    });
    return handle;
}

void MeetingSchedule::apply(const QList<Meeting> &fresh)
{
    // Matched by id: gone ones removed, the rest moved into the new order, new ones inserted
    // and changed ones updated in place; never a reset (a view keeps its selection).
    for (int row = int(m_meetings.size()) - 1; row >= 0; --row) {
        const QString &id = m_meetings.at(row).id;
        if (std::any_of(fresh.cbegin(), fresh.cend(),
                        [&id](const Meeting &m) { return m.id == id; }))
            continue;
        beginRemoveRows({}, row, row);
        m_meetings.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < fresh.size(); ++row) {
        const Meeting &m = fresh.at(row);
        const int at = rowOf(m.id);
        if (at < 0) {
            beginInsertRows({}, row, row);
            m_meetings.insert(row, m);
            endInsertRows();
            continue;
        }
        if (at != row) {
            beginMoveRows({}, at, at, {}, row);
            m_meetings.move(at, row);
            endMoveRows();
        }
        if (!(m_meetings.at(row) == m)) {
            m_meetings[row] = m;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
    Q_EMIT changed();
}
