// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomprofile.h"

#include "core/controller/roomcontroller.h"
#include "core/models/brandingstate.h"
#include "core/models/roomsettings.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"roomdeck-profile"_s;

bool endsWithWord(const QString &lower, QStringView word)
{
    return lower.endsWith(word);
}

} // namespace

bool RoomProfile::isSecret(const QString &name)
{
    const QString n = name.toLower();
    for (QStringView word : { u"password", u"passwd", u"secret", u"token", u"credential" })
        if (n.contains(word))
            return true;
    // "changeUserAuthPinAfterConf" is a switch about PINs, not one: only names ending in the word.
    for (QStringView word : { u"pin", u"pincode", u"key" })
        if (endsWithWord(n, word))
            return true;
    return false;
}

QString RoomProfile::roomSpecificReason(const QString &name, const QJsonValue &value)
{
    if (name == u"audioPlayLevel"_s || name == u"audioCapturerLevel"_s)
        return tr("Set for this room's acoustics");
    if (name == u"defaultOutputSelfVideoRotateAngle"_s)
        return tr("Depends on how this room's camera is mounted");
    if (name == u"inputBandWidth"_s || name == u"outputBandWidth"_s)
        return tr("Depends on this room's network");
    if (name == u"language"_s)
        return tr("Each room keeps its own language");
    // Anything that names or addresses the room: texts called …Name, …Id, …Address, …Server.
    if (value.isString() || value.isUndefined()) {
        const QString n = name.toLower();
        for (QStringView word : { u"name", u"id", u"dn", u"address", u"server", u"host", u"url" })
            if (endsWithWord(n, word))
                return tr("Identifies this room");
    }
    return {};
}

QString RoomProfile::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("on") : tr("off");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 6);
    }
    case QJsonValue::String:
        return u"\""_s + RoomText::bounded(value.toString(), 120) + u"\""_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray json = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return RoomText::bounded(QString::fromUtf8(json), 120);
    }
    }
    return {};
}

RoomProfile RoomProfile::capture(const RoomSession *session, const QString &roomName)
{
    if (!session)
        return capture(nullptr, nullptr, {}, roomName);
    const RoomController *c = session->controller();
    return capture(session->settings(), session->branding(), c ? c->trueConfId() : QString(),
                   roomName);
}

RoomProfile RoomProfile::capture(const RoomSettings *s, const BrandingState *b,
                                 const QString &peerId, const QString &roomName)
{
    RoomProfile p;
    p.roomName = RoomText::name(roomName);
    p.peerId = RoomText::name(peerId);
    p.savedAt = QDateTime::currentDateTimeUtc();
    if (s && s->isKnown()) {
        const QJsonObject values = s->values();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            if (!isSecret(it.key()))
                p.settings.insert(it.key(), it.value());
    }
    if (b) {
        const BrandingState::Image logo = b->logo();
        const BrandingState::Image background = b->background();
        p.branding.known = logo.known || background.known;
        p.branding.customLogo = logo.isCustom;
        p.branding.logoMode = logo.mode;
        p.branding.customBackground = background.isCustom;
    }
    return p;
}

QJsonObject RoomProfile::toJson() const
{
    QJsonObject json {
        { u"format"_s, kFormat },
        { u"version"_s, kVersion },
        { u"room"_s, QJsonObject { { u"name"_s, roomName }, { u"peerId"_s, peerId } } },
        { u"savedAt"_s, savedAt.toUTC().toString(Qt::ISODate) },
        { u"settings"_s, settings },
    };
    if (branding.known)
        json.insert(
            u"branding"_s,
            QJsonObject {
                { u"logo"_s,
                  QJsonObject { { u"custom"_s, branding.customLogo },
                                { u"mode"_s, branding.logoMode } } },
                { u"background"_s, QJsonObject { { u"custom"_s, branding.customBackground } } },
            });
    return json;
}

