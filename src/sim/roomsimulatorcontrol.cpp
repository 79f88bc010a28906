// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsimulator.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"
#include "simauthcommands.h"
#include "simauthority.h"
#include "simbranding.h"
#include "simcalls.h"
#include "simcameracontrol.h"
#include "simcamerapresets.h"
#include "simchat.h"
#include "simconnections.h"
#include "simdatacontainers.h"
#include "simdevices.h"
#include "simdispatcher.h"
#include "simhttpendpoints.h"
#include "simlisteners.h"
#include "simlog.h"
#include "simmediaoptions.h"
#include "simmoderation.h"
#include "simpodium.h"
#include "simpresencefeed.h"
#include "simreplay.h"
#include "simscenarioplayer.h"
#include "simscheduler.h"
#include "simsettings.h"
#include "simsystem.h"

#include <QJsonArray>
#include <QTcpServer> // complete for SimListeners::webSocketConnectionsPending
#include <QWebSocket>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

// The control API tests and scenarios drive the room with (see roomsimulator.h); the room's
// assembly and lifetime are in roomsimulator.cpp.

// ---------------------------------------------------------------------------------------------
// Control API

QJsonArray RoomSimulator::contacts() const
{
    return m_book->toJson();
}

int RoomSimulator::contactCount() const
{
    return m_book->size();
}

void RoomSimulator::addContacts(int count)
{
    m_presence->addContacts(count);
    flushQueued();
}

bool RoomSimulator::addContact(const QString &peerId, const QString &peerDn)
{
    return sent(m_presence->addContact(peerId, peerDn));
}

bool RoomSimulator::setPresence(const QString &peerId, int status, int extStatus,
                                const QString &additionalStatus)
{
    return sent(m_presence->setPresence(peerId, status, extStatus, additionalStatus));
}

int RoomSimulator::simulatePresenceChanges(int count)
{
    const int changed = m_presence->randomChanges(count);
    flushQueued();
    return changed;
}

void RoomSimulator::setPresenceChurn(double changesPerSecond)
{
    m_presence->setChurn(changesPerSecond, m_running);
}

double RoomSimulator::presenceChurn() const
{
    return m_presence->churn();
}

bool RoomSimulator::isPresenceChurnScheduled() const
{
    return m_presence && m_presence->isChurnScheduled();
}

bool RoomSimulator::simulateIncomingCall(const QString &peerId, const QString &peerDn, int type,
                                         const QString &confTitle)
{
    return sent(m_calls->incomingCall(peerId, peerDn, type, confTitle));
}

bool RoomSimulator::simulateIncomingCallCancelled()
{
    return sent(m_calls->cancelIncomingCall());
}

bool RoomSimulator::simulateRemoteHangUp()
{
    return sent(m_calls->remoteHangUp());
}

bool RoomSimulator::simulateParticipantJoin(const QString &peerId, const QString &peerDn)
{
    return sent(m_moderation->participantJoins(peerId, peerDn));
}

bool RoomSimulator::simulateParticipantLeave(const QString &peerId)
{
    m_cameraControl->participantLeft(peerId);
    return sent(m_moderation->participantLeaves(peerId));
}

bool RoomSimulator::simulateCameraControlRequest(const QString &peerId)
{
    return sent(m_cameraControl->participantAsks(peerId));
}

int RoomSimulator::remoteCameraMoves(const QString &callId) const
{
    return m_cameraControl->remoteMoves(callId);
}

QJsonArray RoomSimulator::cameraPresets() const
{
    return m_presets->presetsJson();
}

QString RoomSimulator::appliedPresetName() const
{
    return m_presets->appliedName();
}

QString RoomSimulator::otherParticipant(const QString &peerId) const
{
    if (peerId.isEmpty())
        return {};
    const bool instance = RoomIds::kindOf(peerId) == RoomIds::Kind::InstanceId;
    const QJsonArray list = m_calls->participantsJson();
    for (const QJsonValue &v : list) {
        const QString id = v.toObject().value(u"peerId"_s).toString();
        if (RoomIds::sameUser(id, ownPeerId()))
            continue;
        if (instance ? id.compare(peerId, Qt::CaseInsensitive) == 0 : RoomIds::sameUser(id, peerId))
            return id;
    }
    return {};
}

bool RoomSimulator::simulateJoinRequest(const QString &peerId, const QString &peerDn)
{
    return sent(m_moderation->joinRequest(peerId, peerDn));
}

bool RoomSimulator::simulatePodiumRequest(const QString &peerId)
{
    return sent(m_podium->request(peerId));
}

bool RoomSimulator::simulatePodiumInvitation()
{
    return sent(m_podium->invitation());
}

bool RoomSimulator::simulateIncomingChat(const QString &peerId, const QString &message,
                                         const QString &peerDn)
{
    return sent(m_chat->incoming(peerId, message, peerDn));
}

bool RoomSimulator::simulateIncomingGroupChat(const QString &peerId, const QString &message,
                                              const QString &peerDn)
{
    return sent(m_chat->incomingGroup(peerId, message, peerDn));
}

bool RoomSimulator::simulateServerLoss()
{
    return sent(m_server->loseConnection());
}

void RoomSimulator::setCalleeRule(const QString &userPrefix, int rejectCause, bool afterRing)
{
    SimRules::Outcome o;
    if (rejectCause >= 0) {
        o.kind = SimRules::Outcome::Kind::Reject;
        o.cause = rejectCause;
    }
    o.when = afterRing ? SimRules::Outcome::When::AfterRing : SimRules::Outcome::When::AtOnce;
    m_calls->setCalleeRule(userPrefix, o);
}

void RoomSimulator::setCallTiming(int ringDelayMs, int ringTimeoutMs)
{
    SimCalls::Timing t = m_calls->timing();
    t.ringDelayMs = ringDelayMs;
    t.ringTimeoutMs = ringTimeoutMs;
    m_calls->setTiming(t);
}

SimCallHistory &RoomSimulator::callHistory()
{
    return m_calls->history();
}

QString RoomSimulator::conferenceId() const
{
    return m_calls->conferenceId();
}

QJsonArray RoomSimulator::participants() const
{
    return m_calls->participantsJson();
}

// ---------------------------------------------------------------------------------------------
// Scenarios

bool RoomSimulator::loadScenario(const QByteArray &json, QString *error)
{
    return m_scenario->load(json, error);
}

bool RoomSimulator::loadScenarioFile(const QString &path, QString *error)
{
    return m_scenario->loadFile(path, error);
}

bool RoomSimulator::loadReplay(const QByteArray &jsonl, QString *error)
{
    SimReplay::Recording recording;
    if (!SimReplay::parse(jsonl, &recording, error))
        return false;
    m_replay->load(recording,
                   m_running && authorizedCount(u"admin"_s) + authorizedCount(u"user"_s) > 0);
    return true;
}

bool RoomSimulator::loadReplayFile(const QString &path, QString *error)
{
    SimReplay::Recording recording;
    if (!SimReplay::readFile(path, &recording, error))
        return false;
    m_replay->load(recording,
                   m_running && authorizedCount(u"admin"_s) + authorizedCount(u"user"_s) > 0);
    return true;
}

QString RoomSimulator::replaySummary() const
{
    return m_replay->isLoaded() ? m_replay->recording().summary() : QString();
}

void RoomSimulator::setReplaySpeed(double speed)
{
    m_replay->setSpeed(speed);
}

void RoomSimulator::lockSetting(const QString &name, bool locked)
{
    m_settings->setLocked(name, locked);
}
