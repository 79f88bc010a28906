// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agenttest.h"

#include "agent/agentmetrics.h"
#include "simroom.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace AgentTest {

bool writeFile(const QString &path, const QByteArray &content, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray roomsJson(const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                     const QStringList &names, const QString &site)
{
    QJsonArray rooms;
    for (size_t i = 0; i < sims.size() && int(i) < names.size(); ++i)
        rooms.append(QJsonObject { { u"name"_s, names.at(int(i)) },
                                   { u"address"_s, u"127.0.0.1:%1"_s.arg(sims[i]->webPort()) },
                                   { u"site"_s, site },
                                   { u"tags"_s, QJsonArray { u"test"_s } } });
    return QJsonDocument(QJsonObject { { u"rooms"_s, rooms } }).toJson();
}

std::vector<std::unique_ptr<RoomSimulator>> startSims(int count, const QString &adminPassword)
{
    std::vector<std::unique_ptr<RoomSimulator>> sims;
    for (int i = 1; i <= count; ++i) {
        RoomSimulator::Options o;
        o.peerId = u"room%1@sim.trueconf.local"_s.arg(i);
        o.peerDn = u"Room %1"_s.arg(i);
        o.adminPassword = adminPassword;
        sims.push_back(SimRoom::start(o));
    }
    return sims;
}

RoomSimulator::Options pinnedOptions(const RoomSimulator &sim)
{
    RoomSimulator::Options o = sim.options();
    o.webPort = sim.webPort();
    o.wsPort = sim.wsPort();
    o.httpPort = sim.httpPort();
    return o;
}

QByteArray get(const QUrl &url, int timeoutMs, QByteArray *contentType)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QByteArray body = reply->readAll();
    return body.isNull() ? QByteArray("") : body;
}

double sample(const QByteArray &text, const QString &metric, const QString &room)
{
    const QByteArray prefix
        = (metric + u"{room=\""_s + AgentMetrics::escapeLabelValue(room) + u"\""_s).toUtf8();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QByteArray passwordSecretsJson(const QStringList &names, const QString &password)
{
    QJsonObject rooms;
    for (const QString &name : names)
        rooms.insert(name, QJsonObject { { u"password"_s, password } });
    return QJsonDocument(QJsonObject { { u"rooms"_s, rooms } }).toJson();
}

QByteArray operatorsJson(bool withBob)
{
    QJsonArray ops { QJsonObject {
        { u"name"_s, u"alice"_s }, { u"role"_s, u"admin"_s }, { u"secret"_s, kAlice } } };
    if (withBob)
        ops.append(QJsonObject {
            { u"name"_s, u"bob"_s }, { u"role"_s, u"user"_s }, { u"secret"_s, kBob } });
    return QJsonDocument(QJsonObject { { u"operators"_s, ops } }).toJson();
}

std::unique_ptr<RoomAgent> startRelayAgent(const QString &dir,
                                           const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                                           const QStringList &names, const QString &roomPassword)
{
    const QString rooms = dir + u"/rooms.json"_s;
    const QString secrets = dir + u"/secrets.json"_s;
    const QString operators = dir + u"/operators.json"_s;
    if (!writeFile(rooms, roomsJson(sims, names))
        || !writeFile(secrets,
                      roomPassword.isEmpty() ? QByteArray(R"({"rooms":{}})")
                                             : passwordSecretsJson(names, roomPassword),
                      0600)
        || !writeFile(operators, operatorsJson(), 0600))
        return nullptr;
    RoomAgent::Options options;
    options.roomsFile = rooms;
    options.secretsFile = secrets;
    options.operatorsFile = operators;
    options.auditFile = dir + u"/audit.jsonl"_s;
    options.historyFile = dir + u"/history.sqlite"_s;
    options.listenPort = 0;
    options.room.controller = SimRoom::fastOptions();
    options.room.controller.startupRequests = AgentRoom::defaultControllerOptions().startupRequests;
    options.room.controller.transport.retryInitialConnect = true;
    options.room.probeIntervalMs = 0;
    auto agent = std::make_unique<RoomAgent>(options);
    QString error;
    if (!agent->start(&error)) {
        qWarning("agent did not start: %s", qPrintable(error));
        return nullptr;
    }
    return agent;
}

bool waitAllRoomsReady(const RoomAgent &agent)
{
    return QTest::qWaitFor(
        [&agent] {
            const auto &rooms = agent.fleet().rooms();
            return std::all_of(rooms.cbegin(), rooms.cend(),
                               [](const AgentRoom *r) { return r->controller()->isReady(); });
        },
        10000);
}

RelayClient::RelayClient()
    : m_socket(std::make_unique<QWebSocket>())
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

RelayClient::~RelayClient() = default;

bool RelayClient::open(quint16 port)
{
    QSignalSpy connected(m_socket.get(), &QWebSocket::connected);
    m_socket->open(QUrl(u"ws://127.0.0.1:%1"_s.arg(port)));
    return connected.wait(5000) || isOpen();
}

void RelayClient::send(const QJsonObject &request)
{
    sendText(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

void RelayClient::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

QJsonObject RelayClient::call(const QJsonObject &request, int timeoutMs)
{
    QJsonObject r = request;
    if (!r.contains(u"requestId"_s))
        r.insert(u"requestId"_s, u"t-%1"_s.arg(++m_nextId));
    const QJsonValue id = r.value(u"requestId"_s);
    const qsizetype from = frames.size();
    send(r);
    QJsonObject reply;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = from; i < frames.size(); ++i) {
                if (frames.at(i).value(u"method"_s) != u"event"_s
                    && frames.at(i).value(u"requestId"_s) == id) {
                    reply = frames.at(i);
                    return true;
                }
            }
            return !isOpen();
        },
        timeoutMs);
    return reply;
}

QJsonObject RelayClient::signIn(const QString &secret, const QString &role)
{
    QJsonObject auth { { u"method"_s, u"auth"_s },
                       { u"type"_s, u"secured"_s },
                       { u"credentials"_s, secret } };
    if (!role.isEmpty())
        auth.insert(u"role"_s, role);
    return call(auth);
}

bool RelayClient::openSignedIn(quint16 port, const QString &secret)
{
    return open(port) && signIn(secret).value(u"result"_s).toBool();
}

QJsonObject RelayClient::waitEvent(const QString &name, int timeoutMs)
{
    QJsonObject event;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject &f : std::as_const(frames)) {
                if (f.value(u"method"_s) == u"event"_s && f.value(u"event"_s) == name) {
                    event = f;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return event;
}

bool RelayClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !isOpen(); }, timeoutMs);
}

void RelayClient::close()
{
    m_socket->close();
}

bool RelayClient::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace AgentTest
