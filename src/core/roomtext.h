// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QString>
#include <QStringView>

//! Texts the room supplies (names, event names, error texts, chat messages) are untrusted: a
//! room may send a megabyte or control characters. Everything shown or logged goes through
//! here first, before any formatting, so the work stays bounded by the limit, not the input.
namespace RoomText {

//! Names: contact and participant names, ids, event and method names.
constexpr qsizetype kNameLength = 256;
//! Longer texts: error texts, chat messages, whole log lines.
constexpr qsizetype kTextLength = 2000;

//! At most `maxChars` characters of `text` (an ellipsis marks a cut), on one line: line
//! breaks and tabs become spaces, other control characters and bidirectional overrides are
//! dropped. Reads at most `maxChars + 1` characters of the input.
QString bounded(QStringView text, qsizetype maxChars = kTextLength);
inline QString name(QStringView text)
{
    return bounded(text, kNameLength);
}

} // namespace RoomText
