// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simaddressbook.h"

#include "core/protocol/ids.h"
#include "simrules.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// 64 given names and 64 family names from many places: generated books look like a real
// international company, and the pairs are unique for the first 4096 contacts.
const char *const kFirstNames[64] = {
    "Alice",   "Dmitry",  "Yuki",   "Ana",     "Oliver",    "Priya",  "Lars",    "Fatima",
    "Mateo",   "Chen",    "Sofia",  "Kwame",   "Ingrid",    "Ahmed",  "Elena",   "Tomasz",
    "Amara",   "Hiroshi", "Lucia",  "Noah",    "Olga",      "Rafael", "Mei",     "Sven",
    "Leila",   "Arjun",   "Chloe",  "Mikhail", "Zainab",    "Pedro",  "Hannah",  "Kenji",
    "Isabel",  "Omar",    "Freya",  "Ivan",    "Nadia",     "Luca",   "Aisha",   "Jonas",
    "Camille", "Emeka",   "Greta",  "Tariq",   "Marta",     "Daniel", "Sakura",  "Bjorn",
    "Yasmin",  "Pavel",   "Clara",  "Diego",   "Anya",      "Kofi",   "Lena",    "Hamid",
    "Irina",   "Marco",   "Ji-woo", "Erik",    "Valentina", "Samuel", "Nikolai", "Leticia",
};
const char *const kLastNames[64] = {
    "Martin",   "Ivanov", "Tanaka",    "Garcia",  "Smith",      "Sharma", "Andersen", "Haddad",
    "Rossi",    "Wang",   "Petrova",   "Mensah",  "Johansson",  "Nasser", "Novak",    "Kowalski",
    "Okafor",   "Sato",   "Fernandez", "Brown",   "Smirnova",   "Costa",  "Li",       "Lindqvist",
    "Rahimi",   "Patel",  "Dubois",    "Volkov",  "Bello",      "Silva",  "Muller",   "Nakamura",
    "Moreno",   "Khalil", "Nielsen",   "Sokolov", "Benali",     "Romano", "Abubakar", "Weber",
    "Lefevre",  "Eze",    "Hansen",    "Aziz",    "Lopez",      "Cohen",  "Suzuki",   "Berg",
    "Karimi",   "Popov",  "Schmidt",   "Herrera", "Kuznetsova", "Asante", "Fischer",  "Hosseini",
    "Morozova", "Ricci",  "Kim",       "Larsen",  "Gomez",      "Taylor", "Orlov",    "Santos",
};

const char *const kFreeText[] = {
    "In the office",     "Working from home", "Back at 14:00",       "On a business trip",
    "At the front desk", "Lunch break",       "Available for calls", "Recording a webinar",
};

struct Presence
{
    int status;
    int extStatus;
};

//! A plausible presence drawn from a realistic mix: a third offline, a third available,
//! the rest busy, away, do-not-disturb, in an own conference, and a few stale accounts.
Presence drawPresence(QRandomGenerator &rng)
{
    const quint32 r = rng.bounded(100u);
    if (r < 34)
        return { 0, r < 26 ? 0 : 1 };
    if (r < 64)
        return { 1, r < 56 ? 2 : (r < 60 ? 3 : 4) };
    if (r < 78)
        return { 2, r < 72 ? 7 : (r < 75 ? 8 : 9) };
    if (r < 87)
        return { 1, 6 };
    if (r < 92)
        return { 1, 5 };
    if (r < 98)
        return { 5, 10 };
    return { -1, -1 };
}

QString drawFreeText(QRandomGenerator &rng, int status)
{
    if (status < 0 || rng.bounded(4u) != 0)
        return {};
    if (status == 0)
        return u"On vacation"_s;
    constexpr auto count = quint32(std::size(kFreeText));
    return QString::fromLatin1(kFreeText[rng.bounded(count)]);
}

qint64 lastSeen(QRandomGenerator &rng, int status, qint64 now)
{
    // Online contacts are "online now" (0); offline ones were seen up to 30 days ago.
    return status == 0 ? now - qint64(rng.bounded(60u, 30u * 24 * 3600)) : 0;
}

