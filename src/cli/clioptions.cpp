// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clioptions.h"

#include "cli/cliagent.h"
#include "cli/clichat.h"
#include "cli/clicheck.h"
#include "cli/clicontent.h"
#include "cli/clifavourites.h"
#include "cli/clihistory.h"
#include "cli/clilog.h"
#include "cli/climoderation.h"
#include "cli/cliprofiles.h"
#include "cli/cliscreen.h"
#include "cli/clisend.h"
#include "cli/clisettings.h"
#include "cli/clisnapshot.h"
#include "cli/imagechecker.h"
#include "core/http/roomhttpclient.h"
#include "core/models/cameracontrol.h"
#include "core/protocol/ids.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Command = CliOptions::Command;

// The help texts' translation context (lupdate needs a class to name one).
struct CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(roomdeckctl)
};

constexpr int kOptionalOne = -1;
constexpr int kChecked = -2;

struct CommandInfo
{
    Command command;
    QString name;
    //! Positional arguments after the command name; kOptionalOne: none or one; kChecked: the
    //! command's own parsing checks them.
    int arguments;
};

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table = {
        { Command::Status, u"status"_s, 0 },
        { Command::Abook, u"abook"_s, 0 },
        { Command::Call, u"call"_s, 1 },
        { Command::Accept, u"accept"_s, 0 },
        { Command::Reject, u"reject"_s, 0 },
        { Command::Hangup, u"hangup"_s, 0 },
        { Command::Participants, u"participants"_s, 0 },
        { Command::UploadLogo, u"upload-logo"_s, 1 },
        { Command::ResetLogo, u"reset-logo"_s, 0 },
        { Command::Reboot, u"reboot"_s, 0 },
        { Command::Shutdown, u"shutdown"_s, 0 },
        { Command::Send, u"send"_s, kChecked }, // JSON | --file FILE
        { Command::Watch, u"watch"_s, 0 },
        { Command::Camera, u"camera"_s, kChecked }, // preset list | preset apply|save NAME
        { Command::Snapshot, u"snapshot"_s, 1 },
        { Command::Mute, u"mute"_s, 1 },
        { Command::Unmute, u"unmute"_s, 1 },
        { Command::Volume, u"volume"_s, kOptionalOne },
        { Command::Devices, u"devices"_s, 0 },
        { Command::History, u"history"_s, kChecked }, // [--missed] | mark-seen | clear
        { Command::Meetings, u"meetings"_s, kChecked }, // | join ID
        { Command::Kick, u"kick"_s, kChecked },
        { Command::RemoteMute, u"remote-mute"_s, kChecked },
        { Command::RemoteUnmute, u"remote-unmute"_s, kChecked },
        { Command::Moderator, u"moderator"_s, kChecked },
        { Command::Invite, u"invite"_s, kChecked },
        { Command::AcceptJoin, u"accept-join"_s, kChecked },
        { Command::RefuseJoin, u"refuse-join"_s, kChecked },
        { Command::Chat, u"chat"_s, kChecked }, // send ID TEXT | send --all TEXT | list
        { Command::Favourites, u"favourites"_s, kChecked },
        { Command::CreateConference, u"create-conference"_s, kChecked },
        { Command::Dnd, u"dnd"_s, kChecked },
        { Command::Settings, u"settings"_s, kChecked }, // CliSettings::subVerbs()
        { Command::Ndi, u"ndi"_s, kChecked },
        { Command::Licence, u"licence"_s, kChecked },
        { Command::Update, u"update"_s, kChecked },
        // Two words: sub-verbs of `settings` registered by their own files.
        { Command::SettingsExport, u"settings export"_s, kChecked },
        { Command::SettingsDiff, u"settings diff"_s, kChecked },
        { Command::SettingsApply, u"settings apply"_s, kChecked },
        { Command::Layout, u"layout"_s, kChecked },
        { Command::Monitors, u"monitors"_s, kChecked },
        { Command::Widgets, u"widgets"_s, kChecked },
        { Command::Check, u"check"_s, 0 },
        { Command::AgentRooms, u"agent-rooms"_s, 0 },
        { Command::Log, u"log"_s, 0 },
    };
    return table;
}

