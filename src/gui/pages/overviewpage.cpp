// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "overviewpage.h"

#include "core/models/callsession.h"
#include "core/roomtext.h"
#include "core/session/allroomslog.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomlistpanel.h"
#include "gui/dialogs/profileapplydialog.h"
#include "gui/pages/bulkcheckpanel.h"
#include "gui/pages/tilethumbnails.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using StatusColors::Tone;
using Phase = CallSession::Phase;

namespace {

constexpr int kPadding = 10;
constexpr int kSpacing = 8;
constexpr int kDotSize = 12;
constexpr int kLines = 5;
//! The camera thumbnail at a tile's right (16:9).
constexpr int kThumbWidth = 96;
constexpr int kThumbHeight = 54;

bool inCall(const QModelIndex &index)
{
    const auto phase = index.data(RoomSessionList::CallPhaseRole).value<Phase>();
    return phase == Phase::InConference || phase == Phase::Outgoing;
}

QSize tileSize(const QFont &font)
{
    const QFontMetrics fm(font);
    return { std::max(200, fm.averageCharWidth() * 30) + kThumbWidth + kSpacing,
             std::max(kThumbHeight, kLines * fm.height() + (kLines - 1) * 3) + 2 * kPadding };
}

//! One tile: a card with a coloured edge, the name and the room's state in five fixed lines.
class TileDelegate final : public QStyledItemDelegate
{
public:
    TileDelegate(const TileThumbnails *thumbs, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_thumbs(thumbs)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return tileSize(option.font);
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QStringList lines = OverviewPage::tileLines(index);
        const Tone tone = RoomStatus::tone(index);
        const QPalette &pal = option.palette;
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);

        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(card, 6, 6);
        p->fillPath(path, StatusColors::card(pal));
        if (selected) {
            QColor wash = pal.color(QPalette::Highlight);
            wash.setAlphaF(0.15);
            p->fillPath(path, wash);
        }
        p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                       selected ? 2.0 : 1.0));
        p->drawPath(path);
        // The room's colour as a bar on the left edge: readable across a wall of tiles.
        p->setClipPath(path);
        p->fillRect(QRectF(card.left(), card.top(), 4, card.height()), StatusColors::fill(tone));
        p->restore();

        const QFontMetrics fm(option.font);
        const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
        const QRect r = option.rect.adjusted(kPadding + 4, kPadding,
                                             -kPadding - kThumbWidth - kSpacing, -kPadding);
        paintThumbnail(p, QRect(r.right() + kSpacing + 1, r.top(), kThumbWidth, kThumbHeight),
                       index, option.font);
        const int lineStep = fm.height() + 3;
        const auto lineRect = [&](int line, int indent = 0) {
            return QRect(r.left() + indent, r.top() + line * lineStep, r.width() - indent,
                         fm.height());
        };
        const auto draw = [&](int line, const QString &text, const QColor &color, const QFont &font,
                              int indent = 0) {
            p->setFont(font);
            p->setPen(color);
            const QRect lr = lineRect(line, indent);
            p->drawText(lr, Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetrics(font).elidedText(text, Qt::ElideRight, lr.width()));
        };

        p->save();
        p->drawPixmap(QPoint(r.left(), r.top() + (fm.height() - kDotSize) / 2),
                      SvgIcon::pixmap(StatusColors::dotIcon(RoomStatus::dotTone(tone)),
                                      QSize(kDotSize, kDotSize), dpr));
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        const QColor text = pal.color(QPalette::Text);
        const QColor neutral = StatusColors::text(Tone::Neutral, pal);
        draw(0, lines.value(0), text, bold, kDotSize + 6);
        draw(1, lines.value(1), StatusColors::text(tone, pal), option.font);
        draw(2, lines.value(2), inCall(index) ? text : neutral, option.font);
        draw(3, lines.value(3), neutral, option.font);
        // The last line: a problem in red, else what waits for the operator (join requests,
        // missed calls, unread chat) in the accent colour.
        const bool problem = !index.data(RoomSessionList::ProblemRole).toString().isEmpty();
        draw(4, lines.value(4), StatusColors::text(problem ? Tone::Bad : Tone::Busy, pal),
             option.font);
        p->restore();

        if (option.state.testFlag(QStyle::State_HasFocus)) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = option.rect.adjusted(3, 3, -3, -3);
            const QWidget *widget = option.widget;
            QStyle *style = widget ? widget->style() : QApplication::style();
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, p, widget);
        }
    }

