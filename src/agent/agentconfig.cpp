// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentConfig", text);
}

//! "line L, column C" of byte `offset` in `json` (QJsonParseError gives only the offset).
QString positionOf(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(qMax(0, offset));
    const int line = int(before.count('\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

//! The top-level object of a JSON file, or nullopt and an *error naming the file and where.
std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &fileName,
                                       QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: %2: %3")
                     .arg(fileName, positionOf(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("%1: expected a JSON object with a \"rooms\" member").arg(fileName);
        return std::nullopt;
    }
    return document.object();
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString userName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

//! Refuses a secrets file that another user owns or that group or others may read.
bool checkPrivateFile(int fd, const QString &path, QString *error)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        *error = tr("cannot check the permissions of %1").arg(path);
        return false;
    }
    const uid_t me = ::geteuid();
    if (st.st_uid != me) {
        *error = tr("the secrets file %1 belongs to %2, not to %3, the user roomdeck-agent runs "
                    "as; make it theirs: chown %3 %1")
                     .arg(path, userName(st.st_uid), userName(me));
        return false;
    }
    const unsigned mode = unsigned(st.st_mode) & 07777u;
    if ((mode & 077u) != 0) {
        *error = tr("the secrets file %1 can be read or changed by other users (mode %2); make it "
                    "private: chmod 600 %1")
                     .arg(path, u"%1"_s.arg(mode, 4, 8, QLatin1Char('0')));
        return false;
    }
    return true;
}

//! A secrets file's content; with `checkPrivate` only when checkPrivateFile() accepts it.
std::optional<QByteArray> readPrivateFile(const QString &path, bool checkPrivate, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // The file that is read is the file that was checked (fstat on the open descriptor).
    if (checkPrivate && !checkPrivateFile(file.handle(), path, error))
        return std::nullopt;
    return file.readAll();
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

RoomController::Credentials AgentSecret::credentials() const
{
    switch (kind) {
    case Kind::Password:
        return RoomController::Credentials::withSecret(value, Room::Role::Admin);
    case Kind::Pin:
        return RoomController::Credentials::withSecret(value, Room::Role::User);
    case Kind::None:
        break;
    }
    // Unsecured: as User, so the agent never displaces an operator's Administrator console.
    return RoomController::Credentials::unsecured(Room::Role::User);
}

namespace AgentConfig {

QString relayInstanceFor(const QString &name)
{
    static const QRegularExpression other(u"[^A-Za-z0-9._-]+"_s);
    QString instance = QString(name).replace(other, u"-"_s);
    while (instance.startsWith(u'-'))
        instance.remove(0, 1);
    while (instance.endsWith(u'-'))
        instance.chop(1);
    if (instance.isEmpty())
        return u"room-"_s
            + QString::fromLatin1(
                   QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256)
                       .toHex()
                       .left(12));
    return instance.left(64);
}

std::optional<QList<AgentRoomConfig>> parseRooms(const QByteArray &json, const QString &fileName,
                                                 QString *error)
{
    const std::optional<QJsonObject> top = parseObject(json, fileName, error);
    if (!top)
        return std::nullopt;
    if (!top->value(u"rooms"_s).isArray()) {
        *error = tr("%1: expected a \"rooms\" array").arg(fileName);
        return std::nullopt;
    }
    const QJsonArray entries = top->value(u"rooms"_s).toArray();
    if (entries.size() > kMaxRooms) {
        *error = tr("%1: %2 rooms; at most %3 are allowed")
                     .arg(fileName)
                     .arg(entries.size())
                     .arg(kMaxRooms);
        return std::nullopt;
    }
    static const QSet<QString> known { u"name"_s, u"address"_s, u"instance"_s,
                                       u"site"_s, u"tags"_s,    u"relayPort"_s };
    QList<AgentRoomConfig> rooms;
    QSet<QString> names;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString where = o.value(u"name"_s).isString()
            ? tr("%1: room %2 (\"%3\")").arg(fileName).arg(i + 1).arg(o.value(u"name"_s).toString())
            : tr("%1: room %2").arg(fileName).arg(i + 1);
        const auto fail = [&](const QString &field, const QString &why) {
            *error = tr("%1: field \"%2\": %3").arg(where, field, why);
            return std::nullopt;
        };
        if (!entries.at(i).isObject()) {
            *error = tr("%1: expected an object").arg(where);
            return std::nullopt;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(it.key(),
                            tr("unknown field (expected name, address, instance, site, tags, "
                               "relayPort)"));
        }
        for (const QString &field : { u"name"_s, u"address"_s, u"instance"_s, u"site"_s }) {
            if (o.contains(field) && !o.value(field).isString())
                return fail(field, tr("expected a string"));
        }
        AgentRoomConfig room;
        room.name = o.value(u"name"_s).toString().trimmed();
        if (room.name.isEmpty())
            return fail(u"name"_s, tr("missing or empty"));
        if (room.name.size() > kMaxNameLength || hasControlCharacters(room.name))
            return fail(u"name"_s,
                        tr("at most %1 characters and no control characters").arg(kMaxNameLength));
        if (names.contains(room.name))
            return fail(u"name"_s, tr("another room has this name"));
        names.insert(room.name);
        room.relayInstance = relayInstanceFor(room.name);
        const auto alike = std::find_if(rooms.cbegin(), rooms.cend(), [&room](const auto &r) {
            return r.relayInstance == room.relayInstance;
        });
        if (alike != rooms.cend())
            return fail(u"name"_s,
                        tr("room \"%1\" is reached through the relay under the same instance "
                           "name \"%2\"; rename one of them")
                            .arg(alike->name, room.relayInstance));
        room.addressText = o.value(u"address"_s).toString().trimmed();
        if (room.addressText.isEmpty())
            return fail(u"address"_s, tr("missing or empty"));
        if (!RoomAddress::splitUserLink(room.addressText).pin.isEmpty())
            return fail(u"address"_s,
                        tr("this is a room's link with its PIN; give the address without it and "
                           "the PIN in the secrets file"));
        QString why;
        room.address = RoomAddress::parse(room.addressText,
                                          o.value(u"instance"_s).toString().trimmed(), &why);
        if (!room.address.isValid())
            return fail(u"address"_s, why.isEmpty() ? tr("not a room address") : why);
        // Two entries for one room would sign in to the same mode and displace each other.
        const auto same = std::find_if(rooms.cbegin(), rooms.cend(), [&room](const auto &r) {
            return r.address == room.address;
        });
        if (same != rooms.cend())
            return fail(u"address"_s, tr("room \"%1\" has the same address").arg(same->name));
        room.site = o.value(u"site"_s).toString().trimmed();
        if (hasControlCharacters(room.site))
            return fail(u"site"_s, tr("no control characters"));
        if (o.contains(u"tags"_s)) {
            if (!o.value(u"tags"_s).isArray())
                return fail(u"tags"_s, tr("expected an array of strings"));
            for (const QJsonValue &tag : o.value(u"tags"_s).toArray()) {
                if (!tag.isString())
                    return fail(u"tags"_s, tr("expected an array of strings"));
                room.tags.append(tag.toString());
            }
        }
        if (o.contains(u"relayPort"_s)) {
            const int port
                = o.value(u"relayPort"_s).isDouble() ? o.value(u"relayPort"_s).toInt(-1) : -1;
            if (port < 1 || port > 65535)
                return fail(u"relayPort"_s, tr("expected a port number from 1 to 65535"));
            const auto taken = std::find_if(rooms.cbegin(), rooms.cend(),
                                            [port](const auto &r) { return r.relayPort == port; });
            if (taken != rooms.cend())
                return fail(u"relayPort"_s,
                            tr("room \"%1\" has the same relay port").arg(taken->name));
            room.relayPort = quint16(port);
        }
        rooms.append(room);
    }
    return rooms;
}

std::optional<QList<AgentRoomConfig>> readRooms(const QString &path, QString *error)
{
    const std::optional<QByteArray> json = readFile(path, error);
    if (!json)
        return std::nullopt;
    return parseRooms(*json, path, error);
}

std::optional<QHash<QString, AgentSecret>> parseSecrets(const QByteArray &json,
                                                        const QString &fileName, QString *error)
{
    // Errors name rooms and fields, never a value: the value may be a secret.
    const std::optional<QJsonObject> top = parseObject(json, fileName, error);
    if (!top)
        return std::nullopt;
    if (!top->value(u"rooms"_s).isObject()) {
        *error = tr("%1: expected a \"rooms\" object (room name -> {\"pin\"} or {\"password\"})")
                     .arg(fileName);
        return std::nullopt;
    }
    QHash<QString, AgentSecret> secrets;
    const QJsonObject rooms = top->value(u"rooms"_s).toObject();
    for (auto it = rooms.begin(); it != rooms.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const bool hasPin = entry.contains(u"pin"_s);
        const bool hasPassword = entry.contains(u"password"_s);
        if (!it.value().isObject() || entry.size() != 1 || hasPin == hasPassword) {
            *error = tr("%1: room \"%2\": expected exactly one of \"pin\" or \"password\"")
                         .arg(fileName, it.key());
            return std::nullopt;
        }
        const QJsonValue value = entry.value(hasPin ? u"pin"_s : u"password"_s);
        if (!value.isString() || value.toString().isEmpty()) {
            *error = tr("%1: room \"%2\": the %3 must be a non-empty string")
                         .arg(fileName, it.key(), hasPin ? u"pin"_s : u"password"_s);
            return std::nullopt;
        }
        secrets.insert(
            it.key().trimmed(),
            { hasPin ? AgentSecret::Kind::Pin : AgentSecret::Kind::Password, value.toString() });
    }
    return secrets;
}

std::optional<QHash<QString, AgentSecret>> readSecrets(const QString &path, bool checkPrivate,
                                                       QString *error)
{
    const std::optional<QByteArray> json = readPrivateFile(path, checkPrivate, error);
    if (!json)
        return std::nullopt;
    return parseSecrets(*json, path, error);
}

std::optional<QList<AgentOperator>> parseOperators(const QByteArray &json, const QString &fileName,
                                                   QString *error)
{
    // Errors name operators and fields, never a secret.
    const std::optional<QJsonObject> top = parseObject(json, fileName, error);
    if (!top)
        return std::nullopt;
    if (!top->value(u"operators"_s).isArray()) {
        *error = tr("%1: expected an \"operators\" array of {\"name\", \"role\", \"secret\"}")
                     .arg(fileName);
        return std::nullopt;
    }
    QList<AgentOperator> operators;
    const QJsonArray entries = top->value(u"operators"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const auto fail = [&](const QString &why) {
            *error = tr("%1: operator %2: %3").arg(fileName).arg(i + 1).arg(why);
            return std::nullopt;
        };
        if (!entries.at(i).isObject() || o.size() != 3 || !o.value(u"name"_s).isString()
            || !o.value(u"role"_s).isString() || !o.value(u"secret"_s).isString())
            return fail(tr("expected exactly \"name\", \"role\" and \"secret\", all strings"));
        AgentOperator op;
        op.name = o.value(u"name"_s).toString().trimmed();
        if (op.name.isEmpty() || op.name.size() > kMaxNameLength || hasControlCharacters(op.name))
            return fail(tr("the name must be 1 to %1 characters without control characters")
                            .arg(kMaxNameLength));
        const QString role = o.value(u"role"_s).toString();
        if (role != u"admin"_s && role != u"user"_s)
            return fail(tr("the role must be \"admin\" or \"user\""));
        op.role = role == u"admin"_s ? Room::Role::Admin : Room::Role::User;
        op.secret = o.value(u"secret"_s).toString();
        if (op.secret.size() < kMinOperatorSecretLength)
            return fail(
                tr("the secret must have at least %1 characters").arg(kMinOperatorSecretLength));
        for (const AgentOperator &other : std::as_const(operators)) {
            if (other.name == op.name)
                return fail(tr("another operator has this name"));
            // A secret names its operator: two alike could not be told apart.
            if (other.secret == op.secret)
                return fail(tr("operator \"%1\" has the same secret").arg(other.name));
        }
        operators.append(op);
    }
    return operators;
}

std::optional<QList<AgentOperator>> readOperators(const QString &path, bool checkPrivate,
                                                  QString *error)
{
    const std::optional<QByteArray> json = readPrivateFile(path, checkPrivate, error);
    if (!json)
        return std::nullopt;
    return parseOperators(*json, path, error);
}

QString credentialsFile(const QString &name)
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(name);
    return QFile::exists(path) ? path : QString();
}

} // namespace AgentConfig
