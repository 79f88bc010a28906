// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "inspectorpage.h"

#include "core/controller/roomcontroller.h"
#include "core/inspector/framefiltermodel.h"
#include "core/inspector/framelog.h"
#include "core/inspector/framerecording.h"
#include "core/inspector/rawrequest.h"
#include "core/logging.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/svgicon.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *button(QWidget *parent, const char *name, const QString &icon, const QString &text,
                    const QString &tip)
{
    auto *b = new QPushButton(icon.isEmpty() ? QIcon() : SvgIcon::icon(icon), text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    b->setAccessibleName(text);
    return b;
}

QPlainTextEdit *monospace(QWidget *parent, const char *name, bool readOnly)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setReadOnly(readOnly);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

InspectorPage::InspectorPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_presenter(presenter)
    , m_live(session ? session->frameLog() : nullptr)
{
    setObjectName(u"inspectorPage"_s);
    m_filter = new FrameFilterModel(this);
    buildUi();
    if (m_live) {
        connectLog(m_live);
        connect(m_live, &FrameLog::pausedChanged, this, [this](bool paused) {
            const QSignalBlocker block(m_pauseButton);
            m_pauseButton->setChecked(paused);
            updateFigures();
            updateActions();
        });
    }
    if (m_session) {
        RoomController *c = m_session->controller();
        connect(c, &RoomController::capabilitiesChanged, this, &InspectorPage::applyCapabilities);
        connect(c, &RoomController::roleChanged, this, &InspectorPage::validate);
        applyCapabilities(c->capabilities());
    }
    validate();
    updateFigures();
}

InspectorPage::~InspectorPage() = default;

QString InspectorPage::pageTitle() const
{
    return tr("Inspector");
}

QIcon InspectorPage::pageIcon() const
{
    return SvgIcon::icon(u"search"_s);
}

void InspectorPage::setPresenter(DialogPresenter *presenter)
{
    if (presenter)
        m_presenter = presenter;
}

void InspectorPage::buildUi()
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"frameFilterEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter: text, method:NAME or id:REQUEST-ID"));
    m_filterEdit->setAccessibleName(tr("Filter the frames"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"frameKindCombo"_s);
    m_kindCombo->setAccessibleName(tr("Kind of frame"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    m_kindCombo->addItem(tr("Requests"), int(FrameLog::Kind::Request));
    m_kindCombo->addItem(tr("Replies"), int(FrameLog::Kind::Reply));
    m_kindCombo->addItem(tr("Events"), int(FrameLog::Kind::Event));
    m_kindCombo->addItem(tr("Not JSON"), int(FrameLog::Kind::Unparsable));
    m_pauseButton = button(this, "pauseFramesButton", QString(), tr("Pause"),
                           tr("Stop keeping new frames (they are counted as missed)"));
    m_pauseButton->setCheckable(true);
    m_clearButton = button(this, "clearFramesButton", u"clear"_s, tr("Clear"),
                           tr("Forget every frame kept so far"));
    m_saveButton
        = button(this, "saveRecordingButton", u"upload"_s, tr("Save Recording…"),
                 tr("Save the frames on show as a recording (JSON lines, secrets masked)"));
    m_openButton = button(this, "openRecordingButton", u"image"_s, tr("Open Recording…"),
                          tr("Show a recording's frames instead of the live ones"));
    m_liveButton = button(this, "showLiveButton", u"retry"_s, tr("Back to Live"),
                          tr("Show this room's live frames again"));
    m_windowButton = button(this, "openInspectorWindowButton", u"screen"_s, tr("Open in Window"),
                            tr("Show this room's inspector in a window of its own"));

    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"frameSourceLabel"_s);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_limitsLabel = new QLabel(this);
    m_limitsLabel->setObjectName(u"frameLimitsLabel"_s);
    m_limitsLabel->setTextFormat(Qt::PlainText);
    m_limitsLabel->setToolTip(
        tr("The inspector keeps at most this much; the oldest frames go first"));

    m_view = new QTableView(this);
    m_view->setObjectName(u"frameView"_s);
    m_view->setAccessibleName(tr("Frames"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setMinimumHeight(fontMetrics().height() * 3);

    m_details = monospace(this, "frameDetailsView", true);
    m_details->setAccessibleName(tr("The selected frame (secrets masked)"));
    m_details->setPlaceholderText(tr("Select a frame to see it whole"));
    m_copyJsonButton = button(this, "copyFrameJsonButton", u"copy"_s, tr("Copy as JSON"),
                              tr("Copy the selected frame as indented JSON (secrets stay ***)"));
    m_copyCommandButton
        = button(this, "copyFrameCommandButton", u"copy"_s, tr("Copy as Command"),
                 tr("Copy the selected request as a roomdeckctl command line. Masked values "
                    "stay ***: put the real ones in before running it."));
    m_editButton = button(this, "editAndResendButton", u"rename"_s, tr("Edit and Resend"),
                          tr("Put the selected request into the editor below"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"inspectorStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    // One line each (the whole text in the tooltip): a wrapping label would ask for many lines
    // at its narrowest and make the page taller than a small screen.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_editor = monospace(this, "requestEditor", false);
    m_editor->setAccessibleName(tr("Request to send (JSON)"));
    m_editor->setPlaceholderText(tr("A request as a JSON object with a “method” and its "
                                    "parameters; select a request above and choose Edit and "
                                    "Resend to start from it"));
    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(u"requestValidationLabel"_s);
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sendButton = button(this, "sendRequestButton", u"outgoing-call"_s, tr("Send"),
                          tr("Send the request to the room"));
    m_result = monospace(this, "requestResultView", true);
    m_result->setAccessibleName(tr("The room's answer"));
    m_result->setPlaceholderText(tr("The room's answer appears here"));

    m_menu = new QMenu(this);
    QAction *copyJson = m_menu->addAction(SvgIcon::icon(u"copy"_s), tr("Copy as JSON"));
    QAction *copyCommand
        = m_menu->addAction(SvgIcon::icon(u"copy"_s), tr("Copy as roomdeckctl Command"));
    QAction *edit = m_menu->addAction(tr("Edit and Resend"));
    QAction *pair = m_menu->addAction(tr("Go to Request or Reply"));
    connect(copyJson, &QAction::triggered, this, &InspectorPage::copyJson);
    connect(copyCommand, &QAction::triggered, this, &InspectorPage::copyCommand);
    connect(edit, &QAction::triggered, this, &InspectorPage::editAndResend);
    connect(pair, &QAction::triggered, this, &InspectorPage::goToPair);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, copyCommand, edit, pair](const QPoint &at) {
                if (currentRow() < 0)
                    return;
                const FrameLog::Frame &f = shownLog()->frame(currentRow());
                copyCommand->setEnabled(f.kind == FrameLog::Kind::Request);
                edit->setEnabled(f.kind == FrameLog::Kind::Request);
                pair->setEnabled(shownLog()->pairRow(currentRow()) >= 0);
                m_menu->popup(m_view->viewport()->mapToGlobal(at));
            });

    // Layout: a bar, the source and its figures, frames beside the details, the editor below.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_kindCombo);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_windowButton);
    auto *files = new QHBoxLayout;
    files->addWidget(m_sourceLabel);
    files->addWidget(m_limitsLabel, 1);
    files->addWidget(m_liveButton);
    files->addWidget(m_openButton);
    files->addWidget(m_saveButton);

    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyJsonButton);
    copyRow->addWidget(m_copyCommandButton);
    copyRow->addWidget(m_editButton);
    copyRow->addWidget(m_statusLabel, 1);
    detailsLayout->addLayout(copyRow);

    // The frames get the whole width (every column shows); below them the selected frame
    // beside the request editor and the room's answer.
    auto *sendBox = new QWidget(this);
    auto *sendLayout = new QVBoxLayout(sendBox);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    sendLayout->addWidget(m_editor, 3);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_validationLabel, 1);
    sendRow->addWidget(m_sendButton, 0, Qt::AlignTop);
    sendLayout->addLayout(sendRow);
    sendLayout->addWidget(m_result, 2);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(u"inspectorLowerSplitter"_s);
    lower->setChildrenCollapsible(false);
    lower->addWidget(detailsBox);
    lower->addWidget(sendBox);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"inspectorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 400 });
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({ 500, 500 }); // halves: the editor's line of validation shows whole
    // Small minimums: the page never makes the console taller than a small screen.
    m_editor->setMinimumHeight(fontMetrics().height() * 2);
    m_result->setMinimumHeight(fontMetrics().height() * 2);
    m_details->setMinimumHeight(fontMetrics().height() * 2);

    // Like the other pages: it scrolls on a small screen instead of making the console taller.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(files);
    layout->addWidget(splitter, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"inspectorScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &InspectorPage::applyFilterText);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kindCombo->currentData().toInt()); });
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (m_live)
            m_live->setPaused(paused);
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        if (m_live)
            m_live->clear();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &InspectorPage::askSave);
    connect(m_openButton, &QPushButton::clicked, this, &InspectorPage::askOpen);
    connect(m_liveButton, &QPushButton::clicked, this, &InspectorPage::showLive);
    connect(m_windowButton, &QPushButton::clicked, this, [this] { openWindow(); });
    connect(m_copyJsonButton, &QPushButton::clicked, this, &InspectorPage::copyJson);
    connect(m_copyCommandButton, &QPushButton::clicked, this, &InspectorPage::copyCommand);
    connect(m_editButton, &QPushButton::clicked, this, &InspectorPage::editAndResend);
    connect(m_view, &QTableView::doubleClicked, this, &InspectorPage::goToPair);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorPage::showDetails);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &InspectorPage::validate);
    connect(m_sendButton, &QPushButton::clicked, this, &InspectorPage::send);
    // Follow the newest frame while the view is at its end; stay put while reading back.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *vertical = m_view->verticalScrollBar();
        m_followTail = vertical->value() >= vertical->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
    });
}

