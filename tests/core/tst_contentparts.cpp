// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// NDI, the licence, the updates and the slideshow / broadcast picture against the strict
// simulator: every verb ends in exactly one outcome, the room's changes show live, local
// refusals send nothing, a Free room marks and refuses its PRO features.

#include "core/models/appupdate.h"
#include "core/models/contentshare.h"
#include "core/models/licencestate.h"
#include "core/models/ndistate.h"
#include "core/session/roomsession.h"
#include "sim/simappupdate.h"
#include "sim/simcontentshare.h"
#include "sim/simlicence.h"
#include "sim/simndi.h"
#include "simroom.h"
#include "testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;
using Availability = LicenceState::Availability;
using Feature = LicenceState::Feature;

namespace {

int sent(const RoomSimulator &sim, const QString &method)
{
    return int(sim.receivedMethods().count(method));
}

struct Fixture
{
    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomSession> session;

    bool start(Room::Role role = Room::Role::Admin, RoomSimulator::Options options = {})
    {
        sim = SimRoom::start(options);
        session = std::make_unique<RoomSession>(SimRoom::fastOptions());
        QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
        session->controller()->connectToRoom(SimRoom::addressOf(*sim), Creds::unsecured(role));
        if (!ready.wait(5000))
            return false;
        return QTest::qWaitFor([this] {
            return session->ndi()->isKnown() && session->ndi()->devicesKnown()
                && session->licence()->licence().type != LicenceState::Type::Unknown
                && session->licence()->serverStatus() >= 0
                && session->appUpdate()->state() != AppUpdate::State::Unknown;
        });
    }
};

//! Runs a verb and waits for its one outcome (an empty outcome when there were none or two).
template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    QTest::qWait(0);
    RequestOutcome none;
    none.method = u"(none or several)"_s;
    return calls == 1 ? *result : none;
}

} // namespace

class tst_ContentParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ndiOnCreateDeleteOff();
    void ndiShowsAnotherControllersChanges();
    void ndiRefusesLocally();
    void freeLicenceMarksAndRefusesProFeatures();
    void licenceReadsTypeServerAndRestrictions();
    void licenceChangesLive();
    void featureAvailabilityIsPure();
    void restrictionRowsAreReadableAndBounded();
    void userLevelSendsNoAdminOnlyMethod();
    void updateRunsWithProgressToTheEnd();
    void updateCancel();
    void updateFailure();
    void updateRefusesLocally();
    void slidesUploadAddNavigateRemove();
    void slideFileProblemsSendNothing();
    void slideShowRefusesLocally();
    void freeRoomHasNoSlideshow();
    void broadcastPictureStartStop();
};

