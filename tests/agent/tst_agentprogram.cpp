// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agenttest.h"
#include "simroom.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace AgentTest;

//! The real roomdeck-agent program: it refuses a secrets file others can read, reloads on
//! SIGHUP, stops on SIGTERM, and Debian's real Prometheus scrapes it.
class tst_AgentProgram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesReadableSecrets();
    void badCommandLine();
    void sighupReloads();
    void prometheusScrapes();

private:
    //! Starts the agent on rooms.json (with extra arguments); its HTTP port, or 0.
    quint16 startAgent(const QStringList &extra = {});
    QByteArray metrics() const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<RoomSimulator>> m_sims;
    std::unique_ptr<QProcess> m_agent;
    QString m_agentOut;
    quint16 m_port = 0;
};

namespace {

const QStringList kNames { u"Room A"_s, u"Room B"_s, u"Room C"_s };

QString agentProgram()
{
    return QString::fromUtf8(ROOMDECK_AGENT_BINARY);
}

//! A port nobody listens on now (for programs that cannot be told to take port 0).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

void tst_AgentProgram::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AgentProgram::cleanup()
{
    if (m_agent)
        stopProcess(*m_agent);
    m_agent.reset();
    m_agentOut.clear();
    m_sims.clear();
    m_dir.reset();
}

quint16 tst_AgentProgram::startAgent(const QStringList &extra)
{
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessChannelMode(QProcess::MergedChannels);
    m_agent->start(agentProgram(),
                   QStringList { u"--rooms"_s, path(u"rooms.json"_s), u"--listen"_s,
                                 u"127.0.0.1:0"_s, u"--reconnect-max"_s, u"1"_s,
                                 u"--probe-interval"_s, u"1"_s }
                       + extra);
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch m;
    const QDeadlineTimer deadline(10000);
    while (!(m = listening.match(m_agentOut)).hasMatch() && !deadline.hasExpired()
           && m_agent->state() != QProcess::NotRunning) {
        m_agent->waitForReadyRead(200);
        m_agentOut += QString::fromLocal8Bit(m_agent->readAll());
    }
    m_port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : quint16(0);
    return m_port;
}

QByteArray tst_AgentProgram::metrics() const
{
    return get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_port)));
}

