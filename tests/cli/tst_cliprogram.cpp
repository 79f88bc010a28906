// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The real roomdeckctl program, started with QProcess against an in-process simulator: exit
// codes, stdout/stderr contents, signals, and what reached the room (receivedMethods()).
#include "simroom.h"
#include "testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>

#ifndef ROOMDECKCTL_PATH
#error "ROOMDECKCTL_PATH must name the roomdeckctl program"
#endif

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"4711ab"_s;
const QString kAdminPassword = u"Adm1n-Pa55"_s;

struct Result
{
    int code = -1; //!< -1: did not end in time, or crashed
    QString out;
    QString err;
};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ROOMDECK_PIN"_s);
    env.remove(u"ROOMDECK_PASSWORD"_s);
    return env;
}

//! A started roomdeckctl. The test's event loop keeps running while it waits, so the
//! in-process simulator can answer.
class Ctl final
{
public:
    explicit Ctl(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment(),
                 const QString &program = QStringLiteral(ROOMDECKCTL_PATH))
    {
        m_process.setProcessEnvironment(env);
        m_finished = std::make_unique<QSignalSpy>(&m_process, &QProcess::finished);
        m_process.start(program, args);
    }
    ~Ctl()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Result wait(int msecs = 20000)
    {
        if (m_finished->isEmpty() && !m_finished->wait(msecs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        Result r;
        r.out = QString::fromUtf8(m_process.readAllStandardOutput());
        r.err = QString::fromUtf8(m_process.readAllStandardError());
        if (m_process.exitStatus() == QProcess::NormalExit && !m_finished->isEmpty())
            r.code = m_process.exitCode();
        return r;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    std::unique_ptr<QSignalSpy> m_finished;
};

QStringList roomArgs(const RoomSimulator &sim)
{
    return { u"--room"_s, u"127.0.0.1:"_s + QString::number(sim.webPort()) };
}

Result run(const RoomSimulator &sim, const QStringList &args,
           const QProcessEnvironment &env = cleanEnvironment())
{
    Ctl ctl(roomArgs(sim) + args, env);
    return ctl.wait();
}

//! A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

bool oneErrorLine(const Result &r)
{
    return r.err.startsWith(u"roomdeckctl: "_s) && r.err.count(u'\n') == 1 && r.err.endsWith(u'\n');
}

//! Nothing that looks like a room token (room-api.md §3.3) or a 64-hex HTTP token.
bool looksLikeToken(const QString &text)
{
    static const QRegularExpression re(u"\\d\\*[A-Za-z0-9]{16}\\*|[0-9a-f]{64}"_s);
    return re.match(text).hasMatch();
}

//! The parameters of the last request named `method` the room received.
class RequestLog final : public QObject
{
public:
    explicit RequestLog(RoomSimulator *sim)
    {
        connect(sim, &RoomSimulator::requestReceived, this,
                [this](const QString &method, const QJsonObject &request) {
                    requests.insert(method, request);
                });
    }
    QHash<QString, QJsonObject> requests;
};

} // namespace

class tst_CliProgram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersion();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void status();
    void statusOverWsAndInstance();
    void readOnlyCommandsKeepTheOperatorSignedIn();
    void abook();
    void callAcceptRejectHangup();
    void stateRulesRefuseLocally();
    void participants();
    void uploadAndResetLogo();
    void uploadLogoWithoutTheImageCheckSendsNothing();
    void snapshot();
    void snapshotRefusesABrokenPicture();
    void power();
    void shutdownApplication();
    void send();
    void roomRefusalIsExit5();
    void secretsNeverPrinted();
    void wrongPinIsExit4();
    void unreachableIsExit3();
    void adminOnlyAsUserIsRefusedLocally_data();
    void adminOnlyAsUserIsRefusedLocally();
    void timeoutIsExit6();
    void watchJsonLines();
    void watchEndsCleanlyOnSignals_data();
    void watchEndsCleanlyOnSignals();
    void interruptedCommandIs130();
    void invalidAddressesAreUsageErrors_data();
    void invalidAddressesAreUsageErrors();
    void passwordInTheAddressNeverPrinted();
    void roomTextIsEscapedForTheTerminal();
    void immediateErrorReplyIsNotSilence();
    void malformedReplyIsNamed();

private:
    std::unique_ptr<RoomSimulator> m_sim;
    QStringList m_expectedViolations;
    QTemporaryDir m_dir;
    QString m_logo;
    QString m_notImage;
};

void tst_CliProgram::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ROOMDECKCTL_PATH)), ROOMDECKCTL_PATH);
    QVERIFY(m_dir.isValid());
    m_logo = m_dir.filePath(u"logo.png"_s);
    QFile logo(m_logo);
    QVERIFY(logo.open(QIODevice::WriteOnly));
    logo.write(TestImages::png());
    // Named like an image, holds text: upload-logo must look inside, not at the name.
    m_notImage = m_dir.filePath(u"notes.png"_s);
    QFile notImage(m_notImage);
    QVERIFY(notImage.open(QIODevice::WriteOnly));
    notImage.write("These are not the pixels you are looking for.\n");
}

