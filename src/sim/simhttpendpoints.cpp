// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simhttpendpoints.h"

#include "core/protocol/ids.h"
#include "simauthority.h"
#include "simbranding.h"
#include "simcalls.h"
#include "simcamerapresets.h"
#include "simdevices.h"
#include "simlisteners.h"
#include "simlog.h"
#include "simscreen.h"
#include "simsettings.h"
#include "simtestcard.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

SimHttpEndpoints::SimHttpEndpoints(const QString &instance, qint64 maxUploadBytes,
                                   const SimListeners &listeners, const SimAuthority &authority,
                                   SimFileStore &files, const SimCalls &calls,
                                   const SimSettings &settings, const SimDevices &devices,
                                   const SimCameraPresets &presets)
    : m_instance(instance)
    , m_maxUploadBytes(maxUploadBytes)
    , m_listeners(listeners)
    , m_auth(authority)
    , m_files(files)
    , m_calls(calls)
    , m_settings(settings)
    , m_devices(devices)
    , m_presets(presets)
{ }

SimHttpResponse SimHttpEndpoints::serveWeb(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get)
        return SimHttpResponse::text(405, "Method not allowed");
    if (path == u"/"_s) {
        SimHttpResponse r;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<!DOCTYPE html><html><head><title>roomdeck-sim</title></head><body>"
                 "<h1>roomdeck-sim</h1><p>A simulated TrueConf Room control panel.</p>"
                 "</body></html>\n";
        return r;
    }
    if (path == u"/public/"_s + m_instance + u"/config.json"_s) {
        // Always the ports actually bound (§2.2).
        const QJsonObject config {
            { u"config"_s,
              QJsonObject {
                  { u"websocket"_s,
                    QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                  { u"port"_s, int(m_listeners.wsPort()) } } },
                  { u"http"_s,
                    QJsonObject { { u"hostname"_s, QJsonValue::Null },
                                  { u"port"_s, int(m_listeners.httpPort()) } } },
              } },
        };
        SimHttpResponse r;
        r.contentType = "application/json";
        r.body = QJsonDocument(config).toJson(QJsonDocument::Compact);
        return r;
    }
    return SimHttpResponse::text(404, "Not found");
}

SimHttpResponse SimHttpEndpoints::serveHttp(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool files = path == u"/files/"_s || path == u"/files"_s;
    const bool frames = path == u"/frames/"_s || path == u"/frames"_s;
    if (!files && !frames)
        return SimHttpResponse::text(404, "Not found"); // §10 r
    if (frames)
        ++m_frameRequests;
    const QUrlQuery query = request.query();
    bool tokenValid = m_auth.isHttpTokenValid(query.queryItemValue(u"token"_s, QUrl::FullyDecoded));
    if (tokenValid && m_tokenExpiries > 0) {
        --m_tokenExpiries; // setTokenExpiries(): this one ran out on its way
        tokenValid = false;
    }
    if (!tokenValid)
        return SimHttpResponse::text(401, "Unauthorized: missing, unknown or expired token");
    return files ? upload(request) : frame(request);
}

SimHttpResponse SimHttpEndpoints::upload(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return SimHttpResponse::text(405, "Method not allowed");
    // The body is in memory already (QAbstractHttpServer reads it whole); the limit keeps the
    // store small and tells the client clearly what went wrong.
    if (request.body().size() > m_maxUploadBytes)
        return SimHttpResponse::text(
            413,
            QByteArray("Payload too large: uploads are limited to ")
                + QByteArray::number(m_maxUploadBytes) + " bytes ("
                + QByteArray::number(m_maxUploadBytes / (1024.0 * 1024.0), 'f', 1) + " MiB)");
    QByteArray data;
    QString fileName;
    if (!SimHttpServer::multipartFile(request, &data, &fileName))
        return SimHttpResponse::text(400, "Bad request: no multipart part named file");
    const int id = m_files.add(fileName, data);
    qCDebug(lcSim) << "upload" << fileName << data.size() << "bytes -> FileId" << id;
    SimHttpResponse r = SimHttpResponse::text(200, "OK");
    r.headers.append({ "FileId", QByteArray::number(id) });
    return r;
}

SimHttpResponse SimHttpEndpoints::frame(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return SimHttpResponse::text(405, "Method not allowed");
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(u"peerId"_s))
        return SimHttpResponse::text(400, "Bad request: peerId is missing");
    const QString peerId = query.queryItemValue(u"peerId"_s, QUrl::FullyDecoded);
    SimTestCard::Input card;
    card.frame = m_frameCounter++;
    card.time = QTime::currentTime();
    card.quality = m_settings.value(u"bestQualityForHttpServerImages"_s).toBool() ? 95 : 60;
    if (peerId == u"#self:0"_s || peerId == u"VideoCaptureSlot"_s) {
        // The room's own camera shows what the operator did to it.
        card.cameraOff = m_devices.cameraMuted() || m_devices.currentCamera().isEmpty();
        card.showPtz = true;
        card.pan = m_devices.pan();
        card.tilt = m_devices.tilt();
        card.zoom = m_devices.zoom();
        card.presetName = m_presets.appliedName();
        if (m_screen) {
            const SimScreen::Picture screen = m_screen->picture();
            card.clock = screen.clock;
            card.layoutSlots = screen.slotRects;
            card.layoutType = screen.matrixType;
        }
    } else {
        // Participants' feeds are served the same way (§8), each in its own colours.
        if (!m_calls.hasParticipant(peerId))
            return SimHttpResponse::text(404, "Unknown peerId");
        card.hue = int(qHash(RoomIds::stripInstance(peerId).toLower()) % 360);
    }
    if (m_brokenFrames > 0) {
        --m_brokenFrames; // setBrokenFrames(): a camera pipeline that hiccups
        SimHttpResponse r;
        r.contentType = "image/jpeg";
        r.body = QByteArray("this is not a JPEG picture\n").repeated(40);
        return r;
    }
    const QByteArray jpeg = SimTestCard::jpeg(card);
    if (jpeg.isEmpty())
        return SimHttpResponse::text(500, "JPEG encoding unavailable");
    SimHttpResponse r;
    r.contentType = "image/jpeg";
    r.body = jpeg;
    return r;
}
