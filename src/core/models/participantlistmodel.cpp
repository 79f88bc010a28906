// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "participantlistmodel.h"

#include "core/controller/roomcontroller.h"
#include "core/models/contact.h"
#include "core/protocol/enums.h"
#include "core/protocol/ids.h"
#include "core/roomtext.h"

using namespace Qt::StringLiterals;

ParticipantListModel::Participant ParticipantListModel::Participant::fromJson(const QJsonObject &o)
{
    Participant p;
    p.peerId = o.value(u"peerId"_s).toString();
    p.peerDn = o.value(u"peerDn"_s).toString();
    p.mic = o.value(u"mic"_s).toInt(-1);
    p.video = o.value(u"video"_s).toInt(-1);
    p.role = o.value(u"role"_s).toInt(0);
    p.broadcast = o.value(u"broadcast"_s).toBool(false);
    p.slideShow = o.value(u"slideShow"_s).toBool(false);
    p.leaderType = o.value(u"leaderType"_s).toInt(0);
    p.waiting = o.value(u"isInWaitingRoom"_s).toBool(false);
    p.recordingMe = o.value(u"recordingMe"_s).toBool(false);
    return p;
}

ParticipantListModel::ParticipantListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows.at(index.row());
    const auto media = [](int state) {
        return state < 0 ? tr("unknown") : Room::mediaStateText(state);
    };
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return RoomText::name(p.peerDn.isEmpty() ? p.peerId : p.peerDn);
    case Qt::ToolTipRole:
        return tr("%1\nMicrophone: %2\nCamera: %3")
            .arg(RoomText::name(p.peerId), media(p.mic), media(p.video));
    case PeerIdRole:
        return p.peerId;
    case MicRole:
        return p.mic;
    case VideoRole:
        return p.video;
    case RoleRole:
        return p.role;
    case RoleTextRole:
        return Room::participantRoleText(p.role);
    case BroadcastRole:
        return p.broadcast;
    case MicTextRole:
        return media(p.mic);
    case VideoTextRole:
        return media(p.video);
    case ModeratorRole:
        return p.isModerator();
    case WaitingRole:
        return p.waiting;
    case RecordingRole:
        return p.recordingMe;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PeerIdRole, "peerId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(MicRole, "mic");
    names.insert(VideoRole, "video");
    names.insert(RoleRole, "role");
    names.insert(RoleTextRole, "roleText");
    names.insert(BroadcastRole, "broadcast");
    names.insert(MicTextRole, "micText");
    names.insert(VideoTextRole, "videoText");
    names.insert(ModeratorRole, "moderator");
    names.insert(WaitingRole, "waiting");
    names.insert(RecordingRole, "recording");
    return names;
}

int ParticipantListModel::rowOf(const QString &peerId) const
{
    // Events may name a participant by CallId while the list holds InstanceIds: the exact id
    // first, then the same user. Hash lookups: one parse per event, not one per row.
    const int exact = m_rowById.value(peerId.toLower(), -1);
    if (exact >= 0)
        return exact;
    return m_rowByUser.value(Contact::key(peerId), -1);
}

void ParticipantListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowByUser.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).peerId;
        m_rowById.insert(id.toLower(), row); // ids are unique (addParticipant checks)
        const QString user = Contact::key(id);
        if (!m_rowByUser.contains(user)) // the first instance of a user answers for it
            m_rowByUser.insert(user, row);
    }
}

