// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "soakrun.h"

#include "simroom.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <unistd.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Soak {

qint64 rssKiB()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

namespace {

const QStringList kMethods = { u"getAppState"_s, u"getMonitorsInfo"_s, u"getSystemInfo"_s };

//! Processes events until `done` or the deadline; waits on events, never sleeps.
bool pumpUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline)
{
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

//! Marks handle `h` in `bits`, growing it as needed; returns whether it was set already.
bool mark(QBitArray &bits, quint64 h)
{
    if (h >= quint64(bits.size()))
        bits.resize(int(qMax<quint64>(h + 1, quint64(bits.size()) * 2)));
    const bool was = bits.testBit(int(h));
    bits.setBit(int(h));
    return was;
}

bool test(const QBitArray &bits, quint64 h)
{
    return h < quint64(bits.size()) && bits.testBit(int(h));
}

class Runner final
{
public:
    explicit Runner(const Config &config)
        : m_config(config)
        , m_rng(config.seed)
    { }

    Result run()
    {
        m_sim = SimRoom::start();
        RoomController::Options options = SimRoom::fastOptions();
        options.requestTimeoutMs = m_config.requestTimeoutMs;
        m_controller = std::make_unique<RoomController>(options);
        RoomController &c = *m_controller;
        QObject ctx;
        QObject::connect(&c, &RoomController::requestFinished, &ctx,
                         [this](const RequestOutcome &o) { onOutcome(o); });
        QObject::connect(&c, &RoomController::connectionStateChanged, &ctx,
                         [this](RoomController::ConnectionState s) { onState(s); });
        QObject::connect(&c, &RoomController::reconnectScheduled, &ctx, [this] { ++m_reconnects; });

        const QDeadlineTimer budget(m_config.budgetMs);
        c.connectToRoom(SimRoom::addressOf(*m_sim), RoomController::Credentials::unsecured());
        if (!pumpUntil([&c] { return c.isReady(); }, QDeadlineTimer(10000))) {
            m_result.stuckReason = u"never connected: "_s + c.lastError();
            return m_result;
        }

        QElapsedTimer clock;
        clock.start();
        m_nextFaultAt = nextGap();
        const int warmUp = qMax(1, m_config.requests / 10);
        while (m_result.ended < m_config.requests && !budget.hasExpired()) {
            topUp();
            if (m_result.rssWarmKiB == 0 && m_result.ended >= warmUp)
                m_result.rssWarmKiB = rssKiB();
            maybeFault();
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        m_result.elapsedMs = clock.elapsed();
        m_result.completed = m_result.ended >= m_config.requests;
        if (!m_result.completed)
            m_result.stuckReason
                = u"%1 of %2 ended within the budget; state %3, fault %4, %5"_s.arg(m_result.ended)
                      .arg(m_config.requests)
                      .arg(RoomController::connectionStateText(c.connectionState()), m_activeFault,
                           c.lastError());

        // Clear every fault, then one round trip as a barrier: late replies to anything sent
        // before it arrive before its own reply.
        clearFault();
        m_activeFault.clear();
        if (c.connectionState() == RoomController::ConnectionState::Reconnecting)
            c.retryNow();
        pumpUntil([&c] { return c.isReady(); }, QDeadlineTimer(10000));
        bool finalEnded = false;
        const quint64 last = c.sendRequest(
            u"getAppState"_s, {}, &ctx,
            [this, &finalEnded](const RequestOutcome &o) {
                finalEnded = true;
                m_result.finalReply = o.ok();
            },
            10000);
        m_final = last;
        pumpUntil([&finalEnded] { return finalEnded; }, QDeadlineTimer(12000));
        // Anything the room still delivers for the soak's handles arrives with or before it.
        QCoreApplication::processEvents();
        m_result.pendingAtEnd = c.pendingRequestCount();
        for (int h = 0; h < m_issuedBits.size(); ++h) {
            if (m_issuedBits.testBit(h) && !test(m_endedBits, quint64(h)))
                ++m_result.missing;
        }
        for (int h = 0; h < m_endedBits.size(); ++h) {
            if (m_endedBits.testBit(h) && !test(m_issuedBits, quint64(h)) && quint64(h) != m_final)
                ++m_result.unknown;
        }
        m_result.rssEndKiB = rssKiB();
        QObject::disconnect(&c, nullptr, &ctx, nullptr);
        m_controller.reset();
        m_sim.reset();
        return m_result;
    }

private:
    int nextGap()
    {
        return m_result.ended + 1 + int(m_rng.bounded(quint32(2 * m_config.faultEvery)));
    }

    int inFlight() const { return m_result.issued - m_issuedEnded; }

    void topUp()
    {
        RoomController &c = *m_controller;
        while (m_result.issued < m_config.requests && inFlight() < m_config.maxInFlight) {
            // While the session is away, only a few requests go out (refused, queued or timed
            // out): issuing more would only spin through refusals until the reconnect.
            if (!c.isReady()) {
                if (m_notReadyIssued >= 3 || inFlight() > 0)
                    return;
                ++m_notReadyIssued;
            }
            const QString method = kMethods.at(int(m_rng.bounded(quint32(kMethods.size()))));
            const quint64 h = c.sendRequest(method);
            mark(m_issuedBits, h);
            ++m_result.issued;
            if (test(m_endedBits, h))
                ++m_issuedEnded; // ended before sendRequest() returned
        }
    }

    void onOutcome(const RequestOutcome &o)
    {
        if (o.id == m_final)
            return;
        if (mark(m_endedBits, o.id)) {
            ++m_result.duplicates;
            return;
        }
        ++m_result.ended;
        ++m_result.byStatus[o.status];
        if (test(m_issuedBits, o.id))
            ++m_issuedEnded;
        if (!m_activeFault.isEmpty() && m_result.ended >= m_faultEndsAt && m_faultEndsOnOutcomes)
            endFault();
    }

    void onState(RoomController::ConnectionState s)
    {
        if (s == RoomController::ConnectionState::Connected)
            m_notReadyIssued = 0;
        // A dropping connection: the fault did its work once the session left Connected.
        if (m_activeFault == u"drop"_s && s != RoomController::ConnectionState::Connected
            && s != RoomController::ConnectionState::Loading)
            endFault();
    }

    void maybeFault()
    {
        if (!m_activeFault.isEmpty()) {
            if (m_activeFault == u"refuse"_s && m_reconnects >= m_refuseUntilReconnects)
                endFault();
            return;
        }
        if (m_result.ended < m_nextFaultAt || !m_controller->isReady()
            || m_result.issued >= m_config.requests)
            return;
        const char *const kinds[]
            = { "delay", "swallow", "freeze", "drop", "restart", "close", "refuse" };
        const QString kind = QString::fromLatin1(kinds[m_rng.bounded(7)]);
        ++m_result.faults[kind];
        m_activeFault = kind;
        m_faultEndsOnOutcomes = true;
        m_faultEndsAt = m_result.ended + 8 + int(m_rng.bounded(40u));
        if (kind == u"delay"_s) {
            m_faultMethod = kMethods.at(int(m_rng.bounded(quint32(kMethods.size()))));
            // Some within the timeout, some beyond it (a reply after the timeout).
            m_sim->setReplyDelay(m_faultMethod,
                                 1 + int(m_rng.bounded(quint32(m_config.requestTimeoutMs * 2))));
        } else if (kind == u"swallow"_s) {
            m_faultMethod = kMethods.at(int(m_rng.bounded(quint32(kMethods.size()))));
            m_sim->setReplyDelay(m_faultMethod, -1);
        } else if (kind == u"freeze"_s) {
            m_sim->setFrozen(true);
        } else if (kind == u"drop"_s) {
            m_faultEndsOnOutcomes = false;
            m_sim->setDropAfterFrames(1 + int(m_rng.bounded(30u)));
        } else if (kind == u"restart"_s) {
            m_sim->restartWebSocket();
            m_activeFault.clear();
        } else if (kind == u"close"_s) {
            m_sim->closeAllClients();
            m_activeFault.clear();
        } else if (kind == u"refuse"_s) {
            m_faultEndsOnOutcomes = false;
            m_refuseUntilReconnects = m_reconnects + 2;
            m_sim->setRefuseConnections(true);
            m_sim->closeAllClients();
        }
        if (m_activeFault.isEmpty())
            m_nextFaultAt = nextGap();
    }

    void clearFault()
    {
        for (const QString &method : kMethods)
            m_sim->setReplyDelay(method, 0);
        m_sim->setFrozen(false);
        m_sim->setDropAfterFrames(0);
        m_sim->setRefuseConnections(false);
    }

    void endFault()
    {
        clearFault();
        m_activeFault.clear();
        m_nextFaultAt = nextGap();
    }

    Config m_config;
    QRandomGenerator m_rng;
    std::unique_ptr<RoomSimulator> m_sim;
    std::unique_ptr<RoomController> m_controller;
    Result m_result;
    QBitArray m_issuedBits;
    QBitArray m_endedBits;
    int m_issuedEnded = 0;
    int m_notReadyIssued = 0;
    int m_reconnects = 0;
    int m_refuseUntilReconnects = 0;
    int m_nextFaultAt = 0;
    int m_faultEndsAt = 0;
    bool m_faultEndsOnOutcomes = true;
    QString m_activeFault;
    QString m_faultMethod;
    quint64 m_final = 0;
};

} // namespace

Result run(const Config &config)
{
    return Runner(config).run();
}

QString describe(const Result &r)
{
    QStringList lines;
    lines << u"requests issued %1, ended %2, duplicates %3, unknown %4, missing %5"_s.arg(r.issued)
                 .arg(r.ended)
                 .arg(r.duplicates)
                 .arg(r.unknown)
                 .arg(r.missing);
    QStringList statuses;
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
        statuses << u"%1 %2"_s.arg(RequestOutcome::statusName(it.key())).arg(it.value());
    lines << u"outcomes: "_s + statuses.join(u", "_s);
    QStringList faults;
    for (auto it = r.faults.cbegin(); it != r.faults.cend(); ++it)
        faults << u"%1 %2"_s.arg(it.key()).arg(it.value());
    lines << u"faults: "_s + faults.join(u", "_s);
    lines << u"elapsed %1 ms (%2 requests/s); final reply %3; pending at end %4"_s.arg(r.elapsedMs)
                 .arg(r.elapsedMs > 0 ? double(r.ended) * 1000.0 / double(r.elapsedMs) : 0.0, 0,
                      'f', 0)
                 .arg(r.finalReply ? u"yes"_s : u"no"_s)
                 .arg(r.pendingAtEnd);
    lines << u"RSS after warm-up %1 KiB, at end %2 KiB (%3%4 KiB)"_s.arg(r.rssWarmKiB)
                 .arg(r.rssEndKiB)
                 .arg(r.rssEndKiB >= r.rssWarmKiB ? u"+"_s : QString())
                 .arg(r.rssEndKiB - r.rssWarmKiB);
    if (!r.stuckReason.isEmpty())
        lines << u"stuck: "_s + r.stuckReason;
    return lines.join(u'\n');
}

} // namespace Soak
