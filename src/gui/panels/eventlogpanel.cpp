// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogpanel.h"

#include "ui_eventlogpanel.h"

#include "core/history/historystore.h"
#include "core/history/historytablemodel.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/models/eventlogmodel.h"
#include "gui/panels/eventlogfiltermodel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const auto kShowRawJsonKey = u"eventLog/showRawJson"_s;
const auto kSplitterKey = u"eventLog/splitter"_s;
constexpr int kHistoryRefreshMs = 1000;
constexpr int kHistorySearchDelayMs = 300;

constexpr EventLogModel::Kind kKinds[] = {
    EventLogModel::Kind::Connection, EventLogModel::Kind::Event,  EventLogModel::Kind::Command,
    EventLogModel::Kind::Error,      EventLogModel::Kind::Notice, EventLogModel::Kind::Presence,
};

} // namespace

EventLogPanel::EventLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventLogPanel>())
    , m_filter(new EventLogFilterModel(this))
{
    m_ui->setupUi(this);

    TextStyle::scale(m_ui->titleLabel, 1.1);
    StatusColors::setForeground(
        m_ui->countLabel, StatusColors::text(StatusColors::Tone::Neutral, QApplication::palette()));
    TextStyle::bold(m_ui->detailsTitleLabel);

    // Presence changes come several times a second: shown only when asked for.
    m_ui->kindFilterCombo->addItem(tr("All but presence"), EventLogFilterModel::kAllButPresence);
    m_ui->kindFilterCombo->addItem(tr("All entries"), EventLogFilterModel::kAllKinds);
    for (const EventLogModel::Kind kind : kKinds)
        m_ui->kindFilterCombo->addItem(EventLogModel::kindName(kind), int(kind));

    m_copyAction = new QAction(SvgIcon::icon(u"copy"_s), tr("&Copy"), this);
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected entries"));
    m_clearAction = new QAction(SvgIcon::icon(u"clear"_s), tr("C&lear"), this);
    m_clearAction->setObjectName(u"clearAction"_s);
    m_clearAction->setToolTip(tr("Remove every entry from the log"));
    m_exportAction = new QAction(SvgIcon::icon(u"export"_s), tr("&Export History…"), this);
    m_exportAction->setObjectName(u"exportHistoryAction"_s);
    m_exportAction->setToolTip(tr("Save the history entries shown as a CSV file"));
    m_ui->copyButton->setDefaultAction(m_copyAction);
    m_ui->clearButton->setDefaultAction(m_clearAction);
    m_ui->exportButton->setDefaultAction(m_exportAction);
    m_ui->sourceCombo->addItem(tr("This session"));
    m_ui->sourceCombo->addItem(tr("History"));
    // Without a history store there is nothing to choose.
    m_ui->sourceCombo->setVisible(false);
    m_ui->exportButton->setVisible(false);
    m_ui->historyStatusLabel->setVisible(false);
    m_ui->eventLogView->addAction(m_copyAction);
    m_ui->eventLogView->setContextMenuPolicy(Qt::ActionsContextMenu);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawJsonEdit->setFont(mono);

    m_ui->logSearchEdit->addAction(SvgIcon::icon(u"search"_s), QLineEdit::LeadingPosition);

    QTableView *view = m_ui->eventLogView;
    showModel(m_filter);
    // Tab moves on to the next widget: the table is read, not edited cell by cell.
    view->setTabKeyNavigation(false);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    sizeColumns();

    // The log gets two thirds; JSON is narrow enough for the indented frames rooms send.
    m_ui->detailsSplitter->setStretchFactor(0, 2);
    m_ui->detailsSplitter->setStretchFactor(1, 1);

    // Follow the newest entry unless the operator scrolled away from the bottom.
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followNewest = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followNewest)
            bar->setValue(maximum);
    });
    // Scrolled up, the operator is reading: rows the capacity trims above the view must not
    // pull the text away under their eyes.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                QTableView *v = m_ui->eventLogView;
                const int top = v->rowAt(0);
                // The history on show is another model: the live log's trims do not move it.
                if (isShowingHistory() || m_followNewest || top < 0 || first > top)
                    return;
                m_trimmedPixels += (std::min(last, top) - first + 1) * v->rowHeight(first);
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this, bar] {
        if (m_trimmedPixels > 0)
            bar->setValue(std::max(0, bar->value() - std::exchange(m_trimmedPixels, 0)));
    });

    connect(m_ui->kindFilterCombo, &QComboBox::currentIndexChanged, this,
            &EventLogPanel::applyKindFilter);
    connect(m_ui->logSearchEdit, &QLineEdit::textChanged, this, &EventLogPanel::applySearch);
    connect(m_ui->rawJsonCheckBox, &QCheckBox::toggled, this, &EventLogPanel::setRawJsonVisible);
    connect(m_copyAction, &QAction::triggered, this, &EventLogPanel::copySelection);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->clear();
    });
    connect(m_exportAction, &QAction::triggered, this, &EventLogPanel::exportHistoryAsked);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setShowingHistory(index == 1); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventLogPanel::updateCount);

    m_ui->rawJsonCheckBox->setChecked(true);
    setRawJsonVisible(true);
    updateCount();
    updateActions();
}

