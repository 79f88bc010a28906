// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The event log's durable history (issue #18, item 3): what a room did yesterday is there after
// a restart and can be searched, paged and exported; a paused history is said and the console
// works on; Settings > History… saves and applies the limits.

#include "core/history/historystore.h"
#include "core/history/historytablemodel.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/dialogs/historysettingsdialog.h"
#include "gui/panels/eventlogpanel.h"
#include "guitest.h"
#include "simroom.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

//! One simulated room in a MainWindow over a RoomSessionList, recorded into `store`.
struct Shell
{
    Shell(HistoryStore *store, const RoomAddress &address)
    {
        RoomEntry e;
        e.name = u"Board room"_s;
        e.address = address.displayText();
        list.add(e);
        recorder = std::make_unique<RoomListRecorder>(store, &list);
        window = std::make_unique<MainWindow>(&list);
        auto scripted = std::make_unique<ScriptedPresenter>();
        presenter = scripted.get();
        window->setDialogPresenter(std::move(scripted));
        window->setHistoryStore(store);
        window->show();
    }
    ~Shell() { window.reset(); }
    Q_DISABLE_COPY_MOVE(Shell)

    bool connect(const RoomAddress &address)
    {
        RoomConsole *c = console();
        ConnectionRequest r;
        r.address = address;
        r.addressText = address.displayText();
        r.credentials = RoomController::Credentials::unsecured(Room::Role::Admin);
        c->connectToRoom(r);
        return QTest::qWaitFor([c] { return c->controller()->isReady(); }, kTimeout);
    }

    RoomConsole *console() const { return window->consoleOf(list.session(0)); }
    EventLogPanel *panel() const { return console()->findChild<EventLogPanel *>(); }

    RoomSessionList list;
    std::unique_ptr<RoomListRecorder> recorder;
    std::unique_ptr<MainWindow> window;
    ScriptedPresenter *presenter = nullptr;
};

HistoryStore::Options options(const QTemporaryDir &dir)
{
    HistoryStore::Options o;
    o.path = dir.filePath(u"history.sqlite"_s);
    o.batchIntervalMs = 20;
    return o;
}

} // namespace

class TestEventLogHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSettings(u"tst_eventloghistory"_s); }
    void restartKeepsEventsAndCommands();
    void pagesWithoutLoadingEveryRow();
    void pausedHistoryIsShown();
    void settingsSaveAndApplyLimits();
    void historyChoiceFitsInEveryLanguage_data();
    void historyChoiceFitsInEveryLanguage();
};

