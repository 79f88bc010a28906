// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

//! Files uploaded to the built-in HTTP server (`POST /files/`), by FileId.
class SimFileStore final
{
public:
    struct File
    {
        QString name;
        QByteArray data;
    };

    int add(const QString &name, const QByteArray &data);
    const File *find(int fileId) const;
    bool contains(int fileId) const { return m_files.contains(fileId); }

private:
    QHash<int, File> m_files;
    int m_nextId = 1;
};

//! Main-screen branding (room-api.md §7.7): the custom logo with its mode, the background,
//! and which widgets show. setLogo / setBackground take the FileId of an upload, which must
//! exist and decode as an image (checked with QImage on the stored bytes), else "Invalid
//! parameters" (§10 clarifications). A custom logo or background is a PRO feature (TrueConf's
//! Free/PRO comparison): on a Free licence both are refused with "Access denied", as NDI and
//! the slideshow are; going back to the defaults is always allowed.
class SimBranding final
{
public:
    //! `isPro` tells whether the room's licence is PRO now (empty: always).
    SimBranding(SimHost &host, const SimFileStore &files, std::function<bool()> isPro = {});

    SimCommandTable commands();
    int logoFileId() const { return m_logoFileId; }
    int backgroundFileId() const { return m_backgroundFileId; }

private:
    bool isImage(int fileId) const;
    SimOutcome setLogo(const QJsonObject &request);
    SimOutcome setDefaultLogo();
    SimOutcome setBackground(const QJsonObject &request);
    SimOutcome setDefaultBackground();

    SimHost &m_host;
    const SimFileStore &m_files;
    std::function<bool()> m_isPro;
    int m_logoFileId = 0; //!< 0 = default logo
    int m_logoMode = 0;
    int m_backgroundFileId = 0; //!< 0 = default background
};
