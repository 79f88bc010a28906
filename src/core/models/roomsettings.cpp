// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsettings.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> levelOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return qBound(0.0, v.toDouble(), 1.0);
}

} // namespace

RoomSettings::RoomSettings(QObject *parent)
    : QObject(parent)
{ }

void RoomSettings::resyncAfterSignIn()
{
    const QJsonObject read = controller() ? controller()->settings() : QJsonObject();
    if (read.isEmpty()) {
        refresh();
        return;
    }
    QJsonObject values;
    for (auto it = read.constBegin(); it != read.constEnd(); ++it)
        if (it.key().size() <= RoomText::kNameLength)
            values.insert(it.key(), it.value());
    adopt(values);
}

quint64 RoomSettings::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return 0;
    return controller()->sendRequest(u"getSettings"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok())
            return;
        QJsonObject values;
        for (const QJsonValue &v : o.reply.value(u"settings"_s).toArray()) {
            const QJsonObject s = v.toObject();
            const QString name = s.value(u"name"_s).toString();
            if (!name.isEmpty() && name.size() <= RoomText::kNameLength)
                values.insert(name, s.value(u"value"_s));
        }
        adopt(values);
    });
}

void RoomSettings::adopt(const QJsonObject &values)
{
    m_values = values;
    m_known = true;
    Q_EMIT loaded();
}

void RoomSettings::handleRoomEvent(const RoomMessage &event)
{
    if (event.event != u"settingsChanged"_s)
        return;
    const QString name = event.body.value(u"name"_s).toString();
    if (name.isEmpty() || name.size() > RoomText::kNameLength || !event.body.contains(u"value"_s))
        return;
    const QJsonValue value = event.body.value(u"value"_s);
    m_values.insert(name, value);
    Q_EMIT changed(name, value);
}

void RoomSettings::forgetRoom()
{
    if (!m_known && m_values.isEmpty())
        return;
    m_values = {};
    m_known = false;
    Q_EMIT forgotten();
}

std::optional<double> RoomSettings::playLevel() const
{
    return levelOf(m_values.value(QLatin1String(kPlayLevel)));
}

std::optional<double> RoomSettings::capturerLevel() const
{
    return levelOf(m_values.value(QLatin1String(kCapturerLevel)));
}

std::optional<bool> RoomSettings::agcEnabled() const
{
    const QJsonValue v = m_values.value(QLatin1String(kAgc));
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

SettingsCatalogue::Limits RoomSettings::limits() const
{
    return SettingsCatalogue::limitsFrom(controller() ? controller()->systemInfo() : QJsonObject());
}

Room::Role RoomSettings::role() const
{
    return controller() ? controller()->role() : Room::Role::None;
}

SettingsCatalogue::Spec RoomSettings::spec(const QString &name) const
{
    return SettingsCatalogue::spec(name, m_values.value(name), limits());
}

QString RoomSettings::problemWith(const QJsonObject &changes) const
{
    if (role() != Room::Role::Admin)
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            if (SettingsCatalogue::spec(it.key()).adminOnly)
                return SettingsCatalogue::adminOnlyReason() + u" ("_s + it.key() + u')';
    const QString capturer = QLatin1String(kCapturerLevel);
    const QString agcName = QLatin1String(kAgc);
    if (!changes.contains(capturer))
        return {};
    const bool agc = changes.contains(agcName) ? changes.value(agcName).toBool()
                                               : agcEnabled().value_or(false);
    if (agc)
        return tr("The microphone level cannot be changed while automatic gain control is on");
    return {};
}

void RoomSettings::refuseLater(const QString &text, QObject *context,
                               PendingRequests::Callback done)
{
    RequestOutcome o;
    o.method = u"setSettings"_s;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = text;
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    // From the event loop, as the controller's own refusals arrive: never inside the verb.
    QTimer::singleShot(0, this, [this, o, guard, hasContext, done] {
        Q_EMIT failed(tr("Changing the settings failed: %1").arg(o.errorText));
        if (done && (guard || !hasContext))
            done(o);
    });
}

quint64 RoomSettings::apply(const QJsonObject &changes, QObject *context,
                            PendingRequests::Callback done)
{
    if (!controller()) {
        refuseLater(tr("Not connected to a room"), context, std::move(done));
        return 0;
    }
    if (changes.isEmpty()) {
        refuseLater(tr("Nothing to change"), context, std::move(done));
        return 0;
    }
    const QString problem = problemWith(changes);
    if (!problem.isEmpty()) {
        refuseLater(problem, context, std::move(done));
        return 0;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    // The reply is the outcome; the values change with the room's settingsChanged only.
    return controller()->sendRequest(
        u"setSettings"_s, { { u"settings"_s, changes } }, this,
        [this, guard, hasContext, done](const RequestOutcome &o) {
            if (!o.ok())
                Q_EMIT failed(
                    tr("Changing the settings failed: %1").arg(RoomText::bounded(o.errorText)));
            if (done && (guard || !hasContext))
                done(o);
        });
}

quint64 RoomSettings::apply(const QVariantMap &changes, QObject *context,
                            PendingRequests::Callback done)
{
    return apply(QJsonObject::fromVariantMap(changes), context, std::move(done));
}

quint64 RoomSettings::setPlayLevel(double level, QObject *context, PendingRequests::Callback done)
{
    return apply(QJsonObject { { QLatin1String(kPlayLevel), qBound(0.0, level, 1.0) } }, context,
                 std::move(done));
}

quint64 RoomSettings::setCapturerLevel(double level, QObject *context,
                                       PendingRequests::Callback done)
{
    return apply(QJsonObject { { QLatin1String(kCapturerLevel), qBound(0.0, level, 1.0) } },
                 context, std::move(done));
}
