// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcalls.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"

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

int confTypeFromName(const QString &name)
{
    if (name == u"symmetric"_s)
        return 1;
    if (name == u"asymmetric"_s)
        return 2;
    return name == u"role"_s ? 3 : -1;
}

bool isUserId(const QString &peerId)
{
    const RoomIds::Kind kind = RoomIds::kindOf(peerId);
    return kind == RoomIds::Kind::PeerId || kind == RoomIds::Kind::CallId
        || kind == RoomIds::Kind::InstanceId;
}

} // namespace

SimCalls::SimCalls(SimHost &host, const Timing &timing, const QString &conferencePin,
                   QObject *parent)
    : QObject(parent)
    , m_host(host)
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
        { u"createConference"_s,
          [this](const QJsonObject &r) {
              return createConference(r);
          } },
        { u"acceptPeer"_s,
          [this](const QJsonObject &r) {
              return answerJoinRequest(r, true);
          } },
        { u"rejectPeer"_s,
          [this](const QJsonObject &r) {
              return answerJoinRequest(r, false);
          } },
        { u"inviteToConference"_s,
          [this](const QJsonObject &r) {
              return inviteToConference(r);
          } },
        { u"kickPeer"_s,
          [this](const QJsonObject &r) {
              return kickPeer(r);
          } },
        { u"turnRemoteCamera"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"video"_s);
          } },
        { u"turnRemoteMic"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"mic"_s);
          } },
        { u"turnRemoteSpeaker"_s,
          [this](const QJsonObject &r) {
              return turnRemote(r, u"speaker"_s);
          } },
        { u"setModeratorRole"_s,
          [this](const QJsonObject &r) {
              return setModeratorRole(r);
          } },
        { u"toneDial"_s,
          [this](const QJsonObject &r) {
              return toneDial(r);
          } },
        { u"sendMessage"_s,
          [this](const QJsonObject &r) {
              return sendMessage(r);
          } },
        { u"sendGroupMessage"_s,
          [this](const QJsonObject &r) {
              return sendGroupMessage(r);
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
        { u"getCallHistory"_s,
          [this](const QJsonObject &r) {
              return SimOutcome::ok(
                  { { u"calls"_s, m_history.toJson(qMax(0, r.value(u"count"_s).toInt())) },
                    { u"lastView"_s, m_history.lastView() } });
          } },
        { u"clearCallHistory"_s,
          [this](const QJsonObject &) {
              m_history.clear();
              m_host.emitEvent(u"callHistoryCleared"_s, {});
              return SimOutcome::ok();
          } },
        { u"setLastCallsViewed"_s,
          [this](const QJsonObject &) {
              m_history.markViewed(now());
              m_host.emitEvent(u"lastCallsViewed"_s, { { u"lastView"_s, m_history.lastView() } });
              return SimOutcome::ok();
          } },
        { u"getLastCallsViewTime"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"time"_s, m_history.lastView() } });
          } },
    };
    for (const QString &method :
         { u"gotoPodium"_s, u"leavePodium"_s, u"inviteToPodium"_s, u"kickFromPodium"_s,
           u"acceptRequestToPodium"_s, u"rejectRequestToPodium"_s, u"acceptInvitationToPodium"_s,
           u"rejectInvitationToPodium"_s, u"startRemark"_s })
        t.insert(method, [this, method](const QJsonObject &r) { return podium(method, r); });
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

QString SimCalls::instanceOf(const QString &callId) const
{
    if (RoomIds::kindOf(callId) == RoomIds::Kind::InstanceId)
        return callId;
    // A stable instance per user, so that a participant list reads the same every time.
    return callId + u'/'
        + u"%1"_s.arg(uint(qHash(callId.toLower(), 0x5eed)), 8, 16, QLatin1Char('0'));
}

QString SimCalls::callIdOf(const QString &peerId) const
{
    const QString callId = RoomIds::toCallId(peerId, m_host.serverName());
    return callId.isEmpty() ? peerId : callId;
}

SimCalls::Participant SimCalls::participant(const QString &callId, const QString &peerDn,
                                            bool self) const
{
    Participant p;
    p.peerId = instanceOf(callId);
    p.peerDn = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    p.self = self;
    // Most people join with camera and microphone on; a few arrive muted.
    const size_t h = qHash(callId.toLower());
    p.mic = h % 5 == 0 ? 1 : 2;
    p.video = h % 7 == 0 ? 1 : 2;
    return p;
}

