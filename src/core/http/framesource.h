// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class HttpTokenKeeper;
class QNetworkAccessManager;
class QNetworkReply;
class RoomController;

//! One picture feed of a room: `GET /frames/?peerId=ID&token=T` on the room's built-in HTTP
//! server (room-api.md §8), the room's own camera (`#self:0`) or a conference participant.
//! Core hands out JPEG bytes (checked for the SOI/EOI markers, never decoded); views decode.
//!
//! The source polls at the rate its views ask for: setRate() for a single owner, or one
//! setSubscriberRate() per view (the source runs at the highest; a destroyed view drops out).
//! Rate 0 stops it. One request is in flight at most; the HTTP token is shared through an
//! HttpTokenKeeper (renewed well before its five minutes end); an HTTP 401 renews the token
//! and retries once, a second 401 is Unauthorized. While the room's camera is muted
//! (setCameraMuted()) the source is CameraOff and fetches nothing.
//!
//! States:
//!
//!   Idle          nothing asked yet, or the rate went to 0 (a fetch still running then
//!                 ends in Idle too; only fetchOnce() leaves its own result at rate 0)
//!   Loading       the first fetch after Idle / an error / a mute runs
//!   Live          the last fetch brought a JPEG (kept while the next one runs)
//!   CameraOff     setCameraMuted(true); nothing is fetched until it is false again
//!   Unauthorized  HTTP 401 twice, the second time with a fresh token
//!   NotFound      HTTP 404: no such peer (room-api.md §10 r)
//!   BrokenFrame   HTTP 200 but not a JPEG, or larger than maxFrameBytes()
//!   Unreachable   no connection, timeout, or any other HTTP status
//!   NotConnected  not signed in to the room, or its HTTP port is unknown
//!
//! Errors other than BrokenFrame are retried no faster than retryInterval(). Every state but
//! Idle/Loading/Live comes with a readable text that never contains the token.
class FrameSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameSource)

public:
    enum class State {
        Idle,
        Loading,
        Live,
        CameraOff,
        Unauthorized,
        NotFound,
        BrokenFrame,
        Unreachable,
        NotConnected,
    };
    Q_ENUM(State)

    static constexpr qint64 kDefaultMaxFrameBytes = 4 * 1024 * 1024;
    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kDefaultRetryMs = 2000;
    static constexpr double kMaxRate = 30.0;

    //! The room's own camera.
    static QString selfPeerId() { return QStringLiteral("#self:0"); }

    //! A source with a token keeper of its own.
    explicit FrameSource(RoomController *controller, const QString &peerId = selfPeerId(),
                         QObject *parent = nullptr);
    //! A source that shares `tokens` (which must outlive it) with other sources of the room.
    FrameSource(RoomController *controller, HttpTokenKeeper *tokens, const QString &peerId,
                QObject *parent = nullptr);
    ~FrameSource() override;

    QString peerId() const { return m_peerId; }

    //! The owner's rate in frames per second (0 = stopped; capped at kMaxRate).
    void setRate(double framesPerSecond);
    //! `subscriber`'s rate; 0 (or its destruction) removes it.
    void setSubscriberRate(const QObject *subscriber, double framesPerSecond);
    //! The rate the source runs at: the highest asked for.
    double rate() const;
    int subscriberCount() const { return int(m_subscribers.size()); }

    //! The room's camera is muted (or has no device): CameraOff, nothing is fetched.
    void setCameraMuted(bool muted);
    bool isCameraMuted() const { return m_cameraMuted; }

    //! One fetch now, whatever the rate (unless one runs already); it ends in
    //! fetchFinished(). For snapshots.
    void fetchOnce();

    State state() const { return m_state; }
    //! Why the source is in an error state; empty in Idle, Loading and Live.
    QString errorText() const { return m_errorText; }
    //! The last good frame (kept across errors; views decide how stale is too stale).
    QByteArray lastFrame() const { return m_lastFrame; }
    qint64 sequence() const { return m_sequence; }
    //! Milliseconds since the last good frame arrived; -1 before the first.
    qint64 msecsSinceLastFrame() const;
    //! A request (token or frame) is in flight.
    bool isFetching() const { return m_fetching; }
    //! The next fetch is scheduled.
    bool isScheduled() const { return m_timer.isActive(); }

    void setMaxFrameBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxFrameBytes() const { return m_maxBytes; }
    //! A frame request is abandoned when no bytes move for this long.
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    void setRetryInterval(int msecs) { m_retryMs = msecs; }
    int retryInterval() const { return m_retryMs; }

    //! True when `bytes` begins with a JPEG SOI marker and ends with an EOI marker (trailing
    //! padding of a few bytes allowed). Nothing is decoded.
    static bool looksLikeJpeg(const QByteArray &bytes);
    //! A short readable name of `state` ("Live", "Camera off", ...).
    static QString stateName(State state);

Q_SIGNALS:
    //! A new JPEG frame arrived; `sequence` counts the frames of this source from 1.
    void frame(const QByteArray &jpeg, qint64 sequence);
    //! The state (or its text) changed.
    void stateChanged(FrameSource::State state, const QString &text);
    //! A fetch ended, good or bad; `state` is the state it left.
    void fetchFinished(FrameSource::State state);

private:
    void init();
    void schedule();
    void start();
    void onToken(quint64 generation, const QString &token, const QString &problem, int kind);
    void get(const QString &token);
    void onReplyFinished();
    void finishFetch(State state, const QString &text = {});
    void setState(State state, const QString &text = {});
    //! Drops the running fetch without a signal; true when one ran.
    bool abortFetch();
    void rateChanged();
    void onConnectionState();
    bool isErrorState() const;

    QPointer<RoomController> m_controller;
    HttpTokenKeeper *m_tokens = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_peerId;
    QTimer m_timer;
    QElapsedTimer m_lastStart; //!< when the last fetch started (the rate's clock)
    QElapsedTimer m_lastFrameAt;
    double m_ownRate = 0;
    QHash<const QObject *, double> m_subscribers;
    bool m_cameraMuted = false;
    bool m_fetching = false;
    bool m_retried = false; //!< this fetch already renewed its token after a 401
    bool m_tooLarge = false;
    bool m_once = false; //!< fetchOnce() asked for a fetch
    quint64 m_generation = 0; //!< invalidates callbacks of an abandoned fetch
    QString m_token; //!< of the running fetch: to scrub it from texts, to invalidate it
    State m_state = State::Idle;
    QString m_errorText;
    QByteArray m_lastFrame;
    qint64 m_sequence = 0;
    qint64 m_maxBytes = kDefaultMaxFrameBytes;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_retryMs = kDefaultRetryMs;
};

//! The frame sources of one room connection, shared by every view of the same peer, with one
//! HttpTokenKeeper for all of them. Created on first use as a child of the controller.
class FrameSources final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameSources)

public:
    //! The registry of `controller` (nullptr for nullptr).
    static FrameSources *of(RoomController *controller);
    //! `controller` has a registry already (of() would not create one).
    static bool existsFor(const RoomController *controller);

    //! The source of `peerId`, created on first use; it lives as long as the registry.
    FrameSource *source(const QString &peerId = FrameSource::selfPeerId());
    HttpTokenKeeper *tokens() const { return m_tokens; }
    //! Every source's camera-muted switch (the room's own camera only).
    void setCameraMuted(bool muted);

private:
    explicit FrameSources(RoomController *controller);

    RoomController *m_controller;
    HttpTokenKeeper *m_tokens;
    QHash<QString, FrameSource *> m_sources;
};
