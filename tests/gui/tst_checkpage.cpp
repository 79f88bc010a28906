// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// "Check the room" in the GUI against strict simulators: the room's Check page (from the
// keyboard, a red item named in words, Cancel stopping the running test) and the overview's
// "Check Rooms" over three rooms, one result per room.

#include "core/models/devicestate.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/pages/bulkcheckpanel.h"
#include "gui/pages/checkpage.h"
#include "gui/pages/overviewpage.h"
#include "guitest.h"
#include "sim/simaudiotests.h"
#include "simroom.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using GuiTest::find;

namespace {

void makeFast(RoomSimulator &sim, ReadinessCheck *check, int micListenMs = 150)
{
    SimAudioTests::Timing timing;
    timing.levelIntervalMs = 20;
    timing.speakerPlayMs = 80;
    timing.delayStepMs = 20;
    timing.delaySteps = 3;
    sim.audioTests().setTiming(timing);
    ReadinessCheck::Options options;
    options.stepTimeoutMs = 3000;
    options.micListenMs = micListenMs;
    options.speakerPlayMs = 80;
    options.delayTimeoutMs = 3000;
    check->setOptions(options);
}

bool devicesKnown(RoomSession *s)
{
    return QTest::qWaitFor(
        [s] { return s->devices()->isHardwareKnown() && !s->devices()->isRefreshing(); },
        GuiTest::kTimeout);
}

struct OneRoom
{
    bool start(int micListenMs = 150)
    {
        sim = SimRoom::start();
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        makeFast(*sim, session->readiness(), micListenMs);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim),
                                             RoomController::Credentials::unsecured());
        page = std::make_unique<CheckPage>(session.get(), &presenter);
        page->resize(640, 320);
        page->show();
        return devicesKnown(session.get()) && QTest::qWaitForWindowExposed(page.get());
    }

    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;
    GuiTest::ScriptedPresenter presenter;
    std::unique_ptr<CheckPage> page;
};

} // namespace

class tst_CheckPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksFromTheKeyboard();
    void cancelStopsTheRunningTest();
    void bulkCheckOverThreeRooms();
};

void tst_CheckPage::checksFromTheKeyboard()
{
    OneRoom r;
    QVERIFY(r.start());
    r.sim->audioTests().setMicrophoneLevel(0);
    QCOMPARE(r.page->pageName(), u"check"_s);
    QCOMPARE(r.page->summaryLabel()->text(), CheckPage::tr("Not checked yet"));
    QTreeWidget *view = r.page->itemView();
    QCOMPARE(view->topLevelItemCount(), ReadinessCheck::items().size());
    QVERIFY(!r.page->cancelButton()->isEnabled());
    QVERIFY(!r.page->checkButton()->toolTip().isEmpty());
    QVERIFY(!r.page->checkButton()->accessibleName().isEmpty());

    QSignalSpy finished(r.session->readiness(), &ReadinessCheck::finished);
    r.page->checkButton()->setFocus();
    QTest::keyClick(r.page->checkButton(), Qt::Key_Space);
    QVERIFY(r.session->readiness()->isRunning());
    QVERIFY(r.page->cancelButton()->isEnabled());
    QVERIFY(!r.page->checkButton()->isEnabled());
    QVERIFY(finished.wait(GuiTest::kTimeout));

    const QList<ReadinessCheck::Item> items = ReadinessCheck::items();
    for (int i = 0; i < items.size(); ++i) {
        QTreeWidgetItem *row = view->topLevelItem(i);
        QCOMPARE(row->text(0), ReadinessCheck::itemName(items.at(i)));
        const bool mic = items.at(i) == ReadinessCheck::Item::Microphone;
        // The verdict in words beside the icon, never colour alone.
        QCOMPARE(row->text(1),
                 ReadinessCheck::verdictName(mic ? ReadinessCheck::Verdict::Red
                                                 : ReadinessCheck::Verdict::Green));
        QVERIFY(!row->icon(0).isNull());
        QVERIFY(!row->text(2).isEmpty());
        QVERIFY(!row->text(3).isEmpty());
    }
    QVERIFY(r.page->summaryLabel()->text().startsWith(u"Last check: "_s));
    QVERIFY(r.page->summaryLabel()->text().endsWith(
        ReadinessCheck::verdictName(ReadinessCheck::Verdict::Red)));
    QVERIFY(r.page->checkButton()->isEnabled());
    QVERIFY(!r.page->cancelButton()->isEnabled());
    GuiTest::saveShot(r.page.get(), u"check-page"_s);
    QCOMPARE(r.sim->violations(), QStringList());
}

