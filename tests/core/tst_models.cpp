// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/callsession.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerfiltermodel.h"
#include "core/models/peerlistmodel.h"
#include "core/protocol/jsonnumbers.h"
#include "core/protocol/message.h"
#include "core/session/roomsession.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonObject contactJson(const QString &id, const QString &dn, int status, int ext)
{
    return { { u"peerId"_s, id },      { u"peerDn"_s, dn },        { u"status"_s, status },
             { u"extStatus"_s, ext },  { u"lastOnlineTime"_s, 0 }, { u"additionalStatus"_s, u""_s },
             { u"isEditable"_s, true } };
}

QList<Contact> sampleBook()
{
    QList<Contact> list;
    const QList<QJsonObject> rows = {
        contactJson(u"zoe@srv"_s, u"Zoe Adams"_s, 0, 0),
        contactJson(u"bob@srv"_s, u"Bob Brown"_s, 1, 2),
        contactJson(u"amy@srv"_s, u"Amy Clark"_s, 2, 7),
        contactJson(u"carl@srv"_s, u"Carl Diaz"_s, 1, 2),
        contactJson(u"dan@other"_s, u"Dan Evans"_s, 1, 6),
    };
    for (const QJsonObject &o : rows)
        list.append(Contact::fromJson(o));
    return list;
}

RoomMessage roomEvent(const QString &name, QJsonObject payload)
{
    RoomMessage m;
    m.kind = RoomMessage::Kind::Event;
    m.method = u"event"_s;
    m.event = name;
    payload.insert(u"method"_s, u"event"_s);
    payload.insert(u"event"_s, name);
    m.body = payload;
    return m;
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList list;
    for (int r = 0; r < m.rowCount(); ++r)
        list.append(m.index(r, 0).data().toString());
    return list;
}

} // namespace

class tst_Models final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactParsing();
    void addressBookReadOneContactAtATime();
    void contactNumbersOutOfRangeAreClamped();
    void presenceChangeUpdatesOneRowOnly();
    void unchangedPresenceEmitsNothing();
    void addRemoveRename();
    void largeContactsAddedInOneEvent();
    void largeDeleteAndParticipantLookups();
    void filterByNameAndId();
    void sortByPresenceThenName();
    void nameOrderIsCaseInsensitiveUnicode();
    void repeatedIdsKeepTheFirstEntry();
    void frozenOrderHoldsStill();
    void peerModelFollowsController();
    void participants();
    void callSessionPhases();
    void callSessionRejectReason();
};

void tst_Models::addressBookReadOneContactAtATime()
{
    // The same contacts from the array's text as from the parsed array; a malformed text
    // changes nothing.
    const QByteArray text = R"([{"peerId":"a@x","peerDn":"Anna \"A\"","status":1},)"
                            R"(5,{"peerDn":"no id"},{"peerId":"b@x","tags":["]"]}])";
    PeerListModel fromText;
    QVERIFY(fromText.setFromJsonText(text));
    PeerListModel fromArray;
    fromArray.setFromJson(QJsonDocument::fromJson(text).array());
    QCOMPARE(fromText.rowCount(), 2);
    QCOMPARE(fromArray.rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(fromText.index(row).data(), fromArray.index(row).data());
    QVERIFY(!fromText.setFromJsonText(R"([{"peerId":"c@x"},{"peerId":)"));
    QVERIFY(!fromText.setFromJsonText(R"([{"peerId":"c@x"},{"peerId" "d@x"}])"));
    QCOMPARE(fromText.rowCount(), 2);
}

void tst_Models::contactParsing()
{
    bool ok = false;
    Contact c = Contact::fromJson(
        { { u"peerId"_s, u"old@srv"_s }, { u"peerDn"_s, u"Old"_s }, { u"status"_s, 1 } }, &ok);
    QVERIFY(ok);
    QCOMPARE(c.extStatus, -2); // an older room sends no extStatus
    QCOMPARE(c.presenceText(), u"Available"_s);
    QCOMPARE(c.presenceClass(), u"available"_s);
    Contact::fromJson({ { u"peerDn"_s, u"no id"_s } }, &ok);
    QVERIFY(!ok);
    Contact::fromJson({ { u"peerId"_s, 5 } }, &ok);
    QVERIFY(!ok);
    QCOMPARE(Contact::key(u"Bob@Srv/abc"_s), u"bob@srv"_s);
}

