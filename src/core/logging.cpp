// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "roomdeck.core.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocator, "roomdeck.core.locator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcController, "roomdeck.core.controller", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "roomdeck.core.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "roomdeck.core.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFrames, "roomdeck.core.frames", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "roomdeck.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "roomdeck.app", QtInfoMsg)

namespace Redact {

namespace {

const QString kMask = u"***"_s;
// Secrets shorter than this are masked only where they are named (text()'s `secret`):
// masking every "12" in every log line would make the logs useless and hide nothing.
constexpr qsizetype kMinRememberedLength = 3;
constexpr qsizetype kMaxRemembered = 32;

struct Remembered
{
    QMutex mutex;
    QStringList secrets; //!< newest last; memory only, never written anywhere
};

Remembered &remembered()
{
    static Remembered r;
    return r;
}

QStringList rememberedSecrets()
{
    Remembered &r = remembered();
    const QMutexLocker lock(&r.mutex);
    return r.secrets;
}

QString masked(QString t, const QStringList &secrets)
{
    // Room PINs ignore case, so a room may echo the PIN in another case than it was typed.
    for (const QString &secret : secrets)
        if (!secret.isEmpty())
            t.replace(secret, kMask, Qt::CaseInsensitive);
    return t;
}

QJsonValue value(const QJsonValue &v);

QJsonArray array(const QJsonArray &a)
{
    QJsonArray out;
    for (const QJsonValue &v : a)
        out.append(value(v));
    return out;
}

QJsonValue value(const QJsonValue &v)
{
    if (v.isObject())
        return object(v.toObject());
    if (v.isArray())
        return array(v.toArray());
    return v;
}

} // namespace

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k == u"credentials"_s || k == u"password"_s || k == u"pin"_s || k == u"newpin"_s
        || k.contains(u"token"_s) || k == u"key"_s || k == u"secret"_s;
}

QJsonObject object(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(),
                   isSecretKey(it.key()) && !it.value().isBool() && !it.value().isNull()
                       ? QJsonValue(kMask)
                       : value(it.value()));
    return out;
}

void rememberSecret(const QString &secret)
{
    if (secret.size() < kMinRememberedLength)
        return;
    Remembered &r = remembered();
    const QMutexLocker lock(&r.mutex);
    if (r.secrets.contains(secret))
        return;
    r.secrets.append(secret);
    if (r.secrets.size() > kMaxRemembered)
        r.secrets.removeFirst();
}

QString frame(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return masked(
            QString::fromUtf8(QJsonDocument(object(doc.object())).toJson(QJsonDocument::Compact)),
            rememberedSecrets());
    // Unparseable text may still hold a secret: show only its size and a short harmless prefix.
    return u"<%1 bytes of non-JSON text>"_s.arg(utf8.size());
}

QString text(QString t, const QString &secret)
{
    QStringList secrets = rememberedSecrets();
    secrets.prepend(secret);
    return masked(std::move(t), secrets);
}

} // namespace Redact
