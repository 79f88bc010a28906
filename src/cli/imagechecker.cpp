// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "imagechecker.h"

#include "image/imagecheckabi.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifndef ROOMDECK_IMAGECHECK_RELDIR
#error "ROOMDECK_IMAGECHECK_RELDIR must name the module's folder relative to roomdeckctl's"
#endif
#ifndef ROOMDECK_IMAGECHECK_FILE
#error "ROOMDECK_IMAGECHECK_FILE must name the module's file"
#endif

using namespace Qt::StringLiterals;

QStringList ImageChecker::modulePaths()
{
    const QString file = QStringLiteral(ROOMDECK_IMAGECHECK_FILE);
    const QDir here(QCoreApplication::applicationDirPath());
    return { QDir::cleanPath(
                 here.filePath(QStringLiteral(ROOMDECK_IMAGECHECK_RELDIR) + u'/' + file)),
             here.filePath(file) };
}

QString ImageChecker::problem(const QString &path, qint64 maxBytes)
{
    // Loaded once and kept: Qt Gui stays in the process until it ends.
    static ImageCheckAbi::InspectFunction inspect = nullptr;
    static QString loadProblem;
    if (!inspect && loadProblem.isEmpty()) {
        const QStringList candidates = modulePaths();
        for (const QString &candidate : candidates) {
            if (!QFileInfo::exists(candidate))
                continue;
            QLibrary module(candidate);
            inspect = reinterpret_cast<ImageCheckAbi::InspectFunction>(
                module.resolve(ImageCheckAbi::kSymbol));
            if (!inspect)
                loadProblem = tr("cannot check the image: %1").arg(module.errorString());
            break;
        }
        if (!inspect && loadProblem.isEmpty())
            loadProblem = tr("cannot check the image: the image check %1 is not installed")
                              .arg(candidates.first());
    }
    if (!inspect)
        return loadProblem;
    QString why;
    return inspect(&path, maxBytes, &why) ? QString() : why;
}
