// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "eventlogmodel.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/protocol/enums.h"
#include "core/protocol/message.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
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
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(size_t(index.row()));
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
        return e.raw.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(Redact::object(e.raw)).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

void EventLogModel::append(Entry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void EventLogModel::append(Kind kind, const QString &text, const QString &name,
                           const QJsonObject &raw)
{
    Entry e;
    e.kind = kind;
    e.text = text;
    e.name = name;
    e.raw = raw;
    append(std::move(e));
}

void EventLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString EventLogModel::describeEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &name = event.event;
    auto who = [&b] {
        const QString dn = b.value(u"peerDn"_s).toString();
        const QString id = b.value(u"peerId"_s).toString();
        if (dn.isEmpty())
            return id;
        return id.isEmpty() ? dn : u"%1 (%2)"_s.arg(dn, id);
    };
    if (name == u"appStateChanged"_s)
        return tr("Room state: %1").arg(Room::appStateName(b.value(u"appState"_s).toInt(-1)));
    if (name == u"authorizationNeeded"_s)
        return tr("Sign-in needed: %1")
            .arg(Room::authNeededCauseText(b.value(u"cause"_s).toInt(-1)));
    if (name == u"login"_s)
        return tr("Account login: %1").arg(Room::loginResultText(b.value(u"result"_s).toInt(-1)));
    if (name == u"logout"_s)
        return tr("The room logged out of its account");
    if (name == u"serverConnected"_s)
        return tr("Connected to server %1").arg(b.value(u"server"_s).toString());
    if (name == u"serverDisconnected"_s)
        return tr("Disconnected from server %1").arg(b.value(u"server"_s).toString());
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
            .arg(b.value(u"confTitle"_s).toString().isEmpty() ? b.value(u"confId"_s).toString()
                                                              : b.value(u"confTitle"_s).toString());
    if (name == u"conferenceDeleted"_s)
        return tr("Conference ended");
    if (name == u"newParticipantInConference"_s)
        return tr("%1 joined the conference").arg(who());
    if (name == u"participantLeftConference"_s)
        return tr("%1 left the conference").arg(who());
    if (name == u"settingsChanged"_s)
        return tr("Setting “%1” changed to %2")
            .arg(b.value(u"name"_s).toString(),
                 QString::fromUtf8(QJsonDocument(QJsonArray { b.value(u"value"_s) })
                                       .toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1));
    if (name == u"usersStatusesChanged"_s)
        return tr("Presence changed for %n contact(s)", nullptr,
                  int(b.value(u"usersStatuses"_s).toArray().size()));
    if (name == u"myEvent"_s)
        return tr("Custom event: %1").arg(b.value(u"data"_s).toString().left(200));
    return tr("Event “%1”").arg(name);
}

void EventLogModel::attach(RoomController *c)
{
    connect(c, &RoomController::eventReceived, this, [this](const RoomMessage &event) {
        append(Kind::Event, describeEvent(event), event.event, event.body);
    });
    connect(c, &RoomController::requestFinished, this, [this](const RequestOutcome &outcome) {
        if (outcome.ok())
            return;
        append(Kind::Command, outcome.summary(), outcome.method, outcome.reply);
    });
    connect(c, &RoomController::connectionStateChanged, this, [this, c](auto state) {
        using S = RoomController::ConnectionState;
        QString text = RoomController::connectionStateText(state);
        if (state == S::Locating || state == S::Connecting)
            text = tr("%1: %2").arg(text, c->roomName());
        if (state == S::Connected)
            text = tr("Connected to %1 as %2").arg(c->roomName(), Room::roleName(c->role()));
        append(Kind::Connection, text);
    });
    connect(c, &RoomController::startupCompleted, this, [this, c] {
        QString text = tr("Room state: %1").arg(Room::appStateName(int(c->appState())));
        if (!c->trueConfId().isEmpty())
            text += c->displayName().isEmpty()
                ? tr(", logged in as %1").arg(c->trueConfId())
                : tr(", logged in as %1 (%2)").arg(c->trueConfId(), c->displayName());
        append(Kind::Event, text, u"getAppState"_s, c->appStateInfo());
    });
    connect(c, &RoomController::connectionFailed, this,
            [this](auto, const QString &reason) { append(Kind::Error, reason); });
    connect(c, &RoomController::connectionLost, this, [this, c](const QString &reason) {
        // After an accepted reboot or shutdown the drop is what the operator asked for.
        append(c->isRoomRestarting() ? Kind::Notice : Kind::Error, reason);
    });
    connect(c, &RoomController::authenticationFailed, this,
            [this](const QString &reason) { append(Kind::Error, reason); });
    connect(c, &RoomController::reconnectScheduled, this, [this](int attempt, int delayMs) {
        append(Kind::Connection,
               tr("Reconnect attempt %1 in %2 s").arg(attempt).arg(delayMs / 1000.0, 0, 'f', 1));
    });
    connect(c, &RoomController::notice, this,
            [this](const QString &text) { append(Kind::Notice, text); });
    connect(c, &RoomController::protocolError, this,
            [this](const QString &text) { append(Kind::Error, text); });
}
