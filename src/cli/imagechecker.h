// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

//! upload-logo's image check: the GUI's ImageFileCheck, run in the roomdeck-imagecheck module
//! that is loaded on first use, so that roomdeckctl itself never links Qt Gui.
class ImageChecker final
{
    Q_DECLARE_TR_FUNCTIONS(ImageChecker)

public:
    //! Why `path` cannot be uploaded (read, size, format, decoding; or the check itself is
    //! missing); empty when it can.
    static QString problem(const QString &path, qint64 maxBytes);
    //! Where the module is looked for, first match wins: LIBDIR/roomdeck relative to the
    //! program's folder (installed and build tree), then the program's folder itself.
    static QStringList modulePaths();
};