void tst_CliProgram::init()
{
    m_sim = SimRoom::start();
    m_expectedViolations.clear();
}

void tst_CliProgram::cleanup()
{
    // Strict mode: roomdeckctl never sends the room something it should have known better.
    if (m_sim)
        QCOMPARE(m_sim->violations(), m_expectedViolations);
    m_sim.reset();
}

void tst_CliProgram::helpAndVersion()
{
    Ctl help({ u"--help"_s });
    const Result r = help.wait();
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.contains(u"Exit codes:"_s));
    for (const char *line :
         { "  0    success", "  2    usage error", "  3    room not found",
           "  4    authentication failed", "  5    the room refused", "  6    timeout" })
        QVERIFY2(r.out.contains(QLatin1String(line)), line);

    Ctl version({ u"--version"_s });
    const Result v = version.wait();
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith(u"roomdeckctl "_s));
}

void tst_CliProgram::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"explode"_s };
    QTest::newRow("call bad id") << QStringList { u"call"_s, u"not an id"_s };
    QTest::newRow("call no id") << QStringList { u"call"_s };
    QTest::newRow("bad role") << QStringList { u"--role"_s, u"guest"_s, u"status"_s };
    QTest::newRow("bad timeout") << QStringList { u"--timeout"_s, u"soon"_s, u"status"_s };
    QTest::newRow("send not json") << QStringList { u"send"_s, u"{\"method\":"_s };
    QTest::newRow("send no method") << QStringList { u"send"_s, u"{\"mute\":true}"_s };
    QTest::newRow("logo missing") << QStringList { u"upload-logo"_s, u"/no/such/logo.png"_s };
    QTest::newRow("logo mode") << QStringList { u"upload-logo"_s, u"logo.png"_s, u"--mode"_s,
                                                u"7"_s };
    QTest::newRow("stray option") << QStringList { u"reboot"_s, u"--all"_s };
    QTest::newRow("logo not an image") << QStringList { u"upload-logo"_s, u"NOTIMAGE"_s };
}

void tst_CliProgram::usageErrorsSendNothing()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(u"NOTIMAGE"_s, m_notImage);
    const Result r = run(*m_sim, args);
    QCOMPARE(r.code, 2);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(m_sim->receivedMethods(), QStringList());
    QCOMPARE(m_sim->clientCount(), 0);
}

void tst_CliProgram::status()
{
    const Result human = run(*m_sim, { u"status"_s });
    QCOMPARE(human.code, 0);
    QCOMPARE(human.err, QString());
    QVERIFY(human.out.contains(m_sim->options().peerId));
    QVERIFY(human.out.contains(u"sim.trueconf.local:4307"_s));

    const Result json = run(*m_sim, { u"--json"_s, u"status"_s });
    QCOMPARE(json.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.out.count(u'\n'), 1);
    QCOMPARE(o.value(u"role"_s).toString(), u"user"_s); // read-only: User unless --role admin
    QCOMPARE(o.value(u"appState"_s).toInt(), 3);
    QCOMPARE(o.value(u"trueConfId"_s).toString(), m_sim->options().peerId);
    QCOMPARE(o.value(u"server"_s).toObject().value(u"state"_s).toInt(), 2);
    QVERIFY(m_sim->receivedMethods().contains(u"getConnected"_s));
}

