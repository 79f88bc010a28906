// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QString>

//! The one entry point of the roomdeck-imagecheck module: ImageFileCheck (Qt Gui) for programs
//! that must not link Qt Gui themselves (roomdeckctl loads it only for upload-logo).
namespace ImageCheckAbi {

//! The exported function's name; the version suffix changes with its signature.
inline constexpr char kSymbol[] = "roomdeck_imagecheck_inspect_v1";

//! Runs ImageFileCheck::inspect(*path, maxBytes). True when the file can be uploaded; false
//! with the reason (already translated) in *problem otherwise.
using InspectFunction = bool (*)(const QString *path, qint64 maxBytes, QString *problem);

} // namespace ImageCheckAbi