void InspectorPage::sizeColumns()
{
    // Narrow columns for the short facts, the rest for the name. Called once the view has
    // columns (a header without sections must not be given modes).
    QHeaderView *header = m_view->horizontalHeader();
    if (header->count() < FrameLog::ColumnCount)
        return;
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int pad = metrics.horizontalAdvance(u'0') * 2;
    // Wide enough for the sample and for the column's title, whole.
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
                               qMax(metrics.horizontalAdvance(sample) + pad,
                                    headerMetrics.horizontalAdvance(title) + pad * 2));
    };
    fit(FrameLog::TimeColumn, u"00:00:00.000"_s);
    fit(FrameLog::DirectionColumn, u"←"_s);
    fit(FrameLog::KindColumn, FrameLog::kindName(FrameLog::Kind::Request));
    fit(FrameLog::RequestIdColumn, u"rd-0000"_s);
    fit(FrameLog::LatencyColumn, u"00000 ms"_s);
    fit(FrameLog::SizeColumn, u"000,000 B"_s);
    header->setSectionResizeMode(FrameLog::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(metrics.horizontalAdvance(u'0') * 3);
    // The name needs at least its title.
    m_view->setMinimumWidth(
        headerMetrics.horizontalAdvance(
            m_filter->headerData(FrameLog::NameColumn, Qt::Horizontal).toString())
        + pad * 2);
}

