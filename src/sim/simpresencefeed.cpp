// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simpresencefeed.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int kChurnTickMs = 100;
constexpr int kPresenceBatch = 100;

} // namespace

SimPresenceFeed::SimPresenceFeed(SimHost &host, double churnPerSecond, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_rate(qMax(0.0, churnPerSecond))
{
    m_timer.setInterval(kChurnTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimPresenceFeed::tick);
}

SimPresenceFeed::~SimPresenceFeed() = default;

void SimPresenceFeed::addContacts(int count)
{
    SimAddressBook &book = m_host.addressBook();
    const int before = book.size();
    book.generate(count);
    QJsonArray added;
    for (int i = before; i < book.size(); ++i)
        added.append(book.contacts().at(i).toJson());
    if (!added.isEmpty())
        m_host.emitEvent(u"contactsAdded"_s, { { u"contacts"_s, added } });
}

bool SimPresenceFeed::addContact(const QString &peerId, const QString &peerDn)
{
    SimAddressBook &book = m_host.addressBook();
    const QString callId = RoomIds::toCallId(peerId, book.domain());
    if (callId.isEmpty() || book.contains(callId))
        return false;
    const SimContact c = book.makeContact(callId, peerDn);
    book.add(c);
    m_host.emitEvent(u"contactsAdded"_s, { { u"contacts"_s, QJsonArray { c.toJson() } } });
    return true;
}

bool SimPresenceFeed::setPresence(const QString &peerId, int status, int extStatus,
                                  const QString &additionalStatus)
{
    if (extStatus < -1) {
        // Derive a matching extended status (§9.2 -> §9.3).
        switch (status) {
        case 0:
            extStatus = 0;
            break;
        case 1:
            extStatus = 2;
            break;
        case 2:
            extStatus = 7;
            break;
        case 5:
            extStatus = 10;
            break;
        default:
            extStatus = -1;
        }
    }
    SimContact changed;
    if (!m_host.addressBook().setPresence(peerId, status, extStatus, additionalStatus, &changed))
        return false;
    if (m_host.appState() >= 3)
        m_host.emitEvent(u"usersStatusesChanged"_s,
                         { { u"usersStatuses"_s, QJsonArray { changed.toJson() } } });
    return true;
}

int SimPresenceFeed::randomChanges(int count)
{
    if (m_host.appState() < 3 || count <= 0)
        return 0;
    const QJsonArray changed
        = m_host.addressBook().randomPresenceChanges(count, QDateTime::currentSecsSinceEpoch());
    for (qsizetype i = 0; i < changed.size(); i += kPresenceBatch) {
        QJsonArray batch;
        for (qsizetype j = i; j < qMin(changed.size(), i + kPresenceBatch); ++j)
            batch.append(changed.at(j));
        m_host.emitEvent(u"usersStatusesChanged"_s, { { u"usersStatuses"_s, batch } });
    }
    return int(changed.size());
}

void SimPresenceFeed::setChurn(double changesPerSecond, bool running)
{
    m_rate = qMax(0.0, changesPerSecond);
    m_carry = 0;
    if (m_rate > 0 && running)
        m_timer.start();
    else
        m_timer.stop();
}

void SimPresenceFeed::resume()
{
    if (m_rate > 0)
        m_timer.start();
}

void SimPresenceFeed::tick()
{
    // Ten small batches a second rather than one burst: a steady stream, as from a server.
    // Outside a command SimHost::emitEvent sends at once.
    m_carry += m_rate * kChurnTickMs / 1000.0;
    const int due = int(m_carry);
    m_carry -= due;
    if (due > 0)
        randomChanges(due);
}
