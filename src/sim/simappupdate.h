// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

//! The room application's updates (room-api.md §11: getUpdateInfo, startUpdate,
//! cancelUpdate, appUpdateAvailable, downloadProgress, updateFailed; names only in every
//! source). The emulator's shapes, which RoomDeck reads:
//!
//!   getUpdateInfo   {available:bool, currentVersion, version (the new one, "" if none),
//!                    inProgress:bool, progress:int 0..100}
//!   startUpdate     only with an update available and none running ("Invalid state"
//!                   otherwise); then downloadProgress{progress} every step (25, 50, 75,
//!                   100); at 100 the update is installed: currentVersion becomes version and
//!                   appUpdateAvailable{available:false, version:""} follows
//!   cancelUpdate    only while one runs ("Invalid state" otherwise); stops it, then
//!                   updateFailed{error:"Cancelled", cancelled:true}
//!   failure option  the download breaks at 50 %: updateFailed{error, cancelled:false}
//!   offer()         appUpdateAvailable{available:true, version}
class SimAppUpdate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimAppUpdate)

public:
    SimAppUpdate(SimHost &host, const QString &offeredVersion, int stepMs, bool fails,
                 std::function<void()> flush, QObject *parent = nullptr);

    SimCommandTable commands();
    bool isRunning() const { return m_timer.isActive(); }
    int progress() const { return m_progress; }
    QString currentVersion() const { return m_current; }
    //! Control API: a new version appears (empty: none).
    void offer(const QString &version);
    void setFails(bool fails) { m_fails = fails; }

private:
    SimOutcome start();
    SimOutcome cancel();
    void step();

    void emitNow(const QString &event, const QJsonObject &payload);

    SimHost &m_host;
    std::function<void()> m_flush;
    QTimer m_timer;
    QString m_current = QStringLiteral("5.0.2.1034");
    QString m_offered;
    int m_progress = 0;
    bool m_fails = false;
};