EventLogPanel::~EventLogPanel() = default;

void EventLogPanel::setModel(EventLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filter->setSourceModel(model);
    if (model) {
        // "N of M": M changes when rows the filter hides arrive or are trimmed, and the proxy
        // says nothing then.
        connect(model, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EventLogPanel::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &EventLogPanel::updateCount);
    }
    sizeColumns();
    updateCount();
    updateDetails();
    updateActions();
}

bool EventLogPanel::isRawJsonVisible() const
{
    return m_ui->rawJsonCheckBox->isChecked();
}

void EventLogPanel::setRawJsonVisible(bool visible)
{
    if (m_ui->rawJsonCheckBox->isChecked() != visible)
        m_ui->rawJsonCheckBox->setChecked(visible); // re-enters through toggled()
    m_ui->detailsWidget->setVisible(visible);
    updateDetails();
}

void EventLogPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(kShowRawJsonKey, isRawJsonVisible());
    settings.setValue(kSplitterKey, m_ui->detailsSplitter->saveState());
}

void EventLogPanel::restoreSettings(const QSettings &settings)
{
    setRawJsonVisible(settings.value(kShowRawJsonKey, true).toBool());
    const QByteArray splitter = settings.value(kSplitterKey).toByteArray();
    if (!splitter.isEmpty())
        m_ui->detailsSplitter->restoreState(splitter);
}

QString EventLogPanel::selectionAsText() const
{
    QModelIndexList rows = m_ui->eventLogView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const bool withJson = isRawJsonVisible();
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        const auto cell = [&](int column) {
            return row.siblingAtColumn(column).data(Qt::DisplayRole).toString();
        };
        lines << cell(EventLogModel::TimeColumn) + u'\t' + cell(EventLogModel::KindColumn) + u'\t'
                + cell(EventLogModel::TextColumn);
        const QString json = row.data(EventLogModel::RawJsonRole).toString().trimmed();
        if (withJson && !json.isEmpty())
            lines << json;
    }
    return lines.join(u'\n');
}

void EventLogPanel::copySelection()
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EventLogPanel::updateDetails()
{
    if (!isRawJsonVisible())
        return;
    const QModelIndex current = m_ui->eventLogView->selectionModel()->currentIndex();
    const bool selected
        = current.isValid() && m_ui->eventLogView->selectionModel()->isRowSelected(current.row());
    const QString json = selected ? current.data(EventLogModel::RawJsonRole).toString() : QString();
    m_ui->rawJsonEdit->setPlainText(json);
    const QString placeholder = selected
        ? tr("This entry has no JSON: RoomDeck wrote it, not the room.")
        : tr("Select an entry to see the JSON the room sent.");
    if (m_ui->rawJsonEdit->placeholderText() != placeholder) {
        m_ui->rawJsonEdit->setPlaceholderText(placeholder);
        // QPlainTextEdit repaints only when the placeholder appears or goes, not when its
        // text changes while shown: the old words would stay on screen.
        m_ui->rawJsonEdit->viewport()->update();
    }
}

