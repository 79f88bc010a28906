// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcalls.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"
#include "simscheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SimCalls::SimCalls(SimHost &host, const Timing &timing, const QString &conferencePin,
                   QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_roster(host)
    , m_timing(timing)
    , m_conferencePin(conferencePin)
{ }

SimCalls::~SimCalls() = default;

SimCommandTable SimCalls::commands()
{
    SimCommandTable t = {
        { u"call"_s,
          [this](const QJsonObject &r) {
              return call(r);
          } },
        { u"accept"_s,
          [this](const QJsonObject &) {
              return accept();
          } },
        { u"reject"_s,
          [this](const QJsonObject &) {
              return reject();
          } },
        { u"hangUp"_s,
          [this](const QJsonObject &r) {
              return hangUp(r);
          } },
        { u"getConferences"_s,
          [this](const QJsonObject &) {
              return getConferences();
          } },
        { u"getConferenceParticipants"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(
                  { { u"confId"_s, conferenceId() }, { u"participants"_s, participantsJson() } });
          } },
    };
    t.insert(m_history.commands(m_host));
    return t;
}

void SimCalls::setCalleeRule(const QString &userPrefix, const SimRules::Outcome &outcome)
{
    m_customRules.prepend({ userPrefix, outcome });
}

// ---------------------------------------------------------------------------------------------
// Helpers

void SimCalls::later(int msecs, quint64 generation, void (SimCalls::*step)())
{
    QTimer::singleShot(qMax(0, msecs), this, [this, generation, step] {
        if (generation == m_generation)
            (this->*step)();
    });
}

int SimCalls::delayFor(SimRules::Outcome::When when) const
{
    switch (when) {
    case SimRules::Outcome::When::AtOnce:
        return m_timing.serverDelayMs;
    case SimRules::Outcome::When::AfterRing:
        return m_timing.ringDelayMs;
    case SimRules::Outcome::When::AfterRingTimeout:
        return m_timing.ringTimeoutMs;
    }
    return m_timing.ringDelayMs;
}

QString SimCalls::newConferenceId()
{
    return u"%1@%2#vcs"_s.arg(m_nextConf++, 8, 16, QLatin1Char('0')).arg(m_host.serverName());
}

bool SimCalls::hasParticipant(const QString &peerId) const
{
    if (m_phase != Phase::InConference)
        return false;
    return std::any_of(m_conf.participants.cbegin(), m_conf.participants.cend(),
                       [&](const SimParticipant &p) {
                           return p.peerId.compare(peerId, Qt::CaseInsensitive) == 0
                               || RoomIds::sameUser(p.peerId, peerId);
                       });
}

bool SimCalls::mayModerate() const
{
    if (!isGroup())
        return false;
    if (m_conf.ownedByUs)
        return true;
    return std::any_of(m_conf.participants.cbegin(), m_conf.participants.cend(),
                       [](const SimParticipant &p) { return p.self && p.moderator; });
}

QString SimCalls::conferenceId() const
{
    return m_phase == Phase::InConference || m_phase == Phase::Closing ? m_conf.confId : QString();
}

QJsonArray SimCalls::participantsJson() const
{
    QJsonArray a;
    if (m_phase != Phase::InConference)
        return a;
    for (const SimParticipant &p : m_conf.participants)
        a.append(m_roster.toJson(p));
    return a;
}

void SimCalls::protectConference(const QString &name, const QString &pin)
{
    if (pin.isEmpty())
        m_protected.remove(name.toLower());
    else
        m_protected.insert(name.toLower(), pin);
}

SimRules::Outcome SimCalls::calleeOutcome(const QString &callId) const
{
    const QString user = RoomIds::parse(callId).user;
    for (const auto &[prefix, outcome] : m_customRules)
        if (user.startsWith(prefix, Qt::CaseInsensitive))
            return outcome;
    if (RoomIds::sameUser(callId, m_host.ownPeerId())) {
        SimRules::Outcome self;
        self.kind = SimRules::Outcome::Kind::Reject;
        self.cause = 10; // calling yourself cannot be completed
        self.when = SimRules::Outcome::When::AtOnce;
        return self;
    }
    const SimContact *contact = m_host.addressBook().find(callId);
    return SimRules::userCall(user, contact ? contact->status : -2);
}