void tst_Models::contactNumbersOutOfRangeAreClamped()
{
    // A JSON number is a double; casting 1e300 to qint64 is undefined behaviour. Out of range
    // values end at the nearest limit, NaN (possible in a QJsonValue built in code) is ignored.
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    const QList<QPair<double, qint64>> cases = {
        { 1e300, kMax },
        { -1e300, kMin },
        { 9223372036854775808.0, kMax }, // 2^63
        { -9223372036854775808.0, kMin }, // -2^63 is representable
        { 1700000000.0, 1700000000 },
        { 12.9, 12 },
        { std::numeric_limits<double>::infinity(), kMax },
    };
    for (const auto &[in, out] : cases) {
        const Contact c = Contact::fromJson({ { u"peerId"_s, u"a@srv"_s },
                                              { u"lastOnlineTime"_s, in },
                                              { u"status"_s, in },
                                              { u"extStatus"_s, in } });
        QCOMPARE(c.lastOnlineTime, out);
    }
    Contact c = Contact::fromJson({ { u"peerId"_s, u"a@srv"_s }, { u"lastOnlineTime"_s, 42 } });
    c.mergePresence({ { u"lastOnlineTime"_s, std::numeric_limits<double>::quiet_NaN() } });
    QCOMPARE(c.lastOnlineTime, qint64(42));
    // status/extStatus out of int range keep their previous values (QJsonValue::toInt).
    c.mergePresence({ { u"status"_s, 1e300 }, { u"extStatus"_s, -1e300 } });
    QCOMPARE(c.status, 0);
    QCOMPARE(c.extStatus, -2);

    QCOMPARE(JsonNumbers::clamp(1e300, 0, 65535), qint64(65535));
    QCOMPARE(JsonNumbers::clamp(-1e300, 0, 65535), qint64(0));
    QCOMPARE(JsonNumbers::clamp(std::numeric_limits<double>::quiet_NaN(), 0, 9, 7), qint64(7));
    QCOMPARE(JsonNumbers::toInt64(QJsonValue(u"5"_s), -1), qint64(-1));
    QCOMPARE(JsonNumbers::toInt64(QJsonValue(-3.7), 0), qint64(-3));
}

void tst_Models::presenceChangeUpdatesOneRowOnly()
{
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContacts(sampleBook());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int changedRows = model.applyPresence(QJsonArray {
        QJsonObject { { u"peerId"_s, u"amy@srv"_s }, { u"status"_s, 1 }, { u"extStatus"_s, 2 } },
        QJsonObject { { u"peerId"_s, u"stranger@srv"_s }, { u"status"_s, 1 } } });
    QCOMPARE(changedRows, 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QModelIndex tl = changed.first().at(0).toModelIndex();
    const QModelIndex br = changed.first().at(1).toModelIndex();
    QCOMPARE(tl.row(), model.rowOf(u"amy@srv"_s));
    QCOMPARE(br.row(), tl.row());
    QCOMPARE(changed.first().at(2).value<QList<int>>(), PeerListModel::presenceRoles());
    QCOMPARE(model.contact(tl.row()).presenceClass(), u"available"_s);
}

void tst_Models::unchangedPresenceEmitsNothing()
{
    PeerListModel model;
    model.setContacts(sampleBook());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.applyPresence(QJsonArray { QJsonObject {
                 { u"peerId"_s, u"bob@srv"_s }, { u"status"_s, 1 }, { u"extStatus"_s, 2 } } }),
             0);
    QCOMPARE(changed.size(), 0);
}

void tst_Models::addRemoveRename()
{
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContacts(sampleBook() + sampleBook()); // duplicates are dropped
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addContacts({ Contact::fromJson(contactJson(u"eve@srv"_s, u"Eve"_s, 1, 2)),
                        Contact::fromJson(contactJson(u"BOB@srv"_s, u"Bob B."_s, 1, 2)) });
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.contact(model.rowOf(u"bob@srv"_s)).peerDn, u"Bob B."_s);
    model.removeContacts({ u"amy@srv"_s, u"zoe@srv"_s, u"nobody@srv"_s });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(u"amy@srv"_s), -1);
    QVERIFY(model.rowOf(u"eve@srv"_s) >= 0);
    QCOMPARE(model.index(model.rowOf(u"eve@srv"_s)).data(PeerListModel::PeerIdRole).toString(),
             u"eve@srv"_s);
    model.renameContact(u"eve@srv"_s, u"Eve Long"_s);
    QCOMPARE(model.index(model.rowOf(u"eve@srv"_s)).data().toString(), u"Eve Long"_s);
}

