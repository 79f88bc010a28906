// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clirunner.h"

#include "cli/cliagent.h"
#include "cli/clicamera.h"
#include "cli/clichat.h"
#include "cli/clicheck.h"
#include "cli/clicontent.h"
#include "cli/clidevices.h"
#include "cli/clifavourites.h"
#include "cli/cliformat.h"
#include "cli/clihistory.h"
#include "cli/clilog.h"
#include "cli/climoderation.h"
#include "cli/cliprofiles.h"
#include "cli/cliscreen.h"
#include "cli/clisend.h"
#include "cli/clisettings.h"
#include "cli/clisnapshot.h"
#include "core/logging.h"
#include "core/permissions/permissions.h"
#include "core/roomtext.h"

#include <QDateTime>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

//! A room's text cut to a length a terminal can take; unlike RoomText::bounded it keeps
//! control characters, which CliFormat::terminalSafe shows escaped (visible, never obeyed).
QString cutForTerminal(const QString &text)
{
    qsizetype length = RoomText::kTextLength;
    if (text.size() <= length)
        return text;
    if (text.at(length - 1).isHighSurrogate())
        --length; // never split a character in two
    return text.left(length) + QChar(0x2026);
}

using Command = CliOptions::Command;

CliExit exitFor(RequestOutcome::Status status)
{
    switch (status) {
    case RequestOutcome::Status::Reply:
        return CliExit::Ok;
    case RequestOutcome::Status::ErrorReply:
    case RequestOutcome::Status::RefusedLocally:
        return CliExit::Refused;
    case RequestOutcome::Status::Timeout:
        return CliExit::Timeout;
    case RequestOutcome::Status::Disconnected:
        return CliExit::Unreachable;
    }
    return CliExit::Refused;
}

CliExit exitFor(RoomHttpClient::Error error)
{
    switch (error) {
    case RoomHttpClient::Error::FileUnreadable:
    case RoomHttpClient::Error::FileEmpty:
    case RoomHttpClient::Error::FileTooLarge:
        return CliExit::Usage;
    case RoomHttpClient::Error::NotConnected:
    case RoomHttpClient::Error::NetworkError:
        return CliExit::Unreachable;
    case RoomHttpClient::Error::Timeout:
        return CliExit::Timeout;
    default:
        return CliExit::Refused;
    }
}

// The run's own --timeout deadline must fire before any timeout inside the core, so that a
// room that stays silent always ends in exit code 6 with one message, whatever phase it was in.
constexpr int kCoreGraceMs = 1000;

QString secondsText(int msecs)
{
    return QString::number(msecs / 1000.0, 'g', 3);
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
    , m_controller(new RoomController(controllerOptions(options.timeoutMs, options.command), this))
{
    m_deadline.setSingleShot(true);
    m_watchTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CliRunner::onDeadline);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] { finish(int(CliExit::Ok)); });

    connect(m_controller, &RoomController::startupCompleted, this, &CliRunner::onStartupCompleted);
    connect(m_controller, &RoomController::requestFinished, this, &CliRunner::onRequestFinished);
    connect(m_controller, &RoomController::connectionFailed, this,
            [this](RoomLocator::Error kind, const QString &reason) {
                if (kind == RoomLocator::Error::InvalidAddress) {
                    fail(CliExit::Usage, reason);
                    return;
                }
                if (kind == RoomLocator::Error::NotARoom && !m_options.address.hasWsOverride()) {
                    failNotARoom(reason);
                    return;
                }
                QString text = reason;
                const bool portHint = kind == RoomLocator::Error::ConnectionRefused
                    || kind == RoomLocator::Error::Timeout;
                if (portHint && !m_options.address.hasWsOverride())
                    text += portHintText();
                fail(CliExit::Unreachable, text);
            });
    connect(m_controller, &RoomController::authenticationFailed, this,
            [this](const QString &reason) { fail(CliExit::AuthFailed, reason); });
    connect(m_controller, &RoomController::authorizationNeeded, this,
            [this](int, const QString &text) {
                fail(CliExit::AuthFailed, tr("the room signed this client out: %1").arg(text));
            });
    connect(m_controller, &RoomController::connectionLost, this, [this](const QString &reason) {
        fail(CliExit::Unreachable, tr("lost the connection to the room: %1").arg(reason));
    });
    connect(m_controller, &RoomController::notice, this, [this](const QString &text) {
        if (m_options.verbose)
            write(m_err, tr("roomdeckctl: note: %1").arg(text) + u'\n');
    });
    if (m_options.command == Command::Watch)
        connect(m_controller, &RoomController::eventReceived, this, &CliRunner::onEvent);
}