void tst_CliProgram::readOnlyCommandsKeepTheOperatorSignedIn()
{
    // An operator's console holds the room's Administrator connection. A status check from
    // cron must not sign it out (one connection per mode, room-api.md §3.6).
    RoomController console(SimRoom::fastOptions());
    QSignalSpy displaced(&console, &RoomController::authorizationNeeded);
    console.connectToRoom(SimRoom::addressOf(*m_sim),
                          RoomController::Credentials::unsecured(Room::Role::Admin));
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);

    for (const QStringList &args :
         { QStringList { u"status"_s }, QStringList { u"abook"_s },
           QStringList { u"participants"_s }, QStringList { u"watch"_s, u"--for"_s, u"0.2"_s } }) {
        const Result r = run(*m_sim, args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    // A round trip on the console's own connection: anything the room sent it has arrived.
    QSignalSpy finished(&console, &RoomController::requestFinished);
    const quint64 id = console.sendRequest(u"getAppState"_s);
    QTRY_VERIFY(std::any_of(finished.cbegin(), finished.cend(), [id](const QList<QVariant> &a) {
        return a.at(0).value<RequestOutcome>().id == id;
    }));
    QCOMPARE(displaced.count(), 0);
    QVERIFY(console.isReady());
    QCOMPARE(console.role(), Room::Role::Admin);

    // --role admin takes the mode over, and the console says who did it and when.
    QCOMPARE(run(*m_sim, { u"--role"_s, u"admin"_s, u"status"_s }).code, 0);
    QTRY_COMPARE(displaced.count(), 1);
    QCOMPARE(displaced.at(0).at(0).toInt(), int(Room::AuthNeededCause::Displaced));
    QVERIFY(console.isDisplaced());
    QCOMPARE(console.displacedRole(), Room::Role::Admin);
    QVERIFY2(console.lastError().contains(u"Administrator"_s), qPrintable(console.lastError()));
    QCOMPARE(console.connectionState(), RoomController::ConnectionState::Unauthorized);
}

void tst_CliProgram::statusOverWsAndInstance()
{
    Ctl ws(
        { u"--ws"_s, m_sim->wsUrl().toString(), u"--json"_s, u"--role"_s, u"user"_s, u"status"_s });
    const Result r = ws.wait();
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"role"_s).toString(), u"user"_s);
    QCOMPARE(o.value(u"webSocketUrl"_s).toString(), m_sim->wsUrl().toString());

    RoomSimulator::Options options;
    options.instance = u"second"_s;
    auto second = SimRoom::start(options);
    QCOMPARE(run(*second, { u"status"_s }).code, 3); // no "default" instance there
    QCOMPARE(run(*second, { u"-t"_s, u"second"_s, u"status"_s }).code, 0);
    QCOMPARE(second->violations(), QStringList());
}

void tst_CliProgram::abook()
{
    // The simulator's address book may be empty or not: the output shape is what counts.
    const Result json = run(*m_sim, { u"--json"_s, u"abook"_s });
    QCOMPARE(json.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());

    const Result filtered
        = run(*m_sim, { u"--json"_s, u"abook"_s, u"--filter"_s, u"no-such-contact-xyz"_s });
    QCOMPARE(filtered.code, 0);
    QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8()).array(), QJsonArray());

    const Result human = run(*m_sim, { u"abook"_s, u"--filter"_s, u"no-such-contact-xyz"_s });
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains(u"no-such-contact-xyz"_s), qPrintable(human.out));
    QCOMPARE(m_sim->receivedMethods().count(u"getAbook"_s), 3);
}