void InspectorPage::connectLog(FrameLog *log)
{
    m_filter->setSourceModel(log);
    sizeColumns();
    connect(log, &FrameLog::figuresChanged, this, &InspectorPage::updateFigures,
            Qt::UniqueConnection);
    m_details->clear();
    updateFigures();
    updateActions();
}

FrameLog *InspectorPage::shownLog() const
{
    return m_recording ? m_recording.get() : m_live;
}

int InspectorPage::currentRow() const
{
    const QModelIndex i = m_filter->mapToSource(m_view->currentIndex());
    return i.isValid() ? i.row() : -1;
}

void InspectorPage::selectRow(int row)
{
    FrameLog *log = shownLog();
    if (!log || row < 0 || row >= log->rowCount())
        return;
    const QModelIndex i = m_filter->mapFromSource(log->index(row, FrameLog::NameColumn));
    if (!i.isValid())
        return;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}

void InspectorPage::applyFilterText(const QString &text)
{
    const QString t = text.trimmed();
    const auto after = [&t](const QString &prefix) {
        return t.startsWith(prefix, Qt::CaseInsensitive) ? t.mid(prefix.size()).trimmed()
                                                         : QString();
    };
    const bool byMethod = t.startsWith(u"method:"_s, Qt::CaseInsensitive);
    const bool byId = t.startsWith(u"id:"_s, Qt::CaseInsensitive);
    m_filter->setMethod(byMethod ? after(u"method:"_s) : QString());
    m_filter->setRequestId(byId ? after(u"id:"_s) : QString());
    m_filter->setText(byMethod || byId ? QString() : t);
}

