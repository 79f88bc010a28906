// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The Screen page in front of the strict simulator: a widget switch changes the room and the
// preview follows (also when the room changes by itself), the default layout is chosen from
// the keyboard, a User sees the page without any admin-only method going out, and in a
// conference the slots are listed and changed from the page.

#include "core/models/screenlayout.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "gui/pages/screenpage.h"
#include "gui/widgets/roomscreenpreview.h"
#include "guitest.h"
#include "sim/simscreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Widget = ScreenLayout::Widget;
using Overlay = RoomScreenPreview::Overlay;

namespace {

struct ScreenFixture
{
    Fixture f;
    ScreenPage *page = nullptr;
    ScreenLayout *screen = nullptr;

    bool open(Room::Role role = Room::Role::Admin)
    {
        if (!f.connect(role))
            return false;
        RoomConsole *console = f.window->console();
        page = console->findChild<ScreenPage *>();
        screen = console->session()->screen();
        return page && console->showPage(u"screen"_s)
            && QTest::qWaitFor(
                   [this] {
                       return page->widgetSwitch(Widget::Clock)->isEnabled()
                           && screen->monitorsKnown();
                   },
                   kTimeout);
    }

    //! The page's whole content at a comfortable size, for looking at.
    void shot(const QString &name) const
    {
        auto *scroll = page->findChild<QScrollArea *>();
        QWidget *content = scroll ? scroll->widget() : page;
        content->resize(content->width(), content->sizeHint().height());
        saveShot(content, name);
    }
};

} // namespace

class tst_ScreenPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clockSwitchAndDefaultLayout();
    void previewFollowsTheRoom();
    void userSeesThePageWithoutAdminMethods();
    void slotsInAConference();
};

void tst_ScreenPage::initTestCase()
{
    initSettings(u"tst_screenpage"_s);
}

void tst_ScreenPage::clockSwitchAndDefaultLayout()
{
    ScreenFixture s;
    QVERIFY(s.open());
    QCheckBox *clock = s.page->widgetSwitch(Widget::Clock);
    QVERIFY(clock->isChecked());
    QVERIFY(!clock->toolTip().isEmpty());
    QVERIFY(s.page->preview()->overlays().testFlag(Overlay::Clock));

    // The administrator turns the clock off: the room changes, the preview follows.
    clock->setFocus();
    QTest::keyClick(clock, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->setting(u"showTime"_s), QJsonValue(false), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!s.page->preview()->overlays().testFlag(Overlay::Clock), kTimeout);
    QVERIFY(!clock->isChecked());
    QVERIFY(s.page->preview()->overlays().testFlag(Overlay::UpcomingMeetings));

    // ...and chooses the group conferences' default layout from the keyboard.
    auto *group = find<QComboBox>(s.page, "groupLayoutCombo");
    QCOMPARE(group->currentData().toInt(), 1);
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->setting(u"defaultMultiConfMatrix"_s), QJsonValue(2),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(group->currentData().toInt(), 2, kTimeout);
    QCOMPARE(group->currentText(), ScreenLayout::layoutName(2));
    s.shot(u"screen-admin-clock-off"_s);

    // The monitors as the room has them.
    auto *monitors = find<QTreeWidget>(s.page, "monitorView");
    QCOMPARE(monitors->topLevelItemCount(), 2);
    QCOMPARE(monitors->topLevelItem(0)->text(0), u"HDMI-1"_s);
    QVERIFY(!monitors->topLevelItem(0)->text(2).isEmpty()); // primary
    QVERIFY(!monitors->topLevelItem(0)->text(3).isEmpty()); // the room's window
    QCOMPARE(s.f.sim->violations(), QStringList());
}

