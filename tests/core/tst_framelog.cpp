// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The protocol inspector's core against the strict simulator: requests paired with their
// replies and the latency between them, pending requests, secrets never kept (model data,
// copies, recordings: the bytes are grepped), the frame and byte limits, pause, the filters,
// recordings written and read back (and bad ones refused with a reason), and hand-written
// requests validated against the catalogue and the role before anything is sent.

#include "core/inspector/framefiltermodel.h"
#include "core/inspector/framelog.h"
#include "core/inspector/framerecording.h"
#include "core/inspector/rawrequest.h"
#include "core/logging.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Kind = FrameLog::Kind;
using Direction = FrameLog::Direction;

namespace {

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    FrameLog *log = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
    //! Every secret value seen in a raw frame (credentials, tokens, PINs), to grep for.
    QStringList secrets;

    bool start(const Creds &creds, RoomSimulator::Options options = {})
    {
        options.strict = true;
        sim = SimRoom::start(options);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        log = session->frameLog();
        tester = std::make_unique<QAbstractItemModelTester>(
            log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto collect = [this](const QByteArray &utf8) {
            collectSecrets(utf8);
        };
        QObject::connect(session->controller(), &RoomController::frameSent, session.get(), collect);
        QObject::connect(session->controller(), &RoomController::frameReceived, session.get(),
                         collect);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), creds);
        return QTest::qWaitFor([this] { return session->controller()->isReady(); }, 5000);
    }

    void collectSecrets(const QByteArray &utf8) { collect(QJsonDocument::fromJson(utf8).object()); }
    void collect(const QJsonObject &o)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject())
                collect(it.value().toObject());
            else if (Redact::isSecretKey(it.key()) && it.value().isString()
                     && it.value().toString().size() >= 3
                     && !secrets.contains(it.value().toString()))
                secrets.append(it.value().toString());
        }
    }

    RequestOutcome send(const QJsonObject &request)
    {
        std::optional<RequestOutcome> result;
        session->rawRequest()->send(request, session.get(),
                                    [&result](const RequestOutcome &o) { result = o; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            return {};
        return *result;
    }
};

QByteArray frame(const QString &json)
{
    return json.toUtf8();
}

QByteArray frame(const char *text)
{
    return QByteArray(text);
}

QString everyText(const FrameLog &log)
{
    QString all;
    for (int row = 0; row < log.rowCount(); ++row) {
        for (int column = 0; column < FrameLog::ColumnCount; ++column)
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                all += log.data(log.index(row, column), role).toString() + u'\n';
        for (int role = FrameLog::KindRole; role <= FrameLog::PendingRole; ++role)
            all += log.data(log.index(row, 0), role).toString() + u'\n';
        all += log.indentedJson(row) + log.sendCommand(row) + u'\n';
    }
    return all;
}

int rowOf(const FrameLog &log, Kind kind, const QString &name)
{
    for (int row = log.rowCount() - 1; row >= 0; --row)
        if (log.frame(row).kind == kind && log.frame(row).name == name)
            return row;
    return -1;
}

QByteArray header(int version = 1)
{
    return QByteArrayLiteral(R"({"format":"roomdeck-recording","version":)")
        + QByteArray::number(version)
        + QByteArrayLiteral(R"(,"room":"127.0.0.1:8766","instance":"","trueConfId":"room@x",)"
                            R"("started":"2026-12-05T10:14:00.123Z"})");
}

} // namespace

class tst_FrameLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsRepliesWithRequestsAndTimesThem();
    void secretsAreNeverKept();
    void frameLimitDropsTheOldest();
    void byteLimitDropsTheOldest();
    void pauseMissesFramesAndCountsThem();
    void largeFramesAreKeptAsASummary();
    void filters();
    void copiesAsJsonAndAsACommandLine();
    void recordingRoundTrip();
    void badRecordingsAreRefused_data();
    void badRecordingsAreRefused();
    void validatesHandWrittenRequests_data();
    void validatesHandWrittenRequests();
    void parseErrorsSayWhere();
    void sendsAValidRequestAndPairsIt();
    void refusesAdminOnlyAtUserLevelBeforeSending();
};