void InspectorPage::showDetails()
{
    const int row = currentRow();
    FrameLog *log = shownLog();
    m_details->setPlainText(row >= 0 && log ? log->indentedJson(row) : QString());
    updateActions();
}

void InspectorPage::updateFigures()
{
    FrameLog *log = shownLog();
    if (!log)
        return;
    m_sourceLabel->setText(log->isReadOnly() ? log->source() : tr("Live"));
    m_limitsLabel->setText(log->limitsText());
}

void InspectorPage::updateActions()
{
    FrameLog *log = shownLog();
    const int row = currentRow();
    const bool isRequest = log && row >= 0 && log->frame(row).kind == FrameLog::Kind::Request;
    const bool recording = m_recording != nullptr;
    m_copyJsonButton->setEnabled(row >= 0);
    m_copyCommandButton->setEnabled(isRequest);
    m_editButton->setEnabled(isRequest);
    m_pauseButton->setEnabled(!recording && m_live);
    m_clearButton->setEnabled(!recording && m_live);
    m_liveButton->setVisible(recording && m_live);
    m_saveButton->setEnabled(log != nullptr);
    m_windowButton->setEnabled(m_session != nullptr);
    m_pauseButton->setText(m_pauseButton->isChecked() ? tr("Resume") : tr("Pause"));
}

void InspectorPage::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_canSend = capabilities.testFlag(Permissions::Capability::RawCommands);
    validate();
    updateActions();
}

void InspectorPage::validate()
{
    const Room::Role role = m_session ? m_session->controller()->role() : Room::Role::None;
    const RawRequest::Check check = RawRequest::validate(
        m_editor->toPlainText(), role == Room::Role::None ? Room::Role::User : role);
    QString text = check.message;
    if (check.ok && !m_canSend)
        text = tr("Sign in to the room to send requests.");
    m_validationLabel->setText(text);
    m_validationLabel->setToolTip(text);
    m_sendButton->setEnabled(check.ok && m_canSend && m_sending == 0 && m_session
                             && m_session->rawRequest());
}

void InspectorPage::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
}

void InspectorPage::copyJson()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(shownLog()->indentedJson(row));
    setStatus(tr("Copied the frame as JSON (secrets stay ***)."));
}

