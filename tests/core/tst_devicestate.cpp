// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// DeviceState and RoomSettings (issue 14 items 1 and 2): the room's devices, mute switches,
// options and settings held live, against a real strict simulator; a second controller stands
// for the room's own touch panel.

#include "core/models/devicestate.h"
#include "core/models/roomsettings.h"
#include "core/protocol/methodcatalogue.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Device = DeviceState::Device;
using Option = DeviceState::Option;
using Status = RequestOutcome::Status;

namespace {

bool connectAs(RoomController &c, RoomSimulator &sim, Room::Role role)
{
    QSignalSpy ready(&c, &RoomController::startupCompleted);
    c.connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    return ready.wait(5000);
}

//! Every request sent before this one has been answered (replies come in order).
bool roundTrip(RoomController &c)
{
    QSignalSpy done(&c, &RoomController::requestFinished);
    const quint64 id = c.sendRequest(u"getAppState"_s, {});
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : done)
                if (args.first().value<RequestOutcome>().id == id)
                    return true;
            return false;
        },
        5000);
}

int countOf(const QStringList &list, const QString &item)
{
    return int(list.count(item));
}

//! The outcome a verb ends in, caught through its `done`.
struct Catch
{
    std::optional<RequestOutcome> outcome;
    PendingRequests::Callback callback()
    {
        return [this](const RequestOutcome &o) {
            outcome = o;
        };
    }
};

} // namespace

class tst_DeviceState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void muteFollowsTheRoom();
    void hardwareAndChoice();
    void optionsReadAndFollowed();
    void optionsNotReportedByAnOlderRoom();
    void receivingLevel();
    void verbsRefusedLocally();
    void settingsLiveAndRefusalChangesNothing();
    void settingsReadOncePerSignIn();
    void capturerLevelReadOnlyWithAgc();
};

void tst_DeviceState::muteFollowsTheRoom()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    // Not read yet is not "off".
    QVERIFY(!devices.isMuted(Device::Microphone).has_value());
    QVERIFY(connectAs(c, *sim, Room::Role::Admin));
    QTRY_VERIFY(devices.isMuted(Device::Microphone).has_value());
    QTRY_VERIFY(devices.isMuted(Device::Speaker).has_value());
    QTRY_VERIFY(devices.isMuted(Device::Camera).has_value());
    QCOMPARE(*devices.isMuted(Device::Microphone), false);

    // A second client (the room's panel) mutes the microphone: shown at once.
    RoomController panel(SimRoom::fastOptions());
    QVERIFY(connectAs(panel, *sim, Room::Role::User));
    QSignalSpy muted(&devices, &DeviceState::muteChanged);
    panel.sendRequest(u"setMicMute"_s, { { u"mute"_s, true } });
    QVERIFY(muted.wait());
    QCOMPARE(muted.first().at(0).value<Device>(), Device::Microphone);
    QCOMPARE(muted.first().at(1).toBool(), true);
    QCOMPARE(devices.isMuted(Device::Microphone), std::optional<bool>(true));

    // Our own verb: the reply alone changes nothing, the event does.
    Catch caught;
    QVERIFY(devices.setMuted(Device::Camera, true, this, caught.callback()) != 0);
    QTRY_VERIFY(caught.outcome.has_value());
    QVERIFY(caught.outcome->ok());
    QTRY_COMPARE(devices.isMuted(Device::Camera), std::optional<bool>(true));
    QVERIFY(devices.setMuted(Device::Microphone, false) != 0);
    QTRY_COMPARE(devices.isMuted(Device::Microphone), std::optional<bool>(false));

    // The room gone: unknown again.
    c.disconnectFromRoom();
    QTRY_VERIFY(!devices.isMuted(Device::Camera).has_value());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::hardwareAndChoice()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(devices.isHardwareKnown());
    const QList<DeviceState::Hardware> cameras = devices.devices(Device::Camera);
    QCOMPARE(cameras.size(), 5);
    QCOMPARE(devices.current(Device::Camera)->name, cameras.first().name);
    QCOMPARE(devices.devices(Device::Microphone).size(), 3);
    QCOMPARE(devices.devices(Device::Speaker).size(), 3);

    QSignalSpy hardware(&devices, &DeviceState::hardwareChanged);
    QVERIFY(devices.select(Device::Camera, cameras.at(1)) != 0);
    QVERIFY(hardware.wait());
    QCOMPARE(devices.current(Device::Camera)->description, cameras.at(1).description);

    QVERIFY(devices.selectNone(Device::Microphone) != 0);
    QTRY_VERIFY(!devices.current(Device::Microphone).has_value());
    QVERIFY(devices.isHardwareKnown());

    // An unplugged camera is refused by the room; nothing changes here.
    Catch caught;
    devices.select(Device::Camera, cameras.at(3), this, caught.callback());
    QTRY_VERIFY(caught.outcome.has_value());
    QCOMPARE(caught.outcome->status, Status::ErrorReply);
    QCOMPARE(devices.current(Device::Camera)->description, cameras.at(1).description);
    QCOMPARE(sim->violations(),
             QStringList { u"invalid parameters for setVideoCapturer (appState 3)"_s });
}

