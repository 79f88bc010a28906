// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agenthttprelay.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QByteArray plainAnswer(int status, const QByteArray &reason, const QByteArray &text)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(text.size() + 1) + "\r\nConnection: close\r\n\r\n" + text + '\n';
}

//! An HTTP message head: its first line, its header lines but for the hop-by-hop ones the relay
//! sets itself (Host, Connection, Keep-Alive), and how its body is framed.
struct Head
{
    QByteArray firstLine;
    QByteArray headers; //!< "Name: value\r\n" each
    qint64 contentLength = -1; //!< -1: none given; -2: not a number
    bool chunked = false;
};

//! Takes a complete head off the front of `buffer`, leaving the body bytes that followed it;
//! nullopt (and `buffer` untouched) while the head is incomplete.
std::optional<Head> takeHead(QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    buffer->remove(0, end + 4);
    Head head;
    head.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host" || name == "connection" || name == "keep-alive")
            continue;
        if (name == "content-length") {
            bool ok = false;
            head.contentLength = value.toLongLong(&ok);
            if (!ok || head.contentLength < 0)
                head.contentLength = -2;
        } else if (name == "transfer-encoding") {
            head.chunked = value.toLower().contains("chunked");
        }
        head.headers += line + "\r\n";
    }
    return head;
}

} // namespace

//! One client request: read its head (and body), pass it to the room, pipe the answer back.
class AgentHttpRelay::Exchange final : public QObject
{
public:
    Exchange(QTcpSocket *client, const Resolver &resolver, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_resolver(resolver)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Exchange::readClient);
        connect(client, &QTcpSocket::disconnected, this, &Exchange::finish);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            answer(504, "Gateway Timeout", "roomdeck-agent: the room's HTTP server did not answer");
        });
        m_timer.start(kTimeoutMs);
    }

