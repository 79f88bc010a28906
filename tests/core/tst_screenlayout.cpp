// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// ScreenLayout against the strict simulator: monitors from the startup burst and live, the
// widget switches through the settings and what the room shows (administrator only), default
// layouts, and the video matrix in a conference with its verbs and local refusals.

#include "core/models/roomsettings.h"
#include "core/models/screenlayout.h"
#include "core/permissions/permissions.h"
#include "core/session/roomsession.h"
#include "sim/simscreen.h"
#include "sim/simtestcard.h"
#include "simroom.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Widget = ScreenLayout::Widget;

namespace {

const QString kSelf = u"#self:0"_s;
const QString kMia = u"mia@video.example.net"_s;

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

QStringList idsOf(const QList<ScreenLayout::Slot> &list)
{
    QStringList ids;
    for (const ScreenLayout::Slot &s : list)
        ids.append(s.callId);
    return ids;
}

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    ScreenLayout *screen = nullptr;

    bool start(Room::Role role = Room::Role::Admin)
    {
        sim = SimRoom::start();
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        screen = session->screen();
        QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        if (!ready.wait(5000))
            return false;
        return QTest::qWaitFor([this, role] {
            return screen->monitorsKnown() && session->settings()->isKnown()
                && (role != Room::Role::Admin || screen->isDisplayed(Widget::Clock).has_value());
        });
    }

    bool enterConference()
    {
        session->controller()->call(u"\\c\\weekly_sync"_s);
        return QTest::qWaitFor([this] { return screen->matrix().known; }, 5000);
    }
};

template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    QTest::qWait(0);
    return calls == 1 ? *result : RequestOutcome {};
}

} // namespace

class tst_ScreenLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitorsFromTheBurstAndLive();
    void widgetSwitchesFollowTheRoom();
    void userLevelNeverReadsTheWidgetState();
    void defaultLayouts();
    void matrixVerbsRefuseOutsideACall();
    void matrixInAConference();
    void simulatorRefusesPerSection10();
    void testCardShowsTheLayoutAndClock();
};

