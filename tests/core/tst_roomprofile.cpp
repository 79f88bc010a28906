// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// RoomProfile and ProfileApply: a room's settings captured to a file and back, compared, and
// applied to several real simulated rooms on 127.0.0.1 — one refusing, one going away — with a
// result per room, and the strict simulator seeing no violation.

#include "core/models/roomprofile.h"
#include "core/models/roomsettings.h"
#include "core/session/profileapply.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = ProfileApply::Status;
using Kind = ProfileDiff::Kind;

namespace {

bool signIn(RoomSession &session, RoomSimulator &sim, Room::Role role = Room::Role::Admin)
{
    QSignalSpy ready(session.controller(), &RoomController::startupCompleted);
    session.controller()->connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    return ready.wait(5000) && QTest::qWaitFor([&] { return session.settings()->isKnown(); }, 5000);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

ProfileApply::Result applyAndWait(const RoomProfile &profile, const QList<RoomSession *> &rooms,
                                  QList<ProfileApply::Result> *all,
                                  const ProfileApply::AdminOnly &adminOnly = {})
{
    int callbacks = 0;
    QObject context;
    ProfileApply::apply(
        profile, rooms, &context,
        [&](const QList<ProfileApply::Result> &r) {
            *all = r;
            ++callbacks;
        },
        adminOnly);
    if (callbacks != 0)
        qFatal("the callback ran inside apply()");
    if (!QTest::qWaitFor([&] { return callbacks == 1; }, 10000))
        qFatal("apply never ended");
    return all->value(0);
}

} // namespace

class tst_RoomProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportFileDiffRoundTrip();
    void badFilesAreRefusedAndLoseNothing_data();
    void badFilesAreRefusedAndLoseNothing();
    void secretsAndRoomSpecificSettings();
    void applyToThreeRoomsOneRefusing();
    void aRoomDisconnectingMidApplyEnds();
    void userLevelReportsAdminSettingsNotPermitted();
};

void tst_RoomProfile::exportFileDiffRoundTrip()
{
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    QVERIFY(simB->changeSetting(u"showTime"_s, false));
    QVERIFY(simB->changeSetting(u"inputBandWidth"_s, 2048));
    RoomSession a(SimRoom::fastOptions());
    RoomSession b(SimRoom::fastOptions());
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(b, *simB));

    const RoomProfile pa = RoomProfile::capture(&a, u"Room A"_s);
    QVERIFY(!pa.isEmpty());
    QCOMPARE(pa.settings.value(u"showTime"_s), QJsonValue(true));
    QVERIFY(pa.branding.known);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.json"_s);
    QString error;
    QVERIFY2(pa.save(path, &error), qPrintable(error));
    RoomProfile loaded;
    QVERIFY2(RoomProfile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.settings, pa.settings);
    QCOMPARE(loaded.roomName, u"Room A"_s);
    QCOMPARE(loaded.peerId, pa.peerId);
    QCOMPARE(loaded.branding.customLogo, pa.branding.customLogo);
    QVERIFY(ProfileDiff::compare(pa, loaded).isSame());

    // The file against room B: the two changed settings differ, nothing else.
    const ProfileDiff diff = ProfileDiff::compare(loaded, RoomProfile::capture(&b, u"Room B"_s));
    QCOMPARE(diff.differenceCount(), 2);
    for (const ProfileDiff::Row &row : diff.rows()) {
        if (row.name == u"showTime"_s) {
            QCOMPARE(row.kind, Kind::Different);
            QCOMPARE(row.left, QJsonValue(true));
            QCOMPARE(row.right, QJsonValue(false));
            QVERIFY(row.notApplied.isEmpty());
        } else if (row.name == u"inputBandWidth"_s) {
            QCOMPARE(row.kind, Kind::Different);
            QVERIFY(!row.notApplied.isEmpty()); // the site's network: never copied
        } else {
            QCOMPARE(row.kind, Kind::Same);
        }
    }
    QVERIFY(diff.lines().join(u'\n').contains(u"showTime: on → off"_s));

    // Only on one side.
    RoomProfile extra = loaded;
    extra.settings.insert(u"futureSetting"_s, 3);
    extra.settings.remove(u"showLogo"_s);
    const ProfileDiff one = ProfileDiff::compare(extra, loaded);
    QCOMPARE(one.differenceCount(), 2);
    for (const ProfileDiff::Row &row : one.rows()) {
        if (row.name == u"futureSetting"_s)
            QCOMPARE(row.kind, Kind::OnlyLeft);
        if (row.name == u"showLogo"_s)
            QCOMPARE(row.kind, Kind::OnlyRight);
    }
    QCOMPARE(simA->violations(), QStringList());
    QCOMPARE(simB->violations(), QStringList());
}

