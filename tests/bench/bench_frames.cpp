// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The camera pictures of issue 14 (item 9): a self-view at 5 frames per second and the
// overview's 16 room tiles with a thumbnail at 1 frame per second each, for a bounded time.
// The GUI side runs in this process as the product builds it (RoomSessionList, OverviewPage
// with its TileThumbnails, a SelfView on room 1, shown offscreen); the 16 rooms are
// roomdeck-sim child processes, so that their JPEG encoding is not counted here. Prints CPU
// seconds per minute (getrusage of this process) over the measured window, beside an idle
// window with the views hidden, resident memory (VmRSS, VmHWM), frames decoded, and the
// simulators' CPU from /proc for scale. Exit code 0 means the work was done; timings are never
// asserted, only generous sanity bounds (frames arrived, less than one core used).
// Arguments: ROOMDECK-SIM [seconds = 20] [rooms = 16].
//
// Figures, three runs of 20 s (2026-12-05, the 2-core build machine shared with other builds,
// load average about 4; Debug build, Qt 6.4, offscreen): self-view 5.0 frames/s decoded,
// thumbnails 15.4-15.7 frames/s over 16 rooms; CPU of the GUI side 1.84 / 1.91 / 1.99 s per
// minute (about 3 % of one core); with every view hidden 0.01-0.02 s per minute; VmRSS 44-54
// MiB with the views (24 MiB before them), VmHWM the same; the 16 simulators together
// 2.8-3.6 s CPU per minute.
#include "benchutil.h"
#include "core/http/framesource.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/pages/overviewpage.h"
#include "gui/pages/tilethumbnails.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/selfview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(u"bench_frames: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    say(u"FAILED: "_s + why);
    return 1;
}

