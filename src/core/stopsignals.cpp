// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "stopsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {

sigset_t stopSet(StopSignals::HangUp hangUp)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    if (hangUp == StopSignals::HangUp::Reload)
        sigaddset(&set, SIGHUP);
    return set;
}

} // namespace

void StopSignals::blockInThisProcess(HangUp hangUp)
{
    const sigset_t set = stopSet(hangUp);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

StopSignals::StopSignals(QObject *parent, HangUp hangUp)
    : QObject(parent)
{
    const sigset_t set = stopSet(hangUp);
    m_fd = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0) {
        // Without a reader, blocked signals would be ignored for good: restore the default.
        pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
        return;
    }
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::onReadable);
}

StopSignals::~StopSignals()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

void StopSignals::onReadable()
{
    signalfd_siginfo info {};
    while (::read(m_fd, &info, sizeof info) == ssize_t(sizeof info)) {
        if (int(info.ssi_signo) == SIGHUP)
            Q_EMIT reloadRequested();
        else
            Q_EMIT stopRequested(int(info.ssi_signo));
    }
}