void tst_RoomProfile::badFilesAreRefusedAndLoseNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << QByteArray("{ \"format\": ") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not a RoomDeck settings profile"_s;
    QTest::newRow("wrong format") << QByteArray(
        R"({"format":"something-else","version":1,"settings":{}})")
                                  << u"not a RoomDeck settings profile"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"roomdeck-profile","version":7,"settings":{}})")
        << u"newer RoomDeck"_s;
    QTest::newRow("no settings") << QByteArray(
        R"({"format":"roomdeck-profile","version":1,"settings":[]})")
                                 << u"no settings"_s;
    QByteArray huge = R"({"format":"roomdeck-profile","version":1,"settings":{"x":")";
    huge += QByteArray(RoomProfile::kMaxFileBytes, 'a');
    huge += "\"}}";
    QTest::newRow("huge") << huge << u"larger than"_s;
    QTest::newRow("long name") << (R"({"format":"roomdeck-profile","version":1,"settings":{")"
                                   + QByteArray(300, 'n') + R"(":1}})")
                               << u"unusable name"_s;
}

void tst_RoomProfile::badFilesAreRefusedAndLoseNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.json"_s);
    QVERIFY(writeFile(path, content));
    RoomProfile kept;
    kept.roomName = u"Kept"_s;
    kept.settings.insert(u"showTime"_s, true);
    QString error;
    QVERIFY(!RoomProfile::load(path, &kept, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QCOMPARE(kept.roomName, u"Kept"_s);
    QCOMPARE(kept.settings.size(), 1);

    // Saving over a file keeps it whole when the folder is not writable.
    QVERIFY(!kept.save(dir.filePath(u"missing/deeper/p.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void tst_RoomProfile::secretsAndRoomSpecificSettings()
{
    QVERIFY(RoomProfile::isSecret(u"adminPassword"_s));
    QVERIFY(RoomProfile::isSecret(u"userAuthPin"_s));
    QVERIFY(RoomProfile::isSecret(u"httpToken"_s));
    QVERIFY(!RoomProfile::isSecret(u"changeUserAuthPinAfterConf"_s));
    QVERIFY(!RoomProfile::isSecret(u"showTime"_s));
    QVERIFY(RoomProfile::isRoomSpecific(u"audioPlayLevel"_s));
    QVERIFY(RoomProfile::isRoomSpecific(u"language"_s));
    QVERIFY(RoomProfile::isRoomSpecific(u"roomName"_s, u"Board"_s));
    QVERIFY(!RoomProfile::isRoomSpecific(u"appShowUserNameLabels"_s, true));
    QVERIFY(!RoomProfile::isRoomSpecific(u"showTime"_s, true));

    // A file's secrets are never read.
    RoomProfile p;
    QString error;
    QVERIFY(RoomProfile::fromJson(QJsonDocument::fromJson(R"({"format":"roomdeck-profile",
        "version":1,"settings":{"showTime":false,"adminPassword":"hunter2"}})")
                                      .object(),
                                  &p, &error));
    QCOMPARE(p.settings.keys(), QStringList { u"showTime"_s });
}

void tst_RoomProfile::applyToThreeRoomsOneRefusing()
{
    auto source = SimRoom::start();
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    auto simC = SimRoom::start();
    QVERIFY(source->changeSetting(u"showTime"_s, false));
    QVERIFY(source->changeSetting(u"highlightActiveSpeakers"_s, true));
    QVERIFY(source->changeSetting(u"audioPlayLevel"_s, 0.25)); // room-specific: never copied
    QVERIFY(simB->changeSetting(u"showTime"_s, false)); // B differs in one setting only
    simC->lockSetting(u"highlightActiveSpeakers"_s); // C refuses the whole change set

    RoomSession src(SimRoom::fastOptions());
    RoomSession a(SimRoom::fastOptions());
    RoomSession b(SimRoom::fastOptions());
    RoomSession c(SimRoom::fastOptions());
    RoomSession d(SimRoom::fastOptions()); // never connected
    QVERIFY(signIn(src, *source));
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(b, *simB));
    QVERIFY(signIn(c, *simC));
    const RoomProfile profile = RoomProfile::capture(&src, u"Source"_s);

    // The preview: only what differs, never the room-specific volume.
    const ProfileApply::Plan planA = ProfileApply::plan(profile, &a);
    QVERIFY(planA.known);
    QCOMPARE(planA.changes.keys(), (QStringList { u"highlightActiveSpeakers"_s, u"showTime"_s }));
    QCOMPARE(planA.current.value(u"showTime"_s), QJsonValue(true));
    QCOMPARE(planA.roomSpecific, QStringList { u"audioPlayLevel"_s });
    QCOMPARE(ProfileApply::plan(profile, &b).changes.keys(),
             QStringList { u"highlightActiveSpeakers"_s });
    QVERIFY(!ProfileApply::plan(profile, &d).known);

    const int setsBefore = int(simC->receivedMethods().count(u"setSettings"_s));
    QList<ProfileApply::Result> results;
    applyAndWait(profile, { &a, &b, &c, &d, &src }, &results);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).session.data(), &a);
    QCOMPARE(results.at(0).status, Status::Applied);
    QCOMPARE(results.at(0).appliedCount(), 2);
    QCOMPARE(results.at(1).status, Status::Applied);
    QCOMPARE(results.at(1).appliedCount(), 1);
    QCOMPARE(results.at(2).status, Status::Refused);
    QVERIFY2(results.at(2).reason.contains(u"Access denied"_s), qPrintable(results.at(2).reason));
    QCOMPARE(results.at(3).status, Status::NotConnected);
    QCOMPARE(results.at(4).status, Status::NothingToChange);
    QVERIFY(ProfileApply::resultText(results.at(0)).contains(u"2"_s));

    // One setSettings per room, atomic: the refusing room is unchanged, even in the setting it
    // would have taken.
    QCOMPARE(int(simC->receivedMethods().count(u"setSettings"_s)), setsBefore + 1);
    QCOMPARE(int(simA->receivedMethods().count(u"setSettings"_s)), 1);
    QCOMPARE(simC->setting(u"showTime"_s), QJsonValue(true));
    QCOMPARE(simC->setting(u"highlightActiveSpeakers"_s), QJsonValue(false));
    QCOMPARE(simA->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(simA->setting(u"highlightActiveSpeakers"_s), QJsonValue(true));
    QCOMPARE(simA->setting(u"audioPlayLevel"_s), QJsonValue(1.0));
    // The sessions hear it live: A now matches the profile, apart from the volume.
    QTRY_COMPARE(a.settings()->value(u"highlightActiveSpeakers"_s), QJsonValue(true));
    QCOMPARE(ProfileApply::plan(profile, &a).changes.size(), 0);

    for (const auto &sim : { source.get(), simA.get(), simB.get(), simC.get() })
        QVERIFY2(sim->violations().isEmpty(), qPrintable(sim->violations().join(u'\n')));
}

void tst_RoomProfile::aRoomDisconnectingMidApplyEnds()
{
    auto source = SimRoom::start();
    auto simA = SimRoom::start();
    auto simB = SimRoom::start();
    QVERIFY(source->changeSetting(u"showTime"_s, false));
    RoomSession src(SimRoom::fastOptions());
    RoomSession a(SimRoom::fastOptions());
    auto *b = new RoomSession(SimRoom::fastOptions());
    QVERIFY(signIn(src, *source));
    QVERIFY(signIn(a, *simA));
    QVERIFY(signIn(*b, *simB));
    const RoomProfile profile = RoomProfile::capture(&src, u"Source"_s);

    // A: the room vanishes before it answers. B: the session is removed before its answer.
    simA->setReplyDelay(u"setSettings"_s, -1);
    simB->setReplyDelay(u"setSettings"_s, -1);
    QList<ProfileApply::Result> results;
    int callbacks = 0;
    QObject context;
    ProfileApply::apply(profile, { &a, b }, &context, [&](const QList<ProfileApply::Result> &r) {
        results = r;
        ++callbacks;
    });
    QTRY_VERIFY(simA->receivedMethods().contains(u"setSettings"_s));
    QTRY_VERIFY(simB->receivedMethods().contains(u"setSettings"_s));
    simA->closeAllClients();
    delete b;
    QTRY_COMPARE(callbacks, 1);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, Status::Disconnected);
    QCOMPARE(results.at(1).status, Status::Disconnected);
    QVERIFY(results.at(1).session.isNull());
    QCOMPARE(source->violations(), QStringList());
    QCOMPARE(simA->violations(), QStringList());
}

void tst_RoomProfile::userLevelReportsAdminSettingsNotPermitted()
{
    auto source = SimRoom::start();
    auto simA = SimRoom::start();
    QVERIFY(source->changeSetting(u"showTime"_s, false));
    QVERIFY(source->changeSetting(u"autoAccept"_s, true));
    RoomSession src(SimRoom::fastOptions());
    RoomSession user(SimRoom::fastOptions());
    QVERIFY(signIn(src, *source));
    QVERIFY(signIn(user, *simA, Room::Role::User));
    QCOMPARE(user.controller()->role(), Room::Role::User);
    const RoomProfile profile = RoomProfile::capture(&src, u"Source"_s);
    // The settings catalogue decides what is an administrator's; here: autoAccept.
    const auto adminOnly = [](const QString &name) {
        return name == u"autoAccept"_s;
    };

    const ProfileApply::Plan plan = ProfileApply::plan(profile, &user, adminOnly);
    QCOMPARE(plan.changes.keys(), QStringList { u"showTime"_s });
    QCOMPARE(plan.notPermitted, QStringList { u"autoAccept"_s });

    QList<ProfileApply::Result> results;
    applyAndWait(profile, { &user }, &results, adminOnly);
    QCOMPARE(results.at(0).status, Status::Applied);
    QCOMPARE(results.at(0).appliedCount(), 1);
    QVERIFY(ProfileApply::resultText(results.at(0)).contains(u"not permitted"_s));
    QCOMPARE(simA->setting(u"autoAccept"_s), QJsonValue(false));
    QCOMPARE(simA->setting(u"showTime"_s), QJsonValue(false));

    // Nothing else to change: the room ends "not permitted at this level".
    applyAndWait(profile, { &user }, &results, adminOnly);
    QCOMPARE(results.at(0).status, Status::NotPermitted);
    QVERIFY(results.at(0).reason.contains(u"autoAccept"_s));

    // Without a check of its own, the settings catalogue decides: its security-related
    // settings are the administrator's.
    QVERIFY(source->changeSetting(u"rejectCallsNotFromAB"_s, true));
    QTRY_COMPARE(src.settings()->value(u"rejectCallsNotFromAB"_s), QJsonValue(true));
    const ProfileApply::Plan byCatalogue
        = ProfileApply::plan(RoomProfile::capture(&src, u"Source"_s), &user);
    QVERIFY(byCatalogue.notPermitted.contains(u"rejectCallsNotFromAB"_s));
    QVERIFY(!byCatalogue.changes.contains(u"rejectCallsNotFromAB"_s));
    QCOMPARE(source->violations(), QStringList());
    QCOMPARE(simA->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_RoomProfile)
#include "tst_roomprofile.moc"
