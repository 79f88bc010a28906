// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "gui/panels/conferencepanel.h"
#include "gui/panels/dialpanel.h"
#include "gui/panels/participanttablemodel.h"
#include "gui/widgets/callbanner.h"
#include "guitest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

constexpr auto kServer = u"sim.trueconf.local";

RoomSimulator::Options quickRing()
{
    RoomSimulator::Options options;
    options.ringDelayMs = 150;
    options.ringTimeoutMs = 3000;
    return options;
}

//! The last request `method` the room received (empty when none).
QJsonObject lastRequest(const QSignalSpy &spy, const QString &method)
{
    for (auto it = spy.crbegin(); it != spy.crend(); ++it)
        if (it->at(0).toString() == method)
            return it->at(1).toJsonObject();
    return {};
}

CallBanner *banner(const Fixture &f)
{
    return find<CallBanner>(f.window.get(), "callBanner");
}

} // namespace

class TestMainWindowCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialConferenceParticipantsHangUp_data();
    void dialConferenceParticipantsHangUp();
    void groupConferenceFollowsMembership();
    void incomingCallAccepted();
    void incomingCallDeclined();
    void refusalReadsInWords();
    void escapeCancelsRingingAndAsksInCall();
    void dialFieldValidatesAndRemembers();
    void callEndedWhileReconnectingIsNotShownAsLive();
    void callLostWithTheServerIsReported();
};

void TestMainWindowCalls::initTestCase()
{
    initSettings(u"tst_mainwindow_calls"_s);
}

void TestMainWindowCalls::dialConferenceParticipantsHangUp_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("admin") << int(Room::Role::Admin);
    QTest::newRow("user") << int(Room::Role::User);
}

