// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcameracontrol.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

SimCameraControl::SimCameraControl(SimHost &host, ResolveParticipant resolve, int answerDelayMs,
                                   QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_resolve(std::move(resolve))
    , m_answerDelayMs(answerDelayMs)
{ }

SimCommandTable SimCameraControl::commands()
{
    SimCommandTable t {
        { u"requestParticipantCameraControl"_s,
          [this](const QJsonObject &r) {
              return request(r);
          } },
        { u"acceptRequestCameraControl"_s,
          [this](const QJsonObject &r) {
              return answer(r, true);
          } },
        { u"rejectRequestCameraControl"_s,
          [this](const QJsonObject &r) {
              return answer(r, false);
          } },
        { u"getIncomingCameraControlRequests"_s,
          [this](const QJsonObject &) {
              return list(m_incoming);
          } },
        { u"getOutgoingCameraControlRequests"_s,
          [this](const QJsonObject &) {
              return list(m_outgoing);
          } },
        { u"getRemotelyControlledCameras"_s,
          [this](const QJsonObject &) {
              return list(m_controlled);
          } },
    };
    for (const QString &direction :
         { u"Left"_s, u"Right"_s, u"Up"_s, u"Down"_s, u"ZoomInc"_s, u"ZoomDec"_s })
        t.insert(u"remotelyControlledCameraPtz"_s + direction,
                 [this](const QJsonObject &r) { return moveRemote(r); });
    return t;
}

bool SimCameraControl::inConference() const
{
    return m_host.appState() == 5;
}

SimOutcome SimCameraControl::list(const QStringList &ids)
{
    return SimOutcome::ok({ { u"callIdList"_s, QJsonArray::fromStringList(ids) } });
}

SimOutcome SimCameraControl::request(const QJsonObject &request)
{
    if (!inConference())
        return SimOutcome::fail(SimError::invalidState());
    const QString callId = m_resolve(request.value(u"callId"_s).toString());
    if (callId.isEmpty())
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_outgoing.contains(callId) || m_controlled.contains(callId))
        return SimOutcome::fail(SimError::invalidState());
    m_outgoing.append(callId);
    m_host.emitEvent(u"requestCameraControlSent"_s, { { u"callId"_s, callId } });
    const quint64 generation = m_generation;
    // The participant agrees; events outside a command go out at once, so even a delay of 0
    // follows the reply and the Sent event.
    QTimer::singleShot(qMax(0, m_answerDelayMs), this, [this, generation, callId] {
        if (generation != m_generation || !m_outgoing.removeOne(callId))
            return;
        m_controlled.append(callId);
        m_host.emitEvent(u"outgoingRequestCameraControlAccepted"_s, { { u"callId"_s, callId } });
    });
    return SimOutcome::ok();
}

SimOutcome SimCameraControl::answer(const QJsonObject &request, bool accept)
{
    if (!inConference())
        return SimOutcome::fail(SimError::invalidState());
    const QString callId = request.value(u"callId"_s).toString();
    if (!m_incoming.removeOne(callId))
        return SimOutcome::fail(SimError::invalidParameters());
    if (accept && !m_controllers.contains(callId))
        m_controllers.append(callId);
    m_host.emitEvent(accept ? u"incomingRequestCameraControlAccepted"_s
                            : u"incomingRequestCameraControlRejected"_s,
                     { { u"callId"_s, callId } });
    return SimOutcome::ok();
}

SimOutcome SimCameraControl::moveRemote(const QJsonObject &request)
{
    if (!inConference())
        return SimOutcome::fail(SimError::invalidState());
    const QJsonValue owner = request.value(u"cameraOwnerCallId"_s);
    if (!owner.isString())
        return SimOutcome::fail(SimError::invalidParameters());
    if (!m_controlled.contains(owner.toString()))
        return SimOutcome::fail(SimError::invalidState());
    ++m_moves[owner.toString()];
    return SimOutcome::ok();
}

bool SimCameraControl::participantAsks(const QString &who)
{
    const QString peerId = inConference() ? m_resolve(who) : QString();
    if (peerId.isEmpty() || m_incoming.contains(peerId) || m_controllers.contains(peerId))
        return false;
    m_incoming.append(peerId);
    m_host.emitEvent(u"requestCameraControlReceived"_s, { { u"callId"_s, peerId } });
    return true;
}

void SimCameraControl::participantLeft(const QString &who)
{
    const QString peerId = m_resolve(who);
    m_incoming.removeAll(peerId);
    m_outgoing.removeAll(peerId);
    m_controllers.removeAll(peerId);
    if (m_controlled.removeAll(peerId) > 0)
        m_host.emitEvent(u"remotelyControlledCameraNotAvailableAnymore"_s,
                         { { u"callId"_s, peerId } });
}

void SimCameraControl::conferenceOver(bool withEvents)
{
    ++m_generation;
    if (withEvents)
        for (const QString &callId : std::as_const(m_controlled))
            m_host.emitEvent(u"remotelyControlledCameraNotAvailableAnymore"_s,
                             { { u"callId"_s, callId } });
    m_incoming.clear();
    m_outgoing.clear();
    m_controlled.clear();
    m_controllers.clear();
}
