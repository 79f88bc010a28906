// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogmodel.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/models/contact.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/protocol/enums.h"
#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QHash>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

//! Chat messages and custom-event data: enough to read, not a whole document.
constexpr qsizetype kQuoteLength = 300;
//! How far back a command's row is looked for when its outcome is logged a second time.
constexpr int kRequestLookBack = 64;

QByteArray rawJsonOf(const QJsonObject &raw, qsizetype *wholeSize)
{
    QByteArray json = QJsonDocument(Redact::object(raw)).toJson(QJsonDocument::Indented);
    *wholeSize = json.size();
    if (json.size() <= EventLogModel::kMaxRawBytes)
        return json;
    qsizetype cut = EventLogModel::kMaxRawBytes;
    while (cut > 0 && (uchar(json.at(cut)) & 0xc0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    json.truncate(cut);
    json.append("\n\xe2\x80\xa6 ");
    json.append(
        EventLogModel::tr("(cut: the room sent %n bytes)", nullptr, int(*wholeSize)).toUtf8());
    json.squeeze();
    return json;
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EventLogModel::~EventLogModel()
{
    for (const Row &r : m_rows)
        delete r.entry;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection:
        return tr("Connection");
    case Kind::Event:
        return tr("Event");
    case Kind::Command:
        return tr("Command");
    case Kind::Error:
        return tr("Error");
    case Kind::Notice:
        return tr("Notice");
    case Kind::Presence:
        return tr("Presence");
    }
    return {};
}

EventLogModel::Kind EventLogModel::kindOfEvent(const QString &eventName)
{
    if (eventName == u"usersStatusesChanged"_s || eventName == u"updateAvatar"_s)
        return Kind::Presence;
    return Kind::Event;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(u"HH:mm:ss"_s);
        case KindColumn:
            return kindName(e.kind);
        case TextColumn:
            return e.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        return e.text;
    case TimeRole:
        return e.time;
    case KindRole:
        return int(e.kind);
    case TextRole:
        return e.text;
    case NameRole:
        return e.name;
    case RawJsonRole:
        if (e.rawDropped)
            return tr("(The room's JSON for this entry was dropped to keep the log's memory "
                      "bounded.)");
        return QString::fromUtf8(e.rawJson);
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString EventLogModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("What happened");
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(KindRole, "kind");
    names.insert(TextRole, "text");
    names.insert(NameRole, "name");
    names.insert(RawJsonRole, "rawJson");
    return names;
}

qsizetype EventLogModel::bytesOf(const Entry &e)
{
    // QString holds UTF-16; the rest is the row's bookkeeping, roughly.
    return e.rawJson.capacity() + 2 * (e.text.capacity() + e.name.capacity()) + 96;
}

int EventLogModel::presenceCapacity() const
{
    return std::max(1, m_capacity / 10);
}

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    while (int(m_rows.size()) > m_capacity)
        removeEntry(0);
    while (int(m_presence.size()) > presenceCapacity())
        removeEntry(rowOfSerial(m_presence.front()));
}

int EventLogModel::rowOfSerial(quint64 serial) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), serial,
                                     [](const Row &r, quint64 s) { return r.serial < s; });
    return int(it - m_rows.cbegin());
}

void EventLogModel::setByteBudget(qsizetype bytes)
{
    m_byteBudget = std::max<qsizetype>(64 * 1024, bytes);
    enforceByteBudget();
}

void EventLogModel::removeEntry(int row)
{
    beginRemoveRows({}, row, row);
    const auto it = m_rows.begin() + row;
    m_bytes -= bytesOf(*it->entry);
    if (it->entry->kind == Kind::Presence) {
        // Nearly always the oldest presence row; found by binary search otherwise.
        const auto p = std::lower_bound(m_presence.begin(), m_presence.end(), it->serial);
        if (p != m_presence.end() && *p == it->serial)
            m_presence.erase(p);
    }
    delete it->entry;
    m_rows.erase(it);
    endRemoveRows();
}

