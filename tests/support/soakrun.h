// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"

#include <QMap>
#include <QString>
#include <QtGlobal>

//! The soak under faults (issue 12, gate 13): many requests pipelined through one
//! RoomController against an in-process simulator while a seeded schedule injects reply
//! delays, swallowed replies, freezes, dropped connections, restarts and refused connections.
//! Shared by tests/core/tst_soak (a few thousand requests) and tests/bench/bench_soak (100,000).
namespace Soak {

struct Config
{
    int requests = 4000; //!< requests the soak issues (the final round trip not included)
    quint32 seed = 1; //!< seeds the fault schedule and the request mix
    int maxInFlight = 16; //!< requests pipelined at once, at most
    int faultEvery = 250; //!< mean number of outcomes between two faults
    int requestTimeoutMs = 300; //!< the controller's default request timeout
    int budgetMs = 50000; //!< the whole run gives up after this (a stuck session)
};

struct Result
{
    int issued = 0; //!< handles returned by sendRequest()
    int ended = 0; //!< handles that got their first outcome
    int duplicates = 0; //!< outcomes for a handle that had one already
    int unknown = 0; //!< outcomes for handles the soak never issued
    int missing = 0; //!< issued handles without an outcome at the end
    QMap<RequestOutcome::Status, int> byStatus;
    QMap<QString, int> faults; //!< faults injected, by kind
    int pendingAtEnd = -1; //!< RoomController::pendingRequestCount() after the final round trip
    bool finalReply = false; //!< the final round trip, after every fault was cleared, got a Reply
    bool completed = false; //!< every issued request ended within the budget
    qint64 rssWarmKiB = 0; //!< resident memory after the warm-up (a tenth of the requests)
    qint64 rssEndKiB = 0; //!< resident memory at the end
    qint64 elapsedMs = 0; //!< the requests, from the first issued to the last ended
    QString stuckReason; //!< why the run gave up, when it did
};

//! True in an AddressSanitizer build: its quarantine keeps freed memory resident by design, so
//! resident-memory bounds mean nothing there (the figures are still printed).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

//! This process's resident set size in KiB, from /proc/self/statm (-1 where it is missing).
qint64 rssKiB();

//! Runs one soak; never hangs (Config::budgetMs bounds it).
Result run(const Config &config);

//! One line per figure, for logs.
QString describe(const Result &result);

} // namespace Soak
