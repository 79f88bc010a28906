// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeck-sim: a stand-alone simulated TrueConf Room (room-api.md), for trying RoomDeck and
// roomdeckctl without a real room and for end-to-end tests.

#include "sim/roomsimulator.h"
#include "sim/simrules.h"
#include "sim/simscenario.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Self-pipe: a signal handler may only do async-signal-safe things, so it writes one byte
// and the event loop does the actual shutdown.
int g_signalFds[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("roomdeck-sim", text);
}

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

bool parsePort(const QCommandLineParser &parser, const QCommandLineOption &option, quint16 *port,
               QString *error)
{
    bool ok = false;
    const uint value = parser.value(option).toUInt(&ok);
    if (!ok || value > 65535) {
        *error
            = tr("invalid port for --%1: %2").arg(option.names().constLast(), parser.value(option));
        return false;
    }
    *port = quint16(value);
    return true;
}

//! A whole number in [minimum, maximum] from `option`, or false and a readable *error.
bool parseNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 minimum,
                 qint64 maximum, qint64 *value, QString *error)
{
    bool ok = false;
    const qint64 v = parser.value(option).toLongLong(&ok);
    if (!ok || v < minimum || v > maximum) {
        *error = tr("invalid value for --%1: %2 (expected %3 to %4)")
                     .arg(option.names().constLast(), parser.value(option))
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *value = v;
    return true;
}

QString protectionSummary(const RoomSimulator::Options &o)
{
    // Which modes are protected, never the secrets themselves.
    if (o.pin.isEmpty() && o.adminPassword.isEmpty())
        return tr("both modes unsecured");
    if (o.adminPassword.isEmpty())
        return tr("both modes protected by the launch PIN");
    if (o.pin.isEmpty())
        return tr("admin mode protected by a password, user mode unsecured");
    return tr("admin mode protected by a password, user mode by the launch PIN");
}

//! How many rooms --rooms allows in one process.
constexpr qint64 kMaxRooms = 1000;

//! Room `index` (1-based) of a --rooms fleet: its own ports (the given port + index - 1 for each
//! port option given explicitly, any free port otherwise), name ("Room N" or "NAME N") and TrueConf
//! ID (a -N suffix on the user part), and its own seed, so that no two rooms look alike.
RoomSimulator::Options fleetRoomOptions(RoomSimulator::Options options, int index,
                                        bool webPortGiven, bool wsPortGiven, bool httpPortGiven,
                                        bool peerDnGiven)
{
    const auto shifted = [index](bool given, quint16 port) -> quint16 {
        if (!given || port == 0)
            return 0;
        return quint16(qMin(65535, int(port) + index - 1));
    };
    options.webPort = shifted(webPortGiven, options.webPort);
    options.wsPort = shifted(wsPortGiven, options.wsPort);
    options.httpPort = shifted(httpPortGiven, options.httpPort);
    options.httpPortFallback = !httpPortGiven;
    options.peerDn
        = peerDnGiven ? u"%1 %2"_s.arg(options.peerDn).arg(index) : tr("Room %1").arg(index);
    const qsizetype at = options.peerId.indexOf(u'@');
    options.peerId = at < 0
        ? u"%1-%2"_s.arg(options.peerId).arg(index)
        : u"%1-%2%3"_s.arg(options.peerId.left(at)).arg(index).arg(options.peerId.mid(at));
    options.seed += quint32(index - 1);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"roomdeck-sim"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ROOMDECK_VERSION));
    QCoreApplication::setOrganizationName(u"RoomDeck"_s);

    QCommandLineParser parser;
    // The real room takes `-pin P` and `-t NAME`: single-dash words are long options here too.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Simulates a TrueConf Room: config.json discovery on the web port, the WebSocket "
           "management API and the built-in HTTP server.")
        + u"\n\n"_s + SimRules::helpText() + u"\n\n"_s + SimScenario::actionsHelp());
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption webPortOption(
        QStringList { u"web-port"_s },
        tr("Web (control-panel) port serving config.json; 0 takes any free port."), tr("port"),
        u"0"_s);
    const QCommandLineOption wsPortOption(
        QStringList { u"wsport"_s },
        tr("WebSocket API port; when it is busy the nearest free port above it is taken."),
        tr("port"), u"8765"_s);
    const QCommandLineOption httpPortOption(
        QStringList { u"httpport"_s },
        tr("Built-in HTTP server port; when given and busy, the simulator refuses to start."),
        tr("port"), u"8766"_s);
    const QCommandLineOption pinOption(
        QStringList { u"pin"_s },
        tr("Launch PIN: protects both modes, or user mode only when --admin-password is given."),
        tr("PIN"));
    const QCommandLineOption adminPasswordOption(
        QStringList { u"admin-password"_s }, tr("Password protecting admin mode."), tr("password"));
    const QCommandLineOption instanceOption(
        QStringList { u"t"_s, u"instance"_s },
        tr("Instance name: config.json is served at /public/NAME/config.json."), tr("NAME"),
        u"default"_s);
    const QCommandLineOption addressOption(
        QStringList { u"address"_s }, tr("Address to listen on."), tr("address"), u"127.0.0.1"_s);
    const QCommandLineOption loggedOutOption(
        QStringList { u"logged-out"_s },
        tr("Start without a server connection (appState 0) instead of logged in."));
    const QCommandLineOption strictOption(QStringList { u"strict"_s },
                                          tr("Log every protocol violation a client commits."));
    const QCommandLineOption peerIdOption(QStringList { u"peer-id"_s },
                                          tr("The room's own TrueConf ID when logged in."),
                                          tr("id"), RoomSimulator::Options().peerId);
    const QCommandLineOption peerDnOption(QStringList { u"peer-dn"_s },
                                          tr("The room's display name when logged in."), tr("name"),
                                          RoomSimulator::Options().peerDn);
    const QCommandLineOption peersOption(
        QStringList { u"peers"_s },
        tr("Address-book size: N generated contacts user0001@DOMAIN ... with varied names and "
           "presence."),
        tr("N"), QString::number(RoomSimulator::Options().peers));
    const QCommandLineOption seedOption(
        QStringList { u"seed"_s },
        tr("Seed of the generated names, presence and presence changes: the same seed gives "
           "the same room."),
        tr("N"), u"1"_s);
    const QCommandLineOption churnOption(
        QStringList { u"presence-churn"_s },
        tr("Presence changes per second (usersStatusesChanged, sent ten times a second)."),
        tr("rate"), u"0"_s);
    const QCommandLineOption serverDelayOption(
        QStringList { u"server-delay"_s },
        tr("Round trip to the TrueConf Server: connecting, logging in, refusals, joins."), tr("ms"),
        QString::number(RoomSimulator::Options().serverDelayMs));
    const QCommandLineOption ringDelayOption(
        QStringList { u"ring-delay"_s },
        tr("How long a callee rings before answering or declining."), tr("ms"),
        QString::number(RoomSimulator::Options().ringDelayMs));
    const QCommandLineOption ringTimeoutOption(
        QStringList { u"ring-timeout"_s },
        tr("How long an unanswered call rings (noanswer* callees, incoming calls)."), tr("ms"),
        QString::number(RoomSimulator::Options().ringTimeoutMs));
    const QCommandLineOption conferencePinOption(
        QStringList { u"conference-pin"_s }, tr("The password of the \\c\\secret* conferences."),
        tr("PIN"), RoomSimulator::Options().conferencePin);
    const QCommandLineOption accountOption(
        QStringList { u"account"_s },
        tr("An extra account for login (repeatable); room101/room101 and room102/room102 "
           "always exist."),
        tr("login:password[:display name]"));
    const QCommandLineOption accountsOnlyOption(
        QStringList { u"accounts-only"_s },
        tr("Only the configured accounts may log in; other logins get result 2."));
    const QCommandLineOption tokenLifetimeOption(
        QStringList { u"http-token-lifetime"_s },
        tr("Lifetime of HTTP-server tokens (not under PIN protection, where they last until "
           "the emulator stops)."),
        tr("seconds"), QString::number(RoomSimulator::Options().httpTokenLifetimeSecs));
    const QCommandLineOption uploadLimitOption(
        QStringList { u"upload-limit"_s },
        tr("Largest upload to /files/ in MiB; larger ones are answered with 413."), tr("MiB"),
        u"20"_s);
    const QCommandLineOption rebootDelayOption(
        QStringList { u"reboot-delay"_s },
        tr("rebootSystem takes every port down and brings the room back after this long "
           "(0: it only closes the connections)."),
        tr("ms"), u"0"_s);
    const QCommandLineOption rebootNewPortOption(
        QStringList { u"reboot-new-port"_s },
        tr("After a reboot the WebSocket API comes back on another port (config.json follows)."));
    const QCommandLineOption scenarioOption(
        QStringList { u"scenario"_s },
        tr("A JSON timeline of things that happen to the room (see above)."), tr("file"));
    const QCommandLineOption replayOption(
        QStringList { u"replay"_s },
        tr("Play a recording of a room session (RoomDeck's protocol inspector, .jsonl): its "
           "events from the first client's sign-in on, at their recorded times; its replies to "
           "the requests of the same methods. Sign-in itself is the simulator's."),
        tr("file"));
    const QCommandLineOption speedOption(
        QStringList { u"speed"_s },
        tr("Play the --replay recording's events F times as fast (0.01 to 100)."), tr("F"), u"1"_s);
    const QCommandLineOption replyDelayOption(
        QStringList { u"reply-delay"_s },
        tr("Delay the replies to METHOD (repeatable); -1 never replies."), tr("METHOD=ms"));
    const QCommandLineOption dropAfterOption(
        QStringList { u"drop-after-frames"_s },
        tr("Cut every connection (TCP abort) after the room has sent it N frames."), tr("N"),
        u"0"_s);
    const QCommandLineOption refuseOption(
        QStringList { u"refuse-connections"_s },
        tr("Close every incoming WebSocket connection at once (a room that refuses clients)."));
    const QCommandLineOption roomsOption(
        QStringList { u"rooms"_s },
        tr("Run N independent rooms in this process (1 to %1), each with its own ports and "
           "config.json, named Room 1 ... Room N with distinct TrueConf IDs. Port options given "
           "explicitly are the first room's; room i takes that port + i - 1. Ports not given "
           "are any free ones.")
            .arg(kMaxRooms),
        tr("N"));
    parser.addOption(roomsOption);
    parser.addOptions(
        { webPortOption,       wsPortOption,        httpPortOption,    pinOption,
          adminPasswordOption, instanceOption,      addressOption,     loggedOutOption,
          strictOption,        peerIdOption,        peerDnOption,      peersOption,
          seedOption,          churnOption,         serverDelayOption, ringDelayOption,
          ringTimeoutOption,   conferencePinOption, accountOption,     accountsOnlyOption,
          tokenLifetimeOption, uploadLimitOption,   rebootDelayOption, rebootNewPortOption,
          scenarioOption,      replayOption,        speedOption,       replyDelayOption,
          dropAfterOption,     refuseOption });
    parser.process(app);

    RoomSimulator::Options options;
    QString error;
    const auto failed = [](const QString &why) {
        printLine(stderr, u"roomdeck-sim: "_s + why);
        return 1;
    };
    if (!parsePort(parser, webPortOption, &options.webPort, &error)
        || !parsePort(parser, wsPortOption, &options.wsPort, &error)
        || !parsePort(parser, httpPortOption, &options.httpPort, &error))
        return failed(error);
    options.wsPortFallback = true;
    options.httpPortFallback = !parser.isSet(httpPortOption);

    const QString addressText = parser.value(addressOption);
    if (addressText.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        options.address = QHostAddress::LocalHost;
    else if (!options.address.setAddress(addressText))
        return failed(tr("invalid address: %1").arg(addressText));
    options.instance = parser.value(instanceOption);
    if (options.instance.isEmpty() || options.instance.contains(u'/'))
        return failed(tr("invalid instance name: %1").arg(options.instance));
    options.pin = parser.value(pinOption);
    options.adminPassword = parser.value(adminPasswordOption);
    options.startLoggedIn = !parser.isSet(loggedOutOption);
    options.strict = parser.isSet(strictOption);
    options.peerId = parser.value(peerIdOption);
    options.peerDn = parser.value(peerDnOption);

    qint64 peers = 0;
    qint64 seed = 0;
    qint64 serverDelay = 0;
    qint64 ringDelay = 0;
    qint64 ringTimeout = 0;
    qint64 tokenLifetime = 0;
    qint64 uploadLimit = 0;
    qint64 rebootDelay = 0;
    qint64 dropAfter = 0;
    constexpr qint64 day = 24 * 3600 * 1000;
    if (!parseNumber(parser, peersOption, 0, 1000000, &peers, &error)
        || !parseNumber(parser, seedOption, 0, 0xffffffffLL, &seed, &error)
        || !parseNumber(parser, serverDelayOption, 0, day, &serverDelay, &error)
        || !parseNumber(parser, ringDelayOption, 0, day, &ringDelay, &error)
        || !parseNumber(parser, ringTimeoutOption, 0, day, &ringTimeout, &error)
        || !parseNumber(parser, tokenLifetimeOption, 0, 100 * 365 * 86400LL, &tokenLifetime, &error)
        || !parseNumber(parser, uploadLimitOption, 1, 4096, &uploadLimit, &error)
        || !parseNumber(parser, rebootDelayOption, 0, day, &rebootDelay, &error)
        || !parseNumber(parser, dropAfterOption, 0, 1000000000, &dropAfter, &error))
        return failed(error);
    options.peers = int(peers);
    options.seed = quint32(seed);
    options.serverDelayMs = int(serverDelay);
    options.ringDelayMs = int(ringDelay);
    options.ringTimeoutMs = int(ringTimeout);
    options.httpTokenLifetimeSecs = int(tokenLifetime);
    options.maxUploadBytes = uploadLimit * 1024 * 1024;
    options.rebootDelayMs = int(rebootDelay);
    options.rebootNewPort = parser.isSet(rebootNewPortOption);
    options.conferencePin = parser.value(conferencePinOption);
    bool rateOk = false;
    options.presenceChurnPerSecond = parser.value(churnOption).toDouble(&rateOk);
    if (!rateOk || options.presenceChurnPerSecond < 0 || options.presenceChurnPerSecond > 100000)
        return failed(tr("invalid value for --presence-churn: %1 (expected 0 to 100000)")
                          .arg(parser.value(churnOption)));
    const QStringList accounts = parser.values(accountOption);
    for (const QString &account : accounts) {
        const QStringList parts = account.split(u':');
        if (parts.size() < 2 || parts.at(0).trimmed().isEmpty())
            return failed(
                tr("invalid --account %1 (expected login:password[:display name])").arg(account));
        options.accounts.append(
            { parts.at(0).trimmed(), parts.at(1), parts.mid(2).join(u':').trimmed() });
    }
    options.acceptAnyLogin = !parser.isSet(accountsOnlyOption);
    QList<QPair<QString, int>> replyDelays;
    const QStringList delays = parser.values(replyDelayOption);
    for (const QString &delay : delays) {
        bool ok = false;
        const int ms = delay.section(u'=', 1).toInt(&ok);
        if (!ok || !delay.contains(u'=') || delay.section(u'=', 0, 0).isEmpty() || ms < -1)
            return failed(tr("invalid --reply-delay %1 (expected METHOD=ms)").arg(delay));
        replyDelays.append({ delay.section(u'=', 0, 0), ms });
    }

    bool speedOk = false;
    const double replaySpeed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || replaySpeed < 0.01 || replaySpeed > 100)
        return failed(tr("invalid value for --speed: %1 (expected 0.01 to 100)")
                          .arg(parser.value(speedOption)));

    qint64 roomCount = 1;
    const bool fleet = parser.isSet(roomsOption);
    if (fleet && !parseNumber(parser, roomsOption, 1, kMaxRooms, &roomCount, &error))
        return failed(error);

    std::vector<std::unique_ptr<RoomSimulator>> simulators;
    simulators.reserve(size_t(roomCount));
    for (int room = 1; room <= int(roomCount); ++room) {
        const RoomSimulator::Options roomOptions = fleet
            ? fleetRoomOptions(options, room, parser.isSet(webPortOption),
                               parser.isSet(wsPortOption), parser.isSet(httpPortOption),
                               parser.isSet(peerDnOption))
            : options;
        auto simulator = std::make_unique<RoomSimulator>(roomOptions);
        for (const auto &[method, ms] : std::as_const(replyDelays))
            simulator->setReplyDelay(method, ms);
        simulator->setDropAfterFrames(int(dropAfter));
        simulator->setRefuseConnections(parser.isSet(refuseOption));
        if (parser.isSet(scenarioOption)
            && !simulator->loadScenarioFile(parser.value(scenarioOption), &error))
            return failed(error);
        if (parser.isSet(replayOption)) {
            if (!simulator->loadReplayFile(parser.value(replayOption), &error))
                return failed(error);
            simulator->setReplaySpeed(replaySpeed);
            if (room == 1) // the same file for every room: one summary
                printLine(stderr, simulator->replaySummary());
        }
        if (!simulator->start(&error))
            return failed(fleet ? u"%1: %2"_s.arg(roomOptions.peerDn, error) : error);
        RoomSimulator *sim = simulator.get();
        // The prefix of every line about this room: the room's name when there are several.
        const QString prefix
            = fleet ? u"roomdeck-sim: "_s + roomOptions.peerDn + u": "_s : u"roomdeck-sim: "_s;
        if (fleet) {
            // A room that quits (`shutdown`) goes; the program ends with the last one.
            QObject::connect(sim, &RoomSimulator::shutdownRequested, &app, [sim, &simulators] {
                sim->stop();
                if (std::none_of(simulators.cbegin(), simulators.cend(),
                                 [](const auto &s) { return s->isRunning(); }))
                    QCoreApplication::quit();
            });
        } else {
            QObject::connect(sim, &RoomSimulator::shutdownRequested, &app, &QCoreApplication::quit);
        }
        QObject::connect(sim, &RoomSimulator::rebooted, &app, [sim, prefix] {
            printLine(stdout,
                      prefix + tr("back after the reboot: WebSocket port %1").arg(sim->wsPort()));
        });
        QObject::connect(sim, &RoomSimulator::scenarioStepRan, &app,
                         [prefix](int index, const QString &action, bool applied) {
                             printLine(stdout,
                                       prefix
                                           + (applied ? tr("scenario event %1: %2")
                                                      : tr("scenario event %1: %2 (not possible "
                                                           "in the room's current state)"))
                                                 .arg(index)
                                                 .arg(action));
                         });

        QObject::connect(sim, &RoomSimulator::replayFinished, &app, [prefix](int events) {
            printLine(stdout,
                      prefix
                          + QCoreApplication::translate("roomdeck-sim",
                                                        "replay finished: %n event(s) sent",
                                                        nullptr, events));
        });

        if (fleet) {
            // One line per room, as it listens: scripts read the ports from here.
            printLine(stdout,
                      prefix
                          + u"web port %1 (%2), WebSocket port %3, HTTP port %4, TrueConf ID %5"_s
                                .arg(sim->webPort())
                                .arg(sim->configUrl().toString())
                                .arg(sim->wsPort())
                                .arg(sim->httpPort())
                                .arg(roomOptions.peerId));
        } else {
            printLine(stdout,
                      u"roomdeck-sim: web port %1 (%2)"_s.arg(sim->webPort())
                          .arg(sim->configUrl().toString()));
            QString wsLine = u"roomdeck-sim: WebSocket port %1"_s.arg(sim->wsPort());
            if (sim->wsPort() != options.wsPort && options.wsPort != 0)
                wsLine += u" "_s + tr("(%1 was busy)").arg(options.wsPort);
            printLine(stdout, wsLine);
            QString httpLine = u"roomdeck-sim: HTTP port %1"_s.arg(sim->httpPort());
            if (sim->httpPort() != options.httpPort && options.httpPort != 0)
                httpLine += u" "_s + tr("(%1 was busy)").arg(options.httpPort);
            printLine(stdout, httpLine);
        }
        simulators.push_back(std::move(simulator));
    }
    printLine(stdout, u"roomdeck-sim: "_s + protectionSummary(options));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(qintptr(g_signalFds[1]), QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &simulators] {
            notifier->setEnabled(false);
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
            for (const auto &simulator : simulators)
                simulator->stop();
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onTerminationSignal);
        std::signal(SIGTERM, onTerminationSignal);
    }

    const int code = QCoreApplication::exec();
    for (const auto &simulator : simulators)
        simulator->stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (int &fd : g_signalFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    return code;
}
