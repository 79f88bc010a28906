// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsessionlist.h"

#include "core/logging.h"
#include "core/models/callpolicy.h"
#include "core/models/devicestate.h"
#include "core/roomtext.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kGroup = "roomList";
constexpr qsizetype kProblemLength = 500;

QString idString(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

bool isCallPhase(CallSession::Phase phase)
{
    return phase == CallSession::Phase::InConference || phase == CallSession::Phase::Ending;
}

} // namespace

RoomAddress RoomEntry::roomAddress(QString *error) const
{
    return RoomAddress::parse(address, instance, error);
}

RoomSessionList::RoomSessionList(const RoomController::Options &options, QObject *parent)
    : QAbstractListModel(parent)
    , m_options(options)
{ }

RoomSessionList::~RoomSessionList()
{
    // The sessions go with the list (children); nothing may report into a half-gone model.
    for (const Row &row : m_rows)
        unwatch(row.session);
}

int RoomSessionList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RoomSessionList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(size_t(index.row()));
    const RoomController *c = r.session->controller();
    const CallSession *call = r.session->call();
    const RoomNotices *notices = r.session->notices();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.entry.name;
    case IdRole:
        return r.entry.id;
    case AddressRole:
        return r.entry.address;
    case InstanceRole:
        return r.entry.instance;
    case RoleRole:
        return QVariant::fromValue(r.entry.role);
    case ConnectionStateRole:
        return QVariant::fromValue(c ? c->connectionState()
                                     : RoomController::ConnectionState::Disconnected);
    case AppStateRole:
        return QVariant::fromValue(c ? c->appState() : Room::AppState::Unknown);
    case SignedInRoleRole:
        return QVariant::fromValue(c ? c->role() : Room::Role::None);
    case CallPartnerRole:
        return call ? RoomText::name(call->callDescription()) : QString();
    case CallPhaseRole:
        return QVariant::fromValue(call ? call->phase() : CallSession::Phase::Idle);
    case CallStartedAtRole:
        return call ? call->startedAt() : QDateTime();
    case CallDurationRole:
        return call ? call->durationSecs() : qint64(0);
    case ProblemRole:
        return r.problem;
    case UnreadAlertsRole:
        return r.unread;
    case MissedCallsRole:
        // The room's own unseen missed calls (shared by every console) or, where the room does
        // not report them, the rings this console saw stop unanswered.
        return std::max(r.missed, notices ? notices->count(RoomNotices::Kind::MissedCalls) : 0);
    case JoinRequestsRole:
        return notices ? notices->count(RoomNotices::Kind::JoinRequests) : 0;
    case UnreadChatRole:
        return notices ? notices->count(RoomNotices::Kind::UnreadChat) : 0;
    case NoticesRole:
        return notices ? notices->summary() : QString();
    case CheckRole:
    case CheckedAtRole: {
        const ReadinessCheck *check = r.session->readiness();
        if (!check || !check->lastResult().isValid())
            return {};
        const ReadinessCheck::Result &last = check->lastResult();
        return role == CheckRole ? QVariant::fromValue(last.overall()) : QVariant(last.finishedAt);
    }
    case SessionRole:
        return QVariant::fromValue(r.session);
    case MuteRole:
        return r.session->devices() ? r.session->devices()->muteSummary() : QString();
    case DoNotDisturbRole:
        return r.session->callPolicy() && r.session->callPolicy()->doNotDisturb();
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomSessionList::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "roomId");
    names.insert(NameRole, "name");
    names.insert(AddressRole, "address");
    names.insert(InstanceRole, "instance");
    names.insert(RoleRole, "role");
    names.insert(ConnectionStateRole, "connectionState");
    names.insert(AppStateRole, "appState");
    names.insert(CallPartnerRole, "callPartner");
    names.insert(CallPhaseRole, "callPhase");
    names.insert(CallStartedAtRole, "callStartedAt");
    names.insert(CallDurationRole, "callDuration");
    names.insert(ProblemRole, "problem");
    names.insert(UnreadAlertsRole, "unreadAlerts");
    names.insert(MissedCallsRole, "missedCalls");
    names.insert(SessionRole, "session");
    names.insert(SignedInRoleRole, "signedInRole");
    names.insert(MuteRole, "mute");
    names.insert(DoNotDisturbRole, "doNotDisturb");
    names.insert(JoinRequestsRole, "joinRequests");
    names.insert(UnreadChatRole, "unreadChat");
    names.insert(NoticesRole, "notices");
    names.insert(CheckRole, "check");
    names.insert(CheckedAtRole, "checkedAt");
    return names;
}

