// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class AgentFleet;

//! What the agent serves about its fleet: /metrics in the Prometheus text exposition format
//! 0.0.4 and the same facts as JSON for /api/v1/rooms. Labels are `room` and `site` only (plus
//! the `_info` metadata); nothing secret and nothing about call partners.
namespace AgentMetrics {

//! The content type of prometheusText().
QByteArray prometheusContentType();
QByteArray prometheusText(const AgentFleet &fleet, const QString &version);
QJsonObject snapshot(const AgentFleet &fleet, const QString &version);

//! A label value as the exposition format wants it: backslash, double quote and line feed
//! escaped (room names are untrusted text).
QString escapeLabelValue(const QString &value);

} // namespace AgentMetrics