void tst_ScreenLayout::monitorsFromTheBurstAndLive()
{
    Fixture f;
    QVERIFY(f.start());
    // From the startup burst: no second getMonitorsInfo.
    QCOMPARE(sent(*f.sim, u"getMonitorsInfo"_s), 1);
    QCOMPARE(f.screen->monitors().size(), 2);
    QCOMPARE(f.screen->monitors().at(0).name, u"HDMI-1"_s);
    QVERIFY(f.screen->monitors().at(0).primary);
    QCOMPARE(f.screen->monitors().at(1).geometry.size(), QSize(1920, 1080));
    QCOMPARE(f.screen->currentMonitor(), 0);

    // A monitor is plugged in at the room.
    QSignalSpy changed(f.screen, &ScreenLayout::monitorsChanged);
    const int index = f.sim->screen().addMonitor(u"DP-1"_s, 2560, 1440);
    QTRY_COMPARE(f.screen->monitors().size(), 3);
    QVERIFY(f.screen->monitor(index));
    QCOMPARE(f.screen->monitor(index)->geometry.size(), QSize(2560, 1440));

    // The room's window moves to the second monitor.
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setCurrentMonitor(1, d); }).status, Status::Reply);
    QTRY_COMPARE(f.screen->currentMonitor(), 1);
    QCOMPARE(f.sim->screen().currentMonitor(), 1);

    // Unplugged: the window goes back to the primary screen.
    QVERIFY(f.sim->screen().removeMonitor(1));
    QTRY_COMPARE(f.screen->monitors().size(), 2);
    QCOMPARE(f.screen->currentMonitor(), 0);
    QVERIFY(changed.size() >= 3);

    // No such monitor: refused here, nothing sent.
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setCurrentMonitor(7, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"changeCurrentMonitor"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::widgetSwitchesFollowTheRoom()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.screen->isSwitchedOn(Widget::Clock), true);
    QCOMPARE(f.screen->isDisplayed(Widget::Clock), true);
    QVERIFY(f.screen->appearsOnScreen(Widget::Clock));

    // The administrator turns the clock off.
    QSignalSpy changed(f.screen, &ScreenLayout::widgetsChanged);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setWidget(Widget::Clock, false, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.screen->isSwitchedOn(Widget::Clock), false);
    QTRY_COMPARE(f.screen->isDisplayed(Widget::Clock), false);
    QVERIFY(!f.screen->appearsOnScreen(Widget::Clock));
    QCOMPARE(f.sim->setting(u"showTime"_s), QJsonValue(false));
    QVERIFY(!changed.isEmpty());

    // Someone else switches the logo off at the room: it shows here live.
    QVERIFY(f.sim->changeSetting(u"showLogo"_s, false));
    QTRY_COMPARE(f.screen->isSwitchedOn(Widget::Logo), false);
    QTRY_COMPARE(f.screen->isDisplayed(Widget::Logo), false);

    // The info widgets switch hides the info widgets, not the logo setting's own state.
    QVERIFY(f.sim->changeSetting(u"showInfoWidgets"_s, false));
    QTRY_COMPARE(f.screen->isDisplayed(Widget::UpcomingMeetings), false);
    QCOMPARE(f.screen->isSwitchedOn(Widget::UpcomingMeetings), true);
    QCOMPARE(f.screen->isDisplayed(Widget::InfoWidgets), std::nullopt);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::userLevelNeverReadsTheWidgetState()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User));
    const RequestOutcome o = outcomeOf([&](auto d) { f.screen->refreshWidgetState(d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QCOMPARE(o.method, u"getInfoWidgetsState"_s);
    QCOMPARE(f.screen->isDisplayed(Widget::Clock), std::nullopt);

    // The switches are settings: a User may change them, and the preview follows them.
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setWidget(Widget::Clock, false, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.screen->isSwitchedOn(Widget::Clock), false);
    QVERIFY(!f.screen->appearsOnScreen(Widget::Clock));
    QVERIFY(f.sim->changeSetting(u"showInfoWidgets"_s, false));
    QTRY_VERIFY(!f.screen->appearsOnScreen(Widget::CurrentUser));
    QVERIFY(f.screen->appearsOnScreen(Widget::Logo));

    // Not one admin-only method went out.
    QCOMPARE(sent(*f.sim, u"getInfoWidgetsState"_s), 0);
    for (const QString &method : f.sim->receivedMethods())
        QVERIFY2(Permissions::mayCall(Room::Role::User, method), qPrintable(method));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::defaultLayouts()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.screen->defaultLayout(false), 0);
    QCOMPARE(f.screen->defaultLayout(true), 1);
    QCOMPARE(ScreenLayout::layoutName(1), u"Equal windows"_s);
    QVERIFY(!ScreenLayout::layoutName(4).isEmpty());

    QSignalSpy changed(f.screen, &ScreenLayout::layoutsChanged);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setDefaultLayout(true, 2, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.screen->defaultLayout(true), 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setDefaultLayout(false, 9, d); }).status,
             Status::RefusedLocally);

    // The next conference starts in the default layout.
    QVERIFY(f.enterConference());
    QCOMPARE(f.screen->matrix().type, 2);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::matrixVerbsRefuseOutsideACall()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(!f.screen->matrix().known);
    using Verb = std::function<quint64(ScreenLayout *, ScreenLayout::Done)>;
    const QList<Verb> verbs = {
        [](ScreenLayout *s, auto d) { return s->refreshMatrix(d); },
        [](ScreenLayout *s, auto d) { return s->setMatrixType(2, d); },
        [](ScreenLayout *s, auto d) { return s->setSlotOrder(1, { kSelf }, d); },
        [](ScreenLayout *s, auto d) { return s->hideSlot(kSelf, d); },
        [](ScreenLayout *s, auto d) { return s->showSlot(kSelf, d); },
        [](ScreenLayout *s, auto d) { return s->swapSlots(kSelf, kMia, d); },
        [](ScreenLayout *s, auto d) { return s->moveSlotToMonitor(kSelf, 1, d); },
        [](ScreenLayout *s, auto d) { return s->removeSlotFromMonitor(1, d); },
    };
    QSignalSpy failed(f.screen, &ScreenLayout::failed);
    for (const Verb &verb : verbs) {
        const RequestOutcome o = outcomeOf([&](auto d) { QCOMPARE(verb(f.screen, d), 0u); });
        QCOMPARE(o.status, Status::RefusedLocally);
        QVERIFY(!o.errorText.isEmpty());
    }
    QCOMPARE(failed.size(), verbs.size());
    for (const QString &method :
         { u"getVideoMatrix"_s, u"changeVideoMatrixType"_s, u"changeVideoMatrix"_s,
           u"hideVideoSlot"_s, u"showVideoSlot"_s, u"swapVideoSlots"_s, u"moveVideoSlotToMonitor"_s,
           u"removeVideoSlotFromMonitor"_s })
        QCOMPARE(sent(*f.sim, method), 0);

    // A session that is not connected refuses everything.
    ScreenLayout lone(nullptr);
    QCOMPARE(outcomeOf([&](auto d) { lone.setWidget(Widget::Clock, false, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { lone.setCurrentMonitor(0, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::matrixInAConference()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.enterConference());
    QCOMPARE(f.screen->matrix().type, 1); // defaultMultiConfMatrix
    QVERIFY(idsOf(f.screen->matrix().shown).contains(kSelf));
    QVERIFY(f.screen->matrix().window.isValid());

    // Slots follow participants.
    QVERIFY(f.sim->simulateParticipantJoin(kMia, u"Mia"_s));
    const auto miaSlot = [&f] {
        for (const QString &id : idsOf(f.screen->matrix().all()))
            if (id.startsWith(kMia))
                return id; // her instance: mia@video.example.net/…
        return QString();
    };
    QTRY_VERIFY(!miaSlot().isEmpty());
    const QString mia = miaSlot();
    QCOMPARE(f.screen->matrix().find(mia)->peerDn, u"Mia"_s);
    QVERIFY(!f.screen->matrix().find(mia)->rect.isEmpty());

    QCOMPARE(outcomeOf([&](auto d) { f.screen->setMatrixType(4, d); }).status, Status::Reply);
    QTRY_COMPARE(f.screen->matrix().type, 4);

    QCOMPARE(outcomeOf([&](auto d) { f.screen->hideSlot(mia, d); }).status, Status::Reply);
    QTRY_COMPARE(idsOf(f.screen->matrix().hidden), QStringList { mia });
    QVERIFY(!idsOf(f.screen->matrix().shown).contains(mia));
    QCOMPARE(outcomeOf([&](auto d) { f.screen->showSlot(mia, d); }).status, Status::Reply);
    QTRY_VERIFY(idsOf(f.screen->matrix().shown).contains(mia));

    // Reorder: Mia first, then swap back.
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setSlotOrder(4, { mia }, d); }).status,
             Status::Reply);
    QTRY_COMPARE(f.screen->matrix().shown.first().callId, mia);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->swapSlots(mia, kSelf, d); }).status, Status::Reply);
    QTRY_COMPARE(f.screen->matrix().shown.first().callId, kSelf);

    // Onto the second monitor and back.
    QCOMPARE(outcomeOf([&](auto d) { f.screen->moveSlotToMonitor(mia, 1, d); }).status,
             Status::Reply);
    QTRY_COMPARE(idsOf(f.screen->matrix().external), QStringList { mia });
    QCOMPARE(f.screen->matrix().external.first().monitor, 1);
    QCOMPARE(f.sim->screen().externSlots().value(1), mia);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->removeSlotFromMonitor(1, d); }).status,
             Status::Reply);
    QTRY_VERIFY(f.screen->matrix().external.isEmpty());
    QTRY_VERIFY(idsOf(f.screen->matrix().shown).contains(mia));

    // Refused here: the main window's monitor, an unknown slot, an empty monitor, one slot
    // twice, an unknown layout.
    const int before = int(f.sim->receivedMethods().size());
    QCOMPARE(outcomeOf([&](auto d) { f.screen->moveSlotToMonitor(mia, 0, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->hideSlot(u"ghost@nowhere"_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->removeSlotFromMonitor(1, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) {
                 f.screen->setSlotOrder(1, { mia, mia }, d);
             }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->setMatrixType(12, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f.screen->swapSlots(mia, mia, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(int(f.sim->receivedMethods().size()), before);

    // Mia leaves: her slot goes. The call ends: the matrix is gone.
    QVERIFY(f.sim->simulateParticipantLeave(kMia));
    QTRY_VERIFY(!f.screen->matrix().find(mia));
    QSignalSpy changed(f.screen, &ScreenLayout::matrixChanged);
    f.session->controller()->hangUp();
    QTRY_VERIFY(!f.screen->matrix().known);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ScreenLayout::simulatorRefusesPerSection10()
{
    Fixture f;
    QVERIFY(f.start());
    RoomController *c = f.session->controller();
    const auto raw = [c](const QString &method, const QJsonObject &params) {
        return outcomeOf([&](auto d) { c->sendRequest(method, params, c, d); });
    };
    // No call: an empty matrix to read, nothing to change (Invalid state).
    const RequestOutcome empty = raw(u"getVideoMatrix"_s, {});
    QVERIFY(empty.ok());
    QVERIFY(empty.reply.value(u"participants"_s).toArray().isEmpty());
    QCOMPARE(raw(u"hideVideoSlot"_s, { { u"callId"_s, kSelf } }).errorText, u"Invalid state"_s);
    QCOMPARE(
        raw(u"swapVideoSlots"_s, { { u"callId1"_s, kSelf }, { u"callId2"_s, kMia } }).errorText,
        u"Invalid state"_s);
    QVERIFY(f.enterConference());
    // Unknown slot, monitor or layout: Invalid parameters.
    QCOMPARE(raw(u"hideVideoSlot"_s, { { u"callId"_s, u"ghost"_s } }).errorText,
             u"Invalid parameters"_s);
    QCOMPARE(raw(u"moveVideoSlotToMonitor"_s, { { u"callId"_s, kSelf }, { u"monitorIndex"_s, 5 } })
                 .errorText,
             u"Invalid parameters"_s);
    QCOMPARE(raw(u"changeVideoMatrixType"_s, { { u"matrixType"_s, 42 } }).errorText,
             u"Invalid parameters"_s);
    QCOMPARE(raw(u"changeCurrentMonitor"_s, { { u"monitorIndex"_s, 9 } }).errorText,
             u"Invalid parameters"_s);
    QCOMPARE(f.sim->violations().size(), 6); // every one of them was this test's own doing
    f.sim->clearViolations();

    // The layout geometry: equal windows for four, one large on the left with the rest in a
    // column.
    const QList<QRect> equal = SimScreen::layoutRects(1, 4, 1920, 1080);
    QCOMPARE(equal.at(3), QRect(960, 540, 960, 540));
    const QList<QRect> left = SimScreen::layoutRects(4, 3, 1920, 1080);
    QCOMPARE(left.at(0), QRect(0, 0, 1440, 1080));
    QCOMPARE(left.at(1).x(), 1440);
}

namespace {

//! Summed difference of two pictures inside `area`.
qint64 difference(const QImage &a, const QImage &b, const QRect &area)
{
    qint64 sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q))
                + qAbs(qBlue(p) - qBlue(q));
        }
    return sum;
}

} // namespace

void tst_ScreenLayout::testCardShowsTheLayoutAndClock()
{
    using namespace SimTestCard;
    Input in;
    in.time = QTime(10, 10, 10);
    in.showPtz = true;
    const QImage withClock = QImage::fromData(jpeg(in), "JPG");
    in.clock = false; // showTime off
    const QImage noClock = QImage::fromData(jpeg(in), "JPG");
    in.layoutSlots = SimScreen::layoutRects(2, 5, 1920, 1080);
    in.layoutType = 2;
    const QImage layout = QImage::fromData(jpeg(in), "JPG");
    QVERIFY(!withClock.isNull() && !noClock.isNull() && !layout.isNull());
    if (const QString dir = qEnvironmentVariable("ROOMDECK_TEST_SHOTS"); !dir.isEmpty())
        layout.save(QDir(dir).filePath(u"testcard-layout.png"_s));

    // The clock lives in the strip below the bars; the layout map in the top right corner.
    const QRect strip(0, kHeight - 60, kWidth, 60);
    const QRect corner(kWidth - 140, 0, 140, 100);
    QVERIFY(difference(withClock, noClock, strip) > 10 * strip.width());
    QVERIFY(difference(noClock, layout, strip) < difference(withClock, noClock, strip) / 10);
    QVERIFY(difference(noClock, layout, corner) > 10 * corner.width());
}

QTEST_GUILESS_MAIN(tst_ScreenLayout)
#include "tst_screenlayout.moc"
