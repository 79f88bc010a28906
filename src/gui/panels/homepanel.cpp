// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "homepanel.h"

#include "core/controller/roomcontroller.h"
#include "core/models/callhistory.h"
#include "core/models/meetingschedule.h"
#include "core/models/peerlistmodel.h"
#include "core/session/roomsession.h"
#include "gui/panels/conferencepanel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

//! What a home list row shows, derived from its source row by a function of the panel: the
//! list views see titles, details, icons and a button text instead of the models' raw roles.
class HomeRows final : public QIdentityProxyModel
{
public:
    enum Roles { DetailRole = Qt::UserRole + 200, IconRole, ButtonRole, ToneRole };

    struct Row
    {
        QString title;
        QString detail;
        QString icon;
        QString button;
        int tone = -1; //!< a StatusColors::Tone for the title, -1 for the normal text colour
    };
    using Describe = std::function<Row(const QModelIndex &source)>;

    HomeRows(Describe describe, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_describe(std::move(describe))
    { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case DetailRole:
        case IconRole:
        case ButtonRole:
        case ToneRole:
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            break;
        default:
            return QIdentityProxyModel::data(index, role);
        }
        const Row row = m_describe(mapToSource(index));
        switch (role) {
        case Qt::DisplayRole:
            return row.title;
        case DetailRole:
            return row.detail;
        case IconRole:
            return row.icon;
        case ButtonRole:
            return row.button;
        case ToneRole:
            return row.tone;
        default: // accessible text and tooltip: everything the row says, in words
            return row.detail.isEmpty() ? row.title
                                        : HomePanel::tr("%1, %2").arg(row.title, row.detail);
        }
    }

private:
    Describe m_describe;
};

namespace {

//! Two lines (title, detail) with an icon on the left and a push button on the right; a
//! click on the button runs `press` for the row. The button is drawn, not a widget: rows can
//! come and go under it without anything being created, moved or destroyed.
class HomeRowDelegate final : public QStyledItemDelegate
{
public:
    HomeRowDelegate(std::function<void(const QModelIndex &)> press, std::function<bool()> enabled,
                    QObject *parent)
        : QStyledItemDelegate(parent)
        , m_press(std::move(press))
        , m_enabled(std::move(enabled))
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return { fm.averageCharWidth() * 30, std::max(2 * fm.height() + 12, fm.height() + 22) };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = {};
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const QFontMetrics fm(option.font);
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette &pal = option.palette;
        const QColor normal = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor title = normal;
        const int tone = index.data(HomeRows::ToneRole).toInt();
        if (tone >= 0 && !selected)
            title = StatusColors::text(Tone(tone), pal);

        const int iconSize = fm.height() + 4;
        const QString icon = index.data(HomeRows::IconRole).toString();
        if (!icon.isEmpty()) {
            const QPixmap pm = SvgIcon::pixmap(icon, QSize(iconSize, iconSize),
                                               painter->device()->devicePixelRatioF(), title);
            painter->drawPixmap(r.left(), r.top() + (r.height() - iconSize) / 2, pm);
        }
        const QRect button = buttonRect(option, index);
        QRect text = r;
        text.setLeft(r.left() + iconSize + 8);
        text.setRight((button.isValid() ? button.left() : r.right()) - 8);

        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(title);
        const QRect line1(text.left(), text.top(), text.width(), fm.height());
        painter->drawText(
            line1, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, line1.width()));
        painter->setFont(option.font);
        QColor detail = normal;
        if (!selected)
            detail = pal.color(QPalette::Disabled, QPalette::Text).darker(120);
        painter->setPen(tone == int(Tone::Bad) && !selected ? title : detail);
        const QRect line2(text.left(), text.top() + fm.height() + 2, text.width(), fm.height());
        painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(HomeRows::DetailRole).toString(), Qt::ElideRight,
                                        line2.width()));
        painter->restore();

        if (button.isValid()) {
            QStyleOptionButton b;
            b.rect = button;
            b.text = index.data(HomeRows::ButtonRole).toString();
            b.palette = pal;
            b.fontMetrics = fm;
            b.state = QStyle::State_Raised;
            if (m_enabled())
                b.state |= QStyle::State_Enabled;
            if (m_pressed == QPersistentModelIndex(index))
                b.state |= QStyle::State_Sunken;
            style->drawControl(QStyle::CE_PushButton, &b, painter, widget);
        }
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() != QEvent::MouseButtonPress
            && event->type() != QEvent::MouseButtonRelease)
            return false;
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool onButton = mouse->button() == Qt::LeftButton
            && buttonRect(option, index).contains(mouse->position().toPoint());
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = onButton ? QPersistentModelIndex(index) : QPersistentModelIndex();
            return false; // the row is selected as usual
        }
        const bool fire = onButton && m_pressed == QPersistentModelIndex(index) && m_enabled();
        m_pressed = QPersistentModelIndex();
        if (fire)
            m_press(index);
        return fire;
    }

    //! Where the row's button is drawn; invalid when the row has none.
    static QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const QString text = index.data(HomeRows::ButtonRole).toString();
        if (text.isEmpty())
            return {};
        const QFontMetrics fm(option.font);
        const int w = fm.horizontalAdvance(text) + 2 * fm.averageCharWidth() + 12;
        const int h = fm.height() + 10;
        const QRect r = option.rect.adjusted(6, 0, -6, 0);
        return { r.right() - w + 1, r.top() + (r.height() - h) / 2, w, h };
    }