QString RoomSessionList::uniqueId(const QString &wanted) const
{
    if (!QUuid::fromString(wanted).isNull() && rowOfId(wanted) < 0)
        return idString(QUuid::fromString(wanted));
    return idString(QUuid::createUuid());
}

RoomSession *RoomSessionList::add(const RoomEntry &room)
{
    return adopt(new RoomSession(m_options, RoomSession::Parts::Standard), room);
}

RoomSession *RoomSessionList::adopt(RoomSession *session, const RoomEntry &room)
{
    if (!session)
        return nullptr;
    if (rowOf(session) >= 0)
        return session;
    Row row;
    row.entry = room;
    row.entry.id = uniqueId(room.id);
    row.entry.name = RoomText::name(room.name);
    row.session = session;
    session->setParent(this);
    row.problem = problemOf(session);
    // A session adopted while it rings: a ring that stops unanswered is still a missed call.
    row.ringing = session->call() && session->call()->phase() == CallSession::Phase::Incoming;
    const int at = count();
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
    watch(session);
    return session;
}

void RoomSessionList::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    RoomSession *session = m_rows.at(size_t(row)).session;
    unwatch(session);
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    if (m_current == session)
        m_current = nullptr;
    if (RoomController *c = session->controller())
        c->disconnectFromRoom();
    delete session;
}

bool RoomSessionList::rename(int row, const QString &name)
{
    if (row < 0 || row >= count())
        return false;
    const QString bounded = RoomText::name(name);
    Row &r = m_rows[size_t(row)];
    if (r.entry.name != bounded) {
        r.entry.name = bounded;
        Q_EMIT dataChanged(index(row), index(row), { Qt::DisplayRole, NameRole });
    }
    return true;
}

bool RoomSessionList::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count())
        return false;
    if (from == to)
        return true;
    // beginMoveRows wants the destination before the move: one past `to` when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    Row moving = std::move(m_rows[size_t(from)]);
    m_rows.erase(m_rows.begin() + from);
    m_rows.insert(m_rows.begin() + to, std::move(moving));
    endMoveRows();
    return true;
}

RoomSession *RoomSessionList::session(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(size_t(row)).session : nullptr;
}

RoomEntry RoomSessionList::entry(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(size_t(row)).entry : RoomEntry();
}

int RoomSessionList::rowOf(const RoomSession *session) const
{
    if (!session)
        return -1;
    for (int row = 0; row < count(); ++row)
        if (m_rows.at(size_t(row)).session == session)
            return row;
    return -1;
}

int RoomSessionList::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < count(); ++row)
        if (m_rows.at(size_t(row)).entry.id == id)
            return row;
    return -1;
}

void RoomSessionList::setCurrent(RoomSession *session)
{
    const int row = rowOf(session);
    m_current = row >= 0 ? session : nullptr;
    markRead(row);
}

void RoomSessionList::markRead(int row)
{
    if (row < 0 || row >= count())
        return;
    Row &r = m_rows[size_t(row)];
    QList<int> roles;
    if (r.unread != 0)
        roles.append(UnreadAlertsRole);
    if (r.missed != 0)
        roles.append(MissedCallsRole);
    r.unread = 0;
    r.missed = 0;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(row), index(row), roles);
}

