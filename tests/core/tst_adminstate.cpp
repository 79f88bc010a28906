// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/brandingstate.h"
#include "core/models/serveraccountstate.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;

namespace {

QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool connectAs(RoomController &c, RoomSimulator &sim, Room::Role role)
{
    QSignalSpy ready(&c, &RoomController::startupCompleted);
    c.connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    return ready.wait(5000);
}

} // namespace

class tst_AdminState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logoReadAtAdminSignInAndFollowed();
    void logoNeverAskedAtUserLevel();
    void serverAndAccount();
    void rebootIsExplainedAndReconnects();
};

void tst_AdminState::logoReadAtAdminSignInAndFollowed()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    BrandingState branding;
    RoomSession session(&c, RoomSession::Parts::None);
    session.attach(&branding);
    QSignalSpy logo(&branding, &BrandingState::logoChanged);
    QVERIFY(connectAs(c, *sim, Room::Role::Admin));
    QVERIFY(logo.wait());
    QVERIFY(branding.logo().known);
    QVERIFY(!branding.logo().isCustom);
    QCOMPARE(BrandingState::logoText(branding.logo()), u"Default logo"_s);
    QTRY_VERIFY(branding.background().known);

    const int fileId = sim->addFile(u"logo.png"_s, pngBytes());
    QSignalSpy done(&c, &RoomController::requestFinished);
    c.sendRequest(u"setLogo"_s, { { u"fileId"_s, fileId }, { u"mode"_s, 1 } });
    QTRY_VERIFY(branding.logo().isCustom);
    QCOMPARE(branding.logo().fileId, fileId);
    QCOMPARE(branding.logo().mode, 1);
    QVERIFY(BrandingState::logoText(branding.logo()).contains(u"original size"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_AdminState::logoNeverAskedAtUserLevel()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    BrandingState branding;
    RoomSession session(&c, RoomSession::Parts::None);
    session.attach(&branding);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(branding.background().known);
    QVERIFY(!branding.logo().known);
    QVERIFY(!sim->receivedMethods().contains(u"getLogo"_s));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_AdminState::serverAndAccount()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    ServerAccountState account;
    RoomSession session(&c, RoomSession::Parts::None);
    session.attach(&account);
    QSignalSpy changed(&account, &ServerAccountState::changed);
    QVERIFY(connectAs(c, *sim, Room::Role::Admin));
    QTRY_VERIFY(changed.size() >= 2);
    QVERIFY(account.isLoggedIn());
    QCOMPARE(account.peerId(), u"room101@sim.trueconf.local"_s);
    QSignalSpy login(&account, &ServerAccountState::loginFinished);
    sim->sendEvent(u"login"_s,
                   { { u"result"_s, 3 }, { u"peerId"_s, u""_s }, { u"peerDn"_s, u""_s } });
    QVERIFY(login.wait());
    QCOMPARE(login.first().at(0).toInt(), 3);
    QCOMPARE(account.lastLoginText(), u"Wrong login or password"_s);
    sim->sendEvent(u"logout"_s, { { u"result"_s, true }, { u"cause"_s, 0 } });
    QTRY_VERIFY(!account.isLoggedIn());
}

void tst_AdminState::rebootIsExplainedAndReconnects()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAs(c, *sim, Room::Role::Admin));
    QSignalSpy lost(&c, &RoomController::connectionLost);
    QSignalSpy outcome(&c, &RoomController::requestFinished);
    c.sendRequest(u"rebootSystem"_s);
    QVERIFY(lost.wait());
    QVERIFY(outcome.first().first().value<RequestOutcome>().ok());
    QVERIFY2(lost.first().first().toString().contains(u"restarting"_s),
             qPrintable(lost.first().first().toString()));
    QVERIFY(c.isRoomRestarting() || c.isReady());
    QTRY_VERIFY_WITH_TIMEOUT(c.isReady(), 5000);
    QVERIFY(!c.isRoomRestarting());
    QVERIFY(c.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AdminState)
#include "tst_adminstate.moc"
