// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "jsonspans.h"

#include <QByteArray>

namespace JsonSpans {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype at)
{
    while (at < s.size() && isSpace(s[at]))
        ++at;
    return at;
}

//! `at` is on an opening quote: one past the closing quote, or -1.
qsizetype skipString(QByteArrayView s, qsizetype at)
{
    for (++at; at < s.size(); ++at) {
        const char c = s[at];
        if (c == '\\')
            ++at; // the escaped character (a \u's four digits are plain characters)
        else if (c == '"')
            return at + 1;
        // Control characters are let through, as Qt's parser lets them through.
    }
    return -1;
}

//! `at` is on the first byte of a value: one past its end, or -1.
qsizetype skipValue(QByteArrayView s, qsizetype at)
{
    if (at >= s.size())
        return -1;
    const char first = s[at];
    if (first == '"')
        return skipString(s, at);
    if (first != '{' && first != '[') {
        // A number or a literal: up to the next delimiter; the parser of the piece checks it.
        const qsizetype start = at;
        while (at < s.size() && !isSpace(s[at]) && s[at] != ',' && s[at] != '}' && s[at] != ']'
               && s[at] != ':' && s[at] != '"' && s[at] != '{' && s[at] != '[')
            ++at;
        return at > start ? at : -1;
    }
    // Brackets must pair up in kind; a string's brackets do not count.
    QByteArray open;
    for (; at < s.size(); ++at) {
        const char c = s[at];
        if (c == '"') {
            at = skipString(s, at);
            if (at < 0)
                return -1;
            --at;
        } else if (c == '{' || c == '[') {
            open.append(c);
        } else if (c == '}' || c == ']') {
            if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                return -1;
            open.chop(1);
            if (open.isEmpty())
                return at + 1;
        }
    }
    return -1;
}

} // namespace

std::optional<Span> member(QByteArrayView json, QByteArrayView key)
{
    qsizetype at = skipSpace(json, 0);
    if (at >= json.size() || json[at] != '{')
        return std::nullopt;
    at = skipSpace(json, at + 1);
    if (at < json.size() && json[at] == '}')
        return std::nullopt;
    while (at < json.size()) {
        if (json[at] != '"')
            return std::nullopt;
        const qsizetype keyEnd = skipString(json, at);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView name = json.sliced(at + 1, keyEnd - at - 2);
        at = skipSpace(json, keyEnd);
        if (at >= json.size() || json[at] != ':')
            return std::nullopt;
        at = skipSpace(json, at + 1);
        const qsizetype valueEnd = skipValue(json, at);
        if (valueEnd < 0)
            return std::nullopt;
        if (name == key)
            return Span { at, valueEnd };
        at = skipSpace(json, valueEnd);
        if (at >= json.size())
            return std::nullopt;
        if (json[at] == '}')
            return std::nullopt;
        if (json[at] != ',')
            return std::nullopt;
        at = skipSpace(json, at + 1);
    }
    return std::nullopt;
}

bool forEachElement(QByteArrayView json, const std::function<bool(QByteArrayView)> &element)
{
    qsizetype at = skipSpace(json, 0);
    if (at >= json.size() || json[at] != '[')
        return false;
    at = skipSpace(json, at + 1);
    if (at < json.size() && json[at] == ']')
        return skipSpace(json, at + 1) == json.size();
    while (at < json.size()) {
        const qsizetype end = skipValue(json, at);
        if (end < 0)
            return false;
        if (!element(json.sliced(at, end - at)))
            return false;
        at = skipSpace(json, end);
        if (at >= json.size())
            return false;
        if (json[at] == ']')
            return skipSpace(json, at + 1) == json.size();
        if (json[at] != ',')
            return false;
        at = skipSpace(json, at + 1);
    }
    return false;
}

} // namespace JsonSpans
