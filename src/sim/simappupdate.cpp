// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simappupdate.h"

using namespace Qt::StringLiterals;

SimAppUpdate::SimAppUpdate(SimHost &host, const QString &offeredVersion, int stepMs, bool fails,
                           std::function<void()> flush, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_flush(std::move(flush))
    , m_offered(offeredVersion)
    , m_fails(fails)
{
    m_timer.setInterval(qMax(1, stepMs));
    connect(&m_timer, &QTimer::timeout, this, &SimAppUpdate::step);
}

SimCommandTable SimAppUpdate::commands()
{
    return {
        { u"getUpdateInfo"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"available"_s, !m_offered.isEmpty() },
                                      { u"currentVersion"_s, m_current },
                                      { u"version"_s, m_offered },
                                      { u"inProgress"_s, isRunning() },
                                      { u"progress"_s, m_progress } });
          } },
        { u"startUpdate"_s,
          [this](const QJsonObject &) {
              return start();
          } },
        { u"cancelUpdate"_s,
          [this](const QJsonObject &) {
              return cancel();
          } },
    };
}

void SimAppUpdate::offer(const QString &version)
{
    if (isRunning() || version == m_offered)
        return;
    m_offered = version;
    emitNow(u"appUpdateAvailable"_s,
            { { u"available"_s, !version.isEmpty() }, { u"version"_s, version } });
}

SimOutcome SimAppUpdate::start()
{
    if (m_offered.isEmpty() || isRunning())
        return SimOutcome::fail(SimError::invalidState());
    m_progress = 0;
    m_timer.start();
    return SimOutcome::ok();
}

SimOutcome SimAppUpdate::cancel()
{
    if (!isRunning())
        return SimOutcome::fail(SimError::invalidState());
    m_timer.stop();
    m_progress = 0;
    emitNow(u"updateFailed"_s, { { u"error"_s, u"Cancelled"_s }, { u"cancelled"_s, true } });
    return SimOutcome::ok();
}

void SimAppUpdate::step()
{
    m_progress = qMin(100, m_progress + 25);
    if (m_fails && m_progress > 50) {
        m_timer.stop();
        m_progress = 0;
        emitNow(u"updateFailed"_s,
                { { u"error"_s, u"The download was interrupted"_s }, { u"cancelled"_s, false } });
        return;
    }
    emitNow(u"downloadProgress"_s, { { u"progress"_s, m_progress } });
    if (m_progress < 100)
        return;
    m_timer.stop();
    m_current = std::exchange(m_offered, QString());
    m_progress = 0;
    emitNow(u"appUpdateAvailable"_s, { { u"available"_s, false }, { u"version"_s, QString() } });
}

void SimAppUpdate::emitNow(const QString &event, const QJsonObject &payload)
{
    m_host.emitEvent(event, payload);
    m_flush();
}
