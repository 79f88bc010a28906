// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// Address-book benchmark: 20,000 contacts behind the filter/sort proxy the GUI uses, then
// presence storms, then one contactsAdded event listing 8,000 and 20,000 new contacts (issue
// 12 defect 1; other sizes as arguments: bench_addressbook 2000 8000). Prints figures;
// asserts only that the work was done (never timings).
#include "benchutil.h"
#include "core/models/peerfiltermodel.h"
#include "core/models/peerlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString idOf(int i)
{
    return u"user%1@sim.trueconf.local"_s.arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int contacts = 20000;
    const int batches = 50; // 50 batches of 200 changes = one second of a 200/s storm x 50
    const int perBatch = 200;
    QRandomGenerator rng(7);

    const qint64 rssBefore = Bench::rssKiB();
    QList<Contact> book;
    book.reserve(contacts);
    for (int i = 0; i < contacts; ++i) {
        Contact c;
        c.peerId = idOf(i);
        c.peerDn = u"Contact %1 %2"_s.arg(QChar(u'A' + i % 26)).arg(i);
        c.status = int(rng.bounded(3));
        c.extStatus = int(rng.bounded(11));
        book.append(c);
    }
    PeerListModel model;
    PeerFilterModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer t;
    t.start();
    model.setContacts(book);
    const double loadMs = t.nsecsElapsed() / 1e6;
    const qint64 rssLoaded = Bench::rssKiB();

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QList<double> batchMs;
    int changed = 0;
    for (int b = 0; b < batches; ++b) {
        QJsonArray statuses;
        for (int k = 0; k < perBatch; ++k)
            statuses.append(QJsonObject { { u"peerId"_s, idOf(int(rng.bounded(contacts))) },
                                          { u"status"_s, int(rng.bounded(3)) },
                                          { u"extStatus"_s, int(rng.bounded(11)) } });
        t.restart();
        changed += model.applyPresence(statuses);
        batchMs.append(t.nsecsElapsed() / 1e6);
    }

    t.restart();
    proxy.setFilterText(u"Contact B 1"_s);
    const double filterMs = t.nsecsElapsed() / 1e6;
    const int filtered = proxy.rowCount();
    t.restart();
    proxy.setFilterText({});
    const double unfilterMs = t.nsecsElapsed() / 1e6;

    std::printf(
        "address book: %d contacts loaded behind the sorted proxy in %.1f ms; RSS +%lld KiB\n",
        contacts, loadMs, rssLoaded - rssBefore);
    std::printf("presence: %d batches of %d changes (%d rows changed): per batch p50 %.2f ms, "
                "p99 %.2f ms, max %.2f ms; %lld dataChanged, %lld resets\n",
                batches, perBatch, changed, Bench::percentile(batchMs, 50),
                Bench::percentile(batchMs, 99), Bench::percentile(batchMs, 100),
                qint64(changes.size()), qint64(resets.size()));
    std::printf("search: typing a filter %.1f ms (%d rows match), clearing it %.1f ms\n", filterMs,
                filtered, unfilterMs);
    bool ok = proxy.rowCount() == contacts && resets.isEmpty() && changed > 0
        && changes.size() == changed;

    // One contactsAdded event with N new contacts, into a book of 200 behind the sorted proxy.
    QList<int> batchSizes;
    for (int i = 1; i < argc; ++i)
        batchSizes.append(QByteArray(argv[i]).toInt());
    if (batchSizes.isEmpty())
        batchSizes = { 8000, 20000 };
    for (const int n : std::as_const(batchSizes)) {
        PeerListModel big;
        PeerFilterModel bigProxy;
        bigProxy.setSourceModel(&big);
        big.setContacts(book.mid(0, 200));
        QList<Contact> added;
        added.reserve(n);
        for (int i = 0; i < n; ++i) {
            Contact c;
            c.peerId = u"new%1@sim.trueconf.local"_s.arg(i);
            c.peerDn = u"New contact %1"_s.arg(i);
            c.status = int(rng.bounded(3));
            c.extStatus = int(rng.bounded(11));
            added.append(c);
        }
        t.restart();
        big.addContacts(added);
        const double addMs = t.nsecsElapsed() / 1e6;
        std::printf("contactsAdded: one event with %d new contacts applied in %.1f ms\n", n, addMs);
        ok = ok && bigProxy.rowCount() == 200 + n;
    }
    std::printf("%d passed, %d failed\n", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}