int generatedNumber(const QString &callId, const QString &domain)
{
    const RoomIds::Parsed p = RoomIds::parse(callId);
    if (p.server.compare(domain, Qt::CaseInsensitive) != 0 || !p.user.startsWith(u"user"_s))
        return 0;
    bool ok = false;
    const int n = p.user.mid(4).toInt(&ok);
    return ok && n > 0 && p.user.size() >= 8 ? n : 0;
}

QString userPart(const QString &callId)
{
    const RoomIds::Parsed p = RoomIds::parse(callId);
    return p.user.isEmpty() ? callId : p.user;
}

} // namespace

QJsonObject SimContact::toJson() const
{
    return {
        { u"peerId"_s, peerId },
        { u"peerDn"_s, peerDn },
        { u"status"_s, status },
        { u"extStatus"_s, extStatus },
        { u"lastOnlineTime"_s, lastOnlineTime },
        { u"additionalStatus"_s, additionalStatus },
        { u"isEditable"_s, isEditable },
    };
}

SimAddressBook::SimAddressBook(const QString &domain, quint32 seed)
    : m_domain(domain)
    , m_seed(seed)
    , m_rng(seed)
{ }

QString SimAddressBook::key(const QString &peerId)
{
    return RoomIds::stripInstance(peerId.trimmed()).toLower();
}

QString SimAddressBook::generatedName(int n)
{
    const int i = n - 1;
    const int first = i % 64;
    const int last = (i / 64 + first) % 64;
    QString name = QString::fromUtf8(kFirstNames[first]) + u' ';
    // Past 4096 contacts a middle initial keeps names distinct, past 26 * 4096 a number.
    const int round = i / 4096;
    if (round > 0)
        name += QChar(u'A' + (round - 1) % 26) + u". "_s;
    name += QString::fromUtf8(kLastNames[last]);
    if (round > 26)
        name += u' ' + QString::number(round / 26 + 1);
    return name;
}

SimContact SimAddressBook::generatedContact(int n) const
{
    // One generator per contact: the same user number always looks the same, whatever the
    // book's size.
    QRandomGenerator rng(m_seed ^ (quint32(n) * 2654435761u));
    SimContact c;
    c.peerId = u"user%1@%2"_s.arg(n, 4, 10, QLatin1Char('0')).arg(m_domain);
    c.peerDn = generatedName(n);
    const Presence p = drawPresence(rng);
    c.status = p.status;
    c.extStatus = p.extStatus;
    c.lastOnlineTime = lastSeen(rng, p.status, QDateTime::currentSecsSinceEpoch());
    c.additionalStatus = drawFreeText(rng, p.status);
    c.isEditable = n % 10 != 0;
    return c;
}

void SimAddressBook::generate(int count)
{
    m_contacts.reserve(m_contacts.size() + qMax(0, count));
    for (int i = 0; i < count; ++i) {
        const SimContact c = generatedContact(++m_generated);
        if (m_index.contains(key(c.peerId)))
            continue;
        m_index.insert(key(c.peerId), int(m_contacts.size()));
        m_contacts.append(c);
        if (m_jsonValid)
            m_json.append(c.toJson());
    }
}

void SimAddressBook::addDemoGroups()
{
    if (m_contacts.isEmpty())
        return;
    const int favourites = createGroup(u"Favourites"_s);
    const int support = createGroup(u"Support"_s);
    bool changed = false;
    for (int i = 0; i < qMin(5, size()); ++i)
        addToGroup(favourites, m_contacts.at(i).peerId, &changed);
    for (int i = 2; i < qMin(60, size()); i += 9)
        addToGroup(support, m_contacts.at(i).peerId, &changed);
}

QJsonArray SimAddressBook::toJson() const
{
    // Kept up to date entry by entry: a large book is asked for often (getAbook,
    // abReceivedAfterLogin) while presence changes trickle in.
    if (!m_jsonValid) {
        m_json = QJsonArray();
        for (const SimContact &c : m_contacts)
            m_json.append(c.toJson());
        m_jsonValid = true;
    }
    return m_json;
}

void SimAddressBook::refreshJson(int index)
{
    if (m_jsonValid)
        m_json.replace(index, m_contacts.at(index).toJson());
}

