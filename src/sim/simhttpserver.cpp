// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray unquote(QByteArray v)
{
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return v;
}

//! The value of `key` in a header such as `form-data; name="file"; filename="a.png"`.
QByteArray headerParam(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        if (part.left(eq).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return unquote(part.mid(eq + 1));
    }
    return {};
}

} // namespace

SimHttpResponse SimHttpResponse::text(int status, const QByteArray &body)
{
    SimHttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = body;
    if (!r.body.endsWith('\n'))
        r.body.append('\n');
    return r;
}

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

SimHttpServer::~SimHttpServer() = default;

bool SimHttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    // bind() adopts the server; keeping our own pointer gives us the bound port and lets the
    // QTcpServer report bind errors, which QAbstractHttpServer::listen() swallows in 6.4.
    bind(tcp);
    m_tcpServer = tcp;
    return true;
}

quint16 SimHttpServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : quint16(0);
}

void SimHttpServer::closeListener()
{
    if (m_tcpServer)
        m_tcpServer->close();
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket,
            m_handler ? m_handler(request) : SimHttpResponse::text(404, "Not found"));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, SimHttpResponse::text(404, "Not found"));
}

void SimHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const SimHttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    // Written by hand because QHttpServerResponder's one-call write() takes its headers as an
    // initializer_list, which cannot carry a variable number of extra headers.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

bool SimHttpServer::multipartFile(const QHttpServerRequest &request, QByteArray *data,
                                  QString *fileName)
{
    const QByteArray contentType = headerValue(request, "Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = headerParam(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = QByteArray("--" + boundary);
    const QByteArray body = request.body();

    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return false; // closing delimiter: no `file` part
        const qsizetype headersStart = body.indexOf("\r\n", pos);
        if (headersStart < 0)
            return false;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        if (headersEnd < 0)
            return false;
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), contentStart);
        if (next < 0)
            return false;

        QByteArray disposition;
        const QList<QByteArray> lines
            = body.mid(headersStart + 2, headersEnd - headersStart - 2).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0
                && line.left(colon).trimmed().compare("Content-Disposition", Qt::CaseInsensitive)
                    == 0)
                disposition = line.mid(colon + 1).trimmed();
        }
        if (headerParam(disposition, "name") == "file") {
            *data = body.mid(contentStart, next - contentStart);
            *fileName = QString::fromUtf8(headerParam(disposition, "filename"));
            return true;
        }
        pos = next + 2;
    }
    return false;
}