void TestMainWindowCalls::dialConferenceParticipantsHangUp()
{
    QFETCH(int, role);
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role(role)));
    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    MainWindow *w = f.window.get();

    auto *dial = find<QLineEdit>(w, "dialEdit");
    auto *call = find<QToolButton>(w, "callButton");
    QVERIFY(!call->isEnabled()); // nothing to call yet
    const QString alice = u"alice@"_s + kServer;
    QTest::keyClicks(dial, alice);
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);

    // Ringing: the banner says whom, with Cancel.
    QCOMPARE(banner(f)->mode(), CallBanner::Mode::Outgoing);
    QVERIFY(labelText(w, "callerLabel").contains(u"alice"_s));
    QVERIFY(find<QToolButton>(w, "cancelCallButton")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::Outgoing, kTimeout);
    QCOMPARE(lastRequest(sent, u"call"_s).value(u"peerId"_s).toString(), alice);

    // Answered: the conference panel shows the call, its participants and the time.
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QVERIFY(!banner(f)->isVisible());
    QVERIFY2(labelText(w, "conferenceTitleLabel").contains(u"alice"_s, Qt::CaseInsensitive),
             qPrintable(labelText(w, "conferenceTitleLabel")));
    QVERIFY(labelText(w, "conferenceDetailLabel").contains(Room::conferenceTypeText(0)));
    auto *view = find<QTreeView>(w, "participantView");
    QVERIFY(view->isVisible());
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), int(f.sim->participants().size()),
                              kTimeout);
    QVERIFY(view->model()->rowCount() >= 2);
    QCOMPARE(view->model()->columnCount(), int(ParticipantTableModel::ColumnCount));
    // Microphone and camera in words, with an icon.
    const QModelIndex mic = view->model()->index(0, ParticipantTableModel::MicColumn);
    QVERIFY(!mic.data().toString().isEmpty());
    QVERIFY(mic.data(Qt::DecorationRole).value<QIcon>().isNull() == false);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(w, "durationLabel").startsWith(u"0:0"_s), kTimeout);
    const QString before = labelText(w, "durationLabel");
    QTRY_VERIFY_WITH_TIMEOUT(labelText(w, "durationLabel") != before, 3000);

    // DTMF into this call: the P2P peer's id.
    auto *keypad = find<QGroupBox>(w, "keypadGroupBox");
    QVERIFY(keypad->isEnabled());
    QTest::mouseClick(find<QToolButton>(w, "dtmf5Button"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>(w, "dtmfHashButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lastRequest(sent, u"toneDial"_s).value(u"symbol"_s).toString(),
                              u"#"_s, kTimeout);
    QVERIFY(
        RoomIds::sameUser(lastRequest(sent, u"toneDial"_s).value(u"callId"_s).toString(), alice));

    // P2P: nobody to end the conference for.
    QVERIFY(!find<QAction>(w, "hangUpForAllAction")->isEnabled());
    QTest::mouseClick(find<QToolButton>(w, "hangUpButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, kTimeout);
    QVERIFY(!keypad->isEnabled());
    QCOMPARE(labelText(w, "conferenceTitleLabel"), ConferencePanel::tr("No call in progress"));
    // The id is in the dial history now.
    QVERIFY(find<DialPanel>(w, "dialPanel")->history().contains(alice));

    QVERIFY2(f.sim->violations().isEmpty(), qPrintable(f.sim->violations().join(u'\n')));
    if (Room::Role(role) == Room::Role::User)
        QVERIFY2(adminOnlyMethodsSent(*f.sim).isEmpty(),
                 qPrintable(adminOnlyMethodsSent(*f.sim).join(u", "_s)));
}

void TestMainWindowCalls::groupConferenceFollowsMembership()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    QSignalSpy sent(f.sim.get(), &RoomSimulator::requestReceived);
    MainWindow *w = f.window.get();
    f.window->console()->placeCall(u"\\c\\weekly_sync"_s);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(w, "conferenceDetailLabel").contains(Room::conferenceTypeText(1)), kTimeout);
    auto *view = find<QTreeView>(w, "participantView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), int(f.sim->participants().size()),
                              kTimeout);
    const int before = view->model()->rowCount();

    const QString zed = u"zed@"_s + kServer;
    QVERIFY(f.sim->simulateParticipantJoin(zed, u"Zed Zulu"_s));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, kTimeout);
    QVERIFY(labelText(w, "participantsLabel").contains(QString::number(before + 1)));
    QVERIFY(f.sim->simulateParticipantLeave(zed));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before, kTimeout);

    // Keypad tones go to the conference.
    QTest::mouseClick(find<QToolButton>(w, "dtmf1Button"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lastRequest(sent, u"toneDial"_s).value(u"callId"_s).toString(),
                              f.sim->conferenceId(), kTimeout);
    // Somebody else's conference: only the owner may end it for everyone.
    auto *forAll = find<QAction>(w, "hangUpForAllAction");
    QVERIFY(!f.window->console()->callSession()->conferenceOwner().isEmpty());
    QVERIFY(!forAll->isEnabled());
    find<QAction>(w, "hangUpAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);

    // The room's own conference (created from a script here): "Hang up for all" asks first.
    const QJsonArray invite { QString(u"bob@"_s + kServer) };
    f.controller->sendRequest(u"createConference"_s,
                              QJsonObject { { u"title"_s, u"Board meeting"_s },
                                            { u"confType"_s, u"symmetric"_s },
                                            { u"autoAccept"_s, true },
                                            { u"inviteList"_s, invite } });
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(w, "conferenceTitleLabel"), u"Board meeting"_s, kTimeout);
    QVERIFY(forAll->isEnabled());
    f.presenter->confirmAnswer = false;
    forAll->trigger();
    QCOMPARE(f.presenter->asked.last(), MainWindow::tr("Hang Up for All"));
    QVERIFY(f.roundTrip());
    QVERIFY(!lastRequest(sent, u"hangUp"_s).value(u"forAll"_s).toBool());
    f.presenter->confirmAnswer = true;
    forAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(lastRequest(sent, u"hangUp"_s).value(u"forAll"_s).toBool(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QVERIFY2(f.sim->violations().isEmpty(), qPrintable(f.sim->violations().join(u'\n')));
}

void TestMainWindowCalls::incomingCallAccepted()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::User));
    MainWindow *w = f.window.get();
    const QString carol = u"carol@"_s + kServer;
    QVERIFY(f.sim->simulateIncomingCall(carol, u"Carol King"_s));
    QTRY_COMPARE_WITH_TIMEOUT(banner(f)->mode(), CallBanner::Mode::Incoming, kTimeout);
    QVERIFY(banner(f)->isVisible());
    QCOMPARE(labelText(w, "captionLabel"), CallBanner::tr("Incoming call"));
    QVERIFY(labelText(w, "callerLabel").contains(u"Carol King"_s));
    QVERIFY(labelText(w, "callerLabel").contains(carol));
    auto *accept = find<QToolButton>(w, "acceptButton");
    auto *decline = find<QToolButton>(w, "rejectButton");
    QVERIFY(accept->isVisible() && accept->isEnabled());
    QVERIFY(decline->isVisible() && decline->isEnabled());
    // Nothing else to press while it rings.
    QVERIFY(!find<QAction>(w, "callAction")->isEnabled());

    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QVERIFY(!banner(f)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(find<QTreeView>(w, "participantView")->model()->rowCount() >= 2,
                             kTimeout);
    QVERIFY(f.sim->receivedMethods().contains(u"accept"_s));
    QVERIFY(adminOnlyMethodsSent(*f.sim).isEmpty());
    QVERIFY(f.sim->violations().isEmpty());
}

