// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The settings catalogue and the operator's edit of the room's settings (issue 16 item 1),
// against a real strict simulator; a second controller stands for another console.

#include "core/models/roomsettings.h"
#include "core/models/settingscatalogue.h"
#include "core/models/settingsedit.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Type = SettingsCatalogue::Type;
using Group = SettingsCatalogue::Group;

namespace {

bool connectAs(RoomController &c, RoomSimulator &sim, Room::Role role)
{
    QSignalSpy ready(&c, &RoomController::startupCompleted);
    c.connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    return ready.wait(5000);
}

int countOf(const QStringList &list, const QString &item)
{
    return int(list.count(item));
}

//! A signed-in session with RoomSettings and an edit on it.
struct Fixture
{
    explicit Fixture(Room::Role role)
        : sim(SimRoom::start())
        , controller(SimRoom::fastOptions())
        , session(&controller, RoomSession::Parts::None)
        , edit(&settings)
    {
        session.attach(&settings);
        ok = connectAs(controller, *sim, role);
    }
    std::unique_ptr<RoomSimulator> sim;
    RoomController controller;
    RoomSession session;
    RoomSettings settings;
    SettingsEdit edit;
    bool ok = false;
};

} // namespace

class tst_SettingsEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueTypes();
    void everyReportedSettingIsARow();
    void applyIsOneAtomicRequest();
    void refusalLeavesEveryFieldAsTheRoomHasIt();
    void invalidValuesNeverSent();
    void roomChangeShowsLiveAndMarksConflict();
    void userVersusAdministrator();
};

void tst_SettingsEdit::catalogueTypes()
{
    using C = SettingsCatalogue;
    QCOMPARE(C::spec(u"aecEnable"_s).type, Type::Bool);
    QCOMPARE(C::spec(u"audioPlayLevel"_s).type, Type::Float);
    QCOMPARE(C::spec(u"audioPlayLevel"_s).maximum, 1.0);
    QCOMPARE(C::spec(u"language"_s).type, Type::String);
    QCOMPARE(C::spec(u"cameraRemoteControlAccess"_s).type, Type::Enum);
    QCOMPARE(C::spec(u"cameraRemoteControlAccess"_s).choices.size(), 3);
    QCOMPARE(C::spec(u"defaultMultiConfMatrix"_s).choices.size(), 5);
    QCOMPARE(C::spec(u"showTime"_s).group, Group::MainScreen);
    QVERIFY(C::spec(u"rejectCallsNotFromAB"_s).adminOnly);
    QVERIFY(!C::spec(u"autoAccept"_s).adminOnly);

    // Bandwidth bounded by the room's bitrateLimits when known.
    const C::Limits limits = C::limitsFrom(QJsonObject {
        { u"bitrateLimits"_s, QJsonObject { { u"max"_s, 4096 }, { u"min"_s, 64 } } } });
    QCOMPARE(C::spec(u"inputBandWidth"_s, {}, limits).maximum, 4096.0);
    QCOMPARE(C::spec(u"inputBandWidth"_s, {}, limits).minimum, 64.0);
    QVERIFY(!C::problemWith(C::spec(u"inputBandWidth"_s, {}, limits), 5000).isEmpty());

    // Undocumented names: the type from the JSON value, group Other.
    QCOMPARE(C::spec(u"x1"_s, true).type, Type::Bool);
    QCOMPARE(C::spec(u"x2"_s, 5).type, Type::Int);
    QCOMPARE(C::spec(u"x3"_s, 0.5).type, Type::Float);
    QCOMPARE(C::spec(u"x4"_s, u"t"_s).type, Type::String);
    QCOMPARE(C::spec(u"x5"_s, QJsonObject { { u"a"_s, 1 } }).type, Type::Json);
    QCOMPARE(C::spec(u"x5"_s, 1).group, Group::Other);

    // Typed parsing, as the CLI and the text editors use it.
    QString why;
    QCOMPARE(C::parse(C::spec(u"showLogo"_s), u"off"_s), std::optional<QJsonValue>(false));
    QCOMPARE(C::parse(C::spec(u"audioPlayLevel"_s), u"0.5"_s), std::optional<QJsonValue>(0.5));
    QVERIFY(!C::parse(C::spec(u"audioPlayLevel"_s), u"1.5"_s, &why));
    QVERIFY(why.contains(u"audioPlayLevel"_s));
    QVERIFY(!C::parse(C::spec(u"showLogo"_s), u"maybe"_s));
    QVERIFY(!C::parse(C::spec(u"defaultP2PMatrix"_s), u"9"_s));
    QCOMPARE(C::parse(C::spec(u"defaultP2PMatrix"_s), u"Equal windows"_s),
             std::optional<QJsonValue>(1));
    QVERIFY(!C::parse(C::spec(u"record"_s), u"1.5"_s));
    QCOMPARE(C::parse(C::spec(u"x5"_s, QJsonObject {}), uR"({"a":2})"_s),
             std::optional<QJsonValue>(QJsonObject { { u"a"_s, 2 } }));
    QCOMPARE(C::display(C::spec(u"cameraRemoteControlAccess"_s), 2), u"Always forbid"_s);
    QCOMPARE(C::plainText(10240), u"10240"_s);
}

