// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhttpserver.h"

#include <QString>

class QHttpServerRequest;
class SimAuthority;
class SimCalls;
class SimCameraPresets;
class SimScreen;
class SimDevices;
class SimFileStore;
class SimListeners;
class SimSettings;

//! What the room answers over HTTP (room-api.md §2.2, §8): on the web port the landing page
//! and config.json (always the ports actually bound); on the built-in HTTP server uploads to
//! /files/ and the test-card frames of /frames/, both behind an HTTP token (401 first, 404 for
//! anything else, §10 r). The room's own camera frame shows the camera's state (SimDevices:
//! mute, selection, pan / tilt / zoom, preset). Fault knobs: setTokenExpiries() lets the next
//! requests fail with 401 as if their token had just run out; setBrokenFrames() answers the
//! next /frames/ requests 200 with bytes that are not a JPEG.
class SimHttpEndpoints final
{
public:
    SimHttpEndpoints(const QString &instance, qint64 maxUploadBytes, const SimListeners &listeners,
                     const SimAuthority &authority, SimFileStore &files, const SimCalls &calls,
                     const SimSettings &settings, const SimDevices &devices,
                     const SimCameraPresets &presets);

    SimHttpResponse serveWeb(const QHttpServerRequest &request) const;
    SimHttpResponse serveHttp(const QHttpServerRequest &request);
    void setTokenExpiries(int count) { m_tokenExpiries = qMax(0, count); }
    void setBrokenFrames(int count) { m_brokenFrames = qMax(0, count); }
    //! The room's own card draws its main screen's layout and clock setting from `screen`.
    void setScreen(const SimScreen *screen) { m_screen = screen; }
    //! Every request to /frames/ so far, whatever its answer.
    quint64 frameRequestCount() const { return m_frameRequests; }

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
    const SimDevices &m_devices;
    const SimCameraPresets &m_presets;
    const SimScreen *m_screen = nullptr;
    int m_tokenExpiries = 0;
    int m_brokenFrames = 0;
    quint64 m_frameCounter = 0;
    quint64 m_frameRequests = 0;
};
