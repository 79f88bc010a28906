// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Issue 16's walk through `roomdeck --demo`, as an administrator does it, on the very rooms the
// program opens (DemoRoom::fleet): in the Boardroom the clock widget goes off and the default
// layout of group conferences changes; the Profiles page compares the Boardroom with Huddle
// room 2 (set up by somebody else); the overview applies the Boardroom's profile to the huddle
// room; the Training room, on the Free version, says which PRO features it lacks and does not
// offer to upload a logo. And every row of TrueConf's product comparison for Room has a page
// that works. With ROOMDECK_TEST_SHOTS set, each step leaves a screenshot of the whole window.

#include "core/models/devicestate.h"
#include "core/models/licencestate.h"
#include "core/models/roomsettings.h"
#include "core/models/screenlayout.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/demo/demoroom.h"
#include "gui/dialogs/profileapplydialog.h"
#include "gui/mainwindow.h"
#include "gui/pages/overviewpage.h"
#include "gui/pages/profilespage.h"
#include "gui/pages/screenpage.h"
#include "gui/panels/brandingimageeditor.h"
#include "gui/panels/brandingpanel.h"
#include "gui/widgets/profilesourcebox.h"
#include "gui/widgets/roomscreenpreview.h"
#include "guitest.h"
#include "sim/roomsimulator.h"
#include "simroom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

constexpr int kBoardroom = 0;
constexpr int kHuddle = 1;
constexpr int kTraining = 2;

QStringList column(const QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, col)->text());
    return out;
}

QStringList treeColumn(const QTreeWidget *tree, int col)
{
    QStringList out;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        out.append(tree->topLevelItem(row)->text(col));
    return out;
}

} // namespace

class tst_DemoAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSettings(u"tst_demoadmin"_s); }
    void init();
    void cleanup();
    void administratorSetsUpTheRooms();
    void everyComparisonRowHasAWorkingPlace();

private:
    bool startFleet();
    RoomSession *session(int row) const { return m_list->session(row); }
    RoomConsole *console(int row) const { return m_window->consoleOf(session(row)); }
    RoomSimulator *sim(int row) const { return m_rooms.at(size_t(row))->simulator(); }
    QWidget *page(int row, const char *name) const;

    std::vector<std::unique_ptr<DemoRoom>> m_rooms;
    std::unique_ptr<RoomSessionList> m_list;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPresenter *m_presenter = nullptr;
};

void tst_DemoAdmin::init()
{
    QVERIFY(startFleet());
}

void tst_DemoAdmin::cleanup()
{
    m_window.reset(); // the views go before the list and the rooms
    m_list.reset();
    m_rooms.clear();
}

//! The demo's rooms as `roomdeck --demo --page …` opens them (holding still), in one window,
//! each signed in as administrator with its settings and licence known.
bool tst_DemoAdmin::startFleet()
{
    m_list = std::make_unique<RoomSessionList>(SimRoom::fastOptions());
    const QList<DemoRoom::FleetRoom> fleet
        = DemoRoom::fleet(DemoRoom::Stage::Idle, /*holdStill=*/true, /*lively=*/false);
    for (const DemoRoom::FleetRoom &spec : fleet) {
        auto room = std::make_unique<DemoRoom>(spec.options);
        QString error;
        if (!room->start(&error)) {
            qWarning() << error;
            return false;
        }
        RoomEntry entry;
        entry.name = spec.options.roomName;
        entry.address = room->address().displayText();
        m_list->add(entry);
        m_rooms.push_back(std::move(room));
    }
    m_window = std::make_unique<MainWindow>(m_list.get());
    auto scripted = std::make_unique<ScriptedPresenter>();
    m_presenter = scripted.get();
    m_window->setDialogPresenter(std::move(scripted));
    m_window->setDemoMode(true);
    m_window->resize(MainWindow::defaultSize());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        ConnectionRequest request;
        request.address = m_rooms.at(size_t(row))->address();
        request.credentials = DemoRoom::credentials(Room::Role::Admin);
        request.name = m_list->entry(row).name;
        console(row)->connectToRoom(request);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        RoomSession *s = session(row);
        if (!QTest::qWaitFor(
                [s] {
                    return s->controller()->isReady() && s->settings()->isKnown()
                        && s->licence()->licence().type != LicenceState::Type::Unknown;
                },
                kTimeout))
            return false;
    }
    return true;
}