void tst_CliProgram::callAcceptRejectHangup()
{
    RequestLog log(m_sim.get());
    Result r = run(*m_sim, { u"call"_s, u"alice@video.example.net"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"alice@video.example.net"_s));
    QCOMPARE(log.requests.value(u"call"_s).value(u"peerId"_s).toString(),
             u"alice@video.example.net"_s);

    m_sim->setAppState(4); // an invitation rings
    r = run(*m_sim, { u"--json"_s, u"accept"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"method"_s).toString(),
             u"accept"_s);
    m_sim->setAppState(4);
    QCOMPARE(run(*m_sim, { u"reject"_s }).code, 0);

    m_sim->setAppState(5);
    r = run(*m_sim, { u"hangup"_s, u"--all"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(log.requests.value(u"hangUp"_s).value(u"forAll"_s).toBool(), true);
    m_sim->setAppState(5);
    QCOMPARE(run(*m_sim, { u"hangup"_s }).code, 0);
    QVERIFY(!log.requests.value(u"hangUp"_s).contains(u"forAll"_s));
    for (const QString &method : { u"call"_s, u"accept"_s, u"reject"_s, u"hangUp"_s })
        QVERIFY2(m_sim->receivedMethods().contains(method), qPrintable(method));
}

void tst_CliProgram::stateRulesRefuseLocally()
{
    // The GUI would have disabled these buttons: roomdeckctl does not ask the room either.
    Result r = run(*m_sim, { u"accept"_s });
    QCOMPARE(r.code, 5);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QCOMPARE(run(*m_sim, { u"hangup"_s }).code, 5);
    m_sim->setAppState(5);
    QCOMPARE(run(*m_sim, { u"call"_s, u"bob"_s }).code, 5);
    for (const QString &method : { u"call"_s, u"accept"_s, u"hangUp"_s })
        QVERIFY2(!m_sim->receivedMethods().contains(method), qPrintable(method));
}

void tst_CliProgram::participants()
{
    Result r = run(*m_sim, { u"--json"_s, u"participants"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"participants"_s),
             QJsonValue(QJsonArray()));
    QVERIFY(!m_sim->receivedMethods().contains(u"getConferenceParticipants"_s));

    m_sim->setAppState(5);
    r = run(*m_sim, { u"--json"_s, u"participants"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"participants"_s).isArray());
    QVERIFY(m_sim->receivedMethods().contains(u"getConferenceParticipants"_s));
    QCOMPARE(run(*m_sim, { u"participants"_s }).code, 0);
}

void tst_CliProgram::uploadAndResetLogo()
{
    Result r = run(*m_sim, { u"--json"_s, u"upload-logo"_s, m_logo, u"--mode"_s, u"1"_s });
    QCOMPARE(r.code, 0);
    const int fileId
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"fileId"_s).toInt(-1);
    QVERIFY(m_sim->hasFile(fileId));

    r = run(*m_sim, { u"--json"_s, u"send"_s, u"{\"method\":\"getLogo\"}"_s });
    QCOMPARE(r.code, 0);
    QJsonObject logo = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(logo.value(u"fileId"_s).toInt(), fileId);
    QCOMPARE(logo.value(u"mode"_s).toInt(), 1);

    r = run(*m_sim, { u"reset-logo"_s });
    QCOMPARE(r.code, 0);
    r = run(*m_sim, { u"--json"_s, u"send"_s, u"{\"method\":\"getLogo\"}"_s });
    logo = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(logo.value(u"isCustomImage"_s).toBool(true), false);

    const Result human = run(*m_sim, { u"upload-logo"_s, m_logo });
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains(u"logo.png"_s), qPrintable(human.out));
}

void tst_CliProgram::uploadLogoWithoutTheImageCheckSendsNothing()
{
    // roomdeckctl loads the GUI's image check as a module (it does not link Qt Gui). A copy
    // of the program away from that module cannot check the logo: it says so, as a local
    // problem (exit 2), and sends nothing, not even a valid image.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"roomdeckctl"_s);
    QVERIFY(QFile::copy(QStringLiteral(ROOMDECKCTL_PATH), copy));
    Ctl ctl(roomArgs(*m_sim) + QStringList { u"upload-logo"_s, m_logo }, cleanEnvironment(), copy);
    const Result r = ctl.wait();
    QCOMPARE(r.code, 2);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"cannot check the image"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"roomdeck-imagecheck"_s), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(m_sim->receivedMethods(), QStringList());
    QCOMPARE(m_sim->clientCount(), 0);
}

