// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/callsession.h"
#include "gui/panels/powerpanel.h"
#include "gui/widgets/callbanner.h"
#include "guitest.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

constexpr auto kServer = u"sim.trueconf.local";

//! The Alt+letter a text gives (QKeySequence::mnemonic's rules: "&&" is a literal "&"), as the
//! upper-case letter; null when there is none.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(char32_t(sequence[0].key())).toUpper();
}

//! Who owns one mnemonic: "QPushButton rebootButton “&Restart Computer…”".
QString describe(const QObject *owner, const QString &text)
{
    return u"%1 %2 “%3”"_s.arg(QString::fromLatin1(owner->metaObject()->className()),
                               owner->objectName(), text);
}

using Mnemonics = QMap<QChar, QStringList>;

void add(Mnemonics &into, const QObject *owner, const QString &text)
{
    const QChar key = mnemonicOf(text);
    if (!key.isNull())
        into[key].append(describe(owner, text));
}

//! The mnemonics a widget registers itself, the way Qt does: buttons, group boxes, labels
//! with a buddy (a label without one registers none), tab titles.
void collect(Mnemonics &into, const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        add(into, w, button->text());
    else if (const auto *group = qobject_cast<const QGroupBox *>(w))
        add(into, w, group->title());
    else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
        add(into, w, label->text());
    else if (const auto *tabs = qobject_cast<const QTabBar *>(w))
        for (int i = 0; i < tabs->count(); ++i)
            add(into, w, tabs->tabText(i));
}

//! The window's Alt+letter keys, per scope: the chrome (menu titles, header, banner, address
//! book, dial field, tab bar) is always there; each page of the tab widget only while it is
//! the current one. A mnemonic must be unique within the chrome plus any one page.
struct WindowMnemonics
{
    Mnemonics chrome;
    QMap<QString, Mnemonics> pages; //!< page object name -> its own mnemonics
    Mnemonics menuTitles;
};

WindowMnemonics mnemonicsOf(const MainWindow *window)
{
    WindowMnemonics result;
    const auto *tabs = find<QTabWidget>(window, "pageTabWidget");
    QList<const QWidget *> pages;
    for (int i = 0; i < tabs->count(); ++i)
        pages.append(tabs->widget(i));
    for (const QAction *action : window->menuBar()->actions())
        add(result.menuTitles, action, action->text());
    for (auto it = result.menuTitles.cbegin(); it != result.menuTitles.cend(); ++it)
        result.chrome[it.key()] += it.value();
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window) // menus, dialogs: windows of their own
            continue;
        const QWidget *page = nullptr;
        for (const QWidget *p = w; p && p != window; p = p->parentWidget())
            if (pages.contains(p))
                page = p;
        collect(page ? result.pages[page->objectName()] : result.chrome, w);
    }
    return result;
}

//! Every Alt+letter that more than one widget would answer to, described.
QStringList duplicates(const MainWindow *window)
{
    const WindowMnemonics m = mnemonicsOf(window);
    QStringList found;
    QMap<QString, Mnemonics> scopes = m.pages;
    if (scopes.isEmpty())
        scopes.insert(QString(), {});
    for (auto page = scopes.cbegin(); page != scopes.cend(); ++page) {
        Mnemonics all = m.chrome;
        for (auto it = page->cbegin(); it != page->cend(); ++it)
            all[it.key()] += it.value();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it->size() > 1) {
                const QString line = u"Alt+%1: %2"_s.arg(it.key(), it->join(u", "_s));
                if (!found.contains(line))
                    found << line;
            }
    }
    // Inside each menu, its items' letters (Qt cycles between equal ones instead of acting).
    for (const QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        Mnemonics items;
        for (const QAction *action : menu->actions())
            if (!action->isSeparator())
                add(items, action, action->text());
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            if (it->size() > 1)
                found << u"in menu %1, Alt+%2: %3"_s.arg(menu->objectName(), it.key(),
                                                         it->join(u", "_s));
    }
    return found;
}

} // namespace

//! The keyboard: Alt+letter mnemonics are unique in the window (so that the menus' Alt+R,
//! Alt+C, Alt+S, Alt+H open the menus and never focus a page's button, say "Restart Computer"),
//! and the call keys: Accept, Decline, Ctrl+H and Esc.
class TestMainWindowKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mnemonicsAreUniquePerWindow_data();
    void mnemonicsAreUniquePerWindow();
    void menuMnemonicWinsOnThePowerPage();
    void acceptAndDeclineHaveShortcuts();
    void ctrlHAsksLikeEscapeDuringACall();
};

void TestMainWindowKeyboard::initTestCase()
{
    initSettings(u"tst_mainwindow_keyboard"_s);
}

void TestMainWindowKeyboard::mnemonicsAreUniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("ru") << u"ru"_s;
}

void TestMainWindowKeyboard::mnemonicsAreUniquePerWindow()
{
    QFETCH(QString, language);
    const Catalogues catalogues(language);
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    // Every page an administrator gets is a tab.
    for (const char *page :
         { "console", "camera", "branding", "server", "power", "security", "settings", "screen",
           "content", "licence", "profiles", "check", "chat", "inspector" })
        QVERIFY2(w->console()->showPage(QString::fromLatin1(page)), page);
    const WindowMnemonics m = mnemonicsOf(w);
    QCOMPARE(m.menuTitles.size(), 5); // Room, Call, Rooms, Settings, Help: five letters
    QCOMPARE(m.pages.size(), 14);

    // The same rule in every language: the catalogues place their own letters.
    const QStringList found = duplicates(w);
    QVERIFY2(found.isEmpty(), qPrintable(language + u":\n"_s + found.join(u'\n')));
}