void ParticipantListModel::setParticipants(const QString &confId, const QJsonArray &participants)
{
    QList<Participant> incoming;
    for (const QJsonValue &v : participants) {
        Participant p = Participant::fromJson(v.toObject());
        if (!p.peerId.isEmpty())
            incoming.append(std::move(p));
    }
    // Another conference starts afresh; the first read of this one merges with the rows its
    // join events already added.
    if ((!m_confId.isEmpty() && confId != m_confId) || m_rows.isEmpty()) {
        beginResetModel();
        m_confId = confId;
        m_rows = incoming;
        rebuildIndex();
        endResetModel();
        Q_EMIT waitingChanged();
        return;
    }
    // The same conference read again (after every join): rows change in place, so that views
    // keep their selection and the operator's pointer stays on the same person.
    m_confId = confId;
    QHash<QString, int> byId;
    for (int i = 0; i < incoming.size(); ++i)
        byId.insert(incoming.at(i).peerId.toLower(), i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (byId.contains(m_rows.at(row).peerId.toLower()))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
    for (const Participant &p : std::as_const(incoming)) {
        const int row = m_rowById.value(p.peerId.toLower(), -1);
        if (row >= 0) {
            m_rows[row] = p;
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(p);
        rebuildIndex();
        endInsertRows();
    }
    Q_EMIT waitingChanged();
}

void ParticipantListModel::addParticipant(const QString &peerId, const QString &peerDn)
{
    if (peerId.isEmpty() || rowOf(peerId) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Participant p;
    p.peerId = peerId;
    p.peerDn = peerDn;
    m_rows.append(p);
    m_rowById.insert(peerId.toLower(), row);
    if (const QString user = Contact::key(peerId); !m_rowByUser.contains(user))
        m_rowByUser.insert(user, row);
    endInsertRows();
    Q_EMIT participantJoined(peerId, peerDn);
}

void ParticipantListModel::removeParticipant(const QString &peerId)
{
    const int row = rowOf(peerId);
    if (row < 0)
        return;
    Q_EMIT participantLeft(m_rows.at(row).peerId, m_rows.at(row).peerDn);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void ParticipantListModel::updateDevices(const QString &peerId, int mic, int video)
{
    const int row = rowOf(peerId);
    if (row < 0)
        return;
    Participant &p = m_rows[row];
    if (mic >= 0)
        p.mic = mic;
    if (video >= 0)
        p.video = video;
    Q_EMIT dataChanged(index(row), index(row),
                       { Qt::ToolTipRole, MicRole, VideoRole, MicTextRole, VideoTextRole });
}

void ParticipantListModel::updateRole(const QString &peerId, int role, bool broadcast)
{
    const int row = rowOf(peerId);
    if (row < 0)
        return;
    m_rows[row].role = role;
    m_rows[row].broadcast = broadcast;
    Q_EMIT dataChanged(index(row), index(row), { RoleRole, RoleTextRole, BroadcastRole });
}

void ParticipantListModel::setModerator(const QString &peerId, bool moderator)
{
    const int row = rowOf(peerId);
    if (row < 0 || m_rows.at(row).isModerator() == moderator)
        return;
    m_rows[row].leaderType = moderator ? 2 : 0;
    Q_EMIT dataChanged(index(row), index(row), { ModeratorRole });
}

void ParticipantListModel::setRecording(const QString &peerId, bool recording)
{
    const int row = rowOf(peerId);
    if (row < 0 || m_rows.at(row).recordingMe == recording)
        return;
    m_rows[row].recordingMe = recording;
    Q_EMIT dataChanged(index(row), index(row), { RecordingRole });
}

void ParticipantListModel::setWaiting(const QString &peerId, const QString &peerDn, bool waiting)
{
    const int row = rowOf(peerId);
    if (waiting && row < 0 && !peerId.isEmpty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        Participant p;
        p.peerId = peerId;
        p.peerDn = peerDn;
        p.waiting = true;
        m_rows.append(p);
        rebuildIndex();
        endInsertRows();
    } else if (waiting && row >= 0 && !m_rows.at(row).waiting) {
        m_rows[row].waiting = true; // sent back to the waiting room
        Q_EMIT dataChanged(index(row), index(row), { WaitingRole });
    } else if (!waiting && row >= 0 && m_rows.at(row).waiting) {
        // Admitted (newParticipantInConference follows) or turned away: either way no
        // longer waiting here.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    } else {
        return;
    }
    Q_EMIT waitingChanged();
}

QList<ParticipantListModel::Participant> ParticipantListModel::waitingRows() const
{
    QList<Participant> rows;
    for (const Participant &p : m_rows)
        if (p.waiting)
            rows.append(p);
    return rows;
}

void ParticipantListModel::clear()
{
    if (m_rows.isEmpty() && m_confId.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_confId.clear();
    rebuildIndex();
    endResetModel();
    Q_EMIT waitingChanged();
}

void ParticipantListModel::refresh()
{
    if (!controller() || controller()->appState() != Room::AppState::Conference)
        return;
    controller()->sendRequest(u"getConferenceParticipants"_s, {}, this,
                              [this](const RequestOutcome &outcome) {
                                  if (!outcome.ok())
                                      return; // the event log shows the failure
                                  setParticipants(outcome.reply.value(u"confId"_s).toString(),
                                                  outcome.reply.value(u"participants"_s).toArray());
                              });
}

QStringList ParticipantListModel::roomEvents() const
{
    return { u"newParticipantInConference"_s,
             u"peerAccepted"_s,
             u"participantLeftConference"_s,
             u"deviceStatusReceived"_s,
             u"roleEventOccured"_s,
             u"conferenceDeleted"_s,
             u"participantPresenceInWaitingRoomChanged"_s,
             u"userRecordingMeStatusChanged"_s };
}

void ParticipantListModel::appStateChanged(Room::AppState, Room::AppState state)
{
    if (state == Room::AppState::Conference)
        refresh();
    else if (state != Room::AppState::Close)
        clear();
}

void ParticipantListModel::onEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    const QString peerId = b.value(u"peerId"_s).toString();
    if (name == u"newParticipantInConference"_s || name == u"peerAccepted"_s) {
        const int row = rowOf(peerId);
        if (row >= 0 && m_rows.at(row).waiting) // admitted without the presence event first
            setWaiting(peerId, {}, false);
        addParticipant(peerId, b.value(u"peerDn"_s).toString());
        refresh(); // the event carries no mic/video/role
    } else if (name == u"participantLeftConference"_s) {
        removeParticipant(peerId);
    } else if (name == u"deviceStatusReceived"_s) {
        // The payload's types are unpublished: accept 0/1/2 and booleans (on / muted).
        const auto state = [](const QJsonValue &v) {
            return v.isBool() ? (v.toBool() ? 2 : 1) : v.toInt(-1);
        };
        updateDevices(peerId, state(b.value(u"mic"_s)), state(b.value(u"video"_s)));
    } else if (name == u"roleEventOccured"_s) {
        updateRole(peerId, b.value(u"role"_s).toInt(0), b.value(u"broadcast"_s).toBool(false));
    } else if (name == u"conferenceDeleted"_s) {
        clear();
    } else if (name == u"participantPresenceInWaitingRoomChanged"_s) {
        // Unpublished shape (see the class comment): without inWaitingRoom nothing is known.
        const QJsonValue waiting = b.value(u"inWaitingRoom"_s);
        if (waiting.isBool())
            setWaiting(peerId.isEmpty() ? b.value(u"callId"_s).toString() : peerId,
                       RoomText::bounded(b.value(u"peerDn"_s).toString(), RoomText::kNameLength),
                       waiting.toBool());
    } else if (name == u"userRecordingMeStatusChanged"_s) {
        setRecording(peerId, b.value(u"status"_s).toInt(0) != 0);
    }
}
