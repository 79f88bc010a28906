// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

//! The room's persistent data containers (catalogue: saveData, loadData, deleteData,
//! getAllUserContainersNames; events dataSaved, dataDeleted): named text values that every
//! client of the room shares, which RoomDeck uses for what all operator PCs must agree on
//! (favourites, the call policy). room-api.md publishes no semantics; the emulator's choices:
//!
//!   saveData{containerName, data, flags?}  stores `data` (replacing what was there); the
//!                                          reply, then dataSaved{containerName, data, flag}
//!                                          to every authorized connection (the sender too,
//!                                          §10 m). `flag` echoes `flags` ("" when none).
//!   loadData{containerName}                {containerName, data}; a container never saved (or
//!                                          deleted) loads as data "" (not an error: a client
//!                                          cannot tell "empty" from "new" otherwise without
//!                                          an extra call, and the real room's answer is
//!                                          unpublished).
//!   deleteData{containerName}              forgets it; dataDeleted{containerName} when it
//!                                          existed, a plain result:true when it did not.
//!   getAllUserContainersNames              {containersNames:[names]}, sorted.
//!
//! Refusals (§10 e, "Invalid parameters"): a missing or empty containerName, a name longer
//! than kMaxNameLength, data larger than kMaxDataBytes (UTF-8), more than kMaxContainers
//! containers. Containers survive reconnects but not the emulator (no disk).
class SimDataContainers final
{
public:
    static constexpr int kMaxNameLength = 128;
    static constexpr int kMaxDataBytes = 64 * 1024;
    static constexpr int kMaxContainers = 256;

    //! `flush` sends the events a control-API save queued (outside any command).
    SimDataContainers(SimHost &host, std::function<void()> flush);

    SimCommandTable commands();

    // Control API (tests, scenarios): what is stored, and storing as another client would
    // (with the dataSaved event).
    QString data(const QString &containerName) const;
    bool contains(const QString &containerName) const;
    QStringList names() const;
    //! Stores as another client would (dataSaved goes out at once); false when refused.
    bool save(const QString &containerName, const QString &data, const QString &flags = {});

private:
    SimOutcome saveData(const QJsonObject &request);
    SimOutcome loadData(const QJsonObject &request) const;
    SimOutcome deleteData(const QJsonObject &request);

    SimHost &m_host;
    std::function<void()> m_flush;
    QMap<QString, QString> m_containers;
};
