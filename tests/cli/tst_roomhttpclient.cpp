// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/http/roomhttpclient.h"
#include "simroom.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Error = RoomHttpClient::Error;

namespace {

// Every roomdeck.* log line of the test run, debug and info included (ctest switches info
// off through QT_LOGGING_RULES, which a category filter overrides).
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && qstrncmp(context.category, "roomdeck.", 9) == 0) {
        g_logLines.append(text);
        if (type == QtDebugMsg || type == QtInfoMsg)
            return;
    }
    g_previousHandler(type, context, text);
}

void enableRoomDeckCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "roomdeck.", 9) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

bool connectAndWait(RoomController &c, const RoomSimulator &sim,
                    const Creds &creds = Creds::unsecured())
{
    c.connectToRoom(SimRoom::addressOf(sim), creds);
    QSignalSpy spy(&c, &RoomController::startupCompleted);
    return c.isReady() || spy.wait(5000);
}

//! The HTTP tokens the room hands out, read from the replies the controller receives.
class TokenRecorder final : public QObject
{
public:
    explicit TokenRecorder(RoomController *c)
    {
        connect(c, &RoomController::requestFinished, this, [this](const RequestOutcome &o) {
            const QString token = o.reply.value(u"token"_s).toString();
            if (o.method == u"getTokenForHttpServer"_s && !token.isEmpty())
                tokens.append(token);
        });
    }
    QStringList tokens;
};

//! No log line shows a token: neither a recorded one nor any `token=` value but "***".
void verifyNoTokenIn(const QStringList &texts, const QStringList &tokens)
{
    static const QRegularExpression unmasked(u"token=(?!\\*\\*\\*)"_s);
    for (const QString &line : texts) {
        QVERIFY2(!unmasked.match(line).hasMatch(), qPrintable(line));
        for (const QString &token : tokens)
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
}

int countOf(const QStringList &list, const QString &value)
{
    return int(list.count(value));
}

} // namespace

class tst_RoomHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void uploadsAFileTheRoomCanUse();
    void uploadsDataAsUser();
    void retriesExactlyOnceOn401();
    void rejectsBadFilesBeforeAskingTheRoom_data();
    void rejectsBadFilesBeforeAskingTheRoom();
    void oneUploadAtATime();
    void tokenThatNeverComes();
    void cancelDuringTheTransfer();
    void notConnected();

private:
    QTemporaryDir m_dir;
};

void tst_RoomHttpClient::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    QVERIFY(m_dir.isValid());
    g_previousFilter = QLoggingCategory::installFilter(enableRoomDeckCategories);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_RoomHttpClient::init()
{
    g_logLines.clear();
}

void tst_RoomHttpClient::uploadsAFileTheRoomCanUse()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    TokenRecorder recorder(&c);
    QVERIFY(connectAndWait(c, *sim));

    const QString path = m_dir.filePath(u"logo.png"_s);
    // Noise keeps the PNG near 64 KiB: enough for several progress steps.
    const QByteArray data = TestImages::png({ 148, 148 }, true);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QSignalSpy progress(&http, &RoomHttpClient::uploadProgress);
    QVERIFY(http.uploadFile(path));
    QVERIFY(http.isBusy());
    QVERIFY(finished.wait(5000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!http.isBusy());

    const int fileId = finished.first().first().toInt();
    QVERIFY(sim->hasFile(fileId));
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QVERIFY(last.at(1).toLongLong() > data.size()); // multipart framing around the file
    QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
    QCOMPARE(countOf(sim->receivedMethods(), u"getTokenForHttpServer"_s), 1);

    // The FileId is what setLogo takes (room-api.md §7.7).
    QSignalSpy outcomes(&c, &RoomController::requestFinished);
    c.sendRequest(u"setLogo"_s, { { u"fileId"_s, fileId }, { u"mode"_s, 0 } });
    QVERIFY(outcomes.wait(3000));
    QVERIFY(outcomes.first().first().value<RequestOutcome>().ok());

    QCOMPARE(recorder.tokens.size(), 1);
    QVERIFY(g_logLines.filter(u"POST"_s).size() == 1);
    QVERIFY(g_logLines.filter(u"token=***"_s).size() >= 1);
    verifyNoTokenIn(g_logLines, recorder.tokens);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomHttpClient::uploadsDataAsUser()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim, Creds::unsecured(Room::Role::User)));

    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QVERIFY(http.uploadData("background bytes", u"wall.jpg"_s, u"image/jpeg"_s));
    QVERIFY(finished.wait(5000));
    QVERIFY(sim->hasFile(finished.first().first().toInt()));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomHttpClient::retriesExactlyOnceOn401()
{
    RoomSimulator::Options options;
    options.httpTokenLifetimeSecs = 0; // every HTTP token is expired when it arrives
    auto sim = SimRoom::start(options);
    RoomController c(SimRoom::fastOptions());
    TokenRecorder recorder(&c);
    QVERIFY(connectAndWait(c, *sim));

    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QVERIFY(http.uploadData("logo", u"logo.png"_s, u"image/png"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.first().at(0).value<Error>(), Error::Unauthorized);
    const QString text = failed.first().at(1).toString();
    QVERIFY2(text.contains(u"401"_s), qPrintable(text));

    // Two fresh tokens, two POSTs, the second one marked as the retry; then it gives up.
    QCOMPARE(countOf(sim->receivedMethods(), u"getTokenForHttpServer"_s), 2);
    QCOMPARE(recorder.tokens.size(), 2);
    QVERIFY(recorder.tokens.at(0) != recorder.tokens.at(1));
    QCOMPARE(g_logLines.filter(u"POST"_s).size(), 2);
    QCOMPARE(g_logLines.filter(u"retry after HTTP 401"_s).size(), 1);
    verifyNoTokenIn(g_logLines + QStringList { text }, recorder.tokens);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_RoomHttpClient::rejectsBadFilesBeforeAskingTheRoom_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: do not create the file
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<Error>("kind");

    QTest::newRow("missing") << u"missing.png"_s << QByteArray() << qint64(1024)
                             << Error::FileUnreadable;
    QTest::newRow("directory") << u"."_s << QByteArray() << qint64(1024) << Error::FileUnreadable;
    QTest::newRow("empty") << u"empty.png"_s << QByteArray("") << qint64(1024) << Error::FileEmpty;
    QTest::newRow("too large") << u"big.png"_s << QByteArray(11, 'x') << qint64(10)
                               << Error::FileTooLarge;
}

void tst_RoomHttpClient::rejectsBadFilesBeforeAskingTheRoom()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(qint64, limit);
    QFETCH(Error, kind);

    const QString path = QDir(m_dir.path()).filePath(name);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Error staticKind = Error::None;
    const QString problem = RoomHttpClient::fileProblem(path, limit, &staticKind);
    QCOMPARE(staticKind, kind);
    QVERIFY(!problem.isEmpty());

    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    RoomHttpClient http(&c);
    http.setMaxUploadBytes(limit);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QVERIFY(http.uploadFile(path));
    QCOMPARE(failed.size(), 0); // never from inside the call
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(0).value<Error>(), kind);
    QCOMPARE(failed.first().at(1).toString(), problem);
    QVERIFY(!sim->receivedMethods().contains(u"getTokenForHttpServer"_s));
}