void tst_DeviceState::optionsReadAndFollowed()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    QVERIFY(!devices.option(Option::Blur).reported);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(devices.option(Option::SelfViewRotation).reported);
    QTRY_VERIFY(devices.option(Option::Blur).reported);
    for (Option o : { Option::NoiseSuppression, Option::Blur, Option::ReplaceBackground,
                      Option::Crop, Option::SelfViewRotation })
        QVERIFY2(devices.option(o).reported, qPrintable(DeviceState::optionName(o)));
    QVERIFY(devices.option(Option::NoiseSuppression).enabled);
    QVERIFY(!devices.option(Option::Blur).enabled);
    QCOMPARE(devices.option(Option::SelfViewRotation).value, 0);

    // Another controller turns blur on: followed.
    RoomController panel(SimRoom::fastOptions());
    QVERIFY(connectAs(panel, *sim, Room::Role::Admin));
    panel.sendRequest(u"setBlur"_s, { { u"enabled"_s, true } });
    QTRY_VERIFY(devices.option(Option::Blur).enabled);

    // Our own verbs, through the events.
    devices.setOptionEnabled(Option::Crop, true);
    QTRY_VERIFY(devices.option(Option::Crop).enabled);
    devices.setOptionEnabled(Option::NoiseSuppression, false);
    QTRY_VERIFY(!devices.option(Option::NoiseSuppression).enabled);
    devices.setSelfViewRotation(180);
    QTRY_COMPARE(devices.option(Option::SelfViewRotation).value, 180);

    // Background replacement needs an uploaded image to turn on; off works without one.
    const int fileId = sim->addFile(u"wall.png"_s, QByteArray("not checked by the option"));
    devices.setReplaceBackground(true, fileId);
    QTRY_VERIFY(devices.option(Option::ReplaceBackground).enabled);
    QCOMPARE(devices.option(Option::ReplaceBackground).fileId, fileId);
    devices.setOptionEnabled(Option::ReplaceBackground, false);
    QTRY_VERIFY(!devices.option(Option::ReplaceBackground).enabled);

    // Refused locally: never on the wire.
    const int rotationsSent = countOf(sim->receivedMethods(), u"setOutputSelfVideoRotateAngle"_s);
    Catch caught;
    QCOMPARE(devices.setSelfViewRotation(45, this, caught.callback()), 0u);
    QTRY_VERIFY(caught.outcome.has_value());
    QCOMPARE(caught.outcome->status, Status::RefusedLocally);
    QCOMPARE(countOf(sim->receivedMethods(), u"setOutputSelfVideoRotateAngle"_s), rotationsSent);
    Catch noImage;
    QCOMPARE(devices.setOptionEnabled(Option::ReplaceBackground, true, this, noImage.callback()),
             0u);
    QTRY_VERIFY(noImage.outcome.has_value());
    QCOMPARE(noImage.outcome->status, Status::RefusedLocally);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::optionsNotReportedByAnOlderRoom()
{
    RoomSimulator::Options options;
    options.mediaOptions = false;
    auto sim = SimRoom::start(options);
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QSignalSpy refreshed(&devices, &DeviceState::refreshed);
    QVERIFY(refreshed.wait());
    QVERIFY(devices.isHardwareKnown());
    QVERIFY(sim->receivedMethods().contains(u"getOutputSelfVideoRotateAngle"_s));
    // The catalogue-only replies (§10 s) carry no value for these: not reported.
    for (Option o : { Option::NoiseSuppression, Option::Blur, Option::ReplaceBackground,
                      Option::SelfViewRotation })
        QVERIFY2(!devices.option(o).reported, qPrintable(DeviceState::optionName(o)));
    // getCrop is in the older published API with its `enabled` field: the neutral reply
    // reports it off.
    QVERIFY(devices.option(Option::Crop).reported);
    QVERIFY(!devices.option(Option::Crop).enabled);
    QVERIFY(devices.isMuted(Device::Microphone).has_value());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::receivingLevel()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    const QString peer = u"alice@sim.trueconf.local"_s;
    QVERIFY(!devices.receivingLevel(peer).has_value());
    devices.readReceivingLevel(peer);
    QTRY_COMPARE(devices.receivingLevel(peer), std::optional<int>(100));
    devices.setReceivingLevel(peer, 40);
    QTRY_COMPARE(devices.receivingLevel(peer), std::optional<int>(40));
    Catch caught;
    QCOMPARE(devices.setReceivingLevel(peer, 101, this, caught.callback()), 0u);
    QTRY_VERIFY(caught.outcome.has_value());
    QCOMPARE(caught.outcome->status, Status::RefusedLocally);
    QCOMPARE(devices.receivingLevel(peer), std::optional<int>(40));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::verbsRefusedLocally()
{
    // None of the new methods is admin-only (room-api.md §4.1): a User may send each.
    for (const QString &m :
         DeviceState::methods() + QStringList { u"getSettings"_s, u"setSettings"_s }) {
        QVERIFY2(MethodCatalogue::instance().isMethod(m), qPrintable(m));
        QVERIFY2(!MethodCatalogue::instance().isAdminOnly(m), qPrintable(m));
        QVERIFY2(Permissions::mayCall(Room::Role::User, m), qPrintable(m));
        QVERIFY2(!Permissions::mayCall(Room::Role::None, m), qPrintable(m));
    }

    // Detached: refused, from the event loop, with one outcome each.
    DeviceState detached;
    RoomSettings settings;
    Catch a, b, s;
    QCOMPARE(detached.setMuted(Device::Microphone, true, this, a.callback()), 0u);
    QCOMPARE(detached.select(Device::Camera, {}, this, b.callback()), 0u);
    QCOMPARE(settings.setPlayLevel(0.5, this, s.callback()), 0u);
    QVERIFY(!a.outcome && !b.outcome && !s.outcome);
    QTRY_VERIFY(a.outcome && b.outcome && s.outcome);
    QCOMPARE(a.outcome->status, Status::RefusedLocally);
    QCOMPARE(b.outcome->status, Status::RefusedLocally);
    QCOMPARE(s.outcome->status, Status::RefusedLocally);

    // Attached but not signed in: the controller refuses; nothing reaches the room.
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    DeviceState devices;
    session.attach(&devices);
    session.attach(&settings);
    Catch m, v;
    QVERIFY(devices.setMuted(Device::Microphone, true, this, m.callback()) != 0);
    QVERIFY(settings.setPlayLevel(0.2, this, v.callback()) != 0);
    QTRY_VERIFY(m.outcome && v.outcome);
    QVERIFY(!m.outcome->ok());
    QVERIFY(!v.outcome->ok());
    QCOMPARE(sim->receivedMethods(), QStringList());

    // At User level every verb goes through to the room.
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    Catch u1, u2, u3;
    devices.setMuted(Device::Speaker, true, this, u1.callback());
    devices.setOptionEnabled(Option::Blur, true, this, u2.callback());
    settings.setPlayLevel(0.25, this, u3.callback());
    QTRY_VERIFY(u1.outcome && u2.outcome && u3.outcome);
    QVERIFY(u1.outcome->ok());
    QVERIFY(u2.outcome->ok());
    QVERIFY(u3.outcome->ok());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::settingsReadOncePerSignIn()
{
    // The startup burst asks getSettings: the part starts from that answer, no second read.
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RoomSettings settings;
    session.attach(&settings);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(settings.isKnown());
    QCOMPARE(settings.playLevel(), std::optional<double>(1.0));
    QVERIFY(roundTrip(c));
    QCOMPARE(countOf(sim->receivedMethods(), u"getSettings"_s), 1);

    // A change between two sign-ins is in the next burst's answer, not an old snapshot's.
    RoomController panel(SimRoom::fastOptions());
    QVERIFY(connectAs(panel, *sim, Room::Role::Admin));
    c.disconnectFromRoom();
    QVERIFY(!settings.isKnown());
    panel.sendRequest(u"setSettings"_s,
                      { { u"settings"_s, QJsonObject { { u"audioPlayLevel"_s, 0.25 } } } });
    QVERIFY(roundTrip(panel));
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(settings.isKnown());
    QCOMPARE(settings.playLevel(), std::optional<double>(0.25));

    // A burst without getSettings (a one-shot script's): the part reads them itself.
    auto other = SimRoom::start();
    RoomController::Options lean = SimRoom::fastOptions();
    lean.startupRequests = { u"getAppState"_s };
    RoomController script(lean);
    RoomSession scriptSession(&script, RoomSession::Parts::None);
    RoomSettings scriptSettings;
    scriptSession.attach(&scriptSettings);
    QVERIFY(connectAs(script, *other, Room::Role::User));
    QTRY_VERIFY(scriptSettings.isKnown());
    QCOMPARE(countOf(other->receivedMethods(), u"getSettings"_s), 1);
    QCOMPARE(sim->violations(), QStringList());
    QCOMPARE(other->violations(), QStringList());
}

void tst_DeviceState::settingsLiveAndRefusalChangesNothing()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RoomSettings settings;
    session.attach(&settings);
    QVERIFY(!settings.playLevel().has_value());
    QSignalSpy loaded(&settings, &RoomSettings::loaded);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(settings.isKnown());
    QCOMPARE(settings.playLevel(), std::optional<double>(1.0));
    QCOMPARE(settings.agcEnabled(), std::optional<bool>(false));

    // Another controller changes the volume: applied at once.
    RoomController panel(SimRoom::fastOptions());
    QVERIFY(connectAs(panel, *sim, Room::Role::Admin));
    QSignalSpy changed(&settings, &RoomSettings::changed);
    panel.sendRequest(u"setSettings"_s,
                      { { u"settings"_s, QJsonObject { { u"audioPlayLevel"_s, 0.5 } } } });
    QVERIFY(changed.wait());
    QCOMPARE(changed.first().at(0).toString(), u"audioPlayLevel"_s);
    QCOMPARE(settings.playLevel(), std::optional<double>(0.5));

    // A refusal (one unknown name makes the whole request invalid, §10 p) changes nothing.
    changed.clear();
    Catch caught;
    QVERIFY(settings.apply(QVariantMap { { u"audioPlayLevel"_s, 0.1 }, { u"noSuchSetting"_s, 1 } },
                           this, caught.callback())
            != 0);
    QTRY_VERIFY(caught.outcome.has_value());
    QCOMPARE(caught.outcome->status, Status::ErrorReply);
    QCOMPARE(settings.playLevel(), std::optional<double>(0.5));
    QCOMPARE(sim->setting(u"audioPlayLevel"_s).toDouble(), 0.5);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(sim->violations(),
             QStringList { u"invalid parameters for setSettings (appState 3)"_s });
    sim->clearViolations();

    // Our own change, through the event.
    settings.setPlayLevel(0.75);
    QTRY_COMPARE(settings.playLevel(), std::optional<double>(0.75));

    c.disconnectFromRoom();
    QTRY_VERIFY(!settings.isKnown());
    QVERIFY(!settings.playLevel().has_value());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_DeviceState::capturerLevelReadOnlyWithAgc()
{
    auto sim = SimRoom::start();
    QVERIFY(sim->changeSetting(u"agcEnable"_s, true));
    RoomController c(SimRoom::fastOptions());
    RoomSession session(&c, RoomSession::Parts::None);
    RoomSettings settings;
    session.attach(&settings);
    QVERIFY(connectAs(c, *sim, Room::Role::User));
    QTRY_VERIFY(settings.isKnown());
    QCOMPARE(settings.agcEnabled(), std::optional<bool>(true));
    QSignalSpy failed(&settings, &RoomSettings::failed);
    Catch caught;
    QCOMPARE(settings.setCapturerLevel(0.3, this, caught.callback()), 0u);
    QTRY_VERIFY(caught.outcome.has_value());
    QCOMPARE(caught.outcome->status, Status::RefusedLocally);
    QVERIFY(caught.outcome->errorText.contains(u"automatic gain control"_s));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!sim->receivedMethods().contains(u"setSettings"_s));

    // AGC off (by the room's panel): the level may be set.
    sim->changeSetting(u"agcEnable"_s, false);
    QTRY_COMPARE(settings.agcEnabled(), std::optional<bool>(false));
    settings.setCapturerLevel(0.3);
    QTRY_COMPARE(settings.capturerLevel(), std::optional<double>(0.3));
    QCOMPARE(sim->violations(), QStringList());
}

QTEST_GUILESS_MAIN(tst_DeviceState)
#include "tst_devicestate.moc"
