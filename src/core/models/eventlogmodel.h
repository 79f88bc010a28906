// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <deque>
#include <functional>
#include <vector>

class ParticipantListModel;
class PeerListModel;
class RoomController;
struct RoomMessage;
struct RequestOutcome;

//! The operator's event log: room events, commands, connection changes and notices, each with
//! time, readable text and (where there is one) the raw JSON. Bounded three ways: at most
//! `capacity` rows, of which presence changes may take only a tenth (so a presence storm
//! cannot push everything else out), and about `byteBudget` bytes: each raw body is cut at
//! kMaxRawBytes, and beyond the budget the oldest raw bodies are dropped before rows go.
//! Room texts are bounded (RoomText) before they are formatted into a row.
class EventLogModel final : public QAbstractTableModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    //! Presence is last so that the stored ints of the older kinds do not change.
    enum class Kind { Connection, Event, Command, Error, Notice, Presence };
    Q_ENUM(Kind)

    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };

    enum Roles {
        TimeRole = Qt::UserRole + 1, //!< QDateTime
        KindRole, //!< Kind as int
        TextRole, //!< readable text
        NameRole, //!< event or method name, if any
        RawJsonRole, //!< indented JSON text, empty if none
    };

    //! A raw body longer than this is kept cut, with a note saying so.
    static constexpr qsizetype kMaxRawBytes = 16 * 1024;

    struct Entry
    {
        QDateTime time;
        Kind kind = Kind::Notice;
        QString name;
        QString text;
        QByteArray rawJson; //!< indented, redacted JSON (UTF-8), cut at kMaxRawBytes
        qsizetype rawSize = 0; //!< size of the whole JSON; larger than rawJson when cut
        bool rawDropped = false; //!< the body was dropped to stay within the byte budget
        quint64 request = 0; //!< the request handle of a command entry
    };

    //! Finds a readable name for a peer id (empty when unknown).
    using NameLookup = std::function<QString(const QString &peerId)>;

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! The header of `column` (empty for none).
    static QString columnTitle(int column);

    void append(Entry entry);
    void append(Kind kind, const QString &text, const QString &name = {},
                const QJsonObject &raw = {});
    //! One row per operator command: "Restarting the room — done" / "… — failed: reason".
    //! A failure the log already recorded for the same request is replaced, not repeated.
    void logCommand(const QString &what, const RequestOutcome &outcome);
    void clear();
    const Entry &entry(int row) const { return *m_rows.at(size_t(row)).entry; }

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    //! Rows presence changes may occupy at most (a tenth of the capacity).
    int presenceCapacity() const;
    qsizetype byteBudget() const { return m_byteBudget; }
    void setByteBudget(qsizetype bytes);
    //! Estimated bytes the rows hold (texts and raw bodies).
    qsizetype retainedBytes() const { return m_bytes; }

    //! Where names for ids come from (participants first, then the address book).
    void setNameSources(const ParticipantListModel *participants, const PeerListModel *peers);

    // RoomSessionPart: every event, the connection's course, and every failed or changing
    // command (the controller's diagnostics are subscribed to while attached).
    QStringList roomEvents() const override { return allEvents(); }
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void connectionStateChanged(RoomController::ConnectionState state) override;

    static QString kindName(Kind kind);
    //! What a command that changes the room does, in words ("Restart the room computer");
    //! empty for reads and anything that is not an operator's command.
    static QString commandText(const QString &method);
    //! The kind a room event is logged as (presence changes are Kind::Presence).
    static Kind kindOfEvent(const QString &eventName);
    //! A readable sentence for a room event ("Room state: In a conference"); `lookup` names
    //! peers the event itself does not name.
    static QString describeEvent(const RoomMessage &event, const NameLookup &lookup = {});

protected:
    void controllerChanged(RoomController *previous) override;

private:
    void onRequestFinished(const RequestOutcome &outcome);
    static qsizetype bytesOf(const Entry &e);
    QString nameFor(const QString &peerId) const;
    void removeEntry(int row);
    void enforceByteBudget();
    int findRequest(quint64 request) const;

    //! A row: its entry, and a serial number that grows with every append (rows stay in
    //! serial order, so a serial's row is a binary search away).
    struct Row
    {
        quint64 serial = 0;
        //! Owned. A plain pointer keeps Row trivially copyable, so that dropping a presence
        //! row from the middle of the log moves the rows after it as one block of memory.
        Entry *entry = nullptr;
    };
    int rowOfSerial(quint64 serial) const;

    std::deque<Row> m_rows;
    std::deque<quint64> m_presence; //!< serials of the presence rows, oldest first
    quint64 m_nextSerial = 1;
    quint64 m_rawFrom = 0; //!< rows before this serial hold no raw body (any more)
    int m_capacity = 5000;
    qsizetype m_bytes = 0;
    qsizetype m_byteBudget = 32 * 1024 * 1024;
    QPointer<const ParticipantListModel> m_participants;
    QPointer<const PeerListModel> m_peers;
    std::vector<QMetaObject::Connection> m_controllerConnections;
};
