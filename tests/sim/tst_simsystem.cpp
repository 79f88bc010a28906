// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Branding, the built-in HTTP server, system, licence and security (room-api.md §3.4, §7.7,
//! §7.8, §8, §10 h/i/r).
class tst_SimSystem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logo();
    void background();
    void uploadLimit();
    void framesTestCard();
    void participantFrames();
    void framesShowTheCamera();
    void framesDarkWhileTheCameraIsOff();
    void framesFaultKnobs();
    void rebootComesBack_data();
    void rebootComesBack();
    void shutdownSystemClosesConnections();
    void licence();
    void pinRotatesAfterConference();
    void ownStatusAndSchedule();
};

namespace {

QString tokenOf(TestClient &c)
{
    return c.call(u"getTokenForHttpServer"_s).value(u"token"_s).toString();
}

QImage selfFrame(QNetworkAccessManager &nam, const RoomSimulator &sim, TestClient &c)
{
    const HttpResult r
        = httpGet(nam,
                  withPath(sim.httpUrl(), u"/frames/"_s,
                           { { u"peerId"_s, u"#self:0"_s }, { u"token"_s, tokenOf(c) } }));
    if (r.status != 200)
        return {};
    return QImage::fromData(r.body, "JPG").convertToFormat(QImage::Format_RGB32);
}

//! Mean grey level (0-255) of `area` of `image`.
double meanGrey(const QImage &image, const QRect &area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            sum += qGray(image.pixel(x, y));
            ++n;
        }
    return n ? sum / n : 0;
}

//! How many pixels of `area` differ clearly between `a` and `b`.
int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 40)
                ++n;
    return n;
}

} // namespace