void InspectorPage::copyCommand()
{
    const QString line = shownLog() ? shownLog()->sendCommand(currentRow()) : QString();
    if (line.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(line);
    setStatus(line.contains(u"\"***\""_s)
                  ? tr("Copied the command. Masked values are ***: put the real ones in before "
                       "running it.")
                  : tr("Copied the command. Masked values would show as ***."));
}

void InspectorPage::editAndResend()
{
    const QString text = shownLog() ? shownLog()->requestText(currentRow()) : QString();
    if (text.isEmpty())
        return;
    m_editor->setPlainText(text);
    m_editor->setFocus();
}

void InspectorPage::goToPair()
{
    if (FrameLog *log = shownLog())
        selectRow(log->pairRow(currentRow()));
}

void InspectorPage::send()
{
    if (!m_session || !m_session->rawRequest() || !m_sendButton->isEnabled())
        return;
    m_result->setPlainText(tr("Sending…"));
    m_sending = 1;
    validate();
    m_sending = m_session->rawRequest()->send(m_editor->toPlainText(), this,
                                              [this](const RequestOutcome &o) { showOutcome(o); });
    if (m_sending == 0) // refused before sending: its outcome comes from the event loop
        m_sending = 1;
}

void InspectorPage::showOutcome(const RequestOutcome &o)
{
    m_sending = 0;
    QString text;
    switch (o.status) {
    case RequestOutcome::Status::Reply:
        text = tr("Reply in %1 ms:").arg(o.latencyMs);
        break;
    case RequestOutcome::Status::ErrorReply:
        text = tr("The room refused it: %1").arg(RoomText::bounded(o.errorText));
        break;
    case RequestOutcome::Status::Timeout:
        text = tr("No reply in time.");
        break;
    case RequestOutcome::Status::Disconnected:
        text = tr("Disconnected: %1").arg(RoomText::bounded(o.errorText));
        break;
    case RequestOutcome::Status::RefusedLocally:
        text = tr("Not sent: %1").arg(RoomText::bounded(o.errorText));
        break;
    }
    if (!o.reply.isEmpty())
        text += u"\n"_s
            + QString::fromUtf8(QJsonDocument::fromJson(Redact::frame(QJsonDocument(o.reply).toJson(
                                                                          QJsonDocument::Compact))
                                                            .toUtf8())
                                    .toJson(QJsonDocument::Indented));
    m_result->setPlainText(text.trimmed());
    validate();
}

QString InspectorPage::roomTitle() const
{
    if (!m_session)
        return {};
    // The room's name and address as the room and the operator gave them: never a secret.
    const RoomController *c = m_session->controller();
    const QString address = RoomText::name(c->roomName());
    const QString name = RoomText::name(c->displayName());
    return name.isEmpty() || name == address ? address : tr("%1 (%2)").arg(name, address);
}

InspectorPage *InspectorPage::openWindow()
{
    if (!m_session)
        return nullptr;
    // A window of its own (it may sit on another screen) that goes with the main window.
    auto *window = new InspectorPage(m_session, m_presenter, this->window());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->setWindowTitle(tr("Inspector — %1").arg(roomTitle()));
    window->setWindowIcon(pageIcon());
    window->layout()->setContentsMargins(8, 8, 8, 8);
    window->m_windowButton->hide();
    // The window belongs to the room: it goes with the session, never before (closing it
    // leaves this page alone: the log is the session's).
    connect(m_session.data(), &QObject::destroyed, window, &QWidget::close);
    window->resize(1000, 700);
    window->show();
    return window;
}

void InspectorPage::askOpen()
{
    if (!m_presenter)
        return;
    const QString path = m_presenter->openFileName(
        this, tr("Open Recording"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("RoomDeck recordings (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        openRecording(path);
}

bool InspectorPage::openRecording(const QString &path)
{
    auto log = std::make_unique<FrameLog>();
    QString error;
    if (!FrameRecording::load(path, log.get(), &error)) {
        setStatus(error);
        if (m_presenter)
            m_presenter->showError(this, tr("Open Recording"), error);
        return false;
    }
    // The view moves to the new log before the old recording goes.
    connectLog(log.get());
    m_recording = std::move(log);
    updateFigures();
    updateActions();
    setStatus(tr("Showing a recording; Back to Live shows this room's frames again."));
    return true;
}

void InspectorPage::showLive()
{
    if (!m_live)
        return;
    m_filter->setSourceModel(m_live);
    m_recording.reset();
    connectLog(m_live);
    setStatus({});
}

void InspectorPage::askSave()
{
    if (!m_presenter || !shownLog())
        return;
    QString room = roomTitle();
    room.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    const QString name = u"roomdeck-%1-%2.jsonl"_s.arg(
        room.isEmpty() ? u"room"_s : room,
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path = m_presenter->saveFileName(
        this, tr("Save Recording"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("RoomDeck recordings (*.jsonl)"));
    if (!path.isEmpty())
        saveRecording(path);
}

bool InspectorPage::saveRecording(const QString &path)
{
    QString error;
    if (!shownLog() || !FrameRecording::save(*shownLog(), path, &error)) {
        setStatus(error);
        if (m_presenter)
            m_presenter->showError(this, tr("Save Recording"), error);
        return false;
    }
    setStatus(tr("Saved %n frame(s) to %1 (secrets masked).", nullptr, shownLog()->rowCount())
                  .arg(QDir::toNativeSeparators(path)));
    return true;
}
