// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class RoomController;
class QWidget;

//! `roomdeck --screenshot FILE`: waits until the controller has connected and loaded the
//! room (startupCompleted) and the ready condition holds (e.g. the address book has loaded),
//! lets the window settle, grabs it to a PNG and reports exactly once. A refused or failed
//! connection, or the overall deadline before the room is loaded, ends it as NotConnected; the
//! deadline after it (the ready condition never held) as NotReady.
class ScreenshotJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotJob)

public:
    //! NotReady: connected and signed in, but the ready condition did not hold in time.
    enum class Result { Written, NotConnected, NotReady, WriteFailed };
    Q_ENUM(Result)

    static constexpr int kDefaultDeadlineMs = 20000;
    static constexpr int kDefaultSettleMs = 200;

    ScreenshotJob(RoomController *controller, QWidget *window, const QString &path,
                  QObject *parent = nullptr);

    void setDeadline(int msecs) { m_deadlineMs = msecs; }
    void setSettleDelay(int msecs) { m_settleMs = msecs; }
    //! Also waits for `ready` (checked every 50 ms once the room is loaded).
    void setReadyCondition(std::function<bool()> ready) { m_ready = std::move(ready); }
    QString path() const { return m_path; }

    //! Starts waiting (or grabs at once, after settling, when the room is already loaded).
    void start();

Q_SIGNALS:
    //! The job ended; `message` is the written path or a readable reason.
    void finished(ScreenshotJob::Result result, const QString &message);

private:
    void onReady();
    void poll();
    void grab();
    void finish(Result result, const QString &message);

    QPointer<RoomController> m_controller;
    QPointer<QWidget> m_window;
    QString m_path;
    QTimer m_deadline;
    QTimer m_poll;
    std::function<bool()> m_ready;
    int m_deadlineMs = kDefaultDeadlineMs;
    int m_settleMs = kDefaultSettleMs;
    bool m_grabScheduled = false;
    bool m_done = false;
};