void tst_CheckPage::cancelStopsTheRunningTest()
{
    OneRoom r;
    QVERIFY(r.start(60000));
    QTest::mouseClick(r.page->checkButton(), Qt::LeftButton);
    QTRY_VERIFY(r.sim->audioTests().isMicrophoneTestRunning());
    QTest::mouseClick(r.page->cancelButton(), Qt::LeftButton);
    QVERIFY(!r.session->readiness()->isRunning());
    QTRY_VERIFY(!r.sim->audioTests().isMicrophoneTestRunning());
    QCOMPARE(r.sim->receivedMethods().count(u"testAudioCapturerStop"_s), 1);
    QVERIFY(r.page->summaryLabel()->text().contains(u"cancelled"_s));
    QCOMPARE(r.sim->violations(), QStringList());
}

void tst_CheckPage::bulkCheckOverThreeRooms()
{
    std::array<std::unique_ptr<RoomSimulator>, 3> sims;
    RoomSessionList list { SimRoom::fastOptions() };
    const QStringList names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
    for (int i = 0; i < 3; ++i) {
        sims[size_t(i)] = SimRoom::start();
        RoomEntry e;
        e.name = names.at(i);
        e.address = SimRoom::addressOf(*sims[size_t(i)]).displayText();
        list.add(e);
    }
    for (int i = 0; i < 3; ++i) {
        RoomSession *s = list.session(i);
        makeFast(*sims[size_t(i)], s->readiness());
        s->controller()->connectToRoom(list.entry(i).roomAddress(),
                                       RoomController::Credentials::unsecured());
        QVERIFY(devicesKnown(s));
    }
    sims[1]->audioTests().setMicrophoneLevel(0); // Room B's microphone hears nothing
    GuiTest::ScriptedPresenter presenter;
    OverviewPage page(&list, &presenter);
    page.resize(760, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    BulkCheckPanel *panel = page.checkPanel();
    QPushButton *button = find<QPushButton>(&page, "bulkCheckButton");
    QVERIFY(!button->isEnabled()); // nothing selected
    QVERIFY(!panel->isVisible());
    page.view()->selectAll();
    QVERIFY(button->isEnabled());

    QVERIFY(!list.index(0).data(RoomSessionList::CheckRole).isValid()); // never checked
    QSignalSpy rowsChanged(&list, &QAbstractItemModel::dataChanged);
    QSignalSpy done(panel, &BulkCheckPanel::allFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->runningCount(), 3);
    QVERIFY(done.wait(GuiTest::kTimeout));
    QCOMPARE(done.count(), 1);
    QTreeWidget *results = panel->resultView();
    QCOMPARE(results->topLevelItemCount(), 3);
    const QString ok = ReadinessCheck::verdictName(ReadinessCheck::Verdict::Green);
    const QString bad = ReadinessCheck::verdictName(ReadinessCheck::Verdict::Red);
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem *row = results->topLevelItem(i);
        QCOMPARE(row->text(0), names.at(i));
        QCOMPARE(row->text(1), i == 1 ? bad : ok);
        QVERIFY(!row->icon(1).isNull());
    }
    QVERIFY(results->topLevelItem(1)->text(2).contains(
        ReadinessCheck::itemName(ReadinessCheck::Item::Microphone)));
    // The room list's badge: the last check's verdict and when it ended, announced per row.
    QCOMPARE(list.index(0).data(RoomSessionList::CheckRole).value<ReadinessCheck::Verdict>(),
             ReadinessCheck::Verdict::Green);
    QCOMPARE(list.index(1).data(RoomSessionList::CheckRole).value<ReadinessCheck::Verdict>(),
             ReadinessCheck::Verdict::Red);
    QVERIFY(list.index(2).data(RoomSessionList::CheckedAtRole).toDateTime().isValid());
    const auto announced = [&rowsChanged](int row) {
        for (const QList<QVariant> &args : std::as_const(rowsChanged))
            if (args.at(0).toModelIndex().row() == row
                && args.at(2).value<QList<int>>().contains(RoomSessionList::CheckRole))
                return true;
        return false;
    };
    QVERIFY(announced(0) && announced(1) && announced(2));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list.session(i)->readiness()->lastResult().isValid(), true);
        QCOMPARE(sims[size_t(i)]->violations(), QStringList());
    }
    GuiTest::saveShot(&page, u"overview-bulk-check"_s);
}

QTEST_MAIN(tst_CheckPage)
#include "tst_checkpage.moc"
