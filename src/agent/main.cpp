// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeck-agent: keeps one connection per room for a fleet of TrueConf Rooms and serves their
// state to Prometheus (/metrics) and to scripts (/api/v1/rooms).

#include "agent/roomagent.h"
#include "core/history/historystore.h"
#include "core/stopsignals.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roomdeck-agent", text);
}

void printLine(FILE *stream, const QString &line)
{
    std::fputs((u"roomdeck-agent: "_s + line).toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

//! ADDR:PORT, [v6]:PORT or PORT (on 127.0.0.1).
bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host = u"127.0.0.1"_s;
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        host = u"127.0.0.1"_s;
    if (!ok || p > 65535 || !address->setAddress(host)) {
        *error = tr("invalid --listen %1 (expected ADDRESS:PORT, e.g. 127.0.0.1:%2)")
                     .arg(text)
                     .arg(RoomAgent::kDefaultPort);
        return false;
    }
    *port = quint16(p);
    return true;
}

//! Seconds (0.1 to 3600, fractions allowed) from `option`, in milliseconds.
bool parseMilliseconds(const QCommandLineParser &parser, const QCommandLineOption &option, int *ms,
                       QString *error)
{
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds < 0.1 || seconds > 3600) {
        *error = tr("invalid --%1 %2 (expected 0.1 to 3600 seconds)")
                     .arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

//! Each room takes a socket, and with the relay a listening one and one per client: a fleet of
//! hundreds needs more than the usual soft limit of 1024 open files. The hard limit is ours.
void raiseOpenFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QString changeText(const AgentFleet::Change &c)
{
    return tr("%1 rooms added, %2 removed, %3 kept, %4 reconnected with a new address or secret")
        .arg(c.added)
        .arg(c.removed)
        .arg(c.kept)
        .arg(c.reconnected);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before Qt starts any thread (see StopSignals).
    StopSignals::blockInThisProcess(StopSignals::HangUp::Reload);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"roomdeck-agent"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ROOMDECK_VERSION));
    QCoreApplication::setOrganizationName(u"RoomDeck"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps one connection per TrueConf Room of a fleet and serves their state: "
           "Prometheus metrics at /metrics, a JSON snapshot at /api/v1/rooms. SIGHUP reads the "
           "rooms file and the secrets again (unchanged rooms stay connected); SIGTERM stops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption roomsOption(
        QStringList { u"rooms"_s },
        tr("The rooms file (JSON): {\"rooms\": [{\"name\": \"Board room\", \"address\": "
           "\"10.0.0.21:8088\", \"instance\": \"default\", \"site\": \"HQ\", \"tags\": "
           "[\"floor-3\"]}]}; name and address are required."),
        tr("file"));
    const QCommandLineOption secretsOption(
        QStringList { u"secrets"_s },
        tr("The secrets file (JSON): {\"rooms\": {\"Board room\": {\"password\": \"...\"}, "
           "\"Lobby\": {\"pin\": \"1234\"}}}. It must belong to the agent's user and be readable "
           "by nobody else (chmod 600). A password signs in as Administrator, a PIN as User, a "
           "room without an entry unsecured as User. Default: the systemd credential "
           "\"secrets\" ($CREDENTIALS_DIRECTORY/secrets) when there is one."),
        tr("file"));
    const QCommandLineOption operatorsOption(
        QStringList { u"operators"_s },
        tr("The relay's operators file (JSON): {\"operators\": [{\"name\": \"alice\", \"role\": "
           "\"admin\", \"secret\": \"...\"}]}; private like the secrets file. With it, each "
           "room is also reachable through the agent as a room (GET /public/ROOM/config.json "
           "names its WebSocket), every client signs in with its operator's secret and nobody "
           "displaces anybody. Default: the systemd credential \"operators\" when there is one; "
           "without either, no relay."),
        tr("file"));
    const QCommandLineOption auditOption(
        QStringList { u"audit"_s },
        tr("The relay's audit log, one JSON line per command (operator, room, method, outcome, "
           "time). Default: audit.jsonl in $STATE_DIRECTORY (systemd), else standard output."),
        tr("file"));
    const QCommandLineOption historyOption(
        QStringList { u"history"_s },
        tr("The durable history (SQLite) the relay's audit is also written to: every command "
           "with its operator, room, method, outcome, error and latency, readable with "
           "roomdeckctl log --history-file FILE. Default: history.sqlite in $STATE_DIRECTORY "
           "(systemd), else the user's RoomDeck history file."),
        tr("file"));
    const QCommandLineOption relayHttpOption(
        QStringList { u"relay-http-port"_s },
        tr("The port of the relay of the rooms' built-in HTTP servers (uploads, camera frames), "
           "on the --listen address; default: any free port (config.json names it)."),
        tr("port"), u"0"_s);
    const QCommandLineOption listenOption(
        QStringList { u"listen"_s },
        tr("Where the HTTP server listens; 127.0.0.1 unless an address is given."),
        tr("address:port"), u"127.0.0.1:%1"_s.arg(RoomAgent::kDefaultPort));
    const QCommandLineOption probeOption(
        QStringList { u"probe-interval"_s },
        tr("Seconds between the getAppState requests that measure each room's round trip."),
        tr("seconds"), u"15"_s);
    const QCommandLineOption reconnectMaxOption(
        QStringList { u"reconnect-max"_s },
        tr("The longest wait, in seconds, between two attempts to reach a room that is down."),
        tr("seconds"), u"30"_s);
    const QCommandLineOption verboseOption(
        QStringList { u"verbose"_s },
        tr("Log every connection step of every room (diagnostics; secrets are redacted)."));
    parser.addOptions({ roomsOption, secretsOption, operatorsOption, auditOption, historyOption,
                        listenOption, relayHttpOption, probeOption, reconnectMaxOption,
                        verboseOption });
    parser.process(app);

    // With hundreds of rooms the core's progress lines would drown what matters; QT_LOGGING_RULES
    // still overrides this.
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"roomdeck.*.info=false\nroomdeck.*.debug=false"_s);

    const auto failed = [](const QString &why) {
        printLine(stderr, why);
        return 1;
    };
    RoomAgent::Options options;
    options.roomsFile = parser.value(roomsOption);
    if (options.roomsFile.isEmpty())
        return failed(tr("no rooms file: give --rooms FILE (see --help)"));
    options.secretsFile = parser.value(secretsOption);
    options.operatorsFile = parser.value(operatorsOption);
    options.auditFile = parser.value(auditOption);
    if (options.auditFile.isEmpty() && qEnvironmentVariableIsSet("STATE_DIRECTORY"))
        options.auditFile = qEnvironmentVariable("STATE_DIRECTORY") + u"/audit.jsonl"_s;
    options.historyFile = parser.value(historyOption);
    if (options.historyFile.isEmpty())
        options.historyFile = qEnvironmentVariableIsSet("STATE_DIRECTORY")
            ? qEnvironmentVariable("STATE_DIRECTORY") + u"/history.sqlite"_s
            : HistoryStore::defaultPath();
    QString error;
    if (!parseListen(parser.value(listenOption), &options.listenAddress, &options.listenPort,
                     &error))
        return failed(error);
    bool portOk = false;
    const uint relayHttpPort = parser.value(relayHttpOption).toUInt(&portOk);
    if (!portOk || relayHttpPort > 65535)
        return failed(tr("invalid --relay-http-port %1 (expected 0 to 65535)")
                          .arg(parser.value(relayHttpOption)));
    options.relayHttpPort = quint16(relayHttpPort);
    raiseOpenFileLimit();
    int probeMs = 0;
    int reconnectMaxMs = 0;
    if (!parseMilliseconds(parser, probeOption, &probeMs, &error)
        || !parseMilliseconds(parser, reconnectMaxOption, &reconnectMaxMs, &error))
        return failed(error);
    options.room.probeIntervalMs = probeMs;
    Backoff::Options &backoff = options.room.controller.transport.backoff;
    backoff.maxMs = reconnectMaxMs;
    backoff.initialMs = qMin(backoff.initialMs, backoff.maxMs);

    StopSignals stopSignals(&app, StopSignals::HangUp::Reload);
    RoomAgent agent(options);
    if (!agent.start(&error))
        return failed(error);
    const auto printWarnings = [&agent] {
        const QStringList warnings = agent.warnings();
        for (const QString &warning : warnings)
            printLine(stderr, warning);
    };
    printWarnings();
    printLine(stdout,
              tr("listening on http://%1:%2 (/metrics, /api/v1/rooms)")
                  .arg(options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                           ? u"[%1]"_s.arg(options.listenAddress.toString())
                           : options.listenAddress.toString())
                  .arg(agent.port()));
    const QString secrets = agent.secretsSource();
    if (agent.hasRelay())
        printLine(
            stdout,
            tr("relay on for %1 operators from %2 (uploads and frames on port %3); audit log: "
               "%4; history: %5")
                .arg(agent.operators().size())
                .arg(agent.operatorsSource())
                .arg(agent.relayHttpPort())
                .arg(options.auditFile.isEmpty() ? tr("standard output") : options.auditFile,
                     options.historyFile));
    else
        printLine(stdout, tr("relay off (no operators file)"));
    printLine(stdout,
              tr("%1 rooms from %2; secrets from %3")
                  .arg(agent.fleet().rooms().size())
                  .arg(options.roomsFile,
                       secrets.isEmpty() ? tr("nowhere (every room unsecured)") : secrets));

    QObject::connect(&stopSignals, &StopSignals::stopRequested, &app,
                     [] { QCoreApplication::quit(); });
    QObject::connect(&stopSignals, &StopSignals::reloadRequested, &agent, [&agent, printWarnings] {
        QString why;
        AgentFleet::Change change;
        if (agent.reload(&why, &change)) {
            printWarnings();
            printLine(stdout, tr("reloaded: %1").arg(changeText(change)));
        } else {
            printLine(stderr, tr("reload failed, the rooms stay as they were: %1").arg(why));
        }
    });
    return QCoreApplication::exec();
}