void SimCalls::recordPending(SimCallHistory::Type type, qint64 duration)
{
    SimCallHistory::Entry e;
    e.type = type;
    e.group = m_pending.confType != 0;
    e.peerId = m_pending.peerId;
    e.peerDn = m_pending.peerDn;
    if (e.group) {
        e.confId = m_pending.confId;
        e.confTitle = m_pending.confTitle;
    }
    e.startTime = now() - duration;
    e.duration = int(duration);
    m_history.record(e);
}

// ---------------------------------------------------------------------------------------------
// Outgoing calls

SimOutcome SimCalls::call(const QJsonObject &request)
{
    if (m_host.appState() != 3 || m_phase != Phase::Idle)
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    const QJsonValue pin = request.value(u"pin"_s);
    if (!pin.isUndefined() && !pin.isString())
        return SimOutcome::fail(SimError::invalidParameters());
    const RoomIds::Parsed id = RoomIds::parse(peerId);

    m_pending = {};
    m_pending.confId = newConferenceId();
    if (id.kind == RoomIds::Kind::ConferenceCall || id.kind == RoomIds::Kind::ConferenceId) {
        const QString name = id.kind == RoomIds::Kind::ConferenceCall ? id.conference : id.user;
        m_pending.conferenceCall = true;
        m_pending.peerId = peerId;
        m_pending.peerDn = name;
        m_pending.confTitle = name;
        m_pending.owner = u"organizer@"_s + m_host.serverName();
        const QString given = pin.isString() ? pin.toString() : QString();
        m_pending.outcome = SimRules::conferenceCall(name, given, m_conferencePin);
        if (const auto it = m_protected.constFind(name.toLower());
            it != m_protected.cend() && given != *it) {
            m_pending.outcome.kind = SimRules::Outcome::Kind::Reject;
            m_pending.outcome.cause = given.isEmpty() ? 12 : 13; // password required / wrong
            m_pending.outcome.when = SimRules::Outcome::When::AtOnce;
        }
        m_pending.confType = m_pending.outcome.confType > 0 ? m_pending.outcome.confType : 1;
        applySchedule(name);
    } else {
        m_pending.peerId = m_roster.callIdOf(peerId);
        m_pending.peerDn = m_host.addressBook().displayNameFor(m_pending.peerId);
        m_pending.outcome = calleeOutcome(m_pending.peerId);
        m_pending.joinRequest = m_pending.outcome.kind == SimRules::Outcome::Kind::JoinRequest;
        if (m_pending.joinRequest) {
            m_pending.confType = 1;
            m_pending.owner = m_pending.peerId;
            m_pending.confTitle = m_pending.peerDn + u"'s meeting"_s;
        }
    }

    m_phase = Phase::Outgoing;
    ++m_generation;
    if (m_pending.joinRequest)
        m_host.emitEvent(u"inviteRequestSent"_s,
                         { { u"peerId"_s, m_pending.peerId }, { u"peerDn"_s, m_pending.peerDn } });
    else
        m_host.emitEvent(u"inviteSent"_s,
                         { { u"peerId"_s, m_pending.peerId },
                           { u"peerDn"_s, m_pending.peerDn },
                           { u"confType"_s, m_pending.conferenceCall ? m_pending.confType : 0 },
                           { u"confId"_s, m_pending.confId } });
    m_host.changeAppState(4);
    later(delayFor(m_pending.outcome.when), m_generation, &SimCalls::resolveOutgoing);
    return SimOutcome::ok();
}

void SimCalls::applySchedule(const QString &name)
{
    const QJsonObject meeting = m_scheduler ? m_scheduler->find(name) : QJsonObject();
    if (meeting.isEmpty() || m_pending.outcome.kind != SimRules::Outcome::Kind::Answer)
        return;
    m_pending.confTitle = meeting.value(u"topic"_s).toString();
    if (meeting.value(u"state"_s).toString() != u"running"_s) {
        m_pending.outcome.kind = SimRules::Outcome::Kind::Reject;
        m_pending.outcome.cause = 17; // not started yet
        m_pending.outcome.when = SimRules::Outcome::When::AtOnce;
    }
}