private:
    std::function<void(const QModelIndex &)> m_press;
    std::function<bool()> m_enabled;
    QPersistentModelIndex m_pressed;
};

QListView *makeList(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformItemSizes(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setMouseTracking(true);
    // The rows elide their texts: never a horizontal scroll bar.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

QLabel *makeEmptyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMargin(6);
    // A long text in a narrow column must not make the console taller than the screen: it
    // takes the height the lists get.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    return label;
}

} // namespace

HomePanel::HomePanel(QWidget *parent)
    : QWidget(parent)
{
    const auto canCall = [this] {
        return m_session && m_session->controller()
            && m_session->controller()->capabilities().testFlag(Permissions::Capability::Call);
    };

    m_meetingRows = new HomeRows(
        [this](const QModelIndex &source) {
            HomeRows::Row row;
            if (!m_meetings)
                return row;
            const MeetingSchedule::Meeting &m = m_meetings->at(source.row());
            row.title = m.topic;
            QStringList parts;
            if (m.running && m.end() > QDateTime::currentDateTime())
                parts << tr("Running now, until %1").arg(MeetingSchedule::clockText(m.end()));
            else if (m.running)
                parts << tr("Running now");
            else
                parts << MeetingSchedule::timeText(m);
            if (!m.owner.isEmpty()) {
                QString owner = m.owner;
                if (PeerListModel *book = m_session ? m_session->addressBook() : nullptr) {
                    const int r = book->rowOf(m.owner);
                    if (r >= 0)
                        owner = book->index(r).data(PeerListModel::DisplayNameRole).toString();
                }
                parts << tr("by %1", "a meeting's owner").arg(owner);
            }
            row.detail = parts.join(u" · "_s);
            row.icon = u"conference"_s;
            // A meeting can be joined once it runs; the room's list says so late (it is pushed
            // every 8-12 minutes), so from five minutes before its start as well. Earlier the
            // room would refuse ("not started yet"): no button then, the start time says when.
            const QDateTime now = QDateTime::currentDateTime();
            const bool joinable
                = m.running || (m.start.isValid() && m.start.addSecs(-5 * 60) <= now);
            row.button = joinable ? tr("Join") : QString();
            row.tone = m.running ? int(Tone::Good) : -1;
            return row;
        },
        this);
    m_recentRows = new HomeRows(
        [this](const QModelIndex &source) {
            HomeRows::Row row;
            if (!m_history)
                return row;
            const CallHistory::Call &c = m_history->at(source.row());
            row.title = c.displayName();
            QStringList parts;
            const bool unseen = m_history->isUnseenMissed(c);
            parts << (unseen ? tr("Missed (new)") : CallHistory::directionText(c.direction));
            parts << CallHistory::whenText(c.startTime);
            if (c.durationSecs > 0)
                parts << ConferencePanel::durationText(c.durationSecs);
            row.detail = parts.join(u" · "_s);
            switch (c.direction) {
            case CallHistory::Direction::Outgoing:
                row.icon = u"outgoing-call"_s;
                break;
            case CallHistory::Direction::Missed:
                row.icon = u"reject"_s;
                row.tone = int(Tone::Bad);
                break;
            case CallHistory::Direction::Incoming:
                row.icon = u"idle-call"_s; // drawn in the text's colour
                break;
            }
            row.button = tr("Call", "call back a recent call");
            return row;
        },
        this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);

    // --- meetings ----------------------------------------------------------------------------
    m_meetingsLabel = new QLabel(tr("Meetings"), this);
    m_meetingsLabel->setObjectName(u"meetingsLabel"_s);
    TextStyle::bold(m_meetingsLabel);
    auto *meetingHeader = new QHBoxLayout;
    meetingHeader->addWidget(m_meetingsLabel);
    meetingHeader->addStretch();
    grid->addLayout(meetingHeader, 0, 0);
    m_meetingStack = new QStackedWidget(this);
    m_meetingView = makeList(u"meetingView"_s, tr("Meetings"), m_meetingStack);
    m_meetingView->setToolTip(
        tr("The room's scheduled meetings. Join, double-click or Enter joins a meeting."));
    m_meetingView->setModel(m_meetingRows);
    m_meetingView->setItemDelegate(new HomeRowDelegate(
        [this](const QModelIndex &i) { joinMeeting(i.row()); }, canCall, m_meetingView));
    m_meetingEmptyLabel = makeEmptyLabel(u"meetingEmptyLabel"_s, m_meetingStack);
    m_meetingStack->addWidget(m_meetingView);
    m_meetingStack->addWidget(m_meetingEmptyLabel);
    grid->addWidget(m_meetingStack, 1, 0);
    m_meetingsLabel->setBuddy(m_meetingView);
    connect(m_meetingView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { joinMeeting(i.row()); });

    // --- recents -----------------------------------------------------------------------------
    m_recentsLabel = new QLabel(tr("Recents"), this);
    m_recentsLabel->setObjectName(u"recentsLabel"_s);
    TextStyle::bold(m_recentsLabel);
    m_markSeenButton = new QToolButton(this);
    m_markSeenButton->setObjectName(u"markSeenButton"_s);
    // Icons with tooltips and accessible names: the column is narrow beside the keypad.
    m_markSeenButton->setText(tr("Mark All Seen"));
    m_markSeenButton->setAccessibleName(tr("Mark All Seen"));
    m_markSeenButton->setIcon(SvgIcon::icon(u"mark-seen"_s));
    m_markSeenButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_markSeenButton->setToolTip(tr("Mark all seen: the missed calls are marked seen on the room"));
    m_markSeenButton->setAutoRaise(true);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(u"clearHistoryButton"_s);
    m_clearButton->setText(tr("Clear History…"));
    m_clearButton->setAccessibleName(tr("Clear History…"));
    m_clearButton->setIcon(SvgIcon::icon(u"clear"_s));
    m_clearButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_clearButton->setToolTip(tr("Clear history: delete the room's call history for every "
                                 "operator (administrators only)"));
    m_clearButton->setAutoRaise(true);
    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(m_recentsLabel);
    recentHeader->addStretch();
    recentHeader->addWidget(m_markSeenButton);
    recentHeader->addWidget(m_clearButton);
    grid->addLayout(recentHeader, 0, 1);
    m_recentStack = new QStackedWidget(this);
    m_recentView = makeList(u"recentView"_s, tr("Recent calls"), m_recentStack);
    m_recentView->setToolTip(
        tr("The room's recent calls. Call, double-click or Enter calls back."));
    m_recentView->setModel(m_recentRows);
    m_recentView->setItemDelegate(new HomeRowDelegate(
        [this](const QModelIndex &i) { callBack(i.row()); }, canCall, m_recentView));
    m_recentEmptyLabel = makeEmptyLabel(u"recentEmptyLabel"_s, m_recentStack);
    m_recentStack->addWidget(m_recentView);
    m_recentStack->addWidget(m_recentEmptyLabel);
    grid->addWidget(m_recentStack, 1, 1);
    m_recentsLabel->setBuddy(m_recentView);
    connect(m_recentView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { callBack(i.row()); });
    connect(m_markSeenButton, &QToolButton::clicked, this, &HomePanel::markAllSeen);
    connect(m_clearButton, &QToolButton::clicked, this, &HomePanel::clearHistory);

    // --- favourites (filled by whoever builds them) ------------------------------------------
    m_favouritesSlot = new QWidget(this);
    m_favouritesSlot->setObjectName(u"favouritesSlot"_s);
    m_favouritesLayout = new QVBoxLayout(m_favouritesSlot);
    m_favouritesLayout->setContentsMargins(0, 0, 0, 0);
    m_favouritesSlot->hide();
    // A third column beside meetings and recents: the idle console shows all three at once.
    grid->addWidget(m_favouritesSlot, 0, 2, 2, 1);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);

    setTabOrder(m_meetingView, m_markSeenButton);
    setTabOrder(m_markSeenButton, m_clearButton);
    setTabOrder(m_clearButton, m_recentView);
    applyStyle();
    updateState();
}

