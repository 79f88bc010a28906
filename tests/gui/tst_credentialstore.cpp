// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/securitystate.h"
#include "gui/credentials/credentialstore.h"
#include "gui/credentials/savedrooms.h"
#include "gui/dialogs/connectdialog.h"
#include "guitest.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

// A service of its own: even a run outside the wrapper never touches RoomDeck's entries.
const auto kService = u"RoomDeck test suite"_s;

CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialStore::Result> result;
    start([&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeout))
        return { CredentialStore::Status::Failed, {}, u"no answer from the keychain"_s };
    return *result;
}

} // namespace

//! Run by ctest twice: inside run-with-keyring.sh (a private, unlocked Secret Service) for the
//! round trips, and with DBUS_SESSION_BUS_ADDRESS pointing nowhere for the "no keychain" path.
class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripInKeyring();
    void connectDialogFillsSecret();
    void mainWindowRemembersSecret();
    void unavailableKeychainIsReported();
};

void TestCredentialStore::initTestCase()
{
    initSettings(u"tst_gui_credentialstore"_s);
}

void TestCredentialStore::roundTripInKeyring()
{
    CredentialStore store(kService);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    const QString key = CredentialStore::keyFor(u"10.0.0.5:8088"_s, {}, Room::Role::Admin);
    QCOMPARE(key, u"10.0.0.5:8088/default as admin"_s);

    // Nothing there yet (a left-over from an aborted run is removed first).
    wait([&](auto cb) { store.remove(key, this, cb); });
    CredentialStore::Result r = wait([&](auto cb) { store.read(key, this, cb); });
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    QVERIFY(store.isAvailable());
    QCOMPARE(availability.size(), 1);

    r = wait([&](auto cb) { store.write(key, u"s3cret PIN ü"_s, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    r = wait([&](auto cb) { store.read(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.secret, u"s3cret PIN ü"_s);

    // Another role of the same room is another entry.
    const QString userKey = CredentialStore::keyFor(u"10.0.0.5:8088"_s, {}, Room::Role::User);
    QCOMPARE(wait([&](auto cb) { store.read(userKey, this, cb); }).status,
             CredentialStore::Status::NotFound);

    r = wait([&](auto cb) { store.remove(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status,
             CredentialStore::Status::NotFound);

    // A callback whose context is gone is not called.
    bool called = false;
    {
        QObject context;
        store.read(key, &context, [&called](const CredentialStore::Result &) { called = true; });
    }
    // Barrier: a later read has been answered, so the earlier one has been too.
    QVERIFY(wait([&](auto cb) { store.read(key, this, cb); }).status
            != CredentialStore::Status::Failed);
    QVERIFY(!called);
}

void TestCredentialStore::connectDialogFillsSecret()
{
    CredentialStore store(kService);
    const SavedRoom room { u"Board room"_s, u"10.0.0.7:8088"_s, {}, Room::Role::User, true };
    const QString key = CredentialStore::keyFor(room.address, room.instance, room.role);
    QVERIFY(wait([&](auto cb) { store.write(key, u"4711"_s, this, cb); }).ok());

    ConnectDialog dialog;
    dialog.setSavedRooms({ room, SavedRoom { {}, u"10.0.0.8:8088"_s, {}, Room::Role::Admin } });
    dialog.setCredentialStore(&store);
    auto *list = find<QListWidget>(&dialog, "savedRoomList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"Board room — 10.0.0.7:8088 (User)"_s);
    list->setCurrentRow(0);
    QCOMPARE(find<QLineEdit>(&dialog, "addressEdit")->text(), room.address);
    QCOMPARE(dialog.role(), Room::Role::User);
    auto *secret = find<QLineEdit>(&dialog, "secretEdit");
    QTRY_COMPARE_WITH_TIMEOUT(secret->text(), u"4711"_s, kTimeout);
    auto *remember = find<QCheckBox>(&dialog, "rememberSecretCheckBox");
    QVERIFY(remember->isEnabled());
    QVERIFY(remember->isChecked());
    dialog.show();
    saveShot(&dialog, u"connect-dialog-keyring"_s);
    const ConnectionRequest request = dialog.request();
    QCOMPARE(request.credentials.secret, u"4711"_s);
    QCOMPARE(request.name, u"Board room"_s);
    QCOMPARE(request.secretPolicy, ConnectionRequest::SecretPolicy::Remember);

    // The other room has no secret: the field stays empty.
    list->setCurrentRow(1);
    // Barrier: a keychain read issued now is answered after any lookup the dialog started.
    QVERIFY(wait([&](auto cb) { store.read(key, this, cb); }).ok());
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!remember->isChecked());
    QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
}

void TestCredentialStore::mainWindowRemembersSecret()
{
    // The PIN protects both modes of the simulated room (room-api.md §10 t).
    RoomSimulator::Options options;
    options.pin = u"2468"_s;
    Fixture f(options);
    CredentialStore *store = f.window->credentialStore();
    ConnectionRequest request = f.request(Room::Role::Admin, u"2468"_s);
    request.name = u"Lab"_s;
    request.secretPolicy = ConnectionRequest::SecretPolicy::Remember;
    f.window->connectToRoom(request);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);

    // The secret is in the keychain, the settings only know that it is.
    const QString key = CredentialStore::keyFor(request.addressText, {}, Room::Role::Admin);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSettings settings;
            const QList<SavedRoom> rooms = SavedRooms::load(settings);
            return !rooms.isEmpty() && rooms.first().secretInKeyring;
        }(),
        kTimeout);
    CredentialStore::Result r = wait([&](auto cb) { store->read(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.secret, u"2468"_s);
    QSettings settings;
    for (const QString &k : settings.allKeys())
        QVERIFY2(!settings.value(k).toString().contains(u"2468"_s), qPrintable(k));

    // --room without ROOMDECK_PIN: the secret comes from the keychain.
    f.controller->disconnectFromRoom();
    ConnectionRequest fromCli = f.request(Room::Role::Admin);
    fromCli.lookUpSecret = true;
    f.window->connectToRoom(fromCli);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QCOMPARE(f.controller->role(), Room::Role::Admin);
    // ... and leaves the keychain and the saved room (name included) as they were.
    QCOMPARE(labelText(f.window.get(), "addressLabel"), u"Lab — "_s + request.addressText);
    QVERIFY(wait([&](auto cb) { store->read(key, this, cb); }).ok());

    // Unticking "remember" forgets it.
    f.controller->disconnectFromRoom();
    request.secretPolicy = ConnectionRequest::SecretPolicy::Forget;
    f.window->connectToRoom(request);
    QTRY_COMPARE_WITH_TIMEOUT(wait([&](auto cb) { store->read(key, this, cb); }).status,
                              CredentialStore::Status::NotFound, kTimeout);

    // Remembered again, then this console changes its own mode's protection: the saved PIN
    // no longer opens the room, so it leaves the keychain.
    f.controller->disconnectFromRoom();
    request.secretPolicy = ConnectionRequest::SecretPolicy::Remember;
    f.window->connectToRoom(request);
    QTRY_VERIFY_WITH_TIMEOUT(f.controller->isReady(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(wait([&](auto cb) { store->read(key, this, cb); }).ok(), kTimeout);
    QSignalSpy changed(f.window->console()->security(), &SecurityState::protectionChanged);
    f.window->console()->security()->setProtection(Room::Role::Admin, Room::Protection::Password,
                                                   u"n3w-pass"_s);
    QVERIFY(changed.wait(kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(wait([&](auto cb) { store->read(key, this, cb); }).status,
                              CredentialStore::Status::NotFound, kTimeout);
    QSettings after;
    QVERIFY(!SavedRooms::load(after).first().secretInKeyring);
    QVERIFY(f.controller->isReady()); // still signed in
}

void TestCredentialStore::unavailableKeychainIsReported()
{
    CredentialStore store(kService);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    const QString key = CredentialStore::keyFor(u"10.0.0.9:8088"_s, {}, Room::Role::Admin);
    const CredentialStore::Result r = wait([&](auto cb) { store.write(key, u"x"_s, this, cb); });
    QCOMPARE(r.status, CredentialStore::Status::Unavailable);
    QVERIFY2(r.error.contains(u"No keyring service is available"_s), qPrintable(r.error));
    QVERIFY(r.error.contains(u"ask for the PIN or password each time"_s));
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    QCOMPARE(availability.size(), 1);

    // The connect dialog says so and does not offer to remember.
    ConnectDialog dialog;
    dialog.setCredentialStore(&store);
    QVERIFY(!find<QCheckBox>(&dialog, "rememberSecretCheckBox")->isEnabled());
    QVERIFY(labelText(&dialog, "keyringStatusLabel").contains(u"No keyring service"_s));
    dialog.setSavedRooms({ SavedRoom { u"Lab"_s, u"10.0.0.9:8088"_s, {}, Room::Role::Admin } });
    dialog.show();
    saveShot(&dialog, u"connect-dialog-no-keychain"_s);

    // The main window shows it in the status bar, without a modal box.
    Fixture f;
    ConnectionRequest request = f.request(Room::Role::Admin, u"1234"_s);
    request.secretPolicy = ConnectionRequest::SecretPolicy::Remember;
    request.credentials = RoomController::Credentials::unsecured(Room::Role::Admin);
    request.credentials.secret = u"1234"_s; // only for the keychain write
    f.window->connectToRoom(request);
    auto *label = find<QLabel>(f.window.get(), "keyringLabel");
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kTimeout);
    QVERIFY(label->text().contains(u"No keyring"_s));
    QVERIFY(f.presenter->asked.isEmpty());
}

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