void EventLogModel::enforceByteBudget()
{
    // Raw bodies go first, oldest first: the rows (what happened, when) stay longest. The
    // rows whose bodies went already are not walked again (a flood appends at the budget).
    for (int row = rowOfSerial(m_rawFrom); m_bytes > m_byteBudget && row < int(m_rows.size());
         ++row) {
        m_rawFrom = m_rows[size_t(row)].serial + 1;
        Entry &e = *m_rows[size_t(row)].entry;
        if (e.rawJson.isEmpty())
            continue;
        m_bytes -= bytesOf(e);
        e.rawJson = QByteArray();
        e.rawDropped = true;
        m_bytes += bytesOf(e);
        const QModelIndex i = index(row, 0);
        Q_EMIT dataChanged(i, i, { RawJsonRole });
    }
    while (m_bytes > m_byteBudget && m_rows.size() > 1)
        removeEntry(0);
}

void EventLogModel::append(Entry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    // Every text may carry room text: bounded and on one line before it is stored.
    entry.text = RoomText::bounded(entry.text);
    entry.name = RoomText::name(entry.name);
    if (entry.kind == Kind::Presence && int(m_presence.size()) >= presenceCapacity())
        removeEntry(rowOfSerial(m_presence.front()));
    if (int(m_rows.size()) >= m_capacity)
        removeEntry(0);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_bytes += bytesOf(entry);
    const quint64 serial = m_nextSerial++;
    if (entry.kind == Kind::Presence)
        m_presence.push_back(serial);
    m_rows.push_back({ serial, new Entry(std::move(entry)) });
    endInsertRows();
    enforceByteBudget();
}

void EventLogModel::append(Kind kind, const QString &text, const QString &name,
                           const QJsonObject &raw)
{
    Entry e;
    e.kind = kind;
    e.text = text;
    e.name = name;
    if (!raw.isEmpty())
        e.rawJson = rawJsonOf(raw, &e.rawSize);
    append(std::move(e));
}

int EventLogModel::findRequest(quint64 request) const
{
    if (request == 0)
        return -1;
    const int last = int(m_rows.size()) - 1;
    for (int row = last; row >= 0 && row > last - kRequestLookBack; --row)
        if (entry(row).request == request)
            return row;
    return -1;
}

void EventLogModel::logCommand(const QString &what, const RequestOutcome &outcome)
{
    const QString reason
        = RoomText::bounded(outcome.errorText.isEmpty() ? RequestOutcome::statusName(outcome.status)
                                                        : outcome.errorText,
                            500);
    const QString text = outcome.ok()
        ? tr("%1 — done").arg(RoomText::bounded(what, 500))
        : tr("%1 — failed: %2").arg(RoomText::bounded(what, 500), reason);
    const int row = findRequest(outcome.id);
    if (row < 0) {
        Entry e;
        e.kind = Kind::Command;
        e.text = text;
        e.name = RoomText::name(outcome.method);
        e.request = outcome.id;
        if (!outcome.reply.isEmpty())
            e.rawJson = rawJsonOf(outcome.reply, &e.rawSize);
        append(std::move(e));
        return;
    }
    Entry &e = *m_rows[size_t(row)].entry;
    m_bytes -= bytesOf(e);
    e.text = text;
    m_bytes += bytesOf(e);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventLogModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    for (const Row &r : m_rows)
        delete r.entry;
    m_rows.clear();
    m_presence.clear();
    m_rawFrom = m_nextSerial;
    m_bytes = 0;
    endResetModel();
}

