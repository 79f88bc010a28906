// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>

class QSocketNotifier;

//! Delivers SIGINT and SIGTERM to the event loop as a Qt signal. The two signals are blocked
//! and read from a signalfd (Linux), so no asynchronous handler runs and nothing is lost
//! between the signal and the event loop noticing it.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    //! Blocks SIGINT and SIGTERM in the calling thread and in every thread it starts later.
    //! Call it first thing in main(), before Qt starts any thread: a thread that does not
    //! block them would take the signal with the default action (ending the process).
    static void blockInThisProcess();

    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    //! False when no signalfd could be made; the signals then act as usual (unblocked).
    bool isActive() const { return m_fd >= 0; }

Q_SIGNALS:
    //! SIGINT or SIGTERM arrived.
    void stopRequested(int signalNumber);

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