void tst_SimSystem::logo()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    const int text = sim.addFile(u"notes.txt"_s, "hello, not a picture");
    const int png = sim.addFile(u"logo.png"_s, pngBytes());
    // A PNG header followed by too little data: it announces an image but does not decode.
    const int truncated = sim.addFile(u"broken.png"_s, pngBytes().left(40));

    // The file must exist and be an image (§10 clarifications: otherwise parameters).
    QCOMPARE(c.call(u"setLogo"_s, { { u"fileId"_s, text }, { u"mode"_s, 0 } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QCOMPARE(c.call(u"setLogo"_s, { { u"fileId"_s, truncated }, { u"mode"_s, 0 } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QCOMPARE(c.call(u"setLogo"_s, { { u"fileId"_s, 999 }, { u"mode"_s, 0 } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"setLogo"_s, { { u"fileId"_s, png }, { u"mode"_s, 1 } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.eventsUntil(u"customLogoUsageChanged"_s),
             (QStringList { u"logoImageChanged"_s, u"customLogoUsageChanged"_s }));
    QCOMPARE(
        compact(c.waitEvent(u"logoImageChanged"_s)),
        uR"({"event":"logoImageChanged","fileId":%1,"isCustomImage":true,"method":"event","mode":1})"_s
            .arg(png));
    QCOMPARE(c.waitEvent(u"customLogoUsageChanged"_s).value(u"use"_s), QJsonValue(true));
    QCOMPARE(compact(c.call(u"getLogo"_s).value(u"fileId"_s)), QString::number(png));

    // Another custom logo: still a custom one, no usage change.
    c.call(u"setLogo"_s, { { u"fileId"_s, png }, { u"mode"_s, 0 } });
    QVERIFY(!c.waitEvent(u"logoImageChanged"_s).isEmpty());
    QCOMPARE(c.eventCount(u"customLogoUsageChanged"_s), 0);

    QVERIFY(c.call(u"setDefaultLogo"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"logoImageChanged"_s).value(u"isCustomImage"_s), QJsonValue(false));
    QCOMPARE(c.waitEvent(u"customLogoUsageChanged"_s).value(u"use"_s), QJsonValue(false));
    const QJsonObject none = c.call(u"getLogo"_s);
    QCOMPARE(none.value(u"isCustomImage"_s), QJsonValue(false));
    QVERIFY(!none.contains(u"fileId"_s));
}

void tst_SimSystem::background()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s)); // not admin-only
    const int png = sim.addFile(u"bg.png"_s, pngBytes());
    QCOMPARE(c.call(u"setBackground"_s, { { u"fileId"_s, sim.addFile(u"x"_s, "x") } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"setBackground"_s, { { u"fileId"_s, png } }).value(u"result"_s).toBool());
    QCOMPARE(
        compact(c.waitEvent(u"backgroundImageChanged"_s)),
        uR"({"event":"backgroundImageChanged","fileId":%1,"isCustomImage":true,"method":"event"})"_s
            .arg(png));
    QCOMPARE(c.call(u"getBackground"_s).value(u"fileId"_s).toInt(), png);
    QVERIFY(c.call(u"setDefaultBackground"_s).value(u"result"_s).toBool());
    QCOMPARE(c.waitEvent(u"backgroundImageChanged"_s).value(u"isCustomImage"_s), QJsonValue(false));
    QCOMPARE(c.call(u"getBackground"_s).value(u"isCustomImage"_s), QJsonValue(false));
    QCOMPARE(c.call(u"getLogo"_s).value(u"error"_s).toString(), u"Access denied"_s);
}

void tst_SimSystem::uploadLimit()
{
    RoomSimulator::Options o = options();
    o.maxUploadBytes = 4096;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QNetworkAccessManager nam;
    const QUrl files = withPath(sim.httpUrl(), u"/files/"_s, { { u"token"_s, tokenOf(c) } });
    const HttpResult big = httpUpload(nam, files, u"file"_s, QByteArray(8192, 'x'));
    QCOMPARE(big.status, 413);
    QVERIFY2(big.body.contains("limited to 4096 bytes"), big.body.constData());
    QVERIFY(big.fileId.isEmpty());
    const HttpResult small = httpUpload(nam, files, u"file"_s, pngBytes());
    QCOMPARE(small.status, 200);
    QVERIFY(sim.hasFile(small.fileId.toInt()));
    // The token is checked before anything else (§10 i).
    QCOMPARE(
        httpUpload(nam, withPath(sim.httpUrl(), u"/files/"_s), u"file"_s, QByteArray(8192, 'x'))
            .status,
        401);
}

void tst_SimSystem::framesTestCard()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    QNetworkAccessManager nam;
    QUrl url = sim.httpUrl();
    url.setPath(u"/frames/"_s);
    url.setQuery(u"peerId=%23self%3A0&token="_s + tokenOf(c));
    const HttpResult first = httpGet(nam, url);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.contentType, QByteArray("image/jpeg"));
    const QImage image = QImage::fromData(first.body, "JPG");
    QCOMPARE(image.size(), QSize(480, 270));
    // The bar moves: every frame differs from the one before.
    const HttpResult second = httpGet(nam, url);
    QCOMPARE(second.status, 200);
    QVERIFY(second.body != first.body);

    QCOMPARE(
        httpGet(nam, withPath(sim.httpUrl(), u"/frames/"_s, { { u"token"_s, tokenOf(c) } })).status,
        400); // peerId missing
}

void tst_SimSystem::participantFrames()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QNetworkAccessManager nam;
    const auto frame = [&](const QString &peerId) {
        return httpGet(nam,
                       withPath(sim.httpUrl(), u"/frames/"_s,
                                { { u"peerId"_s, peerId }, { u"token"_s, tokenOf(c) } }));
    };
    QCOMPARE(frame(u"alice@video.example.net"_s).status, 404); // not in a call with her
    c.call(u"call"_s, { { u"peerId"_s, u"alice@video.example.net"_s } });
    QVERIFY(c.waitAppState(5));
    const QString instance = sim.participants().at(1).toObject().value(u"peerId"_s).toString();
    const HttpResult alice = frame(instance);
    QCOMPARE(alice.status, 200);
    QVERIFY(!QImage::fromData(alice.body, "JPG").isNull());
    QCOMPARE(frame(u"alice@video.example.net"_s).status, 200);
    QCOMPARE(frame(u"bob@video.example.net"_s).status, 404);
}

void tst_SimSystem::framesShowTheCamera()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QNetworkAccessManager nam;
    // The picture area without the moving bar's band of the top rows (the overlay) and the
    // bottom band (clock): what pan and zoom change.
    const QRect picture(0, 60, 480, 110);
    const QImage before = selfFrame(nam, sim, c);
    QCOMPARE(before.size(), QSize(480, 270));
    QVERIFY(meanGrey(before, picture) > 80);

    QVERIFY(c.call(u"setPanPos"_s, { { u"pos"_s, 60 } }).value(u"result"_s).toBool());
    const QImage panned = selfFrame(nam, sim, c);
    QVERIFY(!panned.isNull());
    // The bars moved by about 90 pixels: most of the picture changed colour.
    QVERIFY2(differingPixels(before, panned, picture) > picture.width() * picture.height() / 3,
             qPrintable(QString::number(differingPixels(before, panned, picture))));
    // The values are written on the card (top left): that corner differs too.
    QVERIFY(differingPixels(before, panned, QRect(4, 4, 300, 26)) > 50);

    QVERIFY(c.call(u"setZoomPos"_s, { { u"pos"_s, 1000 } }).value(u"result"_s).toBool());
    const QImage zoomed = selfFrame(nam, sim, c);
    QVERIFY(differingPixels(panned, zoomed, picture) > picture.width() * picture.height() / 4);
}

void tst_SimSystem::framesDarkWhileTheCameraIsOff()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QNetworkAccessManager nam;
    const QRect whole(0, 0, 480, 270);
    QVERIFY(meanGrey(selfFrame(nam, sim, c), whole) > 60);

    QVERIFY(c.call(u"setVideoMute"_s, { { u"mute"_s, true } }).value(u"result"_s).toBool());
    const QImage muted = selfFrame(nam, sim, c);
    QCOMPARE(muted.size(), QSize(480, 270));
    QVERIFY2(meanGrey(muted, whole) < 25, qPrintable(QString::number(meanGrey(muted, whole))));
    // "CAMERA OFF" is written on it: some light pixels in the middle band.
    QVERIFY(meanGrey(muted, QRect(100, 80, 280, 28)) > meanGrey(muted, QRect(0, 0, 480, 60)));

    QVERIFY(c.call(u"setVideoMute"_s, { { u"mute"_s, false } }).value(u"result"_s).toBool());
    QVERIFY(meanGrey(selfFrame(nam, sim, c), whole) > 60);

    // No camera selected: black as well.
    QVERIFY(
        c.call(u"setVideoCapturer"_s, { { u"name"_s, u"none"_s }, { u"description"_s, u"none"_s } })
            .value(u"result"_s)
            .toBool());
    QVERIFY(meanGrey(selfFrame(nam, sim, c), whole) < 25);
}

void tst_SimSystem::framesFaultKnobs()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QNetworkAccessManager nam;
    const QUrl url = withPath(sim.httpUrl(), u"/frames/"_s,
                              { { u"peerId"_s, u"#self:0"_s }, { u"token"_s, tokenOf(c) } });
    QCOMPARE(sim.frameRequestCount(), quint64(0));
    sim.setBrokenFrames(2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult broken = httpGet(nam, url);
        QCOMPARE(broken.status, 200);
        QVERIFY(!broken.body.isEmpty());
        QVERIFY(QImage::fromData(broken.body, "JPG").isNull());
    }
    const HttpResult good = httpGet(nam, url);
    QCOMPARE(good.status, 200);
    QVERIFY(!QImage::fromData(good.body, "JPG").isNull());
    // Every /frames/ request counts, refused ones too; /files/ does not.
    QCOMPARE(httpGet(nam, withPath(sim.httpUrl(), u"/frames/"_s)).status, 401);
    QCOMPARE(httpGet(nam, withPath(sim.httpUrl(), u"/files/"_s)).status, 401);
    QCOMPARE(sim.frameRequestCount(), quint64(4));
}

