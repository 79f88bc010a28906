// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArrayView>

#include <functional>
#include <optional>

//! Finds values in JSON text as they are written, without building a tree: a large array can
//! then be read one element at a time (an address book of 20,000 contacts parsed whole takes
//! four times its size). The scan follows strings, escapes and nesting only; it does not check
//! numbers or literals (whoever parses a found piece does). Iterative: any depth.
namespace JsonSpans {

struct Span
{
    qsizetype begin = 0; //!< first byte of the value
    qsizetype end = 0; //!< one past its last byte
};

//! The value of the first member named `key` (compared as written, escapes not decoded) of the
//! object that `json` is; nullopt when it has no such member or the text up to the end of that
//! member's value is not well formed. What follows the value is not looked at.
std::optional<Span> member(QByteArrayView json, QByteArrayView key);

//! Calls `element` with each element of the array that `json` is, as written, until it returns
//! false. Returns false when `json` is not a well-formed array (elements before the fault have
//! been passed on) or when `element` stopped the walk.
bool forEachElement(QByteArrayView json, const std::function<bool(QByteArrayView)> &element);

} // namespace JsonSpans
