// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "favourites.h"

#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "roomdatacontainer.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

const QString Favourites::kContainer = u"roomdeck.favourites"_s;

namespace {

const QString kListKey = u"favourites"_s;

} // namespace

Favourites::Favourites(QObject *parent)
    : QAbstractListModel(parent)
    , m_container(new RoomDataContainer(kContainer, this))
{
    m_container->setValidator([](const QJsonObject &payload) {
        QString problem;
        fromPayload(payload, &problem);
        return problem;
    });
    connect(m_container, &RoomDataContainer::payloadChanged, this, &Favourites::applyPayload);
    connect(m_container, &RoomDataContainer::stateChanged, this, &Favourites::changed);
}

Favourites::~Favourites() = default;

QStringList Favourites::roomEvents() const
{
    return { u"dataSaved"_s, u"dataDeleted"_s };
}

void Favourites::handleRoomEvent(const RoomMessage &event)
{
    m_container->handleEvent(event);
}

void Favourites::resyncAfterSignIn()
{
    m_container->load();
}

void Favourites::forgetRoom()
{
    m_container->forget();
}

void Favourites::controllerChanged(RoomController *)
{
    m_container->setController(controller());
}

bool Favourites::isLoaded() const
{
    return m_container->state() == RoomDataContainer::State::Ready;
}

QString Favourites::problem() const
{
    return m_container->problem();
}

bool Favourites::isUnreadable() const
{
    return m_container->state() == RoomDataContainer::State::Unreadable;
}

// --- the stored form ---------------------------------------------------------------------

QJsonObject Favourites::toPayload(const QList<Entry> &entries)
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject o { { u"id"_s, e.id } };
        if (!e.label.isEmpty())
            o.insert(u"label"_s, e.label);
        list.append(o);
    }
    return { { kListKey, list } };
}

QList<Favourites::Entry> Favourites::fromPayload(const QJsonObject &payload, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QList<Entry> {};
    };
    if (problem)
        problem->clear();
    const QJsonValue list = payload.value(kListKey);
    if (list.isUndefined())
        return {}; // an empty container, or one that holds no list yet
    if (!list.isArray())
        return fail(tr("“%1” is not a list").arg(kListKey));
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxEntries * 10)
        return fail(tr("%n entries", nullptr, int(array.size())));
    QList<Entry> entries;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(u"id"_s).isString()
            || (o.contains(u"label"_s) && !o.value(u"label"_s).isString()))
            return fail(tr("entry %1 is not an id with a label").arg(entries.size() + 1));
        Entry e { RoomText::bounded(o.value(u"id"_s).toString().trimmed(), 256),
                  RoomText::name(o.value(u"label"_s).toString().trimmed()) };
        // What another client wrote is shown, not trusted: an unusable id or a repeat drops.
        if (e.id.isEmpty() || !RoomIds::validationError(e.id).isEmpty()
            || std::any_of(entries.cbegin(), entries.cend(),
                           [&e](const Entry &x) { return RoomIds::sameUser(x.id, e.id); }))
            continue;
        entries.append(e);
    }
    return entries.mid(0, kMaxEntries);
}

void Favourites::applyPayload()
{
    const QList<Entry> entries = fromPayload(m_container->payload());
    if (entries == m_entries) {
        Q_EMIT changed();
        return;
    }
    // The same ids in the same order: only labels changed.
    bool sameIds = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameIds && i < entries.size(); ++i)
        sameIds = entries.at(i).id == m_entries.at(i).id;
    if (sameIds) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i) == m_entries.at(i))
                continue;
            m_entries[i] = entries.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)), { Qt::DisplayRole, LabelRole });
        }
    } else {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
    Q_EMIT changed();
}

// --- the model ------------------------------------------------------------------------------

int Favourites::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString Favourites::displayText(const Entry &entry)
{
    return RoomText::name(entry.label.isEmpty() ? entry.id : entry.label);
}

QVariant Favourites::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e);
    case Qt::ToolTipRole:
        return e.label.isEmpty() ? e.id : tr("%1 (%2)").arg(displayText(e), RoomText::name(e.id));
    case IdRole:
        return e.id;
    case LabelRole:
        return e.label;
    default:
        return {};
    }
}