QString EventLogModel::describeEvent(const RoomMessage &event, const NameLookup &lookup)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    // Every room text is bounded before it is formatted: a 1 MB name costs nothing here.
    const auto text = [&b](QStringView key, qsizetype max = RoomText::kNameLength) {
        return RoomText::bounded(b.value(key).toString(), max);
    };
    const auto quote = [&b](QStringView key) {
        return RoomText::bounded(b.value(key).toString(), kQuoteLength);
    };
    // A person by name: the event's peerDn, else the participant or contact of that id,
    // else the id without its instance part (never "user@server/INSTANCE").
    const auto nameOf = [&lookup](const QString &peerId, const QString &peerDn) {
        if (!peerDn.trimmed().isEmpty())
            return RoomText::name(peerDn);
        if (lookup) {
            const QString known = lookup(peerId);
            if (!known.trimmed().isEmpty())
                return RoomText::name(known);
        }
        return RoomText::name(RoomIds::stripInstance(peerId.left(RoomText::kNameLength * 2)));
    };
    const auto person = [&] {
        return nameOf(b.value(u"peerId"_s).toString(), b.value(u"peerDn"_s).toString());
    };
    // "Name (id)" where both are known: calls are about whom exactly.
    const auto who = [&] {
        const QString id = RoomText::name(RoomIds::stripInstance(
            b.value(u"peerId"_s).toString().left(RoomText::kNameLength * 2)));
        const QString dn = person();
        if (id.isEmpty())
            return dn;
        return dn.isEmpty() || dn.compare(id, Qt::CaseInsensitive) == 0 ? id
                                                                        : u"%1 (%2)"_s.arg(dn, id);
    };
    const auto muted = [&b] {
        return b.value(u"mute"_s).toBool();
    };
    const auto media = [&b](QStringView key) {
        const QJsonValue v = b.value(key);
        const int state = v.isBool() ? (v.toBool() ? 2 : 1) : v.toInt(-1);
        return state < 0 ? QString() : Room::mediaStateText(state);
    };
    if (name == u"appStateChanged"_s)
        return tr("Room state: %1").arg(Room::appStateName(b.value(u"appState"_s).toInt(-1)));
    if (name == u"authorizationNeeded"_s)
        return tr("Sign-in needed: %1").arg(Room::authNeededReason(b.value(u"cause"_s).toInt(-1)));
    if (name == u"login"_s)
        return tr("Account login: %1").arg(Room::loginResultText(b.value(u"result"_s).toInt(-1)));
    if (name == u"logout"_s)
        return tr("The room logged out of its account");
    if (name == u"serverConnected"_s)
        return tr("Connected to server %1").arg(text(u"server"));
    if (name == u"serverDisconnected"_s)
        return tr("Disconnected from server %1").arg(text(u"server"));
    if (name == u"inviteReceived"_s)
        return tr("Incoming call from %1").arg(who());
    if (name == u"inviteSent"_s)
        return tr("Calling %1").arg(who());
    if (name == u"rejectReceived"_s)
        return tr("Call refused by %1: %2")
            .arg(who(), Room::rejectCauseText(b.value(u"cause"_s).toInt(-1)));
    if (name == u"rejectSent"_s)
        return tr("Call from %1 declined").arg(who());
    if (name == u"conferenceCreated"_s)
        return tr("Conference started: %1")
            .arg(b.value(u"confTitle"_s).toString().isEmpty() ? text(u"confId")
                                                              : text(u"confTitle"));
    if (name == u"conferenceDeleted"_s)
        return tr("Conference ended");
    if (name == u"newParticipantInConference"_s)
        return tr("%1 joined the conference").arg(person());
    if (name == u"participantLeftConference"_s)
        return tr("%1 left the conference").arg(person());
    if (name == u"requestInviteReceived"_s)
        return tr("%1 asks to join the conference").arg(person());
    if (name == u"peerAccepted"_s)
        return tr("%1 was let into the conference").arg(person());
    if (name == u"participantPresenceInWaitingRoomChanged"_s
        && b.value(u"inWaitingRoom"_s).isBool())
        return b.value(u"inWaitingRoom"_s).toBool() ? tr("%1 is in the waiting room").arg(person())
                                                    : tr("%1 left the waiting room").arg(person());
    if (name == u"waitingRoomStateChanged"_s && b.value(u"enabled"_s).isBool())
        return b.value(u"enabled"_s).toBool() ? tr("The waiting room is on")
                                              : tr("The waiting room is off");
    if (name == u"recordRequest"_s)
        return tr("%1 asks to record the room").arg(person());
    if (name == u"userRecordingMeStatusChanged"_s)
        return b.value(u"status"_s).toInt() != 0
            ? tr("%1 records the room").arg(person())
            : tr("%1 stopped recording the room").arg(person());
    if (name == u"roleEventOccured"_s && b.value(u"role"_s).toInt() == 3)
        return tr("%1 asks to speak").arg(person());
    if (name == u"incomingChatMessage"_s)
        return tr("%1 wrote: “%2”").arg(person(), quote(u"message"));
    if (name == u"incomingGroupChatMessage"_s)
        return tr("%1 wrote to the conference: “%2”").arg(person(), quote(u"message"));
    if (name == u"chatMessageSent"_s)
        return tr("The room wrote to %1: “%2”").arg(person(), quote(u"message"));
    if (name == u"groupChatMessageSent"_s)
        return tr("The room wrote to the conference: “%1”").arg(quote(u"message"));
    if (name == u"audioCapturerMute"_s)
        return muted() ? tr("The room's microphone was muted")
                       : tr("The room's microphone was turned on");
    if (name == u"videoCapturerMute"_s)
        return muted() ? tr("The room's camera was turned off")
                       : tr("The room's camera was turned on");
    if (name == u"audioRendererMute"_s)
        return muted() ? tr("The room's loudspeaker was muted")
                       : tr("The room's loudspeaker was turned on");
    if (name == u"ptzControlsChanged"_s) {
        // "pan 20, tilt -5, zoom 150": the axes the camera has, where they are now.
        QStringList axes;
        const std::pair<QStringView, QString> names[]
            = { { u"pan", tr("pan") }, { u"tilt", tr("tilt") }, { u"zoom", tr("zoom") } };
        for (const auto &[key, label] : names) {
            const QJsonObject axis = b.value(key).toObject();
            if (axis.value(u"support"_s).toBool() && axis.value(u"currentValue"_s).isDouble())
                axes << u"%1 %2"_s.arg(label).arg(axis.value(u"currentValue"_s).toInt());
        }
        return axes.isEmpty() ? tr("The room's camera changed")
                              : tr("The room's camera: %1").arg(axes.join(u", "_s));
    }
    if (name.startsWith(u"videoCapturerPreset"_s)) {
        const QString preset = b.value(u"name"_s).isString()
            ? text(u"name")
            : RoomText::name(b.value(u"presetId"_s).toVariant().toString());
        if (name == u"videoCapturerPresetAdded"_s)
            return tr("Camera preset “%1” saved").arg(preset);
        if (name == u"videoCapturerPresetApplied"_s)
            return tr("Camera preset “%1” applied").arg(preset);
        if (name == u"videoCapturerPresetUpdated"_s)
            return tr("Camera preset “%1” changed").arg(preset);
        if (name == u"videoCapturerPresetRemoved"_s)
            return tr("Camera preset “%1” removed").arg(preset);
    }
    if (name == u"requestCameraControlReceived"_s)
        return tr("%1 asks to control the room's camera")
            .arg(nameOf(b.value(u"callId"_s).toString(), b.value(u"peerDn"_s).toString()));
    if (name == u"hardwareChanged"_s)
        return tr("The room's devices changed");
    if (name == u"micStateChangedByConferenceOwner"_s)
        return muted() ? tr("The conference owner muted the room's microphone")
                       : tr("The conference owner turned the room's microphone on");
    if (name == u"cameraStateChangedByConferenceOwner"_s)
        return muted() ? tr("The conference owner turned the room's camera off")
                       : tr("The conference owner turned the room's camera on");
    if (name == u"deviceStatusReceived"_s) {
        const QString mic = media(u"mic");
        const QString video = media(u"video");
        if (!mic.isEmpty() && !video.isEmpty())
            return tr("%1 — microphone: %2, camera: %3").arg(person(), mic, video);
        if (!mic.isEmpty())
            return tr("%1 — microphone: %2").arg(person(), mic);
        if (!video.isEmpty())
            return tr("%1 — camera: %2").arg(person(), video);
        return tr("%1: devices changed").arg(person());
    }
    if (name == u"testAudioCapturerLevel"_s && b.value(u"lvl"_s).isDouble())
        return tr("Microphone test level: %1")
            .arg(qRound(qBound(-1.0, b.value(u"lvl"_s).toDouble(), 1000.0)));
    if (name == u"settingsChanged"_s) {
        const QString value
            = QString::fromUtf8(
                  QJsonDocument(QJsonArray { b.value(u"value"_s) }).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        return tr("Setting “%1” changed to %2").arg(text(u"name"), RoomText::bounded(value, 200));
    }
    if (name == u"usersStatusesChanged"_s) {
        const QJsonArray statuses = b.value(u"usersStatuses"_s).toArray();
        if (statuses.size() == 1) {
            const QJsonObject o = statuses.first().toObject();
            Contact c;
            c.mergePresence(o);
            const QString who1
                = nameOf(o.value(u"peerId"_s).toString(), o.value(u"peerDn"_s).toString());
            if (o.value(u"status"_s).isDouble() || o.value(u"extStatus"_s).isDouble())
                return tr("%1 is now “%2”").arg(who1, c.presenceText());
            return tr("Presence changed for %1").arg(who1);
        }
        return tr("Presence changed for %n contact(s)", nullptr, int(statuses.size()));
    }
    if (name == u"updateAvatar"_s)
        return tr("%1 has a new picture").arg(person());
    if (name == u"myEvent"_s)
        return tr("Custom event: %1").arg(RoomText::bounded(b.value(u"data"_s).toString(), 200));
    return tr("Event “%1”").arg(RoomText::name(name));
}

