// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaEnum>
#include <QPair>
#include <QString>
#include <QStringList>

//! roomdeckctl's output shapes: aligned tables and "label  value" blocks for people, compact
//! JSON for scripts. Pure functions, so tests feed them room data directly.
namespace CliFormat {

using Fields = QList<QPair<QString, QString>>;

//! `text` safe to print on a terminal: C0 controls (but the newline), DEL and C1 controls
//! become \xHH (ESC is \x1B), NUL included; bidi overrides and other invisible format
//! characters (U+202E, U+200B, U+FEFF ...), line separators and lone surrogates become \uXXXX.
//! Everything else, backslashes included, is left as it is, so applying it twice changes
//! nothing. Every human-readable output path of roomdeckctl goes through it.
QString terminalSafe(const QString &text);

//! Columns padded to their widest cell, two spaces apart, a header row first; no trailing
//! spaces. Ends with a newline.
QString table(const QStringList &headers, const QList<QStringList> &rows);
//! "Label   value" lines with the values aligned; empty values are left out.
QString fields(const Fields &fields);
//! One line of compact JSON followed by a newline.
QString jsonLine(const QJsonObject &object);
QString jsonLine(const QJsonArray &array);

//! Address-book entries whose peerId or peerDn contains `filter` (any case); all when empty.
QJsonArray filterContacts(const QJsonArray &contacts, const QString &filter);
//! ID, NAME, PRESENCE rows for table().
QList<QStringList> contactRows(const QJsonArray &contacts);
//! ID, NAME, MIC, VIDEO, ROLE rows for table().
QList<QStringList> participantRows(const QJsonArray &participants);

//! A stable lower-case name for an enum value ("connected", "normal"); "unknown" when the
//! value has no name.
template<typename E> QString enumKey(E value)
{
    const char *key = QMetaEnum::fromType<E>().valueToKey(int(value));
    return key ? QString::fromLatin1(key).toLower() : QStringLiteral("unknown");
}

} // namespace CliFormat
