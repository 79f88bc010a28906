// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The overview: three real simulators, one tile each. A call in room B shows on B's tile only,
// double-click and Enter open the right room, a bulk hang-up with one room failing names that
// room, and nothing moves under the pointer when a room changes state.

#include "core/http/framesource.h"
#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/pages/overviewpage.h"
#include "gui/pages/tilethumbnails.h"
#include "guitest.h"
#include "simroom.h"

#include <QLayout>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using Phase = CallSession::Phase;

namespace {

//! Three connected rooms ("Room A", "Room B", "Room C") and a shown overview.
struct Rooms
{
    Rooms()
    {
        const QStringList names { u"Room A"_s, u"Room B"_s, u"Room C"_s };
        for (int i = 0; i < 3; ++i) {
            sims[size_t(i)] = SimRoom::start();
            RoomEntry e;
            e.name = names.at(i);
            e.address = SimRoom::addressOf(*sims[size_t(i)]).displayText();
            list.add(e);
        }
        page = std::make_unique<OverviewPage>(&list, &presenter);
        page->resize(760, 460);
    }

    bool connectAll()
    {
        for (int i = 0; i < 3; ++i) {
            RoomController *c = list.session(i)->controller();
            QSignalSpy ready(c, &RoomController::startupCompleted);
            c->connectToRoom(list.entry(i).roomAddress(), RoomController::Credentials::unsecured());
            if (!ready.wait(GuiTest::kTimeout))
                return false;
        }
        return true;
    }

    bool callIn(int row, const QString &peer)
    {
        RoomSession *s = list.session(row);
        if (!sims[size_t(row)]->simulateIncomingCall(peer + u"@sim.trueconf.local"_s, peer))
            return false;
        if (!QTest::qWaitFor([&] { return s->call()->phase() == Phase::Incoming; },
                             GuiTest::kTimeout))
            return false;
        s->controller()->accept();
        return QTest::qWaitFor(
            [&] {
                return s->call()->phase() == Phase::InConference
                    && s->controller()->capabilities().testFlag(Permissions::Capability::HangUp);
            },
            GuiTest::kTimeout);
    }

    QStringList tile(int row) const
    {
        return OverviewPage::tileLines(page->view()->model()->index(row, 0));
    }

    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex &i : page->view()->selectionModel()->selectedIndexes())
            rows.append(i.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    void noViolations() const
    {
        for (const auto &sim : sims)
            QCOMPARE(sim->violations(), QStringList());
    }

    std::array<std::unique_ptr<RoomSimulator>, 3> sims;
    RoomSessionList list { SimRoom::fastOptions() };
    GuiTest::ScriptedPresenter presenter;
    std::unique_ptr<OverviewPage> page;
};

} // namespace

class tst_Overview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesShowTheirOwnRoom();
    void doubleClickAndEnterOpenTheRightRoom();
    void bulkHangUpReportsTheRoomThatFailed();
    void nothingMovesWhenARoomChangesState();
    void cameraThumbnailsOnlyWhileVisible();
    void bulkMuteShowsOnTheTiles();
};

void tst_Overview::tilesShowTheirOwnRoom()
{
    Rooms r;
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    QCOMPARE(r.tile(0).at(0), u"Room A"_s);
    QCOMPARE(r.tile(0).at(1),
             RoomController::connectionStateText(RoomController::ConnectionState::Disconnected));
    QVERIFY(r.connectAll());
    QVERIFY(!r.page->isTicking());

    QVERIFY(r.callIn(1, u"Carol"_s));
    // B's tile: in a conference with Carol, with a duration; A's and C's: no call.
    QTRY_VERIFY(r.tile(1).at(2).contains(u"Carol"_s));
    QVERIFY2(r.tile(1).at(2).startsWith(u"0:"_s), qPrintable(r.tile(1).at(2))); // duration
    QCOMPARE(r.tile(1).at(1), Room::appStateName(int(Room::AppState::Conference)));
    QCOMPARE(r.tile(1).at(0), u"Room B"_s);
    for (int row : { 0, 2 }) {
        QCOMPARE(r.tile(row).at(2), OverviewPage::tr("No call"));
        QCOMPARE(r.tile(row).at(1), Room::appStateName(int(Room::AppState::Normal)));
        QCOMPARE(r.tile(row).at(4), QString());
    }
    QCOMPARE(r.tile(0).at(3), Room::roleName(Room::Role::Admin));

    // The duration ticks only while the page is visible and a room is in a call.
    QVERIFY(r.page->isTicking());
    r.page->hide();
    QVERIFY(!r.page->isTicking());
    r.page->show();
    QVERIFY(r.page->isTicking());

    // A problem shows on its own tile.
    QVERIFY(r.sims[2]->simulateServerLoss());
    QTRY_COMPARE(r.tile(2).at(4), CallSession::readinessText(CallSession::Readiness::NoServer));
    QCOMPARE(r.tile(0).at(4), QString());
    // What waits for the operator shows on the tile's last line, after any problem.
    r.list.session(0)->notices()->setCount(RoomNotices::Kind::JoinRequests, 1, u"Maria"_s);
    QCOMPARE(r.tile(0).at(4), r.list.session(0)->notices()->summary());
    QVERIFY(r.tile(0).at(4).contains(u"1 join request"_s));
    r.list.session(2)->notices()->setCount(RoomNotices::Kind::UnreadChat, 1, u"Lea: Hi"_s);
    QCOMPARE(r.tile(2).at(4), CallSession::readinessText(CallSession::Readiness::NoServer));
    r.page->view()->selectionModel()->select(r.list.index(1), QItemSelectionModel::ClearAndSelect);
    GuiTest::saveShot(r.page.get(), u"overview"_s);
    r.noViolations();
}