QString EventLogModel::nameFor(const QString &peerId) const
{
    if (m_participants) {
        const int row = m_participants->rowOf(peerId);
        if (row >= 0 && !m_participants->participant(row).peerDn.isEmpty())
            return m_participants->participant(row).peerDn;
    }
    if (m_peers) {
        const int row = m_peers->rowOf(peerId);
        if (row >= 0)
            return m_peers->contact(row).peerDn;
    }
    return {};
}

void EventLogModel::setNameSources(const ParticipantListModel *participants,
                                   const PeerListModel *peers)
{
    m_participants = participants;
    m_peers = peers;
}

QString EventLogModel::commandText(const QString &method)
{
    static const QHash<QString, const char *> texts {
        { u"rebootSystem"_s, QT_TR_NOOP("Restart the room computer") },
        { u"shutdownSystem"_s, QT_TR_NOOP("Shut down the room computer") },
        { u"shutdown"_s, QT_TR_NOOP("Quit the room application") },
        { u"setLogo"_s, QT_TR_NOOP("Show the uploaded logo") },
        { u"setBackground"_s, QT_TR_NOOP("Show the uploaded background") },
        { u"setDefaultLogo"_s, QT_TR_NOOP("Reset the logo to the default") },
        { u"setDefaultBackground"_s, QT_TR_NOOP("Reset the background to the default") },
        { u"connectToServer"_s, QT_TR_NOOP("Connect the room to a TrueConf server") },
        { u"connectToService"_s, QT_TR_NOOP("Connect the room to TrueConf Online") },
        { u"login"_s, QT_TR_NOOP("Log the room's TrueConf account in") },
        { u"logout"_s, QT_TR_NOOP("Log the room's TrueConf account out") },
        { u"setAuthParams"_s, QT_TR_NOOP("Change the protection of a mode") },
        { u"clearTokens"_s, QT_TR_NOOP("Clear the sign-in tokens") },
        { u"activateLicense"_s, QT_TR_NOOP("Activate a licence") },
        { u"call"_s, QT_TR_NOOP("Call") },
        { u"accept"_s, QT_TR_NOOP("Accept the call") },
        { u"reject"_s, QT_TR_NOOP("Decline the call") },
        { u"hangUp"_s, QT_TR_NOOP("Hang up") },
        { u"toneDial"_s, QT_TR_NOOP("Send a tone") },
        { u"addToAbook"_s, QT_TR_NOOP("Add a contact to the address book") },
        { u"removeFromAbook"_s, QT_TR_NOOP("Remove a contact from the address book") },
        { u"renameInAbook"_s, QT_TR_NOOP("Rename a contact") },
        { u"setSettings"_s, QT_TR_NOOP("Change the room's settings") },
    };
    const auto it = texts.constFind(method);
    return it == texts.constEnd() ? QString() : tr(*it);
}

