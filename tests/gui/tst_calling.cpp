// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The console's calling extras against the strict simulator: the favourites panel (add from
// the dial field, call), the address book's "Add to Favourites", dial completion from
// favourites and the address book, Create Conference, do not disturb (menu, header, room
// list, the declined call logged), and a protected conference's password asked through the
// presenter and never kept.

#include "core/models/callpolicy.h"
#include "core/models/eventlogmodel.h"
#include "core/models/favourites.h"
#include "core/models/peerlistmodel.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomcalling.h"
#include "gui/dialogs/createconferencedialog.h"
#include "gui/panels/dialcompletion.h"
#include "gui/panels/dialpanel.h"
#include "gui/panels/favouritespanel.h"
#include "guitest.h"
#include "sim/simdatacontainers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

RoomSimulator::Options quick()
{
    RoomSimulator::Options options;
    options.ringDelayMs = 50;
    options.serverDelayMs = 10;
    return options;
}

bool logged(const EventLogModel *log, const QString &text)
{
    for (int i = 0; i < log->rowCount(); ++i)
        if (log->entry(i).text.contains(text))
            return true;
    return false;
}

} // namespace

class TestCalling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void favouritesPanelAddsAndCalls();
    void dialCompletesFromEverySource();
    void createConferenceFromTheDialog();
    void doNotDisturbIsShownAndDeclines();
    void protectedConferenceAsksForThePassword();
};

void TestCalling::initTestCase()
{
    initSettings(u"tst_calling"_s);
}

