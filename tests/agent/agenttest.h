// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "sim/roomsimulator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

//! Helpers shared by the agent's tests: files, simulators and plain HTTP GETs.
namespace AgentTest {

//! Writes `content` to `path` with `mode` (e.g. 0600); false when it cannot.
bool writeFile(const QString &path, const QByteArray &content, int mode = 0644);

//! A rooms file naming `sims` as `names` (in order), each at site `site`.
QByteArray roomsJson(const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                     const QStringList &names, const QString &site = QStringLiteral("HQ"));

//! Three strict simulators on 127.0.0.1, each with its own TrueConf ID.
std::vector<std::unique_ptr<RoomSimulator>> startSims(int count);
//! `sim`'s options with the ports it listens on now: read them before stopping it, to start
//! the room again on the same ports (SimRoom::start).
RoomSimulator::Options pinnedOptions(const RoomSimulator &sim);

//! GET `url`: the body, or a null QByteArray when there was no 200 within `timeoutMs`.
QByteArray get(const QUrl &url, int timeoutMs = 5000, QByteArray *contentType = nullptr);

//! The value of the sample `metric{room="ROOM"...}` in a Prometheus text, or NaN when absent.
double sample(const QByteArray &text, const QString &metric, const QString &room);

} // namespace AgentTest
