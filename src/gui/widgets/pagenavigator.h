// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QList>
#include <QListWidget>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTabWidget;

//! The pages of a room, grouped, as a list at the side: "Meeting" (console, chat, camera,
//! content), "Room" (screen, branding, settings, ...), "System" (server, security, ...). It
//! drives a QTabWidget whose own tab bar is hidden, so pages stay where they are (tests and
//! Ctrl+Tab still use the tab widget) and a dozen pages never scroll out of sight as tabs do.
//!
//! Only the pages the tab widget holds are listed (a page the role does not allow is not
//! there), each with its tab's title, icon and tooltip; a group with none of its pages is left
//! out. Group titles are headers: not selectable, skipped by the arrow keys. Call refresh()
//! after pages come or go or a title changes.
//!
//! Compact (the default, so the console keeps its width): icons only, each page's title in its
//! tooltip and accessible name, the groups apart by a gap. The last row switches between that
//! and icons with names; the choice is the operator's, kept in QSettings and shared by every
//! navigator of the program.
class PageNavigator final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageNavigator)

public:
    struct Group
    {
        QString title;
        QList<QWidget *> pages; //!< in the order they are listed
    };

    explicit PageNavigator(QTabWidget *stack, QWidget *parent = nullptr);
    ~PageNavigator() override;

    void setGroups(const QList<Group> &groups);
    //! Lists the pages the tab widget holds now, with their current titles.
    void refresh();
    //! The page listed in `row` (nullptr for a header, the switch or an invalid row).
    QWidget *pageAt(int row) const;
    //! The row that lists `page`; -1 when it is not listed.
    int rowOf(const QWidget *page) const;

    bool isCompact() const { return m_compact; }
    //! Icons only (true) or icons with names; every navigator follows, and it is remembered.
    void setCompact(bool compact);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void followStack();
    void applyCompact(bool compact);

    QPointer<QTabWidget> m_stack;
    QList<Group> m_groups;
    QStringList m_shown; //!< what the list was built from (pages, titles, tooltips)
    int m_width = 0;
    bool m_compact = true;
};