void tst_SimSystem::rebootComesBack_data()
{
    QTest::addColumn<bool>("newPort");
    QTest::newRow("same port") << false;
    QTest::newRow("new port") << true;
}

void tst_SimSystem::rebootComesBack()
{
    QFETCH(bool, newPort);
    RoomSimulator::Options o = options();
    // Long enough to look at the room while it is down, even on a busy machine.
    o.rebootDelayMs = 1000;
    o.rebootNewPort = newPort;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.open(sim.wsUrl()));
    const QString token = c.auth(u"unsecured"_s, u"admin"_s).value(u"token"_s).toString();
    const quint16 web = sim.webPort();
    const quint16 ws = sim.wsPort();
    const quint16 http = sim.httpPort();

    QSignalSpy rebooted(&sim, &RoomSimulator::rebooted);
    QSignalSpy closed(&c.socket(), &QWebSocket::disconnected);
    QVERIFY(c.call(u"rebootSystem"_s).value(u"result"_s).toBool());
    QTRY_COMPARE(closed.size(), 1);
    QTRY_VERIFY(!sim.isRunning());
    QNetworkAccessManager nam;
    QCOMPARE(
        httpGet(nam, QUrl(u"http://127.0.0.1:%1/public/default/config.json"_s.arg(web))).status,
        0); // the whole computer is down

    QVERIFY(rebooted.wait(kTimeout));
    QVERIFY(sim.isRunning());
    QCOMPARE(sim.webPort(), web);
    QCOMPARE(sim.httpPort(), http);
    QCOMPARE(sim.wsPort() != ws, newPort);
    QCOMPARE(wsPortInConfig(nam, sim), int(sim.wsPort()));

    // A fresh application: tokens from before are gone, the room logged in again.
    TestClient again;
    QVERIFY(again.open(sim.wsUrl()));
    QCOMPARE(again.auth(u"secured"_s, QString(), token).value(u"resultCode"_s).toInt(), 3);
    QVERIFY(again.auth(u"unsecured"_s, u"admin"_s).value(u"result"_s).toBool());
    QCOMPARE(again.call(u"getAppState"_s).value(u"appState"_s).toInt(), 3);
}