void tst_Models::largeContactsAddedInOneEvent()
{
    // Issue 12 defect 1: one contactsAdded listing 20,000 contacts (the old code compared each
    // with every other through a regular expression: it never returned). Correctness only here;
    // tests/bench/bench_addressbook prints the time.
    PeerListModel model;
    model.setContacts(sampleBook());
    PeerFilterModel filter;
    filter.setSourceModel(&model);
    QList<Contact> added;
    for (int i = 0; i < 20000; ++i)
        added.append(Contact::fromJson(contactJson(u"user%1@srv"_s.arg(i), u"User %1"_s.arg(i),
                                                   i % 3 == 0 ? 1 : 0, i % 3 == 0 ? 2 : 0)));
    for (int i = 0; i < 500; ++i) // the same ids again, other case and an instance part
        added.append(
            Contact::fromJson(contactJson(u"USER%1@srv/inst"_s.arg(i * 7), u"Dup"_s, 1, 2)));
    added.append(Contact::fromJson(contactJson(u"bob@SRV"_s, u"Bob again"_s, 1, 2)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addContacts(added);
    QCOMPARE(model.rowCount(), 5 + 20000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(filter.rowCount(), 5 + 20000);
    QCOMPARE(model.contact(model.rowOf(u"user19999@srv"_s)).peerDn, u"User 19999"_s);
    QCOMPARE(model.contact(model.rowOf(u"user7@srv"_s)).peerDn, u"User 7"_s); // first wins
    QCOMPARE(model.contact(model.rowOf(u"bob@srv"_s)).peerDn, u"Bob again"_s); // updated
    QCOMPARE(model.rowOf(u"user20000@srv"_s), -1);
    for (int row = 0; row < model.rowCount(); row += 997)
        QCOMPARE(model.rowOf(model.contact(row).peerId), row);
}

void tst_Models::largeDeleteAndParticipantLookups()
{
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Contact> book;
    for (int i = 0; i < 4000; ++i)
        book.append(Contact::fromJson(contactJson(u"u%1@srv"_s.arg(i), u"U %1"_s.arg(i), 1, 2)));
    model.setContacts(book);
    // Scattered (every other row) and adjacent deletions, as contactsDeleted may list them.
    QStringList gone;
    for (int i = 0; i < 4000; i += 2)
        gone << u"u%1@srv"_s.arg(i);
    model.removeContacts(gone);
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.rowOf(u"u0@srv"_s), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.contact(row).peerId), row);
    model.removeContacts({ u"u1@srv"_s, u"u3@srv"_s, u"u5@srv"_s, u"u3999@srv"_s });
    QCOMPARE(model.rowCount(), 1996);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.contact(row).peerId), row);

    ParticipantListModel participants;
    QJsonArray list;
    for (int i = 0; i < 300; ++i)
        list.append(QJsonObject { { u"peerId"_s, u"p%1@srv/%2"_s.arg(i).arg(i % 4) },
                                  { u"peerDn"_s, u"P %1"_s.arg(i) } });
    participants.setParticipants(u"c@srv#vcs"_s, list);
    QCOMPARE(participants.rowOf(u"P250@SRV/2"_s), 250); // exact id, any case
    QCOMPARE(participants.rowOf(u"p251@srv"_s), 251); // CallId finds the InstanceId row
    participants.removeParticipant(u"p10@srv/2"_s);
    QCOMPARE(participants.rowOf(u"p251@srv"_s), 250);
    QCOMPARE(participants.rowOf(u"p10@srv"_s), -1);
    participants.addParticipant(u"p10@srv/9"_s, u"Back"_s);
    QCOMPARE(participants.rowOf(u"p10@srv"_s), 299);
}

