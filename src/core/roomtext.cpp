// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomtext.h"

#include <algorithm>

namespace RoomText {

namespace {

bool isDropped(char16_t c)
{
    // C0 and C1 controls, DEL, and the bidi embeddings/overrides/isolates that can make a
    // line read differently from what it contains (U+202E "RIGHT-TO-LEFT OVERRIDE").
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c || c == 0xfeff;
}

} // namespace

QString bounded(QStringView text, qsizetype maxChars)
{
    maxChars = std::max<qsizetype>(1, maxChars);
    const bool cut = text.size() > maxChars;
    // Leave room for the ellipsis; never split a surrogate pair.
    qsizetype keep = cut ? maxChars - 1 : text.size();
    if (cut && keep > 0 && QChar::isHighSurrogate(text.at(keep - 1).unicode()))
        --keep;
    QString out;
    out.reserve(keep + 1);
    for (qsizetype i = 0; i < keep; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029)
            out.append(QLatin1Char(' '));
        else if (!isDropped(c))
            out.append(QChar(c));
    }
    if (cut)
        out.append(QChar(0x2026));
    return out;
}

} // namespace RoomText
