// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <functional>

//! What the benchmarks share: memory read from /proc and percentiles of timings.
namespace Bench {

//! Runs the event loop until `done` or `timeoutMs` passed; returns done().
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

//! This process's resident set size in KiB (-1 where /proc is missing).
inline qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

//! The `percent` percentile (0 = minimum, 50 = median, 100 = maximum), nearest rank.
inline double percentile(QList<double> values, double percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(percent / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, i, values.size() - 1));
}

} // namespace Bench
