// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/controller/requestoutcome.h"

#include <QString>

#include <functional>

class QObject;

//! How a session part's verb ends when it does not reach the room: every verb ends in exactly
//! one outcome given to its `done`, and `done` runs only while the verb's `context` lives (when
//! one was given).
namespace RequestEnding {

//! `done`, called only while `context` lives when one was given.
PendingRequests::Callback guarded(QObject *context, PendingRequests::Callback done);

//! Ends a verb refused before sending: from the event loop (never inside the verb, as the
//! controller's own refusals arrive), `first` (a part's failed() signal, when given) and then
//! `done` get a RefusedLocally outcome of `method` saying `why`. Nothing runs once `owner` is
//! gone.
void refuseLater(QObject *owner, const QString &method, const QString &why, QObject *context,
                 PendingRequests::Callback done,
                 std::function<void(const RequestOutcome &)> first = {});

} // namespace RequestEnding
