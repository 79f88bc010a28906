// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The Chat page in front of the strict simulator: sending to everyone (Enter) and to one
// participant (Send), the outcome of each send (a failed one marked with its reason), the
// unread count in the tab title until the page is read, nothing scrolled away while the
// operator reads older messages, and room texts shown as plain text.

#include "core/models/chatstate.h"
#include "core/models/participantlistmodel.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "gui/pages/chatpage.h"
#include "guitest.h"
#include "sim/simchat.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

const QString kLea = u"lea.muller@video.example.net"_s;
const QString kMia = u"mia@video.example.net"_s;

struct ChatFixture
{
    Fixture f;
    ChatPage *page = nullptr;
    ChatState *chat = nullptr;
    QTabWidget *tabs = nullptr;

    bool open()
    {
        if (!f.connect(Room::Role::User))
            return false;
        RoomConsole *console = f.window->console();
        page = console->findChild<ChatPage *>();
        chat = console->session()->chat();
        tabs = find<QTabWidget>(console, "pageTabWidget");
        f.window->activateWindow();
        return page && chat && QTest::qWaitForWindowActive(f.window.get());
    }

    bool joinConference()
    {
        f.window->console()->placeCall(u"\\c\\weekly_sync"_s);
        return QTest::qWaitFor([this] { return chat->inGroupConference(); }, kTimeout)
            && f.sim->simulateParticipantJoin(kLea, u"Lea Müller"_s)
            && f.sim->simulateParticipantJoin(kMia, u"Mia"_s)
            && QTest::qWaitFor([this] { return box()->count() >= 3; }, kTimeout);
    }

    QComboBox *box() const { return find<QComboBox>(page, "chatRecipientBox"); }
    QLineEdit *edit() const { return find<QLineEdit>(page, "chatMessageEdit"); }
    QPushButton *sendButton() const { return find<QPushButton>(page, "chatSendButton"); }
    QString outcome() const { return labelText(page, "chatOutcomeLabel"); }
    QString tabTitle() const { return tabs->tabText(tabs->indexOf(page)); }
    int historySize(const QString &chatId) const
    {
        return int(f.sim->chat().history(chatId).size());
    }
};

} // namespace

class tst_ChatPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsToEveryoneAndToOne();
    void failedSendIsMarked();
    void unreadCountInTheTabTitle();
    void readingOlderMessagesIsNotDisturbed();
    void idleRoomSaysWhyNothingGoes();
};

void tst_ChatPage::initTestCase()
{
    initSettings(u"tst_chatpage"_s);
}