CliRunner::~CliRunner() = default;

QStringList CliRunner::startupRequestsFor(CliOptions::Command command)
{
    switch (command) {
    case Command::SettingsExport: // CliProfiles: the settings, and the room's TrueConf ID
    case Command::SettingsDiff:
    case Command::SettingsApply:
        return { u"getAppState"_s, u"getSettings"_s, u"getSystemInfo"_s };
    case Command::Status:
    case Command::Check: // its server and login items: the app state, the TrueConf ID
        // The app state (and the HTTP port) and the product version and TrueConf ID it prints.
        return { u"getAppState"_s, u"getSystemInfo"_s };
    case Command::Kick: // the conference's commands (CliModeration): the room's own ID decides
    case Command::RemoteMute: // whether it owns the conference
    case Command::RemoteUnmute:
    case Command::Moderator:
    case Command::Invite:
    case Command::AcceptJoin:
    case Command::RefuseJoin:
        return { u"getAppState"_s, u"getSystemInfo"_s };
    case Command::Call:
    case Command::Accept:
    case Command::Reject:
    case Command::Hangup:
    case Command::Participants:
    case Command::UploadLogo:
    case Command::Snapshot:
    case Command::Chat:
    case Command::CreateConference: // §5.2: only from Normal, judged before sending
    case Command::Layout:
        // allowedNow() and participants look at the app state; uploads and snapshots at the
        // HTTP port; chat and layout at whether a conference runs.
        return { u"getAppState"_s };
    case Command::Abook:
    case Command::ResetLogo:
    case Command::Reboot:
    case Command::Shutdown:
    case Command::Send:
    case Command::Watch:
    case Command::Camera: // CameraControl reads what it needs itself
    case Command::Mute:
    case Command::Unmute:
    case Command::Volume:
    case Command::Devices: // read through the core's parts, after the sign-in
    case Command::History:
    case Command::Meetings:
    case Command::Favourites:
    case Command::Dnd:
    case Command::Ndi:
    case Command::Licence:
    case Command::Update:
    case Command::Monitors: // read through the core's parts, after the sign-in
    case Command::Widgets:
    case Command::AgentRooms: // never signs in (CliAgent)
    case Command::Log: // never connects (CliLog)
        break;
    case Command::Settings: // the settings and the bandwidth limits they are checked against
        return { u"getSettings"_s, u"getSystemInfo"_s };
    }
    return {};
}

RoomController::Options CliRunner::controllerOptions(int timeoutMs, CliOptions::Command command)
{
    const int limit = timeoutMs + kCoreGraceMs;
    RoomController::Options o;
    o.startupRequests = startupRequestsFor(command);
    o.requestTimeoutMs = limit;
    o.transport.locateTimeoutMs = qMin(o.transport.locateTimeoutMs, limit);
    o.transport.connectTimeoutMs = qMin(o.transport.connectTimeoutMs, limit);
    // A one-shot run reports a drop instead of hiding it behind reconnect attempts, and gives
    // the same answer every time: no silent fallback to port 8765 (--ws is the explicit way).
    o.transport.autoReconnect = false;
    o.transport.retryInitialConnect = false;
    o.transport.fallbackToDefaultPorts = false;
    return o;
}

void CliRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.command == Command::AgentRooms) {
        // No room to sign in to: one HTTP GET, bounded by --timeout itself.
        CliAgent::run(m_options, this,
                      [this](CliExit code, const QString &human, const QJsonObject &json,
                             const QString &error) {
                          if (code == CliExit::Ok)
                              succeed(human, json);
                          else
                              fail(code, error);
                      });
        return;
    }
    if (m_options.command == Command::Log) {
        QString output;
        QString error;
        const CliExit code = CliLog::run(m_options, &output, &error);
        write(m_out, output);
        fail(code, error);
        return;
    }
    if (m_options.command == Command::Send && !m_options.requestFile.isEmpty()) {
        // Read before connecting: a bad file is a usage error and nothing is sent.
        QFile standardInput;
        QIODevice *in = m_in;
        if (!in && m_options.requestFile == u"-"_s
            && standardInput.open(stdin, QIODevice::ReadOnly))
            in = &standardInput;
        if (const QString why = CliSend::readRequestFile(&m_options, in); !why.isEmpty()) {
            fail(CliExit::Usage, why);
            return;
        }
    }
    m_deadline.start(m_options.timeoutMs);
    if (m_options.command == Command::Snapshot)
        m_snapshot = new CliSnapshot(m_controller, m_options.snapshotPeer, m_options.filePath,
                                     m_options.timeoutMs + kCoreGraceMs, this);
    if (m_options.verbose)
        write(m_err,
              tr("roomdeckctl: connecting to %1").arg(m_options.address.displayText()) + u'\n');
    m_controller->connectToRoom(m_options.address, m_options.credentials);
    // status prints the startup burst's answers and getConnected's: all of them can be on the
    // wire at once. The controller holds the request until the sign-in has succeeded.
    if (m_options.command == Command::Status && !m_done)
        m_earlyHandle = m_controller->sendRequest(u"getConnected"_s, {});
}

QString CliRunner::portHintText() const
{
    return tr("; if you know the room's WebSocket port, try --ws ws://%1:PORT")
        .arg(m_options.address.host);
}

void CliRunner::failNotARoom(const QString &reason)
{
    // An address without a room may be a roomdeck-agent's: then its rooms are the hint. The
    // look-up gets what is left of --timeout, and the error stays "unreachable" either way.
    const int left = m_deadline.remainingTime();
    m_deadline.stop();
    auto *directory = new AgentDirectory(this);
    directory->setTimeout(left > 0 ? left : AgentDirectory::kDefaultTimeoutMs);
    connect(directory, &AgentDirectory::finished, this,
            [this, reason](const AgentDirectory::Result &result) {
                const QString agentHint = CliAgent::hint(m_options.address, result);
                fail(CliExit::Unreachable,
                     reason + (agentHint.isEmpty() ? portHintText() : u"; "_s + agentHint));
            });
    directory->fetch(m_options.address);
}

void CliRunner::interrupt(int signalNumber)
{
    if (m_options.command == Command::Watch)
        finish(int(CliExit::Ok));
    else
        finish(128 + signalNumber, tr("interrupted"));
}

void CliRunner::onDeadline()
{
    const QString phase = m_controller->isReady()
        ? tr("waiting for the command's answer")
        : RoomController::connectionStateText(m_controller->connectionState()).toLower();
    fail(CliExit::Timeout,
         tr("the room did not answer within %1 s (%2)")
             .arg(secondsText(m_options.timeoutMs), phase));
}

void CliRunner::onStartupCompleted()
{
    if (m_done)
        return;
    m_startupDone = true;
    if (m_options.verbose)
        write(m_err,
              tr("roomdeckctl: signed in as %1").arg(Room::roleName(m_controller->role())) + u'\n');
    runCommand();
}

// --- requests --------------------------------------------------------------------------------

void CliRunner::expect(quint64 handle, ReplyHandler onReply)
{
    m_pendingHandle = handle;
    m_onReply = std::move(onReply);
}

void CliRunner::request(const QString &method, const QJsonObject &params, ReplyHandler onReply)
{
    expect(m_controller->sendRequest(method, params), std::move(onReply));
}

void CliRunner::onRequestFinished(const RequestOutcome &outcome)
{
    if (!m_done && !m_startupDone && outcome.id != 0 && outcome.id == m_earlyHandle) {
        // Before the sign-in is complete a failure here (refused for want of a sign-in, a
        // lost connection) is only an echo: the controller's own signal names the cause.
        m_earlyOutcome = outcome;
        return;
    }
    if (m_done || outcome.id != m_pendingHandle)
        return;
    m_pendingHandle = 0;
    const ReplyHandler onReply = std::exchange(m_onReply, {});
    if (outcome.ok()) {
        onReply(outcome.reply);
        return;
    }
    failWith(outcome);
}

