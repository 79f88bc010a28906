// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The connect dialog knows the agent (issue 17, item 5): an operator who types a
// roomdeck-agent's address gets its rooms offered, and choosing one sets the instance. A real
// RoomAgent in front of three simulators; offscreen, run at scale 1 and 2 (see CMakeLists).
#include "agentclienttest.h"
#include "gui/dialogs/connectdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentClientTest::Fleet;

namespace {

template<typename W> W *child(QWidget *root, const char *name)
{
    W *w = root->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

//! True when `w` is shown whole inside `root`.
bool inside(QWidget *root, QWidget *w)
{
    return w->isVisible() && root->rect().contains(QRect(w->mapTo(root, QPoint(0, 0)), w->size()));
}

} // namespace

class tst_AgentConnectDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheAgentsRooms();
    void notAnAgentSaysWhy();
    void onlyForHostAndPort();

private:
    std::unique_ptr<Fleet> m_fleet;
};

void tst_AgentConnectDialog::init()
{
    m_fleet = std::make_unique<Fleet>();
    QVERIFY(m_fleet->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->allUp(), 10000);
}

void tst_AgentConnectDialog::cleanup()
{
    m_fleet.reset();
}

void tst_AgentConnectDialog::offersTheAgentsRooms()
{
    // One room is down: the list says so.
    m_fleet->sims[2]->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fleet->agent->fleet().rooms().at(2)->facts().up, 10000);

    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *address = child<QLineEdit>(&dialog, "addressEdit");
    auto *instance = child<QLineEdit>(&dialog, "instanceEdit");
    auto *button = child<QPushButton>(&dialog, "agentRoomsButton");
    auto *combo = child<QComboBox>(&dialog, "agentRoomCombo");
    auto *status = child<QLabel>(&dialog, "agentStatusLabel");
    QVERIFY(!button->isEnabled()); // no address yet
    QVERIFY(!combo->isVisible());
    QVERIFY(!status->isVisible());

    address->setText(m_fleet->address());
    QVERIFY(button->isEnabled());
    QVERIFY(inside(&dialog, button));
    // Keyboard: Tab from the instance field reaches the button, Space asks the agent.
    QVERIFY(button->text().contains(u'&')); // and it has a mnemonic (Alt+G in English)
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    instance->setFocus(Qt::TabFocusReason);
    QTest::keyClick(instance, Qt::Key_Tab);
    QVERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);
    // Asynchronous: the dialog keeps working while the agent is asked.
    QVERIFY(!button->isEnabled());
    QVERIFY(status->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.agentRoomCount(), 3, 10000);
    QVERIFY(button->isEnabled());
    QVERIFY(inside(&dialog, combo));
    QVERIFY(combo->hasFocus());
    QCOMPARE(combo->currentIndex(), -1); // nothing chosen for the operator
    QVERIFY(instance->text().isEmpty());
    QCOMPARE(combo->itemText(0), u"Room A — HQ — up"_s);
    QCOMPARE(combo->itemText(1), u"Room B — HQ — up"_s);
    QCOMPARE(combo->itemText(2), u"Room C — HQ — down"_s);
    QVERIFY(combo->itemData(1, Qt::ToolTipRole).toString().contains(u"room2@sim.trueconf.local"_s));
    QVERIFY(status->text().contains(u'3'));

    // Keyboard: Down chooses the first room, and the instance follows.
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(instance->text(), u"Room-A"_s); // the relay's instance for "Room A"
    combo->setCurrentIndex(1);
    QCOMPARE(instance->text(), u"Room-B"_s);
    QVERIFY(dialog.isInputValid());
    QCOMPARE(dialog.address().instance, u"Room-B"_s);
    QCOMPARE(dialog.address().configUrl().toString(QUrl::FullyEncoded),
             u"http://%1/public/Room-B/config.json"_s.arg(m_fleet->address()));
    const ConnectionRequest request = dialog.request();
    QCOMPARE(request.instance, u"Room-B"_s);
    QCOMPARE(request.name, u"Room B"_s); // the label for Recent rooms, when none was typed
    QCOMPARE(request.savedRoom().instance, u"Room-B"_s);

    const QString shots = qEnvironmentVariable("ROOMDECK_SHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots
                           + u"/connect-dialog-agent-%1x.png"_s.arg(dialog.devicePixelRatio()));

    // Another address: the list belonged to the old one.
    address->setText(u"127.0.0.1:%1"_s.arg(m_fleet->sims[0]->webPort()));
    QCOMPARE(dialog.agentRoomCount(), 0);
    QVERIFY(!combo->isVisible());
    QCOMPARE(instance->text(), u"Room-B"_s); // what the operator chose stays
}

void tst_AgentConnectDialog::notAnAgentSaysWhy()
{
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *button = child<QPushButton>(&dialog, "agentRoomsButton");
    auto *status = child<QLabel>(&dialog, "agentStatusLabel");
    child<QLineEdit>(&dialog, "addressEdit")
        ->setText(u"127.0.0.1:%1"_s.arg(m_fleet->sims[0]->webPort()));
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QVERIFY2(status->text().contains(u"not a roomdeck-agent"_s), qPrintable(status->text()));
    QVERIFY(inside(&dialog, status));
    QCOMPARE(dialog.agentRoomCount(), 0);
    QVERIFY(!child<QComboBox>(&dialog, "agentRoomCombo")->isVisible());
    // The room address itself stays fine to connect to.
    QVERIFY(dialog.isInputValid());
}

void tst_AgentConnectDialog::onlyForHostAndPort()
{
    ConnectDialog dialog;
    auto *address = child<QLineEdit>(&dialog, "addressEdit");
    auto *button = child<QPushButton>(&dialog, "agentRoomsButton");
    address->setText(u"ws://127.0.0.1:8765"_s);
    QVERIFY(!button->isEnabled());
    address->setText(u"127.0.0.1:99999"_s);
    QVERIFY(!button->isEnabled());
    // A wrong instance does not stop the question: the agent is asked by host and port.
    address->setText(m_fleet->address());
    child<QLineEdit>(&dialog, "instanceEdit")->setText(u"bad/name"_s);
    QVERIFY(!dialog.isInputValid());
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(tst_AgentConnectDialog)
#include "tst_agentconnectdialog.moc"
