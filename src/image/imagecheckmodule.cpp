// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeck-imagecheck: the GUI's image check as a module that roomdeckctl loads with QLibrary
// when upload-logo runs, so that no other command pays for starting Qt Gui.

#include "image/imagecheckabi.h"
#include "image/imagefilecheck.h"

#include <type_traits>

extern "C" Q_DECL_EXPORT bool roomdeck_imagecheck_inspect_v1(const QString *path, qint64 maxBytes,
                                                             QString *problem);

bool roomdeck_imagecheck_inspect_v1(const QString *path, qint64 maxBytes, QString *problem)
{
    static_assert(
        std::is_same_v<decltype(&roomdeck_imagecheck_inspect_v1), ImageCheckAbi::InspectFunction>);
    const ImageFileCheck check = ImageFileCheck::inspect(*path, maxBytes);
    if (check.ok())
        return true;
    *problem = check.problem;
    return false;
}
