// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/callsession.h"
#include "gui/console/roompage.h"
#include "gui/panels/conferencepanel.h"
#include "guitest.h"

#include <QAction>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

//! What one widget or action should look like: visible and enabled.
struct Expect
{
    const char *name;
    bool visible;
    bool enabled;
};

bool isVisibleIn(QObject *o)
{
    if (auto *a = qobject_cast<QAction *>(o))
        return a->isVisible();
    auto *w = qobject_cast<QWidget *>(o);
    return w && !w->isHidden();
}

bool isEnabledIn(QObject *o)
{
    if (auto *a = qobject_cast<QAction *>(o))
        return a->isEnabled();
    auto *w = qobject_cast<QWidget *>(o);
    return w && w->isEnabled();
}

} // namespace

namespace {

//! A page that exists only while `required` is granted, and does nothing else.
class CapabilityPage final : public QWidget, public RoomPage
{
public:
    explicit CapabilityPage(Permissions::Capability required)
        : m_required(required)
    { }
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return u"test"_s; }
    QString pageTitle() const override { return u"Test"_s; }
    QIcon pageIcon() const override { return {}; }
    Permissions::Capability requiredCapability() const override { return m_required; }
    void applyCapabilities(Permissions::Capabilities) override { }
    void setPresenter(DialogPresenter *) override { }

private:
    Permissions::Capability m_required;
};

} // namespace

class TestMainWindowRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsFollowRoleAndState_data();
    void actionsFollowRoleAndState();
    void roleSwitchUpdatesAtOnce();
    void userConsoleNeverSendsAdminMethods();
};

void TestMainWindowRoles::initTestCase()
{
    initSettings(u"tst_mainwindow_roles"_s);
}

void TestMainWindowRoles::actionsFollowRoleAndState_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("appState");
    for (const Room::Role role : { Room::Role::User, Room::Role::Admin })
        for (int state = 0; state <= 6; ++state)
            QTest::addRow("%s in %d", role == Room::Role::Admin ? "admin" : "user", state)
                << int(role) << state;
}

void TestMainWindowRoles::actionsFollowRoleAndState()
{
    QFETCH(int, role);
    QFETCH(int, appState);
    const bool admin = Room::Role(role) == Room::Role::Admin;

    Fixture f;
    QVERIFY(f.connect(Room::Role(role)));
    find<QLineEdit>(f.window.get(), "dialEdit")->setText(u"bob@sim.trueconf.local"_s);

    if (appState == int(Room::AppState::Conference))
        f.sim->sendEvent(u"conferenceCreated"_s,
                         QJsonObject { { u"confId"_s, u"0000031a@sim.trueconf.local#vcs"_s },
                                       { u"confTitle"_s, u"Weekly"_s },
                                       { u"confType"_s, 1 } });
    f.sim->setAppState(appState);
    QTRY_COMPARE_WITH_TIMEOUT(int(f.controller->appState()), appState, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        f.controller->capabilities(),
        Permissions::capabilitiesFor(Room::Role(role), true, Room::AppState(appState)), kTimeout);
    if (appState == int(Room::AppState::Conference))
        QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                                  CallSession::Phase::InConference, kTimeout);

    const bool idle = appState == 3;
    const bool ringing = appState == 4;
    const bool inConference = appState == 5;
    const std::vector<Expect> table = {
        { "connectAction", true, true },
        { "disconnectAction", true, true },
        { "retryAction", false, false },
        { "switchToUserAction", admin, admin },
        { "signInAdminAction", !admin, !admin },
        { "callAction", true, idle },
        { "callButton", true, idle },
        { "acceptAction", true, ringing },
        { "rejectAction", true, ringing },
        { "hangUpAction", true, ringing || inConference },
        { "hangUpButton", true, ringing || inConference },
        { "hangUpForAllAction", true, inConference },
        { "cancelCallAction", true, ringing || inConference },
        // The keypad is for a call: hidden while the console sees no call (a bare appState 4
        // names no caller), its width going to the idle console's lists.
        { "keypadGroupBox", appState >= 5, inConference },
        { "addContactAction", true, true },
        { "peerView", true, true },
    };
    QStringList wrong;
    for (const Expect &e : table) {
        QObject *o = f.window->findChild<QObject *>(QLatin1String(e.name));
        if (!o) {
            wrong << u"%1 missing"_s.arg(QLatin1String(e.name));
            continue;
        }
        if (isVisibleIn(o) != e.visible)
            wrong << u"%1 visible=%2"_s.arg(QLatin1String(e.name)).arg(isVisibleIn(o));
        if (isEnabledIn(o) != e.enabled)
            wrong << u"%1 enabled=%2"_s.arg(QLatin1String(e.name)).arg(isEnabledIn(o));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));

    // The administrator's pages exist only for an administrator, in every app state (they
    // are not merely hidden or disabled at User level); the console always.
    auto *tabs = find<QTabWidget>(f.window.get(), "pageTabWidget");
    QVERIFY(tabs->indexOf(find<QWidget>(f.window.get(), "consolePage")) >= 0);
    for (const char *page : { "serverPage", "powerPage", "securityPage" }) {
        QWidget *w = find<QWidget>(f.window.get(), page);
        QVERIFY2(f.window->console()->isPageShown(w) == admin, page);
        QVERIFY2((tabs->indexOf(w) >= 0) == admin, page);
    }
    // Branding: both roles may set the background (Capability::Background), so the page is
    // there for both; its logo editor (setLogo is admin-only) exists only for an
    // administrator.
    auto *branding = find<QWidget>(f.window.get(), "brandingPage");
    QVERIFY(f.window->console()->isPageShown(branding));
    QCOMPARE(!find<QWidget>(branding, "logoEditor")->isHidden(), admin);
    QVERIFY(!find<QWidget>(branding, "backgroundEditor")->isHidden());
    // Camera: both roles move the room's camera (Capability::Devices).
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "cameraPage")));
    // Chat: both roles (Capability::ViewStatus).
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "chatPage")));
    // Settings: both roles (Capability::ViewStatus); the security rows are read-only for a User.
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "settingsPage")));
    // Screen, Content, Licence and Profiles: both roles (Capability::ViewStatus).
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "screenPage")));
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "contentPage")));
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "licencePage")));
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "profilesPage")));
    // Check the room: both roles (its tests are no admin-only methods).
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "checkPage")));
    // The protocol inspector: both roles (sending checks the role itself).
    QVERIFY(f.window->console()->isPageShown(find<QWidget>(f.window.get(), "inspectorPage")));
    QCOMPARE(tabs->count(), admin ? 14 : 11);

    if (!admin) {
        QVERIFY2(f.sim->violations().isEmpty(), qPrintable(f.sim->violations().join(u'\n')));
        QVERIFY2(adminOnlyMethodsSent(*f.sim).isEmpty(),
                 qPrintable(adminOnlyMethodsSent(*f.sim).join(u", "_s)));
    }
}

