// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The grouped page list at the side of a room's console: it lists the pages its tab widget
// holds, grouped, with headers the keyboard skips; it and the tab widget follow each other;
// names can be shown or hidden, and every navigator follows that choice.

#include "gui/widgets/pagenavigator.h"
#include "guitest.h"

#include <QIcon>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Pages
{
    Pages()
    {
        for (const QString &name :
             { u"Console"_s, u"Chat"_s, u"Camera"_s, u"Settings"_s, u"Server"_s }) {
            auto *page = new QWidget;
            page->setObjectName(name);
            pages.append(page);
            tabs.addTab(page, QIcon(), name);
        }
        navigator.setGroups({ { u"Meeting"_s, { pages[0], pages[1], pages[2] } },
                              { u"Room"_s, { pages[3] } },
                              { u"System"_s, { pages[4] } } });
    }

    //! The accessible texts of the rows, "[Header]" for a header, "»" for the switch.
    QStringList rows() const
    {
        QStringList out;
        for (int row = 0; row < navigator.count(); ++row) {
            const QListWidgetItem *item = navigator.item(row);
            const QString text = item->data(Qt::AccessibleTextRole).toString();
            if (navigator.pageAt(row))
                out << text;
            else if (item->flags() == Qt::NoItemFlags && !text.isEmpty())
                out << u'[' + text + u']';
            else if (item->flags() != Qt::NoItemFlags)
                out << u"»"_s;
        }
        return out;
    }

    QTabWidget tabs;
    QList<QWidget *> pages;
    QWidget window; //!< the navigator's parent, shown by the tests that type
    PageNavigator navigator { &tabs, &window };
};

} // namespace

class tst_PageNavigator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::initSettings(u"tst_pagenavigator"_s); }
    void init() { QSettings().remove(u"pages"_s); }
    void listsThePagesGrouped();
    void followsTheTabWidgetAndDrivesIt();
    void arrowKeysSkipTheHeaders();
    void namesShownOrHiddenEverywhere();
};

void tst_PageNavigator::listsThePagesGrouped()
{
    Pages p;
    QVERIFY(p.tabs.tabBar()->isHidden());
    QCOMPARE(p.rows(),
             QStringList({ u"[Meeting]"_s, u"Console"_s, u"Chat"_s, u"Camera"_s, u"[Room]"_s,
                           u"Settings"_s, u"[System]"_s, u"Server"_s, u"»"_s }));
    // A page the tab widget no longer holds goes, and a group left empty with it.
    p.tabs.removeTab(p.tabs.indexOf(p.pages[4]));
    p.navigator.refresh();
    QCOMPARE(p.rows(),
             QStringList({ u"[Meeting]"_s, u"Console"_s, u"Chat"_s, u"Camera"_s, u"[Room]"_s,
                           u"Settings"_s, u"»"_s }));
    // A new title shows after refresh().
    p.tabs.setTabText(p.tabs.indexOf(p.pages[1]), u"Chat (2)"_s);
    p.navigator.refresh();
    QCOMPARE(p.rows().at(2), u"Chat (2)"_s);
    // Compact: the title is in the tooltip, not on the row.
    QVERIFY(p.navigator.isCompact());
    QCOMPARE(p.navigator.item(2)->text(), QString());
    QCOMPARE(p.navigator.item(2)->toolTip(), u"Chat (2)"_s);
    // One page left: nothing to choose, the list hides.
    for (int i = 1; i < 4; ++i)
        p.tabs.removeTab(p.tabs.indexOf(p.pages[i]));
    p.navigator.refresh();
    QVERIFY(p.navigator.isHidden());
}

void tst_PageNavigator::followsTheTabWidgetAndDrivesIt()
{
    Pages p;
    p.tabs.setCurrentWidget(p.pages[3]);
    QCOMPARE(p.navigator.currentRow(), p.navigator.rowOf(p.pages[3]));
    p.navigator.setCurrentRow(p.navigator.rowOf(p.pages[1]));
    QCOMPARE(p.tabs.currentWidget(), p.pages[1]);
    // A rebuild keeps the page the operator is on.
    p.tabs.setTabText(p.tabs.indexOf(p.pages[0]), u"Konsole"_s);
    p.navigator.refresh();
    QCOMPARE(p.navigator.currentRow(), p.navigator.rowOf(p.pages[1]));
    QCOMPARE(p.tabs.currentWidget(), p.pages[1]);
}

void tst_PageNavigator::arrowKeysSkipTheHeaders()
{
    Pages p;
    p.window.resize(240, 480);
    p.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.window));
    p.navigator.setFocus();
    p.tabs.setCurrentWidget(p.pages[2]); // Camera, the last of "Meeting"
    QTest::keyClick(&p.navigator, Qt::Key_Down);
    QCOMPARE(p.tabs.currentWidget(), p.pages[3]); // Settings: past the "Room" header
    QTest::keyClick(&p.navigator, Qt::Key_Up);
    QCOMPARE(p.tabs.currentWidget(), p.pages[2]);
    p.tabs.setCurrentWidget(p.pages[0]);
    QTest::keyClick(&p.navigator, Qt::Key_Up); // nothing above but the header
    QCOMPARE(p.tabs.currentWidget(), p.pages[0]);
}

void tst_PageNavigator::namesShownOrHiddenEverywhere()
{
    Pages a;
    Pages b;
    QVERIFY(a.navigator.isCompact());
    const int compactWidth = a.navigator.sizeHint().width();
    // Enter on the switch row shows the names, in both navigators, and it is remembered.
    a.window.resize(240, 480);
    a.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&a.window));
    a.navigator.setFocus();
    a.navigator.setCurrentRow(a.navigator.count() - 1);
    QTest::keyClick(&a.navigator, Qt::Key_Return);
    QVERIFY(!a.navigator.isCompact());
    QVERIFY(!b.navigator.isCompact());
    QCOMPARE(b.navigator.item(b.navigator.rowOf(b.pages[3]))->text(), u"Settings"_s);
    QVERIFY(a.navigator.sizeHint().width() > compactWidth);
    QCOMPARE(QSettings().value(u"pages/compactNavigator"_s).toBool(), false);
    // A new navigator starts as the operator left them.
    Pages c;
    QVERIFY(!c.navigator.isCompact());
    c.navigator.setCompact(true);
    QVERIFY(a.navigator.isCompact());
}

QTEST_MAIN(tst_PageNavigator)
#include "tst_pagenavigator.moc"
