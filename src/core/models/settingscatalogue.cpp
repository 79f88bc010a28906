// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "settingscatalogue.h"

#include "core/roomtext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Spec = SettingsCatalogue::Spec;
using Type = SettingsCatalogue::Type;
using Group = SettingsCatalogue::Group;
using Choice = SettingsCatalogue::Choice;

constexpr double kIntMin = std::numeric_limits<int>::min();
constexpr double kIntMax = std::numeric_limits<int>::max();

Spec flag(const char *name, Group group, const char *label, bool adminOnly = false)
{
    return { QLatin1String(name), Type::Bool, group, label, 0, 1, {}, adminOnly, true };
}

Spec number(const char *name, Type type, Group group, const char *label, double lo, double hi)
{
    return { QLatin1String(name), type, group, label, lo, hi, {}, false, true };
}

Spec choice(const char *name, Group group, const char *label, const QList<Choice> &choices)
{
    return { QLatin1String(name), Type::Enum, group, label, 0, 0, choices, false, true };
}

// §9.10: further values exist (7 seen) but are unpublished; the editor shows them as numbers.
const QList<Choice> &layouts()
{
    static const QList<Choice> list = {
        { 0, QT_TRANSLATE_NOOP("SettingsCatalogue", "One window only") },
        { 1, QT_TRANSLATE_NOOP("SettingsCatalogue", "Equal windows") },
        { 2, QT_TRANSLATE_NOOP("SettingsCatalogue", "One large upper left, the rest around") },
        { 3, QT_TRANSLATE_NOOP("SettingsCatalogue", "One large top centre, the rest below") },
        { 4, QT_TRANSLATE_NOOP("SettingsCatalogue", "One large left, the rest to the right") },
    };
    return list;
}

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= kIntMin && d <= kIntMax;
}

QString number(double d)
{
    return QString::number(d, 'g', 10);
}

} // namespace