HomePanel::~HomePanel() = default;

void HomePanel::setSession(RoomSession *session)
{
    for (QObject *old : std::initializer_list<QObject *> { m_history, m_meetings })
        if (old)
            disconnect(old, nullptr, this, nullptr);
    if (m_session && m_session->controller())
        disconnect(m_session->controller(), nullptr, this, nullptr);
    m_session = session;
    m_history = session ? session->history() : nullptr;
    m_meetings = session ? session->meetings() : nullptr;
    m_meetingRows->setSourceModel(m_meetings);
    m_recentRows->setSourceModel(m_history);
    if (m_history) {
        connect(m_history, &CallHistory::changed, this, &HomePanel::updateState);
        connect(m_history, &CallHistory::missedCallsChanged, this, &HomePanel::updateState);
    }
    if (m_meetings)
        connect(m_meetings, &MeetingSchedule::changed, this, &HomePanel::updateState);
    if (session && session->controller()) {
        connect(session->controller(), &RoomController::capabilitiesChanged, this,
                &HomePanel::updateState);
        connect(session->controller(), &RoomController::roleChanged, this, &HomePanel::updateState);
    }
    updateState();
}

void HomePanel::setFavouritesWidget(QWidget *widget)
{
    if (m_favourites == widget)
        return;
    if (m_favourites) {
        m_favouritesLayout->removeWidget(m_favourites);
        m_favourites->hide();
    }
    m_favourites = widget;
    if (widget)
        m_favouritesLayout->addWidget(widget);
    m_favouritesSlot->setVisible(widget != nullptr);
}

