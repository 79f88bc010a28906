// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QString>

//! How the console names a person: "Maria Garcia (maria@video.example.net)", or only the id
//! when the room knows no better name than the id's user part.
namespace PeerText {

QString person(const QString &peerId, const QString &peerDn);

} // namespace PeerText