private:
    //! The room's camera at one frame per second, greyed when old, or why there is none.
    void paintThumbnail(QPainter *p, const QRect &box, const QModelIndex &index,
                        const QFont &font) const
    {
        const auto *rooms = qobject_cast<const RoomSessionList *>(index.model());
        const RoomSession *session = rooms ? rooms->session(index.row()) : nullptr;
        if (!m_thumbs || !session)
            return;
        p->save();
        p->fillRect(box, QColor(20, 20, 24));
        const QImage image = m_thumbs->thumbnail(session);
        if (!image.isNull()) {
            const QSize shown = image.size().scaled(box.size(), Qt::KeepAspectRatio);
            p->drawImage(QRect(box.center() - QPoint(shown.width() / 2, shown.height() / 2), shown),
                         image);
            if (m_thumbs->isStale(session))
                p->fillRect(box, QColor(60, 60, 60, 170));
        } else {
            QFont small = font;
            small.setPointSizeF(font.pointSizeF() * 0.85);
            p->setFont(small);
            p->setPen(QColor(210, 210, 210));
            p->drawText(box.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap,
                        m_thumbs->placeholder(session));
        }
        p->restore();
    }

    QPointer<const TileThumbnails> m_thumbs; //!< gone before the view in ~OverviewPage
};

//! The log across rooms as the view shows it: tooltips (the room's texts) as plain text,
//! errors in the colour the rooms' own logs give them.
class ShownLog final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole)
            return TextStyle::plainToolTip(QIdentityProxyModel::data(index, role).toString());
        if (role == Qt::ForegroundRole
            && QIdentityProxyModel::data(index, AllRoomsLogModel::KindRole).toInt()
                == int(EventLogModel::Kind::Error))
            return StatusColors::text(Tone::Bad, QApplication::palette());
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OverviewPage::OverviewPage(RoomSessionList *rooms, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_rooms(rooms)
    , m_presenter(presenter)
{
    m_view = new QListView(this);
    m_view->setObjectName(u"overviewView"_s);
    m_view->setModel(m_rooms);
    m_thumbs = new TileThumbnails(m_rooms, this);
    m_view->setItemDelegate(new TileDelegate(m_thumbs, m_view));
    connect(m_thumbs, &TileThumbnails::changed, m_view, [this](RoomSession *session) {
        const int row = m_rooms->rowOf(session);
        if (row >= 0)
            m_view->update(m_rooms->index(row));
    });
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(kSpacing / 2);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionRectVisible(true);
    m_view->setAccessibleName(tr("Rooms overview"));
    m_view->installEventFilter(this);

    m_hangUpButton = new QPushButton(SvgIcon::icon(u"hangup-all"_s), tr("Hang Up"), this);
    m_hangUpButton->setObjectName(u"bulkHangUpButton"_s);
    m_hangUpButton->setAccessibleName(tr("Hang up in the selected rooms"));
    m_hangUpButton->setToolTip(tr("End the call in every selected room that is in one"));
    m_muteButton = new QPushButton(SvgIcon::icon(u"mic-muted"_s), tr("Mute Microphones"), this);
    m_muteButton->setObjectName(u"bulkMuteButton"_s);
    m_muteButton->setAccessibleName(tr("Mute the microphone in the selected rooms"));
    m_muteButton->setToolTip(tr("Mute the microphone of every selected room that is signed in"));
    m_profileButton = new QPushButton(SvgIcon::icon(u"copy"_s), tr("Apply Profile…"), this);
    m_profileButton->setObjectName(u"bulkProfileButton"_s);
    m_profileButton->setAccessibleName(tr("Apply a settings profile to the selected rooms"));
    m_profileButton->setToolTip(tr("Copy the settings of a room or a profile file to every "
                                   "selected room, after a preview of what changes"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"bulkResultLabel"_s);
    m_resultLabel->setTextFormat(Qt::PlainText); // room names and the rooms' own error texts
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    setUpLog();
    auto *tiles = new QWidget(this);
    m_checkPanel = new BulkCheckPanel(m_rooms, tiles);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_profileButton);
    bar->addStretch(1);
    bar->addWidget(m_checkPanel->button());
    bar->addWidget(m_muteButton);
    bar->addWidget(m_hangUpButton);
    auto *tilesLayout = new QVBoxLayout(tiles);
    tilesLayout->setContentsMargins(0, 0, 0, 0);
    tilesLayout->addWidget(m_view, 1);
    tilesLayout->addLayout(bar);
    tilesLayout->addWidget(m_resultLabel);
    tilesLayout->addWidget(m_checkPanel);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logTitle = new QLabel(tr("Events in every room"), logPane);
    QFont titleFont = logTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    logTitle->setFont(titleFont);
    logTitle->setBuddy(m_logView);
    logLayout->addWidget(logTitle);
    logLayout->addWidget(m_logView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"overviewSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(tiles);
    split->addWidget(logPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_hangUpButton, &QPushButton::clicked, this, &OverviewPage::hangUpSelected);
    connect(m_muteButton, &QPushButton::clicked, this, &OverviewPage::muteSelected);
    connect(m_profileButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ProfileApplyDialog(m_rooms, selectedRooms(), m_presenter, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewPage::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (RoomSession *s = m_rooms->session(index.row()))
            Q_EMIT roomActivated(s);
    });
    const auto refresh = [this] {
        updateActions();
        updateTicking();
    };
    connect(m_rooms, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_rooms, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_rooms, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_rooms, &QAbstractItemModel::rowsMoved, this, refresh);
    updateActions();
}

OverviewPage::~OverviewPage()
{
    // The thumbnails outlive this object's own destructor (children go in ~QWidget) and may
    // still report a room whose frame source stops meanwhile: not to a page that is gone.
    delete std::exchange(m_thumbs, nullptr);
}

void OverviewPage::setUpLog()
{
    m_log = new AllRoomsLogModel(m_rooms, this);
    m_logView = new QTableView(this);
    m_logView->setObjectName(u"overviewLogView"_s);
    auto *shown = new ShownLog(m_logView);
    shown->setSourceModel(m_log);
    m_logView->setModel(shown);
    m_logView->setAccessibleName(tr("Events in every room"));
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->setWordWrap(false);
    m_logView->setTextElideMode(Qt::ElideRight);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 8);
    QHeaderView *header = m_logView->horizontalHeader();
    header->setSectionResizeMode(AllRoomsLogModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AllRoomsLogModel::RoomColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AllRoomsLogModel::KindColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // The room column fits the longest room name (within reason), as rooms come and go.
    const auto fitRoomColumn = [this] {
        const QFontMetrics fm = m_logView->fontMetrics();
        int width = fm.averageCharWidth() * 10;
        for (int row = 0; row < m_rooms->count(); ++row)
            width = std::max(width,
                             fm.horizontalAdvance(
                                 RoomText::name(m_rooms->data(m_rooms->index(row)).toString())));
        m_logView->horizontalHeader()->resizeSection(
            AllRoomsLogModel::RoomColumn, std::min(width, fm.averageCharWidth() * 30) + 16);
    };
    fitRoomColumn();
    connect(m_rooms, &QAbstractItemModel::rowsInserted, this, fitRoomColumn);
    connect(m_rooms, &QAbstractItemModel::dataChanged, this,
            [fitRoomColumn](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(RoomSessionList::NameRole))
                    fitRoomColumn();
            });
    m_logView->installEventFilter(this);
    connect(m_logView, &QAbstractItemView::doubleClicked, this, &OverviewPage::openLogEntry);
    // The newest entry stays in sight while the operator is at the bottom; scrolled up to
    // read, nothing moves under the pointer.
    connect(m_log, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        m_followNewest = bar->value() >= bar->maximum();
    });
    connect(m_log, &AllRoomsLogModel::appended, this, [this] {
        if (m_followNewest)
            m_logView->scrollToBottom();
    });
}