bool RoomProfile::fromJson(const QJsonObject &json, RoomProfile *out, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (json.value(u"format"_s).toString() != kFormat)
        return fail(tr("This is not a RoomDeck settings profile"));
    const QJsonValue version = json.value(u"version"_s);
    if (!version.isDouble())
        return fail(tr("The profile has no version"));
    if (version.toInt() > kVersion)
        return fail(
            tr("The profile was saved by a newer RoomDeck (version %1)").arg(version.toInt()));
    if (version.toInt() < 1)
        return fail(tr("The profile has an unknown version"));
    const QJsonValue settings = json.value(u"settings"_s);
    if (!settings.isObject())
        return fail(tr("The profile has no settings"));
    const QJsonObject values = settings.toObject();
    if (values.size() > kMaxSettings)
        return fail(tr("The profile has too many settings"));
    RoomProfile p;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key().isEmpty() || it.key().size() > RoomText::kNameLength)
            return fail(tr("The profile has a setting with an unusable name"));
        if (!isSecret(it.key()))
            p.settings.insert(it.key(), it.value());
    }
    const QJsonObject room = json.value(u"room"_s).toObject();
    p.roomName = RoomText::name(room.value(u"name"_s).toString());
    p.peerId = RoomText::name(room.value(u"peerId"_s).toString());
    p.savedAt = QDateTime::fromString(json.value(u"savedAt"_s).toString(), Qt::ISODate).toUTC();
    if (json.value(u"branding"_s).isObject()) {
        const QJsonObject b = json.value(u"branding"_s).toObject();
        const QJsonObject logo = b.value(u"logo"_s).toObject();
        p.branding.known = true;
        p.branding.customLogo = logo.value(u"custom"_s).toBool();
        p.branding.logoMode = qBound(0, logo.value(u"mode"_s).toInt(), 1);
        p.branding.customBackground
            = b.value(u"background"_s).toObject().value(u"custom"_s).toBool();
    }
    *out = std::move(p);
    return true;
}

bool RoomProfile::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool RoomProfile::load(const QString &path, RoomProfile *out, QString *error)
{
    const auto fail = [error, &path](const QString &why) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, why);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(tr("the file is larger than %1 KiB").arg(kMaxFileBytes / 1024));
    // A file that grows while read (or a device without a size) still stops at the limit.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return fail(tr("the file is larger than %1 KiB").arg(kMaxFileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("This is not a RoomDeck settings profile"));
    QString why;
    if (!fromJson(doc.object(), out, &why))
        return fail(why);
    return true;
}

// ---- ProfileDiff

ProfileDiff ProfileDiff::compare(const RoomProfile &left, const RoomProfile &right)
{
    ProfileDiff diff;
    QStringList names = left.settings.keys();
    for (const QString &name : right.settings.keys())
        if (!left.settings.contains(name))
            names.append(name);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    for (const QString &name : std::as_const(names)) {
        Row row;
        row.name = name;
        row.left = left.settings.value(name);
        row.right = right.settings.value(name);
        if (!left.settings.contains(name))
            row.kind = Kind::OnlyRight;
        else if (!right.settings.contains(name))
            row.kind = Kind::OnlyLeft;
        else
            row.kind = row.left == row.right ? Kind::Same : Kind::Different;
        row.notApplied
            = RoomProfile::roomSpecificReason(name, row.left.isUndefined() ? row.right : row.left);
        diff.m_rows.append(row);
    }
    // Branding only when both sides know it: a room that has not answered yet is no difference.
    if (left.branding.known && right.branding.known) {
        const auto brandingRow = [&](const QString &name, QJsonValue l, QJsonValue r) {
            Row row;
            row.name = name;
            row.isBranding = true;
            row.left = left.branding.known ? l : QJsonValue(QJsonValue::Undefined);
            row.right = right.branding.known ? r : QJsonValue(QJsonValue::Undefined);
            row.kind = row.left.isUndefined() ? Kind::OnlyRight
                : row.right.isUndefined()     ? Kind::OnlyLeft
                : row.left == row.right       ? Kind::Same
                                              : Kind::Different;
            row.notApplied = tr("Images are not part of a profile");
            diff.m_rows.append(row);
        };
        brandingRow(u"branding.logo.custom"_s, left.branding.customLogo, right.branding.customLogo);
        brandingRow(u"branding.logo.mode"_s, left.branding.logoMode, right.branding.logoMode);
        brandingRow(u"branding.background.custom"_s, left.branding.customBackground,
                    right.branding.customBackground);
    }
    return diff;
}

int ProfileDiff::differenceCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.kind != Kind::Same; }));
}

QString ProfileDiff::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return tr("same");
    case Kind::Different:
        return tr("different");
    case Kind::OnlyLeft:
        return tr("only left");
    case Kind::OnlyRight:
        return tr("only right");
    }
    return {};
}

QStringList ProfileDiff::lines(bool all) const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.kind == Kind::Same && !all)
            continue;
        QString line = RoomText::name(r.name) + u": "_s;
        switch (r.kind) {
        case Kind::Same:
            line += RoomProfile::valueText(r.left);
            break;
        case Kind::Different:
            line += RoomProfile::valueText(r.left) + u" → "_s + RoomProfile::valueText(r.right);
            break;
        case Kind::OnlyLeft:
            line += RoomProfile::valueText(r.left) + u" ("_s + kindText(r.kind) + u")"_s;
            break;
        case Kind::OnlyRight:
            line += RoomProfile::valueText(r.right) + u" ("_s + kindText(r.kind) + u")"_s;
            break;
        }
        if (!r.notApplied.isEmpty())
            line += u" ["_s + tr("not applied: %1").arg(r.notApplied) + u"]"_s;
        out.append(line);
    }
    return out;
}
