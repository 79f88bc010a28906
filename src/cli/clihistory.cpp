// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clihistory.h"

#include "cli/cliformat.h"
#include "core/models/callhistory.h"
#include "core/models/meetingschedule.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QString();
}

QString directionWord(CallHistory::Direction d)
{
    switch (d) {
    case CallHistory::Direction::Incoming:
        return u"incoming"_s;
    case CallHistory::Direction::Outgoing:
        return u"outgoing"_s;
    case CallHistory::Direction::Missed:
        break;
    }
    return u"missed"_s;
}

} // namespace

CliHistory::CliHistory(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                       Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_history(new CallHistory(this))
    , m_meetings(new MeetingSchedule(this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliHistory::~CliHistory()
{
    // The parts go before the session they are attached to.
    delete m_history;
    delete m_meetings;
}

QString CliHistory::parseArguments(CliOptions::Command command, const QStringList &args,
                                   CliOptions *o)
{
    if (command == CliOptions::Command::History) {
        if (args.isEmpty())
            return {};
        if (args.size() == 1 && (args.first() == u"mark-seen"_s || args.first() == u"clear"_s)) {
            if (o->missed)
                return tr("--missed belongs to the history listing, not to history %1")
                    .arg(args.first());
            o->subcommand = args.first();
            return {};
        }
        return tr("history takes: [--missed] | mark-seen | clear");
    }
    if (args.isEmpty())
        return {};
    if (args.size() == 2 && args.first() == u"join"_s && !args.at(1).trimmed().isEmpty()) {
        o->subcommand = args.first();
        o->meetingId = args.at(1).trimmed();
        if (o->meetingId.startsWith(u"\\c\\"_s))
            o->meetingId = o->meetingId.mid(3);
        if (o->meetingId.isEmpty() || o->meetingId.size() > 256)
            return tr("meetings join takes a meeting's ID");
        return {};
    }
    return tr("meetings takes: nothing (list) | join ID");
}

void CliHistory::finishWith(const RequestOutcome &o, const QString &human, const QJsonObject &json)
{
    if (o.ok())
        m_succeeded(human, json);
    else
        m_failed(o);
}

void CliHistory::run()
{
    using Command = CliOptions::Command;
    if (m_options.command == Command::Meetings) {
        if (m_options.subcommand == u"join"_s) {
            m_session->attach(m_meetings);
            const QString id = m_options.meetingId;
            m_meetings->join(id, this, [this, id](const RequestOutcome &o) {
                finishWith(o, tr("Joining the meeting %1.").arg(CliFormat::terminalSafe(id)),
                           { { u"ok"_s, true }, { u"method"_s, u"call"_s }, { u"id"_s, id } });
            });
            return;
        }
        // Attached to a signed-in session, the part reads the schedule at once.
        connect(m_meetings, &MeetingSchedule::refreshed, this, &CliHistory::listMeetings);
        connect(m_meetings, &MeetingSchedule::failed, this, [this] {
            RequestOutcome o;
            o.method = u"getScheduler"_s;
            o.status = RequestOutcome::Status::ErrorReply;
            o.errorText = tr("the room did not list its meetings");
            m_failed(o);
        });
        m_session->attach(m_meetings);
        return;
    }
    if (m_options.subcommand == u"mark-seen"_s) {
        m_session->attach(m_history);
        m_history->markAllSeen(this, [this](const RequestOutcome &o) {
            finishWith(o, tr("Missed calls marked seen."),
                       { { u"ok"_s, true }, { u"method"_s, u"setLastCallsViewed"_s } });
        });
        return;
    }
    if (m_options.subcommand == u"clear"_s) {
        m_session->attach(m_history);
        m_history->clear(this, [this](const RequestOutcome &o) {
            finishWith(o, tr("Call history cleared."),
                       { { u"ok"_s, true }, { u"method"_s, u"clearCallHistory"_s } });
        });
        return;
    }
    connect(m_history, &CallHistory::refreshed, this, &CliHistory::listCalls);
    connect(m_history, &CallHistory::failed, this, [this] {
        RequestOutcome o;
        o.method = u"getCallHistory"_s;
        o.status = RequestOutcome::Status::ErrorReply;
        o.errorText = tr("the room did not give its call history");
        m_failed(o);
    });
    m_session->attach(m_history);
}

void CliHistory::listCalls()
{
    disconnect(m_history, nullptr, this, nullptr);
    QJsonArray calls;
    QList<QStringList> rows;
    for (const CallHistory::Call &c : m_history->calls()) {
        const bool unseen = m_history->isUnseenMissed(c);
        if (m_options.missed && c.direction != CallHistory::Direction::Missed)
            continue;
        QJsonObject o { { u"direction"_s, directionWord(c.direction) },
                        { u"peerId"_s, c.peerId },
                        { u"peerDn"_s, c.peerDn },
                        { u"start"_s, isoTime(c.startTime) },
                        { u"duration"_s, c.durationSecs },
                        { u"viewed"_s, c.viewed },
                        { u"unseenMissed"_s, unseen } };
        if (c.group) {
            o.insert(u"confId"_s, c.confId);
            o.insert(u"confTitle"_s, c.confTitle);
        }
        calls.append(o);
        rows.append({ unseen ? tr("missed (new)") : CallHistory::directionText(c.direction),
                      CallHistory::whenText(c.startTime), QString::number(c.durationSecs),
                      c.displayName(), c.callBackId() });
    }
    const QString human = rows.isEmpty()
        ? (m_options.missed ? tr("No missed calls.") : tr("No calls in the history."))
        : CliFormat::table({ tr("CALL"), tr("WHEN"), tr("SECONDS"), tr("NAME"), tr("ID") }, rows)
              .trimmed();
    m_succeeded(human,
                { { u"calls"_s, calls },
                  { u"unseenMissed"_s, m_history->unseenMissedCount() },
                  { u"lastView"_s, isoTime(m_history->lastView()) } });
}

void CliHistory::listMeetings()
{
    disconnect(m_meetings, nullptr, this, nullptr);
    QJsonArray meetings;
    QList<QStringList> rows;
    for (const MeetingSchedule::Meeting &m : m_meetings->meetings()) {
        meetings.append(QJsonObject { { u"id"_s, m.id },
                                      { u"topic"_s, m.topic },
                                      { u"owner"_s, m.owner },
                                      { u"running"_s, m.running },
                                      { u"start"_s, isoTime(m.start) },
                                      { u"duration"_s, m.durationSecs } });
        rows.append({ m.id, MeetingSchedule::timeText(m), m.running ? tr("running") : QString(),
                      m.topic, m.owner });
    }
    const QString human = rows.isEmpty()
        ? tr("No meetings scheduled for this room.")
        : CliFormat::table({ tr("ID"), tr("WHEN"), tr("STATE"), tr("TOPIC"), tr("OWNER") }, rows)
              .trimmed();
    m_succeeded(human, { { u"meetings"_s, meetings } });
}