void SimCalls::seedParticipants(Conference *conference, int count) const
{
    // Other people already in a conference we join: available contacts when the book has
    // them, otherwise users from the server directory; the same conference, the same people.
    const QList<SimContact> &book = m_host.addressBook().contacts();
    const size_t start = qHash(conference->confId);
    for (int i = 0, added = 0; added < count && i < 400; ++i) {
        QString callId;
        QString dn;
        if (!book.isEmpty()) {
            const SimContact &c = book.at(int((start + size_t(i) * 7) % size_t(book.size())));
            if (c.status != 1)
                continue;
            callId = c.peerId;
            dn = c.peerDn;
        } else {
            const int n = int((start + size_t(i)) % 900) + 1;
            callId = u"user%1@%2"_s.arg(n, 4, 10, QLatin1Char('0')).arg(m_host.serverName());
            dn = SimAddressBook::generatedName(n);
        }
        if (std::any_of(conference->participants.cbegin(), conference->participants.cend(),
                        [&](const Participant &p) { return RoomIds::sameUser(p.peerId, callId); }))
            continue;
        conference->participants.append(participant(callId, dn, false));
        ++added;
    }
}

SimCalls::Participant *SimCalls::findParticipant(const QString &peerId)
{
    const bool instance = RoomIds::kindOf(peerId) == RoomIds::Kind::InstanceId;
    for (Participant &p : m_conf.participants) {
        if (instance ? p.peerId.compare(peerId, Qt::CaseInsensitive) == 0
                     : RoomIds::sameUser(p.peerId, callIdOf(peerId)))
            return &p;
    }
    return nullptr;
}

