// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simtestclient.h"

#include "testimages.h"

#include <QBuffer>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace SimTest {

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isEvent(const QJsonObject &frame)
{
    // Replies always carry a requestId ("" when the request had none); events never do.
    // (`result` tells nothing: the login and logout events have one.)
    return frame.value(u"method"_s).toString() == u"event"_s && !frame.contains(u"requestId"_s);
}

TestClient::TestClient()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &text) { m_frames.append(parseObject(text)); });
}

bool TestClient::open(const QUrl &url, int timeout)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(timeout);
}

bool TestClient::openAs(const RoomSimulator &sim, const QString &role)
{
    return open(sim.wsUrl()) && auth(u"unsecured"_s, role).value(u"result"_s).toBool();
}

void TestClient::send(const QJsonObject &o)
{
    sendText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject TestClient::request(QJsonObject o, int timeout)
{
    if (!o.contains(u"requestId"_s))
        o.insert(u"requestId"_s, u"t-%1"_s.arg(++m_nextId));
    const QJsonValue id = o.value(u"requestId"_s);
    send(o);
    return waitReply(id, timeout);
}

QJsonObject TestClient::call(const QString &method, const QJsonObject &params)
{
    QJsonObject o = params;
    o.insert(u"method"_s, method);
    return request(o);
}

QJsonObject TestClient::waitReply(const QJsonValue &requestId, int timeout)
{
    const auto find = [&] {
        for (qsizetype i = 0; i < m_frames.size(); ++i)
            if (!isEvent(m_frames.at(i)) && m_frames.at(i).value(u"requestId"_s) == requestId)
                return i;
        return qsizetype(-1);
    };
    const qsizetype i = waitFor(find, timeout);
    return i < 0 ? QJsonObject() : m_frames.takeAt(i);
}

QJsonObject TestClient::waitAnyReply(int timeout)
{
    const auto find = [&] {
        for (qsizetype i = 0; i < m_frames.size(); ++i)
            if (!isEvent(m_frames.at(i)))
                return i;
        return qsizetype(-1);
    };
    const qsizetype i = waitFor(find, timeout);
    return i < 0 ? QJsonObject() : m_frames.takeAt(i);
}

QJsonObject TestClient::waitEvent(const QString &name, int timeout)
{
    const auto find = [&] {
        for (qsizetype i = 0; i < m_frames.size(); ++i)
            if (isEvent(m_frames.at(i)) && m_frames.at(i).value(u"event"_s).toString() == name)
                return i;
        return qsizetype(-1);
    };
    const qsizetype i = waitFor(find, timeout);
    return i < 0 ? QJsonObject() : m_frames.takeAt(i);
}

bool TestClient::waitAppState(int appState, int timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        const QJsonObject e
            = waitEvent(u"appStateChanged"_s, int(qMax<qint64>(1, deadline.remainingTime())));
        if (e.isEmpty())
            return false;
        if (e.value(u"appState"_s).toInt() == appState)
            return true;
    }
    return false;
}

QStringList TestClient::eventNames() const
{
    QStringList names;
    for (const QJsonObject &f : m_frames)
        if (isEvent(f))
            names.append(f.value(u"event"_s).toString());
    return names;
}

QStringList TestClient::eventsUntil(const QString &name, int timeout)
{
    if (waitFor([&] { return eventCount(name) > 0 ? 0 : -1; }, timeout) < 0)
        return {};
    return eventNames();
}

QJsonObject TestClient::peekEvent(const QString &name) const
{
    for (const QJsonObject &f : m_frames)
        if (isEvent(f) && f.value(u"event"_s).toString() == name)
            return f;
    return {};
}

int TestClient::eventCount(const QString &name) const
{
    return int(std::count_if(m_frames.cbegin(), m_frames.cend(), [&](const QJsonObject &f) {
        return isEvent(f) && f.value(u"event"_s).toString() == name;
    }));
}

bool TestClient::hasReply(const QJsonValue &requestId) const
{
    return std::any_of(m_frames.cbegin(), m_frames.cend(), [&](const QJsonObject &f) {
        return !isEvent(f) && f.value(u"requestId"_s) == requestId;
    });
}

QJsonObject TestClient::auth(const QString &type, const QString &role, const QString &credentials)
{
    QJsonObject o { { u"method"_s, u"auth"_s }, { u"type"_s, type } };
    if (!role.isEmpty())
        o.insert(u"role"_s, role);
    if (!credentials.isEmpty())
        o.insert(u"credentials"_s, credentials);
    return request(o);
}

HttpResult finish(QNetworkReply *reply)
{
    HttpResult r;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(kTimeout);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    r.fileId = reply->rawHeader("FileId");
    reply->deleteLater();
    return r;
}

HttpResult httpGet(QNetworkAccessManager &nam, const QUrl &url)
{
    return finish(nam.get(QNetworkRequest(url)));
}

HttpResult httpUpload(QNetworkAccessManager &nam, const QUrl &url, const QString &partName,
                      const QByteArray &data)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, u"image/png"_s);
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   u"form-data; name=\"%1\"; filename=\"logo.png\""_s.arg(partName));
    part.setBody(data);
    multi->append(part);
    QNetworkReply *reply = nam.post(QNetworkRequest(url), multi);
    multi->setParent(reply);
    return finish(reply);
}

QUrl withPath(QUrl url, const QString &path, const QList<QPair<QString, QString>> &query)
{
    url.setPath(path);
    QStringList items;
    for (const auto &[k, v] : query)
        items.append(k + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(items.join(u'&'));
    return url;
}

int wsPortInConfig(QNetworkAccessManager &nam, const RoomSimulator &sim)
{
    const HttpResult r = httpGet(nam, sim.configUrl());
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(u"config"_s)
        .toObject()
        .value(u"websocket"_s)
        .toObject()
        .value(u"port"_s)
        .toInt();
}

QByteArray pngBytes()
{
    return TestImages::png();
}

bool startSim(RoomSimulator &sim)
{
    QString error;
    if (sim.start(&error))
        return true;
    qWarning("simulator did not start: %s", qPrintable(error));
    return false;
}

RoomSimulator::Options options(const QString &pin, const QString &password)
{
    RoomSimulator::Options o;
    o.pin = pin;
    o.adminPassword = password;
    o.serverDelayMs = 20;
    o.ringDelayMs = 60;
    o.ringTimeoutMs = 300;
    return o;
}

} // namespace SimTest
