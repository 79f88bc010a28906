// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "backoff.h"

#include <algorithm>
#include <cmath>

Backoff::Backoff(const Options &options, quint32 seed)
    : m_options(options)
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{
    m_options.initialMs = std::max(1, m_options.initialMs);
    m_options.maxMs = std::max(m_options.initialMs, m_options.maxMs);
    m_options.multiplier = std::max(1.0, m_options.multiplier);
    m_options.jitter = std::clamp(m_options.jitter, 0.0, 1.0);
}

int Backoff::baseDelayMs(int attempt) const
{
    const double raw = m_options.initialMs * std::pow(m_options.multiplier, std::min(attempt, 60));
    return int(std::min<double>(raw, m_options.maxMs));
}

int Backoff::nextDelayMs()
{
    const double base = baseDelayMs(m_attempt);
    ++m_attempt;
    const double spread = (m_random.generateDouble() * 2.0 - 1.0) * m_options.jitter;
    const double delay = base * (1.0 + spread);
    return std::clamp(int(std::lround(delay)), 1, m_options.maxMs);
}
