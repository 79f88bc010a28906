// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "sim/roomsimulator.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSignalSpy>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>

class QNetworkAccessManager;
class QNetworkReply;

//! Helpers shared by the emulator's tests: a real WebSocket client that keeps every frame,
//! small HTTP helpers and emulator start-up.
namespace SimTest {

constexpr int kTimeout = 5000;

QString compact(const QJsonValue &v);
QJsonObject parseObject(const QString &text);
bool isEvent(const QJsonObject &frame);

//! A real WebSocket client that keeps every frame it receives, in order.
class TestClient final
{
public:
    TestClient();

    bool open(const QUrl &url, int timeout = kTimeout);
    //! open() + unsecured auth in `role`; true when authorized.
    bool openAs(const RoomSimulator &sim, const QString &role = QStringLiteral("admin"));
    QWebSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    //! Runs the event loop until `find` gives an index (>= 0) or the time is up. Waking on
    //! each incoming frame instead of polling keeps the hundred-odd exchanges fast.
    template<typename Find> qsizetype waitFor(const Find &find, int timeout)
    {
        const QDeadlineTimer deadline(timeout);
        qsizetype i = find();
        while (i < 0 && !deadline.hasExpired()) {
            QSignalSpy frame(&m_socket, &QWebSocket::textMessageReceived);
            if (!frame.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            i = find();
        }
        return i;
    }

    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const QJsonObject &o);
    //! Sends `o` with a fresh string requestId (unless it has one) and waits for the reply.
    QJsonObject request(QJsonObject o, int timeout = kTimeout);
    //! request({"method": method, ...params}).
    QJsonObject call(const QString &method, const QJsonObject &params = {});
    //! Takes the reply with that requestId out of the received frames, waiting if needed.
    QJsonObject waitReply(const QJsonValue &requestId, int timeout = kTimeout);
    //! Takes the first reply (any requestId) out of the received frames, waiting if needed.
    QJsonObject waitAnyReply(int timeout = kTimeout);
    //! Takes the first `name` event out of the received frames, waiting if needed.
    QJsonObject waitEvent(const QString &name, int timeout = kTimeout);
    //! Takes appStateChanged events until one reports `appState`; false on timeout.
    bool waitAppState(int appState, int timeout = kTimeout);
    //! The names of the events received so far, in order (frames stay).
    QStringList eventNames() const;
    //! Waits until a `name` event has arrived (frames stay); then eventNames(), else {}.
    QStringList eventsUntil(const QString &name, int timeout = kTimeout);
    //! The first `name` event received so far (frames stay), or {}.
    QJsonObject peekEvent(const QString &name) const;
    int eventCount(const QString &name) const;
    bool hasReply(const QJsonValue &requestId) const;
    const QList<QJsonObject> &frames() const { return m_frames; }
    void clearFrames() { m_frames.clear(); }

    QJsonObject auth(const QString &type, const QString &role = {},
                     const QString &credentials = {});

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    int m_nextId = 0;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray fileId;
};

HttpResult finish(QNetworkReply *reply);
HttpResult httpGet(QNetworkAccessManager &nam, const QUrl &url);
HttpResult httpUpload(QNetworkAccessManager &nam, const QUrl &url, const QString &partName,
                      const QByteArray &data);
QUrl withPath(QUrl url, const QString &path, const QList<QPair<QString, QString>> &query = {});
//! config.websocket.port as the room's config.json says it now; 0 when unreadable.
int wsPortInConfig(QNetworkAccessManager &nam, const RoomSimulator &sim);
//! A small real PNG (16 x 16, one colour).
QByteArray pngBytes();

bool startSim(RoomSimulator &sim);
//! Options with a PIN / admin password, and fast call timings for tests.
RoomSimulator::Options options(const QString &pin = {}, const QString &password = {});

} // namespace SimTest
