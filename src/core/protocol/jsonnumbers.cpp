// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "jsonnumbers.h"

#include <algorithm>
#include <cmath>

namespace JsonNumbers {

qint64 clamp(double d, qint64 minimum, qint64 maximum, qint64 fallback)
{
    if (minimum > maximum)
        std::swap(minimum, maximum);
    if (std::isnan(d))
        return fallback;
    // 2^63 is exactly representable; everything at or beyond it (and below -2^63) would be
    // undefined when cast, so it is decided in double arithmetic first.
    constexpr double kTwo63 = 9223372036854775808.0;
    qint64 whole = 0;
    if (d >= kTwo63)
        whole = std::numeric_limits<qint64>::max();
    else if (d < -kTwo63)
        whole = std::numeric_limits<qint64>::min();
    else
        whole = qint64(std::trunc(d));
    return std::clamp(whole, minimum, maximum);
}

qint64 toInt64(const QJsonValue &v, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!v.isDouble())
        return fallback;
    return clamp(v.toDouble(), minimum, maximum, fallback);
}

} // namespace JsonNumbers