void tst_FrameLog::pairsRepliesWithRequestsAndTimesThem()
{
    Fixture f;
    QVERIFY(f.start(Creds::unsecured(Room::Role::Admin)));
    QTRY_VERIFY(f.log->rowCount() > 0);
    // A request is pending from the moment it leaves until its reply comes.
    RoomController *c = f.session->controller();
    std::optional<RequestOutcome> outcome;
    c->sendRequest(u"getMicMute"_s, {}, f.session.get(),
                   [&outcome](const RequestOutcome &o) { outcome = o; });
    const int requestRow = f.log->rowCount() - 1;
    QCOMPARE(f.log->frame(requestRow).kind, Kind::Request);
    QCOMPARE(f.log->frame(requestRow).name, u"getMicMute"_s);
    QVERIFY(f.log->data(f.log->index(requestRow, 0), FrameLog::PendingRole).toBool());
    QCOMPARE(f.log->data(f.log->index(requestRow, FrameLog::LatencyColumn)).toString(),
             u"pending"_s);
    QCOMPARE(f.log->pairRow(requestRow), -1);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    const int replyRow = f.log->pairRow(requestRow);
    QVERIFY(replyRow > requestRow);
    QCOMPARE(f.log->pairRow(replyRow), requestRow);
    QCOMPARE(f.log->frame(replyRow).kind, Kind::Reply);
    QCOMPARE(f.log->frame(replyRow).requestId, outcome->requestId);
    QVERIFY(f.log->frame(requestRow).latencyMs >= 0);
    QCOMPARE(f.log->frame(replyRow).latencyMs, f.log->frame(requestRow).latencyMs);
    QVERIFY(!f.log->data(f.log->index(requestRow, 0), FrameLog::PendingRole).toBool());

    // Every request of the sign-in and the startup burst is paired with its reply, both ways.
    int pairs = 0;
    for (int row = 0; row < f.log->rowCount(); ++row) {
        const FrameLog::Frame &fr = f.log->frame(row);
        QVERIFY(fr.size > 0);
        if (fr.kind == Kind::Request) {
            const int pair = f.log->pairRow(row);
            QVERIFY2(pair > row, qPrintable(fr.name));
            QCOMPARE(f.log->frame(pair).requestId, fr.requestId);
            QCOMPARE(f.log->frame(pair).name, fr.name);
            QVERIFY(fr.latencyMs >= 0);
            ++pairs;
        }
    }
    QVERIFY(pairs >= 5); // setUsedApiVersion, auth, the burst, getMicMute
    QCOMPARE(f.log->pendingCount(), 0);
    QCOMPARE(f.sim->violations(), QStringList());

    // A request the room never answered because the connection went: "no reply".
    c->sendRequest(u"getMicMute"_s);
    const int unanswered = f.log->rowCount() - 1;
    QCOMPARE(f.log->frame(unanswered).kind, Kind::Request);
    c->disconnectFromRoom();
    QTRY_COMPARE(f.log->data(f.log->index(unanswered, FrameLog::LatencyColumn)).toString(),
                 u"no reply"_s);
    QCOMPARE(f.log->pendingCount(), 0);
}

void tst_FrameLog::secretsAreNeverKept()
{
    const QString password = u"Adm1n-Secret-Pass"_s;
    RoomSimulator::Options options;
    options.pin = u"482913"_s;
    options.adminPassword = password;
    Fixture f;
    QVERIFY(f.start(Creds::withSecret(password, Room::Role::Admin), options));
    QVERIFY(f.secrets.contains(password));
    QVERIFY2(f.secrets.size() >= 2, "the sign-in's reply carries a token too");
    // A request that names a secret key of its own, and one the room answers with a PIN.
    QCOMPARE(f.send({ { u"method"_s, u"getAppState"_s } }).status, Status::Reply);
    QTRY_COMPARE(f.log->pendingCount(), 0);

    const QString all = everyText(*f.log);
    for (const QString &secret : std::as_const(f.secrets))
        QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), "a secret in the model's data");
    QVERIFY(all.contains(u"\"credentials\":\"***\""_s));
    const int auth = rowOf(*f.log, Kind::Request, u"auth"_s);
    QVERIFY(auth >= 0);
    QVERIFY(f.log->indentedJson(auth).contains(u"\"credentials\": \"***\""_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"room.jsonl"_s);
    QString error;
    QVERIFY2(FrameRecording::save(*f.log, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"credentials\":\"***\""));
    for (const QString &secret : std::as_const(f.secrets))
        QVERIFY2(!bytes.toLower().contains(secret.toUtf8().toLower()), "a secret in the file");
}

