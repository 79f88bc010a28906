// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractItemView;
class RoomController;

//! `roomdeck --exit-when-shown` (hidden; the start-up benchmark uses it): the program runs its
//! real path (start, connect, sign in, load the address book) and this job ends it right after
//! the address book's view has painted the loaded book for the first time. It reports once:
//! shown() with the number of rows painted, or failed() when the room cannot be reached, the
//! book fails to load, or nothing is shown before the deadline.
class ShownProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownProbe)

public:
    static constexpr int kDefaultDeadlineMs = 30000;

    //! `loaded` says whether the book has arrived (or failed to); `view` shows it.
    ShownProbe(RoomController *controller, QAbstractItemView *view, std::function<bool()> loaded,
               QObject *parent = nullptr);

    void setDeadline(int msecs) { m_deadlineMs = msecs; }
    void start();

    //! Peak resident memory of this process in KiB (VmHWM), -1 where /proc is missing.
    static qint64 peakResidentKiB();

Q_SIGNALS:
    //! The view has painted the loaded book; `rows` rows were in it.
    void shown(int rows);
    //! Nothing was shown: `reason` is readable.
    void failed(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(bool ok, const QString &reason, int rows = 0);

    QPointer<RoomController> m_controller;
    QPointer<QAbstractItemView> m_view;
    std::function<bool()> m_loaded;
    QTimer m_deadline;
    int m_deadlineMs = kDefaultDeadlineMs;
    bool m_done = false;
};
