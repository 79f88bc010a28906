// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "sim/roomsimulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

//! Address book, groups, ban list, directory and presence (room-api.md §7.2, §10 o).
class tst_SimAddressBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedBook();
    void sameSeedSameRoom();
    void editContacts();
    void groups();
    void banList();
    void detailsAndSearch();
    void presenceStorm();
    void presenceChurn();
    void controlApi();
};

namespace {

RoomSimulator::Options withPeers(int peers, quint32 seed = 1)
{
    RoomSimulator::Options o = options();
    o.peers = peers;
    o.seed = seed;
    return o;
}

//! The book without lastOnlineTime, which follows the clock.
QStringList fingerprint(const QJsonArray &book)
{
    QStringList lines;
    for (const QJsonValue &v : book) {
        QJsonObject o = v.toObject();
        o.remove(u"lastOnlineTime"_s);
        lines.append(compact(o));
    }
    return lines;
}

QStringList changedIds(TestClient &c, int expected)
{
    QStringList ids;
    while (ids.size() < expected) {
        const QJsonObject e = c.waitEvent(u"usersStatusesChanged"_s);
        if (e.isEmpty())
            break;
        const QJsonArray statuses = e.value(u"usersStatuses"_s).toArray();
        for (const QJsonValue &v : statuses)
            ids.append(v.toObject().value(u"peerId"_s).toString());
    }
    return ids;
}

} // namespace

void tst_SimAddressBook::generatedBook()
{
    RoomSimulator sim(withPeers(300));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim, u"user"_s));
    const QJsonArray book = c.call(u"getAbook"_s).value(u"abook"_s).toArray();
    QCOMPARE(book.size(), 300);
    QCOMPARE(book.at(0).toObject().value(u"peerId"_s).toString(), u"user0001@sim.trueconf.local"_s);
    QCOMPARE(book.at(299).toObject().value(u"peerId"_s).toString(),
             u"user0300@sim.trueconf.local"_s);

    QSet<QString> names;
    QSet<int> statuses;
    QSet<int> extStatuses;
    int notEditable = 0;
    int withText = 0;
    for (const QJsonValue &v : book) {
        const QJsonObject o = v.toObject();
        // Every documented field, with its JSON type (§7.2).
        QVERIFY(o.value(u"peerId"_s).isString());
        QVERIFY(o.value(u"peerDn"_s).isString());
        QVERIFY(o.value(u"status"_s).isDouble());
        QVERIFY(o.value(u"extStatus"_s).isDouble());
        QVERIFY(o.value(u"lastOnlineTime"_s).isDouble());
        QVERIFY(o.value(u"additionalStatus"_s).isString());
        QVERIFY(o.value(u"isEditable"_s).isBool());
        QCOMPARE(o.size(), 7);
        names.insert(o.value(u"peerDn"_s).toString());
        statuses.insert(o.value(u"status"_s).toInt());
        extStatuses.insert(o.value(u"extStatus"_s).toInt());
        notEditable += o.value(u"isEditable"_s).toBool() ? 0 : 1;
        withText += o.value(u"additionalStatus"_s).toString().isEmpty() ? 0 : 1;
        // Online now = 0; offline contacts were seen at some time in the past.
        const bool offline = o.value(u"status"_s).toInt() == 0;
        QCOMPARE(o.value(u"lastOnlineTime"_s).toDouble() > 0, offline);
    }
    QCOMPARE(names.size(), 300); // varied, distinct names
    QVERIFY(statuses.contains(0) && statuses.contains(1) && statuses.contains(2)
            && statuses.contains(5));
    QVERIFY(extStatuses.size() >= 8);
    QCOMPARE(notEditable, 30);
    QVERIFY(withText > 20);
    QCOMPARE(c.call(u"getGroups"_s).value(u"groups"_s).toArray().size(), 2);
    QCOMPARE(c.call(u"getBanList"_s).value(u"banList"_s).toArray(), QJsonArray());
}

void tst_SimAddressBook::sameSeedSameRoom()
{
    RoomSimulator a(withPeers(50, 7));
    RoomSimulator b(withPeers(50, 7));
    RoomSimulator other(withPeers(50, 8));
    QCOMPARE(fingerprint(a.contacts()), fingerprint(b.contacts()));
    QVERIFY(fingerprint(a.contacts()) != fingerprint(other.contacts()));
    QVERIFY(startSim(a));
    QVERIFY(startSim(b));
    TestClient ca;
    TestClient cb;
    QVERIFY(ca.openAs(a));
    QVERIFY(cb.openAs(b));
    QCOMPARE(a.simulatePresenceChanges(30), 30);
    QCOMPARE(b.simulatePresenceChanges(30), 30);
    QCOMPARE(changedIds(ca, 30), changedIds(cb, 30));
    QCOMPARE(fingerprint(a.contacts()), fingerprint(b.contacts()));
}