void tst_FrameLog::frameLimitDropsTheOldest()
{
    FrameLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setLimits({ 10, 1024 * 1024 });
    for (int i = 0; i < 25; ++i)
        log.addFrame(Direction::Out,
                     frame(u"{\"method\":\"getMicMute\",\"requestId\":\"rd-%1\"}"_s.arg(i)));
    QCOMPARE(log.rowCount(), 10);
    QCOMPARE(log.droppedCount(), 15);
    QCOMPARE(log.frame(0).requestId, u"rd-15"_s);
    QCOMPARE(log.frame(9).requestId, u"rd-24"_s);
    // The dropped requests are no longer waited for; a late reply pairs with nothing.
    QCOMPARE(log.pendingCount(), 10);
    log.addFrame(Direction::In,
                 frame(u"{\"method\":\"getMicMute\",\"requestId\":\"rd-3\",\"result\":true}"_s));
    QCOMPARE(log.pairRow(log.rowCount() - 1), -1);
    log.addFrame(Direction::In,
                 frame(u"{\"method\":\"getMicMute\",\"requestId\":\"rd-20\",\"result\":true}"_s));
    // One more row: the oldest went, rd-20's request moved up to row 3.
    QCOMPARE(log.frame(0).requestId, u"rd-17"_s);
    QCOMPARE(log.pairRow(log.rowCount() - 1), 3);
    QCOMPARE(log.frame(3).requestId, u"rd-20"_s);
    QVERIFY(log.limitsText().contains(u"10 frames"_s));
    QVERIFY(log.limitsText().contains(u"17 dropped"_s));
}

void tst_FrameLog::byteLimitDropsTheOldest()
{
    FrameLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 maxBytes = 4000;
    log.setLimits({ 1000, maxBytes });
    const QString filler(200, u'x');
    for (int i = 0; i < 40; ++i) {
        log.addFrame(Direction::In,
                     frame(u"{\"method\":\"event\",\"event\":\"e%1\",\"text\":\"%2\"}"_s.arg(i).arg(
                         filler)));
        QVERIFY(log.keptBytes() <= maxBytes);
    }
    QVERIFY(log.rowCount() < 40);
    QVERIFY(log.rowCount() > 1);
    QCOMPARE(log.droppedCount(), 40 - log.rowCount());
    QCOMPARE(log.frame(log.rowCount() - 1).name, u"e39"_s);
    // A frame larger than the whole budget is dropped, never kept.
    log.addFrame(
        Direction::In,
        frame(u"{\"method\":\"event\",\"event\":\"big\",\"t\":\"%1\"}"_s.arg(QString(5000, u'y'))));
    QVERIFY(log.keptBytes() <= maxBytes);
    QVERIFY(rowOf(log, Kind::Event, u"big"_s) < 0);
    // Shrinking the limits drops at once.
    log.setLimits({ 2, maxBytes });
    QCOMPARE(log.rowCount(), 2);
    QVERIFY2(log.limitsText().startsWith(u"2 frames · "_s), qPrintable(log.limitsText()));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(log.droppedCount(), 0);
    QCOMPARE(log.keptBytes(), 0);
}

void tst_FrameLog::pauseMissesFramesAndCountsThem()
{
    FrameLog log;
    QSignalSpy paused(&log, &FrameLog::pausedChanged);
    log.addFrame(Direction::In, frame(u"{\"method\":\"event\",\"event\":\"a\"}"_s));
    log.setPaused(true);
    QCOMPARE(paused.count(), 1);
    for (int i = 0; i < 3; ++i)
        log.addFrame(Direction::In, frame(u"{\"method\":\"event\",\"event\":\"b\"}"_s));
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.missedCount(), 3);
    QVERIFY2(log.limitsText().contains(u"3 missed while paused"_s), qPrintable(log.limitsText()));
    log.setPaused(false);
    log.addFrame(Direction::In, frame(u"{\"method\":\"event\",\"event\":\"c\"}"_s));
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.frame(1).name, u"c"_s);
    QCOMPARE(log.missedCount(), 3);
}

