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
Q_DECLARE_LOGGING_CATEGORY(lcFrames) // roomdeck.core.frames (every frame, redacted; off by default)
Q_DECLARE_LOGGING_CATEGORY(lcGui) // roomdeck.gui
Q_DECLARE_LOGGING_CATEGORY(lcApp) // roomdeck.app

namespace Redact {

//! True for JSON keys whose values are secrets (PIN, password, tokens, credentials).
bool isSecretKey(const QString &key);
//! A copy with every secret value (at any depth) replaced by "***".
QJsonObject object(const QJsonObject &object);
//! A JSON frame made safe for logs; non-JSON text is cut to a short prefix.
QString frame(const QByteArray &utf8);
//! Replaces every occurrence of `secret` in `text` (used for error strings that echo input).
QString text(QString text, const QString &secret);

} // namespace Redact
