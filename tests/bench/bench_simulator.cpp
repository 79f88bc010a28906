// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// Emulator benchmark: the real roomdeck-sim program with a 20,000-contact address book and
// 200 presence changes per second must stay responsive. Measures the getAbook reply (time,
// size) and the round trip of a small request (getAppState) while the churn runs, and prints
// the figures. Exit code 0 means the work was done; timings are never asserted.
#include "benchutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kContacts = 20000;
constexpr int kChurnPerSecond = 200;
constexpr int kChurnSeconds = 5;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

//! A WebSocket client that answers "when did the reply to X arrive" and counts presence.
class Probe final
{
public:
    Probe()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { onFrame(text); });
    }

    bool open(quint16 port)
    {
        m_socket.open(QUrl(u"ws://127.0.0.1:%1"_s.arg(port)));
        return Bench::waitUntil(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000);
    }

    //! Sends a request and waits for its reply; returns the reply (empty on timeout) and
    //! the round trip in ms and the reply's size in bytes.
    QJsonObject request(QJsonObject o, double *ms = nullptr, qint64 *bytes = nullptr)
    {
        const QString id = u"b-%1"_s.arg(++m_nextId);
        o.insert(u"requestId"_s, id);
        m_waitingFor = id;
        m_reply = {};
        QElapsedTimer timer;
        timer.start();
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        Bench::waitUntil([this] { return !m_reply.isEmpty(); }, 60000);
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        if (bytes)
            *bytes = m_replyBytes;
        return m_reply;
    }

    int presenceEvents = 0;
    int presenceChanges = 0;

private:
    void onFrame(const QString &text)
    {
        // Only the reply we wait for is parsed in full; events are counted cheaply.
        if (text.startsWith(u"{\"event\":\"usersStatusesChanged\""_s)
            || text.contains(u"\"event\":\"usersStatusesChanged\""_s)) {
            ++presenceEvents;
            presenceChanges += int(text.count(u"\"peerId\""_s));
            return;
        }
        if (m_waitingFor.isEmpty() || !text.contains(m_waitingFor))
            return;
        const QByteArray utf8 = text.toUtf8();
        const QJsonObject o = QJsonDocument::fromJson(utf8).object();
        if (o.value(u"requestId"_s).toString() == m_waitingFor) {
            m_replyBytes = utf8.size();
            m_reply = o;
            m_waitingFor.clear();
        }
    }

    QWebSocket m_socket;
    QString m_waitingFor;
    QJsonObject m_reply;
    qint64 m_replyBytes = 0;
    int m_nextId = 0;
};

int fail(const QString &why)
{
    say(u"bench_simulator: FAILED: "_s + why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return fail(u"usage: bench_simulator PATH/TO/roomdeck-sim"_s);

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sim.start(QString::fromLocal8Bit(argv[1]),
              { u"--web-port"_s, u"0"_s, u"--wsport"_s, u"0"_s, u"--httpport"_s, u"0"_s,
                u"--peers"_s, QString::number(kContacts), u"--presence-churn"_s,
                QString::number(kChurnPerSecond), u"--seed"_s, u"7"_s });
    QString out;
    quint16 wsPort = 0;
    static const QRegularExpression portLine(u"WebSocket port (\\d+)"_s);
    Bench::waitUntil(
        [&] {
            out += QString::fromLocal8Bit(sim.readAllStandardOutput());
            const QRegularExpressionMatch m = portLine.match(out);
            if (m.hasMatch())
                wsPort = quint16(m.captured(1).toUInt());
            return wsPort != 0 || sim.state() == QProcess::NotRunning;
        },
        60000);
    if (wsPort == 0)
        return fail(u"roomdeck-sim did not start: "_s + out);
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;

    int code = 0;
    {
        Probe probe;
        if (!probe.open(wsPort))
            return fail(u"no WebSocket connection"_s);
        if (!probe.request({ { u"method"_s, u"auth"_s }, { u"type"_s, u"unsecured"_s } })
                 .value(u"result"_s)
                 .toBool())
            return fail(u"auth failed"_s);

        // 1. The whole address book, five times.
        QList<double> abookMs;
        qint64 abookBytes = 0;
        int abookSize = 0;
        for (int i = 0; i < 5; ++i) {
            double ms = 0;
            const QJsonObject reply
                = probe.request({ { u"method"_s, u"getAbook"_s } }, &ms, &abookBytes);
            abookSize = int(reply.value(u"abook"_s).toArray().size());
            abookMs.append(ms);
        }
        if (abookSize != kContacts)
            code = fail(u"getAbook returned %1 contacts, not %2"_s.arg(abookSize).arg(kContacts));

        // 2. Small round trips while the presence churn runs.
        probe.presenceEvents = 0;
        probe.presenceChanges = 0;
        QList<double> rtt;
        QElapsedTimer window;
        window.start();
        while (window.elapsed() < kChurnSeconds * 1000) {
            double ms = 0;
            if (probe.request({ { u"method"_s, u"getAppState"_s } }, &ms).isEmpty()) {
                code = fail(u"getAppState went unanswered"_s);
                break;
            }
            rtt.append(ms);
        }
        const double seconds = double(window.elapsed()) / 1000.0;

        say(u"bench_simulator: machine: %1 logical CPU(s) (shared); roomdeck-sim started in %2 ms "
            "with %3 contacts"_s.arg(QThread::idealThreadCount())
                .arg(startupMs, 0, 'f', 0)
                .arg(kContacts));
        say(u"bench_simulator: getAbook (%1 contacts): %2 bytes (%3 MiB); reply time ms: min %4, "
            "median %5, max %6 (5 runs, churn running)"_s.arg(abookSize)
                .arg(abookBytes)
                .arg(double(abookBytes) / (1024.0 * 1024.0), 0, 'f', 2)
                .arg(Bench::percentile(abookMs, 0), 0, 'f', 1)
                .arg(Bench::percentile(abookMs, 50), 0, 'f', 1)
                .arg(Bench::percentile(abookMs, 100), 0, 'f', 1));
        say(u"bench_simulator: getAppState round trip under %1 presence changes/s over %2 s: "
            "%3 requests, p50 %4 ms, p99 %5 ms, max %6 ms"_s.arg(kChurnPerSecond)
                .arg(seconds, 0, 'f', 1)
                .arg(rtt.size())
                .arg(Bench::percentile(rtt, 50), 0, 'f', 3)
                .arg(Bench::percentile(rtt, 99), 0, 'f', 3)
                .arg(Bench::percentile(rtt, 100), 0, 'f', 3));
        say(u"bench_simulator: presence received: %1 usersStatusesChanged events, %2 contact "
            "changes (%3/s)"_s.arg(probe.presenceEvents)
                .arg(probe.presenceChanges)
                .arg(double(probe.presenceChanges) / seconds, 0, 'f', 0));
        if (rtt.size() < 10 || probe.presenceChanges == 0)
            code = fail(u"the churn or the round trips did not happen"_s);
    }
    sim.terminate();
    if (!sim.waitForFinished(10000))
        sim.kill();
    if (code == 0)
        say(u"bench_simulator: completed"_s);
    return code;
}
