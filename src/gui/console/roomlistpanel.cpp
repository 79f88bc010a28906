// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomlistpanel.h"

#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/roomtext.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/svgicon.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using StatusColors::Tone;
using State = RoomController::ConnectionState;

namespace RoomStatus {

Tone tone(const QModelIndex &index)
{
    if (!index.data(RoomSessionList::ProblemRole).toString().isEmpty())
        return Tone::Bad;
    switch (index.data(RoomSessionList::ConnectionStateRole).value<State>()) {
    case State::Connected:
        break;
    case State::Locating:
    case State::Connecting:
    case State::Authenticating:
    case State::Loading:
    case State::Reconnecting:
        return Tone::Busy;
    case State::Unauthorized:
        return Tone::Bad;
    case State::Disconnected:
        return Tone::Neutral;
    }
    return StatusColors::toneOf(index.data(RoomSessionList::AppStateRole).value<Room::AppState>());
}

Tone dotTone(Tone tone)
{
    // There is no blue dot: a room in a conference is a healthy room.
    return tone == Tone::Info ? Tone::Good : tone;
}

QString stateText(const QModelIndex &index)
{
    const auto state = index.data(RoomSessionList::ConnectionStateRole).value<State>();
    if (state != State::Connected)
        return RoomController::connectionStateText(state);
    return Room::appStateName(
        int(index.data(RoomSessionList::AppStateRole).value<Room::AppState>()));
}

QString durationText(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    const qint64 h = secs / 3600;
    const qint64 m = (secs / 60) % 60;
    const qint64 s = secs % 60;
    const QString mmss
        = u"%1:%2"_s.arg(h > 0 ? QString::number(m).rightJustified(2, u'0') : QString::number(m),
                         QString::number(s).rightJustified(2, u'0'));
    return h > 0 ? u"%1:%2"_s.arg(h).arg(mmss) : mmss;
}

} // namespace RoomStatus

namespace {

constexpr int kDotSize = 12;
constexpr int kPadding = 6;
constexpr int kBadgeHeight = 16;

//! A rounded pill with an optional white icon and a number, right-aligned at `right`;
//! returns its left edge.
int paintBadge(QPainter *p, int right, int centerY, const QColor &fill, const QString &icon,
               const QString &text, qreal dpr)
{
    const QFontMetrics fm(p->font());
    const int iconSize = kBadgeHeight - 4;
    int width = 8 + fm.horizontalAdvance(text);
    if (!icon.isEmpty())
        width += iconSize + (text.isEmpty() ? 0 : 2);
    width = std::max(width, kBadgeHeight);
    const QRect r(right - width, centerY - kBadgeHeight / 2, width, kBadgeHeight);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(r, kBadgeHeight / 2.0, kBadgeHeight / 2.0);
    int x = r.left() + 4;
    if (!icon.isEmpty()) {
        if (text.isEmpty())
            x = r.left() + (r.width() - iconSize) / 2;
        p->drawPixmap(QPoint(x, r.top() + 2),
                      SvgIcon::pixmap(icon, QSize(iconSize, iconSize), dpr, Qt::white));
        x += iconSize + 2;
    }
    if (!text.isEmpty()) {
        p->setPen(Qt::white);
        p->drawText(QRect(x, r.top(), r.right() - x - 3, r.height()), Qt::AlignCenter, text);
    }
    p->restore();
    return r.left();
}

//! The colour of the last readiness check's badge.
Tone checkTone(const QVariant &verdict)
{
    switch (verdict.value<ReadinessCheck::Verdict>()) {
    case ReadinessCheck::Verdict::Green:
        return Tone::Good;
    case ReadinessCheck::Verdict::Amber:
        return Tone::Busy;
    case ReadinessCheck::Verdict::Red:
        return Tone::Bad;
    default:
        return Tone::Neutral;
    }
}

//! Paints one room row: dot, name and badges; then the state (in colour) and call partner.
class RoomRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return { 180, 2 * fm.height() + 2 * kPadding + 2 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem panel = option;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

        const QStringList lines = RoomListPanel::rowLines(index);
        const Tone tone = RoomStatus::tone(index);
        const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const QFontMetrics fm(option.font);
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(QPoint(r.left(), r.top() + (fm.height() - kDotSize) / 2),
                            SvgIcon::pixmap(StatusColors::dotIcon(RoomStatus::dotTone(tone)),
                                            QSize(kDotSize, kDotSize), dpr));

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QColor main
            = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor toneColor = selected ? main : StatusColors::text(tone, option.palette);
        const QColor secondary
            = selected ? main : StatusColors::text(Tone::Neutral, option.palette);