void tst_Overview::doubleClickAndEnterOpenTheRightRoom()
{
    Rooms r;
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    QSignalSpy opened(r.page.get(), &OverviewPage::roomActivated);
    QListView *view = r.page->view();

    const QRect b = view->visualRect(r.list.index(1));
    QVERIFY(b.isValid());
    // What a platform sends for a double-click: press, release, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, b.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, b.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<RoomSession *>(), r.list.session(1));

    view->setFocus();
    view->setCurrentIndex(r.list.index(2));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).value<RoomSession *>(), r.list.session(2));
}

void tst_Overview::bulkHangUpReportsTheRoomThatFailed()
{
    Rooms r;
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    QVERIFY(r.connectAll());
    auto *hangUp = GuiTest::find<QPushButton>(r.page.get(), "bulkHangUpButton");
    QVERIFY(!hangUp->isEnabled());

    QVERIFY(r.callIn(0, u"Carol"_s));
    QVERIFY(r.callIn(1, u"Dave"_s));
    // Room B loses the connection the moment the hang-up arrives: it never answers.
    RoomSimulator *simB = r.sims[1].get();
    connect(simB, &RoomSimulator::requestReceived, simB, [simB](const QString &method) {
        if (method == u"hangUp"_s)
            simB->closeAllClients();
    });

    // Room C is idle: selected, but not part of the hang-up.
    r.page->view()->selectAll();
    QTRY_VERIFY(hangUp->isEnabled());
    QCOMPARE(r.page->selectedRooms().size(), 3);
    QCOMPARE(r.page->selectedRoomsInCall(),
             QList<RoomSession *>({ r.list.session(0), r.list.session(1) }));
    QSignalSpy finished(r.page.get(), &OverviewPage::bulkHangUpFinished);

    // One question, naming the rooms it acts on.
    r.presenter.confirmAnswer = false;
    QTest::mouseClick(hangUp, Qt::LeftButton);
    QCOMPARE(r.presenter.asked, QStringList({ OverviewPage::tr("Hang Up") }));
    QVERIFY(r.presenter.lastText.contains(u"Room A"_s));
    QVERIFY(r.presenter.lastText.contains(u"Room B"_s));
    QVERIFY(!r.presenter.lastText.contains(u"Room C"_s));
    QVERIFY(!r.sims[0]->receivedMethods().contains(u"hangUp"_s)); // cancelled: nothing sent

    r.presenter.confirmAnswer = true;
    QTest::mouseClick(hangUp, Qt::LeftButton);
    QCOMPARE(r.presenter.asked.size(), 2);
    QVERIFY(finished.wait(GuiTest::kTimeout));
    const auto results = finished.at(0).at(0).value<QList<BulkAction::Result>>();
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(1).outcome.status, RequestOutcome::Status::Disconnected);

    const QString shown = GuiTest::labelText(r.page.get(), "bulkResultLabel");
    const QStringList lines = shown.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), OverviewPage::tr("%1: done").arg(u"Room A"_s));
    QVERIFY2(lines.at(1).startsWith(u"Room B: failed — "_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"Room C"_s));
    QVERIFY(!r.sims[2]->receivedMethods().contains(u"hangUp"_s));

    // Each room's own log has its result.
    const auto logged = [&](int row) {
        const EventLogModel *log = r.list.session(row)->eventLog();
        QStringList rows;
        for (int i = 0; i < log->rowCount(); ++i)
            if (log->entry(i).text.contains(u"bulk action"_s))
                rows.append(log->entry(i).text);
        return rows;
    };
    QCOMPARE(logged(0).size(), 1);
    QCOMPARE(logged(1).size(), 1);
    QVERIFY(logged(1).at(0).contains(u"failed"_s));
    QCOMPARE(logged(2).size(), 0);
    r.page->layout()->activate();
    GuiTest::saveShot(r.page.get(), u"overview-bulk"_s);
    QTRY_COMPARE(r.list.session(0)->call()->phase(), Phase::Idle);
    r.noViolations();
}

