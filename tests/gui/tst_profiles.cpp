// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Settings profiles in the GUI, against three real simulators: the room's Profiles page compares
// two rooms side by side (differences highlighted, "only differences"), saves a profile, opens
// one, and applies one room's settings to another; the overview's "Apply Profile…" previews per
// room what changes and shows a result per room, one room refusing.

#include "core/models/roomsettings.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/dialogs/profileapplydialog.h"
#include "gui/pages/overviewpage.h"
#include "gui/pages/profilespage.h"
#include "gui/widgets/profilesourcebox.h"
#include "guitest.h"
#include "simroom.h"

#include <QCheckBox>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

//! Three connected rooms ("Room A", "Room B", "Room C").
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
    }

    bool connectAll()
    {
        for (int i = 0; i < 3; ++i) {
            RoomSession *s = list.session(i);
            QSignalSpy ready(s->controller(), &RoomController::startupCompleted);
            s->controller()->connectToRoom(list.entry(i).roomAddress(),
                                           RoomController::Credentials::unsecured());
            if (!ready.wait(GuiTest::kTimeout)
                || !QTest::qWaitFor([s] { return s->settings()->isKnown(); }, GuiTest::kTimeout))
                return false;
        }
        return true;
    }

    void noViolations() const
    {
        for (const auto &sim : sims)
            QCOMPARE(sim->violations(), QStringList());
    }

    std::array<std::unique_ptr<RoomSimulator>, 3> sims;
    RoomSessionList list { SimRoom::fastOptions() };
    GuiTest::ScriptedPresenter presenter;
};

QStringList column(const QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, col)->text());
    return out;
}

} // namespace

class tst_Profiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::initSettings(u"tst_profiles"_s); }
    void compareTwoRoomsAndApplyOneToTheOther();
    void saveAndOpenProfileFiles();
    void overviewAppliesToSeveralRoomsWithAResultEach();
};

void tst_Profiles::compareTwoRoomsAndApplyOneToTheOther()
{
    Rooms rooms;
    QVERIFY(rooms.sims[1]->changeSetting(u"showTime"_s, false));
    QVERIFY(rooms.sims[1]->changeSetting(u"defaultP2PMatrix"_s, 1));
    QVERIFY(rooms.sims[1]->changeSetting(u"audioPlayLevel"_s, 0.5));
    QVERIFY(rooms.connectAll());
    RoomSession *a = rooms.list.session(0);
    RoomSession *b = rooms.list.session(1);

    ProfilesPage page(a, &rooms.presenter);
    page.applyCapabilities(a->controller()->capabilities());
    page.resize(640, 420);
    page.show();
    QCOMPARE(page.pageName(), u"profiles"_s);
    QCOMPARE(page.leftBox()->session(), a);
    QCOMPARE(page.rightBox()->session(), b);

    // Only the differences: two to copy, the volume kept per room.
    QTableWidget *table = page.table();
    QVERIFY(page.onlyDifferencesBox()->isChecked());
    QTRY_COMPARE(table->rowCount(), 3);
    const QStringList names = column(table, 0);
    // The settings catalogue's words, the wire names in the tooltips.
    QVERIFY(names.contains(u"Show the clock"_s));
    QVERIFY(names.contains(u"Default layout of a call"_s));
    QVERIFY(names.filter(u"Loudspeaker volume"_s).first().contains(u"kept per room"_s));
    const int showTimeRow = int(names.indexOf(u"Show the clock"_s));
    QVERIFY(table->item(showTimeRow, 0)->toolTip().startsWith(u"showTime"_s));
    QCOMPARE(table->item(showTimeRow, 1)->text(), u"On"_s);
    QCOMPARE(table->item(showTimeRow, 2)->text(), u"Off"_s);
    QVERIFY(table->item(showTimeRow, 1)->background().style() != Qt::NoBrush);
    QVERIFY(table->item(showTimeRow, 1)->font().bold());
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Room A"_s);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Room B"_s);
    GuiTest::saveShot(&page, u"profiles-compare"_s);

    // Every setting, the same ones without a tint.
    page.onlyDifferencesBox()->setChecked(false);
    QCOMPARE(table->rowCount(), int(page.diff().rows().size()));
    QVERIFY(table->rowCount() >= int(a->settings()->values().size()));
    const int autoAcceptRow = int(column(table, 0).indexOf(u"Accept calls automatically"_s));
    QVERIFY(autoAcceptRow >= 0);
    QCOMPARE(table->item(autoAcceptRow, 1)->background().style(), Qt::NoBrush);
    page.onlyDifferencesBox()->setChecked(true);

    // A change on a room shows live.
    QVERIFY(rooms.sims[0]->changeSetting(u"autoAccept"_s, true));
    QTRY_VERIFY(column(table, 0).contains(u"Accept calls automatically"_s));

    // Apply A to B: the question lists the changes; the room's answer shows.
    QVERIFY(page.applyButton()->isEnabled());
    QSignalSpy finished(&page, &ProfilesPage::applyFinished);
    rooms.presenter.confirmAnswer = true;
    page.applyButton()->click();
    QVERIFY(rooms.presenter.asked.contains(u"Apply Profile"_s));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(page.resultLabel()->text().contains(u"applied 3 change"_s),
             qPrintable(page.resultLabel()->text()));
    QCOMPARE(rooms.sims[1]->setting(u"showTime"_s), QJsonValue(true));
    QCOMPARE(rooms.sims[1]->setting(u"defaultP2PMatrix"_s), QJsonValue(0));
    QCOMPARE(rooms.sims[1]->setting(u"autoAccept"_s), QJsonValue(true));
    QCOMPARE(rooms.sims[1]->setting(u"audioPlayLevel"_s), QJsonValue(0.5)); // kept per room
    // Only the volume differs now, and nothing is left to apply.
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(!page.applyButton()->isEnabled());
    GuiTest::saveShot(&page, u"profiles-applied"_s);

    // Declining the question sends nothing.
    QVERIFY(rooms.sims[0]->changeSetting(u"showLogo"_s, false));
    QTRY_VERIFY(page.applyButton()->isEnabled());
    const auto sets = rooms.sims[1]->receivedMethods().count(u"setSettings"_s);
    rooms.presenter.confirmAnswer = false;
    page.applyButton()->click();
    QCOMPARE(rooms.sims[1]->receivedMethods().count(u"setSettings"_s), sets);
    rooms.noViolations();
}

