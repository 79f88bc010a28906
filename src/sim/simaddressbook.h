// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

//! One address-book entry (room-api.md §7.2).
struct SimContact
{
    QString peerId; //!< CallId, user@server
    QString peerDn;
    int status = 1; //!< §9.2
    int extStatus = 2; //!< §9.3
    qint64 lastOnlineTime = 0; //!< Unix time last seen; 0 = online now
    QString additionalStatus;
    bool isEditable = true;

    QJsonObject toJson() const;
};

//! The room's address book, its groups and its ban list, plus the server's user directory
//! the sim pretends to have (display names of ids that are not in the book). Pure data with
//! a seeded random generator, so that `--peers N --seed S` always gives the same book and the
//! same presence changes.
//!
//! Generated contacts are `user0001@DOMAIN` … with varied international names, a realistic
//! mix of presence states, some free-text statuses and every tenth entry not editable (pushed
//! by the server). Ids are compared case-insensitively without the instance part (§6).
class SimAddressBook final
{
public:
    struct Group
    {
        int groupId = 0;
        QString name;
        QStringList members; //!< contact keys
    };

    explicit SimAddressBook(const QString &domain = QStringLiteral("sim.trueconf.local"),
                            quint32 seed = 1);

    //! The address-book, group, ban-list and directory commands (§7.2) on host.addressBook(),
    //! with their events. Emulator choices: adding a contact that is already there succeeds
    //! without an event; removing, renaming or unblocking one that is not there, or naming an
    //! unknown group, is "Invalid parameters"; removing or renaming a contact the server
    //! manages (isEditable false) is "Access denied".
    static SimCommandTable commands(SimHost &host);

    //! Appends `count` generated contacts (user%04d, continuing after the ones present).
    void generate(int count);
    //! Adds the two demo groups ("Favourites", "Support") over the first contacts.
    void addDemoGroups();
    QString domain() const { return m_domain; }

    int size() const { return int(m_contacts.size()); }
    const QList<SimContact> &contacts() const { return m_contacts; }
    QJsonArray toJson() const;
    //! Contact by any id form (case-insensitive, instance ignored); nullptr when absent.
    const SimContact *find(const QString &peerId) const;
    bool contains(const QString &peerId) const { return find(peerId) != nullptr; }

    //! The entry a new contact with this CallId gets: the directory's name (or `peerDn`
    //! when given) and the presence the id rules imply (see SimCalls for the rules).
    SimContact makeContact(const QString &callId, const QString &peerDn = {}) const;
    //! The server directory's display name for a CallId: the book's name, the generated
    //! name of userNNNN, else the user part.
    QString displayNameFor(const QString &callId) const;
    //! Display name of generated user number `n` (1-based), also beyond the book's size.
    static QString generatedName(int n);

    bool add(const SimContact &contact);
    bool remove(const QString &peerId, SimContact *removed);
    bool rename(const QString &peerId, const QString &peerDn, SimContact *renamed);

    //! Presence changes of `count` random contacts (each one really changes), as Contact
    //! objects for usersStatusesChanged. Fewer when the book is empty.
    QJsonArray randomPresenceChanges(int count, qint64 now);
    //! Sets one contact's presence; false when absent.
    bool setPresence(const QString &peerId, int status, int extStatus,
                     const QString &additionalStatus, SimContact *changed);

    QJsonArray groupsJson() const;
    const Group *group(int groupId) const;
    int createGroup(const QString &name);
    bool renameGroup(int groupId, const QString &name);
    bool removeGroup(int groupId);
    //! False when the group or the contact does not exist; *changed false when nothing moved.
    bool addToGroup(int groupId, const QString &peerId, bool *changed);
    bool removeFromGroup(int groupId, const QString &peerId, bool *changed);

    //! Block / unblock: false when nothing changed.
    bool block(const SimContact &contact);
    bool unblock(const QString &peerId, SimContact *unblocked);
    bool isBlocked(const QString &peerId) const;
    QJsonArray banListJson() const;

    //! detailsInfo payload (first/last name, phones, company) for any CallId.
    QJsonObject details(const QString &callId) const;
    //! Contacts of the book and the directory whose id or name contains `text`.
    QJsonArray search(const QString &text, int limit) const;

    //! Lower-case CallId without instance: the comparison key of §6.
    static QString key(const QString &peerId);

private:
    SimContact generatedContact(int n) const;
    void refreshJson(int index);
    Group *findGroup(int groupId);
    void rebuildIndex();

    QString m_domain;
    quint32 m_seed = 1;
    QRandomGenerator m_rng;
    QList<SimContact> m_contacts;
    QHash<QString, int> m_index; //!< key -> position in m_contacts
    int m_generated = 0;
    mutable QJsonArray m_json; //!< toJson(), kept in step with m_contacts
    mutable bool m_jsonValid = false;
    QList<Group> m_groups;
    int m_nextGroupId = 1;
    QList<SimContact> m_banned;
};