void CliRunner::failWith(const RequestOutcome &outcome)
{
    if (m_done)
        return;
    if (outcome.malformed) {
        // An answer, but not one that can be read: neither "refused" nor "did not answer".
        fail(CliExit::Refused, tr("%1: %2").arg(outcome.method, cutForTerminal(outcome.errorText)));
        return;
    }
    if (m_options.command == Command::Send && outcome.status == RequestOutcome::Status::ErrorReply)
        write(m_out, CliFormat::jsonLine(Redact::object(outcome.reply))); // the reply is the answer
    switch (outcome.status) {
    case RequestOutcome::Status::ErrorReply:
        fail(CliExit::Refused,
             tr("the room refused %1: %2").arg(outcome.method, cutForTerminal(outcome.errorText)));
        return;
    case RequestOutcome::Status::RefusedLocally:
        fail(CliExit::Refused, tr("%1 not sent: %2").arg(outcome.method, outcome.errorText));
        return;
    default:
        fail(exitFor(outcome.status), cutForTerminal(outcome.summary()));
        return;
    }
}

bool CliRunner::allowedNow(Permissions::Capability needed, const QString &why)
{
    const Room::AppState state = m_controller->appState();
    // A room that has not reported its state yet decides for itself.
    if (state == Room::AppState::Unknown || m_controller->capabilities().testFlag(needed))
        return true;
    fail(CliExit::Refused,
         tr("%1: the room is in state “%2” (%3)")
             .arg(why, Room::appStateName(int(state)), Room::appStateDescription(int(state))));
    return false;
}

void CliRunner::succeed(const QString &human, const QJsonObject &json)
{
    write(m_out, m_options.json ? CliFormat::jsonLine(json) : human + u'\n');
    finish(int(CliExit::Ok));
}

// --- commands --------------------------------------------------------------------------------