void tst_FrameLog::largeFramesAreKeptAsASummary()
{
    FrameLog log;
    log.addFrame(Direction::Out, frame(u"{\"method\":\"getAbook\",\"requestId\":\"rd-9\"}"_s));
    QByteArray big = R"({"abook":[)";
    while (big.size() <= FrameLog::kLargeFrameBytes)
        big += R"({"peerId":"user@x","name":"\"requestId\": \"fake\"","password":"hunter22"},)";
    big.chop(1);
    big += R"(],"method":"getAbook","requestId":"rd-9","result":true})";
    log.addFrame(Direction::In, big);
    QCOMPARE(log.rowCount(), 2);
    const FrameLog::Frame &reply = log.frame(1);
    QCOMPARE(reply.kind, Kind::Reply);
    QCOMPARE(reply.name, u"getAbook"_s);
    QCOMPARE(reply.requestId, u"rd-9"_s);
    QCOMPARE(reply.size, int(big.size()));
    QCOMPARE(log.pairRow(1), 0);
    QVERIFY(reply.json.contains(u"too large to keep whole"_s));
    QVERIFY(!reply.json.contains(u"hunter22"_s));
    QVERIFY(log.keptBytes() < 4096);
    log.addFrame(Direction::In,
                 QByteArray(R"({"method":"event","event":"bigOne","x":")")
                     + QByteArray(FrameLog::kLargeFrameBytes, 'a') + "\"}");
    QCOMPARE(log.frame(2).kind, Kind::Event);
    QCOMPARE(log.frame(2).name, u"bigOne"_s);
}

void tst_FrameLog::filters()
{
    FrameLog log;
    log.addFrame(Direction::Out, frame(u"{\"method\":\"getMicMute\",\"requestId\":\"rd-1\"}"_s));
    log.addFrame(
        Direction::In,
        frame(
            u"{\"method\":\"getMicMute\",\"requestId\":\"rd-1\",\"result\":true,\"mute\":false}"_s));
    log.addFrame(Direction::Out, frame(u"{\"method\":\"getVolume\",\"requestId\":\"rd-2\"}"_s));
    log.addFrame(Direction::In,
                 frame(u"{\"method\":\"event\",\"event\":\"audioCapturerMute\",\"mute\":true}"_s));
    log.addFrame(Direction::In, frame("not json at all"));
    FrameFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&log);
    QCOMPARE(filter.rowCount(), 5);
    filter.setKind(int(Kind::Event));
    QCOMPARE(filter.rowCount(), 1);
    filter.setKind(int(Kind::Unparsable));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, FrameLog::KindColumn).data().toString(), u"not JSON"_s);
    filter.setKind(-1);
    filter.setMethod(u"micmute"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setMethod({});
    filter.setRequestId(u"rd-1"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setRequestId({});
    filter.setText(u"\"mute\":true"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, FrameLog::NameColumn).data().toString(), u"audioCapturerMute"_s);
    filter.setText(u"MUTE"_s);
    QCOMPARE(filter.rowCount(), 3);
    filter.setKind(int(Kind::Request));
    QCOMPARE(filter.rowCount(), 1);
    // New rows are filtered as they come.
    log.addFrame(Direction::Out, frame(u"{\"method\":\"setMicMute\",\"mute\":true}"_s));
    QCOMPARE(filter.rowCount(), 2);
}

