// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "methodcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initCatalogueResource()
{
    // The resource lives in a static library: make sure its initializer is linked in.
    Q_INIT_RESOURCE(protocol);
}

namespace {

//! The admin-only methods, extracted from the catalogue at build time (adminonly.cmake).
constexpr const char *kAdminOnlyMethods[] = {
#include "room-api-adminonly.inc"
};

} // namespace

const MethodCatalogue &MethodCatalogue::instance()
{
    static const MethodCatalogue catalogue;
    return catalogue;
}

const MethodCatalogue::Data &MethodCatalogue::data()
{
    static const Data loaded = [] {
        initCatalogueResource();
        QFile file(u":/roomdeck/protocol/room-api-catalogue.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("room API catalogue resource is missing");
        Data d;
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            Entry e;
            e.name = o.value(u"name"_s).toString();
            e.isEvent = o.value(u"kind"_s).toString() == u"event"_s;
            const QJsonValue admin = o.value(u"adminOnly"_s);
            e.access = admin.isBool() ? (admin.toBool() ? Access::AdminOnly : Access::Both)
                                      : Access::Unknown;
            const QJsonObject params = o.value(u"params"_s).toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                e.params.append(parseParam(it.key(), it.value().toString()));
            const QJsonObject reply = o.value(u"responseFields"_s).toObject();
            for (auto it = reply.begin(); it != reply.end(); ++it) {
                if (it.key() != u"method"_s && it.key() != u"requestId"_s
                    && it.key() != u"result"_s)
                    e.replyFields.append(parseParam(it.key(), it.value().toString()));
            }
            if (e.name.isEmpty())
                continue;
            (e.isEvent ? d.events : d.methods).insert(e.name, e);
        }
        return d;
    }();
    return loaded;
}

MethodCatalogue::Param MethodCatalogue::parseParam(const QString &name, const QString &description)
{
    Param p;
    p.name = name;
    const QString d = description.trimmed();
    const QString head = d.section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0);
    if (head == u"string[]"_s)
        p.type = ParamType::StringArray;
    else if (head.startsWith(u"string"_s))
        p.type = ParamType::String;
    else if (head.startsWith(u"int"_s))
        p.type = ParamType::Int;
    else if (head.startsWith(u"bool"_s))
        p.type = ParamType::Bool;
    else if (head.startsWith(u"float"_s) || head.startsWith(u"number"_s))
        p.type = ParamType::Number;
    else if (head.startsWith(u"object"_s))
        p.type = ParamType::Object;
    else if (head.startsWith(u"array"_s))
        p.type = ParamType::Array;
    p.optional = d.contains(u"optional"_s, Qt::CaseInsensitive)
        || d.contains(u"default"_s, Qt::CaseInsensitive) || d.contains(u"absent"_s)
        || d.contains(u"newer"_s);
    return p;
}

const MethodCatalogue::Entry *MethodCatalogue::method(const QString &name) const
{
    const QHash<QString, Entry> &methods = data().methods;
    const auto it = methods.constFind(name);
    return it == methods.constEnd() ? nullptr : &it.value();
}

const MethodCatalogue::Entry *MethodCatalogue::event(const QString &name) const
{
    const QHash<QString, Entry> &events = data().events;
    const auto it = events.constFind(name);
    return it == events.constEnd() ? nullptr : &it.value();
}

bool MethodCatalogue::isAdminOnly(const QString &name) const
{
    return std::any_of(std::begin(kAdminOnlyMethods), std::end(kAdminOnlyMethods),
                       [&name](const char *method) { return name == QLatin1String(method); });
}

QStringList MethodCatalogue::methodNames() const
{
    QStringList names = data().methods.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList MethodCatalogue::eventNames() const
{
    QStringList names = data().events.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList MethodCatalogue::adminOnlyMethods() const
{
    QStringList names;
    for (const Entry &e : data().methods)
        if (e.access == Access::AdminOnly)
            names.append(e.name);
    std::sort(names.begin(), names.end());
    return names;
}