void tst_RoomHttpClient::oneUploadAtATime()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QVERIFY(http.uploadData("one", u"one.png"_s));
    QVERIFY(!http.uploadData("two", u"two.png"_s));
    QVERIFY(finished.wait(5000));
    QCOMPARE(failed.size(), 0);
    // Idle again: the next upload is accepted.
    QVERIFY(http.uploadData("three", u"three.png"_s));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(countOf(sim->receivedMethods(), u"getTokenForHttpServer"_s), 2);
}

void tst_RoomHttpClient::tokenThatNeverComes()
{
    auto sim = SimRoom::start();
    RoomController::Options options = SimRoom::fastOptions();
    options.requestTimeoutMs = 300;
    RoomController c(options);
    QVERIFY(connectAndWait(c, *sim));
    sim->setReplyDelay(u"getTokenForHttpServer"_s, -1);

    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QSignalSpy outcomes(&c, &RoomController::requestFinished);

    // Cancelled while waiting: failed(Cancelled) at once, and nothing more when the token
    // request ends later (as a timeout).
    QVERIFY(http.uploadData("logo", u"logo.png"_s));
    QTRY_VERIFY(sim->receivedMethods().contains(u"getTokenForHttpServer"_s));
    http.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Error>(), Error::Cancelled);
    QVERIFY(!http.isBusy());
    QVERIFY(outcomes.wait(3000));
    QCOMPARE(outcomes.first().first().value<RequestOutcome>().status,
             RequestOutcome::Status::Timeout);
    QCOMPARE(failed.size(), 1);
    http.cancel(); // idle: nothing happens
    QCOMPARE(failed.size(), 1);

    // Left waiting: the token request's timeout ends the upload.
    QVERIFY(http.uploadData("logo", u"logo.png"_s));
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).value<Error>(), Error::Timeout);
    QCOMPARE(finished.size(), 0);
}

void tst_RoomHttpClient::cancelDuringTheTransfer()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));

    RoomHttpClient http(&c);
    QSignalSpy finished(&http, &RoomHttpClient::finished);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    connect(&http, &RoomHttpClient::uploadProgress, &http, [&http](qint64 sent, qint64) {
        if (sent > 0)
            http.cancel();
    });
    QVERIFY(http.uploadData(QByteArray(4 * 1024 * 1024, 'x'), u"large.png"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Error>(), Error::Cancelled);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!http.isBusy());
}

void tst_RoomHttpClient::notConnected()
{
    RoomController c(SimRoom::fastOptions());
    RoomHttpClient http(&c);
    QSignalSpy failed(&http, &RoomHttpClient::failed);
    QVERIFY(http.uploadData("logo", u"logo.png"_s));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(0).value<Error>(), Error::NotConnected);
}

QTEST_GUILESS_MAIN(tst_RoomHttpClient)
#include "tst_roomhttpclient.moc"