void tst_FrameLog::copiesAsJsonAndAsACommandLine()
{
    Fixture f;
    QVERIFY(f.start(Creds::unsecured(Room::Role::User)));
    QCOMPARE(f.send({ { u"method"_s, u"setMicMute"_s }, { u"mute"_s, true } }).status,
             Status::Reply);
    const int row = rowOf(*f.log, Kind::Request, u"setMicMute"_s);
    QVERIFY(row >= 0);
    const QString json = f.log->indentedJson(row);
    QVERIFY2(json.contains(u"\n    \"method\": \"setMicMute\""_s), qPrintable(json));
    const QString line = f.log->sendCommand(row);
    const QString room = SimRoom::addressOf(*f.sim).host + u':'
        + QString::number(SimRoom::addressOf(*f.sim).webPort);
    QCOMPARE(
        line,
        u"roomdeckctl --room '%1' --role user send '{\"method\":\"setMicMute\",\"mute\":true}'"_s
            .arg(room));
    // Only requests become command lines.
    QVERIFY(f.log->sendCommand(f.log->pairRow(row)).isEmpty());
    // Secrets stay masked in the line too, and quotes cannot end the argument early.
    FrameLog log;
    log.addFrame(Direction::Out,
                 frame(u"{\"method\":\"auth\",\"type\":\"secured\",\"credentials\":\"4711\"}"_s));
    log.addFrame(Direction::Out, frame(u"{\"method\":\"call\",\"peerId\":\"o'brien\"}"_s));
    QVERIFY(log.sendCommand(0).contains(u"\"credentials\":\"***\""_s));
    QVERIFY(!log.sendCommand(0).contains(u"4711"_s));
    QVERIFY(
        log.sendCommand(1).endsWith(u"send '{\"method\":\"call\",\"peerId\":\"o'\\''brien\"}'"_s));
    QCOMPARE(FrameLog::shellQuote(u"it's"_s), u"'it'\\''s'"_s);
}

void tst_FrameLog::recordingRoundTrip()
{
    Fixture f;
    QVERIFY(f.start(Creds::unsecured(Room::Role::Admin)));
    QCOMPARE(f.send({ { u"method"_s, u"getMicMute"_s } }).status, Status::Reply);
    QTRY_COMPARE(f.log->pendingCount(), 0);
    f.log->addFrame(Direction::In, frame("\x01garbage"));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.jsonl"_s);
    QString error;
    QVERIFY2(FrameRecording::save(*f.log, path, &error), qPrintable(error));

    FrameLog loaded;
    QAbstractItemModelTester tester(&loaded,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(FrameRecording::load(path, &loaded, &error), qPrintable(error));
    QVERIFY(loaded.isReadOnly());
    QCOMPARE(loaded.source(), u"Recording: session.jsonl"_s);
    QCOMPARE(loaded.rowCount(), f.log->rowCount());
    QVERIFY(loaded.origin().room.startsWith(u"127.0.0.1:"_s));
    QCOMPARE(loaded.origin().trueConfId, f.session->controller()->trueConfId());
    for (int row = 0; row < loaded.rowCount(); ++row) {
        const FrameLog::Frame &a = f.log->frame(row);
        const FrameLog::Frame &b = loaded.frame(row);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.requestId, a.requestId);
        QCOMPARE(loaded.pairRow(row), f.log->pairRow(row));
        QCOMPARE(b.latencyMs, a.latencyMs);
        QCOMPARE(b.json, a.json);
        QCOMPARE(b.wallTime.toMSecsSinceEpoch() - loaded.frame(0).wallTime.toMSecsSinceEpoch(),
                 a.monoMs - f.log->frame(0).monoMs);
    }
    const int last = loaded.rowCount() - 1;
    QCOMPARE(loaded.frame(last).kind, Kind::Unparsable);
    QCOMPARE(loaded.frame(last).json, u"<not JSON, 8 bytes>"_s);

    // Saved again, it reads the same (blank lines are skipped).
    QByteArray again = FrameRecording::toJsonLines(loaded);
    again.insert(again.indexOf('\n') + 1, "\n   \n");
    FrameRecording::Recording parsed;
    QVERIFY2(FrameRecording::parse(again, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.lines.size(), loaded.rowCount());
}

void tst_FrameLog::badRecordingsAreRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = R"({"t":0,"dir":"out","frame":{"method":"getMicMute","requestId":"1"}})";
    QTest::newRow("empty") << QByteArray() << u"no “roomdeck-recording” header"_s;
    QTest::newRow("missing header") << ok + "\n" + ok + "\n" << u"not a RoomDeck recording"_s;
    QTest::newRow("unknown format") << QByteArray(R"({"format":"something-else","version":1})")
                                    << u"not a RoomDeck recording"_s;
    QTest::newRow("version 2") << header(2) + "\n" + ok + "\n" << u"version 2"_s;
    QTest::newRow("no started") << QByteArray(
        R"({"format":"roomdeck-recording","version":1,"room":"x"})")
                                << u"“started”"_s;
    QTest::newRow("malformed line 3")
        << header() + "\n" + ok + "\n" + R"({"t":5,"dir":"in","frame":{"method":)" + "\n"
        << u"Line 3 is not JSON"_s;
    QTest::newRow("blank lines count")
        << header() + "\n\n" + ok + "\n" + R"({"t":-1,"dir":"in","frame":{}})" << u"Line 4 "_s;
    QTest::newRow("bad direction") << header() + "\n" + R"({"t":1,"dir":"sideways","frame":{}})"
                                   << u"Line 2 has no valid direction"_s;
    QTest::newRow("no frame") << header() + "\n" + R"({"t":1,"dir":"in"})"
                              << u"Line 2 has neither"_s;
    QTest::newRow("too long line") << header() + "\n" + ok + "\n"
            + R"({"t":1,"dir":"in","frame":{"x":")" + QByteArray(FrameRecording::kMaxLineBytes, 'a')
            + "\"}}\n" << u"Line 3 is longer than 1 MiB"_s;
}

