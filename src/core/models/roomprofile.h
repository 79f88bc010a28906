// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

class BrandingState;
class RoomSession;
class RoomSettings;

//! A room's settings profile (issue #16): the room's global settings and the state of its
//! branding, as a versioned JSON document an operator saves, compares and applies to other
//! rooms:
//!
//!   { "format": "roomdeck-profile", "version": 1,
//!     "room": { "name": "Board room", "peerId": "room101@…" }, "savedAt": "2026-…Z",
//!     "settings": { "showTime": true, … },
//!     "branding": { "logo": { "custom": false, "mode": 0 }, "background": { "custom": false } } }
//!
//! Never secrets: a setting whose name says it holds one (password, secret, token, PIN code,
//! key) is never captured nor read from a file. Some settings belong to one room and are listed
//! in a comparison but never applied to another room (isRoomSpecific()). Branding is compared
//! but never applied: the images themselves are not in the profile.
class RoomProfile final
{
    Q_DECLARE_TR_FUNCTIONS(RoomProfile)

public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024; //!< larger files are refused unread
    static constexpr int kMaxSettings = 2000;

    struct Branding
    {
        bool known = false; //!< false when the room had not reported its branding
        bool customLogo = false;
        int logoMode = 0;
        bool customBackground = false;
    };

    QString roomName; //!< the operator's label of the room, bounded
    QString peerId; //!< the room's TrueConf ID when it had one, bounded
    QDateTime savedAt; //!< UTC
    QJsonObject settings; //!< name -> value, no secrets
    Branding branding;

    //! The live state of `session` (RoomSettings::values() and BrandingState), named
    //! `roomName`; an empty profile when the room's settings are not known yet.
    static RoomProfile capture(const RoomSession *session, const QString &roomName);
    //! The same from the parts themselves (a session without the standard parts); either may
    //! be null.
    static RoomProfile capture(const RoomSettings *settings, const BrandingState *branding,
                               const QString &peerId, const QString &roomName);
    //! True when the profile holds settings.
    bool isEmpty() const { return settings.isEmpty(); }

    QJsonObject toJson() const;
    //! Reads a document; on error returns false and a readable `*error`, leaving `*out` as it was.
    static bool fromJson(const QJsonObject &json, RoomProfile *out, QString *error);
    //! Writes the profile to `path` atomically (an existing file stays whole on error).
    bool save(const QString &path, QString *error) const;
    //! Reads `path` (at most kMaxFileBytes); on error `*out` is left as it was.
    static bool load(const QString &path, RoomProfile *out, QString *error);

    //! True when a setting of this name holds a secret (never captured, never read).
    static bool isSecret(const QString &name);
    //! Why `name` is never copied from one room to another (empty when it may be): the room's
    //! acoustics (volume, microphone level), the camera's mounting (self-view rotation), the
    //! site's network (bandwidths), the room's language, or anything that names the room.
    static QString roomSpecificReason(const QString &name, const QJsonValue &value = {});
    static bool isRoomSpecific(const QString &name, const QJsonValue &value = {})
    {
        return !roomSpecificReason(name, value).isEmpty();
    }

    //! A value as one short readable line ("on", "off", "1 024", "\"en\"").
    static QString valueText(const QJsonValue &value);
};

//! Two profiles side by side, one row per setting name (sorted), then the branding rows.
class ProfileDiff final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDiff)

public:
    enum class Kind { Same, Different, OnlyLeft, OnlyRight };

    struct Row
    {
        QString name;
        Kind kind = Kind::Same;
        QJsonValue left; //!< undefined for OnlyRight
        QJsonValue right; //!< undefined for OnlyLeft
        //! Why this row is never applied (room-specific, branding); empty when it may be.
        QString notApplied;
        bool isBranding = false;
    };

    static ProfileDiff compare(const RoomProfile &left, const RoomProfile &right);

    const QList<Row> &rows() const { return m_rows; }
    //! Rows that are not Same.
    int differenceCount() const;
    bool isSame() const { return differenceCount() == 0; }
    //! One readable line per difference ("showTime: on → off"); `all` adds the equal rows.
    QStringList lines(bool all = false) const;
    static QString kindText(Kind kind);

private:
    QList<Row> m_rows;
};
