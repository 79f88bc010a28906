// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// Many rooms in one console (issue 13 item 10): 50 RoomSessions with their standard parts
// against 50 simulated rooms, then one more room whose address book holds 20,000 contacts.
// The simulators run in this same process (on 127.0.0.1), so they are started first and
// measured alone: what the sessions add is the difference. Prints the time to connect all 50
// (connectToRoom until startupCompleted and the address book loaded, for every session),
// resident memory (VmRSS, VmHWM) at each step, and CPU over an idle event loop with all 51
// connected (10.5 s by default: one keepalive interval of the product, so that every session
// pings once in it) and with the simulators alone, with the events that woke the loop.
// Exit code 0 means the work was done; figures are printed, never asserted.
// Arguments: [rooms] [contacts of the big room] [idle ms].
//
// Figures, median of three runs (2026-12-04, the 2-core build machine at load average ~5 with
// other builds running; Debug build, Qt 6.4), whole run 16.2 s:
//   connect all 50 (connectToRoom -> startupCompleted + book loaded): 310 ms; per session
//     p50 252 ms, max 305 ms; 161 ms CPU for the process (simulators included)
//   the 20,000-contact room on top: 434 ms, 266 ms CPU
//   VmRSS (= VmHWM at each point): start 16.5 MiB, 50+1 simulators alone 45.9 MiB, with the
//     50 sessions 54.2 MiB, with the big room 84.0 MiB
//   console share: 50 sessions +8.3 MiB RSS, +11.3 MiB heap in use (231 KiB per session,
//     the simulators' ends of the connections included; goal < 150 MiB); the big room
//     +29.9 MiB RSS but only +6.5 MiB heap in use: the rest is the transient peak of parsing
//     the 3.0 MiB getAbook reply (UTF-16 message, its UTF-8 copy, JSON), which glibc keeps
//   idle, all 51 connected, 10.5 s: 6.5 ms CPU (0.06 %), console share 3.0 ms (0.03 % of a
//     core); 309 events: 51 keepalive ticks (10 s), 51 one-shot "stable" timers (10 s after
//     sign-in, once), 204 socket activations (ping and pong at both ends); no requests sent
//   simulators alone, idle 3 s: 1.1 ms CPU, nothing woke the loop
#include "benchutil.h"
#include "core/models/peerlistmodel.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QMetaEnum>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

//! VmRSS and VmHWM (peak) of this process in KiB, and what of it the heap holds in live
//! blocks (glibc's count for the main arena, where this single-threaded work allocates): RSS
//! also keeps pages of freed blocks the allocator has not given back.
struct Memory
{
    qint64 rss = -1;
    qint64 hwm = -1;
    qint64 heapInUse = -1;
};

Memory memory()
{
    Memory m;
    const struct mallinfo2 heap = mallinfo2();
    m.heapInUse = qint64((heap.uordblks + heap.hblkhd) / 1024);
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rss = line.mid(6).trimmed().split(' ').first().toLongLong();
        else if (line.startsWith("VmHWM:"))
            m.hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return m;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + u" MiB"_s;
}

QString describe(const Memory &m)
{
    return u"VmRSS %1, VmHWM %2, heap in use %3"_s.arg(mib(m.rss), mib(m.hwm), mib(m.heapInUse));
}

//! User + system CPU time of this process, and its context switches (a wake-up count).
struct Cpu
{
    double ms = 0;
    long voluntarySwitches = 0;
};

Cpu cpuNow()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    Cpu c;
    c.ms = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
    c.voluntarySwitches = u.ru_nvcsw;
    return c;
}

//! Counts the events the application delivers (a global event filter), timers by the
//! receiver's class and interval: what wakes the loop while nothing happens.
class EventCounter final : public QObject
{
public:
    void reset()
    {
        m_byKind.clear();
        m_total = 0;
    }
    int total() const { return m_total; }
    //! The `n` most frequent kinds, "kind ×count" each.
    QString top(int n) const
    {
        QMultiMap<int, QString> byCount;
        for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it)
            byCount.insert(-it.value(), it.key());
        QStringList parts;
        for (auto it = byCount.cbegin(); it != byCount.cend() && parts.size() < n; ++it)
            parts.append(u"%1 x%2"_s.arg(it.value()).arg(-it.key()));
        return parts.join(u"; "_s);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        ++m_total;
        QString kind;
        switch (event->type()) {
        case QEvent::Timer:
            if (const auto *timer = qobject_cast<const QTimer *>(watched))
                kind = u"QTimer %1 ms%2"_s.arg(timer->interval())
                           .arg(timer->isSingleShot() ? u" single-shot"_s : QString());
            else
                kind = u"timer event to "_s
                    + QString::fromLatin1(watched->metaObject()->className());
            break;
        case QEvent::SockAct:
            kind = u"socket activity"_s;
            break;
        case QEvent::MetaCall:
            kind = u"queued call"_s;
            break;
        default:
            kind = QString::fromLatin1(
                QMetaEnum::fromType<QEvent::Type>().valueToKey(int(event->type())));
            break;
        }
        ++m_byKind[kind];
        return false;
    }