void tst_SettingsEdit::everyReportedSettingIsARow()
{
    Fixture f(Room::Role::Admin);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    const QStringList names = f.edit.names();
    // Every documented one the simulator reports, and its undocumented ones (never hidden).
    for (const SettingsCatalogue::Spec &s : SettingsCatalogue::documented())
        QVERIFY2(names.contains(s.name), qPrintable(s.name));
    QVERIFY(names.contains(u"screenSaverTimeout"_s));
    QCOMPARE(f.edit.spec(u"screenSaverTimeout"_s).type, Type::Int);
    QCOMPARE(f.edit.spec(u"screenSaverTimeout"_s).group, Group::Other);
    // The simulator's bitrateLimits bound the bandwidth.
    QCOMPARE(f.edit.spec(u"inputBandWidth"_s).maximum, 20480.0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_SettingsEdit::applyIsOneAtomicRequest()
{
    Fixture f(Room::Role::Admin);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    QVERIFY(f.edit.setValue(u"showTime"_s, false).isEmpty());
    QVERIFY(f.edit.setValue(u"defaultMultiConfMatrix"_s, 3).isEmpty());
    QVERIFY(f.edit.setValue(u"inputBandWidth"_s, 4096).isEmpty());
    QVERIFY(f.edit.isPending(u"showTime"_s));
    QCOMPARE(f.edit.shownValue(u"showTime"_s), QJsonValue(false));
    QCOMPARE(f.edit.roomValue(u"showTime"_s), QJsonValue(true));
    // Setting a value back to the room's drops the pending change.
    QVERIFY(f.edit.setValue(u"autoAccept"_s, true).isEmpty());
    QVERIFY(f.edit.setValue(u"autoAccept"_s, false).isEmpty());
    QVERIFY(!f.edit.isPending(u"autoAccept"_s));

    QSignalSpy applied(&f.edit, &SettingsEdit::applied);
    QVERIFY(f.edit.apply() != 0);
    QVERIFY(applied.wait());
    QCOMPARE(applied.first().first().toStringList().size(), 3);
    QVERIFY(!f.edit.hasPending());
    QTRY_COMPARE(f.edit.roomValue(u"inputBandWidth"_s), QJsonValue(4096));
    QTRY_COMPARE(f.edit.roomValue(u"showTime"_s), QJsonValue(false));
    QCOMPARE(f.edit.roomValue(u"defaultMultiConfMatrix"_s), QJsonValue(3));
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setSettings"_s), 1);
    QCOMPARE(f.sim->setting(u"showTime"_s), QJsonValue(false));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_SettingsEdit::refusalLeavesEveryFieldAsTheRoomHasIt()
{
    Fixture f(Room::Role::Admin);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    // Undocumented: RoomDeck knows only its type; the room refuses the value.
    QVERIFY(f.edit.setValue(u"screenSaverTimeout"_s, -5).isEmpty());
    QVERIFY(f.edit.setValue(u"autoAccept"_s, true).isEmpty());
    QVERIFY(f.edit.setValue(u"language"_s, u"de"_s).isEmpty());

    QSignalSpy refused(&f.edit, &SettingsEdit::refused);
    QVERIFY(f.edit.apply() != 0);
    QVERIFY(refused.wait());
    QCOMPARE(refused.first().at(0).toString(), u"screenSaverTimeout"_s);
    QCOMPARE(f.edit.refusedName(), u"screenSaverTimeout"_s);
    QCOMPARE(f.edit.refusedValue(), QJsonValue(-5));
    QVERIFY(f.edit.refusalText().contains(u"Invalid parameters"_s));
    // Every field is the room's again; the room changed nothing.
    QVERIFY(!f.edit.hasPending());
    QCOMPARE(f.edit.shownValue(u"autoAccept"_s), QJsonValue(false));
    QCOMPARE(f.edit.shownValue(u"language"_s), QJsonValue(u"en"_s));
    QCOMPARE(f.edit.shownValue(u"screenSaverTimeout"_s), QJsonValue(600));
    QCOMPARE(f.sim->setting(u"autoAccept"_s), QJsonValue(false));
    QCOMPARE(f.sim->setting(u"language"_s), QJsonValue(u"en"_s));
    // The refusal was this test's own doing: the one expected violation.
    QCOMPARE(f.sim->violations(),
             QStringList { u"invalid parameters for setSettings (appState 3)"_s });
    f.sim->clearViolations();

    // A state refusal: another console turned AGC on while the level was being edited.
    QVERIFY(f.edit.setValue(u"audioCapturerLevel"_s, 0.25).isEmpty());
    RoomController panel(SimRoom::fastOptions());
    QVERIFY(connectAs(panel, *f.sim, Room::Role::User));
    QVERIFY(f.sim->changeSetting(u"agcEnable"_s, true));
    QTRY_COMPARE(f.settings.agcEnabled(), std::optional<bool>(true));
    // Read-only now: the edit is refused locally, nothing is sent.
    QVERIFY(!f.edit.readOnlyReason(u"audioCapturerLevel"_s).isEmpty());
    refused.clear();
    const int before = countOf(f.sim->receivedMethods(), u"setSettings"_s);
    QCOMPARE(f.edit.apply(), 0u);
    QVERIFY(refused.wait());
    QCOMPARE(refused.first().at(0).toString(), u"audioCapturerLevel"_s);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setSettings"_s), before);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_SettingsEdit::invalidValuesNeverSent()
{
    Fixture f(Room::Role::Admin);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    QVERIFY(!f.edit.setValue(u"showTime"_s, 1).isEmpty()); // wrong type
    QVERIFY(!f.edit.setValue(u"audioPlayLevel"_s, 1.5).isEmpty()); // out of range
    QVERIFY(!f.edit.setValue(u"inputBandWidth"_s, 30000).isEmpty()); // above bitrateLimits
    QVERIFY(!f.edit.setValue(u"inputBandWidth"_s, 100.5).isEmpty()); // not whole
    QVERIFY(!f.edit.setValue(u"cameraRemoteControlAccess"_s, 3).isEmpty()); // not a value
    QVERIFY(!f.edit.setValue(u"language"_s, true).isEmpty());
    QVERIFY(!f.edit.setValue(u"noSuchSetting"_s, true).isEmpty());
    QVERIFY(!f.edit.hasPending());
    QCOMPARE(f.edit.apply(), 0u);
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setSettings"_s), 0);
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_SettingsEdit::roomChangeShowsLiveAndMarksConflict()
{
    Fixture f(Room::Role::Admin);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    RoomController other(SimRoom::fastOptions());
    QVERIFY(connectAs(other, *f.sim, Room::Role::User));

    QSignalSpy rows(&f.edit, &SettingsEdit::rowChanged);
    other.sendRequest(u"setSettings"_s,
                      { { u"settings"_s, QJsonObject { { u"showLogo"_s, false } } } });
    QTRY_COMPARE(f.edit.shownValue(u"showLogo"_s), QJsonValue(false));
    QVERIFY(rows.contains(QVariantList { u"showLogo"_s }));

    // Edited here, then changed on the room: both kept, the row marked conflicting.
    QVERIFY(f.edit.setValue(u"outputBandWidth"_s, 2048).isEmpty());
    QVERIFY(!f.edit.isConflicting(u"outputBandWidth"_s));
    QVERIFY(f.sim->changeSetting(u"outputBandWidth"_s, 1024));
    QTRY_COMPARE(f.edit.roomValue(u"outputBandWidth"_s), QJsonValue(1024));
    QCOMPARE(f.edit.shownValue(u"outputBandWidth"_s), QJsonValue(2048));
    QVERIFY(f.edit.isConflicting(u"outputBandWidth"_s));
    // The room moving to the edited value settles it.
    QVERIFY(f.sim->changeSetting(u"outputBandWidth"_s, 2048));
    QTRY_VERIFY(!f.edit.isPending(u"outputBandWidth"_s));
    QVERIFY(!f.edit.isConflicting(u"outputBandWidth"_s));
    QCOMPARE(f.sim->violations(), QStringList());
}

void tst_SettingsEdit::userVersusAdministrator()
{
    Fixture f(Room::Role::User);
    QVERIFY(f.ok);
    QTRY_VERIFY(f.settings.isKnown());
    for (const QString &name : { u"changeUserAuthPinAfterConf"_s, u"forbidDirectConnection"_s,
                                 u"rejectCallsNotFromAB"_s, u"enableAutologin"_s }) {
        QCOMPARE(f.edit.readOnlyReason(name), SettingsCatalogue::adminOnlyReason());
        QVERIFY(!f.edit.setValue(name, !f.edit.roomValue(name).toBool()).isEmpty());
    }
    // The core refuses before sending, whoever asks.
    QSignalSpy failed(&f.settings, &RoomSettings::failed);
    QCOMPARE(f.settings.apply(
                 QJsonObject { { u"autoAccept"_s, true }, { u"rejectCallsNotFromAB"_s, true } }),
             0u);
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains(u"rejectCallsNotFromAB"_s));
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setSettings"_s), 0);
    // The rest is both roles'.
    QVERIFY(f.edit.readOnlyReason(u"autoAccept"_s).isEmpty());
    QVERIFY(f.edit.setValue(u"autoAccept"_s, true).isEmpty());
    QSignalSpy applied(&f.edit, &SettingsEdit::applied);
    QVERIFY(f.edit.apply() != 0);
    QVERIFY(applied.wait());
    QCOMPARE(countOf(f.sim->receivedMethods(), u"setSettings"_s), 1);

    // An administrator may change them.
    Fixture admin(Room::Role::Admin);
    QVERIFY(admin.ok);
    QTRY_VERIFY(admin.settings.isKnown());
    QVERIFY(admin.edit.readOnlyReason(u"rejectCallsNotFromAB"_s).isEmpty());
    QVERIFY(admin.edit.setValue(u"rejectCallsNotFromAB"_s, true).isEmpty());
    QVERIFY(admin.edit.apply() != 0);
    QTRY_COMPARE(admin.sim->setting(u"rejectCallsNotFromAB"_s), QJsonValue(true));
    QCOMPARE(f.sim->violations(), QStringList());
    QCOMPARE(admin.sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_SettingsEdit)
#include "tst_settingsedit.moc"