void HomePanel::joinMeeting(int row)
{
    if (!m_meetings || row < 0 || row >= m_meetings->rowCount())
        return;
    Q_EMIT callRequested(m_meetings->at(row).callId());
}

void HomePanel::callBack(int row)
{
    if (!m_history || row < 0 || row >= m_history->rowCount())
        return;
    const QString id = m_history->at(row).callBackId();
    if (!id.isEmpty())
        Q_EMIT callRequested(id);
}

void HomePanel::markAllSeen()
{
    if (m_history)
        m_history->markAllSeen(this);
}

void HomePanel::clearHistory()
{
    if (!m_history || !m_history->mayClear() || !m_presenter)
        return;
    if (!m_presenter->confirm(this, tr("Clear Call History"),
                              tr("Delete the room's call history? Every operator of this room "
                                 "loses it; this cannot be undone.")))
        return;
    m_history->clear(this);
}

void HomePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void HomePanel::applyStyle()
{
    const QPalette pal = QApplication::palette(this);
    StatusColors::setForeground(m_meetingEmptyLabel, StatusColors::text(Tone::Neutral, pal));
    StatusColors::setForeground(m_recentEmptyLabel, StatusColors::text(Tone::Neutral, pal));
}

void HomePanel::updateState()
{
    const bool connected
        = m_session && m_session->controller() && m_session->controller()->isReady();
    const int meetings = m_meetings ? m_meetings->rowCount() : 0;
    const int calls = m_history ? m_history->rowCount() : 0;
    const int missed = m_history ? m_history->unseenMissedCount() : 0;

    if (!connected)
        m_meetingEmptyLabel->setText(tr("The room's meetings appear here once it is connected."));
    else if (m_meetings && !m_meetings->isKnown())
        m_meetingEmptyLabel->setText(tr("Reading the room's meetings…"));
    else
        m_meetingEmptyLabel->setText(
            tr("No meetings scheduled for this room. Meetings scheduled for it on the TrueConf "
               "Server appear here, with a button to join them."));
    m_meetingStack->setCurrentWidget(meetings > 0 ? static_cast<QWidget *>(m_meetingView)
                                                  : m_meetingEmptyLabel);

    if (!connected)
        m_recentEmptyLabel->setText(tr("The room's recent calls appear here once it is "
                                       "connected."));
    else if (m_history && !m_history->isKnown())
        m_recentEmptyLabel->setText(tr("Reading the room's recent calls…"));
    else
        m_recentEmptyLabel->setText(tr("No recent calls. Calls the room makes, answers or "
                                       "misses appear here, ready to call back."));
    m_recentStack->setCurrentWidget(calls > 0 ? static_cast<QWidget *>(m_recentView)
                                              : m_recentEmptyLabel);

    m_recentsLabel->setText(missed > 0 ? tr("Recents (%n missed)", nullptr, missed)
                                       : tr("Recents"));
    StatusColors::setForeground(m_recentsLabel,
                                missed > 0 ? StatusColors::text(Tone::Bad, palette())
                                           : palette().color(QPalette::WindowText));
    m_markSeenButton->setEnabled(connected && missed > 0);
    // The room would take it from a User connection too; RoomDeck leaves it to administrators.
    m_clearButton->setVisible(m_history && m_history->mayClear());
    m_clearButton->setEnabled(connected && calls > 0);
    m_meetingView->viewport()->update();
    m_recentView->viewport()->update();
}