void CliRunner::runCommand()
{
    using Capability = Permissions::Capability;
    const auto done = [this](const QString &human, const QJsonObject &json) {
        return [this, human, json](const QJsonObject &) {
            succeed(human, json);
        };
    };
    const auto wire = [](const QString &method) {
        return QJsonObject { { u"ok"_s, true }, { u"method"_s, method } };
    };

    switch (m_options.command) {
    case Command::Status:
        expect(m_earlyHandle, [this](const QJsonObject &r) { showStatus(r); });
        if (m_earlyOutcome)
            onRequestFinished(*std::exchange(m_earlyOutcome, std::nullopt));
        return;
    case Command::Abook:
        request(u"getAbook"_s, {}, [this](const QJsonObject &r) { showContacts(r); });
        return;
    case Command::Call: {
        if (!allowedNow(Capability::Call, tr("cannot call now")))
            return;
        QJsonObject json = wire(u"call"_s);
        json.insert(u"peerId"_s, m_options.peerId);
        expect(m_controller->call(m_options.peerId, m_options.conferencePin),
               done(tr("Calling %1: the room accepted the call.").arg(m_options.peerId), json));
        return;
    }
    case Command::Accept:
        if (allowedNow(Capability::Answer, tr("nothing to accept")))
            expect(m_controller->accept(), done(tr("Call accepted."), wire(u"accept"_s)));
        return;
    case Command::Reject:
        if (allowedNow(Capability::Answer, tr("nothing to reject")))
            expect(m_controller->reject(), done(tr("Call declined."), wire(u"reject"_s)));
        return;
    case Command::Hangup: {
        if (!allowedNow(Capability::HangUp, tr("nothing to hang up")))
            return;
        QJsonObject json = wire(u"hangUp"_s);
        json.insert(u"forAll"_s, m_options.all);
        expect(
            m_controller->hangUp(m_options.all),
            done(m_options.all ? tr("Conference ended for everyone.") : tr("Call ended."), json));
        return;
    }
    case Command::Participants:
    case Command::Kick:
    case Command::RemoteMute:
    case Command::RemoteUnmute:
    case Command::Moderator:
    case Command::Invite:
    case Command::AcceptJoin:
    case Command::RefuseJoin:
        runModerationCommand();
        return;
    case Command::UploadLogo:
        uploadLogo();
        return;
    case Command::Snapshot:
        takeSnapshot();
        return;
    case Command::ResetLogo:
        request(u"setDefaultLogo"_s, {},
                done(tr("The room shows its default logo again."), wire(u"setDefaultLogo"_s)));
        return;
    case Command::Reboot:
        request(u"rebootSystem"_s, {},
                done(tr("The room computer is restarting."), wire(u"rebootSystem"_s)));
        return;
    case Command::Shutdown:
        if (m_options.application)
            request(u"shutdown"_s, {},
                    done(tr("The TrueConf Room application is closing."), wire(u"shutdown"_s)));
        else
            request(u"shutdownSystem"_s, {},
                    done(tr("The room computer is shutting down."), wire(u"shutdownSystem"_s)));
        return;
    case Command::Send:
        (new CliSend(
             m_controller, m_options, [this](const QString &text) { write(m_out, text); },
             [this] { finish(int(CliExit::Ok)); }, [this](const RequestOutcome &o) { failWith(o); },
             this))
            ->run();
        return;
    case Command::Mute:
    case Command::Unmute:
    case Command::Volume:
    case Command::Devices:
        runDeviceCommand();
        return;
    case Command::Watch:
        // Events already flow (connected in the constructor); only --for is left to arm.
        m_deadline.stop();
        if (m_options.watchForMs >= 0)
            m_watchTimer.start(m_options.watchForMs);
        return;
    case Command::Favourites:
    case Command::CreateConference:
    case Command::Dnd:
        (new CliFavourites(
             m_controller, m_options,
             [this](const QString &h, const QJsonObject &j) { succeed(h, j); },
             [this](const RequestOutcome &o) { failWith(o); }, this))
            ->run();
        return;
    case Command::Camera:
        m_camera = new CliCamera(
            m_controller, m_options,
            [this](const QString &human, const QJsonObject &json) { succeed(human, json); },
            [this](const RequestOutcome &o) { failWith(o); }, this);
        m_camera->run();
        return;
    case Command::Ndi:
    case Command::Licence:
    case Command::Update:
        (new CliContent(
             m_controller, m_options,
             [this](const QString &human, const QJsonObject &json) { succeed(human, json); },
             [this](const RequestOutcome &o) { failWith(o); }, this))
            ->run();
        return;
    case Command::Layout:
    case Command::Monitors:
    case Command::Widgets:
        (new CliScreen(
             m_controller, m_options,
             [this](const QString &human, const QJsonObject &json) { succeed(human, json); },
             [this](const RequestOutcome &o) { failWith(o); }, this))
            ->run();
        return;
    case Command::History:
    case Command::Meetings:
        (new CliHistory(
             m_controller, m_options,
             [this](const QString &human, const QJsonObject &json) { succeed(human, json); },
             [this](const RequestOutcome &o) { failWith(o); }, this))
            ->run();
        return;
    case Command::Settings:
        CliSettings::run(
            m_controller, m_options,
            [this](const QString &h, const QJsonObject &j) { succeed(h, j); },
            [this](const RequestOutcome &o) { failWith(o); }, this);
        return;
    case Command::SettingsExport:
    case Command::SettingsDiff:
    case Command::SettingsApply:
        (new CliProfiles(
             m_controller, m_options,
             [this](int code, const QString &human, const QJsonObject &json) {
                 write(m_out, m_options.json ? CliFormat::jsonLine(json) : human + u'\n');
                 finish(code);
             },
             [this](const RequestOutcome &o) { failWith(o); }, this))
            ->run();
        return;
    case Command::Check: // bounds itself: every step has its timeout
        m_deadline.stop();
        (new CliCheck(
             m_controller, m_options,
             [this](const QString &h, const QJsonObject &j, int code) {
                 write(m_out, m_options.json ? CliFormat::jsonLine(j) : h + u'\n');
                 finish(code);
             },
             this))
            ->run();
        return;
    case Command::AgentRooms: // ran in start(), without a room
    case Command::Log:
        return;
    case Command::Chat:
        m_chat = new CliChat(m_controller, m_options, this);
        connect(m_chat, &CliChat::succeeded, this, &CliRunner::succeed);
        connect(m_chat, &CliChat::failed, this, &CliRunner::failWith);
        m_chat->run();
        return;
    }
}

void CliRunner::runModerationCommand()
{
    m_moderation = new CliModeration(m_controller, m_options, this);
    connect(m_moderation, &CliModeration::succeeded, this,
            [this](const QString &human, const QJsonObject &json) {
                succeed(human.endsWith(u'\n') && !m_options.json ? human.chopped(1) : human, json);
            });
    connect(m_moderation, &CliModeration::failed, this, &CliRunner::failWith);
    m_moderation->run();
}

