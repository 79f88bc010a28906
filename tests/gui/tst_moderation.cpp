// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Moderating the room's conference from the console (issue 15): the participant actions and
// their context menu enable with reasons, the keyboard reaches them (Shift+F10, Delete with a
// question), the request banner's Accept / Refuse / Admit, and the outcome in the event log.
// Against the strict simulator, with zero violations.

#include "core/models/conferencemoderation.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomnotices.h"
#include "core/session/roomsession.h"
#include "gui/panels/participantactions.h"
#include "gui/panels/participanttablemodel.h"
#include "gui/widgets/requestbanner.h"
#include "gui/widgets/svgicon.h"
#include "guitest.h"
#include "sim/simmoderation.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Id = ParticipantActions::Id;

namespace {

const QString kServer = u"sim.trueconf.local"_s;

int rowNamed(const QTreeView *view, const QString &name)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString().startsWith(name))
            return r;
    return -1;
}

QJsonObject simParticipant(const RoomSimulator &sim, const QString &idPart)
{
    const QJsonArray list = sim.participants();
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"peerId"_s).toString().startsWith(idPart))
            return v.toObject();
    return {};
}

bool logHas(const EventLogModel &log, const QString &text)
{
    for (int r = 0; r < log.rowCount(); ++r)
        if (log.data(log.index(r, EventLogModel::TextColumn)).toString().contains(text))
            return true;
    return false;
}

struct Console
{
    Fixture f;
    RoomConsole *console = nullptr;
    QTreeView *view = nullptr;
    ParticipantActions *actions = nullptr;
    RequestBanner *banner = nullptr;

    bool start()
    {
        if (!f.connect())
            return false;
        console = f.window->console();
        view = find<QTreeView>(f.window.get(), "participantView");
        actions = find<ParticipantActions>(f.window.get(), "participantActions");
        banner = find<RequestBanner>(f.window.get(), "requestBanner");
        f.sim->setCallTiming(30, 20000);
        return true;
    }
    ConferenceModeration *moderation() const { return console->session()->moderation(); }
    bool ownConference()
    {
        f.controller->sendRequest(
            u"createConference"_s,
            { { u"title"_s, u"Board"_s }, { u"confType"_s, u"symmetric"_s } });
        return QTest::qWaitFor([this] { return moderation()->standing().owner; }, kTimeout);
    }
    bool select(const QString &name)
    {
        if (!QTest::qWaitFor([&] { return rowNamed(view, name) >= 0; }, kTimeout))
            return false;
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowNamed(view, name), 0));
        return true;
    }
    QAction *action(Id id) const { return actions->action(id); }
};

} // namespace

class tst_Moderation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSettings(u"tst_moderation"_s); }
    void actionsEnableWithReasons();
    void keyboardAndContextMenu();
    void bannerAcceptRefuseAdmit();
    void notTheOwner();
};