void TestMainWindowRoles::roleSwitchUpdatesAtOnce()
{
    RoomSimulator::Options options;
    options.adminPassword = u"adm1n"_s;
    Fixture f(options);
    auto *page = new CapabilityPage(Permissions::Capability::Security);
    f.window->console()->addPage(page);
    QVERIFY(f.connect(Room::Role::Admin, u"adm1n"_s));
    auto *toUser = find<QAction>(f.window.get(), "switchToUserAction");
    auto *toAdmin = find<QAction>(f.window.get(), "signInAdminAction");
    QVERIFY(toUser->isVisible());
    QVERIFY(!toAdmin->isVisible());
    QVERIFY(f.window->console()->isPageShown(page));

    toUser->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->role(), Room::Role::User, kTimeout);
    QCOMPARE(labelText(f.window.get(), "roleBadgeLabel"), Room::roleName(Room::Role::User));
    QVERIFY(!toUser->isVisible());
    QVERIFY(toAdmin->isVisible());
    QVERIFY(!f.window->console()->isPageShown(page));

    // Elevating asks for the password through the presenter (no modal loop in tests).
    f.presenter->secretAnswers.append(QString()); // cancelled: nothing happens
    toAdmin->trigger();
    QCOMPARE(f.presenter->asked.last(), u"Sign in as Administrator"_s);
    QCOMPARE(f.controller->role(), Room::Role::User);
    f.presenter->secretAnswers.append(u"adm1n"_s);
    toAdmin->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->role(), Room::Role::Admin, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QVERIFY(toUser->isVisible());
    QVERIFY(!toAdmin->isVisible());
    QVERIFY(f.window->console()->isPageShown(page));

    // The room takes the role away (another administrator): the UI follows at once.
    f.sim->sendEvent(u"authorizationNeeded"_s, QJsonObject { { u"cause"_s, 3 } });
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->role(), Room::Role::None, kTimeout);
    QVERIFY(!toUser->isVisible());
    QVERIFY(!toAdmin->isVisible());
    QVERIFY(!f.window->console()->isPageShown(page));
    QVERIFY(labelText(f.window.get(), "errorLabel").contains(Room::authNeededCauseText(3)));
}

void TestMainWindowRoles::userConsoleNeverSendsAdminMethods()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::User));
    MainWindow *w = f.window.get();
    // Everything a User console offers, once.
    // (Removing the room from the list would take its console away: that is not the room's.)
    QList<QPointer<QAction>> actions;
    for (QAction *a : w->findChildren<QAction *>())
        if (a->objectName() != u"removeRoomAction"_s)
            actions.append(a);
    for (QAction *a : std::as_const(actions)) {
        if (!a)
            continue;
        if (a->isEnabled() && a->isVisible() && a->objectName() != u"quitAction"_s
            && a->objectName() != u"disconnectAction"_s && a->objectName() != u"connectAction"_s
            && a->objectName() != u"signInAdminAction"_s)
            a->trigger();
    }
    f.sim->setAppState(int(Room::AppState::Conference));
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Conference, kTimeout);
    // Hanging up twice in a row (a double click) sends one hangUp: the second would be
    // refused in app state 6.
    auto *hangUp = find<QAction>(w, "hangUpAction");
    QVERIFY(hangUp->isEnabled());
    hangUp->trigger();
    QVERIFY(!hangUp->isEnabled());
    hangUp->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.controller->appState(), Room::AppState::Normal, kTimeout);
    QCOMPARE(f.sim->receivedMethods().count(u"hangUp"_s), 1);
    QVERIFY2(f.sim->violations().isEmpty(), qPrintable(f.sim->violations().join(u'\n')));
    QVERIFY2(adminOnlyMethodsSent(*f.sim).isEmpty(),
             qPrintable(adminOnlyMethodsSent(*f.sim).join(u", "_s)));
    QVERIFY(!f.sim->receivedMethods().isEmpty());
}

QTEST_MAIN(TestMainWindowRoles)
#include "tst_mainwindow_roles.moc"