void tst_Models::filterByNameAndId()
{
    PeerListModel model;
    model.setContacts(sampleBook());
    PeerFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 5);
    filter.setFilterText(u"car"_s);
    QCOMPARE(names(filter), QStringList { u"Carl Diaz"_s });
    filter.setFilterText(u"OTHER"_s); // matches the id's server part
    QCOMPARE(names(filter), QStringList { u"Dan Evans"_s });
    filter.setFilterText(u"a  srv"_s); // every word must match, in the name or the id
    QCOMPARE(names(filter), (QStringList { u"Carl Diaz"_s, u"Amy Clark"_s, u"Zoe Adams"_s }));
    filter.setFilterText(u"nobody"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), 5);
}

void tst_Models::sortByPresenceThenName()
{
    PeerListModel model;
    model.setContacts(sampleBook());
    PeerFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(names(filter),
             (QStringList { u"Bob Brown"_s, u"Carl Diaz"_s, u"Dan Evans"_s, u"Amy Clark"_s,
                            u"Zoe Adams"_s }));
    // Zoe comes online: the proxy moves her row; the source sent one dataChanged.
    model.applyPresence(QJsonArray {
        QJsonObject { { u"peerId"_s, u"zoe@srv"_s }, { u"status"_s, 1 }, { u"extStatus"_s, 2 } } });
    QCOMPARE(names(filter),
             (QStringList { u"Bob Brown"_s, u"Carl Diaz"_s, u"Zoe Adams"_s, u"Dan Evans"_s,
                            u"Amy Clark"_s }));
}

void tst_Models::nameOrderIsCaseInsensitiveUnicode()
{
    // Within one presence the order is QString's case-insensitive order, also where a
    // character beyond ASCII folds to an ASCII one (KELVIN SIGN, long s) or sorts after it.
    const QStringList names = { u"bob"_s,       u"Bob"_s,         u"alice"_s, u"ALICE B"_s,
                                u"\u212Aarl"_s, u"karl"_s,        u"Kar"_s,   u"\u017Fam"_s,
                                u"Sam"_s,       u"\u00C9mile"_s,  u"emile"_s, u"Zo\u00EB"_s,
                                u"zoe"_s,       u"a"_s,           u"A-b"_s,   u"a_b"_s,
                                u"[x]"_s,       u"\u65E5\u672C"_s };
    QList<Contact> book;
    for (int i = 0; i < names.size(); ++i) {
        Contact c;
        c.peerId = u"id%1@srv"_s.arg(i);
        c.peerDn = names.at(i);
        c.status = 1;
        c.extStatus = 2;
        book.append(c);
    }
    PeerListModel model;
    model.setContacts(book);
    PeerFilterModel filter;
    filter.setSourceModel(&model);
    QStringList shown;
    for (int r = 0; r < filter.rowCount(); ++r)
        shown.append(filter.index(r, 0).data(PeerListModel::DisplayNameRole).toString());
    for (int r = 1; r < shown.size(); ++r)
        QVERIFY2(QString::compare(shown.at(r - 1), shown.at(r), Qt::CaseInsensitive) <= 0,
                 qPrintable(shown.at(r - 1) + u" before "_s + shown.at(r)));
    QCOMPARE(shown.size(), names.size());
}

void tst_Models::repeatedIdsKeepTheFirstEntry()
{
    // An id listed twice (any case, with the instance part) keeps its first entry, and every
    // row stays addressable by id.
    QList<Contact> book;
    for (const auto &[id, name] :
         { std::pair { u"a@srv"_s, u"First A"_s }, std::pair { u"b@srv"_s, u"B"_s },
           std::pair { u"A@SRV"_s, u"Second A"_s }, std::pair { u"c@srv"_s, u"C"_s },
           std::pair { u"b@srv/x"_s, u"Second B"_s } }) {
        Contact c;
        c.peerId = id;
        c.peerDn = name;
        book.append(c);
    }
    PeerListModel model;
    QAbstractItemModelTester tester(&model);
    model.setContacts(book);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.contact(model.rowOf(u"a@srv"_s)).peerDn, u"First A"_s);
    QCOMPARE(model.contact(model.rowOf(u"b@srv"_s)).peerDn, u"B"_s);
    QCOMPARE(model.rowOf(u"c@srv"_s), 2);
    QCOMPARE(model.rowOf(u"nobody@srv"_s), -1);
}