QWidget *tst_DemoAdmin::page(int row, const char *name) const
{
    m_window->showRoom(session(row));
    RoomConsole *c = console(row);
    if (!c->showPage(QString::fromLatin1(name)))
        return nullptr;
    QCoreApplication::processEvents(); // the page's layout settles before a screenshot
    return c->findChild<QWidget *>(QString::fromLatin1(name) + u"Page"_s);
}

void tst_DemoAdmin::administratorSetsUpTheRooms()
{
    RoomSimulator *boardroom = sim(kBoardroom);
    RoomSimulator *huddle = sim(kHuddle);
    // Huddle room 2 was set up by somebody else.
    QCOMPARE(huddle->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(huddle->setting(u"defaultP2PMatrix"_s), QJsonValue(1));
    QCOMPARE(boardroom->setting(u"showTime"_s), QJsonValue(true));

    // 1. Boardroom, Screen page: the clock goes off, group conferences get another layout.
    auto *screen = qobject_cast<ScreenPage *>(page(kBoardroom, "screen"));
    QVERIFY(screen);
    QCheckBox *clock = screen->widgetSwitch(ScreenLayout::Widget::Clock);
    QVERIFY(clock->isChecked());
    clock->setFocus();
    QTest::keyClick(clock, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(boardroom->setting(u"showTime"_s), QJsonValue(false), kTimeout);
    QTRY_VERIFY(!screen->preview()->overlays().testFlag(RoomScreenPreview::Overlay::Clock));
    auto *group = find<QComboBox>(screen, "groupLayoutCombo");
    const int before = group->currentData().toInt();
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Down);
    const int chosen = group->currentData().toInt();
    QVERIFY(chosen != before);
    QTRY_COMPARE_WITH_TIMEOUT(boardroom->setting(u"defaultMultiConfMatrix"_s), QJsonValue(chosen),
                              kTimeout);
    saveShot(m_window.get(), u"admin-1-screen"_s);

    // 2. Profiles page: the Boardroom beside Huddle room 2, only the differences.
    auto *profiles = qobject_cast<ProfilesPage *>(page(kBoardroom, "profiles"));
    QVERIFY(profiles);
    QCOMPARE(profiles->leftBox()->session(), session(kBoardroom));
    QCOMPARE(profiles->rightBox()->session(), session(kHuddle));
    QTableWidget *table = profiles->table();
    QTRY_VERIFY(column(table, 0).contains(u"Default layout of a call"_s));
    const QStringList names = column(table, 0);
    QVERIFY(!names.contains(u"Show the clock"_s)); // both off now
    QVERIFY(names.contains(u"Default layout of a conference"_s));
    QVERIFY(names.filter(u"Loudspeaker volume"_s).first().contains(u"kept per room"_s));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), m_list->entry(kBoardroom).name);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), m_list->entry(kHuddle).name);
    saveShot(m_window.get(), u"admin-2-compare"_s);

    // 3. The overview applies the Boardroom's profile to Huddle room 2: a preview per room,
    //    then the room's answer.
    m_window->showOverview();
    OverviewPage *overview = m_window->overview();
    QItemSelectionModel *selection = overview->view()->selectionModel();
    selection->clearSelection();
    selection->select(m_list->index(kHuddle), QItemSelectionModel::Select);
    QTRY_VERIFY(overview->applyProfileButton()->isEnabled());
    overview->applyProfileButton()->click();
    auto *dialog = overview->findChild<ProfileApplyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->sourceBox()->session(), session(kBoardroom));
    QTreeWidget *preview = dialog->previewTree();
    QTRY_COMPARE(preview->topLevelItemCount(), 1);
    QCOMPARE(preview->topLevelItem(0)->text(0), m_list->entry(kHuddle).name);
    QVERIFY2(preview->topLevelItem(0)->text(1).startsWith(u"3 change"_s),
             qPrintable(preview->topLevelItem(0)->text(1)));
    saveShot(dialog, u"admin-3-preview"_s);
    QSignalSpy applied(dialog, &ProfileApplyDialog::applied);
    dialog->applyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kTimeout);
    QVERIFY2(preview->topLevelItem(0)->text(1).startsWith(u"applied 3 change"_s),
             qPrintable(preview->topLevelItem(0)->text(1)));
    QCOMPARE(huddle->setting(u"defaultP2PMatrix"_s), boardroom->setting(u"defaultP2PMatrix"_s));
    QCOMPARE(huddle->setting(u"defaultMultiConfMatrix"_s), QJsonValue(chosen));
    QCOMPARE(huddle->setting(u"highlightActiveSpeakers"_s),
             boardroom->setting(u"highlightActiveSpeakers"_s));
    QCOMPARE(huddle->setting(u"audioPlayLevel"_s), QJsonValue(0.8)); // kept per room
    saveShot(dialog, u"admin-4-applied"_s);
    dialog->close();

    // The Profiles page follows: only the room's own volume differs now.
    page(kBoardroom, "profiles");
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(!profiles->applyButton()->isEnabled());

    // 4. The Training room runs the Free version: the console says so and offers no upload.
    auto *branding = qobject_cast<BrandingPanel *>(page(kTraining, "branding"));
    QVERIFY(branding);
    auto *licenceNote = find<QLabel>(branding->logoEditor(), "licenceLabel");
    QTRY_VERIFY(!licenceNote->isHidden());
    QVERIFY(licenceNote->text().contains(
        LicenceState::availabilityText(LicenceState::Availability::NeedsPro)));
    QVERIFY(!find<QPushButton>(branding->logoEditor(), "uploadButton")->isEnabled());
    QVERIFY(!find<QLabel>(branding->backgroundEditor(), "licenceLabel")->isHidden());
    saveShot(m_window.get(), u"admin-5-free-branding"_s);
    // The PRO room shows no such note.
    auto *proBranding = qobject_cast<BrandingPanel *>(page(kBoardroom, "branding"));
    QVERIFY(find<QLabel>(proBranding->logoEditor(), "licenceLabel")->isHidden());

    for (const auto &room : m_rooms)
        QCOMPARE(room->simulator()->violations(), QStringList());
}

