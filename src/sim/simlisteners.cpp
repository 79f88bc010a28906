// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simlisteners.h"

#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

SimListeners::SimListeners(const QHostAddress &address, SimHttpServer::Handler web,
                           SimHttpServer::Handler http, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_web(std::move(web))
    , m_http(std::move(http))
{ }

SimListeners::~SimListeners() = default;

bool SimListeners::isBound() const
{
    return m_webServer || m_httpServer || m_wsTcpServer;
}

quint16 SimListeners::webPort() const
{
    return m_webServer ? m_webServer->port() : quint16(0);
}

quint16 SimListeners::wsPort() const
{
    return m_wsTcpServer && m_wsTcpServer->isListening() ? m_wsTcpServer->serverPort() : quint16(0);
}

quint16 SimListeners::httpPort() const
{
    return m_httpServer ? m_httpServer->port() : quint16(0);
}

QUrl SimListeners::url(const QString &scheme, quint16 port, const QString &path) const
{
    QString host = m_address.toString();
    if (m_address == QHostAddress::AnyIPv6 || m_address == QHostAddress::LocalHostIPv6)
        host = u"::1"_s;
    else if (m_address.isNull() || m_address == QHostAddress::Any
             || m_address == QHostAddress::AnyIPv4 || m_address.isLoopback())
        host = u"127.0.0.1"_s;
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    if (!path.isEmpty())
        url.setPath(path);
    return url;
}

QTcpServer *SimListeners::listenTcp(quint16 port, bool fallback, QString *error)
{
    // A busy default port makes the real room move to the nearest free one (§2.1).
    const int last = (fallback && port != 0) ? qMin(65535, int(port) + 100) : int(port);
    QString firstError;
    for (int p = port; p <= last; ++p) {
        auto *tcp = new QTcpServer(this);
        if (tcp->listen(m_address, quint16(p)))
            return tcp;
        if (firstError.isEmpty())
            firstError = tcp->errorString();
        delete tcp;
    }
    if (error)
        *error = firstError;
    return nullptr;
}

void SimListeners::adoptWebSocketServer(QTcpServer *tcp)
{
    m_wsTcpServer = tcp;
    connect(tcp, &QTcpServer::newConnection, this,
            [this, tcp] { Q_EMIT webSocketConnectionsPending(tcp); });
}

bool SimListeners::bind(quint16 webPort, quint16 wsPort, bool wsFallback, quint16 httpPort,
                        bool httpFallback, QString *error)
{
    QString why;
    const auto fail = [&](const QString &text) {
        release();
        if (error)
            *error = text;
        return false;
    };

    m_webServer = new SimHttpServer(m_web, this);
    if (!m_webServer->listenOn(m_address, webPort, &why))
        return fail(tr("cannot bind the web port %1 on %2: %3")
                        .arg(webPort)
                        .arg(m_address.toString(), why));

    m_httpServer = new SimHttpServer(m_http, this);
    bool httpBound = false;
    const int httpLast
        = (httpFallback && httpPort != 0) ? qMin(65535, int(httpPort) + 100) : int(httpPort);
    QString httpWhy;
    for (int p = httpPort; p <= httpLast && !httpBound; ++p) {
        httpBound = m_httpServer->listenOn(m_address, quint16(p), &why);
        if (httpWhy.isEmpty())
            httpWhy = why;
    }
    if (!httpBound)
        return fail(tr("cannot bind the HTTP port %1 on %2: %3")
                        .arg(httpPort)
                        .arg(m_address.toString(), httpWhy));

    QTcpServer *tcp = listenTcp(wsPort, wsFallback, &why);
    if (!tcp)
        return fail(tr("cannot bind the WebSocket port %1 on %2: %3")
                        .arg(wsPort)
                        .arg(m_address.toString(), why));
    adoptWebSocketServer(tcp);
    return true;
}

void SimListeners::close()
{
    ++m_rebindGeneration;
    release();
}

void SimListeners::release()
{
    // close() releases a port at once; the objects go on the next event-loop turn (or with
    // us) so that a frame being flushed is not cut off mid-write.
    if (m_wsTcpServer) {
        m_wsTcpServer->close();
        m_wsTcpServer->deleteLater();
        m_wsTcpServer = nullptr;
    }
    for (QPointer<SimHttpServer> *server : { &m_webServer, &m_httpServer }) {
        if (*server) {
            (*server)->closeListener();
            (*server)->deleteLater();
            *server = nullptr;
        }
    }
}

bool SimListeners::rebindWebSocket(quint16 newWsPort, QString *error)
{
    QPointer<QTcpServer> old = m_wsTcpServer;
    // For "any port" the new server is bound while the old one still holds its port, so the
    // system cannot hand the same port out again. Re-binding the very same port needs the
    // old listener gone first.
    if (old && newWsPort != 0 && old->serverPort() == newWsPort)
        old->close();
    QString why;
    QTcpServer *fresh = listenTcp(newWsPort, false, &why);
    if (!fresh) {
        if (error)
            *error = tr("cannot bind the WebSocket port %1: %2").arg(newWsPort).arg(why);
        if (old) {
            old->close();
            old->deleteLater();
        }
        m_wsTcpServer = nullptr;
        return false;
    }
    if (old) {
        old->close();
        old->deleteLater();
    }
    adoptWebSocketServer(fresh);
    return true;
}

void SimListeners::rebindLater(int delayMs, quint16 webPort, quint16 wsPort, bool newWsPort,
                               quint16 httpPort, std::function<void(const QString &)> done)
{
    const quint64 generation = m_rebindGeneration;
    QTimer::singleShot(delayMs, this,
                       [this, generation, webPort, wsPort, newWsPort, httpPort, done] {
                           rebind(generation, webPort, wsPort, newWsPort, httpPort, done, 25);
                       });
}

void SimListeners::rebind(quint64 generation, quint16 webPort, quint16 wsPort, bool newWsPort,
                          quint16 httpPort, const std::function<void(const QString &)> &done,
                          int attemptsLeft)
{
    if (generation != m_rebindGeneration)
        return; // closed meanwhile
    QString why;
    // A new WebSocket port must differ from the old one: bind any port while a placeholder
    // holds the old one.
    std::unique_ptr<QTcpServer> placeholder;
    if (newWsPort) {
        placeholder = std::make_unique<QTcpServer>();
        placeholder->listen(m_address, wsPort);
    }
    if (!bind(webPort, newWsPort ? quint16(0) : wsPort, false, httpPort, false, &why)) {
        // While the room was down another program (often a client's outgoing connection on
        // an ephemeral port) may hold one of its ports for a moment: try again shortly.
        if (attemptsLeft > 0) {
            QTimer::singleShot(
                200, this,
                [this, generation, webPort, wsPort, newWsPort, httpPort, done, attemptsLeft] {
                    rebind(generation, webPort, wsPort, newWsPort, httpPort, done,
                           attemptsLeft - 1);
                });
            return;
        }
        done(why);
        return;
    }
    done({});
}