private:
    QHash<QString, int> m_byKind;
    int m_total = 0;
};

struct Idle
{
    double cpuMs = 0;
    double wallMs = 0;
    long switches = 0;
    int events = 0;
    QString topEvents;
};

//! Runs the event loop for `ms` with nothing asked of it (a timer ends it).
Idle idleFor(int ms, EventCounter *counter)
{
    counter->reset();
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    const Cpu before = cpuNow();
    wall.start();
    loop.exec();
    const Cpu after = cpuNow();
    Idle r;
    r.wallMs = double(wall.nsecsElapsed()) / 1e6;
    r.cpuMs = after.ms - before.ms;
    r.switches = after.voluntarySwitches - before.voluntarySwitches;
    r.events = counter->total();
    r.topEvents = counter->top(6);
    return r;
}

QString describe(const Idle &i)
{
    return u"CPU %1 ms over %2 ms (%3 %), %4 voluntary context switches, %5 events delivered"_s
        .arg(i.cpuMs, 0, 'f', 1)
        .arg(i.wallMs, 0, 'f', 0)
        .arg(100.0 * i.cpuMs / i.wallMs, 0, 'f', 2)
        .arg(i.switches)
        .arg(i.events);
}

//! One session under test: when it was told to connect and when it had everything.
struct SessionRun
{
    std::unique_ptr<RoomSession> session;
    RoomSimulator *sim = nullptr;
    QElapsedTimer clock;
    bool started = false;
    double readyMs = -1; //!< startupCompleted and the book loaded; -1 until then
};

void connectRoom(SessionRun &room)
{
    RoomController *c = room.session->controller();
    PeerListModel *book = room.session->addressBook();
    auto check = [&room, c, book] {
        if (room.readyMs < 0 && room.started && c->isReady() && book->isLoaded())
            room.readyMs = double(room.clock.nsecsElapsed()) / 1e6;
    };
    QObject::connect(c, &RoomController::startupCompleted, room.session.get(), check);
    QObject::connect(book, &PeerListModel::loadedChanged, room.session.get(), check);
    room.clock.start();
    room.started = true;
    c->connectToRoom(SimRoom::addressOf(*room.sim), RoomController::Credentials::unsecured());
}