void tst_CliProgram::snapshot()
{
    const QString path = m_dir.filePath(u"room.jpg"_s);
    QFile::remove(path);
    Result r = run(*m_sim, { u"--json"_s, u"snapshot"_s, path });
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"file"_s).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jpeg = file.readAll();
    QCOMPARE(json.value(u"bytes"_s).toInteger(), jpeg.size());
    QVERIFY(jpeg.startsWith("\xff\xd8"));
    QVERIFY(jpeg.endsWith("\xff\xd9"));
    QCOMPARE(m_sim->frameRequestCount(), quint64(1));
    // The sign-in's own HTTP token is enough: no extra round trip for one.
    QVERIFY(!m_sim->receivedMethods().contains(u"getTokenForHttpServer"_s));
    // Read-only: it signs in as User, as status does.
    QCOMPARE(m_sim->receivedMethods().count(u"auth"_s), 1);
    QVERIFY(!looksLikeToken(r.out + r.err));

    const Result human = run(*m_sim, { u"snapshot"_s, path });
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains(u"room.jpg"_s), qPrintable(human.out));

    // Nobody of that name in a call: the room has no picture (HTTP 404), exit 5.
    const Result stranger
        = run(*m_sim, { u"snapshot"_s, m_dir.filePath(u"x.jpg"_s), u"--peer"_s, u"bob@x"_s });
    QCOMPARE(stranger.code, 5);
    QVERIFY2(oneErrorLine(stranger), qPrintable(stranger.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.jpg"_s)));

    // A folder that does not exist is a usage error before anything is sent.
    const quint64 served = m_sim->frameRequestCount();
    const Result nowhere = run(*m_sim, { u"snapshot"_s, m_dir.filePath(u"no/such/x.jpg"_s) });
    QCOMPARE(nowhere.code, 2);
    QCOMPARE(m_sim->frameRequestCount(), served);
}

void tst_CliProgram::snapshotRefusesABrokenPicture()
{
    const QString path = m_dir.filePath(u"broken.jpg"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous snapshot");
    }
    m_sim->setBrokenFrames(1);
    const Result r = run(*m_sim, { u"--json"_s, u"snapshot"_s, path });
    QCOMPARE(r.code, 5);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"not a JPEG"_s), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    // Written atomically or not at all: the old file is untouched.
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous snapshot"));
}

void tst_CliProgram::power()
{
    QCOMPARE(run(*m_sim, { u"reboot"_s }).code, 0);
    QVERIFY(m_sim->receivedMethods().contains(u"rebootSystem"_s));
    const Result r = run(*m_sim, { u"--json"_s, u"shutdown"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"method"_s).toString(),
             u"shutdownSystem"_s);
    QVERIFY(!m_sim->receivedMethods().contains(u"shutdown"_s));
}

void tst_CliProgram::shutdownApplication()
{
    QSignalSpy gone(m_sim.get(), &RoomSimulator::shutdownRequested);
    QCOMPARE(run(*m_sim, { u"shutdown"_s, u"--app"_s }).code, 0);
    QVERIFY(gone.size() == 1 || gone.wait(3000));
    QVERIFY(!m_sim->isRunning());
}

void tst_CliProgram::send()
{
    RequestLog log(m_sim.get());
    Result r = run(*m_sim,
                   { u"--json"_s, u"send"_s,
                     u"{\"method\":\"getAppState\",\"requestId\":\"from-the-script\"}"_s });
    QCOMPARE(r.code, 0);
    const QJsonObject reply = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(reply.value(u"appState"_s).toInt(), 3);
    QCOMPARE(reply.value(u"result"_s).toBool(), true);
    // roomdeckctl numbers its requests itself, so the reply always matches.
    QVERIFY(log.requests.value(u"getAppState"_s).value(u"requestId"_s).toString()
            != u"from-the-script"_s);

    r = run(*m_sim, { u"send"_s, u"{\"method\":\"setMicMute\",\"mute\":true}"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"\"result\": true"_s));
    QCOMPARE(log.requests.value(u"setMicMute"_s).value(u"mute"_s).toBool(), true);
}

void tst_CliProgram::roomRefusalIsExit5()
{
    // A raw request goes to the room as it is; the room refuses it and says why.
    m_expectedViolations = { u"invalid state for accept (appState 3)"_s };
    const Result r = run(*m_sim, { u"--json"_s, u"send"_s, u"{\"method\":\"accept\"}"_s });
    QCOMPARE(r.code, 5);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Invalid state"_s), qPrintable(r.err));
    const QJsonObject reply = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(reply.value(u"result"_s).toBool(true), false);
    QCOMPARE(reply.value(u"error"_s).toString(), u"Invalid state"_s);
}