void OverviewPage::openLogEntry(const QModelIndex &index)
{
    if (auto *s = index.data(AllRoomsLogModel::SessionRole).value<RoomSession *>())
        Q_EMIT roomActivated(s);
}

QStringList OverviewPage::tileLines(const QModelIndex &index)
{
    QString call = tr("No call");
    const QString partner = RoomText::name(index.data(RoomSessionList::CallPartnerRole).toString());
    const auto phase = index.data(RoomSessionList::CallPhaseRole).value<Phase>();
    if (phase == Phase::InConference) // the duration first: it must never be cut off
        call = tr("%1 · %2").arg(
            RoomStatus::durationText(index.data(RoomSessionList::CallDurationRole).toLongLong()),
            partner);
    else if (phase == Phase::Incoming)
        call = tr("Incoming: %1").arg(partner);
    else if (phase == Phase::Outgoing)
        call = tr("Calling %1").arg(partner);
    else if (!partner.isEmpty())
        call = partner;
    const auto role = index.data(RoomSessionList::RoleRole).value<Room::Role>();
    QString roleLine
        = role == Room::Role::None ? tr("Administrator or User") : Room::roleName(role);
    const QString mute = index.data(RoomSessionList::MuteRole).toString();
    if (!mute.isEmpty())
        roleLine = tr("%1 · %2").arg(roleLine, mute);
    QString last = RoomText::bounded(index.data(RoomSessionList::ProblemRole).toString(), 300);
    if (last.isEmpty())
        last = index.data(RoomSessionList::NoticesRole).toString();
    return { RoomText::name(index.data(RoomSessionList::NameRole).toString()),
             RoomStatus::stateText(index), call, roleLine, last };
}