bool SimCalls::hasParticipant(const QString &peerId) const
{
    if (m_phase != Phase::InConference)
        return false;
    return std::any_of(m_conf.participants.cbegin(), m_conf.participants.cend(),
                       [&](const Participant &p) {
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
                       [](const Participant &p) { return p.self && p.moderator; });
}

QString SimCalls::conferenceId() const
{
    return m_phase == Phase::InConference || m_phase == Phase::Closing ? m_conf.confId : QString();
}

QString SimCalls::joinUrl(const QString &confId) const
{
    return u"https://%1/c/%2"_s.arg(m_host.serverName(), confId.section(u'@', 0, 0));
}

QJsonObject SimCalls::participantJson(const Participant &p) const
{
    return {
        { u"peerId"_s, p.peerId },
        { u"peerDn"_s, p.peerDn },
        { u"mic"_s, p.self ? m_host.selfMic() : p.mic },
        { u"video"_s, p.self ? m_host.selfVideo() : p.video },
        { u"role"_s, p.role },
        { u"broadcast"_s, p.broadcast },
        { u"slideShow"_s, false },
        { u"leaderType"_s, p.owner ? 1 : (p.moderator ? 2 : 0) },
        { u"pinned"_s, false },
        { u"recordingMe"_s, false },
        { u"recordingByMe"_s, false },
        { u"isInWaitingRoom"_s, false },
    };
}

QJsonArray SimCalls::participantsJson() const
{
    QJsonArray a;
    if (m_phase != Phase::InConference)
        return a;
    for (const Participant &p : m_conf.participants)
        a.append(participantJson(p));
    return a;
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
        m_pending.outcome = SimRules::conferenceCall(
            name, pin.isString() ? pin.toString() : QString(), m_conferencePin);
        m_pending.confType = m_pending.outcome.confType > 0 ? m_pending.outcome.confType : 1;
    } else {
        m_pending.peerId = callIdOf(peerId);
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
    Conference c;
    c.confId = m_pending.confId;
    c.type = m_pending.confType;
    c.title = m_pending.confTitle;
    c.direction = u"outgoing"_s;
    c.participants.append(participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    if (c.type == 0) {
        c.owner = m_host.ownPeerId();
        c.peerId = m_pending.peerId;
        c.peerDn = m_pending.peerDn;
        c.participants.append(participant(m_pending.peerId, m_pending.peerDn, false));
    } else {
        c.owner = m_pending.owner;
        if (m_pending.joinRequest) {
            Participant owner = participant(m_pending.owner, m_pending.peerDn, false);
            owner.owner = true;
            c.participants.append(owner);
        }
        seedParticipants(&c, m_pending.joinRequest ? 2 : 3);
    }
    startConference(c, m_pending.peerId);
}

void SimCalls::startConference(Conference conference, const QString &outgoingPeerId)
{
    for (Participant &p : conference.participants) {
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
        { u"joinUrl"_s, m_conf.type == 0 ? QString() : joinUrl(m_conf.confId) },
        { u"realTimeConferenceManagmentUrl"_s,
          m_conf.ownedByUs ? joinUrl(m_conf.confId) + u"/manage"_s : QString() },
        { u"isSmartMeeting"_s, false },
        { u"isWaitingRoomSwitchingSupported"_s, false },
        { u"isWaitingRoomEnabled"_s, false },
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
        || !isUserId(peerId))
        return false;
    SimAddressBook &book = m_host.addressBook();
    const QString callId = callIdOf(peerId);
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
    Conference c;
    c.confId = m_pending.confId;
    c.type = m_pending.confType;
    c.title = m_pending.confTitle;
    c.owner = m_pending.owner;
    c.direction = u"incoming"_s;
    c.peerId = m_pending.peerId;
    c.peerDn = m_pending.peerDn;
    c.participants.append(participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    c.participants.append(participant(m_pending.peerId, m_pending.peerDn, false));
    if (c.type != 0)
        seedParticipants(&c, 2);
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

// ---------------------------------------------------------------------------------------------
// Own conferences, invitations, join requests

SimOutcome SimCalls::createConference(const QJsonObject &request)
{
    if (m_host.appState() != 3 || m_phase != Phase::Idle)
        return SimOutcome::fail(SimError::invalidState());
    const QString title = request.value(u"title"_s).toString().trimmed();
    const int type = confTypeFromName(request.value(u"confType"_s).toString());
    if (title.isEmpty() || type < 0)
        return SimOutcome::fail(SimError::invalidParameters());
    QStringList invitees;
    const QJsonArray inviteList = request.value(u"inviteList"_s).toArray();
    for (const QJsonValue &v : inviteList) {
        const QString id = v.toString().trimmed();
        if (!isUserId(id))
            return SimOutcome::fail(SimError::invalidParameters());
        if (RoomIds::sameUser(callIdOf(id), m_host.ownPeerId())) {
            // §7.4: the owner joins by creating; listing yourself is a client mistake.
            m_host.violation(u"createConference inviteList names the room itself"_s);
            continue;
        }
        invitees.append(callIdOf(id));
    }

    Conference c;
    c.confId = newConferenceId();
    c.type = type;
    c.title = title;
    c.owner = m_host.ownPeerId();
    c.ownedByUs = true;
    c.autoAccept = request.value(u"autoAccept"_s).toBool(false);
    c.participants.append(participant(m_host.ownPeerId(), m_host.ownPeerDn(), true));
    c.direction = u"outgoing"_s;
    startConference(c, {});
    for (const QString &id : std::as_const(invitees))
        inviteOne(id);
    return SimOutcome::ok();
}

void SimCalls::inviteOne(const QString &callId)
{
    const SimRules::Outcome outcome = calleeOutcome(callId);
    const QString peerDn = m_host.addressBook().displayNameFor(callId);
    const quint64 generation = m_generation;
    QTimer::singleShot(qMax(0, delayFor(outcome.when)), this,
                       [this, generation, outcome, callId, peerDn] {
                           if (generation != m_generation || m_phase != Phase::InConference)
                               return;
                           if (outcome.kind == SimRules::Outcome::Kind::Reject)
                               m_host.emitEvent(u"rejectReceived"_s,
                                                { { u"cause"_s, outcome.cause },
                                                  { u"peerId"_s, callId },
                                                  { u"peerDn"_s, peerDn } });
                           else
                               admit(callId, peerDn);
                       });
}

void SimCalls::admit(const QString &callId, const QString &peerDn)
{
    if (findParticipant(callId))
        return;
    Participant p = participant(callId, peerDn, false);
    p.broadcast = m_conf.type == 1;
    m_conf.participants.append(p);
    m_host.emitEvent(
        u"newParticipantInConference"_s,
        { { u"peerId"_s, p.peerId }, { u"peerDn"_s, p.peerDn }, { u"confId"_s, m_conf.confId } });
}

SimOutcome SimCalls::inviteToConference(const QJsonObject &request)
{
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    if (!isGroup() || !mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    if (!isUserId(peerId) || RoomIds::sameUser(callIdOf(peerId), m_host.ownPeerId()))
        return SimOutcome::fail(SimError::invalidParameters());
    inviteOne(callIdOf(peerId));
    return SimOutcome::ok();
}

bool SimCalls::joinRequest(const QString &peerId, const QString &peerDn)
{
    if (!isGroup() || !m_conf.ownedByUs || !isUserId(peerId))
        return false;
    const QString callId = callIdOf(peerId);
    const QString dn = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    if (findParticipant(callId))
        return false;
    if (m_conf.autoAccept) {
        m_host.emitEvent(
            u"peerAccepted"_s,
            { { u"peerId"_s, callId }, { u"peerDn"_s, dn }, { u"confId"_s, m_conf.confId } });
        admit(callId, dn);
        return true;
    }
    m_conf.joinRequests.append({ callId, dn });
    m_host.emitEvent(
        u"requestInviteReceived"_s,
        { { u"peerId"_s, callId }, { u"peerDn"_s, dn }, { u"confId"_s, m_conf.confId } });
    return true;
}

SimOutcome SimCalls::answerJoinRequest(const QJsonObject &request, bool admitPeer)
{
    if (!isGroup() || !m_conf.ownedByUs)
        return SimOutcome::fail(SimError::invalidState());
    const QString callId = callIdOf(request.value(u"peerId"_s).toString().trimmed());
    const auto it = std::find_if(
        m_conf.joinRequests.begin(), m_conf.joinRequests.end(),
        [&callId](const QPair<QString, QString> &r) { return RoomIds::sameUser(r.first, callId); });
    if (it == m_conf.joinRequests.end())
        return SimOutcome::fail(SimError::invalidParameters()); // nobody asked
    const QPair<QString, QString> requester = *it;
    m_conf.joinRequests.erase(it);
    if (admitPeer) {
        m_host.emitEvent(u"peerAccepted"_s,
                         { { u"peerId"_s, requester.first },
                           { u"peerDn"_s, requester.second },
                           { u"confId"_s, m_conf.confId } });
        admit(requester.first, requester.second);
    }
    return SimOutcome::ok();
}

bool SimCalls::participantJoins(const QString &peerId, const QString &peerDn)
{
    if (!isGroup() || !isUserId(peerId) || findParticipant(peerId))
        return false;
    admit(callIdOf(peerId), peerDn);
    return true;
}

bool SimCalls::participantLeaves(const QString &peerId)
{
    if (m_phase != Phase::InConference)
        return false;
    Participant *p = findParticipant(peerId);
    if (!p || p->self)
        return false;
    if (m_conf.type == 0) {
        endConference(true); // the other side of a call hung up
        return true;
    }
    const QString instance = p->peerId;
    m_conf.participants.removeIf(
        [&instance](const Participant &q) { return q.peerId == instance; });
    m_host.emitEvent(u"participantLeftConference"_s, { { u"peerId"_s, instance } });
    return true;
}

// ---------------------------------------------------------------------------------------------
// Moderation

SimOutcome SimCalls::kickPeer(const QJsonObject &request)
{
    if (!mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    Participant *p = findParticipant(request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    participantLeaves(p->peerId);
    return SimOutcome::ok();
}

SimOutcome SimCalls::turnRemote(const QJsonObject &request, const QString &device)
{
    if (!mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    // §6: remote device control addresses one instance of a user.
    if (RoomIds::kindOf(peerId) != RoomIds::Kind::InstanceId)
        return SimOutcome::fail(SimError::invalidParameters());
    Participant *p = findParticipant(peerId);
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    if (device == u"speaker"_s)
        return SimOutcome::ok(); // not part of the participant state
    int &state = device == u"mic"_s ? p->mic : p->video;
    if (state != 0)
        state = request.value(u"on"_s).toBool() ? 2 : 1;
    m_host.emitEvent(u"deviceStatusReceived"_s,
                     { { u"peerId"_s, p->peerId },
                       { u"mic"_s, p->mic },
                       { u"video"_s, p->video },
                       { u"confId"_s, m_conf.confId } });
    return SimOutcome::ok();
}

SimOutcome SimCalls::setModeratorRole(const QJsonObject &request)
{
    if (!isGroup() || !m_conf.ownedByUs)
        return SimOutcome::fail(SimError::invalidState());
    Participant *p = findParticipant(request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    p->moderator = request.value(u"moderator"_s).toBool();
    return SimOutcome::ok();
}

SimOutcome SimCalls::toneDial(const QJsonObject &request)
{
    if (m_phase != Phase::InConference)
        return SimOutcome::fail(SimError::invalidState());
    const QString symbol = request.value(u"symbol"_s).toString();
    if (!u"0123456789*#ABCD"_s.contains(symbol, Qt::CaseInsensitive))
        return SimOutcome::fail(SimError::invalidParameters());
    m_host.emitEvent(u"toneDial"_s,
                     { { u"symbol"_s, symbol },
                       { u"confId"_s, m_conf.confId },
                       { u"callId"_s, request.value(u"callId"_s).toString() } });
    return SimOutcome::ok();
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
        { u"joinUrl"_s, joinUrl(m_conf.confId) },
        { u"realTimeConferenceManagmentUrl"_s,
          m_conf.ownedByUs ? joinUrl(m_conf.confId) + u"/manage"_s : QString() },
        { u"confState"_s, 1 },
        { u"duration"_s, duration },
        { u"slideShowPresent"_s, false },
        { u"autoJoin"_s, m_conf.autoAccept },
        { u"maxParticipants"_s, 36 },
        { u"maxParticipantsOnPodium"_s, 6 },
    });
}

// ---------------------------------------------------------------------------------------------
// Chat

SimOutcome SimCalls::sendMessage(const QJsonObject &request)
{
    if (m_host.appState() < 3)
        return SimOutcome::fail(SimError::invalidState());
    const QString peerId = request.value(u"peerId"_s).toString().trimmed();
    if (!isUserId(peerId))
        return SimOutcome::fail(SimError::invalidParameters());
    m_host.emitEvent(u"chatMessageSent"_s,
                     { { u"peerId"_s, callIdOf(peerId) },
                       { u"message"_s, request.value(u"message"_s).toString() } });
    return SimOutcome::ok();
}

SimOutcome SimCalls::sendGroupMessage(const QJsonObject &request)
{
    if (!isGroup())
        return SimOutcome::fail(SimError::invalidState());
    m_host.emitEvent(u"groupChatMessageSent"_s,
                     { { u"message"_s, request.value(u"message"_s).toString() } });
    return SimOutcome::ok();
}

bool SimCalls::incomingChat(const QString &peerId, const QString &message, const QString &peerDn)
{
    if (m_host.appState() < 3 || !isUserId(peerId))
        return false;
    const QString callId = callIdOf(peerId);
    m_host.emitEvent(
        u"incomingChatMessage"_s,
        { { u"peerId"_s, callId },
          { u"peerDn"_s, peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn },
          { u"message"_s, message },
          { u"time"_s, now() },
          { u"chatId"_s, callId } });
    return true;
}

bool SimCalls::incomingGroupChat(const QString &peerId, const QString &message,
                                 const QString &peerDn)
{
    if (!isGroup() || !isUserId(peerId))
        return false;
    const QString callId = callIdOf(peerId);
    m_host.emitEvent(
        u"incomingGroupChatMessage"_s,
        { { u"peerId"_s, callId },
          { u"peerDn"_s, peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn },
          { u"message"_s, message },
          { u"time"_s, now() },
          { u"confId"_s, m_conf.confId },
          { u"chatId"_s, m_conf.confId } });
    return true;
}

// ---------------------------------------------------------------------------------------------
// Podium (role-based conferences)

void SimCalls::emitRoleEvent(const Participant &p)
{
    m_host.emitEvent(u"roleEventOccured"_s,
                     { { u"peerId"_s, p.peerId },
                       { u"peerDn"_s, p.peerDn },
                       { u"role"_s, p.role },
                       { u"type"_s, 0 },
                       { u"result"_s, true },
                       { u"broadcast"_s, p.broadcast },
                       { u"confId"_s, m_conf.confId } });
}

SimOutcome SimCalls::podium(const QString &method, const QJsonObject &request)
{
    if (m_phase != Phase::InConference || m_conf.type != 3)
        return SimOutcome::fail(SimError::invalidState()); // §10 n
    Participant *self = findParticipant(m_host.ownPeerId());
    if (!self)
        return SimOutcome::fail(SimError::invalidState());
    const int ordinary = self->owner ? 2 : 1;

    if (method == u"gotoPodium"_s) {
        // The owner steps up at once; others ask and the (simulated) owner agrees.
        self->role = m_conf.ownedByUs ? 2 : 3;
        self->broadcast = m_conf.ownedByUs;
        emitRoleEvent(*self);
        if (!m_conf.ownedByUs) {
            const quint64 generation = m_generation;
            QTimer::singleShot(qMax(0, m_timing.ringDelayMs), this, [this, generation] {
                Participant *me = findParticipant(m_host.ownPeerId());
                if (generation != m_generation || !me || me->role != 3)
                    return;
                me->role = 1;
                me->broadcast = true;
                emitRoleEvent(*me);
            });
        }
        return SimOutcome::ok();
    }
    if (method == u"leavePodium"_s) {
        self->role = ordinary;
        self->broadcast = false;
        emitRoleEvent(*self);
        return SimOutcome::ok();
    }
    if (method == u"acceptInvitationToPodium"_s || method == u"rejectInvitationToPodium"_s) {
        if (self->role != 4)
            return SimOutcome::fail(SimError::invalidState());
        self->role = ordinary;
        if (method == u"rejectInvitationToPodium"_s) {
            m_host.emitEvent(u"incomingPodiumInvitationRemoved"_s,
                             { { u"confId"_s, m_conf.confId }, { u"reason"_s, 0 } });
            return SimOutcome::ok();
        }
        self->broadcast = true;
        emitRoleEvent(*self);
        return SimOutcome::ok();
    }
    if (method == u"startRemark"_s) {
        if (self->broadcast)
            return SimOutcome::fail(SimError::invalidState()); // on the podium already
        self->role = 5;
        emitRoleEvent(*self);
        m_host.emitEvent(u"remarkCountDown"_s,
                         { { u"timeout"_s, 30 }, { u"confId"_s, m_conf.confId } });
        return SimOutcome::ok();
    }

    // The rest manage somebody else: owner or moderator only.
    if (!mayModerate())
        return SimOutcome::fail(SimError::invalidState());
    Participant *p = findParticipant(request.value(u"peerId"_s).toString().trimmed());
    if (!p || p->self)
        return SimOutcome::fail(SimError::invalidParameters());
    if (method == u"inviteToPodium"_s) {
        p->role = 4;
        emitRoleEvent(*p);
        const QString instance = p->peerId;
        const quint64 generation = m_generation;
        QTimer::singleShot(qMax(0, m_timing.ringDelayMs), this, [this, generation, instance] {
            Participant *q = generation == m_generation ? findParticipant(instance) : nullptr;
            if (!q || q->role != 4)
                return;
            q->role = 1;
            q->broadcast = true;
            emitRoleEvent(*q);
        });
        return SimOutcome::ok();
    }
    if (method == u"kickFromPodium"_s) {
        p->role = 1;
        p->broadcast = false;
        emitRoleEvent(*p);
        return SimOutcome::ok();
    }
    // accept/rejectRequestToPodium
    if (p->role != 3)
        return SimOutcome::fail(SimError::invalidParameters()); // no request from this one
    const bool allow = method == u"acceptRequestToPodium"_s;
    p->role = 1;
    p->broadcast = allow;
    m_host.emitEvent(
        u"incomingRequestToPodiumAnswered"_s,
        { { u"peerId"_s, p->peerId }, { u"allow"_s, allow }, { u"confId"_s, m_conf.confId } });
    emitRoleEvent(*p);
    return SimOutcome::ok();
}

bool SimCalls::podiumRequest(const QString &peerId)
{
    if (m_phase != Phase::InConference || m_conf.type != 3 || !m_conf.ownedByUs)
        return false;
    Participant *p = findParticipant(peerId);
    if (!p || p->self || p->broadcast)
        return false;
    p->role = 3;
    emitRoleEvent(*p);
    return true;
}

bool SimCalls::podiumInvitation()
{
    if (m_phase != Phase::InConference || m_conf.type != 3 || m_conf.ownedByUs)
        return false;
    Participant *self = findParticipant(m_host.ownPeerId());
    if (!self || self->broadcast)
        return false;
    self->role = 4;
    emitRoleEvent(*self);
    return true;
}
