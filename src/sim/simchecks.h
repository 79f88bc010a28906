// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

//! The request checks of room-api.md §10 that need no connection: (e) parameter presence,
//! JSON types (from the catalogue) and documented value sets; (n) the appState values in
//! which a state-dependent command makes sense. The parts of the room check finer
//! conditions (which call is pending, who owns the conference) themselves.
namespace SimChecks {

//! A JSON number that is a whole 32-bit integer (1.0 is, 1.5 and 1e10 are not).
bool isIntegral(const QJsonValue &v);
//! Why `request` is not a valid `method` request, or empty when it is.
QString parameterProblem(const QString &method, const QJsonObject &request);
//! False when `method` is impossible in `appState` ("Invalid state").
bool stateAllows(const QString &method, int appState);
//! The catalogue's reply fields of `method` with neutral values (0, false, "", [], {}, and
//! null where the catalogue gives no type), for methods the emulator does not model.
QJsonObject neutralReply(const QString &method);

} // namespace SimChecks
