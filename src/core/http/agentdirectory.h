// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/transport/roomaddress.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

//! The rooms a roomdeck-agent serves: `GET http://HOST:PORT/api/v1/rooms` (the agent's JSON
//! snapshot), read once. A console or roomdeckctl then reaches one of them through the agent's
//! relay as `--room HOST:PORT --instance INSTANCE`, INSTANCE being the room's `relayInstance`
//! ("Board-room" for the room the agent calls "Board room"; the name itself for an agent that
//! names no relayInstance).
//!
//! Bounded: at most kMaxBytes of body, kMaxRooms rooms, one timeout for the whole exchange
//! (a server that drips bytes cannot stretch it), no redirects, no proxy. Everything in the
//! answer is untrusted: a field of the wrong type counts as absent, texts shown to people are
//! cut to RoomText's lengths and freed of control characters, and a room without a name or
//! without a valid instance (RoomAddress::isValidInstance), or with another room's instance,
//! is left out and counted.
class AgentDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentDirectory)

public:
    enum class Error {
        None,
        InvalidAddress, //!< no HOST:PORT (a ws:// address names a room's WebSocket)
        Unreachable, //!< not resolved, refused, no route, reset before an answer
        Timeout, //!< no whole answer in time
        NotAnAgent, //!< answered, but not with the agent's room list (404, HTML, other JSON)
        Malformed, //!< the agent's answer is broken: too large, rooms not a list
    };
    Q_ENUM(Error)

    //! One room of the agent, every field from the network, checked.
    struct Room
    {
        QString name; //!< the agent's name for the room, for display (bounded, one line)
        QString instance; //!< give it as the instance to reach the room through the agent
        QString site; //!< bounded, may be empty
        QString trueConfId; //!< bounded, may be empty
        QString connection; //!< the agent's connection state word, bounded
        bool up = false; //!< the agent is signed in to the room
    };

    struct Result
    {
        Error error = Error::None;
        QString errorText; //!< readable, names HOST:PORT; empty when ok
        QUrl url; //!< what was read
        QString version; //!< the agent's version (bounded), when it says
        QList<Room> rooms; //!< in the agent's order
        int skipped = 0; //!< entries left out: not an object, no name or instance, duplicates
        bool ok() const { return error == Error::None; }
    };

    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kMaxRooms = 10000;
    static constexpr int kDefaultTimeoutMs = 5000;

    explicit AgentDirectory(QObject *parent = nullptr);
    ~AgentDirectory() override;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }

    //! Reads the room list of the agent at `address` (its host and port; the instance is not
    //! used). finished() follows exactly once, never from inside fetch(). A fetch already
    //! running is aborted silently.
    void fetch(const RoomAddress &address);
    //! Stops a running fetch; finished() does not follow.
    void abort();
    bool isRunning() const { return m_running; }

    //! http://HOST:PORT/api/v1/rooms
    static QUrl roomsUrl(const RoomAddress &address);
    //! "HOST:PORT" ("[v6]:PORT"), as errors and hints name the agent.
    static QString hostPort(const RoomAddress &address);
    //! Reads an answer's body; `where` ("HOST:PORT") goes into the error texts.
    static Result parse(const QByteArray &body, const QString &where);
    //! A short readable name for an error kind.
    static QString errorKindText(Error error);
    //! Up to `max` rooms' instances, comma-separated, "…" when there are more: for hints.
    static QString instanceList(const QList<Room> &rooms, int max = 5);

Q_SIGNALS:
    //! The fetch ended, with the rooms or an error.
    void finished(const AgentDirectory::Result &result);

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void complete(Result result);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_body;
    QUrl m_url;
    QString m_where;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_running = false;
    quint64 m_generation = 0; //!< invalidates queued results of an aborted fetch
};
Q_DECLARE_METATYPE(AgentDirectory::Result)