void tst_Moderation::actionsEnableWithReasons()
{
    Console room;
    QVERIFY(room.start());
    // No conference: everything off, and the reason is on the status line.
    QVERIFY(!room.action(Id::Invite)->isEnabled());
    QCOMPARE(room.action(Id::Invite)->toolTip(), u"The room is not in a conference"_s);

    QVERIFY(room.ownConference());
    QVERIFY(room.f.sim->simulateParticipantJoin(u"lea@"_s + kServer, u"Lea Müller"_s));
    // The room's own row: its controls are elsewhere.
    QVERIFY(room.select(u"Room 101"_s));
    QVERIFY(!room.action(Id::Microphone)->isEnabled());
    QCOMPARE(room.action(Id::Microphone)->toolTip(), u"That is this room: use its own controls"_s);
    QVERIFY(room.select(u"Lea Müller"_s));
    QTRY_VERIFY(room.action(Id::Microphone)->isEnabled());
    QCOMPARE(room.action(Id::Microphone)->text(), u"Microphone off"_s);
    QVERIFY(room.action(Id::Remove)->isEnabled());
    QVERIFY(room.action(Id::Moderator)->isEnabled());
    QVERIFY(room.action(Id::Invite)->isEnabled());
    QCOMPARE(room.actions->statusText(), QString());
    // A symmetric conference has no podium.
    QVERIFY(!room.action(Id::InviteToPodium)->isEnabled());
    QCOMPARE(room.action(Id::InviteToPodium)->toolTip(),
             u"The podium exists only in role-based conferences"_s);
    // Nobody waits: Admit has nothing to do.
    QVERIFY(!room.action(Id::Admit)->isEnabled());

    // Microphone off: the room's event turns the button into "Microphone on".
    room.action(Id::Microphone)->trigger();
    QTRY_COMPARE(simParticipant(*room.f.sim, u"lea@"_s).value(u"mic"_s).toInt(), 1);
    QTRY_COMPARE(room.action(Id::Microphone)->text(), u"Microphone on"_s);
    // The icon-only button shows the participant's state, not a fixed "on" picture.
    QCOMPARE(room.action(Id::Microphone)->icon().pixmap(16).toImage(),
             SvgIcon::icon(u"mic-muted"_s).pixmap(16).toImage());
    QCOMPARE(room.action(Id::Camera)->icon().pixmap(16).toImage(),
             SvgIcon::icon(u"cam-on"_s).pixmap(16).toImage());
    QTRY_VERIFY(logHas(*room.console->eventLog(), u"Turning off the microphone of Lea Müller"_s));
    room.action(Id::Moderator)->trigger();
    QTRY_COMPARE(room.action(Id::Moderator)->text(), u"Remove moderator"_s);

    // Invite: the address-book question, then the verb.
    room.f.presenter->textAnswers = QStringList { u"kenji@"_s + kServer };
    room.action(Id::Invite)->trigger();
    QVERIFY(room.f.presenter->asked.contains(u"Invite to the Conference"_s));
    QTRY_VERIFY(rowNamed(room.view, u"kenji"_s) >= 0 || rowNamed(room.view, u"Kenji"_s) >= 0);
    saveShot(room.f.window.get(), u"moderation-actions"_s);
    QCOMPARE(room.f.sim->violations(), QStringList());
}