const SimContact *SimAddressBook::find(const QString &peerId) const
{
    const auto it = m_index.constFind(key(peerId));
    return it == m_index.constEnd() ? nullptr : &m_contacts.at(*it);
}

QString SimAddressBook::displayNameFor(const QString &callId) const
{
    if (const SimContact *c = find(callId))
        return c->peerDn;
    if (const int n = generatedNumber(callId, m_domain))
        return generatedName(n);
    return userPart(callId);
}

SimContact SimAddressBook::makeContact(const QString &callId, const QString &peerDn) const
{
    if (const int n = generatedNumber(callId, m_domain)) {
        SimContact c = generatedContact(n);
        c.peerId = callId;
        if (!peerDn.isEmpty())
            c.peerDn = peerDn;
        return c;
    }
    SimContact c;
    c.peerId = callId;
    c.peerDn = peerDn.isEmpty() ? displayNameFor(callId) : peerDn;
    const SimRules::PresenceHint hint = SimRules::presenceFor(callId);
    c.status = hint.status;
    c.extStatus = hint.extStatus;
    c.lastOnlineTime = c.status == 0 ? QDateTime::currentSecsSinceEpoch() - 3600 : 0;
    return c;
}

void SimAddressBook::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_contacts.size(); ++i)
        m_index.insert(key(m_contacts.at(i).peerId), i);
}

bool SimAddressBook::add(const SimContact &contact)
{
    const QString k = key(contact.peerId);
    if (m_index.contains(k))
        return false;
    m_index.insert(k, int(m_contacts.size()));
    m_contacts.append(contact);
    if (m_jsonValid)
        m_json.append(contact.toJson());
    return true;
}

bool SimAddressBook::remove(const QString &peerId, SimContact *removed)
{
    const auto it = m_index.constFind(key(peerId));
    if (it == m_index.constEnd())
        return false;
    *removed = m_contacts.takeAt(*it);
    m_jsonValid = false;
    rebuildIndex();
    const QString k = key(peerId);
    for (Group &g : m_groups)
        g.members.removeAll(k);
    return true;
}

bool SimAddressBook::rename(const QString &peerId, const QString &peerDn, SimContact *renamed)
{
    const auto it = m_index.constFind(key(peerId));
    if (it == m_index.constEnd())
        return false;
    SimContact &c = m_contacts[*it];
    c.peerDn = peerDn;
    *renamed = c;
    refreshJson(*it);
    return true;
}

QJsonArray SimAddressBook::randomPresenceChanges(int count, qint64 now)
{
    QJsonArray changed;
    if (m_contacts.isEmpty())
        return changed;
    for (int i = 0; i < count; ++i) {
        const int index = int(m_rng.bounded(quint32(m_contacts.size())));
        SimContact &c = m_contacts[index];
        Presence p = drawPresence(m_rng);
        // Stale accounts do not come back to life, and a change must change something.
        for (int tries = 0; tries < 8 && (p.status < 0 || p.extStatus == c.extStatus); ++tries)
            p = drawPresence(m_rng);
        if (p.status < 0 || p.extStatus == c.extStatus)
            p = c.status == 0 ? Presence { 1, 2 } : Presence { 0, 1 };
        c.lastOnlineTime = p.status == 0 ? now : 0;
        c.status = p.status;
        c.extStatus = p.extStatus;
        c.additionalStatus = drawFreeText(m_rng, p.status);
        changed.append(c.toJson());
        refreshJson(index);
    }
    return changed;
}

bool SimAddressBook::setPresence(const QString &peerId, int status, int extStatus,
                                 const QString &additionalStatus, SimContact *changed)
{
    const auto it = m_index.constFind(key(peerId));
    if (it == m_index.constEnd())
        return false;
    SimContact &c = m_contacts[*it];
    if (c.status != 0 && status == 0)
        c.lastOnlineTime = QDateTime::currentSecsSinceEpoch();
    else if (status != 0)
        c.lastOnlineTime = 0;
    c.status = status;
    c.extStatus = extStatus;
    c.additionalStatus = additionalStatus;
    *changed = c;
    refreshJson(*it);
    return true;
}

QJsonArray SimAddressBook::groupsJson() const
{
    QJsonArray a;
    for (const Group &g : m_groups)
        a.append(QJsonObject { { u"groupId"_s, g.groupId }, { u"name"_s, g.name } });
    return a;
}