void EventLogPanel::updateCount()
{
    if (isShowingHistory()) {
        const QString words = tr("%n entries in the history", nullptr, m_history->rowCount());
        m_ui->countLabel->setText(QLocale().toString(m_history->rowCount()));
        m_ui->countLabel->setToolTip(words);
        return;
    }
    const int shown = m_filter->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    // Filtered, the count is short ("18/35", the words in the tooltip): the log's tool row has to
    // fit beside the raw JSON pane at the console's default width in every language.
    const QString words = shown == total ? tr("%n entries", nullptr, total)
                                         : tr("%1 of %n entries", nullptr, total).arg(shown);
    m_ui->countLabel->setText(shown == total ? words : u"%1/%2"_s.arg(shown).arg(total));
    m_ui->countLabel->setToolTip(words);
}

void EventLogPanel::updateActions()
{
    m_copyAction->setEnabled(m_ui->eventLogView->selectionModel()->hasSelection());
    // The history is not cleared from here: what it keeps is set in Settings > History.
    m_clearAction->setEnabled(!isShowingHistory());
    m_exportAction->setEnabled(isShowingHistory() && m_history->rowCount() > 0);
}

void EventLogPanel::applyKindFilter()
{
    m_filter->setKindFilter(m_ui->kindFilterCombo->currentData().toInt());
    if (isShowingHistory())
        applyHistoryFilter();
    updateCount();
    updateDetails();
}

void EventLogPanel::applySearch(const QString &text)
{
    m_filter->setFilterText(text);
    // The database is searched once the operator pauses typing, not at every key.
    if (isShowingHistory())
        m_searchTimer->start();
    updateCount();
    updateDetails();
}

void EventLogPanel::showModel(QAbstractItemModel *model)
{
    QTableView *view = m_ui->eventLogView;
    if (view->model() == model)
        return;
    // A new model brings a new selection model: the old one's connections go with it.
    QItemSelectionModel *old = view->selectionModel();
    view->setModel(model);
    if (old)
        old->deleteLater();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogPanel::updateDetails);
    m_followNewest = true;
    sizeColumns();
    view->scrollToBottom();
}

void EventLogPanel::setHistory(HistoryStore *store, DialogPresenter *presenter,
                               std::function<History::RoomKey()> room)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_presenter = presenter;
    m_room = std::move(room);
    if (!m_history) {
        m_history = new HistoryTableModel(this);
        m_history->setObjectName(u"historyModel"_s);
        connect(m_history, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateCount);
        connect(m_history, &QAbstractItemModel::modelReset, this, &EventLogPanel::updateCount);
        connect(m_history, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateActions);
        connect(m_history, &QAbstractItemModel::modelReset, this, &EventLogPanel::updateActions);
        m_refreshTimer = new QTimer(this);
        m_refreshTimer->setInterval(kHistoryRefreshMs);
        connect(m_refreshTimer, &QTimer::timeout, this, [this] {
            if (isVisible())
                refreshHistory();
        });
        m_searchTimer = new QTimer(this);
        m_searchTimer->setSingleShot(true);
        m_searchTimer->setInterval(kHistorySearchDelayMs);
        connect(m_searchTimer, &QTimer::timeout, this, &EventLogPanel::applyHistoryFilter);
    }
    m_history->setStore(store);
    m_ui->sourceCombo->setVisible(store != nullptr);
    if (store)
        connect(store, &HistoryStore::statusChanged, this, &EventLogPanel::updateHistoryStatus);
    else
        setShowingHistory(false);
    updateHistoryStatus();
}

bool EventLogPanel::isShowingHistory() const
{
    return m_history && m_store && m_ui->eventLogView->model() == m_history;
}

