// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentmetrics.h"

#include "agent/agentfleet.h"

#include <QJsonArray>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Facts = AgentRoom::Facts;

//! One metric family: a value per room, or nullopt when the room has none to give.
struct Family
{
    const char *name;
    const char *type;
    const char *help;
    std::function<std::optional<double>(const Facts &)> value;
};

std::optional<double> flag(bool b)
{
    return b ? 1.0 : 0.0;
}

std::optional<double> known(const std::optional<bool> &b)
{
    return b ? flag(*b) : std::nullopt;
}

const std::vector<Family> &families()
{
    static const std::vector<Family> list {
        { "roomdeck_room_up", "gauge", "1 while the agent is signed in to the room, else 0.",
          [](const Facts &f) {
              return flag(f.up);
          } },
        { "roomdeck_room_app_state", "gauge",
          "The room application's state (room-api 5.1: 0 none, 1 connect, 2 login, 3 normal, "
          "4 wait, 5 conference, 6 close); -1 while not signed in.",
          [](const Facts &f) {
              return std::optional<double>(f.appState);
          } },
        { "roomdeck_room_in_conference", "gauge", "1 while the room is in a call or conference.",
          [](const Facts &f) {
              return flag(f.inConference);
          } },
        { "roomdeck_room_participants", "gauge",
          "Participants of the room's conference (the waiting room not counted).",
          [](const Facts &f) {
              return std::optional<double>(f.participants);
          } },
        { "roomdeck_room_microphone_muted", "gauge",
          "1 while the room's microphone is muted (no sample while not known).",
          [](const Facts &f) {
              return known(f.microphoneMuted);
          } },
        { "roomdeck_room_camera_muted", "gauge",
          "1 while the room's camera is muted (no sample while not known).",
          [](const Facts &f) {
              return known(f.cameraMuted);
          } },
        { "roomdeck_room_server_connected", "gauge",
          "1 while the room is connected to its TrueConf server.",
          [](const Facts &f) {
              return flag(f.serverConnected);
          } },
        { "roomdeck_room_logged_in", "gauge",
          "1 while the room is logged in to its TrueConf server.",
          [](const Facts &f) {
              return flag(f.loggedIn);
          } },
        { "roomdeck_room_displaced", "gauge",
          "1 when another controller signed in to the agent's mode and took the room over.",
          [](const Facts &f) {
              return flag(f.displaced);
          } },
        { "roomdeck_room_reconnects_total", "counter",
          "Established connections to the room that were lost (each followed by reconnecting).",
          [](const Facts &f) {
              return std::optional<double>(double(f.reconnects));
          } },
        { "roomdeck_room_state_change_age_seconds", "gauge",
          "Seconds since the room last reported an application state other than the one before "
          "(since the agent started, before the first).",
          [](const Facts &f) {
              return std::optional<double>(f.stateChangeAgeSeconds);
          } },
        { "roomdeck_room_rtt_seconds", "gauge",
          "Round trip of the agent's last periodic getAppState (no sample while not measured).",
          [](const Facts &f) {
              return f.rttSeconds;
          } },
        { "roomdeck_room_conference_overrun_seconds", "gauge",
          "Seconds the room's running scheduled meeting is past its scheduled end; 0 if none.",
          [](const Facts &f) {
              return std::optional<double>(f.conferenceOverrunSeconds);
          } },
        { "roomdeck_relay_clients", "gauge", "Clients connected to the room through the agent.",
          [](const Facts &f) {
              return std::optional<double>(f.relayClients);
          } },
    };
    return list;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

QByteArray labels(const AgentRoomConfig &config)
{
    using AgentMetrics::escapeLabelValue;
    return (u"room=\""_s + escapeLabelValue(config.name) + u"\",site=\""_s
            + escapeLabelValue(config.site) + u"\""_s)
        .toUtf8();
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

QJsonValue optionalJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace AgentMetrics {

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QByteArray prometheusContentType()
{
    return "text/plain; version=0.0.4; charset=utf-8";
}

QByteArray prometheusText(const AgentFleet &fleet, const QString &version)
{
    const std::vector<AgentRoom *> &rooms = fleet.rooms();
    std::vector<Facts> facts;
    std::vector<QByteArray> roomLabels;
    facts.reserve(rooms.size());
    roomLabels.reserve(rooms.size());
    for (const AgentRoom *room : rooms) {
        facts.push_back(room->facts());
        roomLabels.push_back(labels(room->config()));
    }

    QByteArray out;
    out.reserve(int(rooms.size()) * 1200 + 1024);
    for (const Family &family : families()) {
        header(out, family.name, family.type, family.help);
        for (size_t i = 0; i < rooms.size(); ++i) {
            const std::optional<double> v = family.value(facts[i]);
            if (!v)
                continue;
            out += family.name;
            out += '{';
            out += roomLabels[i];
            out += "} ";
            out += number(*v);
            out += '\n';
        }
    }
    header(out, "roomdeck_room_info", "gauge",
           "Metadata of each room: its TrueConf ID (empty while not known) and instance.");
    for (size_t i = 0; i < rooms.size(); ++i) {
        out += "roomdeck_room_info{";
        out += roomLabels[i];
        out += (u",trueconf_id=\""_s + escapeLabelValue(facts[i].trueConfId) + u"\",instance=\""_s
                + escapeLabelValue(rooms[i]->config().address.instance) + u"\"} 1\n"_s)
                   .toUtf8();
    }
    header(out, "roomdeck_agent_build_info", "gauge", "The agent's version.");
    out += (u"roomdeck_agent_build_info{version=\""_s + escapeLabelValue(version) + u"\"} 1\n"_s)
               .toUtf8();
    return out;
}

QJsonObject snapshot(const AgentFleet &fleet, const QString &version)
{
    QJsonArray rooms;
    for (const AgentRoom *room : fleet.rooms()) {
        const AgentRoomConfig &config = room->config();
        const Facts f = room->facts();
        rooms.append(QJsonObject {
            { u"name"_s, config.name },
            { u"site"_s, config.site },
            { u"tags"_s, QJsonArray::fromStringList(config.tags) },
            // The parsed address, never the text as written (it cannot carry a PIN either way).
            { u"address"_s, config.address.displayText() },
            { u"instance"_s, config.address.instance },
            { u"trueconfId"_s, f.trueConfId },
            { u"up"_s, f.up },
            { u"connection"_s, f.connection },
            { u"appState"_s, f.appState },
            { u"inConference"_s, f.inConference },
            { u"participants"_s, f.participants },
            { u"microphoneMuted"_s, optionalJson(f.microphoneMuted) },
            { u"cameraMuted"_s, optionalJson(f.cameraMuted) },
            { u"serverConnected"_s, f.serverConnected },
            { u"loggedIn"_s, f.loggedIn },
            { u"displaced"_s, f.displaced },
            { u"reconnects"_s, double(f.reconnects) },
            { u"stateChangeAgeSeconds"_s, f.stateChangeAgeSeconds },
            { u"rttSeconds"_s, f.rttSeconds ? QJsonValue(*f.rttSeconds) : QJsonValue() },
            { u"conferenceOverrunSeconds"_s, f.conferenceOverrunSeconds },
            { u"relayClients"_s, f.relayClients },
            { u"relayPort"_s, f.relayPort },
            { u"relayInstance"_s, config.relayInstance },
        });
    }
    return { { u"version"_s, version }, { u"rooms"_s, rooms } };
}

} // namespace AgentMetrics
