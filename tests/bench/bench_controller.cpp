// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// RoomController's command round trip (issue 12, gate 15): one getAppState at a time, from
// sendRequest() to its outcome, against the simulator in this process and against a
// roomdeck-sim child process on 127.0.0.1. Prints median, p95, p99 and max per request over a
// bounded count; exit code 0 means every request was answered, timings are never asserted.
// Arguments: ROOMDECK-SIM [requests].
#include "benchutil.h"
#include "simroom.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(u"bench_controller: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

//! Connects a controller to `address`, then times `requests` round trips one after another.
//! Returns the per-request times in ms (empty when the room could not be reached or a
//! request was not answered).
QList<double> roundTrips(const RoomAddress &address, int requests, QString *problem)
{
    RoomController::Options options;
    options.transport.autoReconnect = false;
    options.transport.fallbackToDefaultPorts = false;
    RoomController controller(options);
    controller.connectToRoom(address, RoomController::Credentials::unsecured());
    if (!Bench::waitUntil([&] { return controller.isReady(); }, 20000)) {
        *problem = u"not connected: "_s + controller.lastError();
        return {};
    }
    QList<double> ms;
    ms.reserve(requests);
    QObject context;
    for (int i = 0; i < requests; ++i) {
        bool ended = false;
        bool ok = false;
        QElapsedTimer timer;
        timer.start();
        controller.sendRequest(u"getAppState"_s, {}, &context, [&](const RequestOutcome &o) {
            ended = true;
            ok = o.ok();
        });
        // Nothing else runs: the loop wakes as soon as the reply is read.
        while (!ended)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!ok) {
            *problem = u"request %1 was not answered"_s.arg(i);
            return {};
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

QString stats(const QList<double> &ms)
{
    return u"%1 requests, median %2 ms, p95 %3 ms, p99 %4 ms, max %5 ms"_s.arg(ms.size())
        .arg(Bench::percentile(ms, 50), 0, 'f', 3)
        .arg(Bench::percentile(ms, 95), 0, 'f', 3)
        .arg(Bench::percentile(ms, 99), 0, 'f', 3)
        .arg(Bench::percentile(ms, 100), 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<RequestOutcome>();
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        say(u"FAILED: usage: bench_controller ROOMDECK-SIM [requests]"_s);
        return 1;
    }
    const int requests = args.size() > 2 ? args.at(2).toInt() : 3000;
    int code = 0;

    {
        // In this process: the simulator and the controller share one event loop.
        auto sim = SimRoom::start();
        QString problem;
        const QList<double> ms = roundTrips(SimRoom::addressOf(*sim), requests, &problem);
        if (ms.isEmpty()) {
            say(u"FAILED: in-process: "_s + problem);
            code = 1;
        } else {
            say(u"round trip in-process (RoomController <-> RoomSimulator, one event loop): "_s
                + stats(ms));
        }
    }
    {
        // Across processes: a roomdeck-sim child on 127.0.0.1.
        QProcess sim;
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(args.at(1),
                  { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s });
        static const QRegularExpression webLine(u"web port (\\d+)"_s);
        QString out;
        quint16 webPort = 0;
        Bench::waitUntil(
            [&] {
                out += QString::fromLocal8Bit(sim.readAllStandardOutput());
                const QRegularExpressionMatch m = webLine.match(out);
                if (m.hasMatch() && out.contains(u"WebSocket port"_s))
                    webPort = quint16(m.captured(1).toUInt());
                return webPort != 0 || sim.state() == QProcess::NotRunning;
            },
            60000);
        if (webPort == 0) {
            say(u"FAILED: roomdeck-sim did not start: "_s + out);
            code = 1;
        } else {
            QString problem;
            const QList<double> ms = roundTrips(
                RoomAddress::parse(u"127.0.0.1:"_s + QString::number(webPort)), requests, &problem);
            if (ms.isEmpty()) {
                say(u"FAILED: across processes: "_s + problem);
                code = 1;
            } else {
                say(u"round trip across processes (roomdeck-sim child on 127.0.0.1): "_s
                    + stats(ms));
            }
        }
        sim.terminate();
        if (!sim.waitForFinished(10000))
            sim.kill();
    }
    if (code == 0)
        say(u"completed"_s);
    return code;
}
