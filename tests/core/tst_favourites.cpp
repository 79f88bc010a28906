// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Favourites against the strict simulator: stored in the room's data container, shared by two
// consoles (one User, one Admin), concurrent adds both kept, malformed container data left
// alone, every verb ending in one outcome, and the simulator's data containers themselves.

#include "core/models/favourites.h"
#include "core/models/roomdatacontainer.h"
#include "core/session/roomsession.h"
#include "sim/simdatacontainers.h"
#include "simroom.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Creds = RoomController::Credentials;
using Status = RequestOutcome::Status;

namespace {

std::unique_ptr<RoomSession> signIn(RoomSimulator &sim, Room::Role role)
{
    auto session = std::make_unique<RoomSession>(SimRoom::fastOptions());
    QSignalSpy ready(session->controller(), &RoomController::startupCompleted);
    session->controller()->connectToRoom(SimRoom::addressOf(sim), Creds::unsecured(role));
    if (!ready.wait(5000))
        return nullptr;
    Favourites *f = session->favourites();
    if (!QTest::qWaitFor([f] { return f->isLoaded() || !f->problem().isEmpty(); }, 5000))
        return nullptr;
    return session;
}

RequestOutcome noOutcome()
{
    RequestOutcome o;
    o.status = Status::Timeout; // none, or more than one
    return o;
}

template<typename Verb> RequestOutcome outcomeOf(Verb verb)
{
    std::optional<RequestOutcome> result;
    int calls = 0;
    verb([&](const RequestOutcome &o) {
        result = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return noOutcome();
    QTest::qWait(0);
    return calls == 1 ? *result : noOutcome();
}

QStringList ids(const Favourites *f)
{
    QStringList out;
    for (const Favourites::Entry &e : f->entries())
        out << e.id;
    return out;
}

} // namespace

class tst_Favourites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreStoredInTheRoom();
    void twoConsolesShareTheList();
    void concurrentAddsBothSurvive();
    void malformedDataIsLeftAlone();
    void verbsRefuseLocally();
    void simulatorContainers();
};

void tst_Favourites::editsAreStoredInTheRoom()
{
    auto sim = SimRoom::start();
    auto session = signIn(*sim, Room::Role::Admin);
    QVERIFY(session);
    Favourites *f = session->favourites();
    QAbstractItemModelTester tester(f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f->isLoaded());
    QCOMPARE(f->rowCount(), 0);

    QCOMPARE(outcomeOf([&](auto d) {
                 f->add(u"alice@sim.trueconf.local"_s, u"Alice"_s, this, d);
             }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f->add(u"\\c\\weekly"_s, {}, this, d); }).status,
             Status::Reply);
    QCOMPARE(
        outcomeOf([&](auto d) { f->add(u"bob@sim.trueconf.local"_s, u"Bob"_s, this, d); }).status,
        Status::Reply);
    QCOMPARE(ids(f),
             QStringList(
                 { u"alice@sim.trueconf.local"_s, u"\\c\\weekly"_s, u"bob@sim.trueconf.local"_s }));
    QCOMPARE(f->data(f->index(0), Qt::DisplayRole).toString(), u"Alice"_s);
    QCOMPARE(f->data(f->index(1), Qt::DisplayRole).toString(), u"\\c\\weekly"_s);

    QSignalSpy labelChanged(f, &QAbstractItemModel::dataChanged);
    QCOMPARE(
        outcomeOf([&](auto d) { f->rename(u"\\c\\weekly"_s, u"Weekly sync"_s, this, d); }).status,
        Status::Reply);
    QCOMPARE(f->data(f->index(1), Favourites::LabelRole).toString(), u"Weekly sync"_s);
    QCOMPARE(labelChanged.size(), 1); // a rename is a dataChanged, not a reset

    QCOMPARE(outcomeOf([&](auto d) { f->move(u"bob@sim.trueconf.local"_s, 0, this, d); }).status,
             Status::Reply);
    QCOMPARE(ids(f).first(), u"bob@sim.trueconf.local"_s);
    QCOMPARE(outcomeOf([&](auto d) { f->remove(u"alice@sim.trueconf.local"_s, this, d); }).status,
             Status::Reply);
    QCOMPARE(ids(f), QStringList({ u"bob@sim.trueconf.local"_s, u"\\c\\weekly"_s }));

    // The room holds it, in the documented shape.
    const QJsonObject stored
        = QJsonDocument::fromJson(sim->dataContainers().data(Favourites::kContainer).toUtf8())
              .object();
    QCOMPARE(stored.value(u"version"_s).toInt(), RoomDataContainer::kVersion);
    QCOMPARE(stored.value(u"favourites"_s).toArray().size(), 2);
    QCOMPARE(stored.value(u"favourites"_s).toArray().at(1).toObject().value(u"label"_s),
             u"Weekly sync"_s);

