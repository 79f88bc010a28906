// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class RoomController;
struct RequestOutcome;

//! The HTTP-server token of one room connection (room-api.md §3.4), shared by everything that
//! fetches from the built-in HTTP server often (frames). A token lives five minutes, so one is
//! reused until reuseMs() (four minutes) after it was asked for, then renewed with
//! getTokenForHttpServer; one renewal at a time, however many callers wait. The sign-in's own
//! `tokenForHttpServer` is adopted when the keeper sees the sign-in happen. A token the HTTP
//! server refused (401) is dropped with invalidate(); authorizationNeeded and every drop of
//! the connection drop it too. The token never reaches a log.
class HttpTokenKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTokenKeeper)

public:
    enum class Error {
        None,
        NotConnected, //!< not signed in
        Refused, //!< the room refused getTokenForHttpServer or sent no token
        Timeout, //!< no reply in time
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString token; //!< empty on failure
        QString text; //!< readable, on failure
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const HttpTokenKeeper::Result &)>;

    static constexpr int kDefaultReuseMs = 4 * 60 * 1000;

    explicit HttpTokenKeeper(RoomController *controller, QObject *parent = nullptr);
    ~HttpTokenKeeper() override;

    //! A token is reused for this long after it was asked for (the room's lifetime is 5 min).
    void setReuseMs(int msecs) { m_reuseMs = msecs; }
    int reuseMs() const { return m_reuseMs; }

    //! Calls `callback` with a usable token (or why there is none), always after fetch() has
    //! returned, unless `context` is gone by then.
    void fetch(QObject *context, Callback callback);
    //! The HTTP server refused `token`: the next fetch() asks for a fresh one. A token other
    //! than the current one (renewed meanwhile) changes nothing.
    void invalidate(const QString &token);
    //! Forgets the token.
    void clear();
    bool hasFreshToken() const;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void renew();
    void onReply(quint64 generation, const RequestOutcome &outcome);
    void deliver(const Result &result);
    void adopt(const QString &token);

    QPointer<RoomController> m_controller;
    QString m_token;
    QElapsedTimer m_age; //!< since the token was asked for
    int m_reuseMs = kDefaultReuseMs;
    bool m_renewing = false;
    quint64 m_generation = 0; //!< invalidates the replies of a dropped connection
    std::vector<Waiter> m_waiters;
};
