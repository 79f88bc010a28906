// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "callsession.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/enums.h"
#include "core/protocol/jsonnumbers.h"
#include "core/roomtext.h"

#include "core/protocol/ids.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

CallSession::CallSession(QObject *parent)
    : QObject(parent)
{ }

QString CallSession::peerDisplay() const
{
    // The room's words, bounded and cleaned: this text is shown and logged.
    const QString id = RoomText::name(m_peerId);
    const QString name = RoomText::name(m_peerDn);
    if (name.isEmpty())
        return id;
    return id.isEmpty() ? name : tr("%1 (%2)").arg(name, id);
}

qint64 CallSession::durationSecs() const
{
    if (m_phase != Phase::InConference || !m_startedAt.isValid())
        return 0;
    return std::max<qint64>(0, m_startedAt.secsTo(QDateTime::currentDateTimeUtc()));
}

namespace {

bool isLive(RoomController::ConnectionState state)
{
    return state == RoomController::ConnectionState::Loading
        || state == RoomController::ConnectionState::Connected;
}

} // namespace

CallSession::Readiness CallSession::readiness() const
{
    using State = RoomController::ConnectionState;
    if (!controller())
        return Readiness::NotConnected;
    const State state = controller()->connectionState();
    if (state == State::Unauthorized)
        return Readiness::SignedOut;
    if (!isLive(state))
        return Readiness::NotConnected;
    switch (controller()->appState()) {
    case Room::AppState::None:
        return Readiness::NoServer;
    case Room::AppState::Connect:
        return Readiness::ConnectingServer;
    case Room::AppState::Login:
        return Readiness::NotLoggedIn;
    case Room::AppState::Normal:
        return Readiness::Ready;
    case Room::AppState::Wait:
    case Room::AppState::Conference:
    case Room::AppState::Close:
        return Readiness::Busy;
    case Room::AppState::Unknown:
        break;
    }
    return Readiness::Unknown;
}

QString CallSession::readinessText(Readiness readiness)
{
    switch (readiness) {
    case Readiness::NotConnected:
        return tr("RoomDeck is not connected to the room.");
    case Readiness::SignedOut:
        return tr("RoomDeck is not signed in to the room.");
    case Readiness::NoServer:
        return tr("The room is not connected to a TrueConf server.");
    case Readiness::ConnectingServer:
        return tr("The room is connecting to its TrueConf server.");
    case Readiness::NotLoggedIn:
        return tr("The room's TrueConf account is not logged in.");
    case Readiness::Busy:
        return tr("The room is in a call.");
    case Readiness::Unknown:
        return tr("The room has not reported its state yet.");
    case Readiness::Ready:
        break;
    }
    return {};
}

QString CallSession::callDescription() const
{
    const Phase phase = m_phase == Phase::Unknown ? m_phaseBeforeLoss : m_phase;
    if (phase == Phase::Idle || phase == Phase::Unknown)
        return {};
    if (!m_confTitle.isEmpty())
        return tr("“%1”").arg(RoomText::name(m_confTitle));
    const QString who = peerDisplay();
    return who.isEmpty() ? tr("a conference") : who;
}

QStringList CallSession::roomEvents() const
{
    return { u"inviteReceived"_s,    u"inviteSent"_s,        u"inviteRequestSent"_s,
             u"rejectReceived"_s,    u"rejectSent"_s,        u"stopCalling"_s,
             u"conferenceCreated"_s, u"conferenceDeleted"_s, u"serverDisconnected"_s };
}

void CallSession::controllerChanged(RoomController *)
{
    if (controller())
        m_appState = int(controller()->appState());
}

void CallSession::appStateChanged(Room::AppState, Room::AppState current)
{
    const int previous = m_appState;
    m_appState = int(current);
    onAppState(previous);
    Q_EMIT changed(); // readiness follows the app state
}

void CallSession::connectionStateChanged(RoomController::ConnectionState state)
{
    if (state == RoomController::ConnectionState::Disconnected) {
        // The operator closed the session: there is no call to speak of any more.
        m_phaseBeforeLoss = Phase::Idle;
        resetCall();
    } else if (!isLive(state) && m_phase != Phase::Idle && m_phase != Phase::Unknown) {
        m_phaseBeforeLoss = m_phase;
        m_phase = Phase::Unknown;
    }
    Q_EMIT changed(); // readiness follows the connection
}

void CallSession::onResynced()
{
    // Connected (or reconnected) mid-call: rebuild from the room's current state.
    const Room::AppState s = controller()->appState();
    const bool wasUnknown = m_phase == Phase::Unknown;
    if (s == Room::AppState::Conference) {
        fetchConference();
        return;
    }
    if (s == Room::AppState::Wait) {
        if (wasUnknown
            && (m_phaseBeforeLoss == Phase::Outgoing || m_phaseBeforeLoss == Phase::Incoming))
            setPhase(m_phaseBeforeLoss);
        return; // ringing: inviteReceived / inviteSent tell the rest
    }
    if (wasUnknown) {
        const QString call = callDescription();
        const bool wasConference
            = m_phaseBeforeLoss == Phase::InConference || m_phaseBeforeLoss == Phase::Ending;
        m_phaseBeforeLoss = Phase::Idle;
        resetCall();
        if (wasConference)
            Q_EMIT conferenceEnded();
        Q_EMIT callLost(call, tr("RoomDeck was not connected to the room when it ended."));
        return;
    }
    resetCall();
}

