// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "appupdate.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

AppUpdate::AppUpdate(QObject *parent)
    : QObject(parent)
{ }

QStringList AppUpdate::roomEvents() const
{
    return { u"appUpdateAvailable"_s, u"downloadProgress"_s, u"updateFailed"_s };
}

void AppUpdate::forgetRoom()
{
    m_state = State::Unknown;
    m_currentVersion.clear();
    m_newVersion.clear();
    m_progress = 0;
    Q_EMIT changed();
}

void AppUpdate::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void AppUpdate::applyInfo(const QJsonObject &reply)
{
    m_currentVersion = RoomText::name(reply.value(u"currentVersion"_s).toString());
    m_newVersion = RoomText::name(reply.value(u"version"_s).toString());
    m_progress = qBound(0, reply.value(u"progress"_s).toInt(), 100);
    if (reply.value(u"inProgress"_s).toBool())
        setState(State::Downloading);
    else
        setState(reply.value(u"available"_s).toBool() ? State::Available : State::UpToDate);
}

void AppUpdate::handleRoomEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    if (event.event == u"appUpdateAvailable"_s) {
        // No field at all (the shape older rooms may send): an update is there.
        const bool available = b.value(u"available"_s).toBool(true);
        m_newVersion = available ? RoomText::name(b.value(u"version"_s).toString()) : QString();
        if (m_state != State::Downloading || !available)
            setState(available ? State::Available : State::UpToDate);
    } else if (event.event == u"downloadProgress"_s) {
        m_progress = qBound(0, b.value(u"progress"_s).toInt(), 100);
        if (m_state != State::Downloading)
            setState(State::Downloading);
        Q_EMIT progressChanged(m_progress);
        if (m_progress == 100) {
            const QString version = m_newVersion;
            m_currentVersion = version.isEmpty() ? m_currentVersion : version;
            m_newVersion.clear();
            m_progress = 0;
            setState(State::UpToDate);
            Q_EMIT finished(version);
        }
    } else if (event.event == u"updateFailed"_s) {
        const bool cancelled = b.value(u"cancelled"_s).toBool();
        m_lastError = cancelled ? tr("The update was cancelled")
                                : RoomText::bounded(b.value(u"error"_s).toString());
        if (m_lastError.isEmpty())
            m_lastError = tr("The room could not update");
        m_progress = 0;
        setState(State::Available);
        Q_EMIT updateFailed(m_lastError, cancelled);
    }
}

quint64 AppUpdate::check(Done done)
{
    return send(u"getUpdateInfo"_s, std::move(done));
}

quint64 AppUpdate::start(Done done)
{
    if (m_state == State::Downloading)
        return refuse(u"startUpdate"_s, tr("The update is already running"), std::move(done));
    if (m_state != State::Available)
        return refuse(u"startUpdate"_s, tr("No update is available"), std::move(done));
    return send(u"startUpdate"_s, std::move(done), [this] {
        m_lastError.clear();
        m_progress = 0;
        if (m_state == State::Available)
            setState(State::Downloading);
    });
}

quint64 AppUpdate::cancel(Done done)
{
    if (m_state != State::Downloading)
        return refuse(u"cancelUpdate"_s, tr("No update is running"), std::move(done));
    return send(u"cancelUpdate"_s, std::move(done));
}

quint64 AppUpdate::send(const QString &method, Done done, std::function<void()> onOk)
{
    if (!controller() || !controller()->isAuthenticated())
        return refuse(method, tr("Not connected to the room"), std::move(done));
    const bool read = method == u"getUpdateInfo"_s;
    return controller()->sendRequest(
        method, {}, this,
        [this, read, done = std::move(done), onOk = std::move(onOk)](const RequestOutcome &o) {
            if (o.ok() && read)
                applyInfo(o.reply);
            if (o.ok() && onOk)
                onOk();
            finish(o, done);
        });
}

quint64 AppUpdate::refuse(const QString &method, const QString &why, Done done)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    QTimer::singleShot(0, this, [this, o, done = std::move(done)] { finish(o, done); });
    return 0;
}

void AppUpdate::finish(const RequestOutcome &outcome, const Done &done)
{
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}

QString AppUpdate::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Not checked yet");
    case State::UpToDate:
        return tr("Up to date");
    case State::Available:
        return tr("An update is available");
    case State::Downloading:
        return tr("Updating");
    }
    return {};
}