void tst_Overview::nothingMovesWhenARoomChangesState()
{
    Rooms r;
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    QVERIFY(r.connectAll());
    QListView *view = r.page->view();
    QItemSelectionModel *selection = view->selectionModel();
    view->setCurrentIndex(r.list.index(2)); // selects C only
    selection->select(r.list.index(0), QItemSelectionModel::Select);
    QCOMPARE(r.selectedRows(), QList<int>({ 0, 2 }));
    const QList<QRect> before { view->visualRect(r.list.index(0)),
                                view->visualRect(r.list.index(1)),
                                view->visualRect(r.list.index(2)) };

    // Room B rings and goes into a call; room A loses its server.
    QVERIFY(r.callIn(1, u"Erin"_s));
    QVERIFY(r.sims[0]->simulateServerLoss());
    QTRY_VERIFY(!r.tile(0).at(4).isEmpty());
    QTRY_VERIFY(r.tile(1).at(2).contains(u"Erin"_s));

    QCOMPARE(r.selectedRows(), QList<int>({ 0, 2 }));
    QCOMPARE(view->currentIndex().row(), 2);
    const QList<QRect> after { view->visualRect(r.list.index(0)), view->visualRect(r.list.index(1)),
                               view->visualRect(r.list.index(2)) };
    QCOMPARE(after, before);
    // The selection holds no room in a call: nothing to hang up.
    QVERIFY(!GuiTest::find<QPushButton>(r.page.get(), "bulkHangUpButton")->isEnabled());
    r.noViolations();
}

void tst_Overview::cameraThumbnailsOnlyWhileVisible()
{
    Rooms r;
    TileThumbnails *thumbs = r.page->thumbnails();
    QVERIFY(!thumbs->isActive()); // not shown yet
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    QVERIFY(thumbs->isActive());
    QCOMPARE(thumbs->placeholder(r.list.session(0)), OverviewPage::tr("Not signed in"));
    QVERIFY(r.connectAll());
    for (int row = 0; row < 3; ++row) {
        const RoomSession *s = r.list.session(row);
        QCOMPARE(thumbs->sourceOf(s), FrameSources::of(s->controller())->source());
        QCOMPARE(thumbs->sourceOf(s)->rate(), TileThumbnails::kRate);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbs->thumbnail(s).isNull(), GuiTest::kTimeout);
        // Decoded small, for the tile.
        QVERIFY(thumbs->thumbnail(s).width() < 480);
        QCOMPARE(thumbs->placeholder(s), QString());
    }
    GuiTest::saveShot(r.page.get(), u"overview-thumbnails"_s);

    // Hidden: no room is asked for frames any more.
    r.page->hide();
    QVERIFY(!thumbs->isActive());
    for (int row = 0; row < 3; ++row) {
        FrameSource *source = thumbs->sourceOf(r.list.session(row));
        QCOMPARE(source->rate(), 0.0);
        QTRY_VERIFY(!source->isFetching());
        QVERIFY(!source->isScheduled());
    }
    r.noViolations();
}

void tst_Overview::bulkMuteShowsOnTheTiles()
{
    Rooms r;
    r.page->show();
    QVERIFY(QTest::qWaitForWindowExposed(r.page.get()));
    auto *mute = GuiTest::find<QPushButton>(r.page.get(), "bulkMuteButton");
    QVERIFY(!mute->isEnabled()); // nothing selected
    QVERIFY(r.connectAll());
    QItemSelectionModel *selection = r.page->view()->selectionModel();
    const QAbstractItemModel *model = r.page->view()->model();
    selection->select(model->index(0, 0), QItemSelectionModel::Select);
    selection->select(model->index(2, 0), QItemSelectionModel::Select);
    QTRY_VERIFY(mute->isEnabled());
    QSignalSpy finished(r.page.get(), &OverviewPage::bulkMuteFinished);
    mute->click();
    QVERIFY(finished.wait());
    const auto results = finished.first().first().value<QList<BulkAction::Result>>();
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok() && results.at(1).ok());
    QTRY_VERIFY2(r.tile(0).at(3).contains(u"Microphone muted"_s), qPrintable(r.tile(0).at(3)));
    QTRY_VERIFY(r.tile(2).at(3).contains(u"Microphone muted"_s));
    QCOMPARE(r.tile(1).at(3), Room::roleName(Room::Role::Admin)); // not selected: untouched
    QVERIFY(!r.sims[1]->receivedMethods().contains(u"setMicMute"_s));
    r.noViolations();
}

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
