// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The Content and Licence pages in front of the strict simulator: NDI switched and devices
// made from the page, slides added through the presenter (an unusable file says why and
// sends nothing), the current slide marked, the broadcast picture, a Free room's "needs
// PRO", and the update with its progress bar and cancel.

#include "core/models/appupdate.h"
#include "core/models/contentshare.h"
#include "core/models/ndistate.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "guitest.h"
#include "sim/simappupdate.h"
#include "sim/simcontentshare.h"
#include "sim/simlicence.h"
#include "sim/simndi.h"
#include "testimages.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

bool openPage(Fixture &f, const QString &name, Room::Role role = Room::Role::Admin)
{
    if (!f.connect(role))
        return false;
    RoomSession *s = f.window->console()->session();
    return f.window->console()->showPage(name)
        && QTest::qWaitFor(
               [s] {
                   return s->ndi()->isKnown()
                       && s->appUpdate()->state() != AppUpdate::State::Unknown;
               },
               kTimeout);
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

class tst_ContentPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ndiFromThePage();
    void slidesFromThePage();
    void unusableSlideFileSaysWhyAndSendsNothing();
    void broadcastPictureFromThePage();
    void freeRoomSaysNeedsPro();
    void licencePageShowsTheRoom();
    void updateProgressAndCancel();
};

void tst_ContentPages::initTestCase()
{
    initSettings(u"tst_contentpages"_s);
}