void tst_FrameLog::badRecordingsAreRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    FrameLog log;
    log.addFrame(Direction::In, frame(u"{\"method\":\"event\",\"event\":\"kept\"}"_s));
    QString error;
    QVERIFY(!FrameRecording::load(path, &log, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // A refused recording leaves the log as it was.
    QCOMPARE(log.rowCount(), 1);
    QVERIFY(!log.isReadOnly());
    QVERIFY(!FrameRecording::load(dir.filePath(u"missing.jsonl"_s), &log, &error));
    QVERIFY(error.contains(u"missing.jsonl"_s));
}

void tst_FrameLog::validatesHandWrittenRequests_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    const int admin = int(Room::Role::Admin);
    const int user = int(Room::Role::User);
    QTest::newRow("fine") << u"{\"method\":\"setMicMute\",\"mute\":true}"_s << user << true
                          << u"Ready to send “setMicMute” with 1 parameter"_s;
    QTest::newRow("requestId ignored")
        << u"{\"method\":\"getMicMute\",\"requestId\":\"x\"}"_s << user << true << u"Ready"_s;
    QTest::newRow("empty") << u"  "_s << user << false << u"Type a request"_s;
    QTest::newRow("array") << u"[1]"_s << user << false << u"must be a JSON object"_s;
    QTest::newRow("no method") << u"{\"mute\":true}"_s << user << false << u"“method”"_s;
    QTest::newRow("unknown method") << u"{\"method\":\"makeCoffee\"}"_s << admin << false
                                    << u"“makeCoffee” is not a method of the room API"_s;
    QTest::newRow("unknown parameter")
        << u"{\"method\":\"setMicMute\",\"mute\":true,\"loud\":1}"_s << admin << false
        << u"“setMicMute” has no parameter “loud” (it takes: mute)"_s;
    QTest::newRow("no parameters")
        << u"{\"method\":\"getMicMute\",\"x\":1}"_s << admin << false << u"takes no parameters"_s;
    QTest::newRow("wrong type bool") << u"{\"method\":\"setMicMute\",\"mute\":\"yes\"}"_s << admin
                                     << false << u"“mute” must be true or false"_s;
    QTest::newRow("wrong type int") << u"{\"method\":\"getCallHistory\",\"count\":2.5}"_s << admin
                                    << false << u"“count” must be a whole number"_s;
    QTest::newRow("auth") << u"{\"method\":\"auth\",\"type\":\"unsecured\"}"_s << admin << false
                          << u"managed by RoomDeck's sign-in"_s;
    QTest::newRow("setUsedApiVersion") << u"{\"method\":\"setUsedApiVersion\",\"version\":\"1\"}"_s
                                       << admin << false << u"managed by RoomDeck's sign-in"_s;
    QTest::newRow("admin-only at user")
        << u"{\"method\":\"rebootSystem\"}"_s << user << false << u"needs Administrator access"_s;
    QTest::newRow("admin-only at admin")
        << u"{\"method\":\"rebootSystem\"}"_s << admin << true << u"Ready"_s;
    QTest::newRow("clear history at user")
        << u"{\"method\":\"clearCallHistory\"}"_s << user << false << u"administrator"_s;
    QTest::newRow("masked value")
        << u"{\"method\":\"call\",\"peerId\":\"\\\\c\\\\secret\",\"pin\":\"***\"}"_s << admin
        << false << u"“pin” is masked (***)"_s;
    QTest::newRow("security setting at user")
        << u"{\"method\":\"setSettings\",\"settings\":{\"enableAutologin\":true}}"_s << user
        << false << u"enableAutologin"_s;
}