void TestMainWindowKeyboard::menuMnemonicWinsOnThePowerPage()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QVERIFY(w->console()->showPage(u"power"_s));
    auto *reboot = find<QPushButton>(w, "rebootButton");
    QTRY_VERIFY(reboot->isVisible());
    auto *roomMenu = find<QMenu>(w, "roomMenu");

    // Alt+R opens the Room menu; it does not pick "Restart Computer…" for Enter to press.
    QTest::keyClick(w, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(roomMenu->isVisible());
    QVERIFY(!reboot->hasFocus());
    QTest::keyClick(roomMenu, Qt::Key_Escape);
    QTRY_VERIFY(!roomMenu->isVisible());
    QVERIFY(!f.presenter->asked.contains(PowerPanel::tr("Restart Room Computer")));

    // Alt+S opens Settings, not "Shut Down Computer…".
    QTest::keyClick(w, Qt::Key_S, Qt::AltModifier);
    auto *settingsMenu = find<QMenu>(w, "settingsMenu");
    QTRY_VERIFY(settingsMenu->isVisible());
    QVERIFY(!find<QPushButton>(w, "shutdownSystemButton")->hasFocus());
    QTest::keyClick(settingsMenu, Qt::Key_Escape);
    QTRY_VERIFY(!settingsMenu->isVisible());
    QVERIFY(f.sim->receivedMethods().filter(u"reboot"_s, Qt::CaseInsensitive).isEmpty());
}

void TestMainWindowKeyboard::acceptAndDeclineHaveShortcuts()
{
    Fixture f;
    QVERIFY(f.connect(Room::Role::User));
    MainWindow *w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto *accept = find<QAction>(w, "acceptAction");
    auto *decline = find<QAction>(w, "rejectAction");
    QCOMPARE(accept->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
    QCOMPARE(decline->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
    // The banner's buttons say so.
    QVERIFY(accept->toolTip().contains(accept->shortcut().toString(QKeySequence::NativeText)));
    QVERIFY(decline->toolTip().contains(decline->shortcut().toString(QKeySequence::NativeText)));

    auto *banner = find<CallBanner>(w, "callBanner");
    QVERIFY(f.sim->simulateIncomingCall(u"dave@"_s + kServer, u"Dave"_s));
    QTRY_COMPARE_WITH_TIMEOUT(banner->mode(), CallBanner::Mode::Incoming, kTimeout);
    QTest::keyClick(w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(f.sim->receivedMethods().contains(u"reject"_s), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeout);

    QVERIFY(f.sim->simulateIncomingCall(u"erin@"_s + kServer, u"Erin"_s));
    QTRY_COMPARE_WITH_TIMEOUT(banner->mode(), CallBanner::Mode::Incoming, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), kTimeout);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QVERIFY(f.sim->receivedMethods().contains(u"accept"_s));
}

void TestMainWindowKeyboard::ctrlHAsksLikeEscapeDuringACall()
{
    RoomSimulator::Options options;
    options.ringDelayMs = 150;
    options.ringTimeoutMs = 3000;
    Fixture f(options);
    f.sim->setCallTiming(60000, 60000); // nobody answers at first
    QVERIFY(f.connect(Room::Role::Admin));
    MainWindow *w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const auto hangUps = [&f] {
        return int(f.sim->receivedMethods().count(u"hangUp"_s));
    };

    // Ringing: Ctrl+H cancels at once, as Esc does.
    w->console()->placeCall(u"frank@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Outgoing,
                              kTimeout);
    QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QVERIFY(f.presenter->asked.isEmpty());

    // In a call: Ctrl+H asks first, as Esc does; "No" keeps the call.
    f.sim->setCallTiming(100, 3000);
    w->console()->placeCall(u"grace@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(find<QAction>(w, "hangUpAction")->isEnabled(), kTimeout);
    const int before = hangUps();
    f.presenter->confirmAnswer = false;
    QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(f.presenter->asked, QStringList { MainWindow::tr("Hang Up") });
    QTest::keyClick(w, Qt::Key_Escape);
    QCOMPARE(f.presenter->asked.size(), 2);
    QCOMPARE(f.presenter->asked.constLast(), MainWindow::tr("Hang Up"));
    QCOMPARE(hangUps(), before);
    QCOMPARE(w->console()->callSession()->phase(), CallSession::Phase::InConference);
    f.presenter->confirmAnswer = true;
    QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QCOMPARE(hangUps(), before + 1);

    // A deliberate click on Hang Up (or the menu item) ends the call without a question.
    w->console()->placeCall(u"heidi@"_s + kServer);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(),
                              CallSession::Phase::InConference, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(find<QAction>(w, "hangUpAction")->isEnabled(), kTimeout);
    const int asked = int(f.presenter->asked.size());
    QTest::mouseClick(find<QToolButton>(w, "hangUpButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->console()->callSession()->phase(), CallSession::Phase::Idle,
                              kTimeout);
    QCOMPARE(int(f.presenter->asked.size()), asked);
}

QTEST_MAIN(TestMainWindowKeyboard)
#include "tst_mainwindow_keyboard.moc"