void tst_SimSystem::shutdownSystemClosesConnections()
{
    RoomSimulator::Options o = options();
    o.rebootDelayMs = 300; // only rebootSystem comes back
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QSignalSpy closed(&c.socket(), &QWebSocket::disconnected);
    // The Python client sends forAll; it is ignored.
    QVERIFY(c.call(u"shutdownSystem"_s, { { u"forAll"_s, true } }).value(u"result"_s).toBool());
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(sim.isRunning()); // §10 h: the sockets close, the emulator stays
    TestClient again;
    QVERIFY(again.openAs(sim));
}

void tst_SimSystem::licence()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(
        c.call(u"getSystemInfo"_s).value(u"permissionsInfo"_s).toObject().value(u"tariffName"_s),
        QJsonValue(u"FREE"_s));
    QCOMPARE(c.call(u"getHardwareKey"_s).value(u"key"_s).toString().isEmpty(), false);

    QCOMPARE(
        c.call(u"activateLicense"_s, { { u"key"_s, u"not a key"_s } }).value(u"status"_s).toInt(),
        1);
    QCOMPARE(compact(c.waitEvent(u"licenseActivation"_s)),
             uR"({"event":"licenseActivation","method":"event","status":1})"_s);
    QCOMPARE(c.call(u"activateLicense"_s, { { u"key"_s, u"USED-E929-837P-BHNQ-GKAV"_s } })
                 .value(u"status"_s)
                 .toInt(),
             2);
    QCOMPARE(c.waitEvent(u"licenseActivation"_s).value(u"status"_s).toInt(), 2);
    const QJsonObject ok = c.call(u"activateLicense"_s,
                                  { { u"key"_s, u"G3K3-E929-837P-BHNQ-GKAV-GSLH-T5YU-3TJ8"_s } });
    QCOMPARE(ok.value(u"status"_s).toInt(), 0);
    const QJsonObject event = c.waitEvent(u"licenseActivation"_s);
    QCOMPARE(event.value(u"status"_s).toInt(), 0);
    QCOMPARE(event.value(u"tariff"_s).toString(), u"PRO"_s);
    QVERIFY(event.value(u"end_date"_s).toString() > event.value(u"start_date"_s).toString());
    QCOMPARE(
        c.call(u"getSystemInfo"_s).value(u"permissionsInfo"_s).toObject().value(u"tariffName"_s),
        QJsonValue(u"PRO"_s));

    TestClient user;
    QVERIFY(user.openAs(sim, u"user"_s));
    QCOMPARE(user.call(u"activateLicense"_s, { { u"key"_s, u"x"_s } }).value(u"error"_s).toString(),
             u"Access denied"_s);
}

