// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>

class QSocketNotifier;

//! Delivers SIGINT and SIGTERM (and, for a daemon that asks, SIGHUP) to the event loop as Qt
//! signals. The signals are blocked and read from a signalfd (Linux), so no asynchronous
//! handler runs and nothing is lost between the signal and the event loop noticing it.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    //! Whether SIGHUP is read too (reloadRequested) or left alone (it ends the process).
    enum class HangUp { Default, Reload };

    //! Blocks SIGINT and SIGTERM (and SIGHUP with HangUp::Reload) in the calling thread and in
    //! every thread it starts later. Call it first thing in main(), before Qt starts any
    //! thread: a thread that does not block them would take the signal with the default action
    //! (ending the process).
    static void blockInThisProcess(HangUp hangUp = HangUp::Default);

    //! `hangUp` must be what blockInThisProcess() was given.
    explicit StopSignals(QObject *parent = nullptr, HangUp hangUp = HangUp::Default);
    ~StopSignals() override;

    //! False when no signalfd could be made; the signals then act as usual (unblocked).
    bool isActive() const { return m_fd >= 0; }

Q_SIGNALS:
    //! SIGINT or SIGTERM arrived.
    void stopRequested(int signalNumber);
    //! SIGHUP arrived (only with HangUp::Reload).
    void reloadRequested();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
