// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "callpolicy.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/models/eventlogmodel.h"
#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "roomdatacontainer.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

const QString CallPolicy::kContainer = u"roomdeck.callpolicy"_s;

namespace {

const QString kDndKey = u"doNotDisturb"_s;
const QString kAutoAnswerKey = u"autoAnswer"_s;

//! The usable ids of `ids`: valid user ids, no repeats, at most CallPolicy::kMaxAutoAnswer.
QStringList cleanIds(const QStringList &ids)
{
    QStringList out;
    for (const QString &raw : ids) {
        const QString id = RoomText::bounded(raw.trimmed(), 256);
        if (id.isEmpty() || !RoomIds::validationError(id).isEmpty()
            || std::any_of(out.cbegin(), out.cend(),
                           [&id](const QString &x) { return RoomIds::sameUser(x, id); }))
            continue;
        out.append(id);
    }
    return out.mid(0, CallPolicy::kMaxAutoAnswer);
}

QString who(const QString &peerId, const QString &peerDn)
{
    const QString id = RoomText::name(peerId);
    const QString name = RoomText::name(peerDn);
    return name.isEmpty() ? id : name;
}

} // namespace

CallPolicy::CallPolicy(QObject *parent)
    : QObject(parent)
    , m_container(new RoomDataContainer(kContainer, this))
{
    m_container->setValidator([](const QJsonObject &payload) -> QString {
        const QJsonValue dnd = payload.value(kDndKey);
        const QJsonValue list = payload.value(kAutoAnswerKey);
        if (!dnd.isUndefined() && !dnd.isBool())
            return tr("“%1” is not true or false").arg(kDndKey);
        if (!list.isUndefined() && !list.isArray())
            return tr("“%1” is not a list").arg(kAutoAnswerKey);
        return {};
    });
    connect(m_container, &RoomDataContainer::payloadChanged, this, &CallPolicy::applyPayload);
    connect(m_container, &RoomDataContainer::stateChanged, this, &CallPolicy::changed);
}

CallPolicy::~CallPolicy() = default;

QStringList CallPolicy::roomEvents() const
{
    return { u"dataSaved"_s, u"dataDeleted"_s, u"inviteReceived"_s, u"rejectReceived"_s };
}

void CallPolicy::resyncAfterSignIn()
{
    m_container->load();
}

void CallPolicy::forgetRoom()
{
    m_container->forget();
}

void CallPolicy::controllerChanged(RoomController *)
{
    m_container->setController(controller());
}

bool CallPolicy::isKnown() const
{
    return m_container->state() == RoomDataContainer::State::Ready;
}

QString CallPolicy::problem() const
{
    return m_container->problem();
}

bool CallPolicy::isAutoAnswered(const QString &peerId) const
{
    return std::any_of(m_autoAnswer.cbegin(), m_autoAnswer.cend(),
                       [&peerId](const QString &id) { return RoomIds::sameUser(id, peerId); });
}

void CallPolicy::applyPayload()
{
    const QJsonObject p = m_container->payload();
    m_dnd = p.value(kDndKey).toBool(false);
    QStringList ids;
    const QJsonArray list = p.value(kAutoAnswerKey).toArray();
    for (const QJsonValue &v : list)
        ids.append(v.toString());
    m_autoAnswer = cleanIds(ids);
    Q_EMIT changed();
}

void CallPolicy::handleRoomEvent(const RoomMessage &event)
{
    if (m_container->handleEvent(event))
        return;
    if (event.event == u"inviteReceived"_s) {
        onInvite(event);
    } else if (event.event == u"rejectReceived"_s) {
        const int cause = event.body.value(u"cause"_s).toInt(-1);
        const QString peerId = event.body.value(u"peerId"_s).toString().trimmed();
        if ((cause == 12 || cause == 13)
            && RoomIds::kindOf(peerId) == RoomIds::Kind::ConferenceCall)
            Q_EMIT passwordRequired(RoomText::bounded(peerId, 256), cause == 13);
    }
}