void tst_ContentParts::ndiOnCreateDeleteOff()
{
    Fixture f;
    QVERIFY(f.start());
    NdiState *ndi = f.session->ndi();
    QVERIFY(!ndi->isEnabled());
    QCOMPARE(ndi->devices().size(), 1);
    QCOMPARE(ndi->devices().first().id, u"main"_s);
    QVERIFY(ndi->devices().first().mixed);

    QCOMPARE(outcomeOf([&](auto d) { ndi->setEnabled(true, d); }).status, Status::Reply);
    QTRY_VERIFY(ndi->isEnabled());
    QVERIFY(f.sim->ndi().isEnabled());

    QCOMPARE(outcomeOf([&](auto d) { ndi->createDevice(u" studio "_s, d); }).status, Status::Reply);
    QTRY_COMPARE(ndi->devices().size(), 2);
    QCOMPARE(ndi->devices().last().id, u"studio"_s);
    QCOMPARE(f.sim->ndi().devices().size(), 2);

    QCOMPARE(outcomeOf([&](auto d) { ndi->deleteDevice(u"main"_s, d); }).status, Status::Reply);
    QTRY_COMPARE(ndi->devices().size(), 1);
    QCOMPARE(ndi->devices().first().id, u"studio"_s);

    QCOMPARE(outcomeOf([&](auto d) { ndi->setEnabled(false, d); }).status, Status::Reply);
    QTRY_VERIFY(!ndi->isEnabled());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::ndiShowsAnotherControllersChanges()
{
    Fixture f;
    QVERIFY(f.start());
    NdiState *ndi = f.session->ndi();
    QSignalSpy changed(ndi, &NdiState::changed);
    f.sim->ndi().setEnabled(true);
    QTRY_VERIFY(ndi->isEnabled());
    QVERIFY(f.sim->ndi().addDevice(u"podium"_s));
    QTRY_COMPARE(ndi->indexOf(u"podium"_s), 1);
    QVERIFY(changed.size() >= 2);
    // A hostile room: a device without an id, and a megabyte of name, are not believed.
    f.sim->sendEvent(u"NDIDeviceCreated"_s, { { u"displayName"_s, u"x"_s } });
    f.sim->sendEvent(u"NDIDeviceCreated"_s,
                     { { u"deviceId"_s, QString(1 << 20, u'a') }, { u"displayName"_s, u"y"_s } });
    QTRY_COMPARE(ndi->devices().size(), 3);
    QVERIFY(ndi->devices().last().id.size() <= 300);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::ndiRefusesLocally()
{
    Fixture f;
    QVERIFY(f.start());
    NdiState *ndi = f.session->ndi();
    const int before = int(f.sim->receivedMethods().size());
    // NDI is off: no device can be made; and empty, over-long, duplicate or unknown ids.
    RequestOutcome o = outcomeOf([&](auto d) { ndi->createDevice(u"cam"_s, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QCOMPARE(o.errorText, u"Turn NDI on first"_s);
    QCOMPARE(outcomeOf([&](auto d) { ndi->createDevice(u"  "_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { ndi->createDevice(QString(65, u'x'), d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { ndi->createDevice(u"main"_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { ndi->deleteDevice(u"nope"_s, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(int(f.sim->receivedMethods().size()), before);

    // Detached: nothing reaches the room.
    f.session->detach(ndi);
    QCOMPARE(outcomeOf([&](auto d) { ndi->setEnabled(true, d); }).status, Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"setNDIState"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::freeLicenceMarksAndRefusesProFeatures()
{
    RoomSimulator::Options options;
    options.proLicence = false;
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    LicenceState *licence = f.session->licence();
    QCOMPARE(licence->licence().type, LicenceState::Type::Free);
    for (Feature feature : { Feature::Logo, Feature::Background, Feature::Ndi, Feature::SlideShow })
        QCOMPARE(licence->availability(feature), Availability::NeedsPro);
    // The room refuses NDI on a Free licence; the verb ends in that one error.
    const RequestOutcome o = outcomeOf([&](auto d) { f.session->ndi()->setEnabled(true, d); });
    QCOMPARE(o.status, Status::ErrorReply);
    QCOMPARE(o.errorText, u"Access denied"_s);
    QVERIFY(!f.session->ndi()->isEnabled());
    // Activating a key makes the room PRO, live.
    f.session->controller()->sendRequest(u"activateLicense"_s,
                                         { { u"key"_s, u"ABCD-EFGH-IJKL-MNOP-QRST"_s } });
    QTRY_COMPARE(licence->licence().type, LicenceState::Type::Pro);
    QTRY_COMPARE(licence->availability(Feature::Ndi), Availability::Available);
    QCOMPARE(licence->availability(Feature::SlideShow), Availability::Available);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::licenceReadsTypeServerAndRestrictions()
{
    Fixture f;
    QVERIFY(f.start());
    LicenceState *licence = f.session->licence();
    QCOMPARE(licence->licence().type, LicenceState::Type::Pro);
    QCOMPARE(licence->licence().typeName, u"PRO"_s);
    QCOMPARE(licence->licence().endDate, u"2027-01-01"_s);
    QCOMPARE(licence->serverStatus(), 1);
    QCOMPARE(LicenceState::serverStatusText(1), u"Connected to the licence server"_s);
    QTRY_COMPARE(licence->restrictions().value(u"symMaxNumber"_s).toInt(), 36);
    QVERIFY(!licence->restrictions().contains(u"requestId"_s));
    QCOMPARE(licence->restrictions().value(u"tariffName"_s).toString(), u"FREE"_s);
    QCOMPARE(sent(*f.sim, u"getLicenseType"_s), 1);
    QCOMPARE(sent(*f.sim, u"getTariffRestrictions"_s), 1);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::licenceChangesLive()
{
    Fixture f;
    QVERIFY(f.start());
    LicenceState *licence = f.session->licence();
    QSignalSpy changed(licence, &LicenceState::changed);
    f.sim->licence().setPro(false);
    QTRY_COMPARE(licence->licence().type, LicenceState::Type::Free);
    QTRY_COMPARE(licence->restrictions().value(u"canUseSlideShow"_s), QJsonValue(false));
    QCOMPARE(licence->availability(Feature::Ndi), Availability::NeedsPro);
    QVERIFY(changed.size() >= 2);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::featureAvailabilityIsPure()
{
    using T = LicenceState::Type;
    const QJsonObject none;
    const QJsonObject noSlides { { u"canUseSlideShow"_s, false } };
    QCOMPARE(LicenceState::featureAvailability(Feature::Logo, T::Unknown, none),
             Availability::Unknown);
    QCOMPARE(LicenceState::featureAvailability(Feature::Logo, T::Free, none),
             Availability::NeedsPro);
    QCOMPARE(LicenceState::featureAvailability(Feature::Background, T::Pro, none),
             Availability::Available);
    QCOMPARE(LicenceState::featureAvailability(Feature::Ndi, T::Other, none),
             Availability::Available);
    QCOMPARE(LicenceState::featureAvailability(Feature::SlideShow, T::Pro, noSlides),
             Availability::NotInTariff);
    QCOMPARE(LicenceState::featureAvailability(Feature::SlideShow, T::Free, noSlides),
             Availability::NeedsPro);
    QCOMPARE(LicenceState::typeFromWire(QJsonValue(u"pro"_s)), T::Pro);
    QCOMPARE(LicenceState::typeFromWire(QJsonValue(false)), T::Free);
    QCOMPARE(LicenceState::typeFromWire(QJsonValue(1)), T::Pro);
    QCOMPARE(LicenceState::typeFromWire(QJsonValue(u"Enterprise"_s)), T::Other);
    QCOMPARE(LicenceState::typeFromWire(QJsonValue()), T::Unknown);
}

void tst_ContentParts::restrictionRowsAreReadableAndBounded()
{
    QJsonObject r { { u"tariffName"_s, u"PRO"_s },
                    { u"canUseSlideShow"_s, true },
                    { u"symMaxNumber"_s, 36 } };
    for (int i = 0; i < 100; ++i)
        r.insert(u"extra%1"_s.arg(i, 3, 10, QChar(u'0')), i);
    const auto rows = LicenceState::restrictionRows(r);
    QCOMPARE(rows.at(0), qMakePair(u"Server account tariff"_s, u"PRO"_s));
    QCOMPARE(rows.at(1).second, u"36"_s);
    QCOMPARE(rows.at(2), qMakePair(u"Slideshow"_s, u"yes"_s));
    QCOMPARE(rows.size(), 3 + 20); // unknown fields shown, but not without end
}

void tst_ContentParts::userLevelSendsNoAdminOnlyMethod()
{
    Fixture f;
    QVERIFY(f.start(Room::Role::User));
    QCOMPARE(outcomeOf([&](auto d) { f.session->ndi()->setEnabled(true, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f.session->appUpdate()->check(d); }).status, Status::Reply);
    QCOMPARE(f.session->licence()->licence().type, LicenceState::Type::Pro);
    QCOMPARE(f.sim->violations(), QStringList()); // an admin-only method would be one
}

void tst_ContentParts::updateRunsWithProgressToTheEnd()
{
    RoomSimulator::Options options;
    options.updateStepMs = 20;
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    AppUpdate *update = f.session->appUpdate();
    QCOMPARE(update->state(), AppUpdate::State::Available);
    QCOMPARE(update->newVersion(), u"5.0.3.1101"_s);
    QCOMPARE(update->currentVersion(), u"5.0.2.1034"_s);
    QSignalSpy progress(update, &AppUpdate::progressChanged);
    QSignalSpy finished(update, &AppUpdate::finished);
    QCOMPARE(outcomeOf([&](auto d) { update->start(d); }).status, Status::Reply);
    QCOMPARE(update->state(), AppUpdate::State::Downloading);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toString(), u"5.0.3.1101"_s);
    QList<int> steps;
    for (const auto &args : std::as_const(progress))
        steps.append(args.first().toInt());
    QCOMPARE(steps, QList<int>({ 25, 50, 75, 100 }));
    QCOMPARE(update->state(), AppUpdate::State::UpToDate);
    QCOMPARE(update->currentVersion(), u"5.0.3.1101"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::updateCancel()
{
    RoomSimulator::Options options;
    options.updateStepMs = 60000; // never moves by itself: the cancel is what ends it
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    AppUpdate *update = f.session->appUpdate();
    QCOMPARE(outcomeOf([&](auto d) { update->start(d); }).status, Status::Reply);
    QVERIFY(f.sim->appUpdate().isRunning());
    QSignalSpy failedUpdate(update, &AppUpdate::updateFailed);
    QCOMPARE(outcomeOf([&](auto d) { update->cancel(d); }).status, Status::Reply);
    QVERIFY(!f.sim->appUpdate().isRunning());
    QTRY_COMPARE(failedUpdate.size(), 1);
    QVERIFY(failedUpdate.first().at(1).toBool());
    QCOMPARE(update->state(), AppUpdate::State::Available);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::updateFailure()
{
    RoomSimulator::Options options;
    options.updateStepMs = 20;
    options.updateFails = true;
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    AppUpdate *update = f.session->appUpdate();
    QSignalSpy failedUpdate(update, &AppUpdate::updateFailed);
    QCOMPARE(outcomeOf([&](auto d) { update->start(d); }).status, Status::Reply);
    QVERIFY(failedUpdate.wait(5000));
    QCOMPARE(failedUpdate.first().at(0).toString(), u"The download was interrupted"_s);
    QVERIFY(!failedUpdate.first().at(1).toBool());
    QCOMPARE(update->state(), AppUpdate::State::Available);
    QCOMPARE(update->lastError(), u"The download was interrupted"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::updateRefusesLocally()
{
    RoomSimulator::Options options;
    options.updateVersion.clear();
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    AppUpdate *update = f.session->appUpdate();
    QCOMPARE(update->state(), AppUpdate::State::UpToDate);
    QCOMPARE(outcomeOf([&](auto d) { update->start(d); }).status, Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { update->cancel(d); }).status, Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"startUpdate"_s), 0);
    QCOMPARE(sent(*f.sim, u"cancelUpdate"_s), 0);
    // A new version appears on the room: shown live, and can be started.
    f.sim->appUpdate().offer(u"6.0.0.1"_s);
    QTRY_COMPARE(update->state(), AppUpdate::State::Available);
    QCOMPARE(update->newVersion(), u"6.0.0.1"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::slidesUploadAddNavigateRemove()
{
    Fixture f;
    QVERIFY(f.start());
    QTemporaryDir dir;
    const QString one = dir.filePath(u"one.png"_s);
    const QString two = dir.filePath(u"two.jpg"_s);
    QVERIFY(TestImages::write(one, TestImages::png()));
    QVERIFY(TestImages::write(two, TestImages::jpeg()));
    ContentShare *content = f.session->content();
    QTRY_VERIFY(content->isAvailable());
    QSignalSpy uploading(content, &ContentShare::uploadingChanged);
    QCOMPARE(outcomeOf([&](auto d) { content->addSlideFile(one, d); }).status, Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { content->addSlideFile(two, d); }).status, Status::Reply);
    QTRY_COMPARE(content->slides().size(), 2);
    QCOMPARE(content->slides().at(0).name, u"one.png"_s);
    QCOMPARE(content->slides().at(1).name, u"two.jpg"_s);
    QCOMPARE(uploading.size(), 4);

    QCOMPARE(outcomeOf([&](auto d) { content->startSlideShow(0, u"Review"_s, d); }).status,
             Status::Reply);
    QTRY_VERIFY(content->isStarted());
    QCOMPARE(content->currentIndex(), 0);
    QCOMPARE(outcomeOf([&](auto d) { content->showNextSlide(d); }).status, Status::Reply);
    QTRY_COMPARE(content->currentIndex(), 1);
    QCOMPARE(f.sim->contentShare().currentIndex(), 1);
    // The last slide: "next" is refused here, not by the room.
    const RequestOutcome last = outcomeOf([&](auto d) { content->showNextSlide(d); });
    QCOMPARE(last.status, Status::RefusedLocally);
    QCOMPARE(last.errorText, u"This is the last slide"_s);
    QCOMPARE(outcomeOf([&](auto d) { content->showPreviousSlide(d); }).status, Status::Reply);
    QTRY_COMPARE(content->currentIndex(), 0);
    QCOMPARE(outcomeOf([&](auto d) { content->showLastSlide(d); }).status, Status::Reply);
    QTRY_COMPARE(content->currentIndex(), 1);

    QCOMPARE(outcomeOf([&](auto d) { content->removeSlide(0, d); }).status, Status::Reply);
    QTRY_COMPARE(content->slides().size(), 1);
    QCOMPARE(content->currentIndex(), 0);
    QCOMPARE(outcomeOf([&](auto d) { content->stopSlideShow(d); }).status, Status::Reply);
    QTRY_VERIFY(!content->isStarted());
    QCOMPARE(outcomeOf([&](auto d) { content->removeAllSlides(d); }).status, Status::Reply);
    QTRY_VERIFY(content->slides().isEmpty());
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::slideFileProblemsSendNothing()
{
    Fixture f;
    QVERIFY(f.start());
    ContentShare *content = f.session->content();
    content->setMaxUploadBytes(4096);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.png"_s);
    const QString text = dir.filePath(u"notes.png"_s);
    const QString big = dir.filePath(u"big.png"_s);
    const QString unreadable = dir.filePath(u"locked.png"_s);
    QVERIFY(TestImages::write(text, "just some words, not a picture"));
    QVERIFY(TestImages::write(big, TestImages::png({ 256, 256 }, true)));
    QVERIFY(TestImages::write(unreadable, TestImages::png()));
    QFile::setPermissions(unreadable, QFileDevice::WriteOwner);

    const RequestOutcome a = outcomeOf([&](auto d) { content->addSlideFile(missing, d); });
    QCOMPARE(a.status, Status::RefusedLocally);
    QVERIFY2(a.errorText.contains(u"missing.png"_s), qPrintable(a.errorText));
    const RequestOutcome b = outcomeOf([&](auto d) { content->addSlideFile(text, d); });
    QCOMPARE(b.status, Status::RefusedLocally);
    QCOMPARE(b.errorText, u"“notes.png” is not a PNG or JPEG picture"_s);
    const RequestOutcome c = outcomeOf([&](auto d) { content->addSlideFile(big, d); });
    QCOMPARE(c.status, Status::RefusedLocally);
    QVERIFY(!c.errorText.isEmpty());
    if (!QFile(unreadable).open(QIODevice::ReadOnly)) { // root reads everything
        const RequestOutcome e = outcomeOf([&](auto d) { content->addSlideFile(unreadable, d); });
        QCOMPARE(e.status, Status::RefusedLocally);
    }
    const RequestOutcome p = outcomeOf([&](auto d) { content->startPictureFile(text, d); });
    QCOMPARE(p.status, Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"getTokenForHttpServer"_s), 0);
    QCOMPARE(sent(*f.sim, u"addSlide"_s), 0);
    QCOMPARE(sent(*f.sim, u"startBroadcastPicture"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::slideShowRefusesLocally()
{
    Fixture f;
    QVERIFY(f.start());
    ContentShare *content = f.session->content();
    QTRY_VERIFY(content->isAvailable());
    const int before = int(f.sim->receivedMethods().size());
    QCOMPARE(outcomeOf([&](auto d) { content->startSlideShow(0, {}, d); }).errorText,
             u"Add a slide first"_s);
    QCOMPARE(outcomeOf([&](auto d) { content->showNextSlide(d); }).errorText,
             u"The slideshow is not running"_s);
    QCOMPARE(outcomeOf([&](auto d) { content->stopSlideShow(d); }).status, Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { content->removeSlide(0, d); }).status, Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { content->removeAllSlides(d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { content->stopPicture(d); }).status, Status::RefusedLocally);
    QCOMPARE(int(f.sim->receivedMethods().size()), before);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::freeRoomHasNoSlideshow()
{
    RoomSimulator::Options options;
    options.proLicence = false;
    Fixture f;
    QVERIFY(f.start(Room::Role::Admin, options));
    ContentShare *content = f.session->content();
    QTRY_VERIFY(!content->isAvailable());
    QTemporaryDir dir;
    const QString one = dir.filePath(u"one.png"_s);
    QVERIFY(TestImages::write(one, TestImages::png()));
    const RequestOutcome o = outcomeOf([&](auto d) { content->addSlideFile(one, d); });
    QCOMPARE(o.status, Status::RefusedLocally);
    QCOMPARE(sent(*f.sim, u"addSlide"_s), 0);
    // The room's own word, when a raw command goes anyway.
    QSignalSpy done(f.session->controller(), &RoomController::requestFinished);
    const int fileId = f.sim->addFile(u"x.png"_s, TestImages::png());
    f.session->controller()->sendRequest(u"addSlide"_s, { { u"fileId"_s, fileId } });
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().value<RequestOutcome>().errorText, u"Access denied"_s);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_ContentParts::broadcastPictureStartStop()
{
    Fixture f;
    QVERIFY(f.start());
    ContentShare *content = f.session->content();
    QTemporaryDir dir;
    const QString pic = dir.filePath(u"break.jpg"_s);
    QVERIFY(TestImages::write(pic, TestImages::jpeg()));
    QCOMPARE(outcomeOf([&](auto d) { content->startPictureFile(pic, d); }).status, Status::Reply);
    QTRY_VERIFY(content->picture().running);
    QCOMPARE(content->picture().fileName, u"break.jpg"_s);
    QVERIFY(f.sim->contentShare().isPictureRunning());
    QCOMPARE(outcomeOf([&](auto d) { content->stopPicture(d); }).status, Status::Reply);
    QTRY_VERIFY(!content->picture().running);
    QVERIFY(!f.sim->contentShare().isPictureRunning());
    QCOMPARE(f.sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_ContentParts)
#include "tst_contentparts.moc"