void tst_Profiles::saveAndOpenProfileFiles()
{
    Rooms rooms;
    QVERIFY(rooms.sims[0]->changeSetting(u"showTime"_s, false));
    QVERIFY(rooms.connectAll());
    RoomSession *a = rooms.list.session(0);
    ProfilesPage page(a, &rooms.presenter);
    page.applyCapabilities(a->controller()->capabilities());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"room-a.json"_s);

    rooms.presenter.saveAnswers = QStringList { path };
    QVERIFY(page.saveButton()->isEnabled());
    page.saveButton()->click();
    QVERIFY(QFile::exists(path));
    QVERIFY(page.resultLabel()->text().contains(u"room-a.json"_s));

    // The file on the right, through the box's "Open a profile file…": the same settings.
    ProfileSourceBox *right = page.rightBox();
    rooms.presenter.openAnswers = QStringList { path };
    Q_EMIT right->activated(right->count() - 1);
    QVERIFY(right->isFile());
    QCOMPARE(right->label(), u"room-a.json"_s);
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(!page.applyButton()->isEnabled()); // a file is never the target

    // An unreadable file is reported and the choice stays.
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[]");
    f.close();
    rooms.presenter.asked.clear();
    rooms.presenter.openAnswers = QStringList { bad };
    Q_EMIT right->activated(right->count() - 1);
    QCOMPARE(rooms.presenter.asked,
             (QStringList { u"Open a Settings Profile"_s, u"Open a Settings Profile"_s }));
    QVERIFY(right->isFile());
    QCOMPARE(right->label(), u"room-a.json"_s);

    // The file on the left against room B: B differs in the one setting.
    page.leftBox()->openFile(path);
    QVERIFY(page.rightBox()->setRoom(rooms.list.session(1)));
    QTRY_COMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 0)->text(), u"Show the clock"_s);
    QVERIFY(page.applyButton()->isEnabled());
    rooms.noViolations();
}

void tst_Profiles::overviewAppliesToSeveralRoomsWithAResultEach()
{
    Rooms rooms;
    QVERIFY(rooms.sims[0]->changeSetting(u"showTime"_s, false));
    QVERIFY(rooms.sims[0]->changeSetting(u"highlightActiveSpeakers"_s, true));
    QVERIFY(rooms.connectAll());
    rooms.sims[2]->lockSetting(u"highlightActiveSpeakers"_s); // C refuses
    OverviewPage overview(&rooms.list, &rooms.presenter);
    overview.resize(760, 460);
    overview.show();
    QVERIFY(!overview.applyProfileButton()->isEnabled());
    QItemSelectionModel *selection = overview.view()->selectionModel();
    selection->select(rooms.list.index(1), QItemSelectionModel::Select);
    selection->select(rooms.list.index(2), QItemSelectionModel::Select);
    QTRY_VERIFY(overview.applyProfileButton()->isEnabled());
    overview.applyProfileButton()->click();
    auto *dialog = overview.findChild<ProfileApplyDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // The source is room A, the first room not selected; the preview lists each room.
    QCOMPARE(dialog->sourceBox()->session(), rooms.list.session(0));
    QTreeWidget *tree = dialog->previewTree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Room B"_s);
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(u"2 change"_s));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(0), u"Show the clock"_s);
    QCOMPARE(tree->topLevelItem(0)->child(1)->toolTip(0), u"showTime"_s);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(1), u"On → Off"_s);
    QVERIFY(tree->topLevelItem(1)->text(1).startsWith(u"2 change"_s));
    QVERIFY(dialog->applyButton()->isEnabled());
    GuiTest::saveShot(dialog, u"profiles-preview"_s);

    QSignalSpy applied(dialog, &ProfileApplyDialog::applied);
    dialog->applyButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    const auto results = applied.first().first().value<QList<ProfileApply::Result>>();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, ProfileApply::Status::Applied);
    QCOMPARE(results.at(1).status, ProfileApply::Status::Refused);
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(u"applied 2 change"_s));
    QVERIFY2(tree->topLevelItem(1)->text(1).startsWith(u"refused"_s),
             qPrintable(tree->topLevelItem(1)->text(1)));
    QVERIFY(dialog->summaryLabel()->text().contains(u"1 of 2"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(rooms.sims[1]->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(rooms.sims[2]->setting(u"showTime"_s), QJsonValue(true)); // atomic: nothing
    GuiTest::saveShot(dialog, u"profiles-result"_s);
    rooms.noViolations();
}

QTEST_MAIN(tst_Profiles)
#include "tst_profiles.moc"
