// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QObject>
#include <QString>

#include <functional>

//! The room application's updates (room-api.md §11 "System, licence, updates"; every
//! source names them only, the shapes are the emulator's, see SimAppUpdate): check
//! (getUpdateInfo), start (startUpdate), cancel (cancelUpdate), and the events
//! appUpdateAvailable, downloadProgress and updateFailed.
//!
//! States and what moves them:
//!   Unknown     -> UpToDate | Available          getUpdateInfo, appUpdateAvailable
//!   Available   -> Downloading                   startUpdate replied (progress 0)
//!   Downloading -> Downloading                   downloadProgress (progressChanged)
//!   Downloading -> UpToDate                      progress 100, then finished()
//!   Downloading -> Available                     updateFailed (failedUpdate() first)
//!   any         -> Unknown                       the room is forgotten
//! Every verb ends in exactly one call of its `done`, always after it returned; refused
//! locally when not signed in, start without an available update or while one runs, cancel
//! when none runs.
class AppUpdate final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppUpdate)

public:
    enum class State { Unknown, UpToDate, Available, Downloading };
    Q_ENUM(State)
    using Done = std::function<void(const RequestOutcome &outcome)>;

    explicit AppUpdate(QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { check(); }
    void forgetRoom() override;

    State state() const { return m_state; }
    QString currentVersion() const { return m_currentVersion; }
    QString newVersion() const { return m_newVersion; }
    int progress() const { return m_progress; }
    //! The last failure's words (bounded), until the next start.
    QString lastError() const { return m_lastError; }

    quint64 check(Done done = {});
    quint64 start(Done done = {});
    quint64 cancel(Done done = {});

    static QString stateText(State state);

Q_SIGNALS:
    //! The state, the versions or the progress changed.
    void changed();
    //! Download progress 0..100.
    void progressChanged(int percent);
    //! The update reached 100 % and the room installs it.
    void finished(const QString &version);
    //! The room reported updateFailed; `cancelled` when an operator cancelled it.
    void updateFailed(const QString &text, bool cancelled);
    //! A verb failed; `outcome.errorText` is readable.
    void failed(const RequestOutcome &outcome);

private:
    void applyInfo(const QJsonObject &reply);
    void setState(State state);
    quint64 send(const QString &method, Done done, std::function<void()> onOk = {});
    quint64 refuse(const QString &method, const QString &why, Done done);
    void finish(const RequestOutcome &outcome, const Done &done);

    State m_state = State::Unknown;
    QString m_currentVersion;
    QString m_newVersion;
    QString m_lastError;
    int m_progress = 0;
};
