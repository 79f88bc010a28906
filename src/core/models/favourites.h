// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <functional>

class RoomDataContainer;

//! The room's speed-dial list: entries (a TrueConf ID or `\c\conference` and a label, in the
//! operator's order) stored IN THE ROOM, in the data container kContainer (see
//! RoomDataContainer: JSON `{"favourites":[{"id":…,"label":…}], version, revision, writer}`),
//! so every operator PC sees the same list. Read after every sign-in; another console's save
//! (dataSaved) applies at once. A container this version cannot read stays untouched (the
//! verbs refuse, problem() says why) until the operator replaces it (clearUnreadable()).
//!
//! Verbs edit the latest known list and save it; each ends in exactly one outcome given to
//! `done` and, when it is a failure, to failed(): the save's, or a local refusal (not
//! connected, unreadable, an invalid id, a duplicate, the list full, no such entry).
//!
//! Rows: the entries in order; DisplayRole is the label (the id when it has none). The model
//! changes when the room's document does, never on a verb's own.
class Favourites final : public QAbstractListModel, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Favourites)

public:
    static const QString kContainer;
    static constexpr int kMaxEntries = 100;
    static constexpr int kMaxLabelLength = 80;

    struct Entry
    {
        QString id;
        QString label; //!< may be empty
        bool operator==(const Entry &o) const { return id == o.id && label == o.label; }
    };

    enum Roles {
        IdRole = Qt::UserRole + 1, //!< QString
        LabelRole, //!< QString as stored (may be empty)
    };

    explicit Favourites(QObject *parent = nullptr);
    ~Favourites() override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void forgetRoom() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Entry> entries() const { return m_entries; }
    int rowOf(const QString &id) const;
    bool contains(const QString &id) const { return rowOf(id) >= 0; }
    //! The label to show for `entry` (its id when it has no label), bounded.
    static QString displayText(const Entry &entry);
    //! True once the room's list has been read (an empty one included).
    bool isLoaded() const;
    //! Why the room's list cannot be shown or changed; empty when it can.
    QString problem() const;
    //! True when the room holds a list this version cannot read (clearUnreadable() helps).
    bool isUnreadable() const;

    // --- verbs (each returns the request handle, 0 when refused locally) ----------------
    quint64 add(const QString &id, const QString &label = {}, QObject *context = nullptr,
                PendingRequests::Callback done = {});
    quint64 remove(const QString &id, QObject *context = nullptr,
                   PendingRequests::Callback done = {});
    quint64 rename(const QString &id, const QString &label, QObject *context = nullptr,
                   PendingRequests::Callback done = {});
    //! Moves the entry `id` to row `to` (clamped).
    quint64 move(const QString &id, int to, QObject *context = nullptr,
                 PendingRequests::Callback done = {});
    //! Replaces an unreadable container with an empty list (the operator agreed to lose it).
    quint64 clearUnreadable(QObject *context = nullptr, PendingRequests::Callback done = {});

    //! The list as stored (public for tests and the CLI).
    static QJsonObject toPayload(const QList<Entry> &entries);
    //! Reads a stored list; *problem says why it cannot be read (then the result is empty).
    static QList<Entry> fromPayload(const QJsonObject &payload, QString *problem = nullptr);

Q_SIGNALS:
    //! The list, isLoaded() or problem() changed.
    void changed();
    //! A verb failed; `text` is readable ("Adding a favourite failed: Invalid parameters").
    void failed(const QString &text);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    void applyPayload();
    quint64 change(const QString &what, std::function<QString(QList<Entry> &)> edit,
                   QObject *context, PendingRequests::Callback done);
    PendingRequests::Callback reporting(const QString &what, PendingRequests::Callback done);

    RoomDataContainer *m_container = nullptr;
    QList<Entry> m_entries;
};