        // Badges first, right to left: problem, unread alerts, missed calls, join requests,
        // unread chat.
        painter->save();
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
        painter->setFont(small);
        const int badgeY = r.top() + fm.height() / 2;
        int right = r.right();
        if (!index.data(RoomSessionList::ProblemRole).toString().isEmpty())
            right
                = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Bad), {}, u"!"_s, dpr)
                - 3;
        if (const int unread = index.data(RoomSessionList::UnreadAlertsRole).toInt(); unread > 0)
            right = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Info), {},
                               QString::number(std::min(unread, 99)), dpr)
                - 3;
        if (const int missed = index.data(RoomSessionList::MissedCallsRole).toInt(); missed > 0)
            right = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Busy),
                               u"incoming-call"_s, QString::number(std::min(missed, 99)), dpr)
                - 3;
        if (index.data(RoomSessionList::DoNotDisturbRole).toBool()) // calls are declined
            right = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Busy), {},
                               RoomListPanel::tr("DND"), dpr)
                - 3;
        if (const int asking = index.data(RoomSessionList::JoinRequestsRole).toInt(); asking > 0)
            right = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Busy),
                               u"badge-join"_s, QString::number(std::min(asking, 99)), dpr)
                - 3;
        if (const int chat = index.data(RoomSessionList::UnreadChatRole).toInt(); chat > 0)
            right = paintBadge(painter, right, badgeY, StatusColors::fill(Tone::Info),
                               u"badge-chat"_s, QString::number(std::min(chat, 99)), dpr)
                - 3;
        if (const QVariant check = index.data(RoomSessionList::CheckRole); check.isValid())
            right = paintBadge(painter, right, badgeY, StatusColors::fill(checkTone(check)),
                               u"mark-seen"_s, {}, dpr)
                - 3;
        painter->restore();

        const int textLeft = r.left() + kDotSize + kPadding;
        painter->save();
        QFont nameFont = option.font;
        nameFont.setWeight(QFont::DemiBold);
        painter->setFont(nameFont);
        painter->setPen(main);
        const int nameWidth = right - textLeft - 2;
        painter->drawText(
            QRect(textLeft, r.top(), nameWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(nameFont).elidedText(lines.value(0), Qt::ElideRight, nameWidth));
        painter->setFont(option.font);
        const int width = r.right() - textLeft;
        const QRect second(textLeft, r.top() + fm.height() + 2, width, fm.height());
        const QString state = lines.value(1);
        const QString partner = lines.value(2);
        painter->setPen(toneColor);
        const QString stateShown = fm.elidedText(state, Qt::ElideRight, width);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, stateShown);
        if (!partner.isEmpty()) {
            const int used = fm.horizontalAdvance(stateShown);
            painter->setPen(secondary);
            painter->drawText(second.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(RoomListPanel::tr(" · %1").arg(partner), Qt::ElideRight,
                                            std::max(0, width - used)));
        }
        painter->restore();

        if (option.state.testFlag(QStyle::State_HasFocus)) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = option.rect.adjusted(1, 1, -1, -1);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &,
                   const QModelIndex &index) override
    {
        if (!event || !index.isValid())
            return false;
        QStringList tip = RoomListPanel::rowLines(index);
        tip.insert(1, index.data(RoomSessionList::AddressRole).toString());
        const QString problem = index.data(RoomSessionList::ProblemRole).toString();
        if (!problem.isEmpty())
            tip.append(problem);
        if (const int missed = index.data(RoomSessionList::MissedCallsRole).toInt(); missed > 0)
            tip.append(RoomListPanel::tr("%n missed call(s)", nullptr, missed));
        if (index.data(RoomSessionList::DoNotDisturbRole).toBool())
            tip.append(RoomListPanel::tr("Do not disturb: incoming calls are declined"));
        if (const int asking = index.data(RoomSessionList::JoinRequestsRole).toInt(); asking > 0)
            tip.append(RoomListPanel::tr("%n join request(s) waiting", nullptr, asking));
        if (const int chat = index.data(RoomSessionList::UnreadChatRole).toInt(); chat > 0)
            tip.append(RoomListPanel::tr("%n unread chat message(s)", nullptr, chat));
        if (const QVariant check = index.data(RoomSessionList::CheckRole); check.isValid())
            tip.append(
                RoomListPanel::tr("Last check, %1: %2")
                    .arg(QLocale().toString(
                             index.data(RoomSessionList::CheckedAtRole).toDateTime().toLocalTime(),
                             QLocale::ShortFormat),
                         ReadinessCheck::verdictName(check.value<ReadinessCheck::Verdict>())));
        tip.removeAll(QString());
        // Plain text, whatever the room sent: nothing here is read as markup.
        QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(tip.join(u'\n')), view);
        return true;
    }
};

} // namespace