void EventLogPanel::setShowingHistory(bool on)
{
    on = on && m_store;
    if (m_ui->sourceCombo->currentIndex() != (on ? 1 : 0))
        m_ui->sourceCombo->setCurrentIndex(on ? 1 : 0); // re-enters through the signal
    if (on == isShowingHistory())
        return;
    if (on) {
        showModel(m_history);
        applyHistoryFilter();
        m_refreshTimer->start();
    } else {
        if (m_refreshTimer)
            m_refreshTimer->stop();
        showModel(m_filter);
    }
    m_ui->exportButton->setVisible(on);
    m_ui->clearButton->setVisible(!on);
    updateCount();
    updateDetails();
    updateActions();
}

void EventLogPanel::applyHistoryFilter()
{
    if (!isShowingHistory())
        return;
    History::Filter filter;
    const History::RoomKey room = m_room ? m_room() : History::RoomKey {};
    filter.room = room.address;
    filter.instance = room.instance;
    const int kinds = m_ui->kindFilterCombo->currentData().toInt();
    if (kinds == EventLogFilterModel::kAllButPresence) {
        for (const EventLogModel::Kind kind : kKinds)
            if (kind != EventLogModel::Kind::Presence)
                filter.kinds << RoomHistoryRecorder::kindName(kind);
    } else if (kinds != EventLogFilterModel::kAllKinds) {
        filter.kinds << RoomHistoryRecorder::kindName(EventLogModel::Kind(kinds));
    }
    filter.text = m_ui->logSearchEdit->text().simplified();
    m_history->setFilter(filter);
    m_followNewest = true;
    m_ui->eventLogView->scrollToBottom();
    updateCount();
    updateDetails();
    updateActions();
}

void EventLogPanel::refreshHistory()
{
    if (!isShowingHistory())
        return;
    const History::RoomKey room = m_room ? m_room() : History::RoomKey {};
    if (room.address != m_history->filter().room || room.instance != m_history->filter().instance)
        applyHistoryFilter(); // the room was re-pointed
    else
        m_history->refresh();
}

void EventLogPanel::updateHistoryStatus()
{
    QLabel *label = m_ui->historyStatusLabel;
    const bool paused = m_store && m_store->state() == HistoryStore::State::Paused;
    const QString status = m_store ? m_store->statusText() : QString();
    if (!m_store || status.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    // The store's text says "History paused: why"; what that means for the operator follows.
    label->setText(paused ? tr("%1. New entries wait and are written when it can; the console "
                               "works on.")
                                .arg(status)
                          : status);
    StatusColors::setForeground(
        label,
        StatusColors::text(paused ? StatusColors::Tone::Bad : StatusColors::Tone::Info,
                           QApplication::palette()));
    label->setVisible(true);
}

void EventLogPanel::exportHistoryAsked()
{
    if (!isShowingHistory() || !m_presenter)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + u"/"_s
        + tr("room-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_presenter->saveFileName(this, tr("Export History"), suggested,
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHistory(path, &error))
        m_presenter->showError(this, tr("Export History"),
                               tr("The history could not be saved to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), error));
}

bool EventLogPanel::exportHistory(const QString &path, QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("there is no history");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!m_store->exportCsv(m_history->filter(), &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EventLogPanel::sizeColumns()
{
    // Fixed widths from the font: ResizeToContents would measure every row of a long log.
    QTableView *view = m_ui->eventLogView;
    const QFontMetrics fm = view->fontMetrics();
    const int padding = 2 * fm.averageCharWidth() + 8;
    int kindWidth = fm.horizontalAdvance(tr("Kind"));
    for (const EventLogModel::Kind kind : kKinds)
        kindWidth = std::max(kindWidth, fm.horizontalAdvance(EventLogModel::kindName(kind)));
    constexpr int kMarkerWidth = 16;
    // The history's times carry their date.
    const QString sampleTime = isShowingHistory()
        ? QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat) + u" 88:88:88"_s
        : u"88:88:88"_s;
    view->setColumnWidth(
        EventLogModel::TimeColumn,
        std::max(fm.horizontalAdvance(sampleTime), fm.horizontalAdvance(tr("Time"))) + padding);
    view->setColumnWidth(EventLogModel::KindColumn, kindWidth + kMarkerWidth + padding + 6);
}
