// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/transport/roomaddress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

//! Finds a room's WebSocket and HTTP ports by reading
//! `http://HOST:WEBPORT/public/INSTANCE/config.json` (room-api.md §2.2).
class RoomLocator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomLocator)

public:
    enum class Error {
        None,
        HostUnreachable, //!< name not resolved, no route, network down
        ConnectionRefused, //!< nothing listens on the web port
        NotARoom, //!< 404, another HTTP error, or not the expected JSON
        Timeout, //!< no answer in time
        InvalidAddress,
    };
    Q_ENUM(Error)

    enum class Source {
        Discovered, //!< read from config.json
        Override, //!< explicit ws:// address
        Fallback, //!< config.json unreachable; default ports assumed (the operator is told)
    };
    Q_ENUM(Source)

    struct Result
    {
        Error error = Error::None;
        QString errorText; //!< readable, names the host and port
        QUrl wsUrl;
        quint16 httpPort = 0; //!< 0 when unknown
        Source source = Source::Discovered;
        QUrl configUrl;
        bool ok() const { return error == Error::None; }
    };

    static constexpr qint64 kMaxConfigBytes = 64 * 1024;

    explicit RoomLocator(QObject *parent = nullptr);
    ~RoomLocator() override;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }

    //! Starts a lookup; `finished` follows exactly once (also for ws:// overrides). A lookup
    //! already running is aborted silently.
    void locate(const RoomAddress &address);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

    //! Parses a config.json body; on failure returns a NotARoom result with the reason.
    static Result parseConfig(const QByteArray &body, const RoomAddress &address);
    //! A short readable name for an error kind.
    static QString errorKindText(Error error);

Q_SIGNALS:
    //! The lookup ended (successfully or not).
    void finished(const RoomLocator::Result &result);

private:
    void onReplyFinished();
    void onTimeout();
    void finish(const Result &result);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    RoomAddress m_address;
    int m_timeoutMs = 5000;
    bool m_timedOut = false;
    bool m_tooLarge = false; //!< the download was cut off at kMaxConfigBytes
    quint64 m_generation = 0; //!< invalidates queued results of an aborted lookup
};
Q_DECLARE_METATYPE(RoomLocator::Result)
