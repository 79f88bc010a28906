// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl send --file / --raw (issue #18), in-process against the strict simulator.
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "cli/clisend.h"
#include "simroom.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct SendRun
{
    int code = -1;
    QString out;
    QString err;
};

//! `roomdeckctl --room SIM ARGS` with `input` as standard input.
SendRun runCli(const RoomSimulator &sim, const QStringList &args, const QByteArray &input = {})
{
    SendRun r;
    const CliParseResult parsed
        = CliCommandLine::parse(QStringList { u"roomdeckctl"_s, u"--room"_s,
                                              u"127.0.0.1:"_s + QString::number(sim.webPort()) }
                                    + args,
                                {});
    if (parsed.action != CliParseResult::Action::Run) {
        r.code = int(CliExit::Usage);
        r.err = parsed.text;
        return r;
    }
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRunner runner(parsed.options, &out, &err);
    runner.setInput(&in);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(10000))
        return r;
    r.code = finished.first().first().toInt();
    r.out = QString::fromUtf8(out.data());
    r.err = QString::fromUtf8(err.data());
    return r;
}

} // namespace

class tst_CliSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromFile();
    void fromStandardInput();
    void badFiles_data();
    void badFiles();
    void missingAndLargeFiles();
    void rawPrintsBothFramesMasked();
    void todaysSyntaxStillWorks();

private:
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

void tst_CliSend::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    QVERIFY(m_dir.isValid());
}

void tst_CliSend::fromFile()
{
    auto sim = SimRoom::start();
    const QString path = file(u"req.json"_s, "{\n  \"method\": \"getMicMute\"\n}\n");
    const SendRun r = runCli(*sim, { u"--json"_s, u"send"_s, u"--file"_s, path });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject reply = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(reply.value(u"method"_s).toString(), u"getMicMute"_s);
    QVERIFY(sim->receivedMethods().contains(u"getMicMute"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_CliSend::fromStandardInput()
{
    auto sim = SimRoom::start();
    const SendRun r = runCli(*sim, { u"--json"_s, u"send"_s, u"--file"_s, u"-"_s },
                             R"({"method":"getAppState"})");
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"method"_s).toString(),
             u"getAppState"_s);
}

void tst_CliSend::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad JSON") << QByteArray("{\n  \"method\": getMicMute\n}")
                              << u"at line 2, column 13"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"must be a JSON object"_s;
    QTest::newRow("no method") << QByteArray(R"({"mute": true})") << u"\"method\""_s;
    QTest::newRow("empty") << QByteArray(" \n") << u"is empty"_s;
}

void tst_CliSend::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto sim = SimRoom::start();
    const QString path = file(u"bad.json"_s, content);
    SendRun r = runCli(*sim, { u"send"_s, u"--file"_s, path });
    QCOMPARE(r.code, int(CliExit::Usage));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    // The same from standard input.
    r = runCli(*sim, { u"send"_s, u"--file"_s, u"-"_s }, content);
    QCOMPARE(r.code, int(CliExit::Usage));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!sim->receivedMethods().contains(u"getMicMute"_s)); // nothing was sent
}

void tst_CliSend::missingAndLargeFiles()
{
    auto sim = SimRoom::start();
    SendRun r = runCli(*sim, { u"send"_s, u"--file"_s, m_dir.filePath(u"none.json"_s) });
    QCOMPARE(r.code, int(CliExit::Usage));
    QVERIFY2(r.err.contains(u"cannot read"_s), qPrintable(r.err));
    QByteArray big = R"({"method":"getMicMute","pad":")";
    big += QByteArray(CliSend::kMaxRequestBytes, 'x') + "\"}";
    r = runCli(*sim, { u"send"_s, u"--file"_s, file(u"big.json"_s, big) });
    QCOMPARE(r.code, int(CliExit::Usage));
    QVERIFY2(r.err.contains(u"larger than"_s), qPrintable(r.err));
    // Both, or neither: usage errors.
    r = runCli(*sim, { u"send"_s, u"--file"_s, u"-"_s, u"{\"method\":\"getMicMute\"}"_s });
    QCOMPARE(r.code, int(CliExit::Usage));
    r = runCli(*sim, { u"send"_s });
    QCOMPARE(r.code, int(CliExit::Usage));
    r = runCli(*sim, { u"status"_s, u"--raw"_s });
    QCOMPARE(r.code, int(CliExit::Usage));
}

void tst_CliSend::rawPrintsBothFramesMasked()
{
    auto sim = SimRoom::start();
    const QByteArray request
        = R"({"method":"call","peerId":"\\c\\board","pin":"8642zz","requestId":"mine"})";
    const SendRun r = runCli(*sim, { u"send"_s, u"--raw"_s, u"--file"_s, u"-"_s }, request);
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.out.contains(u"8642zz"_s), qPrintable(r.out));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(r.out));
    QVERIFY2(lines.at(0).startsWith(u"-> {"_s), qPrintable(r.out));
    const QJsonObject sent = QJsonDocument::fromJson(lines.at(0).mid(3).toUtf8()).object();
    QCOMPARE(sent.value(u"method"_s).toString(), u"call"_s);
    QCOMPARE(sent.value(u"pin"_s).toString(), u"***"_s);
    const QString id = sent.value(u"requestId"_s).toString();
    QVERIFY(!id.isEmpty() && id != u"mine"_s); // roomdeckctl numbers its requests
    QVERIFY2(lines.at(1).startsWith(u"<- {"_s), qPrintable(r.out));
    const QJsonObject received = QJsonDocument::fromJson(lines.at(1).mid(3).toUtf8()).object();
    QCOMPARE(received.value(u"requestId"_s).toString(), id);
    // Only the request's frames: nothing of the sign-in or events.
    QCOMPARE(r.out.count(u"-> "_s), 1);
    QVERIFY(!r.out.contains(u"\"auth\""_s));
    // Then the reply, as without --raw.
    QVERIFY(r.out.contains(u"\"method\": \"call\""_s));
}

void tst_CliSend::todaysSyntaxStillWorks()
{
    auto sim = SimRoom::start();
    const SendRun r = runCli(*sim, { u"send"_s, u"{\"method\":\"getMicMute\"}"_s, u"--raw"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"-> {"_s));
    QVERIFY(r.out.contains(u"<- {"_s));
    const SendRun bad = runCli(*sim, { u"send"_s, u"{\"method\":"_s });
    QCOMPARE(bad.code, int(CliExit::Usage));
    QVERIFY2(bad.err.contains(u"line 1, column"_s), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(tst_CliSend)
#include "tst_clisend.moc"
