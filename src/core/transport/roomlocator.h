// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/transport/roomaddress.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

//! Finds a room's WebSocket and HTTP ports by reading
//! `http://HOST:WEBPORT/public/INSTANCE/config.json` (room-api.md §2.2).
//!
//! One small HTTP/1.1 GET over a QTcpSocket, never through a proxy (rooms are on the LAN):
//! QNetworkAccessManager's thread, proxy look-up and TLS set-up cost a one-shot roomdeckctl
//! more than the whole exchange. Bounded: headers at most kMaxHeaderBytes, the body at most
//! kMaxConfigBytes, sized by Content-Length, chunked, or the end of the connection; up to
//! kMaxRedirects http:// redirects are followed.
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
    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxRedirects = 3;

    explicit RoomLocator(QObject *parent = nullptr);
    ~RoomLocator() override;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }

    //! Starts a lookup; `finished` follows exactly once (also for ws:// overrides). A lookup
    //! already running is aborted silently.
    void locate(const RoomAddress &address);
    void abort();
    bool isRunning() const { return !m_socket.isNull(); }

    //! Parses a config.json body; on failure returns a NotARoom result with the reason.
    static Result parseConfig(const QByteArray &body, const RoomAddress &address);
    //! A short readable name for an error kind.
    static QString errorKindText(Error error);

Q_SIGNALS:
    //! The lookup ended (successfully or not).
    void finished(const RoomLocator::Result &result);

private:
    //! Where the body's end is known from.
    enum class Framing { Length, Chunked, Close };
    //! What the bytes read so far are.
    enum class Phase { Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    void request(const QUrl &url);
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    //! Consumes m_buffer; false once the lookup has finished.
    bool parse();
    bool parseHeaders();
    bool appendBody(const QByteArray &bytes);
    void dropSocket();
    //! Ends the lookup with `result`: never from inside locate().
    void complete(const Result &result);
    void finish(const Result &result);

    QString where() const;
    Result notARoom(const QString &why) const;
    Result notHttp() const;
    Result tooLarge() const;
    Result brokeOff(const QString &why) const;
    Result httpStatus() const;

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    RoomAddress m_address;
    QUrl m_url; //!< the URL being read: config.json, or where a redirect pointed
    QByteArray m_buffer; //!< received, not yet consumed
    QByteArray m_body;
    Phase m_phase = Phase::Headers;
    Framing m_framing = Framing::Close;
    qint64 m_remaining = 0; //!< Length: body bytes still due; ChunkData: of this chunk
    qint64 m_headerBytes = 0; //!< header bytes consumed so far (interim 1xx answers included)
    int m_status = 0;
    int m_redirects = 0;
    int m_timeoutMs = 5000;
    bool m_connected = false; //!< the TCP connection of the current request is up
    bool m_locating = false; //!< inside locate(): results wait for the event loop
    quint64 m_generation = 0; //!< invalidates queued results of an aborted lookup
};
Q_DECLARE_METATYPE(RoomLocator::Result)