QString helpText()
{
    QString text;
    text += CliHelp::tr(
        "Usage: roomdeckctl [connection options] COMMAND [arguments] [--json]\n\n"
        "Controls a TrueConf Room from scripts, one command per run, with the same core "
        "as RoomDeck.\n\n");
    text += CliHelp::tr(
        "Connection options (every command):\n"
        "  --room HOST[:WEBPORT]   the address shown on the room's screen; the WebSocket\n"
        "                          and HTTP ports are read from the room's config.json\n"
        "  -t, --instance NAME     the room instance started with -t NAME\n"
        "  --ws ws://HOST:PORT     connect to this WebSocket port (no config.json)\n"
        "  --pin PIN               sign in with the room's PIN\n"
        "  --password PASSWORD     sign in with a password\n"
        "                          Warning: every user of this computer can read these\n"
        "                          two in the process list (ps), and they stay in the\n"
        "                          shell history. Use ROOMDECK_PIN or ROOMDECK_PASSWORD\n"
        "                          in the environment instead.\n"
        "  --role admin|user       the access mode to ask for (default: user for status,\n"
        "                          abook, participants, watch, camera, snapshot, mute,\n"
        "                          unmute, volume and devices; admin otherwise)\n"
        "  --timeout SECONDS       limit for connecting plus the command (default: 15;\n"
        "                          watch: for connecting)\n"
        "  --json                  machine-readable output: one JSON document\n"
        "                          (watch: one JSON object per line)\n"
        "  -v, --verbose           diagnostics on stderr\n"
        "  -h, --help              show this help\n"
        "  --version               show the version\n\n");
    text += CliHelp::tr(
        "Commands:\n"
        "  status                  connection, app state, role, TrueConf ID, server\n"
        "  abook [--filter TEXT]   the address book; TEXT matches ID or name, any case\n"
        "  call ID                 call a TrueConf ID (user, user@server,\n"
        "                          user@server/instance) or join a conference (\\c\\NAME)\n"
        "  accept                  answer the ringing call or invitation\n"
        "  reject                  decline the ringing call or invitation\n"
        "  hangup [--all]          end the call; --all ends a group conference for all\n"
        "  participants            who is in the current call or conference\n"
        "  upload-logo FILE [--mode 0|1]\n"
        "                          upload an image and show it as the logo (admin);\n"
        "                          mode 0 fits it into 440x82 px, 1 keeps its size\n"
        "  reset-logo              back to the default logo (admin)\n"
        "  reboot                  restart the room computer (admin)\n"
        "  shutdown [--app]        power the room computer off; --app closes only the\n"
        "                          TrueConf Room application (admin)\n"
        "  send JSON               send one raw request object, such as\n"
        "                          '{\"method\":\"getMicMute\"}', and print the reply\n"
        "  send --file FILE [--raw]\n"
        "                          the request object from FILE (- for standard input,\n"
        "                          at most 1 MiB); --raw also prints the frame sent and\n"
        "                          the frames received for it as -> {...} and <- {...}\n"
        "                          (secrets as \"***\"); send JSON --raw does too\n"
        "  watch [--for SECONDS] [--event NAME]...\n"
        "                          print every event as one JSON object per line until\n"
        "                          Ctrl+C, SIGTERM or --for ends it (exit code 0);\n"
        "                          --event keeps only the events named\n");
    text += CliHelp::tr(
        "  camera preset list      the camera's presets\n"
        "  camera preset apply NAME\n"
        "                          move the camera to the preset called NAME\n"
        "  camera preset save NAME save the camera's position as preset NAME (a new\n"
        "                          preset, or the one of that name updated)\n");
    text += CliHelp::tr(
        "  snapshot FILE.jpg [--peer ID]\n"
        "                          save one frame of the room's camera (or of conference\n"
        "                          participant ID) as a JPEG; a picture that is not a\n"
        "                          JPEG is refused (exit code 5) and nothing is written\n");
    text += CliHelp::tr(
        "  mute mic|camera|speaker, unmute mic|camera|speaker\n"
        "                          mute the room's microphone, camera or loudspeaker,\n"
        "                          or turn it on again\n"
        "  volume [0-100]          print the room's volume, or set it\n"
        "  devices                 the room's cameras, microphones and loudspeakers (the\n"
        "                          ones in use marked *), what is muted, and the options\n"
        "                          the room reports\n");
    text += CliHelp::tr(
        "  history [--missed]      the room's recent calls, newest first (--missed: only\n"
        "                          the missed ones)\n"
        "  history mark-seen       mark the missed calls seen\n"
        "  history clear           delete the room's call history (admin)\n"
        "  meetings                the room's scheduled meetings\n"
        "  meetings join ID        join the scheduled meeting ID (as call \\c\\ID)\n"
        "                          (history and meetings sign in as user but for\n"
        "                          history clear and meetings join)\n");
    text += CliCheck::helpText();
    text += CliHelp::tr("  chat send ID TEXT       send TEXT to ID in a personal chat message\n"
                        "  chat send --all TEXT    send TEXT to everyone in the group conference\n"
                        "  chat list               the chat of the current call or conference\n");
    text += CliHelp::tr(
        "  settings get [NAME]     the room's settings as NAME = VALUE (or one value)\n"
        "  settings set NAME=VALUE...\n"
        "                          change settings at once; the room takes all\n"
        "                          or none (signs in as admin; --role user)\n");
    // The conference commands end the list: its blank line follows them.
    text += CliModeration::helpText() + u'\n';
    text += CliFavourites::helpText(); // a section of its own
    text += CliContent::helpText();
    text += CliProfiles::helpText() + u'\n';
    text += CliHelp::tr(
        "  layout                  the default layouts; in a call the layout and its slots\n"
        "  monitors                the room's monitors and where its window is\n"
        "  widgets [NAME on|off]   the main-screen widget switches, or switch one\n");
    text += CliAgent::helpText();
    text += CliLog::helpText() + u'\n';
    text += CliHelp::tr(
        "One connection per mode: a room keeps one Administrator and one User connection.\n"
        "Signing in as Administrator signs out the Administrator already connected (an\n"
        "operator's RoomDeck, say), and the same for User. This is why the read-only\n"
        "commands sign in as User unless --role admin is given.\n\n");
    text += CliHelp::tr(
        "Secrets (PIN, password, tokens) are never printed: replies show them as \"***\".\n\n");
    text += CliHelp::tr(
        "Exit codes:\n"
        "  0    success\n"
        "  1    settings diff: the settings differ; check: a warning\n"
        "  2    usage error: bad command line, argument or file; nothing was sent\n"
        "  3    room not found or not reachable, discovery failed, connection lost\n"
        "  4    authentication failed: wrong PIN or password, or the room signed this\n"
        "       client out\n"
        "  5    the room refused the command (its message is printed), or roomdeckctl\n"
        "       refused it first: admin-only with --role user, nothing to answer ...\n"
        "  6    timeout: no answer within --timeout\n"
        "  7    check: the room is not ready (an item is a problem)\n"
        "  8    log: no history file, or it cannot be read (locked, damaged, newer)\n"
        "  130  interrupted by SIGINT (143: SIGTERM); watch ends with 0 instead\n\n");
    text += CliHelp::tr("Examples:\n"
                        "  ROOMDECK_PIN=1234 roomdeckctl --room 192.168.1.20:8088 status\n"
                        "  roomdeckctl --ws ws://192.168.1.20:8765 --json abook --filter alice\n"
                        "  roomdeckctl --room 192.168.1.20:8088 watch --event appStateChanged");
    return text;
}

