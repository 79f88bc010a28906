// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "peerlistmodel.h"

#include "core/controller/roomcontroller.h"
#include "core/protocol/jsonspans.h"
#include "core/roomtext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

PeerListModel::PeerListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int PeerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant PeerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    // Room texts are shown bounded (a megabyte name would stall every paint of its row) and
    // clean: a short name may carry a terminal escape, NUL or a right-to-left override too.
    const auto shown = [](const QString &text) {
        return RoomText::name(text);
    };
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return shown(c.displayName());
    case Qt::ToolTipRole:
        return c.additionalStatus.isEmpty()
            ? u"%1\n%2"_s.arg(shown(c.peerId), c.presenceText())
            : u"%1\n%2 — %3"_s.arg(shown(c.peerId), c.presenceText(), shown(c.additionalStatus));
    case PeerIdRole:
        return c.peerId;
    case StatusRole:
        return c.status;
    case ExtStatusRole:
        return c.extStatus;
    case PresenceTextRole:
        return c.presenceText();
    case PresenceClassRole:
        return c.presenceClass();
    case PresenceRankRole:
        return c.presenceRank();
    case LastOnlineRole:
        return c.lastOnlineTime;
    case AdditionalStatusRole:
        return shown(c.additionalStatus);
    case EditableRole:
        return c.isEditable;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PeerIdRole, "peerId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(StatusRole, "status");
    names.insert(ExtStatusRole, "extStatus");
    names.insert(PresenceTextRole, "presenceText");
    names.insert(PresenceClassRole, "presenceClass");
    names.insert(PresenceRankRole, "presenceRank");
    names.insert(LastOnlineRole, "lastOnlineTime");
    names.insert(AdditionalStatusRole, "additionalStatus");
    names.insert(EditableRole, "editable");
    return names;
}

const QList<int> &PeerListModel::presenceRoles()
{
    static const QList<int> roles
        = { Qt::DisplayRole, Qt::ToolTipRole,     DisplayNameRole,   StatusRole,
            ExtStatusRole,   PresenceTextRole,    PresenceClassRole, PresenceRankRole,
            LastOnlineRole,  AdditionalStatusRole };
    return roles;
}

int PeerListModel::rowOf(const QString &peerId) const
{
    return m_rowByKey.value(Contact::key(peerId), -1);
}

void PeerListModel::rebuildIndex(int fromRow)
{
    // From the stored keys: no id is parsed again when rows move.
    if (fromRow == 0)
        m_rowByKey.clear();
    m_rowByKey.reserve(m_keys.size());
    for (int row = fromRow; row < m_keys.size(); ++row)
        m_rowByKey.insert(m_keys.at(row), row);
}

void PeerListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged(loaded);
}

void PeerListModel::setContacts(QList<Contact> contacts)
{
    // A room may list an id twice; the first entry wins so that rows stay addressable by id.
    // Each id is parsed once; membership is a hash lookup (a book has 20,000 contacts), and the
    // hash built here is the model's index: nothing is copied when no id repeats.
    QList<QString> keys;
    keys.reserve(contacts.size());
    QHash<QString, int> rowByKey;
    rowByKey.reserve(contacts.size());
    QList<qsizetype> repeats; // positions in `contacts` of ids seen before
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QString k = Contact::key(contacts.at(i).peerId);
        if (rowByKey.contains(k)) {
            repeats.append(i);
            continue;
        }
        rowByKey.insert(k, int(keys.size()));
        keys.append(std::move(k));
    }
    if (!repeats.isEmpty()) {
        QList<Contact> unique;
        unique.reserve(keys.size());
        qsizetype next = 0;
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            if (next < repeats.size() && repeats.at(next) == i) {
                ++next;
                continue;
            }
            unique.append(std::move(contacts[i]));
        }
        contacts = std::move(unique);
    }
    beginResetModel();
    m_contacts = std::move(contacts);
    m_keys = std::move(keys);
    m_rowByKey = std::move(rowByKey);
    endResetModel();
    setLoaded(true);
}