void CliRunner::runDeviceCommand()
{
    m_devices = new CliDevices(m_controller, m_options, this);
    connect(m_devices, &CliDevices::succeeded, this,
            [this](const QString &human, const QJsonObject &json) {
                if (m_options.json || !human.endsWith(u'\n'))
                    succeed(human, json);
                else
                    succeed(human.chopped(1), json);
            });
    connect(m_devices, &CliDevices::failed, this, &CliRunner::failWith);
    m_devices->run();
}

void CliRunner::showStatus(const QJsonObject &connected)
{
    const int serverState = connected.value(u"state"_s).toInt(-1);
    const QJsonObject serverInfo = Redact::object(connected.value(u"serverInfo"_s).toObject());
    const QJsonObject product = m_controller->systemInfo().value(u"productInfo"_s).toObject();
    QString version;
    if (!product.isEmpty())
        version = tr("%1.%2.%3 build %4")
                      .arg(product.value(u"major"_s).toInt())
                      .arg(product.value(u"minor"_s).toInt())
                      .arg(product.value(u"revision"_s).toInt())
                      .arg(product.value(u"build"_s).toInt());
    const int appState = int(m_controller->appState());
    const QUrl wsUrl = m_controller->webSocketUrl();

    if (m_options.json) {
        QJsonObject server = serverInfo;
        server.insert(u"state"_s, serverState);
        server.insert(u"stateName"_s, CliFormat::enumKey(Room::ServerConnectionState(serverState)));
        QJsonObject json {
            { u"room"_s, m_options.address.displayText() },
            { u"webSocketUrl"_s, wsUrl.toString() },
            { u"httpPort"_s, int(m_controller->httpPort()) },
            { u"connection"_s, CliFormat::enumKey(m_controller->connectionState()) },
            { u"role"_s, Room::roleWireName(m_controller->role()) },
            { u"appState"_s, appState },
            { u"appStateName"_s, CliFormat::enumKey(m_controller->appState()) },
            { u"trueConfId"_s, m_controller->trueConfId() },
            { u"displayName"_s, m_controller->displayName() },
            { u"server"_s, server },
        };
        if (!version.isEmpty())
            json.insert(u"version"_s, version);
        succeed({}, json);
        return;
    }

    QString id = m_controller->trueConfId();
    if (!m_controller->displayName().isEmpty() && m_controller->displayName() != id)
        id = tr("%1 (%2)").arg(id, m_controller->displayName());
    QString server = Room::serverConnectionStateText(serverState);
    const QString serverName = serverInfo.value(u"server"_s).toString();
    if (!serverName.isEmpty()) {
        const int port = serverInfo.value(u"port"_s).toInt();
        server = tr("%1 (%2)").arg(
            port > 0 ? serverName + u':' + QString::number(port) : serverName, server);
    }
    const CliFormat::Fields lines = {
        { tr("Room"), m_options.address.displayText() },
        { tr("WebSocket"),
          tr("%1 (HTTP port %2)").arg(wsUrl.toString()).arg(m_controller->httpPort()) },
        { tr("Connection"), RoomController::connectionStateText(m_controller->connectionState()) },
        { tr("Role"), Room::roleName(m_controller->role()) },
        { tr("App state"), tr("%1 (%2)").arg(Room::appStateName(appState)).arg(appState) },
        { tr("TrueConf ID"), id.isEmpty() ? tr("not logged in") : id },
        { tr("Server"), server },
        { tr("Version"), version },
    };
    write(m_out, CliFormat::fields(lines));
    finish(int(CliExit::Ok));
}

void CliRunner::showContacts(const QJsonObject &reply)
{
    const QJsonArray contacts = CliFormat::filterContacts(
        Redact::object(reply).value(u"abook"_s).toArray(), m_options.filter);
    if (m_options.json) {
        write(m_out, CliFormat::jsonLine(contacts));
    } else if (contacts.isEmpty()) {
        write(m_out,
              (m_options.filter.isEmpty() ? tr("The address book is empty.")
                                          : tr("No contact matches “%1”.").arg(m_options.filter))
                  + u'\n');
    } else {
        write(m_out,
              CliFormat::table({ tr("TRUECONF ID"), tr("NAME"), tr("PRESENCE") },
                               CliFormat::contactRows(contacts)));
    }
    finish(int(CliExit::Ok));
}

