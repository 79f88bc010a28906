// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QFile>
#include <QList>
#include <QtGlobal>

#include <algorithm>

//! What the benchmarks share: memory read from /proc and percentiles of timings.
namespace Bench {

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