void tst_SimSystem::pinRotatesAfterConference()
{
    RoomSimulator sim(options(u"4711"_s));
    QVERIFY(startSim(sim));
    TestClient admin;
    TestClient user;
    QVERIFY(admin.open(sim.wsUrl()));
    QVERIFY(user.open(sim.wsUrl()));
    QVERIFY(admin.auth(u"secured"_s, u"admin"_s, u"4711"_s).value(u"result"_s).toBool());
    QVERIFY(user.auth(u"secured"_s, u"user"_s, u"4711"_s).value(u"result"_s).toBool());
    admin.call(u"setSettings"_s,
               { { u"settings"_s, QJsonObject { { u"changeUserAuthPinAfterConf"_s, true } } } });
    admin.call(u"createConference"_s,
               { { u"title"_s, u"Short"_s }, { u"confType"_s, u"symmetric"_s } });
    QVERIFY(admin.waitAppState(5));
    admin.call(u"hangUp"_s);
    QVERIFY(admin.waitAppState(3));
    // §3.5 cause 7: the user PIN was regenerated after the conference.
    QCOMPARE(user.waitEvent(u"authorizationNeeded"_s).value(u"cause"_s).toInt(), 7);
    const QString newPin
        = admin.call(u"getAuthInfo"_s).value(u"userAuth"_s).toObject().value(u"pin"_s).toString();
    QVERIFY(!newPin.isEmpty() && newPin != u"4711"_s);
    QCOMPARE(user.auth(u"secured"_s, u"user"_s, u"4711"_s).value(u"resultCode"_s).toInt(), 3);
    QVERIFY(user.auth(u"secured"_s, u"user"_s, newPin).value(u"result"_s).toBool());
    QCOMPARE(admin.eventCount(u"authorizationNeeded"_s), 0);
}

void tst_SimSystem::ownStatusAndSchedule()
{
    RoomSimulator sim(options());
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(
        c.call(u"setExtStatus"_s, { { u"extStatus"_s, 6 }, { u"additionalStatus"_s, u"Lunch"_s } })
            .value(u"result"_s)
            .toBool());
    const QJsonObject state = c.waitEvent(u"appStateChanged"_s);
    QCOMPARE(state.value(u"extStatus"_s).toInt(), 6);
    QCOMPARE(state.value(u"additionalStatus"_s).toString(), u"Lunch"_s);
    QCOMPARE(c.call(u"setExtStatus"_s, { { u"extStatus"_s, 42 } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);

    const QJsonObject schedule = c.call(u"getScheduler"_s);
    QCOMPARE(schedule.value(u"cnt"_s).toInt(), 2);
    const QJsonObject weekly = schedule.value(u"conferences"_s).toArray().at(0).toObject();
    for (const QString &field : { u"id"_s, u"created_at"_s, u"mode"_s, u"owner"_s, u"topic"_s,
                                  u"state"_s, u"invitations"_s, u"schedule_type"_s, u"schedule"_s })
        QVERIFY2(weekly.contains(field), qPrintable(field));
    QCOMPARE(c.call(u"getHttpServerSettings"_s)
                 .value(u"settings"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"value"_s)
                 .toInt(),
             int(sim.httpPort()));
}

QTEST_GUILESS_MAIN(tst_SimSystem)
#include "tst_simsystem.moc"