void SimCalls::resolveOutgoing()
{
    if (m_phase != Phase::Outgoing)
        return;
    if (m_pending.outcome.kind == SimRules::Outcome::Kind::Reject) {
        m_phase = Phase::Idle;
        ++m_generation;
        recordPending(SimCallHistory::Type::Outgoing, 0);
        m_host.emitEvent(u"rejectReceived"_s,
                         { { u"cause"_s, m_pending.outcome.cause },
                           { u"peerId"_s, m_pending.peerId },
                           { u"peerDn"_s, m_pending.peerDn } });
        m_host.changeAppState(3);
        return;
    }
    SimConference c;
    c.confId = m_pending.confId;
    c.type = m_pending.confType;
    c.title = m_pending.confTitle;
    c.direction = u"outgoing"_s;
    c.participants.append(m_roster.participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    if (c.type == 0) {
        c.owner = m_host.ownPeerId();
        c.peerId = m_pending.peerId;
        c.peerDn = m_pending.peerDn;
        c.participants.append(m_roster.participant(m_pending.peerId, m_pending.peerDn, false));
    } else {
        c.owner = m_pending.owner;
        if (m_pending.joinRequest) {
            SimParticipant owner = m_roster.participant(m_pending.owner, m_pending.peerDn, false);
            owner.owner = true;
            c.participants.append(owner);
        }
        m_roster.seed(&c, m_pending.joinRequest ? 2 : 3);
    }
    startConference(c, m_pending.peerId);
}

void SimCalls::startConference(SimConference conference, const QString &outgoingPeerId)
{
    for (SimParticipant &p : conference.participants) {
        p.owner = RoomIds::sameUser(p.peerId, conference.owner);
        p.role = p.owner ? 2 : 1;
        // Who is seen: everybody (symmetric, P2P), the owner (lecture), the podium (role).
        p.broadcast = p.owner || conference.type == 0 || conference.type == 1;
    }
    conference.start = now();
    SimCallHistory::Entry e;
    e.type = conference.direction == u"incoming"_s ? SimCallHistory::Type::Incoming
                                                   : SimCallHistory::Type::Outgoing;
    e.group = conference.type != 0;
    e.peerId = conference.type == 0 ? conference.peerId : conference.owner;
    e.peerDn = conference.type == 0 ? conference.peerDn : conference.title;
    if (e.group) {
        e.confId = conference.confId;
        e.confTitle = conference.title;
    }
    e.startTime = conference.start;
    conference.historyIndex = m_history.record(e);

    m_conf = conference;
    m_phase = Phase::InConference;
    ++m_generation;
    QJsonObject created {
        { u"confId"_s, m_conf.confId },
        { u"confTitle"_s, m_conf.title },
        { u"confType"_s, m_conf.type },
        { u"conferenceOwner"_s, m_conf.owner },
        { u"joinUrl"_s, m_conf.type == 0 ? QString() : m_roster.joinUrl(m_conf.confId) },
        { u"realTimeConferenceManagmentUrl"_s,
          m_conf.ownedByUs ? m_roster.joinUrl(m_conf.confId) + u"/manage"_s : QString() },
        { u"isSmartMeeting"_s, false },
        { u"isWaitingRoomSwitchingSupported"_s, m_conf.type != 0 },
        { u"isWaitingRoomEnabled"_s, m_conf.waitingRoom },
        { u"isInWaitingRoom"_s, false },
    };
    if (m_conf.type != 0) {
        created.insert(u"maxParticipants"_s, 36);
        created.insert(u"maxParticipantsOnPodium"_s, 6);
    }
    if (!outgoingPeerId.isEmpty())
        created.insert(u"peerId"_s, outgoingPeerId);
    m_host.emitEvent(u"conferenceCreated"_s, created);
    m_host.changeAppState(5);
}

// ---------------------------------------------------------------------------------------------
// Incoming calls

bool SimCalls::incomingCall(const QString &peerId, const QString &peerDn, int type,
                            const QString &confTitle)
{
    if (m_host.appState() != 3 || m_phase != Phase::Idle || type < 0 || type > 3
        || !SimRoster::isUserId(peerId))
        return false;
    SimAddressBook &book = m_host.addressBook();
    const QString callId = m_roster.callIdOf(peerId);
    m_pending = {};
    m_pending.peerId = callId;
    m_pending.peerDn = peerDn.isEmpty() ? book.displayNameFor(callId) : peerDn;
    m_pending.confType = type;
    m_pending.confId = newConferenceId();
    m_pending.owner = callId;
    if (type != 0)
        m_pending.confTitle = confTitle.isEmpty() ? m_pending.peerDn + u"'s meeting"_s : confTitle;
    // Refused without ringing: blocked callers, and strangers when only the book may call.
    if (book.isBlocked(callId)
        || (m_host.setting(u"rejectCallsNotFromAB"_s).toBool() && !book.contains(callId))) {
        recordPending(SimCallHistory::Type::Missed, 0);
        return false;
    }
    m_phase = Phase::Incoming;
    ++m_generation;
    QJsonObject invite { { u"peerId"_s, m_pending.peerId },
                         { u"peerDn"_s, m_pending.peerDn },
                         { u"type"_s, type },
                         { u"confId"_s, m_pending.confId } };
    if (type != 0)
        invite.insert(u"confTitle"_s, m_pending.confTitle);
    m_host.emitEvent(u"inviteReceived"_s, invite);
    m_host.changeAppState(4);
    if (m_host.setting(u"autoAccept"_s).toBool())
        acceptIncoming();
    else
        later(m_timing.ringTimeoutMs, m_generation, &SimCalls::missIncoming);
    return true;
}

void SimCalls::missIncoming()
{
    if (m_phase != Phase::Incoming)
        return;
    m_phase = Phase::Idle;
    ++m_generation;
    recordPending(SimCallHistory::Type::Missed, 0);
    m_host.emitEvent(u"stopCalling"_s, { { u"peerId"_s, m_pending.peerId }, { u"side"_s, 1 } });
    m_host.changeAppState(3);
}

bool SimCalls::cancelIncomingCall()
{
    if (m_phase != Phase::Incoming)
        return false;
    missIncoming();
    return true;
}

void SimCalls::acceptIncoming()
{
    SimConference c;
    c.confId = m_pending.confId;
    c.type = m_pending.confType;
    c.title = m_pending.confTitle;
    c.owner = m_pending.owner;
    c.direction = u"incoming"_s;
    c.peerId = m_pending.peerId;
    c.peerDn = m_pending.peerDn;
    c.participants.append(m_roster.participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    c.participants.append(m_roster.participant(m_pending.peerId, m_pending.peerDn, false));
    if (c.type != 0)
        m_roster.seed(&c, 2);
    startConference(c, {});
}

bool SimCalls::forcedWait() const
{
    // A test or demo put the room into appState 4 with setAppState() and no call behind
    // it: answering still works, about an unknown caller.
    return m_phase == Phase::Idle && m_host.appState() == 4;
}

SimOutcome SimCalls::accept()
{
    if (forcedWait()) {
        m_pending = {};
        m_pending.confId = newConferenceId();
        m_pending.peerId = u"caller@"_s + m_host.serverName();
        m_pending.peerDn = u"Caller"_s;
        m_pending.owner = m_pending.peerId;
        m_phase = Phase::Incoming;
    }
    if (m_phase != Phase::Incoming)
        return SimOutcome::fail(SimError::invalidState());
    acceptIncoming();
    return SimOutcome::ok();
}

SimOutcome SimCalls::reject()
{
    if (forcedWait()) {
        m_host.changeAppState(3);
        return SimOutcome::ok();
    }
    if (m_phase != Phase::Incoming)
        return SimOutcome::fail(SimError::invalidState());
    m_phase = Phase::Idle;
    ++m_generation;
    recordPending(SimCallHistory::Type::Incoming, 0);
    m_host.emitEvent(u"rejectSent"_s,
                     { { u"peerId"_s, m_pending.peerId },
                       { u"peerDn"_s, m_pending.peerDn },
                       { u"cause"_s, 0 },
                       { u"confId"_s, m_pending.confId } });
    m_host.changeAppState(3);
    return SimOutcome::ok();
}

// ---------------------------------------------------------------------------------------------
// Ending

SimOutcome SimCalls::hangUp(const QJsonObject &request)
{
    const bool forAll = request.value(u"forAll"_s).toBool(false);
    switch (m_phase) {
    case Phase::Incoming:
        return reject();
    case Phase::Outgoing:
        m_phase = Phase::Idle;
        ++m_generation;
        recordPending(SimCallHistory::Type::Outgoing, 0);
        m_host.emitEvent(u"stopCalling"_s, { { u"peerId"_s, m_pending.peerId }, { u"side"_s, 0 } });
        m_host.changeAppState(3);
        return SimOutcome::ok();
    case Phase::InConference:
        // Ending a group conference for everybody is the owner's (or a moderator's) right.
        if (forAll && isGroup() && !mayModerate())
            return SimOutcome::fail(SimError::invalidState());
        endConference(m_conf.type == 0 || forAll);
        return SimOutcome::ok();
    case Phase::Closing:
        return SimOutcome::fail(SimError::invalidState());
    case Phase::Idle:
        break;
    }
    // A test forced appState 4/5 without a call: wind the state down all the same.
    const int state = m_host.appState();
    if (state == 4) {
        m_host.changeAppState(3);
        return SimOutcome::ok();
    }
    if (state != 5)
        return SimOutcome::fail(SimError::invalidState());
    m_conf = {};
    endConference(false);
    return SimOutcome::ok();
}

void SimCalls::endConference(bool deleted)
{
    m_phase = Phase::Closing;
    ++m_generation;
    m_host.changeAppState(6);
    const quint64 generation = m_generation;
    QTimer::singleShot(qMax(0, m_timing.closeDelayMs), this, [this, generation, deleted] {
        if (generation == m_generation)
            finishClosing(deleted);
    });
}

void SimCalls::finishClosing(bool deleted)
{
    m_history.finish(m_conf.historyIndex, now());
    const QString confId = m_conf.confId;
    m_phase = Phase::Idle;
    ++m_generation;
    m_conf = {};
    if (deleted && !confId.isEmpty())
        m_host.emitEvent(u"conferenceDeleted"_s, { { u"confId"_s, confId } });
    m_host.changeAppState(3);
    if (!confId.isEmpty())
        m_host.conferenceEnded();
}

bool SimCalls::remoteHangUp()
{
    if (m_phase != Phase::InConference)
        return false;
    endConference(true);
    return true;
}

void SimCalls::drop(bool withEvents)
{
    const Phase phase = m_phase;
    const QString confId = m_conf.confId;
    if (phase == Phase::InConference || phase == Phase::Closing)
        m_history.finish(m_conf.historyIndex, now());
    else if (phase == Phase::Outgoing)
        recordPending(SimCallHistory::Type::Outgoing, 0);
    else if (phase == Phase::Incoming)
        recordPending(SimCallHistory::Type::Missed, 0);
    reset();
    if (!withEvents)
        return;
    if (phase == Phase::InConference || phase == Phase::Closing)
        m_host.emitEvent(u"conferenceDeleted"_s, { { u"confId"_s, confId } });
    else if (phase == Phase::Outgoing || phase == Phase::Incoming)
        m_host.emitEvent(
            u"stopCalling"_s,
            { { u"peerId"_s, m_pending.peerId }, { u"side"_s, phase == Phase::Outgoing ? 0 : 1 } });
}

void SimCalls::reset()
{
    ++m_generation;
    m_phase = Phase::Idle;
    m_conf = {};
}

SimOutcome SimCalls::getConferences() const
{
    if (m_phase != Phase::InConference)
        return SimOutcome::ok();
    const int duration = int(now() - m_conf.start);
    if (m_conf.type == 0)
        return SimOutcome::ok({ { u"confId"_s, m_conf.confId },
                                { u"type"_s, u"p2p"_s },
                                { u"direction"_s, m_conf.direction },
                                { u"peerId"_s, m_conf.peerId },
                                { u"peerDn"_s, m_conf.peerDn },
                                { u"confState"_s, 1 } });
    return SimOutcome::ok({
        { u"confId"_s, m_conf.confId },
        { u"confType"_s, m_conf.type },
        { u"confTitle"_s, m_conf.title },
        { u"conferenceOwner"_s, m_conf.owner },
        { u"joinUrl"_s, m_roster.joinUrl(m_conf.confId) },
        { u"realTimeConferenceManagmentUrl"_s,
          m_conf.ownedByUs ? m_roster.joinUrl(m_conf.confId) + u"/manage"_s : QString() },
        { u"confState"_s, 1 },
        { u"duration"_s, duration },
        { u"slideShowPresent"_s, false },
        { u"autoJoin"_s, m_conf.autoAccept },
        { u"maxParticipants"_s, 36 },
        { u"maxParticipantsOnPodium"_s, 6 },
    });
}