void tst_ScreenPage::previewFollowsTheRoom()
{
    ScreenFixture s;
    QVERIFY(s.open());
    QVERIFY(s.page->preview()->logoShown());
    // Someone else switches the logo and all info widgets off at the room.
    QVERIFY(s.f.sim->changeSetting(u"showLogo"_s, false));
    QVERIFY(s.f.sim->changeSetting(u"showInfoWidgets"_s, false));
    QTRY_VERIFY_WITH_TIMEOUT(!s.page->preview()->logoShown(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(s.page->preview()->overlays(), RoomScreenPreview::Overlays(),
                              kTimeout);
    QVERIFY(!s.page->widgetSwitch(Widget::Logo)->isChecked());
    QVERIFY(!s.page->widgetSwitch(Widget::InfoWidgets)->isChecked());
    QVERIFY(s.page->widgetSwitch(Widget::Clock)->isChecked()); // its own switch is still on

    // A monitor is plugged in: it is listed.
    s.f.sim->screen().addMonitor(u"DP-1"_s, 2560, 1440);
    auto *monitors = find<QTreeWidget>(s.page, "monitorView");
    QTRY_COMPARE_WITH_TIMEOUT(monitors->topLevelItemCount(), 3, kTimeout);
    QCOMPARE(monitors->topLevelItem(2)->text(1), u"2560 × 1440"_s);
    QCOMPARE(s.f.sim->violations(), QStringList());
}

void tst_ScreenPage::userSeesThePageWithoutAdminMethods()
{
    ScreenFixture s;
    QVERIFY(s.open(Room::Role::User));
    QVERIFY(s.page->widgetSwitch(Widget::Clock)->isEnabled());
    QVERIFY(!labelText(s.page, "widgetsNote").isEmpty());
    s.page->widgetSwitch(Widget::Clock)->setFocus();
    QTest::keyClick(s.page->widgetSwitch(Widget::Clock), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->setting(u"showTime"_s), QJsonValue(false), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!s.page->preview()->overlays().testFlag(Overlay::Clock), kTimeout);
    QVERIFY(s.f.roundTrip());
    QCOMPARE(adminOnlyMethodsSent(*s.f.sim), QStringList());
    QCOMPARE(s.f.sim->violations(), QStringList());
}

void tst_ScreenPage::slotsInAConference()
{
    ScreenFixture s;
    QVERIFY(s.open());
    auto *matrixType = find<QComboBox>(s.page, "matrixTypeCombo");
    auto *slotView = find<QTreeWidget>(s.page, "slotView");
    QVERIFY(!matrixType->isEnabled()); // no call: there, but nothing to change
    QVERIFY(!labelText(s.page, "matrixNote").isEmpty());

    s.f.window->console()->session()->controller()->call(u"\\c\\weekly_sync"_s);
    QTRY_VERIFY_WITH_TIMEOUT(s.screen->matrix().known, kTimeout);
    QVERIFY(s.f.sim->simulateParticipantJoin(u"mia@video.example.net"_s, u"Mia"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!slotView->findItems(u"Mia"_s, Qt::MatchExactly).isEmpty(), kTimeout);
    QVERIFY(matrixType->isEnabled());
    QCOMPARE(s.page->preview()->videoSlotCount(), slotView->topLevelItemCount());

    // The layout type from the keyboard.
    const int before = s.f.sim->screen().matrixType();
    matrixType->setFocus();
    QTest::keyClick(matrixType, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->screen().matrixType(), before + 1, kTimeout);

    // Mia's video is hidden, then moved to the second monitor.
    slotView->setCurrentItem(slotView->findItems(u"Mia"_s, Qt::MatchExactly).first());
    auto *hide = find<QPushButton>(s.page, "hideSlotButton");
    QVERIFY(hide->isEnabled());
    hide->click();
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->screen().hiddenSlots().size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(s.page, "showSlotButton")->isEnabled(), kTimeout);
    auto *move = find<QPushButton>(s.page, "moveSlotButton");
    QVERIFY(move->isEnabled());
    QCOMPARE(find<QComboBox>(s.page, "slotMonitorCombo")->currentText(), u"HDMI-2"_s);
    move->click();
    QTRY_COMPARE_WITH_TIMEOUT(s.f.sim->screen().externSlots().size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(s.page, "backSlotButton")->isEnabled(), kTimeout);
    s.shot(u"screen-conference"_s);
    QCOMPARE(s.f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_ScreenPage)
#include "tst_screenpage.moc"
