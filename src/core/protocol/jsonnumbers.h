// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonValue>

#include <limits>

//! Whole numbers from room data without undefined behaviour. A JSON number is a double, and
//! converting a double outside the target's range (1e300, -1e300, 2^63) or NaN to an integer
//! type is undefined in C++. QJsonValue::toInt()/toInteger() are safe (they return the default
//! for anything out of range); every other double -> integer conversion of room data goes
//! through these.
namespace JsonNumbers {

//! `d` truncated toward zero and clamped into [minimum, maximum]; `fallback` for NaN.
qint64 clamp(double d, qint64 minimum = std::numeric_limits<qint64>::min(),
             qint64 maximum = std::numeric_limits<qint64>::max(), qint64 fallback = 0);
//! A JSON number as clamp() gives it; `fallback` when `v` is not a number (or NaN).
qint64 toInt64(const QJsonValue &v, qint64 fallback = 0,
               qint64 minimum = std::numeric_limits<qint64>::min(),
               qint64 maximum = std::numeric_limits<qint64>::max());

} // namespace JsonNumbers
