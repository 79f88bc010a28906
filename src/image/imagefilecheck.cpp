// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "imagefilecheck.h"

#include "core/http/roomhttpclient.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

using namespace Qt::StringLiterals;

QString ImageFileCheck::summary() const
{
    if (size.isEmpty())
        return {};
    return tr("%1, %2 × %3 px, %4")
        .arg(format)
        .arg(size.width())
        .arg(size.height())
        .arg(QLocale().formattedDataSize(data.size()));
}

bool ImageFileCheck::exceedsLogoArea() const
{
    return size.width() > kLogoArea.width() || size.height() > kLogoArea.height();
}

QSize ImageFileCheck::logoSizeFor(int mode) const
{
    if (mode == 1 || !exceedsLogoArea())
        return size;
    return size.scaled(kLogoArea, Qt::KeepAspectRatio);
}

ImageFileCheck ImageFileCheck::inspect(const QString &path, qint64 maxBytes)
{
    ImageFileCheck check;
    check.path = path;
    check.fileName = QFileInfo(path).fileName();
    check.problem = RoomHttpClient::fileProblem(path, maxBytes);
    if (!check.problem.isEmpty())
        return check;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.problem = tr("Cannot open “%1”: %2").arg(check.fileName, file.errorString());
        return check;
    }
    // One byte more than allowed tells a file that grew since fileProblem() looked at it.
    check.data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        check.problem = tr("Cannot read “%1”: %2").arg(check.fileName, file.errorString());
        check.data.clear();
        return check;
    }
    if (check.data.size() > maxBytes) {
        check.problem = tr("“%1” is larger than the upload limit of %2")
                            .arg(check.fileName, QLocale().formattedDataSize(maxBytes));
        check.data.clear();
        return check;
    }

    QBuffer buffer(&check.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty()) {
        check.problem = tr("“%1” is not an image RoomDeck can read. Choose a PNG or JPEG file.")
                            .arg(check.fileName);
        return check;
    }
    if (format == "png") {
        check.format = u"PNG"_s;
        check.mimeType = u"image/png"_s;
    } else if (format == "jpeg" || format == "jpg") {
        check.format = u"JPEG"_s;
        check.mimeType = u"image/jpeg"_s;
    } else {
        check.problem = tr("“%1” is a %2 image; rooms reliably show PNG and JPEG only. Convert it "
                           "to PNG first.")
                            .arg(check.fileName, QString::fromLatin1(format.toUpper()));
        return check;
    }
    const QSize announced = reader.size();
    if (announced.width() > kMaxSide || announced.height() > kMaxSide) {
        check.problem = tr("“%1” is %2 × %3 px; images larger than %4 px on a side are refused.")
                            .arg(check.fileName)
                            .arg(announced.width())
                            .arg(announced.height())
                            .arg(kMaxSide);
        return check;
    }
    check.image = reader.read();
    if (check.image.isNull()) {
        check.problem = tr("“%1” looks like a %2 file but is damaged: %3")
                            .arg(check.fileName, check.format, reader.errorString());
        return check;
    }
    check.size = check.image.size();
    return check;
}