const SimAddressBook::Group *SimAddressBook::group(int groupId) const
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                 [groupId](const Group &g) { return g.groupId == groupId; });
    return it == m_groups.cend() ? nullptr : &*it;
}

SimAddressBook::Group *SimAddressBook::findGroup(int groupId)
{
    const auto it = std::find_if(m_groups.begin(), m_groups.end(),
                                 [groupId](const Group &g) { return g.groupId == groupId; });
    return it == m_groups.end() ? nullptr : &*it;
}

int SimAddressBook::createGroup(const QString &name)
{
    Group g;
    g.groupId = m_nextGroupId++;
    g.name = name;
    m_groups.append(g);
    return g.groupId;
}

bool SimAddressBook::renameGroup(int groupId, const QString &name)
{
    Group *g = findGroup(groupId);
    if (!g)
        return false;
    g->name = name;
    return true;
}

bool SimAddressBook::removeGroup(int groupId)
{
    return m_groups.removeIf([groupId](const Group &g) { return g.groupId == groupId; }) > 0;
}

bool SimAddressBook::addToGroup(int groupId, const QString &peerId, bool *changed)
{
    Group *g = findGroup(groupId);
    *changed = false;
    if (!g || !contains(peerId))
        return false;
    const QString k = key(peerId);
    if (!g->members.contains(k)) {
        g->members.append(k);
        *changed = true;
    }
    return true;
}

bool SimAddressBook::removeFromGroup(int groupId, const QString &peerId, bool *changed)
{
    Group *g = findGroup(groupId);
    *changed = false;
    if (!g || !contains(peerId))
        return false;
    *changed = g->members.removeAll(key(peerId)) > 0;
    return true;
}

bool SimAddressBook::block(const SimContact &contact)
{
    if (isBlocked(contact.peerId))
        return false;
    m_banned.append(contact);
    return true;
}

bool SimAddressBook::unblock(const QString &peerId, SimContact *unblocked)
{
    const QString k = key(peerId);
    for (qsizetype i = 0; i < m_banned.size(); ++i) {
        if (key(m_banned.at(i).peerId) == k) {
            *unblocked = m_banned.takeAt(i);
            return true;
        }
    }
    return false;
}

bool SimAddressBook::isBlocked(const QString &peerId) const
{
    const QString k = key(peerId);
    return std::any_of(m_banned.cbegin(), m_banned.cend(),
                       [&k](const SimContact &c) { return key(c.peerId) == k; });
}

QJsonArray SimAddressBook::banListJson() const
{
    QJsonArray a;
    for (const SimContact &c : m_banned)
        a.append(c.toJson());
    return a;
}

QJsonObject SimAddressBook::details(const QString &callId) const
{
    const SimContact *c = find(callId);
    const QString dn = c ? c->peerDn : displayNameFor(callId);
    const QStringList parts = dn.split(u' ', Qt::SkipEmptyParts);
    const size_t hash = qHash(key(callId));
    const auto phone = [hash](int salt) {
        return u"+1 555 %1"_s.arg(int((hash / size_t(salt)) % 9000 + 1000));
    };
    return {
        { u"peerId"_s, c ? c->peerId : callId },
        { u"peerDn"_s, dn },
        { u"firstName"_s, parts.value(0) },
        { u"lastName"_s, parts.size() > 1 ? parts.constLast() : QString() },
        { u"mobilePhone"_s, phone(7) },
        { u"workPhone"_s, phone(13) },
        { u"homePhone"_s, QString() },
        { u"company"_s, u"Sim Industries"_s },
        { u"isEditable"_s, c ? c->isEditable : false },
    };
}