void tst_FrameLog::validatesHandWrittenRequests()
{
    QFETCH(QString, text);
    QFETCH(int, role);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    const RawRequest::Check check = RawRequest::validate(text, Room::Role(role));
    QCOMPARE(check.ok, ok);
    QVERIFY2(check.message.contains(message), qPrintable(check.message));
    if (ok)
        QVERIFY(!check.params.contains(u"requestId"_s));
}

void tst_FrameLog::parseErrorsSayWhere()
{
    const RawRequest::Check check = RawRequest::validate(
        u"{\n  \"method\": \"getMicMute\",\n  \"mute\" true\n}"_s, Room::Role::Admin);
    QVERIFY(!check.ok);
    QCOMPARE(check.line, 3);
    QVERIFY(check.column > 1);
    QVERIFY2(check.message.contains(u"line 3, column"_s), qPrintable(check.message));
}

void tst_FrameLog::sendsAValidRequestAndPairsIt()
{
    Fixture f;
    QVERIFY(f.start(Creds::unsecured(Room::Role::Admin)));
    // The session's own parts read the microphone too; count from here.
    QTRY_COMPARE(f.log->pendingCount(), 0);
    const qsizetype before = f.sim->receivedMethods().count(u"getMicMute"_s);
    const RequestOutcome o
        = f.send({ { u"method"_s, u"getMicMute"_s }, { u"requestId"_s, u"mine"_s } });
    QCOMPARE(o.status, Status::Reply);
    QVERIFY(o.requestId.startsWith(u"rd-"_s));
    QVERIFY(o.reply.contains(u"mute"_s));
    QCOMPARE(f.sim->receivedMethods().count(u"getMicMute"_s), before + 1);
    const int row = rowOf(*f.log, Kind::Reply, u"getMicMute"_s);
    QVERIFY(row >= 0);
    QCOMPARE(f.log->frame(f.log->pairRow(row)).requestId, o.requestId);
    // Refused locally and never sent: an unknown parameter.
    const RequestOutcome bad = f.send({ { u"method"_s, u"getMicMute"_s }, { u"x"_s, 1 } });
    QCOMPARE(bad.status, Status::RefusedLocally);
    QVERIFY(bad.errorText.contains(u"no parameters"_s));
    QCOMPARE(f.send({ { u"method"_s, u"getAppState"_s } }).status, Status::Reply); // a barrier
    QCOMPARE(f.sim->receivedMethods().count(u"getMicMute"_s), before + 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_FrameLog::refusesAdminOnlyAtUserLevelBeforeSending()
{
    Fixture f;
    QVERIFY(f.start(Creds::unsecured(Room::Role::User)));
    QSignalSpy finished(f.session->rawRequest(), &RawRequest::finished);
    for (const QString &method :
         { u"rebootSystem"_s, u"clearCallHistory"_s, u"getHardwareKey"_s }) {
        const RequestOutcome o = f.send({ { u"method"_s, method } });
        QCOMPARE(o.status, Status::RefusedLocally);
        QVERIFY2(o.errorText.contains(u"dministrator"_s), qPrintable(o.errorText));
    }
    QCOMPARE(finished.count(), 3);
    // A round trip: whatever was sent before has reached the room.
    QCOMPARE(f.send({ { u"method"_s, u"getMicMute"_s } }).status, Status::Reply);
    const QStringList received = f.sim->receivedMethods();
    QVERIFY(!received.contains(u"rebootSystem"_s));
    QVERIFY(!received.contains(u"clearCallHistory"_s));
    QVERIFY(!received.contains(u"getHardwareKey"_s));
    QVERIFY(received.contains(u"getMicMute"_s));
    QCOMPARE(rowOf(*f.log, Kind::Request, u"rebootSystem"_s), -1);
    // Disconnected: refused, not sent.
    f.session->controller()->disconnectFromRoom();
    QCOMPARE(f.send({ { u"method"_s, u"getMicMute"_s } }).status, Status::RefusedLocally);
}

QTEST_GUILESS_MAIN(tst_FrameLog)
#include "tst_framelog.moc"
