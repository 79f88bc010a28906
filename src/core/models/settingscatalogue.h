// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/enums.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

//! What RoomDeck knows about the room's global settings (room-api.md §7.6, §9.9, §9.10): per
//! name its type, group, readable label, range and readable value names. Pure: no state, no
//! room. Names the room reports but the spec does not describe get a type inferred from their
//! JSON value and the group Other; they are shown and editable as raw values, never hidden.
//!
//! User vs Administrator: setSettings itself is open to both roles (§4.1), so the room lets a
//! User connection change every setting. RoomDeck treats the settings that weaken the room's
//! protection as the administrator's (the Security group: changeUserAuthPinAfterConf,
//! forbidDirectConnection, rejectCallsNotFromAB, enableAutologin): shown read-only at User level
//! with the reason, and RoomSettings refuses a User-level change of them before sending.
class SettingsCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCatalogue)

public:
    enum class Type { Bool, Int, Float, String, Enum, Json };
    //! In display order.
    enum class Group { Audio, Video, Calls, MainScreen, Network, Security, Other };

    struct Choice
    {
        int value = 0;
        const char *label = nullptr; //!< QT_TRANSLATE_NOOP("SettingsCatalogue", ...)
    };

    struct Spec
    {
        QString name;
        Type type = Type::String;
        Group group = Group::Other;
        const char *label = nullptr; //!< untranslated; null for undocumented names
        double minimum = 0; //!< Int / Float (inclusive)
        double maximum = 0;
        QList<Choice> choices; //!< Enum: the documented values
        bool adminOnly = false;
        bool documented = false;
    };

    //! The room's bandwidth limits (getSystemInfo bitrateLimits, kbit/s).
    struct Limits
    {
        int minBitrate = kSaneMinBitrate;
        int maxBitrate = kSaneMaxBitrate;
    };
    //! Bounds for bandwidth while the room has not said its own.
    static constexpr int kSaneMinBitrate = 32;
    static constexpr int kSaneMaxBitrate = 65536;
    //! The longest text value RoomDeck sends or shows.
    static constexpr int kMaxText = 1024;

    //! Every documented setting, in display order.
    static const QList<Spec> &documented();
    //! The spec of `name`: the documented one (bandwidth bounded by `limits`), else one inferred
    //! from `reported` (the room's value).
    static Spec spec(const QString &name, const QJsonValue &reported, const Limits &limits);
    static Spec spec(const QString &name, const QJsonValue &reported = {});
    //! Limits read from a getSystemInfo reply (defaults when it has none).
    static Limits limitsFrom(const QJsonObject &systemInfo);

    //! Translated label ("Echo cancellation"); the name itself for undocumented settings.
    static QString label(const Spec &spec);
    static QString groupName(Group group);
    //! Readable value: "On"/"Off", an enum's name, a number, a text.
    static QString display(const Spec &spec, const QJsonValue &value);
    //! The value as typed on a command line: true, 10240, 0.5, en (JSON for objects).
    static QString plainText(const QJsonValue &value);

    //! Why `value` is not a valid value of `spec` (translated), or empty.
    static QString problemWith(const Spec &spec, const QJsonValue &value);
    //! Parses a typed text ("on", "10240", an enum's number or name) into a valid value; on
    //! failure nullopt and `*error` says why.
    static std::optional<QJsonValue> parse(const Spec &spec, const QString &text,
                                           QString *error = nullptr);
    //! Whether the values are the same setting value (1 == 1.0).
    static bool same(const QJsonValue &a, const QJsonValue &b);

    //! Why the operator cannot change `spec` now (translated), or empty: administrator-only at
    //! User level, the microphone level while AGC is on (`values` = the room's settings).
    static QString readOnlyReason(const Spec &spec, const QJsonObject &values, Room::Role role);
    //! The reason shown for administrator-only settings at User level.
    static QString adminOnlyReason();
};
