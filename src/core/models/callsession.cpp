// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "callsession.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/enums.h"
#include "core/protocol/jsonnumbers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

CallSession::CallSession(QObject *parent)
    : QObject(parent)
{ }

QString CallSession::peerDisplay() const
{
    if (m_peerDn.isEmpty())
        return m_peerId;
    return m_peerId.isEmpty() ? m_peerDn : tr("%1 (%2)").arg(m_peerDn, m_peerId);
}

qint64 CallSession::durationSecs() const
{
    if (m_phase != Phase::InConference || !m_startedAt.isValid())
        return 0;
    return std::max<qint64>(0, m_startedAt.secsTo(QDateTime::currentDateTimeUtc()));
}

void CallSession::attach(RoomController *controller)
{
    m_controller = controller;
    connect(controller, &RoomController::eventReceived, this, &CallSession::handleEvent);
    connect(controller, &RoomController::startupCompleted, this, [this] {
        // Connected (or reconnected) mid-call: rebuild from the room's current state.
        const Room::AppState s = m_controller->appState();
        if (s == Room::AppState::Conference)
            fetchConference();
        else if (s != Room::AppState::Wait)
            resetCall();
    });
    connect(controller, &RoomController::appStateChanged, this, [this](Room::AppState s) {
        switch (s) {
        case Room::AppState::Conference:
            if (m_phase != Phase::InConference)
                fetchConference();
            break;
        case Room::AppState::Close:
            setPhase(Phase::Ending);
            break;
        case Room::AppState::Wait:
            break;
        default:
            if (m_phase == Phase::InConference || m_phase == Phase::Ending)
                Q_EMIT conferenceEnded();
            resetCall();
            break;
        }
    });
    connect(controller, &RoomController::connectionStateChanged, this,
            [this](RoomController::ConnectionState state) {
                if (state == RoomController::ConnectionState::Disconnected)
                    resetCall();
            });
}

void CallSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT changed();
}

void CallSession::resetCall()
{
    const bool wasIdle = m_phase == Phase::Idle && m_peerId.isEmpty() && m_confId.isEmpty();
    m_phase = Phase::Idle;
    m_peerId.clear();
    m_peerDn.clear();
    m_callType = 0;
    m_confId.clear();
    m_confTitle.clear();
    m_confType = -1;
    m_owner.clear();
    m_startedAt = {};
    if (!wasIdle)
        Q_EMIT changed();
}

void CallSession::fetchConference()
{
    if (!m_controller)
        return;
    m_controller->sendRequest(u"getConferences"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok())
            return;
        // Group conferences and P2P calls use different shapes; some rooms wrap them in a list.
        QJsonObject c = o.reply;
        if (o.reply.value(u"conferences"_s).isArray())
            c = o.reply.value(u"conferences"_s).toArray().first().toObject();
        m_confId = c.value(u"confId"_s).toString(m_confId);
        if (c.value(u"type"_s).toString() == u"p2p"_s) {
            m_confType = 0;
            m_peerId = c.value(u"peerId"_s).toString(m_peerId);
            m_peerDn = c.value(u"peerDn"_s).toString(m_peerDn);
        } else {
            m_confType = c.value(u"confType"_s).toInt(m_confType);
            m_confTitle = c.value(u"confTitle"_s).toString(m_confTitle);
            m_owner = c.value(u"conferenceOwner"_s).toString(m_owner);
        }
        // Clamped: a hostile duration (1e300) must neither overflow nor predate the epoch.
        if (c.value(u"duration"_s).isDouble())
            m_startedAt = QDateTime::currentDateTimeUtc().addSecs(-JsonNumbers::toInt64(
                c.value(u"duration"_s), 0, 0, QDateTime::currentSecsSinceEpoch()));
        else if (!m_startedAt.isValid())
            m_startedAt = QDateTime::currentDateTimeUtc();
        if (m_phase != Phase::InConference) {
            m_phase = Phase::InConference;
            Q_EMIT conferenceStarted();
        }
        Q_EMIT changed();
    });
}

void CallSession::handleEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    if (name == u"inviteReceived"_s) {
        m_peerId = b.value(u"peerId"_s).toString();
        m_peerDn = b.value(u"peerDn"_s).toString();
        m_callType = b.value(u"type"_s).toInt(0);
        m_confTitle = b.value(u"confTitle"_s).toString();
        m_confId = b.value(u"confId"_s).toString();
        m_phase = Phase::Incoming;
        Q_EMIT changed();
        Q_EMIT incomingCall(m_peerId, m_peerDn, m_callType, m_confTitle);
    } else if (name == u"inviteSent"_s || name == u"inviteRequestSent"_s) {
        m_peerId = b.value(u"peerId"_s).toString();
        m_peerDn = b.value(u"peerDn"_s).toString();
        m_callType = b.value(u"confType"_s).toInt(0);
        m_lastReject.clear();
        m_phase = Phase::Outgoing;
        Q_EMIT changed();
    } else if (name == u"rejectReceived"_s) {
        m_lastReject = Room::rejectCauseText(b.value(u"cause"_s).toInt(-1));
        Q_EMIT callRejected(b.value(u"peerId"_s).toString(), m_lastReject);
        resetCall();
        Q_EMIT changed();
    } else if (name == u"rejectSent"_s || name == u"stopCalling"_s) {
        resetCall();
    } else if (name == u"conferenceCreated"_s) {
        m_confId = b.value(u"confId"_s).toString();
        m_confTitle = b.value(u"confTitle"_s).toString();
        m_confType = b.value(u"confType"_s).toInt(0);
        m_owner = b.value(u"conferenceOwner"_s).toString();
        if (b.value(u"peerId"_s).isString())
            m_peerId = b.value(u"peerId"_s).toString();
        m_startedAt = QDateTime::currentDateTimeUtc();
        const bool started = m_phase != Phase::InConference;
        m_phase = Phase::InConference;
        if (started)
            Q_EMIT conferenceStarted();
        Q_EMIT changed();
    } else if (name == u"conferenceDeleted"_s) {
        if (m_phase == Phase::InConference || m_phase == Phase::Ending)
            Q_EMIT conferenceEnded();
        resetCall();
    }
}
