// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "presetthumbnails.h"

#include "core/http/framesource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString hashed(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

PresetThumbnails::PresetThumbnails(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString PresetThumbnails::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/preset-thumbnails"_s;
}

QString PresetThumbnails::roomDirectory(const QString &roomId) const
{
    return m_directory + u'/' + hashed(roomId);
}

QString PresetThumbnails::filePath(const QString &roomId, const QString &presetId) const
{
    return roomDirectory(roomId) + u'/' + hashed(presetId) + u".jpg"_s;
}

bool PresetThumbnails::save(const QString &roomId, const QString &presetId, const QByteArray &jpeg,
                            QString *error) const
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!FrameSource::looksLikeJpeg(jpeg))
        return fail(QCoreApplication::translate("PresetThumbnails", "the picture is not a JPEG"));
    if (jpeg.size() > kMaxBytes)
        return fail(QCoreApplication::translate("PresetThumbnails", "the picture is too large"));
    const QString dir = roomDirectory(roomId);
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("PresetThumbnails", "cannot create %1")
                        .arg(QDir::toNativeSeparators(dir)));
    QSaveFile file(filePath(roomId, presetId));
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit())
        return fail(QCoreApplication::translate("PresetThumbnails", "cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return true;
}

QByteArray PresetThumbnails::load(const QString &roomId, const QString &presetId) const
{
    QFile file(filePath(roomId, presetId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes)
        return {};
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return FrameSource::looksLikeJpeg(bytes) && bytes.size() <= kMaxBytes ? bytes : QByteArray();
}

bool PresetThumbnails::contains(const QString &roomId, const QString &presetId) const
{
    return QFileInfo::exists(filePath(roomId, presetId));
}

bool PresetThumbnails::rename(const QString &roomId, const QString &fromPresetId,
                              const QString &toPresetId) const
{
    const QString from = filePath(roomId, fromPresetId);
    if (fromPresetId == toPresetId || !QFileInfo::exists(from))
        return false;
    const QString to = filePath(roomId, toPresetId);
    QFile::remove(to);
    return QFile::rename(from, to);
}

void PresetThumbnails::remove(const QString &roomId, const QString &presetId) const
{
    QFile::remove(filePath(roomId, presetId));
}

void PresetThumbnails::removeRoom(const QString &roomId) const
{
    QDir(roomDirectory(roomId)).removeRecursively();
}
