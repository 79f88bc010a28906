// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "pagenavigator.h"

#include <QEvent>
#include <QFontMetrics>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageRole = Qt::UserRole + 1; //!< the page a row lists (QWidget *)
constexpr int kSwitchRole = Qt::UserRole + 2; //!< true on the "names / icons" row
constexpr int kIconSize = 20;
constexpr auto kCompactKey = u"pages/compactNavigator";

//! Every navigator of the program, so that all follow one choice.
QList<PageNavigator *> &navigators()
{
    static QList<PageNavigator *> all;
    return all;
}

} // namespace

PageNavigator::PageNavigator(QTabWidget *stack, QWidget *parent)
    : QListWidget(parent)
    , m_stack(stack)
    , m_compact(QSettings().value(QString::fromUtf16(kCompactKey), true).toBool())
{
    navigators().append(this);
    setObjectName(u"pageNavigator"_s);
    setAccessibleName(tr("Pages"));
    setAccessibleDescription(tr("The room's pages, grouped; the arrow keys move between them"));
    setIconSize(QSize(kIconSize, kIconSize));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setFrameShape(QFrame::NoFrame);
    // A side bar, not a document: the window's colour, the selection as in any list.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    if (m_stack) {
        m_stack->tabBar()->hide();
        connect(m_stack, &QTabWidget::currentChanged, this, &PageNavigator::followStack);
    }
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        QWidget *page = pageAt(row);
        if (page && m_stack && m_stack->indexOf(page) >= 0)
            m_stack->setCurrentWidget(page);
    });
    // The switch is a row too (Enter or a click on it), so the keyboard reaches it.
    const auto toggleOn = [this](QListWidgetItem *item) {
        if (item && item->data(kSwitchRole).toBool())
            setCompact(!m_compact);
    };
    connect(this, &QListWidget::itemClicked, this, toggleOn);
    connect(this, &QListWidget::itemActivated, this, toggleOn);
}

PageNavigator::~PageNavigator()
{
    navigators().removeAll(this);
}

void PageNavigator::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    refresh();
}

void PageNavigator::setCompact(bool compact)
{
    QSettings().setValue(QString::fromUtf16(kCompactKey), compact);
    for (PageNavigator *n : std::as_const(navigators()))
        n->applyCompact(compact);
}

void PageNavigator::applyCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    m_shown.clear();
    refresh();
}

void PageNavigator::refresh()
{
    if (!m_stack)
        return;
    // What would be listed; nothing is rebuilt when that is what the list shows already
    // (refresh() comes with every capability change, and the operator may be in the list).
    QStringList shown;
    int pages = 0;
    for (const Group &group : std::as_const(m_groups)) {
        shown << group.title;
        for (QWidget *page : group.pages) {
            const int index = m_stack->indexOf(page);
            if (index < 0)
                continue;
            ++pages;
            shown << QString::number(quintptr(page)) << m_stack->tabText(index)
                  << m_stack->tabToolTip(index);
        }
    }
    setVisible(pages > 1); // a single page needs no choosing
    if (shown != m_shown) {
        m_shown = shown;
        rebuild();
    }
    followStack();
}

void PageNavigator::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    QFont headerFont = font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    const QFontMetrics fm(font());
    const QFontMetrics headerMetrics(headerFont);
    const int rowHeight = std::max(fm.height(), kIconSize) + 10;
    int widest = kIconSize;
    for (const Group &group : std::as_const(m_groups)) {
        QList<QWidget *> present;
        for (QWidget *page : group.pages)
            if (page && m_stack->indexOf(page) >= 0)
                present.append(page);
        if (present.isEmpty())
            continue;
        // Compact: a gap between the groups; with names: the group's name over them.
        auto *header = new QListWidgetItem(m_compact ? QString() : group.title.toUpper(), this);
        header->setFlags(Qt::NoItemFlags);
        header->setData(Qt::AccessibleTextRole, group.title);
        header->setFont(headerFont);
        header->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
        const int gap = count() > 1 ? 10 : 2;
        header->setSizeHint(QSize(0, m_compact ? gap : headerMetrics.height() + gap + 4));
        header->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
        if (!m_compact)
            widest = std::max(widest, headerMetrics.horizontalAdvance(header->text()));
        for (QWidget *page : std::as_const(present)) {
            const int index = m_stack->indexOf(page);
            const QString title = m_stack->tabText(index);
            auto *item
                = new QListWidgetItem(m_stack->tabIcon(index), m_compact ? QString() : title, this);
            item->setData(kPageRole, QVariant::fromValue(static_cast<QObject *>(page)));
            const QString tip = m_stack->tabToolTip(index);
            item->setToolTip(m_compact ? (tip.isEmpty() ? title : title + u'\n' + tip) : tip);
            item->setData(Qt::AccessibleTextRole, title);
            item->setSizeHint(QSize(0, rowHeight));
            if (!m_compact)
                widest = std::max(widest, fm.horizontalAdvance(title) + kIconSize + 8);
        }
    }
    auto *spacer = new QListWidgetItem(this);
    spacer->setFlags(Qt::NoItemFlags);
    spacer->setSizeHint(QSize(0, 10));
    const QString switchText = m_compact ? tr("Show page names") : tr("Hide page names");
    auto *toggle = new QListWidgetItem(m_compact ? u"»"_s : u"«  "_s + tr("Icons only"), this);
    toggle->setData(kSwitchRole, true);
    toggle->setFlags(Qt::ItemIsEnabled);
    toggle->setToolTip(switchText);
    toggle->setData(Qt::AccessibleTextRole, switchText);
    toggle->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
    toggle->setSizeHint(QSize(0, rowHeight));
    if (m_compact)
        toggle->setTextAlignment(Qt::AlignCenter);
    else
        widest = std::max(widest, fm.horizontalAdvance(toggle->text()));
    // Icons only: the icon and the view's item margins; with names: the longest name too.
    const int width = widest + 2 * frameWidth() + (m_compact ? 22 : 30);
    if (width != m_width) {
        m_width = width;
        updateGeometry();
    }
}

QWidget *PageNavigator::pageAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? qobject_cast<QWidget *>(it->data(kPageRole).value<QObject *>()) : nullptr;
}

int PageNavigator::rowOf(const QWidget *page) const
{
    for (int row = 0; row < count(); ++row)
        if (page && pageAt(row) == page)
            return row;
    return -1;
}

QSize PageNavigator::sizeHint() const
{
    return { m_width, QListWidget::sizeHint().height() };
}

QSize PageNavigator::minimumSizeHint() const
{
    return { m_width, 0 };
}

void PageNavigator::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // Another font or palette: the widths and the header colour follow.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_shown.clear();
        refresh();
    }
}

void PageNavigator::followStack()
{
    if (!m_stack)
        return;
    const int row = rowOf(m_stack->currentWidget());
    if (row < 0 || row == currentRow())
        return;
    const QSignalBlocker block(this);
    setCurrentRow(row);
}
