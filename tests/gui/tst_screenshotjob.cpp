// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "gui/screenshotjob.h"
#include "rawtcpserver.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class tst_ScreenshotJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ScreenshotJob::Result>(); }
    void connectedButNotReadyIsNotCalledSilence();
    void notConnectedSaysWhere();
};

void tst_ScreenshotJob::connectedButNotReadyIsNotCalledSilence()
{
    // Connected and loaded, but the window's data never settles: the room answered, so
    // "no answer within 20 s (state: Connected)" would be wrong.
    auto sim = SimRoom::start();
    RoomController controller(SimRoom::fastOptions());
    QWidget window;
    QTemporaryDir dir;
    ScreenshotJob job(&controller, &window, dir.filePath(u"never.png"_s));
    job.setDeadline(1500);
    job.setReadyCondition([] { return false; });
    QSignalSpy finished(&job, &ScreenshotJob::finished);
    job.start();
    controller.connectToRoom(SimRoom::addressOf(*sim), RoomController::Credentials::unsecured());
    QVERIFY(finished.wait(10000));
    QVERIFY(controller.isReady());
    QCOMPARE(finished.first().at(0).value<ScreenshotJob::Result>(),
             ScreenshotJob::Result::NotReady);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(!message.contains(u"no answer"_s), qPrintable(message));
    QVERIFY2(message.startsWith(u"connected, but"_s), qPrintable(message));
}

void tst_ScreenshotJob::notConnectedSaysWhere()
{
    RawTcpServer blackHole(RawTcpServer::Mode::Silent);
    RoomController controller(SimRoom::fastOptions());
    QWidget window;
    QTemporaryDir dir;
    ScreenshotJob job(&controller, &window, dir.filePath(u"never.png"_s));
    job.setDeadline(300);
    QSignalSpy finished(&job, &ScreenshotJob::finished);
    job.start();
    controller.connectToRoom(
        RoomAddress::parse(u"127.0.0.1:"_s + QString::number(blackHole.port())),
        RoomController::Credentials::unsecured());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<ScreenshotJob::Result>(),
             ScreenshotJob::Result::NotConnected);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(u"finding the room"_s), qPrintable(message));
}

QTEST_MAIN(tst_ScreenshotJob)
#include "tst_screenshotjob.moc"