void PeerListModel::addContacts(const QList<Contact> &contacts)
{
    // One key per contact and hash lookups: a single contactsAdded may list 20,000 contacts.
    QList<Contact> fresh;
    QList<QString> freshKeys;
    QHash<QString, qsizetype> freshIndex; // key -> index into `fresh`
    for (const Contact &c : contacts) {
        QString k = Contact::key(c.peerId);
        const int row = m_rowByKey.value(k, -1);
        if (row >= 0) {
            m_contacts[row] = c;
            Q_EMIT dataChanged(index(row), index(row));
        } else if (!freshIndex.contains(k)) {
            freshIndex.insert(k, fresh.size());
            fresh.append(c);
            freshKeys.append(std::move(k));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_contacts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_contacts.append(std::move(fresh));
    m_keys.append(std::move(freshKeys));
    rebuildIndex(first);
    endInsertRows();
}

void PeerListModel::removeContacts(const QStringList &peerIds)
{
    QList<int> rows;
    for (const QString &id : peerIds) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Adjacent rows go in one step. Removing many scattered rows one range at a time moves
    // the tail of the list once per range (quadratic): beyond a few hundred ranges one reset
    // is cheaper for the model and for every view.
    QList<std::pair<int, int>> ranges; // first, last; ascending
    for (int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append({ row, row });
    }
    if (ranges.size() > 256) {
        QSet<int> gone(rows.cbegin(), rows.cend());
        QList<Contact> kept;
        QList<QString> keptKeys;
        kept.reserve(m_contacts.size() - rows.size());
        keptKeys.reserve(m_contacts.size() - rows.size());
        for (int row = 0; row < m_contacts.size(); ++row) {
            if (gone.contains(row))
                continue;
            kept.append(std::move(m_contacts[row]));
            keptKeys.append(std::move(m_keys[row]));
        }
        beginResetModel();
        m_contacts = std::move(kept);
        m_keys = std::move(keptKeys);
        rebuildIndex(0);
        endResetModel();
        return;
    }
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_contacts.remove(it->first, it->second - it->first + 1);
        m_keys.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    rebuildIndex(0);
}

void PeerListModel::renameContact(const QString &peerId, const QString &peerDn)
{
    const int row = rowOf(peerId);
    if (row < 0 || m_contacts.at(row).peerDn == peerDn)
        return;
    m_contacts[row].peerDn = peerDn;
    Q_EMIT dataChanged(index(row), index(row),
                       { Qt::DisplayRole, Qt::ToolTipRole, DisplayNameRole });
}

int PeerListModel::applyPresence(const QJsonArray &statuses)
{
    int changed = 0;
    for (const QJsonValue &v : statuses) {
        const QJsonObject o = v.toObject();
        const int row = rowOf(o.value(u"peerId"_s).toString());
        if (row < 0)
            continue;
        Contact updated = m_contacts.at(row);
        updated.mergePresence(o);
        if (updated == m_contacts.at(row))
            continue;
        const bool renamed = updated.peerDn != m_contacts.at(row).peerDn;
        m_contacts[row] = std::move(updated);
        ++changed;
        const QModelIndex i = index(row);
        if (renamed)
            Q_EMIT dataChanged(i, i);
        else
            Q_EMIT dataChanged(i, i, presenceRoles());
    }
    return changed;
}

void PeerListModel::clear()
{
    beginResetModel();
    m_contacts.clear();
    m_keys.clear();
    m_rowByKey.clear();
    endResetModel();
    setLoaded(false);
}

void PeerListModel::setFromJson(const QJsonArray &abook)
{
    QList<Contact> contacts;
    contacts.reserve(abook.size());
    for (const QJsonValue &v : abook) {
        bool ok = false;
        Contact c = Contact::fromJson(v.toObject(), &ok);
        if (ok)
            contacts.append(std::move(c));
    }
    setContacts(std::move(contacts));
}

void PeerListModel::reload()
{
    if (!controller())
        return;
    const quint64 request
        = controller()->sendRequest(u"getAbook"_s, {}, this, [this](const RequestOutcome &outcome) {
              if (outcome.ok() && !outcome.unparsedArray.isNull()) {
                  if (setFromJsonText(outcome.unparsedArray))
                      return;
              } else if (const QJsonValue abook = outcome.reply.value(u"abook"_s);
                         outcome.ok() && abook.isArray()) {
                  setFromJson(abook.toArray());
                  return;
              }
              // A book that is not a list is unreadable, not empty; the room's text is bounded
              // before it is formatted.
              const QString why = outcome.ok()
                  ? tr("the room sent it in a form RoomDeck cannot read")
                  : RoomText::bounded(outcome.errorText);
              Q_EMIT loadFailed(tr("Could not load the address book: %1").arg(why));
          });
    // A large book is read one contact at a time: parsed whole it would take four times its
    // size next to the contacts made from it.
    controller()->receiveArrayUnparsed(request, u"abook"_s);
}

bool PeerListModel::setFromJsonText(QByteArrayView abook)
{
    QList<Contact> contacts;
    const bool wellFormed = JsonSpans::forEachElement(abook, [&contacts](QByteArrayView element) {
        if (!element.startsWith('{'))
            return true; // not a contact, as setFromJson() skips it
        QJsonParseError error {};
        // The element's bytes as they are, not copied: parsed here and gone after.
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(element.data(), element.size()), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        bool ok = false;
        Contact c = Contact::fromJson(doc.object(), &ok);
        if (ok)
            contacts.append(std::move(c));
        return true;
    });
    if (!wellFormed)
        return false;
    setContacts(std::move(contacts));
    return true;
}

QStringList PeerListModel::roomEvents() const
{
    return { u"usersStatusesChanged"_s, u"abReceivedAfterLogin"_s, u"contactsAdded"_s,
             u"contactsDeleted"_s,      u"contactsRenamed"_s,      u"logout"_s };
}

void PeerListModel::onEvent(const RoomMessage &event)
{
    const QString &name = event.event;
    const QJsonObject &b = event.body;
    auto contactsOf = [&b] {
        QList<Contact> list;
        for (const QJsonValue &v : b.value(u"contacts"_s).toArray()) {
            bool ok = false;
            Contact c = Contact::fromJson(v.toObject(), &ok);
            if (ok)
                list.append(std::move(c));
        }
        return list;
    };
    if (name == u"usersStatusesChanged"_s) {
        applyPresence(b.value(u"usersStatuses"_s).toArray());
    } else if (name == u"abReceivedAfterLogin"_s) {
        // A book that is not a list says nothing about the book: it is not an empty one.
        if (b.value(u"abook"_s).isArray())
            setFromJson(b.value(u"abook"_s).toArray());
    } else if (name == u"contactsAdded"_s) {
        addContacts(contactsOf());
    } else if (name == u"contactsDeleted"_s) {
        QStringList ids;
        for (const QJsonValue &v : b.value(u"contacts"_s).toArray())
            ids.append(v.isString() ? v.toString() : v.toObject().value(u"peerId"_s).toString());
        removeContacts(ids);
    } else if (name == u"contactsRenamed"_s) {
        for (const QJsonValue &v : b.value(u"contacts"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"peerDn"_s).isString()) // a name of another type is no name
                renameContact(o.value(u"peerId"_s).toString(), o.value(u"peerDn"_s).toString());
        }
    } else if (name == u"logout"_s) {
        clear();
    }
}

quint64 PeerListModel::requestAdd(const QString &peerId, const QString &peerDn)
{
    if (!controller())
        return 0;
    QJsonObject params { { u"peerId"_s, peerId } };
    if (!peerDn.isEmpty())
        params.insert(u"peerDn"_s, peerDn);
    return controller()->sendRequest(u"addToAbook"_s, params);
}

quint64 PeerListModel::requestRemove(const QString &peerId)
{
    if (!controller())
        return 0;
    return controller()->sendRequest(u"removeFromAbook"_s, { { u"peerId"_s, peerId } });
}

quint64 PeerListModel::requestRename(const QString &peerId, const QString &peerDn)
{
    if (!controller())
        return 0;
    return controller()->sendRequest(u"renameInAbook"_s,
                                     { { u"peerId"_s, peerId }, { u"peerDn"_s, peerDn } });
}