void EventLogModel::handleRoomEvent(const RoomMessage &event)
{
    const NameLookup lookup = [this](const QString &peerId) {
        return nameFor(peerId);
    };
    // A moving camera reports every step, a microphone test its level ten times a second: one
    // row for the whole move or test, showing where it is now.
    if ((event.event == u"ptzControlsChanged"_s || event.event == u"testAudioCapturerLevel"_s)
        && !m_rows.empty() && m_rows.back().entry->name == event.event) {
        const int row = int(m_rows.size()) - 1;
        Entry &e = *m_rows.back().entry;
        m_bytes -= bytesOf(e);
        e.time = QDateTime::currentDateTimeUtc();
        e.text = RoomText::bounded(describeEvent(event, lookup));
        if (!e.rawDropped)
            e.rawJson = rawJsonOf(event.body, &e.rawSize);
        m_bytes += bytesOf(e);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        enforceByteBudget();
        return;
    }
    append(kindOfEvent(event.event), describeEvent(event, lookup), event.event, event.body);
}

void EventLogModel::resyncAfterSignIn()
{
    const RoomController *c = controller();
    QString text = tr("Room state: %1").arg(Room::appStateName(int(c->appState())));
    if (!c->trueConfId().isEmpty())
        text += c->displayName().isEmpty()
            ? tr(", logged in as %1").arg(c->trueConfId())
            : tr(", logged in as %1 (%2)").arg(c->trueConfId(), c->displayName());
    append(Kind::Event, text, u"getAppState"_s, c->appStateInfo());
}