private:
    void readClient()
    {
        if (m_room) {
            // The rest of the body, and nothing after it: one request per connection, so a
            // second request behind the first never skips the token check.
            const QByteArray more = m_client->read(qMax<qint64>(0, m_bodyLeft));
            m_client->readAll();
            m_bodyLeft -= more.size();
            if (m_room->state() == QAbstractSocket::ConnectedState)
                m_room->write(more);
            else
                m_pending += more;
            return;
        }
        m_head += m_client->readAll();
        const std::optional<Head> head = takeHead(&m_head);
        if (!head) {
            if (m_head.size() > kMaxHeadBytes)
                answer(431, "Request Header Fields Too Large", "roomdeck-agent: header too large");
            return;
        }
        const QList<QByteArray> requestLine = head->firstLine.split(' ');
        if (requestLine.size() != 3) {
            answer(400, "Bad Request", "roomdeck-agent: not an HTTP request");
            return;
        }
        const QUrl url(QString::fromLatin1(requestLine.at(1)));
        const QString path = url.path();
        if (!path.startsWith(u"/files/"_s) && !path.startsWith(u"/frames/"_s)) {
            answer(404, "Not Found", "roomdeck-agent: unknown path");
            return;
        }
        const QString token = QUrlQuery(url).queryItemValue(u"token"_s, QUrl::FullyDecoded);
        const std::optional<Target> target = token.isEmpty() ? std::nullopt : m_resolver(token);
        if (!target) {
            answer(401, "Unauthorized", "roomdeck-agent: missing, expired or unknown token");
            return;
        }
        if (head->chunked) {
            answer(411, "Length Required", "roomdeck-agent: give the upload's Content-Length");
            return;
        }
        const qint64 length = qMax<qint64>(0, head->contentLength);
        if (head->contentLength < -1 || length > kMaxBodyBytes) {
            answer(413, "Payload Too Large", "roomdeck-agent: upload too large");
            return;
        }
        // The head as it came, but for Host and Connection: one request per connection.
        const QByteArray out = head->firstLine + "\r\n" + head->headers
            + "Host: " + target->host.toUtf8() + ':' + QByteArray::number(target->port)
            + "\r\nConnection: close\r\n\r\n";
        m_pending = m_head.left(length);
        m_bodyLeft = length - m_pending.size();
        m_head.clear();
        m_room = new QTcpSocket(this);
        connect(m_room, &QTcpSocket::connected, this, [this, out] {
            m_room->write(out);
            m_room->write(std::exchange(m_pending, {}));
        });
        connect(m_room, &QTcpSocket::readyRead, this, &Exchange::readRoom);
        connect(m_room, &QTcpSocket::disconnected, this, [this] {
            if (m_room->bytesAvailable() > 0)
                readRoom();
            if (!m_roomHeadDone)
                answer(502, "Bad Gateway", "roomdeck-agent: the room closed without an answer");
            else
                m_client->disconnectFromHost();
        });
        connect(m_room, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return;
            answer(502, "Bad Gateway",
                   "roomdeck-agent: the room's HTTP server cannot be reached: "
                       + m_room->errorString().toUtf8());
        });
        m_room->connectToHost(target->host, target->port);
    }

    //! The room's answer: its head with "Connection: close", then as many body bytes as its
    //! Content-Length says (or all until it closes); then both connections close.
    void readRoom()
    {
        if (m_roomHeadDone) {
            forwardBody(m_room->readAll());
            return;
        }
        m_roomHead += m_room->readAll();
        const std::optional<Head> head = takeHead(&m_roomHead);
        if (!head) {
            if (m_roomHead.size() > kMaxHeadBytes)
                answer(502, "Bad Gateway", "roomdeck-agent: the room's answer is not HTTP");
            return;
        }
        m_roomHeadDone = true;
        m_answerLeft = head->chunked ? -1 : qMax<qint64>(-1, head->contentLength);
        m_client->write(head->firstLine + "\r\n" + head->headers + "Connection: close\r\n\r\n");
        forwardBody(std::exchange(m_roomHead, {}));
    }

    void forwardBody(const QByteArray &bytes)
    {
        if (m_answerLeft < 0) {
            m_client->write(bytes);
            return;
        }
        m_client->write(bytes.left(m_answerLeft));
        m_answerLeft -= qMin<qint64>(m_answerLeft, bytes.size());
        if (m_answerLeft == 0) {
            dropRoom();
            m_client->disconnectFromHost();
        }
    }

    void answer(int status, const QByteArray &reason, const QByteArray &text)
    {
        if (!m_roomHeadDone && m_client->state() == QAbstractSocket::ConnectedState) {
            m_roomHeadDone = true;
            m_client->write(plainAnswer(status, reason, text));
        }
        dropRoom();
        m_client->disconnectFromHost();
    }

    //! Closes the room's side without hearing from it again.
    void dropRoom()
    {
        if (!m_room)
            return;
        m_room->disconnect(this);
        m_room->abort();
    }

    void finish()
    {
        m_timer.stop();
        dropRoom();
        deleteLater();
    }

    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_room;
    const Resolver &m_resolver;
    QByteArray m_head;
    QByteArray m_pending; //!< body bytes read before the room's socket connected
    qint64 m_bodyLeft = 0; //!< request body bytes still to come from the client
    QByteArray m_roomHead;
    bool m_roomHeadDone = false;
    qint64 m_answerLeft = -1; //!< answer body bytes still to come; -1: until the room closes
    QTimer m_timer;
};

AgentHttpRelay::AgentHttpRelay(Resolver resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AgentHttpRelay::onNewConnection);
}

AgentHttpRelay::~AgentHttpRelay() = default;

bool AgentHttpRelay::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    *error = tr("the HTTP relay cannot listen on %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_server->errorString());
    return false;
}

quint16 AgentHttpRelay::port() const
{
    return m_server->serverPort();
}

void AgentHttpRelay::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new Exchange(socket, m_resolver, this);
}