RoomListPanel::RoomListPanel(RoomSessionList *rooms, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_rooms(rooms)
    , m_presenter(presenter)
{
    m_view = new QListView(this);
    m_view->setObjectName(u"roomView"_s);
    m_view->setModel(m_rooms);
    m_view->setItemDelegate(new RoomRowDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Rooms"));

    const auto makeAction = [this](const QString &name, const QString &text, const QIcon &icon) {
        auto *a = new QAction(icon, text, this);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_addAction = makeAction(u"addRoomAction"_s, tr("Add Room…"), SvgIcon::icon(u"connect"_s));
    m_renameAction = makeAction(u"renameRoomAction"_s, tr("Rename…"), SvgIcon::icon(u"rename"_s));
    m_renameAction->setShortcut(Qt::Key_F2);
    m_removeAction = makeAction(u"removeRoomAction"_s, tr("Remove…"), SvgIcon::icon(u"clear"_s));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_moveUpAction = makeAction(u"moveRoomUpAction"_s, tr("Move Up"),
                                style()->standardIcon(QStyle::SP_ArrowUp));
    m_moveUpAction->setShortcut(Qt::ALT | Qt::Key_Up);
    m_moveDownAction = makeAction(u"moveRoomDownAction"_s, tr("Move Down"),
                                  style()->standardIcon(QStyle::SP_ArrowDown));
    m_moveDownAction->setShortcut(Qt::ALT | Qt::Key_Down);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    const auto button = [this, buttons](QAction *action, const QString &name, bool withText) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setAccessibleName(QString(action->text()).remove(u'&').remove(u'…'));
        b->setAutoRaise(true);
        b->setToolButtonStyle(withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        buttons->addWidget(b);
    };
    button(m_addAction, u"addRoomButton"_s, true);
    buttons->addStretch(1);
    button(m_renameAction, u"renameRoomButton"_s, false);
    button(m_removeAction, u"removeRoomButton"_s, false);
    button(m_moveUpAction, u"moveRoomUpButton"_s, false);
    button(m_moveDownAction, u"moveRoomDownButton"_s, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_addAction, &QAction::triggered, this, &RoomListPanel::addRequested);
    connect(m_renameAction, &QAction::triggered, this, &RoomListPanel::renameCurrent);
    connect(m_removeAction, &QAction::triggered, this, &RoomListPanel::removeCurrent);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoomListPanel::onCurrentChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_addAction);
        menu.addSeparator();
        menu.addAction(m_renameAction);
        menu.addAction(m_removeAction);
        menu.addSeparator();
        menu.addAction(m_moveUpAction);
        menu.addAction(m_moveDownAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Rows come and go and move: the buttons follow the current row's place.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_rooms, signal, this, &RoomListPanel::updateActions);
    connect(m_rooms, &QAbstractItemModel::rowsMoved, this, &RoomListPanel::updateActions);
    updateActions();
}

RoomListPanel::~RoomListPanel() = default;

QStringList RoomListPanel::rowLines(const QModelIndex &index)
{
    return { RoomText::name(index.data(RoomSessionList::NameRole).toString()),
             RoomStatus::stateText(index),
             RoomText::name(index.data(RoomSessionList::CallPartnerRole).toString()) };
}

int RoomListPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

RoomSession *RoomListPanel::currentRoom() const
{
    return m_rooms->session(currentRow());
}

void RoomListPanel::setCurrentRoom(RoomSession *session)
{
    const int row = m_rooms->rowOf(session);
    m_settingCurrent = true;
    if (row < 0)
        m_view->setCurrentIndex({});
    else
        m_view->setCurrentIndex(m_rooms->index(row));
    m_settingCurrent = false;
    m_lastCurrent = session;
    updateActions();
}

void RoomListPanel::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    RoomSession *session = m_rooms->session(current.isValid() ? current.row() : -1);
    if (m_settingCurrent || session == m_lastCurrent)
        return;
    m_lastCurrent = session;
    Q_EMIT currentRoomChanged(session);
}

void RoomListPanel::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_renameAction->setEnabled(has);
    m_removeAction->setEnabled(has);
    m_moveUpAction->setEnabled(has && row > 0);
    m_moveDownAction->setEnabled(has && row < m_rooms->count() - 1);
}

void RoomListPanel::renameCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_rooms->entry(row).name;
    const std::optional<QString> answer
        = m_presenter->askText(this, tr("Rename Room"), tr("Name of the room:"), name);
    if (!answer)
        return;
    // The room may have gone while the question was open.
    const int now = m_rooms->rowOf(m_rooms->session(row)) == row ? row : -1;
    if (now >= 0 && !answer->trimmed().isEmpty())
        m_rooms->rename(now, answer->trimmed());
}

void RoomListPanel::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QPointer<RoomSession> session = m_rooms->session(row);
    const QString name = m_rooms->entry(row).name;
    if (!m_presenter->confirm(
            this, tr("Remove Room"),
            tr("Remove “%1” from the room list?\n\nRoomDeck disconnects from the room.").arg(name)))
        return;
    const int now = m_rooms->rowOf(session);
    if (now >= 0)
        m_rooms->remove(now);
}

void RoomListPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    // The current index follows the moved row (a persistent index): the selection stays on
    // the same room.
    m_rooms->move(row, row + delta);
    updateActions();
}