void EventLogModel::connectionStateChanged(RoomController::ConnectionState state)
{
    using S = RoomController::ConnectionState;
    const RoomController *c = controller();
    QString text = RoomController::connectionStateText(state);
    if (state == S::Locating || state == S::Connecting)
        text = tr("%1: %2").arg(text, c->roomName());
    if (state == S::Connected)
        text = tr("Connected to %1 as %2").arg(c->roomName(), Room::roleName(c->role()));
    append(Kind::Connection, text);
}

void EventLogModel::onRequestFinished(const RequestOutcome &outcome)
{
    // Every failure is shown; an operator's command (logCommand) may have been logged
    // already, in its own words.
    if (findRequest(outcome.id) >= 0)
        return;
    if (outcome.ok()) {
        // A command that changes the room is recorded with its result, whichever page
        // sent it, so that the log answers "who restarted the room at 10:14" on this PC.
        // Reads (get…) are not commands; a page may reword the row (logCommand).
        const QString what = commandText(outcome.method);
        if (what.isEmpty())
            return;
        Entry e;
        e.kind = Kind::Command;
        e.text = tr("%1 — done").arg(what);
        e.name = outcome.method;
        e.request = outcome.id;
        if (!outcome.reply.isEmpty())
            e.rawJson = rawJsonOf(outcome.reply, &e.rawSize);
        append(std::move(e));
        return;
    }
    Entry e;
    e.kind = Kind::Command;
    // outcome.summary(), with the room's error text bounded before it is formatted.
    e.text = RoomText::name(outcome.method) + u": "_s + RoomText::bounded(outcome.errorText);
    e.name = outcome.method;
    e.request = outcome.id;
    if (!outcome.reply.isEmpty())
        e.rawJson = rawJsonOf(outcome.reply, &e.rawSize);
    append(std::move(e));
}

void EventLogModel::controllerChanged(RoomController *)
{
    for (const QMetaObject::Connection &connection : m_controllerConnections)
        disconnect(connection);
    m_controllerConnections.clear();
    RoomController *c = controller();
    if (!c)
        return;
    m_controllerConnections = {
        connect(c, &RoomController::requestFinished, this, &EventLogModel::onRequestFinished),
        connect(c, &RoomController::connectionFailed, this,
                [this](auto, const QString &reason) { append(Kind::Error, reason); }),
        connect(c, &RoomController::connectionLost, this,
                [this, c](const QString &reason) {
                    // After an accepted reboot or shutdown the drop is what the operator
                    // asked for.
                    append(c->isRoomRestarting() ? Kind::Notice : Kind::Error, reason);
                }),
        connect(c, &RoomController::authenticationFailed, this,
                [this](const QString &reason) { append(Kind::Error, reason); }),
        connect(c, &RoomController::reconnectScheduled, this,
                [this](int attempt, int delayMs) {
                    append(Kind::Connection,
                           tr("Reconnect attempt %1 in %2 s")
                               .arg(attempt)
                               .arg(delayMs / 1000.0, 0, 'f', 1));
                }),
        connect(c, &RoomController::notice, this,
                [this](const QString &text) { append(Kind::Notice, text); }),
        connect(c, &RoomController::protocolError, this,
                [this](const QString &text) { append(Kind::Error, text); }),
    };
}
