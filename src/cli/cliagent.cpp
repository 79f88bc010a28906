// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cliagent.h"

#include "cli/cliformat.h"
#include "core/roomtext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliAgent", text);
}

} // namespace

namespace CliAgent {

QString helpText()
{
    return tr("  agent-rooms             the rooms a roomdeck-agent serves (--room AGENT:PORT,\n"
              "                          its default port is 9687): name, instance, site, up\n"
              "                          or down, TrueConf ID and connection; reach one through\n"
              "                          the agent with --room AGENT:PORT --instance INSTANCE;\n"
              "                          exits 3 when nothing answers there, 5 when what\n"
              "                          answers is not a roomdeck-agent\n");
}

QList<QStringList> roomRows(const QList<AgentDirectory::Room> &rooms)
{
    QList<QStringList> rows;
    for (const AgentDirectory::Room &room : rooms)
        rows.append({ room.name, room.instance, room.site, room.up ? tr("up") : tr("down"),
                      room.trueConfId, room.connection });
    return rows;
}

QJsonObject roomsJson(const AgentDirectory::Result &result, const QString &agent)
{
    QJsonArray rooms;
    for (const AgentDirectory::Room &room : result.rooms)
        rooms.append(QJsonObject { { u"name"_s, room.name },
                                   { u"instance"_s, room.instance },
                                   { u"site"_s, room.site },
                                   { u"up"_s, room.up },
                                   { u"trueconfId"_s, room.trueConfId },
                                   { u"connection"_s, room.connection } });
    QJsonObject json { { u"agent"_s, agent }, { u"rooms"_s, rooms } };
    if (!result.version.isEmpty())
        json.insert(u"version"_s, result.version);
    if (result.skipped > 0)
        json.insert(u"skipped"_s, result.skipped);
    return json;
}

CliExit exitFor(AgentDirectory::Error error)
{
    switch (error) {
    case AgentDirectory::Error::None:
        return CliExit::Ok;
    case AgentDirectory::Error::InvalidAddress:
        return CliExit::Usage;
    case AgentDirectory::Error::Unreachable:
        return CliExit::Unreachable;
    case AgentDirectory::Error::Timeout:
        return CliExit::Timeout;
    case AgentDirectory::Error::NotAnAgent:
    case AgentDirectory::Error::Malformed:
        break;
    }
    // Something answered, but not with a room list: not "unreachable", so scripts can tell.
    return CliExit::Refused;
}

QString hint(const RoomAddress &address, const AgentDirectory::Result &result)
{
    if (!result.ok())
        return {};
    const auto it
        = std::find_if(result.rooms.cbegin(), result.rooms.cend(),
                       [&address](const auto &r) { return r.instance == address.instance; });
    const QString where = AgentDirectory::hostPort(address);
    if (it != result.rooms.cend())
        // The agent has the room but no config.json for it: it does not relay.
        return tr("the roomdeck-agent at %1 has room “%2” but does not relay it (an agent "
                  "without the relay; ask its administrator to update it)")
            .arg(where, it->name);
    if (result.rooms.isEmpty())
        return tr("%1 is a roomdeck-agent that serves no rooms").arg(where);
    const QString example = u"--instance "_s + result.rooms.first().instance;
    if (address.instance == u"default"_s)
        return tr("%1 is a roomdeck-agent, not a room: choose one of its rooms with --instance "
                  "INSTANCE, for example %2 (its rooms' instances: %3; roomdeckctl --room %1 "
                  "agent-rooms lists them)")
            .arg(where, example, AgentDirectory::instanceList(result.rooms));
    return tr("the roomdeck-agent at %1 has no room with instance “%2”; its rooms' instances: "
              "%3 (roomdeckctl --room %1 agent-rooms lists them)")
        .arg(where, address.instance, AgentDirectory::instanceList(result.rooms));
}

void run(const CliOptions &options, QObject *context,
         std::function<void(CliExit, const QString &, const QJsonObject &, const QString &)> done)
{
    auto *directory = new AgentDirectory(context);
    directory->setTimeout(options.timeoutMs);
    const QString agent = AgentDirectory::hostPort(options.address);
    QObject::connect(
        directory, &AgentDirectory::finished, context,
        [directory, agent, done](const AgentDirectory::Result &result) {
            directory->deleteLater();
            if (!result.ok()) {
                done(exitFor(result.error), {}, {}, result.errorText);
                return;
            }
            QString human;
            if (result.rooms.isEmpty())
                human = tr("The roomdeck-agent at %1 serves no rooms.").arg(agent);
            else
                human = CliFormat::table({ tr("NAME"), tr("INSTANCE"), tr("SITE"), tr("STATE"),
                                           tr("TRUECONF ID"), tr("CONNECTION") },
                                         roomRows(result.rooms))
                            .chopped(1);
            if (result.skipped > 0)
                human += u'\n'
                    + QCoreApplication::translate(
                             "CliAgent", "%n more entries were left out: no usable room name.",
                             nullptr, result.skipped);
            done(CliExit::Ok, human, roomsJson(result, agent), {});
        });
    directory->fetch(options.address);
}

} // namespace CliAgent