void tst_Models::frozenOrderHoldsStill()
{
    // Issue 11 item 1: while the operator points at the list, presence updates rows in place
    // and nothing moves; on thaw the list sorts once.
    PeerListModel model;
    model.setContacts(sampleBook());
    PeerFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    const QStringList sorted
        = { u"Bob Brown"_s, u"Carl Diaz"_s, u"Dan Evans"_s, u"Amy Clark"_s, u"Zoe Adams"_s };
    QCOMPARE(names(filter), sorted);
    QPersistentModelIndex dan = filter.index(2, 0);
    filter.setFrozen(true);
    QVERIFY(filter.isFrozen());
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    model.applyPresence(QJsonArray {
        QJsonObject { { u"peerId"_s, u"zoe@srv"_s }, { u"status"_s, 1 }, { u"extStatus"_s, 2 } },
        QJsonObject { { u"peerId"_s, u"bob@srv"_s }, { u"status"_s, 0 }, { u"extStatus"_s, 0 } } });
    QCOMPARE(names(filter), sorted); // nothing moved...
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 2); // ...but both rows show their new presence
    QCOMPARE(filter.index(4, 0).data(PeerListModel::PresenceClassRole).toString(), u"available"_s);
    // A new contact goes to the end, not between rows under the pointer.
    model.addContacts({ Contact::fromJson(contactJson(u"abe@srv"_s, u"Abe"_s, 1, 2)) });
    QCOMPARE(names(filter).last(), u"Abe"_s);
    QCOMPARE(names(filter).mid(0, 5), sorted);
    QCOMPARE(dan.data().toString(), u"Dan Evans"_s);

    filter.setFrozen(false);
    QCOMPARE(names(filter),
             (QStringList { u"Abe"_s, u"Carl Diaz"_s, u"Zoe Adams"_s, u"Dan Evans"_s,
                            u"Amy Clark"_s, u"Bob Brown"_s }));
    QCOMPARE(dan.data().toString(), u"Dan Evans"_s); // a selection follows its contact
    QCOMPARE(dan.row(), 3);

    // Typing a filter while frozen is the operator's own act: the matches come sorted.
    filter.setFrozen(true);
    filter.setFilterText(u"a"_s);
    QCOMPARE(
        names(filter),
        (QStringList { u"Abe"_s, u"Carl Diaz"_s, u"Zoe Adams"_s, u"Dan Evans"_s, u"Amy Clark"_s }));
    // A rename while frozen is filtered on thaw.
    model.renameContact(u"carl@srv"_s, u"Karl Diez"_s);
    filter.setFilterText(u"ar"_s);
    filter.setFilterText(u"a"_s);
    model.renameContact(u"zoe@srv"_s, u"Zed"_s);
    filter.setFrozen(false);
    QVERIFY(!names(filter).contains(u"Zed"_s));
}

