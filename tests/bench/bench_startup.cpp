// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// Whole-program benchmarks (issue 12, gate 15), each against a roomdeck-sim child process on
// 127.0.0.1:
//  1. one roomdeckctl command (process start, config.json discovery, WebSocket handshake,
//     sign-in, `status`, exit), wall time, next to `roomdeckctl --version` measured in the same
//     run, interleaved so that both see the same machine; median of N;
//  2. roomdeck start -> connected -> 20,000 contacts shown (`--exit-when-shown` ends it right
//     after the first paint of the loaded book): wall time and peak resident memory (VmHWM).
// Prints figures and the goals beside them; exit code 0 means the work was done, timings are
// never asserted. Arguments: ROOMDECKCTL ROOMDECK ROOMDECK-SIM [cli-runs] [gui-runs].
#include "benchutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kContacts = 20000;

void say(const QString &line)
{
    std::fputs(qPrintable(u"bench_startup: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    say(u"FAILED: "_s + why);
    return 1;
}

//! A roomdeck-sim child; stopped when it goes out of scope.
class SimProcess final
{
public:
    explicit SimProcess(const QString &program, const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            program,
            QStringList { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s }
                + extra);
        static const QRegularExpression webLine(u"web port (\\d+)"_s);
        QString out;
        const QDeadlineTimer deadline(60000);
        while (m_webPort == 0 && !deadline.hasExpired()
               && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            out += QString::fromLocal8Bit(m_process.readAllStandardOutput());
            // The WebSocket line comes last: all ports are bound by then.
            const QRegularExpressionMatch m = webLine.match(out);
            if (m.hasMatch() && out.contains(u"WebSocket port"_s))
                m_webPort = quint16(m.captured(1).toUInt());
        }
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    quint16 webPort() const { return m_webPort; }

private:
    QProcess m_process;
    quint16 m_webPort = 0;
};

struct Run
{
    double ms = 0; //!< wall time
    double cpuMs = 0; //!< user + system CPU time of the child
    int exitCode = -1;
    QString out;
};

//! CPU time (user + system) of the children this process has reaped, in ms.
double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

//! Runs `program` to its end; the wall time covers fork, exec and exit.
Run runProgram(const QString &program, const QStringList &args,
               const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setStandardInputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    p.waitForFinished(60000);
    Run r;
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    r.cpuMs = childrenCpuMs() - cpuBefore; // the child is reaped by now
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

QString stats(const QList<double> &values, const QList<double> &cpu)
{
    return u"median %1 ms, p10 %2 ms, p90 %3 ms, min %4 ms (%5 runs); CPU user+sys median %6 ms"_s
        .arg(Bench::percentile(values, 50), 0, 'f', 1)
        .arg(Bench::percentile(values, 10), 0, 'f', 1)
        .arg(Bench::percentile(values, 90), 0, 'f', 1)
        .arg(Bench::percentile(values, 0), 0, 'f', 1)
        .arg(values.size())
        .arg(Bench::percentile(cpu, 50), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(u"usage: bench_startup ROOMDECKCTL ROOMDECK ROOMDECK-SIM [cli-runs] "
                    "[gui-runs]"_s);
    const QString ctl = args.at(1);
    const QString gui = args.at(2);
    const QString simProgram = args.at(3);
    const int cliRuns = args.size() > 4 ? args.at(4).toInt() : 40;
    const int guiRuns = args.size() > 5 ? args.at(5).toInt() : 7;

    // Settings, saved rooms and caches of the programs measured go to a throw-away home.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        env.insert(QString::fromLatin1(name), home.path());
    env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false;*.debug=false"_s);
    env.remove(u"ROOMDECK_PIN"_s);
    env.remove(u"ROOMDECK_PASSWORD"_s);
    QFile loadavg(u"/proc/loadavg"_s);
    const QString load = loadavg.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(loadavg.readAll().split(' ').first())
        : u"?"_s;
    say(u"machine: %1 logical CPU(s), load average %2 at the start; wall times of whole "
        "processes, and their CPU time (less sensitive to a busy machine)"_s
            .arg(QThread::idealThreadCount())
            .arg(load));

    int code = 0;
    {
        // --- 1. roomdeckctl: one command against a room on loopback, beside --version ------
        SimProcess sim(simProgram, {});
        if (sim.webPort() == 0)
            return fail(u"roomdeck-sim did not start"_s);
        const QStringList status
            = { u"--room"_s, u"127.0.0.1:%1"_s.arg(sim.webPort()), u"status"_s };
        // One warm-up each: the first start pays for reading the binaries from disk.
        runProgram(ctl, { u"--version"_s }, env);
        runProgram(ctl, status, env);
        QList<double> version;
        QList<double> command;
        QList<double> versionCpu;
        QList<double> commandCpu;
        for (int i = 0; i < cliRuns; ++i) {
            const Run v = runProgram(ctl, { u"--version"_s }, env);
            const Run c = runProgram(ctl, status, env);
            if (v.exitCode != 0 || c.exitCode != 0) {
                code = fail(u"roomdeckctl failed (exit %1 / %2): %3"_s.arg(v.exitCode)
                                .arg(c.exitCode)
                                .arg(v.out + c.out));
                break;
            }
            version.append(v.ms);
            command.append(c.ms);
            versionCpu.append(v.cpuMs);
            commandCpu.append(c.cpuMs);
        }
        if (code == 0) {
            say(u"roomdeckctl --version: "_s + stats(version, versionCpu));
            say(u"roomdeckctl status on loopback (start, discovery, sign-in, command, exit): "_s
                + stats(command, commandCpu) + u"; goal <= 25 ms wall"_s);
            say(u"roomdeckctl connecting and the command alone (median difference): %1 ms"_s.arg(
                Bench::percentile(command, 50) - Bench::percentile(version, 50), 0, 'f', 1));
        }
    }
    {
        // --- 2. roomdeck: start -> connected -> 20,000 contacts shown ----------------------
        SimProcess sim(simProgram,
                       { u"--peers"_s, QString::number(kContacts), u"--seed"_s, u"7"_s });
        if (sim.webPort() == 0)
            return fail(u"roomdeck-sim with %1 contacts did not start"_s.arg(kContacts));
        QProcessEnvironment guiEnv = env;
        guiEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QStringList shown
            = { u"--room"_s, u"127.0.0.1:%1"_s.arg(sim.webPort()), u"--exit-when-shown"_s };
        static const QRegularExpression line(
            u"address book shown: (\\d+) contacts; peak resident memory (-?\\d+) KiB"_s);
        runProgram(gui, shown, guiEnv); // warm-up
        QList<double> wall;
        QList<double> cpu;
        QList<double> peakMiB;
        for (int i = 0; i < guiRuns; ++i) {
            const Run r = runProgram(gui, shown, guiEnv);
            const QRegularExpressionMatch m = line.match(r.out);
            if (r.exitCode != 0 || !m.hasMatch() || m.captured(1).toInt() != kContacts) {
                code = fail(u"roomdeck did not show %1 contacts (exit %2): %3"_s.arg(kContacts)
                                .arg(r.exitCode)
                                .arg(r.out.right(2000)));
                break;
            }
            wall.append(r.ms);
            cpu.append(r.cpuMs);
            peakMiB.append(double(m.captured(2).toLongLong()) / 1024.0);
        }
        if (code == 0) {
            say(u"roomdeck start -> connected -> %1 contacts shown: "_s.arg(kContacts)
                + stats(wall, cpu) + u"; goal <= 500 ms wall"_s);
            say(u"roomdeck peak resident memory (VmHWM) at that point: median %1 MiB, max %2 "
                "MiB; goal <= 60 MiB"_s.arg(Bench::percentile(peakMiB, 50), 0, 'f', 1)
                    .arg(Bench::percentile(peakMiB, 100), 0, 'f', 1));
        }
    }
    if (code == 0)
        say(u"completed"_s);
    return code;
}