void tst_CliProgram::secretsNeverPrinted()
{
    RoomSimulator::Options options;
    options.pin = kPin;
    options.adminPassword = kAdminPassword;
    auto sim = SimRoom::start(options);

    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"ROOMDECK_PASSWORD"_s, kAdminPassword);
    QList<Result> results;
    results.append(run(*sim, { u"--json"_s, u"--role"_s, u"admin"_s, u"status"_s }, env));
    results.append(
        run(*sim, { u"-v"_s, u"send"_s, u"{\"method\":\"getTokenForHttpServer\"}"_s }, env));
    results.append(run(*sim, { u"--json"_s, u"send"_s, u"{\"method\":\"getAuthInfo\"}"_s }, env));
    results.append(run(*sim, { u"-v"_s, u"upload-logo"_s, m_logo }, env));
    results.append(run(*sim, { u"--role"_s, u"user"_s, u"--pin"_s, kPin, u"status"_s }));
    for (const Result &r : std::as_const(results))
        QCOMPARE(r.code, 0);
    // The user PIN in getAuthInfo and the token are shown masked.
    QVERIFY(results.at(1).out.contains(u"\"token\": \"***\""_s));
    QVERIFY(results.at(2).out.contains(u"\"pin\":\"***\""_s));

    // Refusals and failures do not echo the secret either.
    results.append(run(*sim, { u"--pin"_s, u"Wr0ngPin"_s, u"status"_s }));
    QCOMPARE(results.constLast().code, 4);
    results.append(run(*sim,
                       { u"--password"_s, kAdminPassword + u"x"_s, u"--role"_s, u"admin"_s, u"-v"_s,
                         u"status"_s }));
    QCOMPARE(results.constLast().code, 4);

    for (const Result &r : std::as_const(results)) {
        for (const QString &secret : { kPin, kAdminPassword, u"Wr0ngPin"_s }) {
            QVERIFY2(!r.out.contains(secret, Qt::CaseInsensitive), qPrintable(r.out));
            QVERIFY2(!r.err.contains(secret, Qt::CaseInsensitive), qPrintable(r.err));
        }
        QVERIFY2(!looksLikeToken(r.out), qPrintable(r.out));
        QVERIFY2(!looksLikeToken(r.err), qPrintable(r.err));
    }
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliProgram::wrongPinIsExit4()
{
    RoomSimulator::Options options;
    options.pin = kPin;
    auto sim = SimRoom::start(options);

    const Result wrong = run(*sim, { u"--pin"_s, u"0000"_s, u"status"_s });
    QCOMPARE(wrong.code, 4);
    QVERIFY2(oneErrorLine(wrong), qPrintable(wrong.err));
    QCOMPARE(wrong.out, QString());
    QVERIFY(!sim->receivedMethods().contains(u"getConnected"_s));

    const Result none = run(*sim, { u"status"_s });
    QCOMPARE(none.code, 4);

    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"ROOMDECK_PIN"_s, kPin.toUpper()); // room PINs ignore case
    QCOMPARE(run(*sim, { u"status"_s }, env).code, 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliProgram::unreachableIsExit3()
{
    const QString port = QString::number(closedPort());
    Ctl web({ u"--room"_s, u"127.0.0.1:"_s + port, u"status"_s });
    Result r = web.wait();
    QCOMPARE(r.code, 3);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--ws"_s), qPrintable(r.err)); // the way out is named

    Ctl ws({ u"--ws"_s, u"ws://127.0.0.1:"_s + port, u"status"_s });
    r = ws.wait();
    QCOMPARE(r.code, 3);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
}

void tst_CliProgram::adminOnlyAsUserIsRefusedLocally_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("method");
    QTest::newRow("reboot") << QStringList { u"reboot"_s } << u"rebootSystem"_s;
    QTest::newRow("shutdown") << QStringList { u"shutdown"_s } << u"shutdownSystem"_s;
    QTest::newRow("shutdown --app") << QStringList { u"shutdown"_s, u"--app"_s } << u"shutdown"_s;
    QTest::newRow("reset-logo") << QStringList { u"reset-logo"_s } << u"setDefaultLogo"_s;
    QTest::newRow("upload-logo") << QStringList { u"upload-logo"_s, u"LOGO"_s } << u"setLogo"_s;
    QTest::newRow("send") << QStringList { u"send"_s, u"{\"method\":\"clearTokens\"}"_s }
                          << u"clearTokens"_s;
}

void tst_CliProgram::adminOnlyAsUserIsRefusedLocally()
{
    QFETCH(QStringList, args);
    QFETCH(QString, method);
    args.replaceInStrings(u"LOGO"_s, m_logo);
    const Result r = run(*m_sim, QStringList { u"--role"_s, u"user"_s } + args);
    QCOMPARE(r.code, 5);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(Room::roleName(Room::Role::User)), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(m_sim->receivedMethods().contains(u"auth"_s)); // it did sign in
    QVERIFY(!m_sim->receivedMethods().contains(method));
    QVERIFY(!m_sim->receivedMethods().contains(u"getTokenForHttpServer"_s)); // no upload
}

