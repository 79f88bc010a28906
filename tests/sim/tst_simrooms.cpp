// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simroom.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

//! `roomdeck-sim --rooms N`: N independent rooms in one process, each found through its own
//! config.json, with its own name and TrueConf ID; bounded N with a clear error.
class tst_SimRooms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeRooms();
    void badCounts_data();
    void badCounts();
};

namespace {

QString program()
{
    return QString::fromUtf8(ROOMDECK_SIM_BINARY);
}

//! The web ports and TrueConf IDs of the rooms roomdeck-sim listed, in order.
struct Listed
{
    QList<quint16> webPorts;
    QStringList names;
    QStringList ids;
};

Listed parseListing(const QString &out)
{
    static const QRegularExpression line(
        u"^roomdeck-sim: (Room \\d+): web port (\\d+) \\(http://[^)]*/config\\.json\\), "
        "WebSocket port \\d+, HTTP port \\d+, TrueConf ID (\\S+)$"_s,
        QRegularExpression::MultilineOption);
    Listed listed;
    auto it = line.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        listed.names << m.captured(1);
        listed.webPorts << quint16(m.captured(2).toUInt());
        listed.ids << m.captured(3);
    }
    return listed;
}

} // namespace

void tst_SimRooms::threeRooms()
{
    QProcess process;
    process.start(program(), { u"--rooms"_s, u"3"_s });
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromLocal8Bit(process.readAllStandardOutput()),
                              out.contains(u"both modes unsecured"_s)),
                             10000);
    const Listed listed = parseListing(out);
    QCOMPARE(listed.names, QStringList({ u"Room 1"_s, u"Room 2"_s, u"Room 3"_s }));
    QCOMPARE(QSet<quint16>(listed.webPorts.cbegin(), listed.webPorts.cend()).size(), 3);
    QCOMPARE(QSet<QString>(listed.ids.cbegin(), listed.ids.cend()).size(), 3);

    // Each room is a room of its own: discovery through its config.json, its own name and ID.
    QSet<QString> wsUrls;
    for (int i = 0; i < 3; ++i) {
        RoomController controller(SimRoom::fastOptions());
        controller.connectToRoom(RoomAddress::parse(u"127.0.0.1:%1"_s.arg(listed.webPorts.at(i))),
                                 RoomController::Credentials::unsecured());
        QTRY_VERIFY_WITH_TIMEOUT(controller.isReady(), 10000);
        QCOMPARE(controller.trueConfId(), listed.ids.at(i));
        QCOMPARE(controller.displayName(), listed.names.at(i));
        wsUrls.insert(controller.webSocketUrl().toString());
        controller.disconnectFromRoom();
    }
    QCOMPARE(wsUrls.size(), 3);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void tst_SimRooms::badCounts_data()
{
    QTest::addColumn<QString>("count");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("too many") << u"1001"_s;
    QTest::newRow("not a number") << u"three"_s;
}

void tst_SimRooms::badCounts()
{
    QFETCH(QString, count);
    QProcess process;
    process.start(program(), { u"--rooms"_s, count });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(u"invalid value for --rooms: %1 (expected 1 to 1000)"_s.arg(count)),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_SimRooms)
#include "tst_simrooms.moc"