QJsonArray SimAddressBook::search(const QString &text, int limit) const
{
    QJsonArray found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    for (const SimContact &c : m_contacts) {
        if (found.size() >= limit)
            break;
        if (c.peerId.contains(needle, Qt::CaseInsensitive)
            || c.peerDn.contains(needle, Qt::CaseInsensitive))
            found.append(c.toJson());
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Commands

namespace {

QJsonObject contactsPayload(const SimContact &c)
{
    return { { u"contacts"_s, QJsonArray { c.toJson() } } };
}

QJsonObject groupPayload(const SimAddressBook::Group &g)
{
    return { { u"groups"_s,
               QJsonArray {
                   QJsonObject { { u"groupId"_s, g.groupId }, { u"name"_s, g.name } } } } };
}

bool isContactId(const QString &peerId)
{
    const RoomIds::Kind kind = RoomIds::kindOf(peerId);
    return kind == RoomIds::Kind::PeerId || kind == RoomIds::Kind::CallId
        || kind == RoomIds::Kind::InstanceId || kind == RoomIds::Kind::SipContact;
}

//! The CallId form of a contact id (bare user ids get the room's server).
QString contactId(SimHost &host, const QString &peerId)
{
    const QString trimmed = peerId.trimmed();
    if (RoomIds::kindOf(trimmed) == RoomIds::Kind::SipContact)
        return trimmed;
    return RoomIds::toCallId(trimmed, host.serverName());
}

SimOutcome addToAbook(SimHost &host, const QJsonObject &r)
{
    const QString given = r.value(u"peerId"_s).toString().trimmed();
    if (!isContactId(given))
        return SimOutcome::fail(SimError::invalidParameters());
    const QString callId = contactId(host, given);
    QJsonObject fields;
    if (callId != given)
        fields.insert(u"callId"_s, callId);
    SimAddressBook &book = host.addressBook();
    if (!book.contains(callId)) {
        const SimContact c = book.makeContact(callId, r.value(u"peerDn"_s).toString().trimmed());
        book.add(c);
        host.emitEvent(u"contactsAdded"_s, contactsPayload(c));
    }
    return SimOutcome::ok(fields);
}

SimOutcome editContact(SimHost &host, const QJsonObject &r, bool remove)
{
    SimAddressBook &book = host.addressBook();
    const QString peerId = r.value(u"peerId"_s).toString().trimmed();
    const SimContact *existing = book.find(contactId(host, peerId));
    if (!existing)
        return SimOutcome::fail(SimError::invalidParameters());
    if (!existing->isEditable)
        return SimOutcome::fail(SimError::accessDenied()); // the server manages this one
    SimContact c;
    if (remove) {
        book.remove(existing->peerId, &c);
        host.emitEvent(u"contactsDeleted"_s, contactsPayload(c));
    } else {
        const QString peerDn = r.value(u"peerDn"_s).toString().trimmed();
        if (peerDn.isEmpty())
            return SimOutcome::fail(SimError::invalidParameters());
        book.rename(existing->peerId, peerDn, &c);
        host.emitEvent(u"contactsRenamed"_s, contactsPayload(c));
    }
    return SimOutcome::ok({ { u"peerId"_s, c.peerId } });
}

SimOutcome blockContact(SimHost &host, const QJsonObject &r, bool blockIt)
{
    SimAddressBook &book = host.addressBook();
    const QString given = r.value(u"peerId"_s).toString().trimmed();
    if (!isContactId(given))
        return SimOutcome::fail(SimError::invalidParameters());
    const QString callId = contactId(host, given);
    SimContact c;
    if (blockIt) {
        const SimContact *known = book.find(callId);
        c = known ? *known : book.makeContact(callId);
        if (book.block(c))
            host.emitEvent(u"contactBlocked"_s,
                           { { u"peerId"_s, c.peerId }, { u"peerDn"_s, c.peerDn } });
    } else {
        if (!book.unblock(callId, &c))
            return SimOutcome::fail(SimError::invalidParameters());
        host.emitEvent(u"contactUnblocked"_s,
                       { { u"peerId"_s, c.peerId }, { u"peerDn"_s, c.peerDn } });
    }
    return SimOutcome::ok({ { u"peerId"_s, c.peerId } });
}

SimOutcome editGroup(SimHost &host, const QJsonObject &r, const QString &method)
{
    SimAddressBook &book = host.addressBook();
    if (method == u"createGroup"_s) {
        const QString name = r.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            return SimOutcome::fail(SimError::invalidParameters());
        host.emitEvent(u"groupsAdded"_s, groupPayload(*book.group(book.createGroup(name))));
        return SimOutcome::ok();
    }
    const int groupId = r.value(u"groupId"_s).toInt();
    const SimAddressBook::Group *g = book.group(groupId);
    if (!g)
        return SimOutcome::fail(SimError::invalidParameters());
    if (method == u"renameGroup"_s) {
        const QString name = r.value(u"newName"_s).toString().trimmed();
        if (name.isEmpty())
            return SimOutcome::fail(SimError::invalidParameters());
        book.renameGroup(groupId, name);
        host.emitEvent(u"groupsRenamed"_s, groupPayload(*book.group(groupId)));
        return SimOutcome::ok();
    }
    if (method == u"removeGroup"_s) {
        const QJsonObject payload = groupPayload(*g);
        book.removeGroup(groupId);
        host.emitEvent(u"groupsRemoved"_s, payload);
        return SimOutcome::ok();
    }
    // addToGroup / removeFromGroup: members must be address-book contacts.
    const bool add = method == u"addToGroup"_s;
    const SimContact *c = book.find(contactId(host, r.value(u"peerId"_s).toString()));
    bool changed = false;
    if (!c
        || !(add ? book.addToGroup(groupId, c->peerId, &changed)
                 : book.removeFromGroup(groupId, c->peerId, &changed)))
        return SimOutcome::fail(SimError::invalidParameters());
    if (changed)
        host.emitEvent(add ? u"usersAddedToGroups"_s : u"usersRemovedFromGroups"_s,
                       { { add ? u"addedUsers"_s : u"removedUsers"_s,
                           QJsonArray { QJsonObject { { u"groupId"_s, groupId },
                                                      { u"peerId"_s, c->peerId } } } } });
    return SimOutcome::ok();
}

} // namespace

SimCommandTable SimAddressBook::commands(SimHost &host)
{
    SimCommandTable t = {
        { u"getAbook"_s,
          [&host](const QJsonObject &) {
              return SimOutcome::ok({ { u"abook"_s, host.addressBook().toJson() } });
          } },
        { u"addToAbook"_s,
          [&host](const QJsonObject &r) {
              return addToAbook(host, r);
          } },
        { u"removeFromAbook"_s,
          [&host](const QJsonObject &r) {
              return editContact(host, r, true);
          } },
        { u"renameInAbook"_s,
          [&host](const QJsonObject &r) {
              return editContact(host, r, false);
          } },
        { u"block"_s,
          [&host](const QJsonObject &r) {
              return blockContact(host, r, true);
          } },
        { u"unblock"_s,
          [&host](const QJsonObject &r) {
              return blockContact(host, r, false);
          } },
        { u"getBanList"_s,
          [&host](const QJsonObject &) {
              return SimOutcome::ok({ { u"banList"_s, host.addressBook().banListJson() } });
          } },
        { u"getGroups"_s,
          [&host](const QJsonObject &) {
              return SimOutcome::ok({ { u"groups"_s, host.addressBook().groupsJson() } });
          } },
        { u"getContactDetails"_s,
          [&host](const QJsonObject &r) {
              host.emitEvent(
                  u"detailsInfo"_s,
                  host.addressBook().details(contactId(host, r.value(u"peerId"_s).toString())));
              return SimOutcome::ok();
          } },
        { u"getDisplayNameById"_s,
          [&host](const QJsonObject &r) {
              const QString callId = contactId(host, r.value(u"peerId"_s).toString());
              if (callId.isEmpty())
                  return SimOutcome::fail(SimError::invalidParameters());
              return SimOutcome::ok({ { u"peerId"_s, callId },
                                      { u"peerDn"_s, host.addressBook().displayNameFor(callId) } });
          } },
        { u"searchContact"_s,
          [&host](const QJsonObject &r) {
              return SimOutcome::ok(
                  { { u"searchingResult"_s, true },
                    { u"foundContacts"_s,
                      host.addressBook().search(r.value(u"searchingString"_s).toString(), 50) } });
          } },
    };
    for (const QString &method : { u"createGroup"_s, u"renameGroup"_s, u"removeGroup"_s,
                                   u"addToGroup"_s, u"removeFromGroup"_s })
        t.insert(method,
                 [&host, method](const QJsonObject &r) { return editGroup(host, r, method); });
    return t;
}
