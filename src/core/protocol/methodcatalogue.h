// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

//! The method and event catalogue of the room API (room-api-catalogue.json, embedded as a
//! resource): names, admin-only flags and parameter types. Loaded once, on first use of
//! anything but isAdminOnly() (a table extracted at build time), read-only, thread-safe.
class MethodCatalogue final
{
public:
    enum class Access { Both, AdminOnly, Unknown };
    enum class ParamType { Any, String, Int, Bool, Number, Object, Array, StringArray };

    struct Param
    {
        QString name;
        ParamType type = ParamType::Any;
        bool optional = false;
    };

    struct Entry
    {
        QString name;
        bool isEvent = false;
        Access access = Access::Both;
        QList<Param> params;
        //! Reply fields beyond method, requestId and result (methods only).
        QList<Param> replyFields;
    };

    static const MethodCatalogue &instance();

    //! The method entry, or nullptr when `name` is not a known method.
    const Entry *method(const QString &name) const;
    //! The event entry, or nullptr when `name` is not a known event.
    const Entry *event(const QString &name) const;
    bool isMethod(const QString &name) const { return method(name) != nullptr; }
    //! True for the 14 admin-only methods of room-api.md §4.1.
    bool isAdminOnly(const QString &name) const;
    QStringList methodNames() const;
    QStringList eventNames() const;
    QStringList adminOnlyMethods() const;
    int methodCount() const { return int(data().methods.size()); }
    int eventCount() const { return int(data().events.size()); }

    //! Parses a catalogue type description such as "int (default 4307)" or "string (optional)".
    static Param parseParam(const QString &name, const QString &description);

private:
    struct Data
    {
        QHash<QString, Entry> methods;
        QHash<QString, Entry> events;
    };

    MethodCatalogue() = default;
    //! The parsed catalogue, loaded on first use.
    static const Data &data();
};