void tst_AgentProgram::refusesReadableSecrets()
{
    m_sims = startSims(1);
    QVERIFY(writeFile(path(u"rooms.json"_s), roomsJson(m_sims, kNames)));
    const QString secrets = path(u"secrets.json"_s);
    QVERIFY(writeFile(secrets, R"({"rooms": {"Room A": {"password": "s3cr3t-pw"}}})", 0644));
    QProcess process;
    process.start(agentProgram(),
                  { u"--rooms"_s, path(u"rooms.json"_s), u"--secrets"_s, secrets, u"--listen"_s,
                    u"127.0.0.1:0"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(err.contains(u"roomdeck-agent: the secrets file %1 can be read or changed by other "
                          "users (mode 0644); make it private: chmod 600 %1"_s.arg(secrets)),
             qPrintable(err));
    QVERIFY(!err.contains(u"s3cr3t"_s) && !out.contains(u"s3cr3t"_s));
    QVERIFY2(!out.contains(u"listening"_s), qPrintable(out));
}

void tst_AgentProgram::badCommandLine()
{
    QProcess process;
    process.start(agentProgram(), { u"--listen"_s, u"127.0.0.1:0"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("no rooms file: give --rooms FILE"));

    QVERIFY(writeFile(path(u"rooms.json"_s), R"({"rooms": [{"name": "A"}]})"));
    process.start(agentProgram(),
                  { u"--rooms"_s, path(u"rooms.json"_s), u"--listen"_s, u"127.0.0.1:0"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("room 1 (\"A\"): field \"address\": missing or empty"), err.constData());

    process.start(agentProgram(),
                  { u"--rooms"_s, path(u"rooms.json"_s), u"--listen"_s, u"nowhere"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("invalid --listen nowhere"));

    process.start(agentProgram(),
                  { u"--rooms"_s, path(u"rooms.json"_s), u"--probe-interval"_s, u"0"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains(
        "invalid --probe-interval 0 (expected 0.1 to 3600 seconds)"));
}

void tst_AgentProgram::sighupReloads()
{
    m_sims = startSims(3);
    QVERIFY(writeFile(path(u"rooms.json"_s), roomsJson(m_sims, kNames.mid(0, 2))));
    QVERIFY(startAgent() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room A"_s) == 1
                                 && sample(metrics(), u"roomdeck_room_up"_s, u"Room B"_s) == 1,
                             10000);

    QVERIFY(writeFile(path(u"rooms.json"_s), roomsJson(m_sims, kNames)));
    QCOMPARE(::kill(pid_t(m_agent->processId()), SIGHUP), 0);
    QTRY_VERIFY_WITH_TIMEOUT((m_agentOut += QString::fromLocal8Bit(m_agent->readAll()),
                              m_agentOut.contains(u"reloaded: 1 rooms added, 0 removed, 2 kept"_s)),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(sample(metrics(), u"roomdeck_room_up"_s, u"Room C"_s), 1.0, 10000);
    QCOMPARE(sample(metrics(), u"roomdeck_room_reconnects_total"_s, u"Room A"_s), 0.0);
    QCOMPARE(sample(metrics(), u"roomdeck_room_up"_s, u"Room A"_s), 1.0);

    // SIGTERM: a clean stop.
    m_agent->terminate();
    QVERIFY(m_agent->waitForFinished(10000));
    QCOMPARE(m_agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent->exitCode(), 0);
}

void tst_AgentProgram::prometheusScrapes()
{
    const QString prometheus = u"/usr/bin/prometheus"_s;
    if (!QFile::exists(prometheus))
        QSKIP("Debian's prometheus is not installed (/usr/bin/prometheus; package prometheus)");

    m_sims = startSims(3);
    QVERIFY(writeFile(path(u"rooms.json"_s), roomsJson(m_sims, kNames)));
    const quint16 agentPort = startAgent();
    QVERIFY2(agentPort != 0, qPrintable(m_agentOut));

    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QByteArray config = QByteArrayLiteral("global:\n"
                                                "  scrape_interval: 1s\n"
                                                "  evaluation_interval: 1s\n"
                                                "scrape_configs:\n"
                                                "  - job_name: roomdeck-agent\n"
                                                "    static_configs:\n"
                                                "      - targets: ['127.0.0.1:")
        + QByteArray::number(agentPort) + "']\n";
    QVERIFY(writeFile(path(u"prometheus.yml"_s), config));
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(prometheus,
                 { u"--config.file="_s + path(u"prometheus.yml"_s),
                   u"--storage.tsdb.path="_s + path(u"tsdb"_s),
                   u"--web.listen-address=127.0.0.1:%1"_s.arg(port) });
    QVERIFY(server.waitForStarted(10000));
    const auto cleanup = qScopeGuard([&server] { stopProcess(server); });

    // roomdeck_room_up per room, as Prometheus has it now.
    const auto roomUp = [port]() {
        QUrl url(u"http://127.0.0.1:%1/api/v1/query"_s.arg(port));
        url.setQuery(QUrlQuery { { u"query"_s, u"roomdeck_room_up"_s } });
        QHash<QString, QString> up;
        const QJsonArray result = QJsonDocument::fromJson(get(url, 2000))
                                      .object()
                                      .value(u"data"_s)
                                      .toObject()
                                      .value(u"result"_s)
                                      .toArray();
        for (const QJsonValue &v : result) {
            const QJsonObject o = v.toObject();
            up.insert(o.value(u"metric"_s).toObject().value(u"room"_s).toString(),
                      o.value(u"value"_s).toArray().at(1).toString());
        }
        return up;
    };
    const QHash<QString, QString> allUp
        = { { u"Room A"_s, u"1"_s }, { u"Room B"_s, u"1"_s }, { u"Room C"_s, u"1"_s } };
    QTRY_COMPARE_WITH_TIMEOUT(roomUp(), allUp, 60000);

    // A room goes down: Prometheus sees 0 within a few scrapes (1 s each).
    const RoomSimulator::Options pinned = pinnedOptions(*m_sims[1]);
    m_sims[1]->stop();
    QTRY_COMPARE_WITH_TIMEOUT(roomUp().value(u"Room B"_s), u"0"_s, 15000);
    QCOMPARE(roomUp().value(u"Room A"_s), u"1"_s);

    // It comes back on its ports: 1 again.
    m_sims[1] = SimRoom::start(pinned);
    QTRY_COMPARE_WITH_TIMEOUT(roomUp(), allUp, 20000);
}

QTEST_GUILESS_MAIN(tst_AgentProgram)
#include "tst_agentprogram.moc"