//! A roomdeck-sim child on 127.0.0.1; stopped when it goes out of scope.
class SimProcess final
{
public:
    explicit SimProcess(const QString &program)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            program, { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s });
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    //! Waits for the port lines; 0 when the simulator did not come up.
    quint16 waitForWebPort()
    {
        static const QRegularExpression webLine(u"web port (\\d+)"_s);
        const QDeadlineTimer deadline(60000);
        while (m_webPort == 0 && !deadline.hasExpired()
               && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_out += QString::fromLocal8Bit(m_process.readAllStandardOutput());
            const QRegularExpressionMatch m = webLine.match(m_out);
            if (m.hasMatch() && m_out.contains(u"WebSocket port"_s))
                m_webPort = quint16(m.captured(1).toUInt());
        }
        return m_webPort;
    }
    //! User + system CPU seconds of the child so far (from /proc), -1 when unknown.
    double cpuSeconds() const
    {
        QFile f(u"/proc/%1/stat"_s.arg(m_process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = f.readAll();
        // Fields after the command name (which may hold spaces) start after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
        return ticks / double(sysconf(_SC_CLK_TCK));
    }

private:
    QProcess m_process;
    QString m_out;
    quint16 m_webPort = 0;
};

double selfCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

//! VmRSS and VmHWM of this process in KiB.
QPair<qint64, qint64> memoryKiB()
{
    QFile f(u"/proc/self/status"_s);
    qint64 rss = -1;
    qint64 hwm = -1;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLongLong();
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return { rss, hwm };
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + u" MiB"_s;
}

//! Runs the event loop for `msecs`, sleeping between events (processEvents() with a time
//! limit polls instead, and its CPU would swamp what is measured).
void runFor(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(u"usage: bench_frames ROOMDECK-SIM [seconds] [rooms]"_s);
    const int seconds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 20;
    const int rooms = args.size() > 3 ? std::clamp(args.at(3).toInt(), 1, 64) : 16;

    std::vector<std::unique_ptr<SimProcess>> sims;
    for (int i = 0; i < rooms; ++i)
        sims.push_back(std::make_unique<SimProcess>(args.at(1)));
    RoomController::Options options;
    options.transport.keepaliveIntervalMs = 10000;
    RoomSessionList list(options);
    for (int i = 0; i < rooms; ++i) {
        const quint16 port = sims[size_t(i)]->waitForWebPort();
        if (port == 0)
            return fail(u"roomdeck-sim %1 did not start"_s.arg(i + 1));
        RoomEntry e;
        e.name = u"Room %1"_s.arg(i + 1);
        e.address = u"127.0.0.1:"_s + QString::number(port);
        list.add(e);
    }
    const auto [rssStart, hwmStart] = memoryKiB();

    WidgetDialogPresenter presenter;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *selfView = new SelfView(&window);
    selfView->setSource(FrameSources::of(list.session(0)->controller())->source());
    auto *overview = new OverviewPage(&list, &presenter, &window);
    layout->addWidget(selfView, 1);
    layout->addWidget(overview, 2);
    window.resize(1400, 800);
    window.show();

    QElapsedTimer connecting;
    connecting.start();
    for (int i = 0; i < rooms; ++i)
        list.session(i)->controller()->connectToRoom(list.entry(i).roomAddress(),
                                                     RoomController::Credentials::unsecured());
    TileThumbnails *thumbs = overview->thumbnails();
    const auto allPictures = [&] {
        if (selfView->image().isNull())
            return false;
        for (int i = 0; i < rooms; ++i)
            if (thumbs->thumbnail(list.session(i)).isNull())
                return false;
        return true;
    };
    if (!Bench::waitUntil(allPictures, 60000))
        return fail(u"not every room showed a picture within 60 s"_s);
    say(u"%1 rooms connected and showing pictures after %2 ms"_s.arg(rooms).arg(
        connecting.elapsed()));

    // Measured: the self-view at 5/s and every thumbnail at 1/s.
    const int selfBefore = selfView->decodedCount();
    const int thumbsBefore = thumbs->decodedCount();
    std::vector<double> simCpuBefore;
    for (const auto &s : sims)
        simCpuBefore.push_back(s->cpuSeconds());
    const double cpuBefore = selfCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double wallS = double(wall.elapsed()) / 1000.0;
    const double cpu = selfCpuSeconds() - cpuBefore;
    const int selfFrames = selfView->decodedCount() - selfBefore;
    const int thumbFrames = thumbs->decodedCount() - thumbsBefore;
    double simCpu = 0;
    for (size_t i = 0; i < sims.size(); ++i)
        simCpu += sims[i]->cpuSeconds() - simCpuBefore[i];
    const auto [rss, hwm] = memoryKiB();

    // For scale: the same rooms, connected, with every view hidden (no frames asked for).
    window.hide();
    Bench::waitUntil(
        [&] {
            for (int i = 0; i < rooms; ++i)
                if (FrameSources::of(list.session(i)->controller())->source()->isFetching())
                    return false;
            return true;
        },
        10000);
    const int idleMs = std::max(2000, seconds * 1000 / 4);
    const double idleBefore = selfCpuSeconds();
    const int idleThumbs = thumbs->decodedCount();
    runFor(idleMs);
    const double idleCpu = selfCpuSeconds() - idleBefore;

    say(u"measured %1 s: self-view %2 frames decoded (%3/s), thumbnails %4 frames decoded "
        u"(%5/s over %6 rooms)"_s.arg(wallS, 0, 'f', 1)
            .arg(selfFrames)
            .arg(selfFrames / wallS, 0, 'f', 2)
            .arg(thumbFrames)
            .arg(thumbFrames / wallS, 0, 'f', 2)
            .arg(rooms));
    say(u"CPU of this process: %1 s per minute (%2 % of one core); %3 s in %4 s"_s
            .arg(cpu * 60.0 / wallS, 0, 'f', 2)
            .arg(cpu * 100.0 / wallS, 0, 'f', 1)
            .arg(cpu, 0, 'f', 2)
            .arg(wallS, 0, 'f', 1));
    say(u"CPU with every view hidden (connected, no frames): %1 s per minute over %2 s"_s
            .arg(idleCpu * 60.0 / (idleMs / 1000.0), 0, 'f', 2)
            .arg(idleMs / 1000.0, 0, 'f', 1));
    say(u"memory: VmRSS %1 (before the views: %2), VmHWM %3 (before: %4)"_s.arg(
        mib(rss), mib(rssStart), mib(hwm), mib(hwmStart)));
    say(u"simulators (%1 processes, encoding the JPEGs): %2 s CPU per minute together"_s.arg(rooms)
            .arg(simCpu * 60.0 / wallS, 0, 'f', 2));

    // Sanity only, generous: the work was done and did not take a whole core.
    if (selfFrames < int(wallS) || thumbFrames < int(wallS) * rooms / 4)
        return fail(u"too few frames arrived"_s);
    if (thumbs->decodedCount() != idleThumbs)
        return fail(u"thumbnails were decoded while hidden"_s);
    if (cpu >= wallS)
        return fail(u"more than one core of CPU"_s);
    return 0;
}