const QList<Spec> &SettingsCatalogue::documented()
{
    static const QList<Spec> table = {
        // Audio (§7.5: levels are floats 0..1; the microphone level is AGC's while it is on)
        flag("aecEnable", Group::Audio,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Echo cancellation")),
        flag("agcEnable", Group::Audio,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Automatic gain control")),
        number("audioPlayLevel", Type::Float, Group::Audio,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Loudspeaker volume"), 0, 1),
        number("audioCapturerLevel", Type::Float, Group::Audio,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Microphone level"), 0, 1),
        // Video
        flag("selfViewMirror", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Mirror the self-view")),
        flag("disableSelfViewOnBlind", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Hide the self-view while the camera is off")),
        choice("defaultOutputSelfVideoRotateAngle", Group::Video,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Self-view rotation"),
               { { 0, QT_TRANSLATE_NOOP("SettingsCatalogue", "0°") },
                 { 90, QT_TRANSLATE_NOOP("SettingsCatalogue", "90°") },
                 { 180, QT_TRANSLATE_NOOP("SettingsCatalogue", "180°") },
                 { 270, QT_TRANSLATE_NOOP("SettingsCatalogue", "270°") } }),
        flag("appShowUserNameLabels", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Names over video")),
        number("displayNameAlign", Type::Int, Group::Video,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Name label alignment"), kIntMin, kIntMax),
        flag("highlightActiveSpeakers", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Highlight active speakers")),
        flag("bestQualityForHttpServerImages", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Best quality for frame pictures")),
        flag("qrCodeRecognition", Group::Video,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "QR code recognition")),
        // Calls
        flag("autoAccept", Group::Calls,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Accept calls automatically")),
        flag("autoAcceptPodiumFromOwner", Group::Calls,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Accept podium invitations automatically")),
        flag("autoAllowPartToTakePodium", Group::Calls,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Let participants take the podium unasked")),
        choice("cameraRemoteControlAccess", Group::Calls,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Remote camera control"),
               { { 0, QT_TRANSLATE_NOOP("SettingsCatalogue", "Allow everyone") },
                 { 1, QT_TRANSLATE_NOOP("SettingsCatalogue", "Ask each time") },
                 { 2, QT_TRANSLATE_NOOP("SettingsCatalogue", "Always forbid") } }),
        number("record", Type::Int, Group::Calls,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Recording policy"), kIntMin, kIntMax),
        flag("restoreWindowWhenCall", Group::Calls,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Restore the window on a call")),
        // Main screen
        flag("showLogo", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show the logo")),
        flag("showTime", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show the clock")),
        flag("showInfoWidgets", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show the information widgets")),
        flag("showInfoConnect", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show the connection details")),
        flag("showCurrentUserWidget", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show the signed-in account")),
        flag("showIncomingRequestWidget", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show incoming requests")),
        flag("showUpcomingMeetings", Group::MainScreen,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Show upcoming meetings")),
        choice("defaultP2PMatrix", Group::MainScreen,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Default layout of a call"), layouts()),
        choice("defaultMultiConfMatrix", Group::MainScreen,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Default layout of a conference"), layouts()),
        number("language", Type::String, Group::MainScreen,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Language of the room"), 0, 0),
        // Network and bandwidth (bounds: the room's bitrateLimits, see spec())
        number("inputBandWidth", Type::Int, Group::Network,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Incoming bandwidth (kbit/s)"),
               kSaneMinBitrate, kSaneMaxBitrate),
        number("outputBandWidth", Type::Int, Group::Network,
               QT_TRANSLATE_NOOP("SettingsCatalogue", "Outgoing bandwidth (kbit/s)"),
               kSaneMinBitrate, kSaneMaxBitrate),
        // Security-related: the administrator's (see the class comment)
        flag("changeUserAuthPinAfterConf", Group::Security,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "New user PIN after each conference"), true),
        flag("enableAutologin", Group::Security,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Sign in to the server automatically"), true),
        flag("forbidDirectConnection", Group::Security,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Forbid direct connections"), true),
        flag("rejectCallsNotFromAB", Group::Security,
             QT_TRANSLATE_NOOP("SettingsCatalogue", "Refuse callers not in the address book"),
             true),
    };
    return table;
}

SettingsCatalogue::Limits SettingsCatalogue::limitsFrom(const QJsonObject &systemInfo)
{
    Limits l;
    const QJsonObject b = systemInfo.value(u"bitrateLimits"_s).toObject();
    const QJsonValue lo = b.value(u"min"_s);
    const QJsonValue hi = b.value(u"max"_s);
    // Only a believable pair replaces the sane bounds.
    if (isIntegral(lo) && isIntegral(hi) && lo.toInt() > 0 && lo.toInt() <= hi.toInt()) {
        l.minBitrate = lo.toInt();
        l.maxBitrate = hi.toInt();
    }
    return l;
}

SettingsCatalogue::Spec SettingsCatalogue::spec(const QString &name, const QJsonValue &reported,
                                                const Limits &limits)
{
    for (const Spec &s : documented()) {
        if (s.name != name)
            continue;
        Spec out = s;
        if (name == u"inputBandWidth"_s || name == u"outputBandWidth"_s) {
            out.minimum = limits.minBitrate;
            out.maximum = limits.maxBitrate;
        }
        return out;
    }
    Spec s;
    s.name = name;
    s.group = Group::Other;
    if (reported.isBool()) {
        s.type = Type::Bool;
    } else if (isIntegral(reported)) {
        s.type = Type::Int;
        s.minimum = kIntMin;
        s.maximum = kIntMax;
    } else if (reported.isDouble()) {
        s.type = Type::Float;
        s.minimum = -std::numeric_limits<double>::max();
        s.maximum = std::numeric_limits<double>::max();
    } else if (reported.isString() || reported.isUndefined() || reported.isNull()) {
        s.type = Type::String;
    } else {
        s.type = Type::Json;
    }
    return s;
}

SettingsCatalogue::Spec SettingsCatalogue::spec(const QString &name, const QJsonValue &reported)
{
    return spec(name, reported, Limits());
}

QString SettingsCatalogue::label(const Spec &spec)
{
    if (!spec.label)
        return spec.name;
    return QCoreApplication::translate("SettingsCatalogue", spec.label);
}

QString SettingsCatalogue::groupName(Group group)
{
    switch (group) {
    case Group::Audio:
        return tr("Audio");
    case Group::Video:
        return tr("Video");
    case Group::Calls:
        return tr("Calls");
    case Group::MainScreen:
        return tr("Main screen");
    case Group::Network:
        return tr("Network and bandwidth");
    case Group::Security:
        return tr("Security");
    case Group::Other:
        break;
    }
    return tr("Other (not described by the API)");
}

QString SettingsCatalogue::plainText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return RoomText::bounded(value.toString(), kMaxText);
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return RoomText::bounded(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)),
            kMaxText);
    case QJsonValue::Object:
        break;
    }
    return RoomText::bounded(
        QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)),
        kMaxText);
}

QString SettingsCatalogue::display(const Spec &spec, const QJsonValue &value)
{
    if (spec.type == Type::Bool && value.isBool())
        return value.toBool() ? tr("On") : tr("Off");
    if (spec.type == Type::Enum && value.isDouble())
        for (const Choice &c : spec.choices)
            if (c.value == value.toDouble())
                return QCoreApplication::translate("SettingsCatalogue", c.label);
    return plainText(value);
}

bool SettingsCatalogue::same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QString SettingsCatalogue::problemWith(const Spec &spec, const QJsonValue &value)
{
    switch (spec.type) {
    case Type::Bool:
        if (!value.isBool())
            return tr("%1 takes on or off").arg(spec.name);
        return {};
    case Type::Enum:
        if (!isIntegral(value))
            return tr("%1 takes a whole number").arg(spec.name);
        for (const Choice &c : spec.choices)
            if (c.value == value.toInt())
                return {};
        {
            QStringList values;
            for (const Choice &c : spec.choices)
                values.append(QString::number(c.value));
            return tr("%1 takes one of %2, not %3")
                .arg(spec.name, values.join(u", "_s), plainText(value));
        }
    case Type::Int:
    case Type::Float:
        if (spec.type == Type::Int ? !isIntegral(value)
                                   : !(value.isDouble() && std::isfinite(value.toDouble())))
            return spec.type == Type::Int ? tr("%1 takes a whole number").arg(spec.name)
                                          : tr("%1 takes a number").arg(spec.name);
        if (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum)
            return tr("%1 must be between %2 and %3, not %4")
                .arg(spec.name, number(spec.minimum), number(spec.maximum), plainText(value));
        return {};
    case Type::String:
        if (!value.isString())
            return tr("%1 takes a text").arg(spec.name);
        if (value.toString().size() > kMaxText)
            return tr("%1 is longer than %2 characters").arg(spec.name).arg(kMaxText);
        return {};
    case Type::Json:
        if (value.isUndefined())
            return tr("%1 takes a JSON value").arg(spec.name);
        return {};
    }
    return {};
}

std::optional<QJsonValue> SettingsCatalogue::parse(const Spec &spec, const QString &text,
                                                   QString *error)
{
    const QString t = text.trimmed();
    QJsonValue v;
    bool ok = false;
    switch (spec.type) {
    case Type::Bool: {
        const QString l = t.toLower();
        if (l == u"true"_s || l == u"on"_s || l == u"1"_s || l == u"yes"_s)
            v = true;
        else if (l == u"false"_s || l == u"off"_s || l == u"0"_s || l == u"no"_s)
            v = false;
        break;
    }
    case Type::Enum: {
        const int n = t.toInt(&ok);
        if (ok) {
            v = n;
            break;
        }
        for (const Choice &c : spec.choices)
            if (t.compare(QString::fromUtf8(c.label), Qt::CaseInsensitive) == 0
                || t.compare(QCoreApplication::translate("SettingsCatalogue", c.label),
                             Qt::CaseInsensitive)
                    == 0)
                v = c.value;
        break;
    }
    case Type::Int: {
        const qlonglong n = t.toLongLong(&ok);
        if (ok)
            v = double(n);
        break;
    }
    case Type::Float: {
        const double d = t.toDouble(&ok);
        if (ok)
            v = d;
        break;
    }
    case Type::String:
        v = text;
        break;
    case Type::Json: {
        // A bare value (3, "x", [1]) is valid JSON inside an array.
        const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(t).toUtf8());
        if (doc.isArray() && doc.array().size() == 1)
            v = doc.array().at(0);
        break;
    }
    }
    QString why = v.isUndefined()
        ? tr("“%1” is not a value of %2").arg(RoomText::bounded(text, 64), spec.name)
        : problemWith(spec, v);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return v;
}

QString SettingsCatalogue::adminOnlyReason()
{
    return tr("Only an administrator may change this security-related setting");
}

QString SettingsCatalogue::readOnlyReason(const Spec &spec, const QJsonObject &values,
                                          Room::Role role)
{
    if (spec.adminOnly && role != Room::Role::Admin)
        return adminOnlyReason();
    if (spec.name == u"audioCapturerLevel"_s && values.value(u"agcEnable"_s).toBool())
        return tr("Automatic gain control sets the microphone level while it is on");
    return {};
}