void tst_ContentPages::ndiFromThePage()
{
    Fixture f;
    QVERIFY(openPage(f, u"content"_s, Room::Role::User));
    QWidget *page = f.window->console();
    auto *ndiSwitch = find<QCheckBox>(page, "ndiSwitch");
    auto *name = find<QLineEdit>(page, "ndiNameEdit");
    auto *create = find<QPushButton>(page, "ndiCreateButton");
    QVERIFY(!ndiSwitch->isChecked());
    QVERIFY(!name->isEnabled()); // NDI is off
    ndiSwitch->click();
    QTRY_VERIFY(f.sim->ndi().isEnabled());
    QTRY_VERIFY(name->isEnabled());
    QTest::keyClicks(name, u"stage"_s);
    QVERIFY(create->isEnabled());
    create->click();
    auto *devices = find<QListWidget>(page, "ndiDeviceList");
    QTRY_COMPARE(devices->count(), 2);
    QVERIFY(name->text().isEmpty());
    // Another controller adds one: shown live.
    QVERIFY(f.sim->ndi().addDevice(u"podium"_s));
    QTRY_COMPARE(devices->count(), 3);
    devices->setCurrentRow(1);
    find<QPushButton>(page, "ndiDeleteButton")->click();
    QTRY_COMPARE(f.sim->ndi().devices().size(), 2);
    QTRY_COMPARE(devices->count(), 2);
    saveShot(f.window.get(), u"content-ndi"_s);
    QCOMPARE(adminOnlyMethodsSent(*f.sim), QStringList());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::slidesFromThePage()
{
    Fixture f;
    QVERIFY(openPage(f, u"content"_s));
    QWidget *page = f.window->console();
    QTemporaryDir dir;
    const QString one = dir.filePath(u"Agenda.png"_s);
    const QString two = dir.filePath(u"Plan.jpg"_s);
    QVERIFY(TestImages::write(one, TestImages::png()));
    QVERIFY(TestImages::write(two, TestImages::jpeg()));
    f.presenter->openAnswers = { one, two };
    auto *add = find<QPushButton>(page, "slideAddButton");
    auto *slides = find<QListWidget>(page, "slideList");
    add->click();
    QTRY_COMPARE(slides->count(), 1);
    QTRY_VERIFY(add->isEnabled());
    add->click();
    QTRY_COMPARE(slides->count(), 2);
    auto *start = find<QPushButton>(page, "slideStartButton");
    auto *next = find<QPushButton>(page, "slideNextButton");
    auto *prev = find<QPushButton>(page, "slidePrevButton");
    QVERIFY(!next->isEnabled());
    slides->setCurrentRow(0);
    start->click();
    QTRY_VERIFY(f.sim->contentShare().isStarted());
    QTRY_VERIFY(slides->item(0)->text().contains(u"shown now"_s));
    QVERIFY(slides->item(0)->font().bold());
    QVERIFY(!prev->isEnabled());
    QTRY_VERIFY(next->isEnabled());
    next->click();
    QTRY_COMPARE(f.sim->contentShare().currentIndex(), 1);
    QTRY_VERIFY(slides->item(1)->text().contains(u"shown now"_s));
    QVERIFY(!slides->item(0)->font().bold());
    QVERIFY(!next->isEnabled()); // the last slide
    QCOMPARE(start->text(), u"Stop"_s);
    saveShot(f.window.get(), u"content-slides"_s);
    start->click();
    QTRY_VERIFY(!f.sim->contentShare().isStarted());
    QTRY_COMPARE(start->text(), u"Start"_s);
    QCOMPARE(texts(slides), QStringList({ u"Agenda.png"_s, u"Plan.jpg"_s }));
    slides->setCurrentRow(0);
    find<QPushButton>(page, "slideRemoveButton")->click();
    QTRY_COMPARE(slides->count(), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::unusableSlideFileSaysWhyAndSendsNothing()
{
    Fixture f;
    QVERIFY(openPage(f, u"content"_s));
    QWidget *page = f.window->console();
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.png"_s);
    QVERIFY(TestImages::write(text, "not a picture at all"));
    f.presenter->openAnswers = { text, dir.filePath(u"gone.png"_s) };
    auto *add = find<QPushButton>(page, "slideAddButton");
    add->click();
    QCOMPARE(labelText(page, "contentStatusLabel"), u"“notes.png” is not a PNG or JPEG picture"_s);
    add->click();
    QVERIFY(labelText(page, "contentStatusLabel").contains(u"gone.png"_s));
    QVERIFY(f.roundTrip());
    QCOMPARE(f.sim->receivedMethods().count(u"getTokenForHttpServer"_s), 0);
    QCOMPARE(f.sim->receivedMethods().count(u"addSlide"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::broadcastPictureFromThePage()
{
    Fixture f;
    QVERIFY(openPage(f, u"content"_s));
    QWidget *page = f.window->console();
    QTemporaryDir dir;
    const QString pic = dir.filePath(u"Break <b>.png"_s);
    QVERIFY(TestImages::write(pic, TestImages::png()));
    f.presenter->openAnswers = { pic };
    auto *stop = find<QPushButton>(page, "pictureStopButton");
    QVERIFY(!stop->isEnabled());
    find<QPushButton>(page, "pictureShowButton")->click();
    QTRY_VERIFY(f.sim->contentShare().isPictureRunning());
    QTRY_VERIFY(labelText(page, "pictureStateLabel").contains(u"Break <b>.png"_s));
    QCOMPARE(find<QLabel>(page, "pictureStateLabel")->textFormat(), Qt::PlainText);
    QTRY_VERIFY(stop->isEnabled());
    stop->click();
    QTRY_VERIFY(!f.sim->contentShare().isPictureRunning());
    QTRY_VERIFY(!stop->isEnabled());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::freeRoomSaysNeedsPro()
{
    RoomSimulator::Options options;
    options.proLicence = false;
    Fixture f(options);
    QVERIFY(openPage(f, u"content"_s));
    QWidget *page = f.window->console();
    QTRY_COMPARE(labelText(page, "ndiNoteLabel"), u"Needs a PRO licence"_s);
    QTRY_COMPARE(labelText(page, "slidesNoteLabel"), u"Needs a PRO licence"_s);
    QVERIFY(!find<QCheckBox>(page, "ndiSwitch")->isEnabled());
    QVERIFY(!find<QPushButton>(page, "slideAddButton")->isEnabled());
    saveShot(f.window.get(), u"content-free"_s);
    QVERIFY(f.window->console()->showPage(u"licence"_s));
    auto *features = find<QTreeWidget>(page, "licenceFeatureList");
    QTRY_COMPARE(features->topLevelItemCount(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(features->topLevelItem(i)->text(1), u"Needs a PRO licence"_s);
    // The licence becomes PRO on the room: the page follows.
    f.sim->licence().setPro(true);
    QTRY_COMPARE(features->topLevelItem(2)->text(1), u"Available"_s);
    QVERIFY(f.window->console()->showPage(u"content"_s));
    QTRY_VERIFY(find<QCheckBox>(page, "ndiSwitch")->isEnabled());
    QCOMPARE(f.sim->receivedMethods().count(u"setNDIState"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::licencePageShowsTheRoom()
{
    Fixture f;
    QVERIFY(openPage(f, u"licence"_s, Room::Role::User));
    QWidget *page = f.window->console();
    QTRY_COMPARE(labelText(page, "licenceTypeLabel"), u"PRO, valid until 2027-01-01"_s);
    QCOMPARE(labelText(page, "licenceServerLabel"), u"Connected to the licence server"_s);
    auto *restrictions = find<QTreeWidget>(page, "tariffRestrictionList");
    QTRY_VERIFY(restrictions->topLevelItemCount() >= 12);
    QCOMPARE(restrictions->topLevelItem(0)->text(0), u"Server account tariff"_s);
    saveShot(f.window.get(), u"licence"_s);
    QCOMPARE(adminOnlyMethodsSent(*f.sim), QStringList());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentPages::updateProgressAndCancel()
{
    RoomSimulator::Options options;
    options.updateStepMs = 60000; // moved by hand below
    Fixture f(options);
    QVERIFY(openPage(f, u"licence"_s));
    QWidget *page = f.window->console();
    auto *start = find<QPushButton>(page, "updateStartButton");
    auto *cancel = find<QPushButton>(page, "updateCancelButton");
    auto *bar = find<QProgressBar>(page, "updateProgressBar");
    QTRY_VERIFY(start->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(labelText(page, "updateStateLabel").contains(u"5.0.3.1101"_s));
    start->click();
    QTRY_VERIFY(f.sim->appUpdate().isRunning());
    QTRY_VERIFY(cancel->isEnabled());
    f.sim->sendEvent(u"downloadProgress"_s, { { u"progress"_s, 40 } });
    QTRY_COMPARE(bar->value(), 40);
    saveShot(f.window.get(), u"licence-update"_s);
    cancel->click();
    QTRY_VERIFY(!f.sim->appUpdate().isRunning());
    QTRY_VERIFY(start->isEnabled());
    QCOMPARE(bar->value(), 0);
    QCOMPARE(labelText(page, "updateStatusLabel"), u"The update was cancelled"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_MAIN(tst_ContentPages)
#include "tst_contentpages.moc"
