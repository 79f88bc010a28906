// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/http/agentdirectory.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

//! roomdeckctl and a roomdeck-agent: `agent-rooms` lists the rooms an agent serves (each one
//! reachable as --room AGENT:PORT --instance INSTANCE), and a room command whose --room turns out
//! to be an agent gets a hint naming its rooms.
namespace CliAgent {

//! The help lines of agent-rooms.
QString helpText();

//! NAME, INSTANCE, SITE, STATE, TRUECONF ID, CONNECTION rows for CliFormat::table().
QList<QStringList> roomRows(const QList<AgentDirectory::Room> &rooms);
//! {"agent","version","rooms":[{"name","instance","site","up","trueconfId","connection"}...]}
QJsonObject roomsJson(const AgentDirectory::Result &result, const QString &agent);
//! The exit code of a failed look-up: 3 unreachable, 5 not an agent or a broken answer,
//! 6 timeout, 2 no usable address.
CliExit exitFor(AgentDirectory::Error error);

//! What to add to a room command's error (config.json not found) when `result` shows that
//! `address` is an agent: its rooms' instances, or, when the instance asked for is
//! one of its rooms, that the agent does not relay. Empty when it is not an agent.
QString hint(const RoomAddress &address, const AgentDirectory::Result &result);

//! Runs agent-rooms for `options`; `done` is called once with the exit code and either the
//! output (a table or JSON, without the final newline) or the error.
void run(const CliOptions &options, QObject *context,
         std::function<void(CliExit code, const QString &human, const QJsonObject &json,
                            const QString &error)>
             done);

} // namespace CliAgent