QString RoomSessionList::problemOf(const RoomSession *session)
{
    if (!session)
        return {};
    if (const RoomController *c = session->controller(); c && !c->lastError().isEmpty())
        return RoomText::bounded(c->lastError(), kProblemLength);
    if (const CallSession *call = session->call()) {
        switch (call->readiness()) {
        case CallSession::Readiness::SignedOut:
        case CallSession::Readiness::NoServer:
        case CallSession::Readiness::NotLoggedIn:
            return CallSession::readinessText(call->readiness());
        default:
            // Not connected is the connection state's to say; connecting and busy are fine.
            break;
        }
    }
    return {};
}

void RoomSessionList::watch(RoomSession *session)
{
    connect(session, &QObject::destroyed, this, &RoomSessionList::onSessionDestroyed);
    if (RoomController *c = session->controller()) {
        connect(c, &RoomController::connectionStateChanged, this, [this, session] {
            changed(session, { ConnectionStateRole });
            onProblemMaybeChanged(session);
        });
        connect(c, &RoomController::appStateChanged, this, [this, session] {
            changed(session, { AppStateRole });
            onProblemMaybeChanged(session);
        });
        connect(c, &RoomController::roleChanged, this,
                [this, session] { changed(session, { SignedInRoleRole }); });
        connect(c, &RoomController::lastErrorChanged, this,
                [this, session] { onProblemMaybeChanged(session); });
    }
    if (CallSession *call = session->call()) {
        connect(call, &CallSession::changed, this, [this, session] { onCallChanged(session); });
        connect(call, &CallSession::incomingCall, this,
                [this, session](const QString &peerId, const QString &peerDn) {
                    onIncomingCall(session, peerId, peerDn);
                });
        connect(call, &CallSession::callLost, this,
                [this, session](const QString &what, const QString &reason) {
                    onCallLost(session, what, reason);
                });
    }
    if (DeviceState *devices = session->devices())
        connect(devices, &DeviceState::changed, this,
                [this, session] { changed(session, { MuteRole }); });
    if (CallPolicy *policy = session->callPolicy())
        connect(policy, &CallPolicy::changed, this,
                [this, session] { changed(session, { DoNotDisturbRole }); });
    if (ReadinessCheck *check = session->readiness())
        connect(check, &ReadinessCheck::finished, this, [this, session] {
            changed(session, { CheckRole, CheckedAtRole });
        });
    if (RoomNotices *notices = session->notices()) {
        connect(notices, &RoomNotices::changed, this, [this, session] {
            changed(session, { JoinRequestsRole, UnreadChatRole, MissedCallsRole, NoticesRole });
        });
        connect(notices, &RoomNotices::raised, this,
                [this, session](RoomNotices::Kind, const QString &text) {
                    // The room on screen shows its own banners and badges; the others alert.
                    const int row = rowOf(session);
                    if (row >= 0 && !text.isEmpty() && countAlert(row))
                        Q_EMIT alertRaised(session, text);
                });
    }
}

void RoomSessionList::unwatch(RoomSession *session)
{
    disconnect(session, nullptr, this, nullptr);
    if (RoomController *c = session->controller())
        disconnect(c, nullptr, this, nullptr);
    if (CallSession *call = session->call())
        disconnect(call, nullptr, this, nullptr);
    if (DeviceState *devices = session->devices())
        disconnect(devices, nullptr, this, nullptr);
    if (CallPolicy *policy = session->callPolicy())
        disconnect(policy, nullptr, this, nullptr);
    if (RoomNotices *notices = session->notices())
        disconnect(notices, nullptr, this, nullptr);
    if (ReadinessCheck *check = session->readiness())
        disconnect(check, nullptr, this, nullptr);
}

void RoomSessionList::onSessionDestroyed(QObject *object)
{
    // Somebody deleted a session the list owns: drop its row, nothing else to clean up.
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(size_t(row)).session == object) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
            return;
        }
    }
}

