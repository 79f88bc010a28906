// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

// Developer diagnostics only. What the operator must see goes to EventLogModel instead.
Q_DECLARE_LOGGING_CATEGORY(lcTransport) // roomdeck.core.transport
Q_DECLARE_LOGGING_CATEGORY(lcLocator) // roomdeck.core.locator
Q_DECLARE_LOGGING_CATEGORY(lcController) // roomdeck.core.controller
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // roomdeck.core.http (uploads to the room's HTTP server)
Q_DECLARE_LOGGING_CATEGORY(lcHistory) // roomdeck.core.history (the SQLite history)
Q_DECLARE_LOGGING_CATEGORY(lcFrames) // roomdeck.core.frames (every frame, redacted; off by default)
Q_DECLARE_LOGGING_CATEGORY(lcGui) // roomdeck.gui
Q_DECLARE_LOGGING_CATEGORY(lcApp) // roomdeck.app

namespace Redact {

//! True for JSON keys whose values are secrets (PIN, password, tokens, credentials).
bool isSecretKey(const QString &key);
//! A copy with every secret value (at any depth) replaced by "***".
QJsonObject object(const QJsonObject &object);
//! A JSON frame made safe for logs (secret keys and remembered secrets masked); non-JSON
//! text is reduced to its size.
QString frame(const QByteArray &utf8);
//! Replaces every occurrence of `secret`, and of every remembered secret, in `text` in any
//! case (used for error strings that echo input; room PINs ignore case).
QString text(QString text, const QString &secret = {});
//! Remembers `secret` for the life of the process (in memory only): text() and frame() mask
//! it from now on, in any case. Secrets of fewer than 3 characters are not remembered.
void rememberSecret(const QString &secret);

} // namespace Redact