QList<RoomSession *> OverviewPage::selectedRooms() const
{
    QList<RoomSession *> rooms;
    for (int row = 0; row < m_rooms->count(); ++row)
        if (m_view->selectionModel()->isRowSelected(row, {}))
            rooms.append(m_rooms->session(row));
    return rooms;
}

QList<RoomSession *> OverviewPage::selectedRoomsInCall() const
{
    QList<RoomSession *> rooms;
    for (RoomSession *s : selectedRooms())
        if (inCall(m_rooms->index(m_rooms->rowOf(s))))
            rooms.append(s);
    return rooms;
}

void OverviewPage::updateActions()
{
    m_hangUpButton->setEnabled(!m_running && !selectedRoomsInCall().isEmpty());
    bool anySignedIn = false;
    for (RoomSession *s : selectedRooms())
        anySignedIn |= s->controller() && s->controller()->isAuthenticated();
    m_muteButton->setEnabled(!m_running && anySignedIn);
    m_profileButton->setEnabled(anySignedIn);
    m_checkPanel->setSelection(selectedRooms());
}

void OverviewPage::updateTicking()
{
    bool anyCall = false;
    for (int row = 0; row < m_rooms->count() && !anyCall; ++row)
        anyCall = m_rooms->index(row).data(RoomSessionList::CallPhaseRole).value<Phase>()
            == Phase::InConference;
    if (isVisible() && anyCall) {
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
}

void OverviewPage::updateThumbnails()
{
    const qreal dpr = devicePixelRatioF();
    m_thumbs->setDecodeSize(QSize(int(kThumbWidth * dpr), int(kThumbHeight * dpr)));
    m_thumbs->setActive(isVisible() && !(window() && window()->isMinimized()));
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updateTicking();
    updateThumbnails();
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTicking();
    updateThumbnails();
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updateThumbnails();
    if (watched == m_logView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_logView->currentIndex().isValid()) {
            openLogEntry(m_logView->currentIndex());
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (RoomSession *s = m_rooms->session(m_view->currentIndex().row())) {
                Q_EMIT roomActivated(s);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewPage::hangUpSelected()
{
    const QList<RoomSession *> rooms = selectedRoomsInCall();
    if (rooms.isEmpty() || m_running)
        return;
    QStringList names;
    for (RoomSession *s : rooms)
        names.append(RoomText::name(m_rooms->entry(m_rooms->rowOf(s)).name));
    // The first line carries no room text, so a name never makes the question rich text.
    const QString question = tr("End the call in %n room(s)?", nullptr, int(rooms.size()))
        + u"\n\n"_s + names.join(u'\n');
    if (!m_presenter->confirm(this, tr("Hang Up"), question))
        return;
    m_resultLabel->setText(tr("Hanging up in %n room(s)…", nullptr, int(rooms.size())));
    m_resultLabel->show();
    m_running
        = BulkAction::hangUp(rooms, this, [this, names](const QList<BulkAction::Result> &results) {
              showResults(results, names);
              Q_EMIT bulkHangUpFinished(results);
          });
    updateActions();
}

void OverviewPage::muteSelected()
{
    const QList<RoomSession *> rooms = selectedRooms();
    if (rooms.isEmpty() || m_running)
        return;
    QStringList names;
    for (RoomSession *s : rooms)
        names.append(RoomText::name(m_rooms->entry(m_rooms->rowOf(s)).name));
    // Muting is undone with one click: no question first.
    m_resultLabel->setText(tr("Muting the microphone in %n room(s)…", nullptr, int(rooms.size())));
    m_resultLabel->show();
    m_running = BulkAction::muteMicrophones(
        rooms, this, [this, names](const QList<BulkAction::Result> &results) {
            showResults(results, names);
            Q_EMIT bulkMuteFinished(results);
        });
    updateActions();
}

void OverviewPage::showResults(const QList<BulkAction::Result> &results, const QStringList &names)
{
    m_running = nullptr;
    QStringList lines;
    for (int i = 0; i < results.size(); ++i) {
        const RequestOutcome &o = results.at(i).outcome;
        const QString name = names.value(i);
        lines.append(o.ok() ? tr("%1: done").arg(name)
                            : tr("%1: failed — %2")
                                  .arg(name,
                                       RoomText::bounded(o.errorText.isEmpty()
                                                             ? RequestOutcome::statusName(o.status)
                                                             : o.errorText,
                                                         300)));
    }
    m_resultLabel->setText(lines.join(u'\n'));
    m_resultLabel->show();
    updateActions();
}