void RoomSessionList::changed(RoomSession *session, const QList<int> &roles)
{
    const int row = rowOf(session);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

bool RoomSessionList::countAlert(int row)
{
    Row &r = m_rows[size_t(row)];
    if (r.session == m_current)
        return false;
    ++r.unread;
    Q_EMIT dataChanged(index(row), index(row), { UnreadAlertsRole });
    return true;
}

void RoomSessionList::onCallChanged(RoomSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    Row &r = m_rows[size_t(row)];
    const CallSession::Phase phase = session->call()->phase();
    const bool disconnected = !session->controller()
        || session->controller()->connectionState()
            == RoomController::ConnectionState::Disconnected;
    bool missed = false;
    if (phase == CallSession::Phase::Incoming) {
        r.ringing = true;
    } else if (isCallPhase(phase) || phase == CallSession::Phase::Outgoing) {
        r.ringing = false; // answered
    } else if (phase == CallSession::Phase::Idle && r.ringing) {
        r.ringing = false;
        // The operator closing the session is not a caller giving up.
        missed = !disconnected && r.session != m_current;
    }
    QList<int> roles { CallPartnerRole, CallPhaseRole, CallStartedAtRole, CallDurationRole };
    if (missed) {
        ++r.missed;
        roles.append(MissedCallsRole);
    }
    Q_EMIT dataChanged(index(row), index(row), roles);
    onProblemMaybeChanged(session); // readiness follows the call's view of the room
}

void RoomSessionList::onProblemMaybeChanged(RoomSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    Row &r = m_rows[size_t(row)];
    const QString problem = problemOf(session);
    if (problem == r.problem)
        return;
    const bool isNew = r.problem.isEmpty() && !problem.isEmpty();
    r.problem = problem;
    Q_EMIT dataChanged(index(row), index(row), { ProblemRole });
    if (isNew && countAlert(row))
        Q_EMIT alertRaised(session, problem);
}

void RoomSessionList::onIncomingCall(RoomSession *session, const QString &peerId,
                                     const QString &peerDn)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    countAlert(row);
    Q_EMIT incomingCall(session, peerId, peerDn);
}

void RoomSessionList::onCallLost(RoomSession *session, const QString &call, const QString &reason)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    if (countAlert(row))
        Q_EMIT alertRaised(session,
                           tr("The call with %1 ended: %2")
                               .arg(RoomText::name(call), RoomText::bounded(reason, 500)));
}

int RoomSessionList::load(QSettings &settings)
{
    int added = 0;
    const int size = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        RoomEntry room;
        room.id = settings.value(u"id"_s).toString();
        room.name = settings.value(u"name"_s).toString();
        room.address = settings.value(u"address"_s).toString();
        room.instance = settings.value(u"instance"_s).toString();
        bool roleOk = false;
        const int role = settings.value(u"role"_s).toInt(&roleOk);
        QString error;
        if (QUuid::fromString(room.id).isNull()) {
            qCWarning(lcController) << "room list: entry" << i << "skipped: no valid id";
            continue;
        }
        if (!roleOk || role < int(Room::Role::None) || role > int(Room::Role::Admin)) {
            qCWarning(lcController) << "room list: entry" << i << "skipped: unknown role";
            continue;
        }
        room.role = Room::Role(role);
        if (!room.roomAddress(&error).isValid()) {
            qCWarning(lcController).noquote()
                << "room list: entry" << i << "skipped:" << RoomText::name(error);
            continue;
        }
        if (rowOfId(room.id) >= 0)
            continue; // already in the list
        add(room);
        ++added;
    }
    settings.endArray();
    return added;
}

void RoomSessionList::save(QSettings &settings) const
{
    settings.remove(QLatin1String(kGroup));
    settings.beginWriteArray(QLatin1String(kGroup), count());
    for (int i = 0; i < count(); ++i) {
        const RoomEntry &room = m_rows.at(size_t(i)).entry;
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, room.id);
        settings.setValue(u"name"_s, room.name);
        settings.setValue(u"address"_s, room.address);
        settings.setValue(u"instance"_s, room.instance);
        settings.setValue(u"role"_s, int(room.role));
    }
    settings.endArray();
}
