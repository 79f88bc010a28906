// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The idle console's home view against a strict simulator: one click on a meeting's Join
// puts the room in that conference; a missed call shows in red with words and goes away with
// "Mark All Seen"; a recent call is called back with Enter; the selection stays on its call
// when the list refreshes; "Clear History" exists for administrators only and asks first;
// empty lists say something useful; the favourites slot takes a widget.

#include "core/models/callhistory.h"
#include "core/models/callsession.h"
#include "core/models/meetingschedule.h"
#include "core/session/roomsession.h"
#include "gui/panels/homepanel.h"
#include "guitest.h"
#include "sim/simcallhistory.h"
#include "sim/simscheduler.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

RoomSimulator::Options quick()
{
    RoomSimulator::Options options;
    options.serverDelayMs = 20;
    options.ringDelayMs = 100;
    options.ringTimeoutMs = 60000;
    return options;
}

void record(RoomSimulator &sim, SimCallHistory::Type type, const QString &user, const QString &name,
            qint64 ago, bool viewed = true)
{
    SimCallHistory::Entry e;
    e.type = type;
    e.peerId = user + u"@sim.trueconf.local"_s;
    e.peerDn = name;
    e.startTime = QDateTime::currentSecsSinceEpoch() - ago;
    e.duration = type == SimCallHistory::Type::Missed ? 0 : 300;
    e.viewed = viewed;
    sim.callHistory().record(e);
}

HomePanel *home(const Fixture &f)
{
    return find<HomePanel>(f.window.get(), "homePanel");
}

//! Clicks the button drawn on `row` of `view` (at the right end of the row).
void clickRowButton(QListView *view, int row)
{
    const QRect r = view->visualRect(view->model()->index(row, 0));
    const QPoint at(r.right() - 20, r.center().y());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

//! The peerId of the first `call` the room received (empty when none).
QString calledId(const QSignalSpy &sent)
{
    for (const QList<QVariant> &request : sent)
        if (request.at(0).toString() == u"call"_s)
            return request.at(1).toJsonObject().value(u"peerId"_s).toString();
    return {};
}

int rowOfText(const QListView *view, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == text)
            return row;
    return -1;
}

} // namespace

class tst_HomePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneClickJoinsAMeeting();
    void missedCallsAreMarkedAndMarkedSeen();
    void callBackWithEnterKeepsTheSelection();
    void clearHistoryForAdministratorsOnly();
    void emptyListsSaySomething();
};

void tst_HomePanel::initTestCase()
{
    initSettings(u"tst_homepanel"_s);
}