void TestEventLogHistory::restartKeepsEventsAndCommands()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sim = SimRoom::start();
    const RoomAddress address = SimRoom::addressOf(*sim);
    {
        // Yesterday: the room sends events, the operator mutes the microphone.
        HistoryStore store(options(dir));
        Shell shell(&store, address);
        QVERIFY(shell.connect(address));
        sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"projector lamp warning"_s } });
        RoomSession *session = shell.list.session(0);
        EventLogModel *live = session->eventLog();
        QVERIFY(QTest::qWaitFor(
            [live] {
                for (int row = 0; row < live->rowCount(); ++row)
                    if (live->entry(row).text.contains(u"projector lamp"_s))
                        return true;
                return false;
            },
            kTimeout));
        bool muted = false;
        session->devices()->setMuted(DeviceState::Device::Microphone, true, shell.window.get(),
                                     [&muted](const RequestOutcome &o) { muted = o.ok(); });
        QVERIFY(QTest::qWaitFor([&muted] { return muted; }, kTimeout));
        store.flush();
        QCOMPARE(store.state(), HistoryStore::State::Ok);
    }

    // Today: a new RoomDeck, the room not even connected.
    HistoryStore store(options(dir));
    Shell shell(&store, address);
    EventLogPanel *panel = shell.panel();
    QVERIFY(panel);
    auto *source = find<QComboBox>(panel, "sourceCombo");
    QVERIFY(source->isVisible());
    source->setCurrentIndex(1);
    QVERIFY(panel->isShowingHistory());
    auto *view = find<QTableView>(panel, "eventLogView");
    QCOMPARE(view->model(), panel->historyModel());
    const int all = panel->historyModel()->rowCount();
    QVERIFY2(all >= 3, qPrintable(QString::number(all))); // connection lines, the event, the mute
    bool sawEvent = false;
    for (int row = 0; row < all; ++row)
        sawEvent |= view->model()
                        ->index(row, EventLogModel::TextColumn)
                        .data()
                        .toString()
                        .contains(u"projector lamp warning"_s);
    QVERIFY(sawEvent);
    // The time column carries the date: the history spans days.
    const QString time = view->model()->index(0, EventLogModel::TimeColumn).data().toString();
    QVERIFY2(time.size() > 8, qPrintable(time));

    // Searched in the database once the operator stops typing.
    find<QLineEdit>(panel, "logSearchEdit")->setText(u"projector"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel->historyModel()->rowCount(), 1, kTimeout);
    QCOMPARE(panel->historyModel()->filter().room, address.keyText());
    view->selectRow(0);
    QVERIFY(panel->selectionAsText().contains(u"projector lamp warning"_s));
    find<QLineEdit>(panel, "logSearchEdit")->clear();
    QTRY_COMPARE_WITH_TIMEOUT(panel->historyModel()->rowCount(), all, kTimeout);

    saveShot(shell.window.get(), u"eventlog-history"_s);

    // The command, with who ran it, is in the commands table.
    History::Filter commands;
    commands.table = History::Table::Commands;
    commands.room = address.keyText();
    const QList<History::Row> rows = store.query(commands, 0, 100);
    const auto mute = std::find_if(rows.begin(), rows.end(), [](const History::Row &r) {
        return r.method == u"setMicMute"_s;
    });
    QVERIFY(mute != rows.end());
    QCOMPARE(mute->outcome, u"reply"_s);
    QCOMPARE(mute->user, History::localUserName());

    // Export: the rows shown, as CSV.
    const QString csv = dir.filePath(u"export.csv"_s);
    shell.presenter->saveAnswers << csv;
    QVERIFY(panel->exportAction()->isEnabled());
    panel->exportAction()->trigger();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("projector lamp warning"));
    QCOMPARE(bytes.count("\r\n"), all + 1); // the header and every row

    // Back to this session: the live log, which Clear empties (the history stays).
    source->setCurrentIndex(0);
    QVERIFY(!panel->isShowingHistory());
    QCOMPARE(view->model()->rowCount(), shell.list.session(0)->eventLog()->rowCount());
    QVERIFY(!panel->exportAction()->isEnabled());
}

void TestEventLogHistory::pagesWithoutLoadingEveryRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(options(dir));
    const QString room = u"10.0.0.7:8766"_s;
    constexpr int kRows = 5000;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - kRows * 1000;
    for (int i = 0; i < kRows; ++i) {
        History::EventRecord r;
        r.timeMs = start + i * 1000;
        r.room.address = room;
        r.kind = u"event"_s;
        r.text = u"entry %1"_s.arg(i);
        store.append(std::move(r));
    }
    store.flush();

    HistoryTableModel model;
    model.setStore(&store);
    History::Filter filter;
    filter.room = room;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.rowsRead(), 0);
    QCOMPARE(model.index(2500, EventLogModel::TextColumn).data().toString(), u"entry 2500"_s);
    QCOMPARE(model.index(kRows - 1, EventLogModel::TextColumn).data().toString(), u"entry 4999"_s);
    QCOMPARE(model.rowsRead(), 2 * HistoryTableModel::kPageRows);

    // Shown in a view scrolled to the end, only the pages on screen are read.
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY2(model.rowsRead() <= 4 * HistoryTableModel::kPageRows,
             qPrintable(QString::number(model.rowsRead())));

    // New rows are appended by refresh(); rows that went reset the model.
    History::EventRecord late;
    late.timeMs = QDateTime::currentMSecsSinceEpoch();
    late.room.address = room;
    late.kind = u"event"_s;
    late.text = u"late entry"_s;
    store.append(late);
    store.flush();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), kRows + 1);
    QCOMPARE(model.index(kRows, EventLogModel::TextColumn).data().toString(), u"late entry"_s);
    // Nothing written since: nothing is counted or read again.
    const qint64 read = model.rowsRead();
    const qint64 changes = store.changeCount();
    model.refresh();
    QCOMPARE(store.changeCount(), changes);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowsRead(), read);
}