void tst_Models::peerModelFollowsController()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoomSession session(&c, RoomSession::Parts::None);
    session.attach(&model);
    QSignalSpy loaded(&model, &PeerListModel::loadedChanged);
    c.connectToRoom(SimRoom::addressOf(*sim), RoomController::Credentials::unsecured());
    QVERIFY(loaded.wait());
    QVERIFY(model.isLoaded());
    QVERIFY(sim->receivedMethods().contains(u"getAbook"_s));

    QJsonArray book;
    for (const Contact &ct : sampleBook())
        book.append(contactJson(ct.peerId, ct.peerDn, ct.status, ct.extStatus));
    sim->sendEvent(u"abReceivedAfterLogin"_s, { { u"abook"_s, book } });
    QTRY_COMPARE(model.rowCount(), 5);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    sim->sendEvent(
        u"usersStatusesChanged"_s,
        { { u"usersStatuses"_s,
            QJsonArray { QJsonObject {
                { u"peerId"_s, u"zoe@srv"_s }, { u"status"_s, 2 }, { u"extStatus"_s, 7 } } } } });
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.contact(model.rowOf(u"zoe@srv"_s)).presenceClass(), u"busy"_s);
    sim->sendEvent(u"contactsDeleted"_s,
                   { { u"contacts"_s, QJsonArray { contactJson(u"zoe@srv"_s, u"Zoe"_s, 0, 0) } } });
    QTRY_COMPARE(model.rowCount(), 4);
    c.disconnectFromRoom();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Models::participants()
{
    ParticipantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParticipants(u"c1@srv#vcs"_s,
                          QJsonArray { QJsonObject { { u"peerId"_s, u"room101@srv/1"_s },
                                                     { u"peerDn"_s, u"Room"_s },
                                                     { u"mic"_s, 2 },
                                                     { u"video"_s, 1 },
                                                     { u"role"_s, 2 } },
                                       QJsonObject { { u"peerId"_s, u"bob@srv/7"_s },
                                                     { u"peerDn"_s, u"Bob"_s },
                                                     { u"mic"_s, 0 },
                                                     { u"video"_s, 2 },
                                                     { u"role"_s, 1 } } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ParticipantListModel::MicTextRole).toString(), u"On"_s);
    QCOMPARE(model.index(0).data(ParticipantListModel::VideoTextRole).toString(), u"Muted"_s);
    QCOMPARE(model.index(0).data(ParticipantListModel::RoleTextRole).toString(), u"Owner"_s);
    QSignalSpy joined(&model, &ParticipantListModel::participantJoined);
    model.addParticipant(u"amy@srv/3"_s, u"Amy"_s);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(model.index(2).data(ParticipantListModel::MicTextRole).toString(), u"unknown"_s);
    model.addParticipant(u"amy@srv/3"_s, u"Amy"_s);
    QCOMPARE(model.rowCount(), 3);
    model.updateDevices(u"bob@srv"_s, 2, -1); // CallId matches the InstanceId row
    QCOMPARE(model.participant(1).mic, 2);
    QCOMPARE(model.participant(1).video, 2);
    model.removeParticipant(u"bob@srv/7"_s);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::callSessionPhases()
{
    CallSession s;
    QSignalSpy incoming(&s, &CallSession::incomingCall);
    QSignalSpy started(&s, &CallSession::conferenceStarted);
    QSignalSpy ended(&s, &CallSession::conferenceEnded);
    s.handleEvent(roomEvent(u"inviteReceived"_s,
                            { { u"peerId"_s, u"alice@srv"_s },
                              { u"peerDn"_s, u"Alice"_s },
                              { u"type"_s, 1 },
                              { u"confTitle"_s, u"Weekly"_s },
                              { u"confId"_s, u"c@srv#vcs"_s } }));
    QCOMPARE(s.phase(), CallSession::Phase::Incoming);
    QCOMPARE(incoming.size(), 1);
    QCOMPARE(s.peerDisplay(), u"Alice (alice@srv)"_s);
    QCOMPARE(s.conferenceTitle(), u"Weekly"_s);
    s.handleEvent(roomEvent(u"conferenceCreated"_s,
                            { { u"confId"_s, u"c@srv#vcs"_s },
                              { u"confTitle"_s, u"Weekly"_s },
                              { u"confType"_s, 1 },
                              { u"conferenceOwner"_s, u"alice@srv"_s } }));
    QCOMPARE(s.phase(), CallSession::Phase::InConference);
    QCOMPARE(started.size(), 1);
    QCOMPARE(s.conferenceOwner(), u"alice@srv"_s);
    QVERIFY(s.startedAt().isValid());
    s.handleEvent(roomEvent(u"conferenceDeleted"_s, { { u"confId"_s, u"c@srv#vcs"_s } }));
    QCOMPARE(s.phase(), CallSession::Phase::Idle);
    QCOMPARE(ended.size(), 1);

    s.handleEvent(roomEvent(
        u"inviteSent"_s,
        { { u"peerId"_s, u"bob@srv"_s }, { u"peerDn"_s, u"Bob"_s }, { u"confType"_s, 0 } }));
    QCOMPARE(s.phase(), CallSession::Phase::Outgoing);
    s.handleEvent(roomEvent(u"stopCalling"_s, { { u"peerId"_s, u"bob@srv"_s } }));
    QCOMPARE(s.phase(), CallSession::Phase::Idle);
}

void tst_Models::callSessionRejectReason()
{
    CallSession s;
    QSignalSpy rejected(&s, &CallSession::callRejected);
    s.handleEvent(roomEvent(u"inviteSent"_s, { { u"peerId"_s, u"busy@srv"_s } }));
    s.handleEvent(
        roomEvent(u"rejectReceived"_s, { { u"peerId"_s, u"busy@srv"_s }, { u"cause"_s, 2 } }));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(1).toString(), u"Busy"_s);
    QCOMPARE(s.lastRejectText(), u"Busy"_s);
    QCOMPARE(s.phase(), CallSession::Phase::Idle);
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