QHash<int, QByteArray> Favourites::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(LabelRole, "label");
    return names;
}

int Favourites::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (RoomIds::sameUser(m_entries.at(i).id, id.trimmed())
            || m_entries.at(i).id == id.trimmed())
            return int(i);
    return -1;
}

// --- verbs ------------------------------------------------------------------------------------

PendingRequests::Callback Favourites::reporting(const QString &what, PendingRequests::Callback done)
{
    QPointer<Favourites> self(this);
    return [self, what, done](const RequestOutcome &o) {
        if (!o.ok() && self)
            Q_EMIT self->failed(tr("%1 failed: %2").arg(what, RoomText::bounded(o.errorText)));
        if (done)
            done(o);
    };
}

quint64 Favourites::change(const QString &what, std::function<QString(QList<Entry> &)> edit,
                           QObject *context, PendingRequests::Callback done)
{
    return m_container->edit(
        [edit](const QJsonObject &payload) {
            QList<Entry> entries = fromPayload(payload);
            const QString refusal = edit(entries);
            return RoomDataContainer::EditResult { toPayload(entries), refusal };
        },
        context, reporting(what, std::move(done)));
}

quint64 Favourites::add(const QString &id, const QString &label, QObject *context,
                        PendingRequests::Callback done)
{
    const QString peer = id.trimmed();
    const QString name = label.trimmed().left(kMaxLabelLength);
    return change(
        tr("Adding %1 to the favourites").arg(RoomText::name(peer)),
        [peer, name](QList<Entry> &entries) -> QString {
            const QString invalid = RoomIds::validationError(peer);
            if (peer.isEmpty() || !invalid.isEmpty())
                return invalid.isEmpty() ? tr("No TrueConf ID given") : invalid;
            if (std::any_of(entries.cbegin(), entries.cend(), [&peer](const Entry &e) {
                    return RoomIds::sameUser(e.id, peer) || e.id == peer;
                }))
                return tr("It is already a favourite");
            if (entries.size() >= kMaxEntries)
                return tr("The list is full (%1 entries)").arg(kMaxEntries);
            entries.append({ peer, name });
            return {};
        },
        context, std::move(done));
}

namespace {

qsizetype findEntry(const QList<Favourites::Entry> &entries, const QString &id)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).id == id || RoomIds::sameUser(entries.at(i).id, id))
            return i;
    return -1;
}

} // namespace

quint64 Favourites::remove(const QString &id, QObject *context, PendingRequests::Callback done)
{
    const QString peer = id.trimmed();
    return change(
        tr("Removing %1 from the favourites").arg(RoomText::name(peer)),
        [peer](QList<Entry> &entries) -> QString {
            const qsizetype i = findEntry(entries, peer);
            if (i < 0)
                return tr("It is not a favourite");
            entries.removeAt(i);
            return {};
        },
        context, std::move(done));
}

quint64 Favourites::rename(const QString &id, const QString &label, QObject *context,
                           PendingRequests::Callback done)
{
    const QString peer = id.trimmed();
    const QString name = label.trimmed().left(kMaxLabelLength);
    return change(
        tr("Renaming the favourite %1").arg(RoomText::name(peer)),
        [peer, name](QList<Entry> &entries) -> QString {
            const qsizetype i = findEntry(entries, peer);
            if (i < 0)
                return tr("It is not a favourite");
            entries[i].label = name;
            return {};
        },
        context, std::move(done));
}

quint64 Favourites::move(const QString &id, int to, QObject *context,
                         PendingRequests::Callback done)
{
    const QString peer = id.trimmed();
    return change(
        tr("Moving the favourite %1").arg(RoomText::name(peer)),
        [peer, to](QList<Entry> &entries) -> QString {
            const qsizetype i = findEntry(entries, peer);
            if (i < 0)
                return tr("It is not a favourite");
            entries.move(i, std::clamp<qsizetype>(to, 0, entries.size() - 1));
            return {};
        },
        context, std::move(done));
}

quint64 Favourites::clearUnreadable(QObject *context, PendingRequests::Callback done)
{
    return m_container->overwrite(
        toPayload({}), context, reporting(tr("Replacing the room's favourites"), std::move(done)));
}
