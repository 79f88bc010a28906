// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogpanel.h"

#include "ui_eventlogpanel.h"

#include "core/models/eventlogmodel.h"
#include "gui/panels/eventlogfiltermodel.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const auto kShowRawJsonKey = u"eventLog/showRawJson"_s;
const auto kSplitterKey = u"eventLog/splitter"_s;

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
    m_ui->copyButton->setDefaultAction(m_copyAction);
    m_ui->clearButton->setDefaultAction(m_clearAction);
    m_ui->eventLogView->addAction(m_copyAction);
    m_ui->eventLogView->setContextMenuPolicy(Qt::ActionsContextMenu);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawJsonEdit->setFont(mono);

    m_ui->logSearchEdit->addAction(SvgIcon::icon(u"search"_s), QLineEdit::LeadingPosition);

    QTableView *view = m_ui->eventLogView;
    view->setModel(m_filter);
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
                if (m_followNewest || top < 0 || first > top)
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
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogPanel::updateDetails);
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
            return m_filter->index(row.row(), column).data(Qt::DisplayRole).toString();
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
}

void EventLogPanel::applyKindFilter()
{
    m_filter->setKindFilter(m_ui->kindFilterCombo->currentData().toInt());
    updateCount();
    updateDetails();
}

void EventLogPanel::applySearch(const QString &text)
{
    m_filter->setFilterText(text);
    updateCount();
    updateDetails();
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
    view->setColumnWidth(
        EventLogModel::TimeColumn,
        std::max(fm.horizontalAdvance(u"88:88:88"_s), fm.horizontalAdvance(tr("Time"))) + padding);
    view->setColumnWidth(EventLogModel::KindColumn, kindWidth + kMarkerWidth + padding + 6);
}