void tst_CliProgram::timeoutIsExit6()
{
    m_sim->setReplyDelay(u"getConnected"_s, -1);
    Result r = run(*m_sim, { u"--timeout"_s, u"1"_s, u"status"_s });
    QCOMPARE(r.code, 6);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));

    m_sim->setReplyDelay(u"auth"_s, -1); // stuck while signing in
    r = run(*m_sim, { u"--timeout"_s, u"0.5"_s, u"--json"_s, u"status"_s });
    QCOMPARE(r.code, 6);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void tst_CliProgram::watchJsonLines()
{
    Ctl ctl(roomArgs(*m_sim)
            + QStringList { u"--json"_s, u"--role"_s, u"user"_s, u"watch"_s, u"--for"_s, u"1"_s });
    QTRY_COMPARE(m_sim->authorizedCount(u"user"_s), 1);
    m_sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"{\"x\":1}\nsecond line"_s } });
    m_sim->setAppState(5);
    m_sim->sendEvent(u"incomingChatMessage"_s,
                     { { u"peerId"_s, u"bob@srv"_s }, { u"message"_s, u"Grüße, 日本"_s } });
    const Result r = ctl.wait();
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());

    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(r.out));
    QStringList names;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(line));
        names.append(doc.object().value(u"event"_s).toString());
        if (names.constLast() == u"incomingChatMessage"_s)
            QCOMPARE(doc.object().value(u"message"_s).toString(), u"Grüße, 日本"_s);
    }
    QCOMPARE(names.filter(u"myEvent"_s).size(), 1);
    QCOMPARE(names.filter(u"appStateChanged"_s).size(), 1);
    QCOMPARE(names.filter(u"incomingChatMessage"_s).size(), 1);
}

void tst_CliProgram::watchEndsCleanlyOnSignals_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_CliProgram::watchEndsCleanlyOnSignals()
{
    QFETCH(int, signalNumber);
    Ctl ctl(roomArgs(*m_sim) + QStringList { u"watch"_s });
    QTRY_COMPARE(m_sim->authorizedCount(u"user"_s), 1); // watch signs in as User
    m_sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"ping"_s } });
    QTRY_VERIFY(ctl.process().bytesAvailable() > 0); // the line is out: watch is running
    ctl.signal(signalNumber);
    const Result r = ctl.wait();
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(u"myEvent"_s), qPrintable(r.out));
}

void tst_CliProgram::interruptedCommandIs130()
{
    m_sim->setReplyDelay(u"getConnected"_s, -1);
    Ctl ctl(roomArgs(*m_sim) + QStringList { u"status"_s });
    QTRY_VERIFY(m_sim->receivedMethods().contains(u"getConnected"_s));
    ctl.signal(SIGINT);
    const Result r = ctl.wait();
    QCOMPARE(r.code, 130);
    QCOMPARE(r.err, u"roomdeckctl: interrupted\n"_s);
}

void tst_CliProgram::invalidAddressesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("http port 0") << QStringList { u"--room"_s, u"http://127.0.0.1:0"_s };
    QTest::newRow("ws port 0") << QStringList { u"--ws"_s, u"ws://127.0.0.1:0"_s };
    QTest::newRow("space before port") << QStringList { u"--room"_s, u"127.0.0.1 :80"_s };
}

void tst_CliProgram::invalidAddressesAreUsageErrors()
{
    QFETCH(QStringList, args);
    Ctl ctl(args + QStringList { u"status"_s });
    const Result r = ctl.wait();
    QCOMPARE(r.code, 2);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void tst_CliProgram::passwordInTheAddressNeverPrinted()
{
    const QString url = u"ws://operator:s3cretPw@127.0.0.1:"_s + QString::number(m_sim->wsPort());
    for (const QStringList &extra : { QStringList {}, QStringList { u"--json"_s } }) {
        Ctl ctl(QStringList { u"--ws"_s, url, u"-v"_s } + extra + QStringList { u"status"_s });
        const Result r = ctl.wait();
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"127.0.0.1"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"s3cretPw"_s), qPrintable(r.out));
        QVERIFY2(!r.err.contains(u"s3cretPw"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"operator@"_s), qPrintable(r.out));
    }
}