void tst_ChatPage::sendsToEveryoneAndToOne()
{
    ChatFixture c;
    QVERIFY(c.open());
    QVERIFY(c.joinConference());
    // A conference starting shows the console page; the operator turns to the chat.
    QVERIFY(c.f.window->console()->showPage(u"chat"_s));

    // Everyone first, then the participants by name (the room itself is not offered).
    QCOMPARE(c.box()->itemText(0), u"Everyone"_s);
    QCOMPARE(c.page->recipient(), QString());
    QStringList names;
    for (int i = 1; i < c.box()->count(); ++i)
        names << c.box()->itemText(i);
    QVERIFY(names.contains(u"Lea Müller"_s));
    QVERIFY(names.contains(u"Mia"_s));
    QVERIFY(!names.contains(u"Room 101"_s));

    // Enter sends to everyone.
    QVERIFY(!c.sendButton()->isEnabled()); // nothing typed yet
    c.edit()->setFocus();
    QTest::keyClicks(c.edit(), u"Good morning"_s);
    QVERIFY(c.sendButton()->isEnabled());
    QTest::keyClick(c.edit(), Qt::Key_Return);
    QTRY_COMPARE(c.outcome(), u"Sent to Everyone."_s);
    QCOMPARE(c.edit()->text(), QString());
    QCOMPARE(c.historySize(c.f.sim->conferenceId()), 1);

    // Send to Lea only.
    const ParticipantListModel *p = c.f.window->console()->session()->participants();
    QVERIFY(c.page->chooseRecipient(p->participant(p->rowOf(kLea)).peerId));
    QTest::keyClicks(c.edit(), u"<b>Just you</b>"_s);
    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTRY_COMPARE(c.outcome(), u"Sent to Lea Müller."_s);
    QCOMPARE(c.historySize(kLea), 1);
    QCOMPARE(c.historySize(c.f.sim->conferenceId()), 1);

    // Two own messages, each shown once, the markup as typed (plain text).
    const auto *view = find<QListView>(c.page, "chatMessageView");
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(1, 0).data().toString(), u"<b>Just you</b>"_s);
    QVERIFY(view->model()->index(1, 0).data(ChatMessageModel::OwnRole).toBool());
    saveShot(c.f.window.get(), u"chatpage-sent"_s);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_ChatPage::failedSendIsMarked()
{
    ChatFixture c;
    QVERIFY(c.open());
    QVERIFY(c.joinConference());
    // A conference starting shows the console page; the operator turns to the chat.
    QVERIFY(c.f.window->console()->showPage(u"chat"_s));
    c.f.sim->setReplyDelay(u"sendGroupMessage"_s, -1); // the reply never comes
    QTest::keyClicks(c.edit(), u"Hello?"_s);
    QTest::keyClick(c.edit(), Qt::Key_Return);
    QCOMPARE(c.outcome(), u"Sending to Everyone…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(c.outcome().startsWith(u"Not sent to Everyone: "_s), kTimeout);
    const ChatMessage &m = c.chat->messages()->message(0);
    QCOMPARE(m.delivery, ChatMessage::Delivery::Failed);
    QVERIFY(!m.error.isEmpty());
    QVERIFY(c.outcome().endsWith(m.error));
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_ChatPage::unreadCountInTheTabTitle()
{
    ChatFixture c;
    QVERIFY(c.open());
    QVERIFY(c.joinConference());
    QVERIFY(c.f.window->console()->showPage(u"console"_s));
    QCOMPARE(c.tabTitle(), u"Chat"_s);

    QVERIFY(c.f.sim->simulateIncomingGroupChat(kLea, u"Can you hear us?"_s, u"Lea Müller"_s));
    QTRY_COMPARE(c.tabTitle(), u"Chat (1)"_s);
    QVERIFY(c.f.sim->simulateIncomingChat(kMia, u"Psst"_s, u"Mia"_s));
    QTRY_COMPARE(c.tabTitle(), u"Chat (2)"_s);
    QCOMPARE(c.chat->latestUnread(), u"Mia: Psst"_s);
    saveShot(c.f.window.get(), u"chatpage-unread"_s);

    // Not read while the window is not active, even with the page shown.
    QApplication::setActiveWindow(nullptr);
    QTRY_VERIFY(!c.f.window->isActiveWindow());
    QVERIFY(c.f.window->console()->showPage(u"chat"_s));
    QCOMPARE(c.chat->unreadCount(), 2);
    QCOMPARE(c.tabTitle(), u"Chat (2)"_s);

    // Shown in the active window: read.
    QApplication::setActiveWindow(c.f.window.get());
    QTRY_COMPARE(c.chat->unreadCount(), 0);
    QCOMPARE(c.tabTitle(), u"Chat"_s);

    // A message while the page is being read is read at once.
    QVERIFY(c.f.sim->simulateIncomingGroupChat(kLea, u"Thanks"_s, u"Lea Müller"_s));
    QTRY_COMPARE(c.chat->messages()->rowCount(), 3);
    QCOMPARE(c.chat->unreadCount(), 0);
    QCOMPARE(c.tabTitle(), u"Chat"_s);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_ChatPage::readingOlderMessagesIsNotDisturbed()
{
    ChatFixture c;
    QVERIFY(c.open());
    QVERIFY(c.joinConference());
    // A conference starting shows the console page; the operator turns to the chat.
    QVERIFY(c.f.window->console()->showPage(u"chat"_s));
    for (int i = 0; i < 60; ++i)
        QVERIFY(c.f.sim->simulateIncomingGroupChat(kLea, u"Line %1"_s.arg(i)));
    auto *view = find<QListView>(c.page, "chatMessageView");
    QTRY_COMPARE(view->model()->rowCount(), 60);
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // followed the conversation

    // The operator scrolls up: a new message neither moves the view nor the field.
    auto *button = find<QPushButton>(c.page, "newMessagesButton");
    QVERIFY(!button->isVisible());
    bar->setValue(0);
    const QPoint editAt = c.edit()->mapTo(c.f.window.get(), QPoint());
    QVERIFY(c.f.sim->simulateIncomingGroupChat(kLea, u"Newest"_s));
    QTRY_COMPARE(view->model()->rowCount(), 61);
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(bar->value(), 0);
    QCOMPARE(c.edit()->mapTo(c.f.window.get(), QPoint()), editAt);

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(!button->isVisible());
    QCOMPARE(c.edit()->mapTo(c.f.window.get(), QPoint()), editAt);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

void tst_ChatPage::idleRoomSaysWhyNothingGoes()
{
    ChatFixture c;
    QVERIFY(c.open());
    QVERIFY(c.f.window->console()->showPage(u"chat"_s));
    QCOMPARE(c.box()->count(), 0);
    QVERIFY(!c.box()->isEnabled());
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY(!c.sendButton()->toolTip().isEmpty());
    QVERIFY(c.edit()->isReadOnly());
    QTest::keyClicks(c.edit(), u"Hi"_s);
    QTest::keyClick(c.edit(), Qt::Key_Return);
    QVERIFY(c.f.roundTrip());
    QCOMPARE(c.f.sim->receivedMethods().count(u"sendMessage"_s), 0);
    QCOMPARE(c.f.sim->receivedMethods().count(u"sendGroupMessage"_s), 0);
    QCOMPARE(c.f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_ChatPage)
#include "tst_chatpage.moc"
