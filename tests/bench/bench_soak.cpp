// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The soak under faults at full count (issue 12, gate 13): 100,000 requests through one
// RoomController against the simulator with seeded faults. Prints requests per second, the
// outcomes by status, the faults and resident memory after the warm-up and at the end. Exit
// code 0 means every request ended exactly once and the session recovered; timings and memory
// are printed, never asserted. Arguments: [requests] [seed].
#include "soakrun.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<RequestOutcome>();
    const QStringList args = app.arguments();
    Soak::Config config;
    config.requests = args.size() > 1 ? args.at(1).toInt() : 100000;
    config.seed = args.size() > 2 ? args.at(2).toUInt() : 20261204;
    config.faultEvery = 250;
    config.budgetMs = 540000;
    std::printf("bench_soak: %d requests, seed %u, %d in flight, a fault every ~%d outcomes\n",
                config.requests, config.seed, config.maxInFlight, config.faultEvery);
    const Soak::Result r = Soak::run(config);
    std::printf("%s\n", qPrintable(Soak::describe(r)));
    std::fflush(stdout);
    const bool ok = r.completed && r.duplicates == 0 && r.unknown == 0 && r.missing == 0
        && r.finalReply && r.pendingAtEnd == 0;
    return ok ? 0 : 1;
}
