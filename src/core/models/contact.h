// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

//! One address-book entry (room-api.md §7.2). Older rooms send only peerId, peerDn, status
//! and isEditable; the other fields then keep their defaults.
struct Contact
{
    QString peerId;
    QString peerDn;
    int status = 0; //!< Room::PeerStatus as sent
    int extStatus = -2; //!< Room::ExtStatus as sent; -2 = not sent (older rooms)
    qint64 lastOnlineTime = 0; //!< Unix time last seen; 0 = online now
    QString additionalStatus;
    bool isEditable = false;

    //! Reads a contact object; `ok` is false when peerId is missing or not a string.
    static Contact fromJson(const QJsonObject &o, bool *ok = nullptr);
    //! Applies the presence fields present in `o` (usersStatusesChanged sends partial data).
    void mergePresence(const QJsonObject &o);
    //! The id used to match rows: lower-cased, without the instance part.
    static QString key(const QString &peerId);
    //! Display name, or the id when the name is empty.
    const QString &displayName() const { return peerDn.isEmpty() ? peerId : peerDn; }
    //! Sort rank: available first, then busy, then in own conference, offline, invalid.
    //! Inline: sorting a 20,000-contact book asks for it about 600,000 times.
    int presenceRank() const
    {
        if (extStatus >= -1) {
            switch (extStatus) {
            case 2:
            case 3:
            case 4:
                return 0;
            case 6:
                return 1;
            case 5:
            case 7:
            case 8:
            case 9:
            case 10:
                return 2;
            case 0:
            case 1:
                return 3;
            default:
                return 4;
            }
        }
        switch (status) {
        case 1:
            return 0;
        case 2:
        case 5:
            return 2;
        case 0:
            return 3;
        default:
            return 4;
        }
    }
    //! Readable presence: extStatus when the room sends it, else status.
    QString presenceText() const;
    //! A coarse presence class for icons: "available", "busy", "away", "offline", "invalid".
    QString presenceClass() const;

    friend bool operator==(const Contact &a, const Contact &b)
    {
        return a.peerId == b.peerId && a.peerDn == b.peerDn && a.status == b.status
            && a.extStatus == b.extStatus && a.lastOnlineTime == b.lastOnlineTime
            && a.additionalStatus == b.additionalStatus && a.isEditable == b.isEditable;
    }
};
Q_DECLARE_METATYPE(Contact)
