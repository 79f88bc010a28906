// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhttpserver.h"

#include <QString>

class QHttpServerRequest;
class SimAuthority;
class SimCalls;
class SimFileStore;
class SimListeners;
class SimSettings;

//! What the room answers over HTTP (room-api.md §2.2, §8): on the web port the landing page
//! and config.json (always the ports actually bound); on the built-in HTTP server uploads to
//! /files/ and the test-card frames of /frames/, both behind an HTTP token (401 first, 404 for
//! anything else, §10 r). Fault knob: setTokenExpiries() lets the next requests fail with 401
//! as if their token had just run out.
class SimHttpEndpoints final
{
public:
    SimHttpEndpoints(const QString &instance, qint64 maxUploadBytes, const SimListeners &listeners,
                     const SimAuthority &authority, SimFileStore &files, const SimCalls &calls,
                     const SimSettings &settings);

    SimHttpResponse serveWeb(const QHttpServerRequest &request) const;
    SimHttpResponse serveHttp(const QHttpServerRequest &request);
    void setTokenExpiries(int count) { m_tokenExpiries = qMax(0, count); }

private:
    SimHttpResponse upload(const QHttpServerRequest &request);
    SimHttpResponse frame(const QHttpServerRequest &request);

    QString m_instance;
    qint64 m_maxUploadBytes = 0;
    const SimListeners &m_listeners;
    const SimAuthority &m_auth;
    SimFileStore &m_files;
    const SimCalls &m_calls;
    const SimSettings &m_settings;
    int m_tokenExpiries = 0;
    quint64 m_frameCounter = 0;
};