void TestEventLogHistory::pausedHistoryIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sim = SimRoom::start();
    const RoomAddress address = SimRoom::addressOf(*sim);
    HistoryStore::Options o = options(dir);
    o.maxPageCount = 8; // a full disk, as far as SQLite can tell
    o.retryIntervalMs = 60000;
    HistoryStore store(o);
    Shell shell(&store, address);
    QVERIFY(shell.connect(address));
    for (int i = 0; i < 200; ++i)
        sim->sendEvent(u"myEvent"_s, { { u"data"_s, QString(200, u'x') } });
    QTRY_COMPARE_WITH_TIMEOUT(store.state(), HistoryStore::State::Paused, kTimeout);
    auto *label = find<QLabel>(shell.panel(), "historyStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kTimeout);
    QVERIFY2(label->text().contains(u"full"_s), qPrintable(label->text()));
    auto *bar = find<QLabel>(shell.window.get(), "historyPausedLabel");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->toolTip(), store.statusText());
    // The console works on: a command still goes through.
    bool muted = false;
    shell.list.session(0)->devices()->setMuted(
        DeviceState::Device::Microphone, true, shell.window.get(),
        [&muted](const RequestOutcome &outcome) { muted = outcome.ok(); });
    QVERIFY(QTest::qWaitFor([&muted] { return muted; }, kTimeout));
}

void TestEventLogHistory::settingsSaveAndApplyLimits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(options(dir));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int age : { 40, 20, 1 }) {
        History::EventRecord r;
        r.timeMs = now - qint64(age) * 24 * 3600 * 1000;
        r.room.address = u"10.0.0.8"_s;
        r.kind = u"event"_s;
        r.text = u"%1 days old"_s.arg(age);
        store.append(std::move(r));
    }
    store.flush();
    History::Filter all;
    QCOMPARE(store.count(all), 3);

    HistorySettingsDialog dialog(&store);
    QCOMPARE(find<QLabel>(&dialog, "historyFileLabel")->text(),
             QDir::toNativeSeparators(store.path()));
    dialog.setLimits(30, 64);
    dialog.apply();
    const QSettings settings;
    QCOMPARE(HistorySettingsDialog::savedMaxAgeDays(settings), 30);
    QCOMPARE(HistorySettingsDialog::savedMaxMiB(settings), 64);
    QCOMPARE(store.count(all), 2); // the 40-day-old entry went at once
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, u"history-settings"_s);
    dialog.setLimits(0, 0);
    QCOMPARE(find<QSpinBox>(&dialog, "maxAgeSpin")->text(), u"Forever"_s);
}

void TestEventLogHistory::historyChoiceFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : { u"en"_s, u"de"_s, u"ru"_s })
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestEventLogHistory::historyChoiceFitsInEveryLanguage()
{
    QFETCH(QString, language);
    const Catalogues catalogues(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sim = SimRoom::start();
    const RoomAddress address = SimRoom::addressOf(*sim);
    HistoryStore store(options(dir));
    Shell shell(&store, address);
    shell.window->resize(MainWindow::defaultSize());
    QVERIFY(shell.connect(address));
    sim->sendEvent(u"myEvent"_s, { { u"data"_s, u"projector lamp warning"_s } });
    EventLogPanel *panel = shell.panel();
    EventLogModel *live = shell.list.session(0)->eventLog();
    QVERIFY(QTest::qWaitFor(
        [live] { return live->entry(live->rowCount() - 1).name == u"myEvent"_s; }, kTimeout));
    store.flush();
    panel->setShowingHistory(true);
    QTRY_VERIFY_WITH_TIMEOUT(panel->historyModel()->rowCount() > 0, kTimeout);
    QCoreApplication::processEvents();
    saveShot(shell.window.get(), u"eventlog-history-%1"_s.arg(language));

    // The window still fits the small screen the layout test holds it to (800 × 500 less
    // the frame), and at the default size the history's controls are whole.
    const QSize hint = shell.window->minimumSizeHint().expandedTo(shell.window->minimumSize());
    QVERIFY2(hint.width() <= 780 && hint.height() <= 420,
             qPrintable(u"minimum %1×%2"_s.arg(hint.width()).arg(hint.height())));
    auto *source = find<QComboBox>(panel, "sourceCombo");
    QVERIFY(source->isVisible());
    QVERIFY2(source->width() >= source->sizeHint().width(), qPrintable(source->currentText()));
    auto *search = find<QLineEdit>(panel, "logSearchEdit");
    QVERIFY2(search->width() >= 8 * search->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(search->width())));
    auto *view = find<QTableView>(panel, "eventLogView");
    const QString time = view->model()->index(0, EventLogModel::TimeColumn).data().toString();
    QVERIFY2(view->columnWidth(EventLogModel::TimeColumn)
                 >= view->fontMetrics().horizontalAdvance(time),
             qPrintable(time));
}

QTEST_MAIN(TestEventLogHistory)
#include "tst_eventloghistory.moc"
