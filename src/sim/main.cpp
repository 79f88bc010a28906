// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeck-sim: a stand-alone simulated TrueConf Room (room-api.md), for trying RoomDeck and
// roomdeckctl without a real room and for end-to-end tests.

#include "sim/roomsimulator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

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
           "management API and the built-in HTTP server."));
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
    parser.addOptions({ webPortOption, wsPortOption, httpPortOption, pinOption, adminPasswordOption,
                        instanceOption, addressOption, loggedOutOption, strictOption, peerIdOption,
                        peerDnOption });
    parser.process(app);

    RoomSimulator::Options options;
    QString error;
    if (!parsePort(parser, webPortOption, &options.webPort, &error)
        || !parsePort(parser, wsPortOption, &options.wsPort, &error)
        || !parsePort(parser, httpPortOption, &options.httpPort, &error)) {
        printLine(stderr, u"roomdeck-sim: "_s + error);
        return 1;
    }
    options.wsPortFallback = true;
    options.httpPortFallback = !parser.isSet(httpPortOption);

    const QString addressText = parser.value(addressOption);
    if (addressText.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        options.address = QHostAddress::LocalHost;
    else if (!options.address.setAddress(addressText)) {
        printLine(stderr, u"roomdeck-sim: "_s + tr("invalid address: %1").arg(addressText));
        return 1;
    }
    options.instance = parser.value(instanceOption);
    if (options.instance.isEmpty() || options.instance.contains(u'/')) {
        printLine(stderr,
                  u"roomdeck-sim: "_s + tr("invalid instance name: %1").arg(options.instance));
        return 1;
    }
    options.pin = parser.value(pinOption);
    options.adminPassword = parser.value(adminPasswordOption);
    options.startLoggedIn = !parser.isSet(loggedOutOption);
    options.strict = parser.isSet(strictOption);
    options.peerId = parser.value(peerIdOption);
    options.peerDn = parser.value(peerDnOption);

    RoomSimulator simulator(options);
    if (!simulator.start(&error)) {
        printLine(stderr, u"roomdeck-sim: "_s + error);
        return 1;
    }
    QObject::connect(&simulator, &RoomSimulator::shutdownRequested, &app, &QCoreApplication::quit);

    printLine(stdout,
              u"roomdeck-sim: web port %1 (%2)"_s.arg(simulator.webPort())
                  .arg(simulator.configUrl().toString()));
    QString wsLine = u"roomdeck-sim: WebSocket port %1"_s.arg(simulator.wsPort());
    if (simulator.wsPort() != options.wsPort && options.wsPort != 0)
        wsLine += u" "_s + tr("(%1 was busy)").arg(options.wsPort);
    printLine(stdout, wsLine);
    QString httpLine = u"roomdeck-sim: HTTP port %1"_s.arg(simulator.httpPort());
    if (simulator.httpPort() != options.httpPort && options.httpPort != 0)
        httpLine += u" "_s + tr("(%1 was busy)").arg(options.httpPort);
    printLine(stdout, httpLine);
    printLine(stdout, u"roomdeck-sim: "_s + protectionSummary(options));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(qintptr(g_signalFds[1]), QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &simulator] {
            notifier->setEnabled(false);
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
            simulator.stop();
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onTerminationSignal);
        std::signal(SIGTERM, onTerminationSignal);
    }

    const int code = QCoreApplication::exec();
    simulator.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (int &fd : g_signalFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    return code;
}