void tst_SimAddressBook::editContacts()
{
    RoomSimulator sim(withPeers(12));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));

    // A bare PeerId is completed with the room's server and the reply says so.
    const QJsonObject added = c.call(u"addToAbook"_s, { { u"peerId"_s, u"newbie"_s } });
    QCOMPARE(added.value(u"result"_s), QJsonValue(true));
    QCOMPARE(added.value(u"callId"_s).toString(), u"newbie@sim.trueconf.local"_s);
    const QJsonArray contacts = c.waitEvent(u"contactsAdded"_s).value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject().value(u"peerId"_s).toString(),
             u"newbie@sim.trueconf.local"_s);
    QCOMPARE(contacts.at(0).toObject().size(), 7);
    QCOMPARE(sim.contactCount(), 13);
    // Already there: fine, nothing happens.
    QVERIFY(!c.call(u"addToAbook"_s, { { u"peerId"_s, u"NEWBIE@sim.trueconf.local"_s } })
                 .contains(u"callId"_s));
    QCOMPARE(c.eventCount(u"contactsAdded"_s), 0);
    QCOMPARE(
        c.call(u"addToAbook"_s, { { u"peerId"_s, u"\\c\\conf"_s } }).value(u"error"_s).toString(),
        u"Invalid parameters"_s);
    // With a name, and presence from the id (busy…).
    c.call(u"addToAbook"_s,
           { { u"peerId"_s, u"busy.bee@video.example.net"_s }, { u"peerDn"_s, u"Bee"_s } });
    const QJsonObject bee
        = c.waitEvent(u"contactsAdded"_s).value(u"contacts"_s).toArray().at(0).toObject();
    QCOMPARE(bee.value(u"peerDn"_s).toString(), u"Bee"_s);
    QCOMPARE(bee.value(u"status"_s).toInt(), 2);

    const QJsonObject renamed = c.call(
        u"renameInAbook"_s, { { u"peerId"_s, u"newbie"_s }, { u"peerDn"_s, u"New Colleague"_s } });
    QCOMPARE(renamed.value(u"peerId"_s).toString(), u"newbie@sim.trueconf.local"_s);
    QCOMPARE(c.waitEvent(u"contactsRenamed"_s)
                 .value(u"contacts"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"peerDn"_s)
                 .toString(),
             u"New Colleague"_s);
    QCOMPARE(c.call(u"getDisplayNameById"_s, { { u"peerId"_s, u"newbie"_s } })
                 .value(u"peerDn"_s)
                 .toString(),
             u"New Colleague"_s);

    QCOMPARE(c.call(u"removeFromAbook"_s, { { u"peerId"_s, u"newbie@sim.trueconf.local"_s } })
                 .value(u"peerId"_s)
                 .toString(),
             u"newbie@sim.trueconf.local"_s);
    QVERIFY(!c.waitEvent(u"contactsDeleted"_s).isEmpty());
    QCOMPARE(
        c.call(u"removeFromAbook"_s, { { u"peerId"_s, u"newbie"_s } }).value(u"error"_s).toString(),
        u"Invalid parameters"_s);
    QCOMPARE(c.call(u"renameInAbook"_s, { { u"peerId"_s, u"ghost"_s }, { u"peerDn"_s, u"x"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    // Every tenth generated contact is managed by the server.
    QCOMPARE(c.call(u"removeFromAbook"_s, { { u"peerId"_s, u"user0010@sim.trueconf.local"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Access denied"_s);

    // The directory knows names beyond the book.
    QCOMPARE(
        c.call(u"getDisplayNameById"_s, { { u"peerId"_s, u"user0500@sim.trueconf.local"_s } })
            .value(u"peerDn"_s)
            .toString(),
        RoomSimulator(withPeers(500)).contacts().at(499).toObject().value(u"peerDn"_s).toString());
    QCOMPARE(c.call(u"getDisplayNameById"_s, { { u"peerId"_s, u"zed@elsewhere.org/abc"_s } })
                 .value(u"peerDn"_s)
                 .toString(),
             u"zed"_s);
}

void tst_SimAddressBook::groups()
{
    RoomSimulator sim(withPeers(12));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    const QJsonArray initial = c.call(u"getGroups"_s).value(u"groups"_s).toArray();
    QCOMPARE(compact(initial),
             uR"([{"groupId":1,"name":"Favourites"},{"groupId":2,"name":"Support"}])"_s);

    QVERIFY(c.call(u"createGroup"_s, { { u"name"_s, u"Board"_s } }).value(u"result"_s).toBool());
    QCOMPARE(compact(c.waitEvent(u"groupsAdded"_s).value(u"groups"_s)),
             uR"([{"groupId":3,"name":"Board"}])"_s);
    QVERIFY(c.call(u"renameGroup"_s, { { u"groupId"_s, 3 }, { u"newName"_s, u"Directors"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(compact(c.waitEvent(u"groupsRenamed"_s).value(u"groups"_s)),
             uR"([{"groupId":3,"name":"Directors"}])"_s);

    const QString member = u"user0003@sim.trueconf.local"_s;
    QVERIFY(c.call(u"addToGroup"_s, { { u"groupId"_s, 3 }, { u"peerId"_s, member } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(compact(c.waitEvent(u"usersAddedToGroups"_s).value(u"addedUsers"_s)),
             uR"([{"groupId":3,"peerId":"user0003@sim.trueconf.local"}])"_s);
    c.call(u"addToGroup"_s, { { u"groupId"_s, 3 }, { u"peerId"_s, member } });
    QCOMPARE(c.eventCount(u"usersAddedToGroups"_s), 0); // already a member
    QCOMPARE(c.call(u"addToGroup"_s, { { u"groupId"_s, 3 }, { u"peerId"_s, u"stranger"_s } })
                 .value(u"error"_s)
                 .toString(),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"removeFromGroup"_s, { { u"groupId"_s, 3 }, { u"peerId"_s, member } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(compact(c.waitEvent(u"usersRemovedFromGroups"_s).value(u"removedUsers"_s)),
             uR"([{"groupId":3,"peerId":"user0003@sim.trueconf.local"}])"_s);
    QVERIFY(c.call(u"removeGroup"_s, { { u"groupId"_s, 3 } }).value(u"result"_s).toBool());
    QCOMPARE(compact(c.waitEvent(u"groupsRemoved"_s).value(u"groups"_s)),
             uR"([{"groupId":3,"name":"Directors"}])"_s);
    for (const QString &method : { u"removeGroup"_s, u"renameGroup"_s })
        QCOMPARE(c.call(method, { { u"groupId"_s, 3 }, { u"newName"_s, u"x"_s } })
                     .value(u"error"_s)
                     .toString(),
                 u"Invalid parameters"_s);
    QCOMPARE(c.call(u"createGroup"_s, { { u"name"_s, 5 } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
}

void tst_SimAddressBook::banList()
{
    RoomSimulator sim(withPeers(12));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(c.call(u"block"_s, { { u"peerId"_s, u"user0002"_s } }).value(u"peerId"_s).toString(),
             u"user0002@sim.trueconf.local"_s);
    const QJsonObject blocked = c.waitEvent(u"contactBlocked"_s);
    QCOMPARE(blocked.value(u"peerId"_s).toString(), u"user0002@sim.trueconf.local"_s);
    QCOMPARE(blocked.value(u"peerDn"_s).toString(),
             sim.contacts().at(1).toObject().value(u"peerDn"_s).toString());
    const QJsonArray ban = c.call(u"getBanList"_s).value(u"banList"_s).toArray();
    QCOMPARE(ban.size(), 1);
    QCOMPARE(ban.at(0).toObject().size(), 7); // Contact objects (§10 o)
    c.call(u"block"_s, { { u"peerId"_s, u"user0002@sim.trueconf.local"_s } });
    QCOMPARE(c.eventCount(u"contactBlocked"_s), 0);

    QVERIFY(c.call(u"unblock"_s, { { u"peerId"_s, u"user0002@sim.trueconf.local"_s } })
                .value(u"result"_s)
                .toBool());
    QCOMPARE(c.waitEvent(u"contactUnblocked"_s).value(u"peerId"_s).toString(),
             u"user0002@sim.trueconf.local"_s);
    QCOMPARE(c.call(u"unblock"_s, { { u"peerId"_s, u"user0002"_s } }).value(u"error"_s).toString(),
             u"Invalid parameters"_s);
    QVERIFY(c.call(u"getBanList"_s).value(u"banList"_s).toArray().isEmpty());
}

void tst_SimAddressBook::detailsAndSearch()
{
    RoomSimulator sim(withPeers(64));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QVERIFY(c.call(u"getContactDetails"_s, { { u"peerId"_s, u"user0001@sim.trueconf.local"_s } })
                .value(u"result"_s)
                .toBool());
    const QJsonObject details = c.waitEvent(u"detailsInfo"_s);
    for (const QString &field :
         { u"peerId"_s, u"peerDn"_s, u"firstName"_s, u"lastName"_s, u"mobilePhone"_s,
           u"workPhone"_s, u"homePhone"_s, u"company"_s, u"isEditable"_s })
        QVERIFY2(details.contains(field), qPrintable(field));
    QCOMPARE(details.value(u"firstName"_s).toString() + u' '
                 + details.value(u"lastName"_s).toString(),
             details.value(u"peerDn"_s).toString());

    const QString someone = sim.contacts().at(20).toObject().value(u"peerDn"_s).toString();
    const QJsonObject found = c.call(u"searchContact"_s,
                                     { { u"searchingString"_s, someone },
                                       { u"searchingTimeoutMsec"_s, 3000 },
                                       { u"searchingMask"_s, 0 } });
    QVERIFY(found.value(u"searchingResult"_s).toBool());
    QCOMPARE(found.value(u"foundContacts"_s).toArray().size(), 1);
    QCOMPARE(found.value(u"foundContacts"_s).toArray().at(0).toObject().value(u"peerDn"_s),
             QJsonValue(someone));
}

void tst_SimAddressBook::presenceStorm()
{
    RoomSimulator sim(withPeers(400));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    QCOMPARE(sim.simulatePresenceChanges(250), 250);
    // Batched: at most 100 contacts per event.
    QList<int> sizes;
    for (int i = 0; i < 3; ++i)
        sizes.append(
            int(c.waitEvent(u"usersStatusesChanged"_s).value(u"usersStatuses"_s).toArray().size()));
    QCOMPARE(sizes, (QList<int> { 100, 100, 50 }));
    const QJsonObject one = c.call(u"getAbook"_s).value(u"abook"_s).toArray().at(0).toObject();
    QCOMPARE(one.size(), 7);

    // Presence comes from the server: nothing while logged out.
    sim.setAppState(2);
    QCOMPARE(sim.simulatePresenceChanges(10), 0);
}

void tst_SimAddressBook::presenceChurn()
{
    RoomSimulator::Options o = withPeers(500);
    o.presenceChurnPerSecond = 200;
    RoomSimulator sim(o);
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    // Ten batches a second of about 20 changes each.
    int events = 0;
    int changes = 0;
    int biggest = 0;
    QDeadlineTimer deadline(5000);
    while (changes < 150 && !deadline.hasExpired()) {
        const QJsonObject e = c.waitEvent(u"usersStatusesChanged"_s);
        if (e.isEmpty())
            break;
        const int n = int(e.value(u"usersStatuses"_s).toArray().size());
        ++events;
        changes += n;
        biggest = qMax(biggest, n);
    }
    QVERIFY2(changes >= 150, qPrintable(QString::number(changes)));
    QVERIFY(events >= 7);
    QVERIFY(biggest <= 25);
    QCOMPARE(sim.presenceChurn(), 200.0);

    QVERIFY(sim.isPresenceChurnScheduled());
    sim.setPresenceChurn(0);
    // Stopped means its clock is stopped: no tick can send anything any more.
    QVERIFY(!sim.isPresenceChurnScheduled());
    c.call(u"getAppState"_s); // anything sent before this reply has arrived now
    c.clearFrames();
    c.call(u"getAppState"_s); // a round trip: nothing came in between
    QCOMPARE(c.eventCount(u"usersStatusesChanged"_s), 0);
    QCOMPARE(sim.presenceChurn(), 0.0);
}

void tst_SimAddressBook::controlApi()
{
    RoomSimulator sim(withPeers(3));
    QVERIFY(startSim(sim));
    TestClient c;
    QVERIFY(c.openAs(sim));
    sim.addContacts(4);
    QCOMPARE(c.waitEvent(u"contactsAdded"_s).value(u"contacts"_s).toArray().size(), 4);
    QCOMPARE(sim.contactCount(), 7);
    QVERIFY(sim.addContact(u"pat@video.example.net"_s, u"Pat"_s));
    QVERIFY(!sim.addContact(u"pat@video.example.net"_s));
    QVERIFY(sim.setPresence(u"pat@video.example.net"_s, 2, -2, u"On a call"_s));
    c.waitEvent(u"contactsAdded"_s);
    const QJsonObject changed = c.waitEvent(u"usersStatusesChanged"_s)
                                    .value(u"usersStatuses"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(changed.value(u"peerId"_s).toString(), u"pat@video.example.net"_s);
    QCOMPARE(changed.value(u"status"_s).toInt(), 2);
    QCOMPARE(changed.value(u"extStatus"_s).toInt(), 7); // derived from the status
    QCOMPARE(changed.value(u"additionalStatus"_s).toString(), u"On a call"_s);
    QVERIFY(!sim.setPresence(u"nobody@video.example.net"_s, 1));
}

QTEST_GUILESS_MAIN(tst_SimAddressBook)
#include "tst_simaddressbook.moc"
