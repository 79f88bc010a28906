// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "rawrequest.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/models/settingscatalogue.h"
#include "core/protocol/methodcatalogue.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using ParamType = MethodCatalogue::ParamType;

namespace {

QString typeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return RawRequest::tr("a string");
    case ParamType::Int:
        return RawRequest::tr("a whole number");
    case ParamType::Bool:
        return RawRequest::tr("true or false");
    case ParamType::Number:
        return RawRequest::tr("a number");
    case ParamType::Object:
        return RawRequest::tr("an object");
    case ParamType::Array:
        return RawRequest::tr("an array");
    case ParamType::StringArray:
        return RawRequest::tr("an array of strings");
    case ParamType::Any:
        break;
    }
    return RawRequest::tr("any value");
}

bool matches(ParamType type, const QJsonValue &v)
{
    switch (type) {
    case ParamType::Any:
        return true;
    case ParamType::String:
        return v.isString();
    case ParamType::Int: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 9007199254740991.0;
    }
    case ParamType::Bool:
        return v.isBool();
    case ParamType::Number:
        return v.isDouble();
    case ParamType::Object:
        return v.isObject();
    case ParamType::Array:
        return v.isArray();
    case ParamType::StringArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
    }
    }
    return true;
}

//! Where the RoomDeck refuses more than the catalogue says, as the typed verbs do.
QString roomDeckRoleRefusal(const QString &method, const QJsonObject &params, Room::Role role)
{
    if (role == Room::Role::Admin)
        return {};
    if (method == u"clearCallHistory"_s)
        return RawRequest::tr("Only an administrator may clear the room's call history");
    if (method == u"setSettings"_s) {
        const QJsonObject settings = params.value(u"settings"_s).toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (SettingsCatalogue::spec(it.key(), it.value()).adminOnly)
                return RawRequest::tr("%1 (“%2”)")
                    .arg(SettingsCatalogue::adminOnlyReason(), RoomText::name(it.key()));
    }
    return {};
}

} // namespace

RawRequest::RawRequest(QObject *parent)
    : QObject(parent)
{ }

RawRequest::Check RawRequest::validate(const QString &text, Room::Role role)
{
    Check check;
    const QByteArray utf8 = text.toUtf8();
    if (text.trimmed().isEmpty()) {
        check.message = tr("Type a request: a JSON object with a “method”.");
        return check;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; line and column count characters of the text.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), utf8.size());
        const QString before = QString::fromUtf8(utf8.left(offset));
        check.offset = int(before.size());
        check.line = int(before.count(u'\n')) + 1;
        check.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
        check.message = tr("Not JSON: %1 at line %2, column %3")
                            .arg(error.errorString())
                            .arg(check.line)
                            .arg(check.column);
        return check;
    }
    if (!doc.isObject()) {
        check.message = tr("The request must be a JSON object, such as {\"method\": …}.");
        return check;
    }
    return validate(doc.object(), role);
}

RawRequest::Check RawRequest::validate(const QJsonObject &request, Room::Role role)
{
    Check check;
    const QJsonValue methodValue = request.value(u"method"_s);
    if (!methodValue.isString() || methodValue.toString().isEmpty()) {
        check.message = tr("The request needs a “method” string.");
        return check;
    }
    const QString method = methodValue.toString();
    check.method = method;
    const QString shown = RoomText::name(method);
    if (method == u"auth"_s || method == u"setUsedApiVersion"_s) {
        check.message = tr("“%1” is managed by RoomDeck's sign-in; use Connect or Sign in instead")
                            .arg(shown);
        return check;
    }
    const MethodCatalogue::Entry *entry = MethodCatalogue::instance().method(method);
    if (!entry) {
        check.message = tr("“%1” is not a method of the room API.").arg(shown);
        return check;
    }
    QJsonObject params = request;
    params.remove(u"method"_s);
    params.remove(u"requestId"_s);
    QStringList known;
    for (const MethodCatalogue::Param &p : entry->params)
        known.append(p.name);
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const auto param
            = std::find_if(entry->params.begin(), entry->params.end(),
                           [&it](const MethodCatalogue::Param &p) { return p.name == it.key(); });
        if (param == entry->params.end()) {
            check.message = known.isEmpty()
                ? tr("“%1” takes no parameters; remove “%2”.").arg(shown, RoomText::name(it.key()))
                : tr("“%1” has no parameter “%2” (it takes: %3).")
                      .arg(shown, RoomText::name(it.key()), known.join(u", "_s));
            return check;
        }
        if (Redact::isSecretKey(it.key()) && it.value().toString() == u"***"_s) {
            check.message = tr("“%1” is masked (***): type the real value.").arg(param->name);
            return check;
        }
        if (!matches(param->type, it.value())) {
            check.message = tr("“%1” must be %2.").arg(param->name, typeName(param->type));
            return check;
        }
    }
    if (MethodCatalogue::instance().isAdminOnly(method) && role != Room::Role::Admin) {
        check.message
            = tr("“%1” needs Administrator access; this console is signed in as User").arg(shown);
        return check;
    }
    const QString refusal = roomDeckRoleRefusal(method, params, role);
    if (!refusal.isEmpty()) {
        check.message = refusal;
        return check;
    }
    check.ok = true;
    check.params = params;
    check.message = params.isEmpty()
        ? tr("Ready to send “%1”.").arg(shown)
        : tr("Ready to send “%1” with %n parameter(s).", nullptr, int(params.size())).arg(shown);
    return check;
}

quint64 RawRequest::refuse(const QString &method, const QString &why, QObject *context,
                           PendingRequests::Callback done)
{
    RequestEnding::refuseLater(this, method, why, context, std::move(done),
                               [this](const RequestOutcome &o) { Q_EMIT finished(o); });
    return 0;
}

quint64 RawRequest::send(const QString &text, QObject *context, PendingRequests::Callback done)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return refuse({}, validate(text, Room::Role::Admin).message, context, std::move(done));
    return send(doc.object(), context, std::move(done));
}

quint64 RawRequest::send(const QJsonObject &request, QObject *context,
                         PendingRequests::Callback done)
{
    RoomController *c = controller();
    const QString method = request.value(u"method"_s).toString();
    if (!c || !c->isAuthenticated())
        return refuse(method, tr("Not connected to a room"), context, std::move(done));
    if (!c->capabilities().testFlag(Permissions::Capability::RawCommands))
        return refuse(method, tr("This connection may not send requests of its own"), context,
                      std::move(done));
    const Check check = validate(request, c->role());
    if (!check.ok)
        return refuse(method, check.message, context, std::move(done));
    done = RequestEnding::guarded(context, std::move(done));
    return c->sendRequest(check.method, check.params, this, [this, done](const RequestOutcome &o) {
        if (done)
            done(o);
        Q_EMIT finished(o);
    });
}