void tst_CliProgram::roomTextIsEscapedForTheTerminal()
{
    // Names, ids and error texts come from the room: control characters, ANSI escapes, NUL
    // and bidi overrides must not reach a terminal as they are.
    const QString evil = u"Evil\x1b[2J\x1b]0;owned\x07 \u202Egnab\u0000end"_s;
    QVERIFY(m_sim->addContact(u"evil"_s, evil));
    const Result human = run(*m_sim, { u"abook"_s, u"--filter"_s, u"evil"_s });
    QCOMPARE(human.code, 0);
    for (const QChar c : { QChar(0x1b), QChar(0x07), QChar(0x202e), QChar(0) })
        QVERIFY2(!human.out.contains(c), qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY2(human.out.contains(u"Evil\\x1B[2J"_s), qPrintable(human.out));
    QVERIFY2(human.out.contains(u"\\u202E"_s), qPrintable(human.out));
    QVERIFY2(human.out.contains(u"\\x00end"_s), qPrintable(human.out));

    // --json keeps the room's data exact (JSON escapes control characters itself).
    const Result json = run(*m_sim, { u"--json"_s, u"abook"_s, u"--filter"_s, u"evil"_s });
    QCOMPARE(json.code, 0);
    const QJsonArray contacts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(u"peerDn"_s).toString(), evil);

    // An error text on stderr is escaped too.
    m_sim->setReplyDelay(u"getHardware"_s, -1);
    QObject context;
    connect(m_sim.get(), &RoomSimulator::requestReceived, &context,
            [this](const QString &method, const QJsonObject &request) {
                if (method == u"getHardware"_s)
                    m_sim->sendRawFrame(ProtocolCodec::encodeError(
                        method, request.value(u"requestId"_s), u"bad\x1b[31m red \u202E"_s));
            });
    const Result error = run(*m_sim, { u"send"_s, u"{\"method\":\"getHardware\"}"_s });
    QCOMPARE(error.code, 5);
    QVERIFY2(oneErrorLine(error), qPrintable(error.err));
    QVERIFY(!error.err.contains(QChar(0x1b)));
    QVERIFY(!error.err.contains(QChar(0x202e)));
    QVERIFY2(error.err.contains(u"bad\\x1B[31m"_s), qPrintable(error.err));

    // -v adds the diagnostics, which quote the room as well.
    const Result verbose = run(*m_sim, { u"-v"_s, u"send"_s, u"{\"method\":\"getHardware\"}"_s });
    QCOMPARE(verbose.code, 5);
    QVERIFY2(verbose.err.count(u'\n') > 1, qPrintable(verbose.err));
    QVERIFY2(!verbose.err.contains(QChar(0x1b)), qPrintable(verbose.err));
    QVERIFY(!verbose.err.contains(QChar(0x202e)));
}

void tst_CliProgram::immediateErrorReplyIsNotSilence()
{
    // The room answers at once that it could not read the request (room-api.md §10 f, empty
    // requestId): that is an answer, not "did not answer" after the whole --timeout.
    m_sim->setReplyDelay(u"getHardware"_s, -1);
    QObject context;
    connect(m_sim.get(), &RoomSimulator::requestReceived, &context,
            [this](const QString &method, const QJsonObject &) {
                if (method == u"getHardware"_s)
                    m_sim->sendRawFrame(
                        R"({"method":"","requestId":"","result":false,"error":"Invalid JSON"})");
            });
    const Result r
        = run(*m_sim, { u"--timeout"_s, u"3"_s, u"send"_s, u"{\"method\":\"getHardware\"}"_s });
    QCOMPARE(r.code, 5);
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Invalid JSON"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"did not answer"_s), qPrintable(r.err));
}

void tst_CliProgram::malformedReplyIsNamed()
{
    m_sim->setReplyDelay(u"getHardware"_s, -1);
    QObject context;
    connect(m_sim.get(), &RoomSimulator::requestReceived, &context,
            [this](const QString &method, const QJsonObject &request) {
                if (method != u"getHardware"_s)
                    return;
                QJsonObject reply { { u"method"_s, method },
                                    { u"requestId"_s, request.value(u"requestId"_s) },
                                    { u"result"_s, u"yes"_s } };
                m_sim->sendRawFrame(QJsonDocument(reply).toJson(QJsonDocument::Compact));
            });
    const Result r
        = run(*m_sim, { u"--timeout"_s, u"3"_s, u"send"_s, u"{\"method\":\"getHardware\"}"_s });
    QVERIFY2(r.code != 6, qPrintable(r.err));
    QVERIFY2(oneErrorLine(r), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"malformed reply"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"did not answer"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliProgram)
#include "tst_cliprogram.moc"