CliParseResult error(const QString &text)
{
    CliParseResult r;
    r.action = CliParseResult::Action::Error;
    r.text = text;
    return r;
}

//! Seconds as typed ("15", "0.5") -> milliseconds; nullopt when not a number in range.
std::optional<int> parseSeconds(const QString &text, double minimum)
{
    bool ok = false;
    const double secs = text.toDouble(&ok);
    if (!ok || !std::isfinite(secs) || secs < minimum || secs > 24 * 3600)
        return std::nullopt;
    return int(std::lround(secs * 1000));
}

} // namespace

QString CliOptions::commandName(Command command)
{
    for (const CommandInfo &info : commands())
        if (info.command == command)
            return info.name;
    return {};
}

namespace CliCommandLine {

CliParseResult parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { u"h"_s, u"help"_s });
    const QCommandLineOption version(u"version"_s);
    const QCommandLineOption room(u"room"_s, {}, u"address"_s);
    const QCommandLineOption instance(QStringList { u"t"_s, u"instance"_s }, {}, u"name"_s);
    const QCommandLineOption ws(u"ws"_s, {}, u"url"_s);
    const QCommandLineOption pin(u"pin"_s, {}, u"pin"_s);
    const QCommandLineOption password(u"password"_s, {}, u"password"_s);
    const QCommandLineOption role(u"role"_s, {}, u"role"_s);
    const QCommandLineOption timeout(u"timeout"_s, {}, u"seconds"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption verbose(QStringList { u"v"_s, u"verbose"_s });
    const QCommandLineOption filter(u"filter"_s, {}, u"text"_s);
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption mode(u"mode"_s, {}, u"mode"_s);
    const QCommandLineOption app(u"app"_s);
    const QCommandLineOption forOption(u"for"_s, {}, u"seconds"_s);
    const QCommandLineOption event(u"event"_s, {}, u"name"_s);
    const QCommandLineOption peer(u"peer"_s, {}, u"id"_s);
    const QCommandLineOption missed(u"missed"_s), dryRun(u"dry-run"_s);
    const QCommandLineOption confType(u"type"_s, {}, u"type"_s), invite(u"invite"_s, {}, u"id"_s);
    const QCommandLineOption file(u"file"_s, {}, u"file"_s), raw(u"raw"_s);
    const QCommandLineOption historyFile(u"history-file"_s, {}, u"path"_s);
    const QCommandLineOption since(u"since"_s, {}, u"time"_s), until(u"until"_s, {}, u"time"_s);
    const QCommandLineOption kind(u"kind"_s, {}, u"kind"_s), search(u"search"_s, {}, u"text"_s);
    const QCommandLineOption limit(u"limit"_s, {}, u"n"_s);
    parser.addOptions({ help,    version, room,    instance, ws,     pin,   password, role,
                        timeout, json,    verbose, filter,   all,    mode,  app,      forOption,
                        event,   peer,    missed,  confType, invite, dryRun });
    parser.addOptions({ file, raw, historyFile, since, until, kind, search, limit });
    parser.addPositionalArgument(u"command"_s, {});

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(help)) {
        CliParseResult r;
        r.action = CliParseResult::Action::Help;
        r.text = helpText();
        return r;
    }
    if (parser.isSet(version)) {
        CliParseResult r;
        r.action = CliParseResult::Action::Version;
        r.text = u"roomdeckctl "_s + QString::fromLatin1(ROOMDECK_VERSION);
        return r;
    }

    // --- the command and its arguments -------------------------------------------------------
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return error(CliHelp::tr("no command given (try --help)"));
    QString name = positional.first();
    const auto find = [](const QString &n) {
        return std::find_if(commands().cbegin(), commands().cend(),
                            [&n](const CommandInfo &i) { return i.name == n; });
    };
    // A two-word command ("settings export") wins over its first word's command.
    const bool twoWords
        = positional.size() > 1 && find(name + u' ' + positional.at(1)) != commands().cend();
    if (twoWords)
        name += u' ' + positional.at(1);
    const auto info = find(name);
    if (info == commands().cend())
        return error(CliHelp::tr("unknown command “%1” (try --help)").arg(name));
    const QStringList args = positional.mid(twoWords ? 2 : 1);
    if (info->arguments == kOptionalOne && args.size() > 1)
        return error(
            CliHelp::tr("%1 takes at most one argument, got %2").arg(name).arg(args.size()));
    if (info->arguments >= 0 && args.size() != info->arguments) {
        if (info->arguments == 0)
            return error(CliHelp::tr("%1 takes no arguments, got “%2”").arg(name, args.join(u' ')));
        if (args.isEmpty())
            return error(CliHelp::tr("%1 needs an argument (try --help)").arg(name));
        return error(CliHelp::tr("%1 takes one argument, got %2").arg(name).arg(args.size()));
    }

    CliOptions o;
    o.command = info->command;
    o.json = parser.isSet(json);
    o.verbose = parser.isSet(verbose);

    // Options that belong to one command only are an error elsewhere: a misplaced --all must
    // not silently do less than the operator asked for.
    const QList<QPair<const QCommandLineOption *, Command>> owned = {
        { &filter, Command::Abook },
        { &all, Command::Hangup },
        { &mode, Command::UploadLogo },
        { &app, Command::Shutdown },
        { &forOption, Command::Watch },
        { &event, Command::Watch },
        { &peer, Command::Snapshot },
        { &missed, Command::History },
        { &dryRun, Command::SettingsApply },
        { &confType, Command::CreateConference },
        { &invite, Command::CreateConference },
        { &file, Command::Send },
        { &raw, Command::Send },
        { &historyFile, Command::Log },
        { &since, Command::Log },
        { &until, Command::Log },
        { &kind, Command::Log },
        { &search, Command::Log },
        { &limit, Command::Log },
    };
    for (const auto &[option, owner] : owned)
        if (parser.isSet(*option) && owner != o.command
            && !(option == &all && o.command == Command::Chat))
            return error(CliHelp::tr("--%1 belongs to the %2 command")
                             .arg(option->names().constLast(), CliOptions::commandName(owner)));

    switch (o.command) {
    case Command::Abook:
        o.filter = parser.value(filter);
        break;
    case Command::Call: {
        const QString why = RoomIds::validationError(args.first());
        if (!why.isEmpty())
            return error(CliHelp::tr("call: %1").arg(why));
        o.peerId = args.first().trimmed();
        o.conferencePin = environment.value(u"ROOMDECK_CONFERENCE_PIN"_s);
        break;
    }
    case Command::Hangup:
        o.all = parser.isSet(all);
        break;
    case Command::Shutdown:
        o.application = parser.isSet(app);
        break;
    case Command::UploadLogo: {
        if (parser.isSet(mode)) {
            const QString m = parser.value(mode);
            if (m != u"0"_s && m != u"1"_s)
                return error(
                    CliHelp::tr("--mode takes 0 (fit into 440x82 px) or 1 (original size), "
                                "not “%1”")
                        .arg(m));
            o.logoMode = m.toInt();
        }
        // The GUI's check: readable, within the limit, a PNG or JPEG that decodes. Anything
        // else (a missing check module too) is a usage error before a connection is made
        // (exit 2, nothing sent).
        const QString problem
            = ImageChecker::problem(args.first(), RoomHttpClient::kDefaultMaxUploadBytes);
        if (!problem.isEmpty())
            return error(CliHelp::tr("upload-logo: %1").arg(problem));
        o.filePath = args.first();
        break;
    }
    case Command::Send:
        o.raw = parser.isSet(raw);
        if (const QString why
            = CliSend::parseArguments(args, parser.value(file), parser.isSet(file), &o);
            !why.isEmpty())
            return error(why);
        break;
    case Command::Camera: {
        const QString usage
            = CliHelp::tr("camera takes: preset list | preset apply NAME | preset save NAME");
        if (args.size() < 2 || args.at(0) != u"preset"_s)
            return error(usage);
        const QString verb = args.at(1);
        if (verb == u"list"_s && args.size() == 2) {
            o.presetAction = CliOptions::PresetAction::List;
            break;
        }
        if ((verb != u"apply"_s && verb != u"save"_s) || args.size() != 3)
            return error(usage);
        o.presetAction
            = verb == u"apply"_s ? CliOptions::PresetAction::Apply : CliOptions::PresetAction::Save;
        o.presetName = args.at(2).trimmed();
        if (o.presetName.isEmpty())
            return error(CliHelp::tr("camera preset %1: the name is empty").arg(verb));
        if (o.presetName.size() > CameraControl::kMaxPresetName)
            return error(CliHelp::tr("camera preset %1: the name is longer than %2 characters")
                             .arg(verb)
                             .arg(CameraControl::kMaxPresetName));
        break;
    }
    case Command::Mute:
    case Command::Unmute: {
        const QString device = args.first().toLower();
        if (device != u"mic"_s && device != u"camera"_s && device != u"speaker"_s)
            return error(
                CliHelp::tr("%1 takes mic, camera or speaker, not “%2”").arg(name, args.first()));
        o.device = device;
        break;
    }
    case Command::Volume:
        if (!args.isEmpty()) {
            bool ok = false;
            const int volume = args.first().toInt(&ok);
            if (!ok || volume < 0 || volume > 100)
                return error(
                    CliHelp::tr("volume takes a number from 0 to 100, not “%1”").arg(args.first()));
            o.volume = volume;
        }
        break;
    case Command::Watch:
        if (parser.isSet(forOption)) {
            const std::optional<int> ms = parseSeconds(parser.value(forOption), 0);
            if (!ms)
                return error(CliHelp::tr("--for takes a number of seconds, not “%1”")
                                 .arg(parser.value(forOption)));
            o.watchForMs = *ms;
        }
        o.events = parser.values(event);
        break;
    case Command::Snapshot: {
        const QString problem = CliSnapshot::fileProblem(args.first());
        if (!problem.isEmpty())
            return error(CliHelp::tr("snapshot: %1").arg(problem));
        o.filePath = args.first();
        if (parser.isSet(peer)) {
            // Any id the room names a participant by (instance included); it travels
            // percent-encoded, so only emptiness and length matter here.
            const QString id = parser.value(peer).trimmed();
            if (id.isEmpty() || id.size() > 256)
                return error(CliHelp::tr("--peer takes a participant's ID, not “%1”")
                                 .arg(parser.value(peer).left(64)));
            o.snapshotPeer = id;
        }
        break;
    }
    case Command::History:
    case Command::Meetings: {
        o.missed = parser.isSet(missed);
        const QString why = CliHistory::parseArguments(o.command, args, &o);
        if (!why.isEmpty())
            return error(why);
        break;
    }
    case Command::Ndi:
    case Command::Licence:
    case Command::Update:
        if (const QString why = CliContent::parse(o, args); !why.isEmpty())
            return error(why);
        break;
    case Command::SettingsExport:
    case Command::SettingsDiff:
    case Command::SettingsApply:
        if (const QString why
            = CliProfiles::parseArguments(o.command, args, parser.isSet(dryRun), &o);
            !why.isEmpty())
            return error(why);
        break;
    case Command::Chat:
        if (const QString why = CliChat::parse(args, parser.isSet(all), &o); !why.isEmpty())
            return error(why);
        break;
    case Command::Layout:
    case Command::Monitors:
    case Command::Widgets:
        if (const QString why = CliScreen::parse(o, args); !why.isEmpty())
            return error(why);
        break;
    case Command::Favourites:
    case Command::CreateConference:
    case Command::Dnd:
        o.conferenceType = parser.value(confType), o.invitees = parser.values(invite);
        if (const QString why = CliFavourites::parse(o, args); !why.isEmpty())
            return error(why);
        break;
    case Command::Settings:
        if (const QString why = CliSettings::parse(args, &o); !why.isEmpty())
            return error(why);
        break;
    default:
        if (const QString why = CliModeration::parseArguments(o.command, args, &o); !why.isEmpty())
            return error(why);
        break;
    }

    // --- connection --------------------------------------------------------------------------
    if (parser.isSet(room) == parser.isSet(ws))
        return error(parser.isSet(room)
                         ? CliHelp::tr("give either --room or --ws, not both")
                         : CliHelp::tr("say which room: --room HOST[:WEBPORT] or --ws "
                                       "ws://HOST:PORT"));
    QString addressError;
    QString linkPin; // from a room's QR-code link http://HOST:PORT/PIN
    if (parser.isSet(room)) {
        const RoomAddress::UserLink link = RoomAddress::splitUserLink(parser.value(room));
        linkPin = link.pin;
        o.address = RoomAddress::parse(link.address, parser.value(instance), &addressError);
    } else {
        if (parser.isSet(instance))
            return error(
                CliHelp::tr("--instance needs --room: a ws:// address names one port already"));
        const QString url = parser.value(ws);
        if (!url.trimmed().startsWith(u"ws://"_s, Qt::CaseInsensitive))
            return error(CliHelp::tr("--ws takes ws://HOST:PORT, not “%1”").arg(url));
        o.address = RoomAddress::parse(url, {}, &addressError);
    }
    if (!o.address.isValid())
        return error(addressError);
    if (o.command == Command::AgentRooms && (parser.isSet(ws) || parser.isSet(instance)))
        return error(CliHelp::tr("agent-rooms takes the agent's address as --room HOST:PORT "
                                 "(no --ws, no --instance)"));
    if (o.command == Command::Log) {
        const auto valueOf = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? parser.value(option) : QString();
        };
        CliLog::Arguments log;
        log.roomText = valueOf(room);
        log.instanceGiven = parser.isSet(instance);
        log.historyFile = valueOf(historyFile);
        log.since = valueOf(since);
        log.until = valueOf(until);
        log.kinds = parser.values(kind);
        log.search = valueOf(search);
        log.limit = valueOf(limit);
        if (const QString why = CliLog::parse(log, &o); !why.isEmpty())
            return error(why);
    }

    if (parser.isSet(timeout)) {
        const std::optional<int> ms = parseSeconds(parser.value(timeout), 0.001);
        if (!ms || *ms <= 0)
            return error(CliHelp::tr("--timeout takes a positive number of seconds, not “%1”")
                             .arg(parser.value(timeout)));
        o.timeoutMs = *ms;
    }

    // Read-only commands sign in as User, so that a status check from cron does not sign
    // out the operator's Administrator session (room-api.md §3.6).
    // So do the device commands: devices and mute switches are both roles' (room-api.md §4.1).
    const bool readOnly = o.command == Command::Status || o.command == Command::Abook
        || o.command == Command::Participants
        || o.command == Command::Watch
        // Both roles move the camera: no need to sign out an operator's Administrator.
        || o.command == Command::Camera || o.command == Command::Snapshot
        || o.command == Command::Mute || o.command == Command::Unmute
        || o.command == Command::Volume || o.command == Command::Devices
        || o.command == Command::Check
        // Reading and marking the history, listing meetings: both roles'; clearing is not.
        || (o.command == Command::History && o.subcommand != u"clear"_s)
        || (o.command == Command::Meetings && o.subcommand.isEmpty())
        || CliModeration::handles(o.command) // the conference's commands are both roles'
        || o.command == Command::Chat
        || CliFavourites::handles(o.command) // the room's shared lists are both roles'
        || (o.command == Command::Settings && CliSettings::userRole(o))
        || CliContent::handles(o.command) // NDI, licence and updates are both roles'
        || o.command == Command::SettingsExport || o.command == Command::SettingsDiff
        || (o.command == Command::SettingsApply && o.dryRun) // profiles: reading is both roles'
        || CliScreen::handles(o.command); // settings and monitors: both roles'
    Room::Role wantedRole = readOnly ? Room::Role::User : Room::Role::Admin;
    if (parser.isSet(role)) {
        wantedRole = Room::roleFromWireName(parser.value(role));
        if (wantedRole == Room::Role::None)
            return error(
                CliHelp::tr("--role takes admin or user, not “%1”").arg(parser.value(role)));
    }

    // The secret: an option beats the environment; two secrets are ambiguous. Error texts
    // name the option or variable, never the value.
    if (parser.isSet(pin) && parser.isSet(password))
        return error(CliHelp::tr("give either --pin or --password, not both"));
    QString secret;
    if (parser.isSet(pin) || parser.isSet(password)) {
        const QCommandLineOption &given = parser.isSet(pin) ? pin : password;
        secret = parser.value(given);
        if (secret.isEmpty())
            return error(CliHelp::tr("--%1 is empty").arg(given.names().constFirst()));
    } else {
        const QString envPin = environment.value(u"ROOMDECK_PIN"_s);
        const QString envPassword = environment.value(u"ROOMDECK_PASSWORD"_s);
        if (!envPin.isEmpty() && !envPassword.isEmpty())
            return error(CliHelp::tr("both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; unset one"));
        secret = envPin.isEmpty() ? envPassword : envPin;
    }
    // A link's PIN is a User PIN (what the room's QR code offers its guests).
    if (secret.isEmpty() && !linkPin.isEmpty()) {
        secret = linkPin;
        if (!parser.isSet(role))
            wantedRole = Room::Role::User;
    }
    o.credentials = RoomController::Credentials::withSecret(secret, wantedRole);

    CliParseResult r;
    r.action = CliParseResult::Action::Run;
    r.options = o;
    return r;
}

} // namespace CliCommandLine