void TestCalling::favouritesPanelAddsAndCalls()
{
    Fixture f(quick());
    QVERIFY(f.connect());
    RoomConsole *console = f.window->console();
    FavouritesPanel *panel = console->calling()->favouritesPanel();
    Favourites *favourites = console->session()->favourites();
    QAbstractItemModelTester tester(favourites,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(favourites->isLoaded());
    QVERIFY(panel->isVisible());

    // From the dial field.
    find<QLineEdit>(f.window.get(), "dialEdit")->setText(u"user0003@sim.trueconf.local"_s);
    QTRY_VERIFY(panel->addAction()->isEnabled());
    panel->addAction()->trigger();
    QTRY_COMPARE(favourites->rowCount(), 1);
    QVERIFY(!panel->addAction()->isEnabled()); // already there

    // From the address book's context menu action (acts on the current contact).
    auto *book = find<QListView>(f.window.get(), "peerView");
    book->setCurrentIndex(book->model()->index(0, 0));
    const QString contact = book->currentIndex().data(PeerListModel::PeerIdRole).toString();
    console->calling()->addToFavouritesAction()->trigger();
    QTRY_COMPARE(favourites->rowCount(), 2);
    QVERIFY(favourites->contains(contact));

    // Move, rename (asked through the presenter), call.
    panel->view()->setCurrentIndex(favourites->index(1));
    QVERIFY(panel->moveUpAction()->isEnabled());
    panel->moveUpAction()->trigger();
    QTRY_COMPARE(favourites->entries().first().id, contact);
    QTRY_COMPARE(panel->currentId(), contact);
    f.presenter->textAnswers = { u"Front desk"_s };
    panel->renameAction()->trigger();
    QTRY_COMPARE(favourites->entries().first().label, u"Front desk"_s);

    QSignalSpy requested(panel, &FavouritesPanel::callRequested);
    panel->view()->setCurrentIndex(favourites->index(1));
    QVERIFY(panel->callAction()->isEnabled());
    panel->callAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"user0003@sim.trueconf.local"_s);
    QTRY_VERIFY(f.sim->receivedMethods().contains(u"call"_s));
    saveShot(f.window.get(), u"calling-favourites"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestCalling::dialCompletesFromEverySource()
{
    Fixture f(quick());
    QVERIFY(f.connect());
    RoomConsole *console = f.window->console();
    QVERIFY(f.sim->dataContainers().save(
        Favourites::kContainer,
        u"{\"version\":1,\"favourites\":[{\"id\":\"\\\\c\\\\weekly\",\"label\":\"Weekly sync\"}]}"_s));
    QTRY_COMPARE(console->session()->favourites()->rowCount(), 1);
    auto *dial = find<DialPanel>(f.window.get(), "dialPanel");
    dial->completionModel()->rebuild();
    QCompleter *completer = dial->completer();
    const auto matches = [completer](const QString &prefix) {
        completer->setCompletionPrefix(prefix);
        QStringList ids;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            ids << completer->pathFromIndex(completer->currentIndex());
        return ids;
    };
    // A favourite by its label, any case, anywhere in it.
    QCOMPARE(matches(u"SYNC"_s), QStringList({ u"\\c\\weekly"_s }));
    // A contact by name and by id.
    const Contact c = console->session()->addressBook()->contact(2);
    const QString namePart = c.peerDn.split(u' ').constLast().toLower();
    QVERIFY2(
        matches(namePart).contains(c.peerId),
        qPrintable(namePart + u" -> "_s + matches(namePart).join(u","_s) + u" / "_s + c.peerId));
    QVERIFY(matches(c.peerId.left(8).toUpper()).contains(c.peerId));
    // The dial history still completes; each id once.
    dial->rememberTarget(u"zed@elsewhere.example"_s);
    dial->completionModel()->rebuild(); // else on the next event-loop turn
    QCOMPARE(matches(u"zed@"_s), QStringList({ u"zed@elsewhere.example"_s }));
    dial->rememberTarget(c.peerId);
    dial->completionModel()->rebuild();
    QCOMPARE(matches(c.peerId).count(c.peerId), 1);
    // More sources can join (the room's recents at merge).
    QStringListModel extra({ u"recent@sim.trueconf.local"_s });
    dial->addCompletionSource(&extra, Qt::DisplayRole);
    QCOMPARE(matches(u"recent"_s), QStringList({ u"recent@sim.trueconf.local"_s }));
}

void TestCalling::createConferenceFromTheDialog()
{
    Fixture f(quick());
    QVERIFY(f.connect());
    RoomConsole *console = f.window->console();
    QAction *create = console->calling()->createConferenceAction();
    QVERIFY(console->roomActions().contains(create));
    QTRY_VERIFY(create->isEnabled());
    create->trigger();
    auto *dialog = f.window->findChild<CreateConferenceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!find<QWidget>(dialog, "createButton")->isEnabled()); // no title yet
    dialog->setTitle(u"Budget review"_s);
    dialog->setType(Room::ConferenceType::RoleBased);
    const Contact c = console->session()->addressBook()->contact(3);
    dialog->setSearch(c.peerDn.left(4).toLower());
    QVERIFY(dialog->visibleParticipantCount() >= 1);
    QVERIFY(dialog->setInvited(c.peerId, true));
    QCOMPARE(dialog->invitees(), QStringList({ c.peerId }));
    saveShot(dialog, u"calling-create-conference"_s);
    dialog->accept();
    QTRY_VERIFY(!f.sim->conferenceId().isEmpty());
    QTRY_COMPARE(console->session()->call()->conferenceTitle(), u"Budget review"_s);
    QVERIFY(logged(console->eventLog(), u"Budget review"_s));
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestCalling::doNotDisturbIsShownAndDeclines()
{
    Fixture f(quick());
    QVERIFY(f.connect());
    RoomConsole *console = f.window->console();
    QAction *dnd = console->calling()->doNotDisturbAction();
    QVERIFY(console->callActions().contains(dnd));
    QTRY_VERIFY(dnd->isEnabled());
    QLabel *indicator = console->calling()->doNotDisturbIndicator();
    QVERIFY(!indicator->isVisible());
    dnd->trigger();
    QTRY_VERIFY(dnd->isChecked());
    QTRY_VERIFY(indicator->isVisible());
    const QModelIndex row = f.window->rooms()->index(0);
    QTRY_VERIFY(row.data(RoomSessionList::DoNotDisturbRole).toBool());
    saveShot(f.window.get(), u"calling-dnd"_s);

    QVERIFY(f.sim->simulateIncomingCall(u"maria@sim.trueconf.local"_s, u"Maria Garcia"_s));
    QTRY_VERIFY(
        logged(console->eventLog(), u"Declined Maria Garcia's call: Do not disturb is on"_s));
    QTRY_COMPARE(f.sim->appState(), 3);

    dnd->trigger();
    QTRY_VERIFY(!dnd->isChecked());
    QTRY_VERIFY(!indicator->isVisible());
    QVERIFY(!row.data(RoomSessionList::DoNotDisturbRole).toBool());
    QCOMPARE(f.sim->violations(), QStringList());
}

void TestCalling::protectedConferenceAsksForThePassword()
{
    Fixture f(quick());
    f.sim->protectConference(u"board"_s, u"2468"_s);
    QVERIFY(f.connect());
    RoomConsole *console = f.window->console();
    QSignalSpy calls(f.sim.get(), &RoomSimulator::requestReceived);
    f.presenter->secretAnswers = { u"1111"_s, u"2468"_s };
    console->placeCall(u"\\c\\board"_s);
    QTRY_VERIFY(!f.sim->conferenceId().isEmpty());
    QCOMPARE(f.presenter->asked.count(u"Conference Password"_s), 2);
    QStringList pins;
    for (const QList<QVariant> &a : std::as_const(calls))
        if (a.at(0).toString() == u"call"_s)
            pins << a.at(1).toJsonObject().value(u"pin"_s).toString(u"-"_s);
    QCOMPARE(pins, QStringList({ u"-"_s, u"1111"_s, u"2468"_s }));

    // Never kept: not in the settings (dial history included), not in the log.
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"2468"_s)
                     && !settings.value(key).toStringList().join(u' ').contains(u"2468"_s),
                 qPrintable(key));
    QVERIFY(
        !find<DialPanel>(f.window.get(), "dialPanel")->history().join(u' ').contains(u"2468"_s));
    for (int i = 0; i < console->eventLog()->rowCount(); ++i) {
        const auto &e = console->eventLog()->entry(i);
        QVERIFY(!e.text.contains(u"2468"_s) && !e.rawJson.contains("2468"));
    }
    // Another console on the room does not ask: it did not dial.
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_MAIN(TestCalling)
#include "tst_calling.moc"
