// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "profileapply.h"

#include "core/controller/roomcontroller.h"
#include "core/models/eventlogmodel.h"
#include "core/models/roomsettings.h"
#include "core/models/settingscatalogue.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

ProfileApply::ProfileApply(QObject *context, Callback callback)
    : QObject(nullptr)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_callback(std::move(callback))
{ }

ProfileApply::Plan ProfileApply::plan(const RoomProfile &profile, const RoomSession *target,
                                      const AdminOnly &adminOnly)
{
    return plan(profile, target ? target->settings() : nullptr,
                target ? target->controller() : nullptr, adminOnly);
}

ProfileApply::Plan ProfileApply::plan(const RoomProfile &profile, const RoomSettings *settings,
                                      const RoomController *c, const AdminOnly &adminOnly)
{
    Plan p;
    if (!c || !c->isAuthenticated() || !settings || !settings->isKnown())
        return p;
    p.known = true;
    const bool admin = c->role() == Room::Role::Admin;
    const QJsonObject now = settings->values();
    for (auto it = profile.settings.constBegin(); it != profile.settings.constEnd(); ++it) {
        const QString &name = it.key();
        if (!now.contains(name)) {
            p.missing.append(name);
            continue;
        }
        if (now.value(name) == it.value())
            continue;
        if (RoomProfile::isRoomSpecific(name, it.value()))
            p.roomSpecific.append(name);
        else if (!admin && (adminOnly ? adminOnly(name) : SettingsCatalogue::spec(name).adminOnly))
            p.notPermitted.append(name);
        else {
            p.changes.insert(name, it.value());
            p.current.insert(name, now.value(name));
        }
    }
    return p;
}

ProfileApply *ProfileApply::apply(const RoomProfile &profile, const QList<RoomSession *> &sessions,
                                  QObject *context, Callback callback, const AdminOnly &adminOnly)
{
    auto *action = new ProfileApply(context, std::move(callback));
    action->start(profile, sessions, adminOnly);
    return action;
}

void ProfileApply::start(const RoomProfile &profile, const QList<RoomSession *> &sessions,
                         const AdminOnly &adminOnly)
{
    const int n = int(sessions.size());
    m_results.resize(n);
    m_done.fill(false, n);
    m_pending = n;
    for (int i = 0; i < n; ++i)
        m_results[i].session = sessions.at(i);
    // Every room is planned and asked before any outcome is counted, so that an early outcome
    // cannot finish the action while rooms are still to be asked.
    for (int i = 0; i < n; ++i) {
        RoomSession *session = sessions.at(i);
        Result &r = m_results[i];
        r.plan = plan(profile, session, adminOnly);
        if (!r.plan.known) {
            finishLater(i, Status::NotConnected, tr("Not connected to the room"));
            continue;
        }
        if (r.plan.changes.isEmpty()) {
            if (!r.plan.notPermitted.isEmpty())
                finishLater(i, Status::NotPermitted,
                            tr("Only an administrator may change %1")
                                .arg(r.plan.notPermitted.join(u", "_s)));
            else
                finishLater(i, Status::NothingToChange);
            continue;
        }
        // A session deleted before its answer still ends (its settings go with it, and with
        // them the answer).
        connect(session, &QObject::destroyed, this, [this, i] {
            finishOne(i, Status::Disconnected, tr("The room was removed before it answered"));
        });
        session->settings()->apply(r.plan.changes, this, [this, i](const RequestOutcome &o) {
            switch (o.status) {
            case RequestOutcome::Status::Reply:
                finishOne(i, Status::Applied);
                break;
            case RequestOutcome::Status::Disconnected:
                finishOne(i, Status::Disconnected, tr("The room disconnected before it answered"));
                break;
            case RequestOutcome::Status::Timeout:
                finishOne(i, Status::TimedOut, RoomText::bounded(o.errorText, 300));
                break;
            case RequestOutcome::Status::ErrorReply:
            case RequestOutcome::Status::RefusedLocally:
                finishOne(i, Status::Refused, RoomText::bounded(o.errorText, 300));
                break;
            }
        });
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this] { finishOne(-1, Status::NothingToChange); });
}

void ProfileApply::finishLater(int index, Status status, const QString &reason)
{
    // From the event loop: the callback never runs inside apply().
    QTimer::singleShot(0, this,
                       [this, index, status, reason] { finishOne(index, status, reason); });
}

void ProfileApply::finishOne(int index, Status status, const QString &reason)
{
    if (index >= 0) {
        if (m_done.at(index))
            return;
        m_done[index] = true;
        --m_pending;
        Result &r = m_results[index];
        r.status = status;
        r.reason = reason;
        if (RoomSession *s = r.session) {
            disconnect(s, nullptr, this, nullptr);
            if (EventLogModel *log = s->eventLog()) {
                RequestOutcome o;
                o.method = u"setSettings"_s;
                o.status = status == Status::Applied || status == Status::NothingToChange
                    ? RequestOutcome::Status::Reply
                    : RequestOutcome::Status::RefusedLocally;
                o.errorText = resultText(r);
                log->logCommand(tr("Applying a settings profile"), o);
            }
        }
    }
    if (m_pending > 0 || m_finished)
        return;
    m_finished = true;
    if (m_callback && (m_context || !m_hasContext))
        m_callback(m_results);
    deleteLater();
}

QString ProfileApply::statusText(Status status)
{
    switch (status) {
    case Status::Applied:
        return tr("applied");
    case Status::NothingToChange:
        return tr("nothing to change");
    case Status::Refused:
        return tr("refused");
    case Status::NotConnected:
        return tr("not connected");
    case Status::NotPermitted:
        return tr("not permitted at this level");
    case Status::Disconnected:
        return tr("disconnected");
    case Status::TimedOut:
        return tr("no answer");
    }
    return {};
}

QString ProfileApply::resultText(const Result &result)
{
    QString text;
    switch (result.status) {
    case Status::Applied:
        text = tr("applied %n change(s)", nullptr, result.appliedCount());
        if (!result.plan.notPermitted.isEmpty())
            text += u"; "_s
                + tr("%n setting(s) not permitted at this level", nullptr,
                     int(result.plan.notPermitted.size()));
        return text;
    case Status::NothingToChange:
        return statusText(result.status);
    case Status::Refused:
    case Status::NotConnected:
    case Status::NotPermitted:
    case Status::Disconnected:
    case Status::TimedOut:
        break;
    }
    text = statusText(result.status);
    if (!result.reason.isEmpty())
        text += u": "_s + RoomText::bounded(result.reason, 300);
    return text;
}
