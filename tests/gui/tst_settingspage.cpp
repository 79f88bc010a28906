// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The Settings page in front of the strict simulator (issue 16 item 1): a typed editor per
// value type, one atomic apply, a refusal that leaves every field as the room has it, the
// room's own changes shown live, and User vs Administrator per setting.

#include "core/models/settingscatalogue.h"
#include "core/models/settingsedit.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "gui/pages/settingspage.h"
#include "guitest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

struct PageFixture
{
    Fixture f;
    SettingsPage *page = nullptr;

    bool open(Room::Role role)
    {
        if (!f.connect(role))
            return false;
        RoomConsole *console = f.window->console();
        page = console->findChild<SettingsPage *>();
        return page && console->showPage(u"settings"_s)
            && QTest::qWaitFor([this] { return page->rowOf(u"showTime"_s) != nullptr; }, kTimeout);
    }
    template<typename T> T *editor(const QString &name) const
    {
        return qobject_cast<T *>(page->editorOf(name));
    }
    QString note(const QString &name) const
    {
        return page->rowOf(name)->text(SettingsPage::NoteColumn);
    }
    QPushButton *apply() const { return find<QPushButton>(page, "settingsApplyButton"); }
    QString outcome() const { return labelText(page, "settingsOutcomeLabel"); }
    int setSettingsSent() const { return int(f.sim->receivedMethods().count(u"setSettings"_s)); }
};

} // namespace

class tst_SettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedEditorsAndOneApply();
    void refusalLeavesEveryFieldAsTheRoomHasIt();
    void roomChangesShowLive();
    void userSeesSecuritySettingsReadOnly();
    void searchFilters();
};

void tst_SettingsPage::initTestCase()
{
    initSettings(u"tst_settingspage"_s);
}