void CallPolicy::onInvite(const RoomMessage &event)
{
    if (!isKnown() || !controller())
        return;
    const QString peerId = event.body.value(u"peerId"_s).toString();
    const QString name = who(peerId, event.body.value(u"peerDn"_s).toString());
    const bool accept = !m_dnd && isAutoAnswered(peerId);
    if (!m_dnd && !accept)
        return;
    const quint64 invite = ++m_invites;
    if (controller()->role() == Room::Role::Admin) {
        answer(accept, peerId, name);
        return;
    }
    // The User connection stands in only when no Administrator console answered in time.
    QPointer<CallPolicy> self(this);
    QTimer::singleShot(kStandInMs, this, [self, invite, accept, peerId, name] {
        if (self && self->controller() && self->m_invites == invite
            && self->controller()->appState() == Room::AppState::Wait)
            self->answer(accept, peerId, name);
    });
}

void CallPolicy::answer(bool accept, const QString &peerId, const QString &name)
{
    QPointer<CallPolicy> self(this);
    controller()->sendRequest(
        accept ? u"accept"_s : u"reject"_s, {}, this,
        [self, accept, peerId, name](const RequestOutcome &o) {
            if (!self)
                return;
            EventLogModel *log = self->session() ? self->session()->eventLog() : nullptr;
            if (o.status == RequestOutcome::Status::ErrorReply
                && o.errorText == u"Invalid state"_s) {
                // Another console (or the room's own autoAccept) answered first.
                qCInfo(lcController)
                    << (accept ? "accept" : "reject") << "by policy: the call was already handled";
                return;
            }
            if (!o.ok()) {
                Q_EMIT self->failed(accept ? tr("Answering %1's call automatically failed: %2")
                                                 .arg(name, RoomText::bounded(o.errorText))
                                           : tr("Declining %1's call failed: %2")
                                                 .arg(name, RoomText::bounded(o.errorText)));
                return;
            }
            if (accept) {
                if (log)
                    log->append(EventLogModel::Kind::Notice,
                                tr("Answered %1's call automatically: the caller is on the "
                                   "auto-answer list")
                                    .arg(name));
                Q_EMIT self->callAutoAnswered(peerId, name);
            } else {
                if (log)
                    log->append(EventLogModel::Kind::Notice,
                                tr("Declined %1's call: Do not disturb is on").arg(name));
                Q_EMIT self->callDeclined(peerId, name);
            }
        });
}

quint64 CallPolicy::change(const QString &what, bool dnd, const QStringList &ids, QObject *context,
                           PendingRequests::Callback done)
{
    // Only the field asked for changes: the other one stays as the room's latest document has it.
    const bool setDnd = what.isEmpty();
    QPointer<CallPolicy> self(this);
    const QString action = setDnd
        ? (dnd ? tr("Turning do not disturb on") : tr("Turning do not disturb off"))
        : what;
    return m_container->edit(
        [setDnd, dnd, ids](const QJsonObject &payload) {
            QJsonObject p = payload;
            if (setDnd)
                p.insert(kDndKey, dnd);
            else
                p.insert(kAutoAnswerKey, QJsonArray::fromStringList(cleanIds(ids)));
            return RoomDataContainer::EditResult { p, {} };
        },
        context,
        [self, action, done](const RequestOutcome &o) {
            if (!o.ok() && self)
                Q_EMIT self->failed(
                    tr("%1 failed: %2").arg(action, RoomText::bounded(o.errorText)));
            if (done)
                done(o);
        });
}

quint64 CallPolicy::setDoNotDisturb(bool on, QObject *context, PendingRequests::Callback done)
{
    return change({}, on, {}, context, std::move(done));
}

quint64 CallPolicy::setAutoAnswerIds(const QStringList &ids, QObject *context,
                                     PendingRequests::Callback done)
{
    return change(tr("Changing the auto-answer list"), false, ids, context, std::move(done));
}

quint64 CallPolicy::clearUnreadable(QObject *context, PendingRequests::Callback done)
{
    return m_container->overwrite({ { kDndKey, false } }, context, std::move(done));
}