void tst_HomePanel::oneClickJoinsAMeeting()
{
    Fixture f(quick());
    f.sim->scheduler().schedule(u"standup"_s, u"Stand-up"_s, {}, -60, 1800);
    f.sim->scheduler().schedule(u"review"_s, u"Project review"_s, {}, 2400, 3600);
    record(*f.sim, SimCallHistory::Type::Outgoing, u"kenji"_s, u"Kenji Watanabe"_s, 7200);
    record(*f.sim, SimCallHistory::Type::Missed, u"maria"_s, u"Maria Garcia"_s, 900, false);
    QVERIFY(f.connect(Room::Role::Admin));
    HomePanel *panel = home(f);
    QVERIFY(panel->isVisible());
    QListView *view = panel->meetingView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(panel->recentView()->model()->rowCount(), 2, kTimeout);
    QVERIFY(view->isVisible());
    QCOMPARE(view->accessibleName(), u"Meetings"_s);
    const int row = rowOfText(view, u"Stand-up"_s);
    QVERIFY(row >= 0);
    const QString said = view->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(said.contains(u"Running now"_s), qPrintable(said));
    saveShot(f.window.get(), u"homepanel-idle"_s);

    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    // The review starts in 40 minutes: no Join button yet (the room would refuse it), so a
    // click there calls nobody; the stand-up's call below is the first the room receives.
    const int review = rowOfText(view, u"Project review"_s);
    QVERIFY(review >= 0);
    clickRowButton(view, review);
    clickRowButton(view, row);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QCOMPARE(calledId(sent), u"\\c\\standup"_s);
    QVERIFY(labelText(f.window.get(), "conferenceTitleLabel").contains(u"Stand-up"_s));
    QVERIFY(!panel->isVisible()); // the participants take the space now
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_HomePanel::missedCallsAreMarkedAndMarkedSeen()
{
    Fixture f(quick());
    QVERIFY(f.connect(Room::Role::User));
    HomePanel *panel = home(f);
    QListView *view = panel->recentView();
    auto *markSeen = find<QToolButton>(panel, "markSeenButton");
    QVERIFY(!markSeen->isEnabled());

    // Somebody calls and gives up.
    QVERIFY(f.sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::Incoming, kTimeout);
    QVERIFY(f.sim->simulateIncomingCallCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, kTimeout);
    QTRY_VERIFY(view->isVisible());
    const QModelIndex first = view->model()->index(0, 0);
    QCOMPARE(first.data().toString(), u"Maria Garcia"_s);
    QVERIFY2(first.data(Qt::AccessibleTextRole).toString().contains(u"Missed"_s),
             qPrintable(first.data(Qt::AccessibleTextRole).toString()));
    QVERIFY(labelText(panel, "recentsLabel").contains(u"1 missed"_s));
    QVERIFY(markSeen->isEnabled());
    saveShot(f.window.get(), u"homepanel-missed"_s);

    QTest::mouseClick(markSeen, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(panel, "recentsLabel"), u"Recents"_s, kTimeout);
    QVERIFY(!markSeen->isEnabled());
    QVERIFY(!view->model()
                 ->index(0, 0)
                 .data(Qt::AccessibleTextRole)
                 .toString()
                 .contains(u"not seen"_s));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_HomePanel::callBackWithEnterKeepsTheSelection()
{
    Fixture f(quick());
    record(*f.sim, SimCallHistory::Type::Outgoing, u"kenji"_s, u"Kenji Watanabe"_s, 7200);
    record(*f.sim, SimCallHistory::Type::Incoming, u"lea"_s, u"Lea Müller"_s, 3600);
    QVERIFY(f.connect(Room::Role::Admin));
    QListView *view = home(f)->recentView();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, kTimeout);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(view->currentIndex().data().toString(), u"Kenji Watanabe"_s);

    // A new call arrives on top: the selection stays on Kenji's call, one row down.
    record(*f.sim, SimCallHistory::Type::Outgoing, u"oscar"_s, u"Oscar Lindqvist"_s, 60);
    QSignalSpy refreshed(f.window->console()->session()->history(), &CallHistory::refreshed);
    f.window->console()->session()->history()->refresh();
    QVERIFY(refreshed.wait(kTimeout));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(view->currentIndex().data().toString(), u"Kenji Watanabe"_s);

    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(calledId(sent), u"kenji@sim.trueconf.local"_s, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_HomePanel::clearHistoryForAdministratorsOnly()
{
    {
        Fixture f(quick());
        record(*f.sim, SimCallHistory::Type::Outgoing, u"kenji"_s, u"Kenji Watanabe"_s, 7200);
        QVERIFY(f.connect(Room::Role::User));
        QTRY_COMPARE_WITH_TIMEOUT(home(f)->recentView()->model()->rowCount(), 1, kTimeout);
        QVERIFY(!find<QToolButton>(home(f), "clearHistoryButton")->isVisible());
    }
    Fixture f(quick());
    record(*f.sim, SimCallHistory::Type::Outgoing, u"kenji"_s, u"Kenji Watanabe"_s, 7200);
    QVERIFY(f.connect(Room::Role::Admin));
    HomePanel *panel = home(f);
    QTRY_COMPARE_WITH_TIMEOUT(panel->recentView()->model()->rowCount(), 1, kTimeout);
    auto *clear = find<QToolButton>(panel, "clearHistoryButton");
    QVERIFY(clear->isVisible());
    QVERIFY(clear->isEnabled());
    QVERIFY(!clear->toolTip().isEmpty());

    f.presenter->confirmAnswer = false; // "No": nothing happens
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(f.presenter->asked.last(), u"Clear Call History"_s);
    QVERIFY(f.roundTrip());
    QCOMPARE(f.sim->callHistory().size(), 1);

    f.presenter->confirmAnswer = true;
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->recentView()->model()->rowCount(), 0, kTimeout);
    QCOMPARE(f.sim->callHistory().size(), 0);
    QVERIFY(find<QLabel>(panel, "recentEmptyLabel")->isVisible());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_HomePanel::emptyListsSaySomething()
{
    Fixture f(quick());
    HomePanel *panel = home(f);
    QVERIFY(labelText(panel, "recentEmptyLabel").contains(u"connected"_s));
    QVERIFY(f.connect(Room::Role::User));
    QTRY_VERIFY_WITH_TIMEOUT(labelText(panel, "recentEmptyLabel").startsWith(u"No recent calls"_s),
                             kTimeout);
    QVERIFY(find<QLabel>(panel, "recentEmptyLabel")->isVisible());
    // The simulator's standing meetings are listed.
    QTRY_VERIFY_WITH_TIMEOUT(panel->meetingView()->isVisible(), kTimeout);

    // The favourites slot appears with a widget and goes with it.
    auto *favourites = new QLabel(u"favourites"_s);
    panel->setFavouritesWidget(favourites);
    QVERIFY(find<QWidget>(panel, "favouritesSlot")->isVisible());
    QCOMPARE(panel->favouritesWidget(), favourites);
    panel->setFavouritesWidget(nullptr);
    QVERIFY(!find<QWidget>(panel, "favouritesSlot")->isVisible());
    delete favourites;
}

QTEST_MAIN(tst_HomePanel)
#include "tst_homepanel.moc"