void TestMainWindowCalls::incomingCallDeclined()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    QVERIFY(f.sim->simulateIncomingCall(u"dave@"_s + kServer, u"Dave"_s, 1, u"All hands"_s));
    QTRY_COMPARE_WITH_TIMEOUT(banner(f)->mode(), CallBanner::Mode::Incoming, kTimeout);
    QVERIFY(labelText(f.window.get(), "detailLabel").contains(u"All hands"_s));
    QTest::mouseClick(find<QToolButton>(f.window.get(), "rejectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Normal, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!banner(f)->isVisible(), kTimeout);
    QVERIFY(f.sim->receivedMethods().contains(u"reject"_s));

    // The caller gives up before anyone answers: the banner goes away too.
    QVERIFY(f.sim->simulateIncomingCall(u"erin@"_s + kServer));
    QTRY_COMPARE_WITH_TIMEOUT(banner(f)->mode(), CallBanner::Mode::Incoming, kTimeout);
    QVERIFY(f.sim->simulateIncomingCallCancelled());
    QTRY_VERIFY_WITH_TIMEOUT(!banner(f)->isVisible(), kTimeout);
}

void TestMainWindowCalls::refusalReadsInWords()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    f.window->console()->placeCall(u"busy_bee@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(banner(f)->mode(), CallBanner::Mode::Rejected, kTimeout);
    QCOMPARE(labelText(f.window.get(), "detailLabel"), Room::rejectCauseText(2));
    QVERIFY(find<QToolButton>(f.window.get(), "dismissButton")->isVisible());
    find<QToolButton>(f.window.get(), "dismissButton")->click();
    QVERIFY(!banner(f)->isVisible());

    f.window->console()->placeCall(u"\\c\\secret_board"_s);
    QTRY_COMPARE_WITH_TIMEOUT(banner(f)->mode(), CallBanner::Mode::Rejected, kTimeout);
    QCOMPARE(labelText(f.window.get(), "detailLabel"), Room::rejectCauseText(12));
}

void TestMainWindowCalls::escapeCancelsRingingAndAsksInCall()
{
    Fixture f(quickRing());
    f.sim->setCallTiming(60000, 60000); // nobody answers during this test
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    f.window->console()->placeCall(u"frank@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::Outgoing, kTimeout);
    QVERIFY(labelText(w, "detailLabel").startsWith(u"Ringing for"_s));
    QTest::keyClick(w, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!banner(f)->isVisible(), kTimeout);
    QVERIFY(f.presenter->asked.isEmpty()); // cancelling a ringing call needs no question

    f.sim->setCallTiming(100, 3000);
    f.window->console()->placeCall(u"grace@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    const int hangUps = int(f.sim->receivedMethods().count(u"hangUp"_s));
    f.presenter->confirmAnswer = false;
    QTest::keyClick(w, Qt::Key_Escape);
    QCOMPARE(f.presenter->asked.size(), 1);
    QVERIFY(f.roundTrip());
    QCOMPARE(int(f.sim->receivedMethods().count(u"hangUp"_s)), hangUps);
    QCOMPARE(f.window->console()->callSession()->phase(), CallSession::Phase::InConference);
    f.presenter->confirmAnswer = true;
    QTest::keyClick(w, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    // The remote side ending a call is shown too.
    f.window->console()->placeCall(u"heidi@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QVERIFY(f.sim->simulateRemoteHangUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
}

void TestMainWindowCalls::dialFieldValidatesAndRemembers()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    auto *dial = find<QLineEdit>(w, "dialEdit");
    auto *call = find<QAction>(w, "callAction");
    for (const QString &good : { u"bob"_s, u"bob@video.example.net"_s,
                                 u"bob@video.example.net/7f3a9c21"_s, u"\\c\\weekly"_s }) {
        dial->setText(good);
        QVERIFY2(call->isEnabled(), qPrintable(good));
        QCOMPARE(find<QLabel>(w, "dialStatusLabel")->text().isEmpty(), false);
    }
    for (const QString &bad : { u"bob@"_s, u"@server"_s, u"two words"_s }) {
        dial->setText(bad);
        QVERIFY2(!call->isEnabled(), qPrintable(bad));
        QCOMPARE(labelText(w, "dialStatusLabel"), RoomIds::validationError(bad));
    }
    // Enter in the field calls; the id goes into the history and the completer.
    dial->setText(u"ivan@"_s + kServer);
    QTest::keyClick(dial, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    auto *panel = find<DialPanel>(w, "dialPanel");
    QCOMPARE(panel->history().value(0), u"ivan@"_s + kServer);
    QVERIFY(dial->completer());
    QCOMPARE(QSettings().value(u"dial/history"_s).toStringList().value(0), u"ivan@"_s + kServer);
}

QTEST_MAIN(TestMainWindowCalls)
namespace {

//! Calls alice from the dial field and waits until the call is up.
bool startCall(Fixture &f)
{
    auto *dial = find<QLineEdit>(f.window.get(), "dialEdit");
    dial->setText(u"alice@"_s + kServer);
    find<QAction>(f.window.get(), "callAction")->trigger();
    return QTest::qWaitFor(
        [&f] {
            return f.window->console()->callSession()->phase() == CallSession::Phase::InConference
                && !labelText(f.window.get(), "durationLabel").isEmpty();
        },
        kTimeout);
}

bool logHas(const MainWindow &w, const QString &text)
{
    const EventLogModel *log = w.console()->eventLog();
    for (int row = 0; row < log->rowCount(); ++row)
        if (log->entry(row).text.contains(text))
            return true;
    return false;
}

} // namespace

void TestMainWindowCalls::callEndedWhileReconnectingIsNotShownAsLive()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    QVERIFY(startCall(f));
    QVERIFY(find<QTreeView>(w, "participantView")->isVisible());

    // The room drops mid-call and stays unreachable for now.
    f.sim->setRefuseConnections(true);
    f.sim->closeAllClients();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->connectionState(),
                              RoomController::ConnectionState::Reconnecting, kTimeout);
    // The call's state is unknown: said so, the timer stopped, no participants pretended.
    QCOMPARE(w->console()->callSession()->phase(), CallSession::Phase::Unknown);
    QCOMPARE(labelText(w, "conferenceTitleLabel"), u"Call state unknown"_s);
    QVERIFY2(labelText(w, "conferenceDetailLabel").contains(u"alice"_s),
             qPrintable(labelText(w, "conferenceDetailLabel")));
    QCOMPARE(labelText(w, "durationLabel"), QString());
    QVERIFY(!find<QTreeView>(w, "participantView")->isVisible());
    QVERIFY(!find<QAction>(w, "callAction")->isEnabled());
    // The dial field holds a valid id, yet nothing says the room could call it.
    const QString status = labelText(w, "dialStatusLabel");
    QVERIFY2(!status.contains(u"Ready to call"_s), qPrintable(status));
    QVERIFY2(status.contains(u"not connected to the room"_s), qPrintable(status));
    saveShot(w, u"reconnecting-mid-call"_s);

    // Meanwhile the other side hangs up; the room goes back to idle.
    QVERIFY(f.sim->simulateRemoteHangUp());
    QTRY_COMPARE_WITH_TIMEOUT(f.sim->appState(), int(Room::AppState::Normal), kTimeout);
    QVERIFY(!logHas(*w, u"ended"_s));

    // Back: the resync shows the truth, and says plainly that the call ended meanwhile.
    f.sim->setRefuseConnections(false);
    f.controller->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QCOMPARE(banner(f)->mode(), CallBanner::Mode::Ended);
    QVERIFY(banner(f)->isVisible());
    QVERIFY2(labelText(w, "callerLabel").contains(u"alice"_s),
             qPrintable(labelText(w, "callerLabel")));
    QVERIFY2(labelText(w, "detailLabel").contains(u"not connected to the room when it ended"_s),
             qPrintable(labelText(w, "detailLabel")));
    QVERIFY(logHas(*w, u"The call with alice"_s));
    QCOMPARE(labelText(w, "conferenceTitleLabel"), u"No call in progress"_s);
    QCOMPARE(labelText(w, "conferenceDetailLabel"), u"The room is free for a call."_s);
    saveShot(w, u"call-ended-while-away"_s);

    // Disconnected by hand: never "free for a call".
    f.controller->disconnectFromRoom();
    QVERIFY(!labelText(w, "conferenceDetailLabel").contains(u"free for a call"_s));
    QVERIFY(!labelText(w, "dialStatusLabel").contains(u"Ready to call"_s));
}

void TestMainWindowCalls::callLostWithTheServerIsReported()
{
    Fixture f(quickRing());
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    QVERIFY(startCall(f));

    QVERIFY(f.sim->simulateServerLoss());
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QCOMPARE(banner(f)->mode(), CallBanner::Mode::Ended);
    QVERIFY2(labelText(w, "detailLabel").contains(u"TrueConf server"_s),
             qPrintable(labelText(w, "detailLabel")));
    QVERIFY(logHas(*w, u"lost its connection to the TrueConf server"_s));
    // No server: the room cannot call, and the console does not claim it can.
    QCOMPARE(labelText(w, "conferenceDetailLabel"),
             u"The room is not connected to a TrueConf server."_s);
    QVERIFY(!labelText(w, "dialStatusLabel").contains(u"Ready to call"_s));
    QVERIFY(!find<QAction>(w, "callAction")->isEnabled());
}

#include "tst_mainwindow_calls.moc"