void CallSession::onAppState(int previous)
{
    if (m_phase == Phase::Unknown)
        return; // the resync decides (startupCompleted), not a replayed state
    switch (Room::AppState(m_appState)) {
    case Room::AppState::Conference:
        if (m_phase != Phase::InConference)
            fetchConference();
        break;
    case Room::AppState::Close:
        setPhase(Phase::Ending);
        break;
    case Room::AppState::Wait:
    case Room::AppState::Unknown:
        break;
    default: {
        const bool wasConference = m_phase == Phase::InConference || m_phase == Phase::Ending;
        // From ringing or a call straight to "no server" or "not logged in": the room lost its
        // server (or account), and the call with it; a normal end passes through 6 or goes
        // 4 -> 3. The call may already have been closed by its own event just before.
        const bool lost
            = m_appState <= int(Room::AppState::Login) && previous >= int(Room::AppState::Wait);
        const QString call = m_phase != Phase::Idle ? callDescription() : m_endedCall;
        if (wasConference)
            Q_EMIT conferenceEnded();
        resetCall();
        if (lost)
            reportLost(call,
                       m_appState == int(Room::AppState::Login)
                           ? tr("The room's TrueConf account was logged out.")
                           : tr("The room lost its connection to the TrueConf server."));
        break;
    }
    }
    // The state that follows an ended call has arrived: that call is history now.
    m_endedCall.clear();
    m_lostReported = false;
}

void CallSession::reportLost(const QString &call, const QString &reason)
{
    if (call.isEmpty() || m_lostReported)
        return;
    m_lostReported = true;
    m_endedCall.clear();
    Q_EMIT callLost(call, reason);
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
    if (!controller())
        return;
    controller()->sendRequest(u"getConferences"_s, {}, this, [this](const RequestOutcome &o) {
        // A late reply must not bring back a call the room has ended meanwhile.
        if (!controller() || controller()->appState() != Room::AppState::Conference)
            return;
        if (!o.ok()) {
            // The room is in a conference (appState 5) even if it cannot describe it.
            if (m_phase == Phase::Unknown) {
                m_phase = Phase::InConference;
                Q_EMIT changed();
            }
            return;
        }
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
        if (m_phase == Phase::Unknown) {
            m_phase = Phase::InConference; // the same call goes on: no second "started"
        } else if (m_phase != Phase::InConference) {
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
        // In a conference it is an invitee saying no: the conference goes on.
        if (m_phase != Phase::InConference)
            resetCall();
        Q_EMIT changed();
    } else if (name == u"rejectSent"_s || name == u"stopCalling"_s) {
        m_endedCall = callDescription();
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
        m_endedCall = callDescription();
        resetCall();
    } else if (name == u"serverDisconnected"_s && m_phase != Phase::Unknown) {
        // A call cannot outlive the server connection; say why it ended.
        const QString call = m_phase != Phase::Idle ? callDescription() : m_endedCall;
        if (m_phase == Phase::InConference || m_phase == Phase::Ending)
            Q_EMIT conferenceEnded();
        resetCall();
        reportLost(call, tr("The room lost its connection to the TrueConf server."));
    }
}

quint64 CallSession::createConference(const QString &title, Room::ConferenceType type,
                                      const QStringList &invitees, const ConferenceOptions &options,
                                      QObject *context, PendingRequests::Callback done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    const auto refuse = [&](const QString &why) {
        RequestOutcome o;
        o.method = u"createConference"_s;
        o.status = RequestOutcome::Status::RefusedLocally;
        o.errorText = why;
        QTimer::singleShot(0, this, [o, guard, hasContext, done] {
            if (done && (guard || !hasContext))
                done(o);
        });
        return quint64(0);
    };
    static const QHash<Room::ConferenceType, QString> kTypes {
        { Room::ConferenceType::Symmetric, u"symmetric"_s },
        { Room::ConferenceType::Asymmetric, u"asymmetric"_s },
        { Room::ConferenceType::RoleBased, u"role"_s },
    };
    if (!controller() || !controller()->isAuthenticated())
        return refuse(tr("Not connected to a room"));
    // §5.2: a conference is created from Normal only (the room would answer "Invalid state").
    const Room::AppState state = controller()->appState();
    if (state != Room::AppState::Normal && state != Room::AppState::Unknown)
        return refuse(state >= Room::AppState::Wait
                          ? tr("The room is in a call: end it first")
                          : tr("The room is not signed in to its server"));
    if (title.trimmed().isEmpty())
        return refuse(tr("The conference needs a title"));
    if (!kTypes.contains(type))
        return refuse(tr("A conference is symmetric, asymmetric or role-based"));
    QJsonArray inviteList;
    for (const QString &raw : invitees) {
        const QString id = raw.trimmed();
        if (!RoomIds::validationError(id).isEmpty()
            || RoomIds::kindOf(id) == RoomIds::Kind::ConferenceCall)
            return refuse(tr("“%1” is not a TrueConf ID").arg(RoomText::name(id)));
        // §7.4: never list yourself; the room joins as the owner.
        if (RoomIds::sameUser(id, controller()->trueConfId()) || inviteList.contains(id))
            continue;
        inviteList.append(id);
    }
    QJsonObject params { { u"title"_s, RoomText::bounded(title.trimmed(), 200) },
                         { u"confType"_s, kTypes.value(type) },
                         { u"autoAccept"_s, options.autoAccept } };
    if (!inviteList.isEmpty())
        params.insert(u"inviteList"_s, inviteList);
    if (options.waitingRoom)
        params.insert(u"useWaitingRoom"_s, *options.waitingRoom);
    if (options.muteCamerasOnJoin)
        params.insert(u"muteCamOnJoin"_s, *options.muteCamerasOnJoin);
    if (options.muteMicrophonesOnJoin)
        params.insert(u"muteMicOnJoin"_s, *options.muteMicrophonesOnJoin);
    return controller()->sendRequest(u"createConference"_s, params, this,
                                     [guard, hasContext, done](const RequestOutcome &o) {
                                         if (done && (guard || !hasContext))
                                             done(o);
                                     });
}
