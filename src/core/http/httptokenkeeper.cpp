// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "httptokenkeeper.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/roomtext.h"

#include <QTimer>

using namespace Qt::StringLiterals;

HttpTokenKeeper::HttpTokenKeeper(RoomController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    if (!controller)
        return;
    // The sign-in reply carries a fresh token: no round trip for the first frame.
    connect(controller, &RoomController::authenticated, this,
            [this] { adopt(m_controller ? m_controller->httpToken() : QString()); });
    // A demoted connection's token is void (room-api.md §3.5).
    connect(controller, &RoomController::authorizationNeeded, this, &HttpTokenKeeper::clear);
    connect(controller, &RoomController::connectionStateChanged, this, [this] {
        if (m_controller && !m_controller->isAuthenticated())
            clear();
    });
}

HttpTokenKeeper::~HttpTokenKeeper() = default;

bool HttpTokenKeeper::hasFreshToken() const
{
    return !m_token.isEmpty() && m_age.isValid() && m_age.elapsed() < m_reuseMs;
}

void HttpTokenKeeper::fetch(QObject *context, Callback callback)
{
    m_waiters.push_back({ context, std::move(callback) });
    if (hasFreshToken()) {
        // Always after fetch() has returned, as a renewal would be.
        QTimer::singleShot(0, this, [this] {
            if (hasFreshToken())
                deliver({ Error::None, m_token, {} });
            else if (!m_renewing)
                renew();
        });
        return;
    }
    if (!m_renewing)
        renew();
}

void HttpTokenKeeper::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCDebug(lcFrames) << "HTTP token refused by the server; renewing on next use";
        m_token.clear();
        m_age.invalidate();
    }
}

void HttpTokenKeeper::clear()
{
    m_token.clear();
    m_age.invalidate();
    // A renewal in flight belongs to the connection that is gone.
    ++m_generation;
    if (m_renewing) {
        m_renewing = false;
        deliver({ Error::NotConnected, {}, tr("Not signed in to the room") });
    }
}

void HttpTokenKeeper::adopt(const QString &token)
{
    if (token.isEmpty())
        return;
    m_token = token;
    m_age.start();
}

void HttpTokenKeeper::renew()
{
    if (!m_controller || !m_controller->isAuthenticated()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_renewing)
                deliver({ Error::NotConnected, {}, tr("Not signed in to the room") });
        });
        return;
    }
    m_renewing = true;
    const quint64 generation = ++m_generation;
    // The clock starts when the token is asked for: the room's five minutes start no later.
    QElapsedTimer asked;
    asked.start();
    m_controller->sendRequest(u"getTokenForHttpServer"_s, {}, this,
                              [this, generation, asked](const RequestOutcome &outcome) {
                                  if (generation != m_generation)
                                      return;
                                  m_renewing = false;
                                  if (outcome.ok()) {
                                      const QString token
                                          = outcome.reply.value(u"token"_s).toString();
                                      if (!token.isEmpty()) {
                                          m_token = token;
                                          m_age = asked;
                                      }
                                  }
                                  onReply(generation, outcome);
                              });
}

void HttpTokenKeeper::onReply(quint64, const RequestOutcome &outcome)
{
    switch (outcome.status) {
    case RequestOutcome::Status::Reply:
        if (m_token.isEmpty())
            deliver({ Error::Refused, {}, tr("The room sent no token for its HTTP server") });
        else
            deliver({ Error::None, m_token, {} });
        return;
    case RequestOutcome::Status::ErrorReply:
        deliver({ Error::Refused,
                  {},
                  tr("The room refused a token for its HTTP server: %1")
                      .arg(RoomText::bounded(outcome.errorText, 300)) });
        return;
    case RequestOutcome::Status::Timeout:
        deliver(
            { Error::Timeout,
              {},
              tr("The room did not send a token for its HTTP server: %1").arg(outcome.errorText) });
        return;
    case RequestOutcome::Status::Disconnected:
    case RequestOutcome::Status::RefusedLocally:
        deliver({ Error::NotConnected, {}, tr("Not signed in to the room") });
        return;
    }
}

void HttpTokenKeeper::deliver(const Result &result)
{
    // A callback may fetch again (a 401 retry): it joins the next round, not this one.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &w : waiters)
        if (w.context)
            w.callback(result);
}