void tst_SettingsPage::typedEditorsAndOneApply()
{
    PageFixture p;
    QVERIFY(p.open(Room::Role::Admin));
    // One editor per type, with the catalogue's names and ranges.
    QCheckBox *clock = p.editor<QCheckBox>(u"showTime"_s);
    QVERIFY(clock);
    QVERIFY(clock->isChecked());
    QComboBox *layout = p.editor<QComboBox>(u"defaultMultiConfMatrix"_s);
    QVERIFY(layout);
    QCOMPARE(layout->count(), 5);
    QCOMPARE(layout->currentText(), u"Equal windows"_s);
    QSpinBox *bandwidth = p.editor<QSpinBox>(u"inputBandWidth"_s);
    QVERIFY(bandwidth);
    QCOMPARE(bandwidth->minimum(), 32);
    QCOMPARE(bandwidth->maximum(), 20480); // the simulator's bitrateLimits
    QDoubleSpinBox *volume = p.editor<QDoubleSpinBox>(u"audioPlayLevel"_s);
    QVERIFY(volume);
    QCOMPARE(volume->maximum(), 1.0);
    QLineEdit *language = p.editor<QLineEdit>(u"language"_s);
    QVERIFY(language);
    QCOMPARE(language->text(), u"en"_s);
    // An undocumented setting: shown, editable as a raw value, in Other.
    QSpinBox *raw = p.editor<QSpinBox>(u"screenSaverTimeout"_s);
    QVERIFY(raw);
    QCOMPARE(raw->value(), 600);
    QCOMPARE(p.page->rowOf(u"screenSaverTimeout"_s)->parent()->text(0),
             SettingsCatalogue::groupName(SettingsCatalogue::Group::Other));
    QVERIFY(!p.apply()->isEnabled());

    // Keyboard: from the search field to the tree, then to the first editor; Space switches.
    auto *search = find<QLineEdit>(p.page, "settingsSearchEdit");
    search->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), p.page->findChild<QTreeWidget *>());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), p.page->editorOf(u"aecEnable"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(p.page->edit()->isPending(u"aecEnable"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!p.page->edit()->isPending(u"aecEnable"_s));

    // Edits, by mouse and keyboard: pending and marked, nothing sent yet.
    QTest::mouseClick(clock, Qt::LeftButton, {}, QPoint(4, clock->height() / 2));
    QVERIFY(!clock->isChecked());
    layout->setFocus();
    QTest::keyClick(layout, Qt::Key_Down);
    QCOMPARE(layout->currentIndex(), 2);
    bandwidth->setValue(4096);
    language->setFocus();
    language->selectAll();
    QTest::keyClicks(language, u"de"_s);
    QTest::keyClick(language, Qt::Key_Return);
    QVERIFY(p.page->edit()->isPending(u"showTime"_s));
    QVERIFY(p.page->edit()->isPending(u"defaultMultiConfMatrix"_s));
    QVERIFY(p.page->edit()->isPending(u"language"_s));
    QVERIFY(p.page->rowOf(u"showTime"_s)->font(SettingsPage::LabelColumn).bold());
    QVERIFY(!p.note(u"showTime"_s).isEmpty());
    QCOMPARE(p.setSettingsSent(), 0);
    QVERIFY(p.apply()->isEnabled());

    QTest::mouseClick(p.apply(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(p.outcome().contains(u"accepted"_s), kTimeout);
    QCOMPARE(p.setSettingsSent(), 1);
    QTRY_COMPARE(p.f.sim->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(p.f.sim->setting(u"defaultMultiConfMatrix"_s), QJsonValue(2));
    QCOMPARE(p.f.sim->setting(u"inputBandWidth"_s), QJsonValue(4096));
    QCOMPARE(p.f.sim->setting(u"language"_s), QJsonValue(u"de"_s));
    QTRY_VERIFY(!p.page->rowOf(u"showTime"_s)->font(SettingsPage::LabelColumn).bold());
    QVERIFY(!clock->isChecked());
    QVERIFY(!p.apply()->isEnabled());
    saveShot(p.page, u"settings-page"_s);
    QCOMPARE(p.f.sim->violations(), QStringList());
}

void tst_SettingsPage::refusalLeavesEveryFieldAsTheRoomHasIt()
{
    PageFixture p;
    QVERIFY(p.open(Room::Role::Admin));
    QCheckBox *logo = p.editor<QCheckBox>(u"showLogo"_s);
    QSpinBox *raw = p.editor<QSpinBox>(u"screenSaverTimeout"_s);
    QVERIFY(logo && raw);
    logo->click();
    raw->setValue(-5); // RoomDeck knows only the type; the room refuses the value
    QTest::mouseClick(p.apply(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(p.outcome().contains(u"refused"_s), kTimeout);
    // Which value, and why; every field is the room's again.
    QVERIFY(p.outcome().contains(u"screenSaverTimeout"_s));
    QVERIFY(p.outcome().contains(u"Invalid parameters"_s));
    QVERIFY(p.note(u"screenSaverTimeout"_s).contains(u"-5"_s));
    QCOMPARE(raw->value(), 600);
    QVERIFY(logo->isChecked());
    QVERIFY(!p.page->edit()->hasPending());
    QCOMPARE(p.f.sim->setting(u"showLogo"_s), QJsonValue(true));
    saveShot(p.page, u"settings-refused"_s);
    QCOMPARE(p.f.sim->violations(),
             QStringList { u"invalid parameters for setSettings (appState 3)"_s });
    p.f.sim->clearViolations();
}

void tst_SettingsPage::roomChangesShowLive()
{
    PageFixture p;
    QVERIFY(p.open(Room::Role::Admin));
    QCheckBox *clock = p.editor<QCheckBox>(u"showTime"_s);
    QVERIFY(p.f.sim->changeSetting(u"showTime"_s, false));
    QTRY_VERIFY(!clock->isChecked());
    QVERIFY(!p.page->edit()->isPending(u"showTime"_s));
    // AGC on the room makes the microphone level read-only, with the reason.
    QVERIFY(p.page->editorOf(u"audioCapturerLevel"_s)->isEnabled());
    QVERIFY(p.f.sim->changeSetting(u"agcEnable"_s, true));
    QTRY_VERIFY(!p.page->editorOf(u"audioCapturerLevel"_s)->isEnabled());
    QVERIFY(p.page->rowOf(u"audioCapturerLevel"_s)
                ->toolTip(SettingsPage::LabelColumn)
                .contains(u"gain control"_s));

    // Edited here, changed on the room: both kept, the row says so.
    QSpinBox *out = p.editor<QSpinBox>(u"outputBandWidth"_s);
    out->setValue(2048);
    QVERIFY(p.f.sim->changeSetting(u"outputBandWidth"_s, 1024));
    QTRY_VERIFY(p.page->edit()->isConflicting(u"outputBandWidth"_s));
    QCOMPARE(out->value(), 2048);
    QVERIFY(p.note(u"outputBandWidth"_s).contains(u"1024"_s));
    // Revert shows the room's value.
    QTest::mouseClick(find<QPushButton>(p.page, "settingsRevertButton"), Qt::LeftButton);
    QCOMPARE(out->value(), 1024);
    QCOMPARE(p.f.sim->violations(), QStringList());
}

void tst_SettingsPage::userSeesSecuritySettingsReadOnly()
{
    PageFixture p;
    QVERIFY(p.open(Room::Role::User));
    for (const QString &name : { u"changeUserAuthPinAfterConf"_s, u"forbidDirectConnection"_s,
                                 u"rejectCallsNotFromAB"_s, u"enableAutologin"_s }) {
        QWidget *editor = p.page->editorOf(name);
        QVERIFY2(editor && !editor->isEnabled(), qPrintable(name));
        QVERIFY(editor->toolTip().contains(SettingsCatalogue::adminOnlyReason()));
        QVERIFY(p.page->rowOf(name)
                    ->toolTip(SettingsPage::LabelColumn)
                    .contains(SettingsCatalogue::adminOnlyReason()));
    }
    QCheckBox *autoAccept = p.editor<QCheckBox>(u"autoAccept"_s);
    QVERIFY(autoAccept->isEnabled());
    autoAccept->click();
    QTest::mouseClick(p.apply(), Qt::LeftButton);
    QTRY_COMPARE(p.f.sim->setting(u"autoAccept"_s), QJsonValue(true));
    QCOMPARE(p.setSettingsSent(), 1);
    QCOMPARE(p.f.sim->violations(), QStringList());
}

void tst_SettingsPage::searchFilters()
{
    PageFixture p;
    QVERIFY(p.open(Room::Role::Admin));
    auto *search = find<QLineEdit>(p.page, "settingsSearchEdit");
    QTest::keyClicks(search, u"bandwidth"_s);
    QVERIFY(!p.page->rowOf(u"inputBandWidth"_s)->isHidden());
    QVERIFY(!p.page->rowOf(u"outputBandWidth"_s)->isHidden());
    QVERIFY(p.page->rowOf(u"showTime"_s)->isHidden());
    QVERIFY(p.page->rowOf(u"showTime"_s)->parent()->isHidden());
    // By value: the readable name of an enumeration.
    search->setText(u"Ask each time"_s);
    QVERIFY(!p.page->rowOf(u"cameraRemoteControlAccess"_s)->isHidden());
    QVERIFY(p.page->rowOf(u"inputBandWidth"_s)->isHidden());
    search->clear();
    QVERIFY(!p.page->rowOf(u"showTime"_s)->isHidden());
    QCOMPARE(p.f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