    // A new sign-in reads it back.
    auto again = signIn(*sim, Room::Role::User);
    QVERIFY(again);
    QCOMPARE(ids(again->favourites()), ids(f));
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Favourites::twoConsolesShareTheList()
{
    auto sim = SimRoom::start();
    auto admin = signIn(*sim, Room::Role::Admin);
    auto user = signIn(*sim, Room::Role::User);
    QVERIFY(admin && user);
    QCOMPARE(outcomeOf([&](auto d) {
                 user->favourites()->add(u"carol@sim.trueconf.local"_s, u"Carol"_s, this, d);
             }).status,
             Status::Reply);
    QTRY_COMPARE(ids(admin->favourites()), QStringList({ u"carol@sim.trueconf.local"_s }));
    QCOMPARE(outcomeOf([&](auto d) {
                 admin->favourites()->rename(u"carol@sim.trueconf.local"_s, u"Carol G."_s, this, d);
             }).status,
             Status::Reply);
    QTRY_COMPARE(user->favourites()->entries().value(0).label, u"Carol G."_s);
    // Deleted by some other client of the room: both lists empty.
    QJsonObject reply;
    admin->controller()->sendRequest(u"deleteData"_s,
                                     { { u"containerName"_s, Favourites::kContainer } });
    QTRY_COMPARE(user->favourites()->rowCount(), 0);
    QTRY_COMPARE(admin->favourites()->rowCount(), 0);
    QVERIFY(user->favourites()->isLoaded());
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Favourites::concurrentAddsBothSurvive()
{
    auto sim = SimRoom::start();
    auto admin = signIn(*sim, Room::Role::Admin);
    auto user = signIn(*sim, Room::Role::User);
    QVERIFY(admin && user);
    // Both edit the same revision before either hears of the other's save.
    int done = 0;
    admin->favourites()->add(u"alice@sim.trueconf.local"_s, {}, this,
                             [&](const RequestOutcome &o) { done += o.ok() ? 1 : 100; });
    user->favourites()->add(u"bob@sim.trueconf.local"_s, {}, this,
                            [&](const RequestOutcome &o) { done += o.ok() ? 1 : 100; });
    QTRY_COMPARE(done, 2);
    const QStringList both { u"alice@sim.trueconf.local"_s, u"bob@sim.trueconf.local"_s };
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    QTRY_COMPARE(sorted(ids(admin->favourites())), both);
    QTRY_COMPARE(sorted(ids(user->favourites())), both);
    const QJsonObject stored
        = QJsonDocument::fromJson(sim->dataContainers().data(Favourites::kContainer).toUtf8())
              .object();
    QCOMPARE(stored.value(u"favourites"_s).toArray().size(), 2);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Favourites::malformedDataIsLeftAlone()
{
    auto sim = SimRoom::start();
    const QString garbage = u"{not json at all"_s;
    QVERIFY(sim->dataContainers().save(Favourites::kContainer, garbage));
    auto session = signIn(*sim, Room::Role::Admin);
    QVERIFY(session);
    Favourites *f = session->favourites();
    QVERIFY(f->isUnreadable());
    QVERIFY(!f->problem().isEmpty());
    QCOMPARE(f->rowCount(), 0);

    // Nothing overwrites what cannot be read...
    QSignalSpy failed(f, &Favourites::failed);
    const RequestOutcome refused
        = outcomeOf([&](auto d) { f->add(u"alice@sim.trueconf.local"_s, {}, this, d); });
    QCOMPARE(refused.status, Status::RefusedLocally);
    QCOMPARE(refused.errorText, f->problem());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(sim->dataContainers().data(Favourites::kContainer), garbage);
    QCOMPARE(sim->receivedMethods().count(u"saveData"_s), 0);

    // ...a newer format or a wrong shape neither.
    for (const QString &text :
         { u"{\"version\":7,\"favourites\":[]}"_s, u"{\"version\":1,\"favourites\":{}}"_s,
           u"[1,2]"_s, u"{\"favourites\":[]}"_s }) {
        QVERIFY(sim->dataContainers().save(Favourites::kContainer, text));
        QTRY_VERIFY(f->isUnreadable());
        QVERIFY2(!f->problem().isEmpty(), qPrintable(text));
    }
    // A good document from another console makes it readable again; hostile entries drop.
    QVERIFY(sim->dataContainers().save(
        Favourites::kContainer,
        u"{\"version\":1,\"revision\":4,\"writer\":\"x\",\"favourites\":[{\"id\":\"dave@sim.trueconf.local\",\"label\":\"Dave\"},{\"id\":\"not an id\"},{\"id\":\"dave@sim.trueconf.local\"}]}"_s));
    QTRY_VERIFY(f->isLoaded());
    QCOMPARE(ids(f), QStringList({ u"dave@sim.trueconf.local"_s }));

    // Asked for: the operator replaces an unreadable list.
    QVERIFY(sim->dataContainers().save(Favourites::kContainer, garbage));
    QTRY_VERIFY(f->isUnreadable());
    QCOMPARE(outcomeOf([&](auto d) { f->clearUnreadable(this, d); }).status, Status::Reply);
    QTRY_VERIFY(f->isLoaded());
    QCOMPARE(f->rowCount(), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Favourites::verbsRefuseLocally()
{
    Favourites detached;
    QCOMPARE(outcomeOf([&](auto d) { detached.add(u"a@b"_s, {}, this, d); }).status,
             Status::RefusedLocally);

    auto sim = SimRoom::start();
    auto session = signIn(*sim, Room::Role::Admin);
    QVERIFY(session);
    Favourites *f = session->favourites();
    QCOMPARE(outcomeOf([&](auto d) { f->add(u"not an id"_s, {}, this, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) { f->add(u"alice@sim.trueconf.local"_s, {}, this, d); }).status,
             Status::Reply);
    QCOMPARE(outcomeOf([&](auto d) { f->add(u"Alice@sim.trueconf.local"_s, {}, this, d); }).status,
             Status::RefusedLocally); // the same user
    QCOMPARE(outcomeOf([&](auto d) { f->remove(u"nobody@sim.trueconf.local"_s, this, d); }).status,
             Status::RefusedLocally);
    QCOMPARE(outcomeOf([&](auto d) {
                 f->rename(u"nobody@sim.trueconf.local"_s, u"x"_s, this, d);
             }).status,
             Status::RefusedLocally);
    QCOMPARE(sim->receivedMethods().count(u"saveData"_s), 1);

    // Gone with the room, back with the next sign-in.
    session->controller()->disconnectFromRoom();
    QTRY_VERIFY(!f->isLoaded());
    QCOMPARE(f->rowCount(), 0);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_Favourites::simulatorContainers()
{
    auto sim = SimRoom::start();
    auto session = signIn(*sim, Room::Role::User);
    QVERIFY(session);
    RoomController *c = session->controller();
    const auto request = [&](const QString &method, const QJsonObject &params) {
        return outcomeOf([&](auto d) { c->sendRequest(method, params, this, d); });
    };
    // Never saved: empty data, not an error.
    RequestOutcome o = request(u"loadData"_s, { { u"containerName"_s, u"nothing.here"_s } });
    QCOMPARE(o.status, Status::Reply);
    QCOMPARE(o.reply.value(u"data"_s).toString(), QString());
    QCOMPARE(o.reply.value(u"containerName"_s).toString(), u"nothing.here"_s);
    // Saved: the event to every client, the sender too; read back; listed; deleted.
    QSignalSpy events(c, &RoomController::eventReceived);
    QCOMPARE(
        request(u"saveData"_s,
                { { u"containerName"_s, u"x"_s }, { u"data"_s, u"1"_s }, { u"flags"_s, u""_s } })
            .status,
        Status::Reply);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &a) {
        const auto m = a.at(0).value<RoomMessage>();
        return m.event == u"dataSaved"_s && m.body.value(u"data"_s) == u"1"_s;
    }));
    QCOMPARE(request(u"loadData"_s, { { u"containerName"_s, u"x"_s } }).reply.value(u"data"_s),
             u"1"_s);
    QCOMPARE(request(u"getAllUserContainersNames"_s, {}).reply.value(u"containersNames"_s),
             QJsonArray({ u"x"_s }));
    QCOMPARE(request(u"deleteData"_s, { { u"containerName"_s, u"x"_s } }).status, Status::Reply);
    QVERIFY(!sim->dataContainers().contains(u"x"_s));
    QCOMPARE(sim->violations(), QStringList());
    // Refused (and counted as the client's mistake by the strict simulator): too large.
    const QString big(SimDataContainers::kMaxDataBytes + 1, u'a');
    o = request(u"saveData"_s, { { u"containerName"_s, u"x"_s }, { u"data"_s, big } });
    QCOMPARE(o.status, Status::ErrorReply);
    QCOMPARE(o.errorText, u"Invalid parameters"_s);
    QCOMPARE(
        request(u"saveData"_s, { { u"containerName"_s, u""_s }, { u"data"_s, u"1"_s } }).errorText,
        u"Invalid parameters"_s);
    QVERIFY(!sim->dataContainers().contains(u"x"_s));
}

QTEST_GUILESS_MAIN(tst_Favourites)
#include "tst_favourites.moc"