void CliRunner::uploadLogo()
{
    // Checked before the upload: the room must not receive a file it will not be asked to use.
    if (!Permissions::mayCall(m_controller->role(), u"setLogo"_s)) {
        fail(CliExit::Refused,
             tr("upload-logo needs Administrator access; this connection is signed in as %1")
                 .arg(Room::roleName(m_controller->role())));
        return;
    }
    // The same flow as the GUI's Branding page: fresh HTTP token, multipart upload with one
    // retry on 401, then setLogo{fileId, mode}.
    m_upload = new BrandingUpload(m_controller, this);
    m_upload->setTransferTimeout(qMax(0, m_deadline.remainingTime()) + kCoreGraceMs);
    connect(m_upload, &BrandingUpload::failed, this,
            [this](BrandingUpload::Target, const QString &text, bool) {
                const RoomHttpClient::Error kind = m_upload->uploadError();
                fail(kind != RoomHttpClient::Error::None ? exitFor(kind)
                                                         : exitFor(m_upload->applyStatus()),
                     tr("upload-logo: %1").arg(text));
            });
    connect(m_upload, &BrandingUpload::succeeded, this, [this](BrandingUpload::Target, int fileId) {
        const QFileInfo file(m_options.filePath);
        const QJsonObject json { { u"fileId"_s, fileId },
                                 { u"mode"_s, m_options.logoMode },
                                 { u"file"_s, file.fileName() },
                                 { u"bytes"_s, file.size() } };
        const QString modeText
            = m_options.logoMode == 0 ? tr("fitted into 440x82 px") : tr("at its original size");
        succeed(tr("Logo set: %1 (%2) is file %3, shown %4.")
                    .arg(file.fileName(), QLocale().formattedDataSize(file.size()))
                    .arg(fileId)
                    .arg(modeText),
                json);
    });
    m_upload->start(BrandingUpload::Target::Logo, m_options.filePath, m_options.logoMode);
}

void CliRunner::takeSnapshot()
{
    if (!m_snapshot) {
        fail(CliExit::Refused, tr("snapshot: not prepared"));
        return;
    }
    connect(m_snapshot, &CliSnapshot::finished, this,
            [this](int code, const QString &text, const QJsonObject &json) {
                if (code == int(CliExit::Ok))
                    succeed(text, json);
                else
                    finish(code, text);
            });
    m_snapshot->start();
}

void CliRunner::onEvent(const RoomMessage &event)
{
    if (m_done || (!m_options.events.isEmpty() && !m_options.events.contains(event.event)))
        return;
    showEvent(event);
}

void CliRunner::showEvent(const RoomMessage &event)
{
    QJsonObject body = Redact::object(event.body);
    if (m_options.json) {
        write(m_out, CliFormat::jsonLine(body));
        return;
    }
    body.remove(u"method"_s);
    body.remove(u"event"_s);
    const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz"_s);
    write(m_out, time + u"  "_s + event.event.leftJustified(28) + u' ' + CliFormat::jsonLine(body));
}

// --- the end ---------------------------------------------------------------------------------

void CliRunner::finish(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = code;
    if (!message.isEmpty())
        write(m_err, u"roomdeckctl: "_s + message.simplified() + u'\n');
    m_deadline.stop();
    m_watchTimer.stop();
    if (m_upload) {
        m_upload->disconnect(this);
        m_upload->cancel();
    }
    m_controller->disconnect(this);
    m_controller->disconnectFromRoom();
    // Queued, so that a caller of start() or interrupt() never sees the end re-entrantly.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_exitCode); });
}

void CliRunner::write(QIODevice *device, const QString &text)
{
    // Last line of defence: a room may echo the secret in an error text. Text for people is
    // also made safe for a terminal (room texts may hold escapes); --json output stays exact.
    const bool forPeople = !(m_options.json && device == m_out);
    const QString redacted = Redact::text(text, m_options.credentials.secret);
    const QString safe = forPeople ? CliFormat::terminalSafe(redacted) : redacted;
    device->write(safe.toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush(); // watch lines must reach a pipe as they happen
}
