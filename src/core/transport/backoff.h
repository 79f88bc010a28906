// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QRandomGenerator>

//! Exponential reconnect backoff with a cap and symmetric jitter: attempt n waits
//! min(cap, initial * multiplier^n) * (1 ± jitter). Pure; the caller owns the timer.
class Backoff final
{
public:
    struct Options
    {
        int initialMs = 500;
        int maxMs = 30000;
        double multiplier = 2.0;
        double jitter = 0.2; //!< 0..1; 0.2 means ±20 %
    };

    Backoff()
        : Backoff(Options {})
    { }
    explicit Backoff(const Options &options, quint32 seed = 0);

    //! The delay before the next attempt; advances the attempt counter.
    int nextDelayMs();
    //! The delay for `attempt` without jitter (for display and tests).
    int baseDelayMs(int attempt) const;
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    const Options &options() const { return m_options; }

private:
    Options m_options;
    QRandomGenerator m_random;
    int m_attempt = 0;
};