void tst_DemoAdmin::everyComparisonRowHasAWorkingPlace()
{
    // TrueConf's comparison of Room and VideoSDK, row by row: where RoomDeck has it, for an
    // administrator of the Boardroom, and one thing on that page that shows the room's state.

    // Settings (the room's web interface for its settings): the settings page, with values.
    QWidget *settings = page(kBoardroom, "settings");
    QVERIFY(settings);
    // Main-screen widgets and layout.
    QVERIFY(page(kBoardroom, "screen"));
    // Custom background and branding (logo).
    auto *branding = qobject_cast<BrandingPanel *>(page(kBoardroom, "branding"));
    QVERIFY(branding);
    QVERIFY(!branding->logoEditor()->isHidden());
    QVERIFY(!branding->backgroundEditor()->isHidden());
    // NDI send and receive, slideshow.
    QWidget *content = page(kBoardroom, "content");
    QVERIFY(content);
    QTRY_VERIFY(find<QCheckBox>(content, "ndiSwitch")->isChecked()); // the demo sends NDI
    // ...and receives: an NDI source is one of the room's cameras (Devices…).
    const auto receivesNdi = [this] {
        const QList<DeviceState::Hardware> cameras
            = session(kBoardroom)->devices()->devices(DeviceState::Device::Camera);
        return std::any_of(cameras.cbegin(), cameras.cend(), [](const DeviceState::Hardware &h) {
            return h.name.startsWith(u"NDI"_s);
        });
    };
    QTRY_VERIFY(receivesNdi());
    // Free vs PRO, for both kinds of room.
    QWidget *licence = page(kBoardroom, "licence");
    QVERIFY(licence);
    auto *features = find<QTreeWidget>(licence, "licenceFeatureList");
    QTRY_VERIFY(
        treeColumn(features, 1)
            .contains(LicenceState::availabilityText(LicenceState::Availability::Available)));
    QWidget *freeLicence = page(kTraining, "licence");
    QTRY_VERIFY(
        treeColumn(find<QTreeWidget>(freeLicence, "licenceFeatureList"), 1)
            .contains(LicenceState::availabilityText(LicenceState::Availability::NeedsPro)));
    saveShot(m_window.get(), u"admin-6-free-licence"_s);
    // Access levels: the role is shown, and an administrator's pages exist.
    page(kBoardroom, "console");
    QVERIFY(labelText(m_window.get(), "roleBadgeLabel").contains(u"Administrator"_s));
    for (const char *name : { "server", "security", "power" })
        QVERIFY2(page(kBoardroom, name), name);
    // Meeting management: the console's conference view (calls, participants, chat).
    QVERIFY(page(kBoardroom, "chat"));
    QVERIFY(m_window->findChild<QWidget *>(u"participantView"_s));
    // The API itself: every page above spoke it to a real simulated room.
    for (const auto &room : m_rooms)
        QCOMPARE(room->simulator()->violations(), QStringList());
}

QTEST_MAIN(tst_DemoAdmin)
#include "tst_demoadmin.moc"
