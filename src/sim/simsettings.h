// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

//! The room's global settings (room-api.md §7.6) with their JSON types, and the atomic
//! validation of setSettings (§10 p), and the getSettings / setSettings commands.
class SimSettings final
{
public:
    enum class Type { Bool, Int, Float, String };
    //! getSystemInfo's bitrateLimits (kbit/s): the bounds of input/outputBandWidth.
    static constexpr int kMinBitrate = 32;
    static constexpr int kMaxBitrate = 20480;

    SimSettings();

    //! getSettings payload: an array of {name, value} in a stable order.
    QJsonArray toArray() const;
    QJsonValue value(const QString &name) const;
    bool contains(const QString &name) const;

    //! Validates a setSettings `settings` object as a whole. Returns an empty string when it
    //! may be applied, else why not; `*stateError` is set when the request is well-formed but
    //! impossible now (mic level while AGC is on: "Invalid state").
    //! `*offender` (when given) names the refused setting.
    QString validate(const QJsonObject &changes, bool *stateError,
                     QString *offender = nullptr) const;
    //! Applies validated changes; returns the keys whose value actually changed, with the
    //! stored (normalized) value, in key order (a JSON object has no other).
    QList<QPair<QString, QJsonValue>> apply(const QJsonObject &changes);
    //! validate() and apply(), then a settingsChanged through `host` per changed key.
    //! Returns why not (nothing changed then), or an empty string.
    QString change(const QJsonObject &changes, SimHost &host, bool *stateError,
                   QString *offender = nullptr);

    //! A locked setting makes setSettings refuse every change of it with "Access denied" (a
    //! room whose settings a policy holds): the request changes nothing.
    void setLocked(const QString &name, bool locked)
    {
        if (locked)
            m_locked.insert(name);
        else
            m_locked.remove(name);
    }

    //! getSettings and setSettings on these settings.
    SimCommandTable commands(SimHost &host);

private:
    struct Entry
    {
        QString name;
        Type type = Type::Bool;
        QJsonValue value;
    };

    const Entry *find(const QString &name) const;
    static QJsonValue normalized(Type type, const QJsonValue &v);

    QList<Entry> m_entries;
    QSet<QString> m_locked;
};