//! The controller options of the product (keepalive every 10 s and all), except that a room
//! whose config.json fails is not tried on the default port (which may belong to anything).
RoomController::Options productOptions()
{
    RoomController::Options o;
    o.transport.fallbackToDefaultPorts = false;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // 51 connections log a lot at info level; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"roomdeck.*.info=false"_s);
    const QStringList args = app.arguments();
    const int rooms = args.size() > 1 ? args.at(1).toInt() : 50;
    const int bigContacts = args.size() > 2 ? args.at(2).toInt() : 20000;
    // Long enough for every session's keepalive timer to fire once in it (the product pings
    // every 10 s): a shorter window right after connecting would see no ping at all.
    const int idleMs = args.size() > 3 ? args.at(3).toInt()
                                       : productOptions().transport.keepaliveIntervalMs + 500;
    const int simsIdleMs = 3000; // the simulators alone wake for nothing; 3 s show it
    EventCounter counter;
    app.installEventFilter(&counter);

    say(u"bench_manyrooms: %1 sessions (standard parts) against %1 simulated rooms, plus one "
        "room with %2 contacts; the simulators run in this same process on 127.0.0.1"_s.arg(rooms)
            .arg(bigContacts));
    const Memory atStart = memory();
    say(u"memory at start: "_s + describe(atStart));

    // --- the simulators alone --------------------------------------------------------------
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<RoomSimulator>> sims;
    for (int i = 0; i < rooms; ++i) {
        RoomSimulator::Options o;
        o.seed = quint32(i + 1);
        o.peerId = u"room%1@sim.trueconf.local"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        o.peerDn = u"Room %1"_s.arg(i + 1);
        sims.push_back(SimRoom::start(o));
    }
    RoomSimulator::Options bigOptions;
    bigOptions.peers = bigContacts;
    bigOptions.peerId = u"hall@sim.trueconf.local"_s;
    bigOptions.peerDn = u"Big hall"_s;
    std::unique_ptr<RoomSimulator> bigSim = SimRoom::start(bigOptions);
    // A simulator keeps its book's JSON once it has been asked for it (getAbook): build it now
    // so that it counts as the simulator's, not as the session's that asks first.
    for (const auto &sim : sims)
        sim->contacts();
    bigSim->contacts();
    const double simStartMs = double(t.nsecsElapsed()) / 1e6;
    // Let the simulators' start-up settle before measuring them.
    idleFor(300, &counter);
    const Memory simsOnly = memory();
    say(u"%1 + 1 simulators started in %2 ms; memory with the simulators alone: %3"_s.arg(rooms)
            .arg(simStartMs, 0, 'f', 0)
            .arg(describe(simsOnly)));
    const Idle simsIdle = idleFor(simsIdleMs, &counter);
    say(u"idle, simulators alone: "_s + describe(simsIdle));
    say(u"  events: "_s + simsIdle.topEvents);

    // --- 50 sessions -----------------------------------------------------------------------
    std::vector<SessionRun> sessions(size_t(rooms + 1));
    for (int i = 0; i <= rooms; ++i) {
        sessions[size_t(i)].session
            = std::make_unique<RoomSession>(productOptions(), RoomSession::Parts::Standard);
        sessions[size_t(i)].sim = i < rooms ? sims[size_t(i)].get() : bigSim.get();
    }
    const Memory sessionsBuilt = memory();
    const Cpu connectCpu0 = cpuNow();
    t.restart();
    for (int i = 0; i < rooms; ++i)
        connectRoom(sessions[size_t(i)]);
    const bool allReady = Bench::waitUntil(
        [&sessions, rooms] {
            for (int i = 0; i < rooms; ++i)
                if (sessions[size_t(i)].readyMs < 0)
                    return false;
            return true;
        },
        40000);
    const double connectAllMs = double(t.nsecsElapsed()) / 1e6;
    const double connectCpuMs = cpuNow().ms - connectCpu0.ms;
    QList<double> readyTimes;
    int ready = 0;
    for (int i = 0; i < rooms; ++i) {
        if (sessions[size_t(i)].readyMs >= 0) {
            readyTimes.append(sessions[size_t(i)].readyMs);
            ++ready;
        }
    }
    idleFor(300, &counter);
    const Memory after50 = memory();
    say(u"connect: %1 of %2 sessions connected, signed in, started up and loaded their book "
        "in %3 ms (per session p50 %4 ms, max %5 ms; CPU for the whole process %6 ms)"_s.arg(ready)
            .arg(rooms)
            .arg(connectAllMs, 0, 'f', 0)
            .arg(Bench::percentile(readyTimes, 50), 0, 'f', 0)
            .arg(Bench::percentile(readyTimes, 100), 0, 'f', 0)
            .arg(connectCpuMs, 0, 'f', 0));
    say(u"memory with %1 sessions connected: %2"_s.arg(rooms).arg(describe(after50)));

    // --- the room with the big address book ------------------------------------------------
    SessionRun &big = sessions[size_t(rooms)];
    const Cpu bigCpu0 = cpuNow();
    connectRoom(big);
    const bool bigReady = Bench::waitUntil([&big] { return big.readyMs >= 0; }, 30000);
    const double bigCpuMs = cpuNow().ms - bigCpu0.ms;
    const int bigRows = big.session->addressBook()->rowCount();
    idleFor(300, &counter);
    const Memory afterBig = memory();
    say(u"big room: connected with %1 contacts in the book in %2 ms (CPU %3 ms); memory: %4"_s
            .arg(bigRows)
            .arg(big.readyMs, 0, 'f', 0)
            .arg(bigCpuMs, 0, 'f', 0)
            .arg(describe(afterBig)));

    // --- idle with all of them connected ---------------------------------------------------
    QHash<const RoomSimulator *, int> requestsWhileIdle;
    QObject idleContext;
    for (const SessionRun &room : sessions)
        QObject::connect(room.sim, &RoomSimulator::requestReceived, &idleContext,
                         [&requestsWhileIdle, sim = room.sim] { ++requestsWhileIdle[sim]; });
    const Idle allIdle = idleFor(idleMs, &counter);
    int idleRequests = 0;
    for (const int n : std::as_const(requestsWhileIdle))
        idleRequests += n;
    say(u"idle, %1 sessions + simulators: "_s.arg(rooms + 1) + describe(allIdle));
    say(u"  events: "_s + allIdle.topEvents);
    say(u"  requests the sessions sent while idle: %1"_s.arg(idleRequests));

    // --- the console's share ---------------------------------------------------------------
    // This process minus the simulators alone. The simulators' ends of the connections (their
    // sockets and buffers) are included: an upper bound for the console's own memory.
    const qint64 rss50 = after50.rss - simsOnly.rss;
    const qint64 heap50 = after50.heapInUse - simsOnly.heapInUse;
    say(u"console share of memory (minus the simulators alone; their ends of the connections "
        "included):"_s);
    say(u"  %1 sessions: VmRSS +%2, heap in use +%3 (%4 KiB per session); goal < 150 MiB"_s
            .arg(rooms)
            .arg(mib(rss50), mib(heap50))
            .arg(rooms > 0 ? heap50 / rooms : 0));
    say(u"  the big room: VmRSS +%1 (VmHWM +%2: the peak while loading stays resident), heap "
        "in use +%3"_s.arg(mib(afterBig.rss - after50.rss), mib(afterBig.hwm - after50.hwm),
                           mib(afterBig.heapInUse - after50.heapInUse)));
    say(u"  all %1: VmRSS +%2, heap in use +%3; sessions built but not connected: VmRSS +%4"_s
            .arg(rooms + 1)
            .arg(mib(afterBig.rss - simsOnly.rss), mib(afterBig.heapInUse - simsOnly.heapInUse),
                 mib(sessionsBuilt.rss - simsOnly.rss)));
    // The simulators' idle rate, scaled to this window, is what they would have used anyway.
    const double simsCpuInWindow = simsIdle.cpuMs * allIdle.wallMs / simsIdle.wallMs;
    const double consoleIdleMs = allIdle.cpuMs - simsCpuInWindow;
    say(u"CPU while idle, console share (the simulators' answers to its pings included): "
        "%1 ms over %2 ms (%3 % of one core, %4 ms per session per minute)"_s
            .arg(consoleIdleMs, 0, 'f', 1)
            .arg(allIdle.wallMs, 0, 'f', 0)
            .arg(100.0 * consoleIdleMs / allIdle.wallMs, 0, 'f', 3)
            .arg(consoleIdleMs / (rooms + 1) * 60000.0 / allIdle.wallMs, 0, 'f', 2));

    int violations = 0;
    for (const SessionRun &room : sessions)
        violations += int(room.sim->violations().size());
    say(u"protocol violations the strict simulators recorded: %1"_s.arg(violations));

    // Closing sessions again: the heap they (and the simulators' ends of their connections)
    // held comes free, a cross-check of the subtraction above that ignores allocator slack.
    const auto closeAndMeasure
        = [&counter](std::vector<SessionRun>::iterator from, std::vector<SessionRun>::iterator to) {
              std::vector<RoomSimulator *> closing;
              for (auto it = from; it != to; ++it) {
                  closing.push_back(it->sim);
                  it->session.reset();
              }
              Bench::waitUntil(
                  [&closing] {
                      for (const RoomSimulator *sim : closing)
                          if (sim->clientCount() > 0)
                              return false;
                      return true;
                  },
                  10000);
              idleFor(200, &counter);
              return memory();
          };
    const Memory bigClosed = closeAndMeasure(sessions.end() - 1, sessions.end());
    const Memory allClosed = closeAndMeasure(sessions.begin(), sessions.end() - 1);
    say(u"closing the big room frees %1 of heap in use; closing the %2 others %3 more "
        "(their sessions and the simulators' ends of their connections)"_s
            .arg(mib(afterBig.heapInUse - bigClosed.heapInUse))
            .arg(rooms)
            .arg(mib(bigClosed.heapInUse - allClosed.heapInUse)));

    // Measured last: serialising the book here must not count in any figure above.
    const qint64 abookBytes = QJsonDocument(QJsonObject { { u"abook"_s, bigSim->contacts() } })
                                  .toJson(QJsonDocument::Compact)
                                  .size();
    say(u"the big room's address book as JSON (what getAbook sends): %1"_s.arg(
        mib(abookBytes / 1024)));

    const bool ok = allReady && ready == rooms && bigReady && bigRows == bigContacts;
    sessions.clear();
    sims.clear();
    bigSim.reset();
    say(u"%1 passed, %2 failed"_s.arg(ok ? 1 : 0).arg(ok ? 0 : 1));
    return ok ? 0 : 1;
}