void tst_Moderation::keyboardAndContextMenu()
{
    Console room;
    QVERIFY(room.start());
    QVERIFY(room.ownConference());
    QVERIFY(room.f.sim->simulateParticipantJoin(u"lea@"_s + kServer, u"Lea"_s));
    QVERIFY(room.select(u"Lea"_s));
    QTRY_VERIFY(room.action(Id::Remove)->isEnabled());

    // Shift+F10 opens the context menu on the row, with the same actions.
    QTest::keyClick(room.view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(room.actions->contextMenu()->isVisible());
    QVERIFY(room.actions->contextMenu()->actions().contains(room.action(Id::Microphone)));
    QVERIFY(room.actions->contextMenu()->actions().contains(room.action(Id::Remove)));
    room.actions->contextMenu()->close();
    QTRY_VERIFY(!room.actions->contextMenu()->isVisible());

    // Delete asks first; No keeps Lea.
    room.f.presenter->confirmAnswer = false;
    room.view->setFocus();
    QTest::keyClick(room.view, Qt::Key_Delete);
    QVERIFY(room.f.presenter->asked.contains(u"Remove Participant"_s));
    QVERIFY(room.f.roundTrip());
    QVERIFY(!room.f.sim->receivedMethods().contains(u"kickPeer"_s));
    room.f.presenter->confirmAnswer = true;
    QVERIFY2(room.action(Id::Remove)->isEnabled(), qPrintable(room.action(Id::Remove)->toolTip()));
    QTest::keyClick(room.view, Qt::Key_Delete);
    QCOMPARE(room.f.presenter->asked.count(u"Remove Participant"_s), 2);
    QTRY_VERIFY(simParticipant(*room.f.sim, u"lea@"_s).isEmpty());
    QTRY_COMPARE(rowNamed(room.view, u"Lea"_s), -1);
    QCOMPARE(room.f.sim->violations(), QStringList());
}

void tst_Moderation::bannerAcceptRefuseAdmit()
{
    Console room;
    QVERIFY(room.start());
    QVERIFY(room.ownConference());
    QTRY_VERIFY(room.banner->isVisible());
    QVERIFY(!room.banner->current());

    QVERIFY(room.f.sim->simulateJoinRequest(u"maria.garcia@"_s + kServer, u"Maria Garcia"_s));
    QVERIFY(room.f.sim->simulateJoinRequest(u"omar@"_s + kServer, u"Omar"_s));
    QTRY_COMPARE(room.banner->text(), u"Maria Garcia asks to join"_s);
    QCOMPARE(labelText(room.banner, "requestMoreLabel"), u"+1 more"_s);
    QCOMPARE(room.console->session()->notices()->count(RoomNotices::Kind::JoinRequests), 2);
    QVERIFY(room.banner->acceptButton()->focusPolicy() & Qt::TabFocus);
    saveShot(room.f.window.get(), u"moderation-banner"_s);
    room.banner->acceptButton()->click();
    QTRY_VERIFY(!simParticipant(*room.f.sim, u"maria.garcia@"_s).isEmpty());
    QTRY_COMPARE(room.banner->text(), u"Omar asks to join"_s);
    room.banner->refuseButton()->click();
    QTRY_VERIFY(!room.banner->current());
    QCOMPARE(room.console->session()->notices()->count(RoomNotices::Kind::JoinRequests), 0);
    QVERIFY(simParticipant(*room.f.sim, u"omar@"_s).isEmpty());
    QTRY_VERIFY(logHas(*room.console->eventLog(), u"Refusing to let"_s));

    // The waiting room, switched on from the console; somebody waits; Admit.
    QTRY_VERIFY(room.action(Id::WaitingRoom)->isEnabled());
    room.action(Id::WaitingRoom)->trigger();
    QTRY_VERIFY(room.action(Id::WaitingRoom)->isChecked());
    QVERIFY(
        room.f.sim->moderation().waitingRoom().participantWaits(u"nina@"_s + kServer, u"Nina"_s));
    QTRY_COMPARE(room.banner->text(), u"Nina is in the waiting room"_s);
    QCOMPARE(room.banner->acceptButton()->text(), u"Admit"_s);
    QVERIFY(room.select(u"Nina"_s));
    QCOMPARE(room.view->model()
                 ->index(rowNamed(room.view, u"Nina"_s), ParticipantTableModel::RoleColumn)
                 .data()
                 .toString(),
             u"In the waiting room"_s);
    QVERIFY(room.action(Id::Admit)->isEnabled());
    QVERIFY(!room.action(Id::Microphone)->isEnabled());
    room.banner->acceptButton()->click();
    QTRY_COMPARE(simParticipant(*room.f.sim, u"nina@"_s).value(u"isInWaitingRoom"_s),
                 QJsonValue(false));
    QTRY_VERIFY(!room.banner->current());
    // Admitted, Nina is still the one selected: the selection never jumps to somebody else.
    QTRY_COMPARE(room.view->model()
                     ->index(rowNamed(room.view, u"Nina"_s), ParticipantTableModel::RoleColumn)
                     .data()
                     .toString(),
                 u"Participant"_s);
    QTRY_VERIFY(room.view->currentIndex().isValid());
    QCOMPARE(room.view->currentIndex().siblingAtColumn(0).data().toString(), u"Nina"_s);
    QCOMPARE(room.f.sim->violations(), QStringList());
}

void tst_Moderation::notTheOwner()
{
    Console room;
    QVERIFY(room.start());
    room.f.controller->sendRequest(u"call"_s, { { u"peerId"_s, u"\\c\\weekly_sync"_s } });
    QTRY_VERIFY_WITH_TIMEOUT(room.moderation()->standing().ownerKnown, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(room.view->model()->rowCount() >= 3, kTimeout);
    room.view->setFocus();
    room.view->setCurrentIndex(room.view->model()->index(1, 0));
    const QString reason = u"Only the conference owner or a moderator can remove participants"_s;
    QTRY_COMPARE(room.action(Id::Remove)->toolTip(), reason);
    QVERIFY(!room.action(Id::Remove)->isEnabled());
    QVERIFY(!room.action(Id::Microphone)->isEnabled());
    QCOMPARE(room.actions->statusText(), reason);
    // Delete does nothing without the right: no question, nothing sent.
    QTest::keyClick(room.view, Qt::Key_Delete);
    QVERIFY(!room.f.presenter->asked.contains(u"Remove Participant"_s));

    // The owner turns the room's microphone off: the log says who did it.
    QVERIFY(room.f.sim->moderation().ownerMutesRoom(false, true));
    QTRY_VERIFY(
        logHas(*room.console->eventLog(), u"The conference owner muted the room's microphone"_s));
    saveShot(room.f.window.get(), u"moderation-not-owner"_s);
    QCOMPARE(room.f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_Moderation)
#include "tst_moderation.moc"
