// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "core/transport/roomaddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

//! roomdeckctl's exit codes; `--help` lists them, scripts branch on them.
enum class CliExit : int {
    Ok = 0,
    Differences = 1, //!< settings diff: the settings differ from the file; check: a warning
    Usage = 2, //!< bad command line, bad argument, unusable file: nothing was sent
    Unreachable = 3, //!< room not found, not reachable, discovery failed, connection lost
    AuthFailed = 4, //!< wrong PIN/password, or the room took the sign-in back
    Refused = 5, //!< the room (or roomdeckctl on its behalf) refused the command
    Timeout = 6, //!< no answer within --timeout
    NotReady = 7, //!< check: an item is a problem (red)
    NoHistory = 8, //!< log: no history file, or it cannot be read (locked, damaged, newer)
};

//! One roomdeckctl invocation, parsed and validated: everything needed to run without
//! looking at the command line or the environment again.
struct CliOptions
{
    enum class Command {
        Status,
        Abook,
        Call,
        Accept,
        Reject,
        Hangup,
        Participants,
        UploadLogo,
        ResetLogo,
        Reboot,
        Shutdown,
        Send,
        Watch,
        Camera, //!< camera preset list|apply NAME|save NAME
        Snapshot,
        Mute,
        Unmute,
        Volume,
        Devices,
        History, //!< history [--missed] | mark-seen | clear (CliHistory)
        Meetings, //!< meetings | meetings join ID (CliHistory)
        Kick, //!< these and Participants: CliModeration
        RemoteMute,
        RemoteUnmute,
        Moderator,
        Invite,
        AcceptJoin,
        RefuseJoin,
        Chat, //!< chat send ID TEXT | send --all TEXT | list
        Favourites, //!< favourites list|add ID [LABEL]|remove ID (CliFavourites)
        CreateConference, //!< create-conference TITLE [--type T] [--invite ID]...
        Dnd, //!< dnd [on|off]
        Settings, //!< settings get [NAME] | set NAME=VALUE... | ... (CliSettings::subVerbs)
        Ndi, //!< ndi [on|off|devices|create ID|delete ID] (CliContent)
        Licence, //!< licence (CliContent)
        Update, //!< update [check|start|cancel] (CliContent)
        SettingsExport, //!< settings export|diff|apply FILE (CliProfiles)
        SettingsDiff,
        SettingsApply,
        Layout, //!< layout | monitors | widgets [NAME on|off] (CliScreen)
        Monitors,
        Widgets,
        Check, //!< check: the readiness check (CliCheck)
        AgentRooms, //!< agent-rooms: a roomdeck-agent's rooms (CliAgent); no room is signed in to
        Log, //!< log: the durable history (CliLog); never connects
    };
    enum class PresetAction { List, Apply, Save };
    enum class ChatAction { Send, List };

    static constexpr int kDefaultTimeoutSecs = 15;

    Command command = Command::Status;
    RoomAddress address;
    RoomController::Credentials credentials;
    int timeoutMs = kDefaultTimeoutSecs * 1000; //!< connect + command (watch: connect only)
    bool json = false;
    bool verbose = false;

    QString filter; //!< abook --filter
    QString peerId; //!< call ID
    bool all = false; //!< hangup --all
    bool application = false; //!< shutdown --app: end the Room application, not the computer
    QString filePath; //!< upload-logo FILE, snapshot FILE, settings export|diff|apply FILE
    bool dryRun = false; //!< settings apply --dry-run
    int logoMode = 0; //!< upload-logo --mode
    QString method; //!< send: the request's method
    QJsonObject params; //!< send: the rest of the request object
    QString requestFile; //!< send --file: the request's file ("-": standard input)
    bool raw = false; //!< send --raw: print the frames sent and received
    int watchForMs = -1; //!< watch --for; -1 = until stopped
    QStringList events; //!< watch --event (empty = every event)
    PresetAction presetAction = PresetAction::List; //!< camera preset ...
    QString presetName; //!< camera preset apply|save NAME
    QString snapshotPeer; //!< snapshot --peer (empty = the room's own camera)
    QString device; //!< mute/unmute: "mic", "camera" or "speaker"
    int volume = -1; //!< volume N: 0..100; -1 = print the volume
    bool missed = false; //!< history --missed
    QString subcommand; //!< history mark-seen|clear, meetings join (empty: list)
    QString meetingId; //!< meetings join ID
    QStringList peerIds; //!< kick, remote-(un)mute, moderator, invite, accept/refuse-join
    bool moderatorOn = false; //!< moderator ID on|off
    ChatAction chatAction = ChatAction::List; //!< chat ... (send: peerId or all, chatText)
    QString chatText;
    QStringList arguments; //!< favourites, create-conference, dnd: the words after the command
    QString conferenceType; //!< create-conference --type
    QStringList invitees; //!< create-conference --invite
    // log (CliLog)
    QString historyFile; //!< --history-file; empty: HistoryStore::defaultPath()
    QDateTime since; //!< --since (inclusive); invalid: no limit
    QDateTime until; //!< --until (exclusive)
    QStringList logKinds; //!< --kind: CliLog::kindNames(); empty: all
    QString search; //!< --search
    int limit = 200; //!< --limit: the newest N rows
    bool anyPort = false; //!< --room HOST without a port: every port
    bool anyInstance = false; //!< no --instance: every instance
    //! call: a protected conference's password, from ROOMDECK_CONFERENCE_PIN only (never argv)
    QString conferencePin;

    //! The command's name as typed ("upload-logo").
    static QString commandName(Command command);
};

//! What parsing the command line decided.
struct CliParseResult
{
    enum class Action { Run, Help, Version, Error };

    Action action = Action::Error;
    CliOptions options; //!< for Run
    QString text; //!< help text, version line, or the error (one line, no program prefix)
};

namespace CliCommandLine {

//! Parses `arguments` (argv, program name first). Secrets may come from ROOMDECK_PIN /
//! ROOMDECK_PASSWORD in `environment`; an option on the command line wins.
CliParseResult parse(const QStringList &arguments, const QProcessEnvironment &environment);

} // namespace CliCommandLine
