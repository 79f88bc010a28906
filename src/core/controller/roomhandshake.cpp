// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomhandshake.h"

#include "core/logging.h"

using namespace Qt::StringLiterals;

// The operator reads these texts as the controller's: they keep RoomController's translation
// context.

RoomController::Credentials RoomController::Credentials::unsecured(Room::Role role)
{
    Credentials c;
    c.kind = Kind::Unsecured;
    c.role = role;
    return c;
}

RoomController::Credentials RoomController::Credentials::withSecret(const QString &pinOrPassword,
                                                                    Room::Role role)
{
    Credentials c;
    c.kind = pinOrPassword.isEmpty() ? Kind::Unsecured : Kind::Secret;
    c.secret = pinOrPassword;
    Redact::rememberSecret(pinOrPassword); // masked in every log, in any case, from now on
    c.role = role;
    return c;
}

RoomController::Credentials RoomController::Credentials::withToken(const QString &token,
                                                                   Room::Role role)
{
    Credentials c;
    c.kind = Kind::Token;
    c.secret = token;
    Redact::rememberSecret(token);
    c.role = role;
    return c;
}

RoomHandshake::RoomHandshake(RoomController &controller)
    : m_c(controller)
{ }

void RoomHandshake::begin(const Credentials &credentials)
{
    m_credentials = credentials;
    m_token.clear();
    m_tokenRole = Room::Role::None;
    m_fallbackConfirmed = false;
    m_awaitingFallback = false;
}

void RoomHandshake::end(bool forgetToken)
{
    m_awaitingFallback = false; // asked again if the next attempt falls back too
    m_startupRemaining = 0;
    m_httpToken.clear();
    if (forgetToken)
        m_token.clear();
}

void RoomHandshake::signedOut(int cause)
{
    m_httpToken.clear(); // void after authorizationNeeded (room-api.md §3.5)
    if (cause == int(Room::AuthNeededCause::TokenExpired))
        m_token.clear();
    m_startupRemaining = 0;
}

// --- default-port fallback ------------------------------------------------------------------

void RoomHandshake::setEndpoint(RoomLocator::Source source, const QString &note)
{
    m_fallbackNote = source == RoomLocator::Source::Fallback ? note : QString();
}

void RoomHandshake::opened()
{
    if (m_fallbackNeedsConfirmation && !m_fallbackConfirmed
        && m_c.m_transport->endpointSource() == RoomLocator::Source::Fallback) {
        m_awaitingFallback = true;
        qCInfo(lcController) << "reached the room only on the default port; waiting for the "
                                "operator to confirm";
        Q_EMIT m_c.fallbackNeedsConfirmation(m_c.m_transport->currentUrl(), m_fallbackNote);
        return;
    }
    start();
}

void RoomHandshake::confirmFallback()
{
    m_fallbackConfirmed = true;
    if (!m_awaitingFallback)
        return;
    m_awaitingFallback = false;
    if (m_c.m_transport->state() == RoomTransport::State::Open)
        start();
}

// --- sign-in --------------------------------------------------------------------------------

void RoomHandshake::authenticate(const Credentials &credentials)
{
    m_credentials = credentials;
    if (m_c.m_transport->state() != RoomTransport::State::Open) {
        if (m_c.m_address.isValid())
            m_c.connectToRoom(m_c.m_address, credentials);
        return;
    }
    Attempt attempt;
    attempt.credentials = credentials;
    attempt.role = credentials.role == Room::Role::None ? Room::Role::Admin : credentials.role;
    attempt.previousRole = m_c.isAuthenticated() ? m_c.m_role : Room::Role::None;
    m_c.setState(RoomController::ConnectionState::Authenticating);
    send(attempt);
}

void RoomHandshake::downgradeToUser()
{
    if (!m_c.isAuthenticated() || m_c.m_role != Room::Role::Admin)
        return;
    Attempt attempt;
    attempt.downgrade = true;
    attempt.role = Room::Role::User;
    attempt.credentials = m_credentials;
    send(attempt);
}

void RoomHandshake::adoptProtectionChange(Room::Role role, const Credentials &credentials,
                                          const QJsonObject &reply)
{
    if (role == Room::Role::None || role != m_c.m_role)
        return;
    Credentials next = credentials;
    next.role = m_credentials.role;
    m_credentials = next;
    const QString token = reply.value(u"token"_s).toString();
    if (!token.isEmpty()) {
        m_token = token;
        m_tokenRole = role;
    } else {
        m_token.clear(); // issued under the old protection
    }
    const QString httpToken = reply.value(u"tokenForHttpServer"_s).toString();
    if (!httpToken.isEmpty())
        m_httpToken = httpToken;
    qCInfo(lcController) << "own protection changed; credentials for later sign-ins replaced";
}

void RoomHandshake::start()
{
    m_c.setState(RoomController::ConnectionState::Authenticating);
    // Rooms older than API v2 may answer anything: the reply is logged, never blocking.
    m_c.m_queue.enqueue(
        RoomController::kSetUsedApiVersion, { { u"version"_s, u"1"_s } }, &m_c,
        [this](const RequestOutcome &outcome) {
            if (!outcome.ok())
                qCInfo(lcController).noquote()
                    << "setUsedApiVersion not accepted:"
                    << RoomController::safeRoomText(outcome.errorText, m_credentials.secret);
        },
        -1, true);
    Attempt attempt;
    attempt.credentials = m_credentials;
    attempt.role = m_credentials.role == Room::Role::None ? Room::Role::Admin : m_credentials.role;
    if (!m_token.isEmpty()) {
        // After a reconnect the issued token signs in again, in the mode it was issued for.
        attempt.viaToken = true;
        attempt.role = m_tokenRole;
    }
    send(attempt);
}

void RoomHandshake::send(const Attempt &attempt)
{
    QJsonObject params;
    params.insert(u"role"_s, Room::roleWireName(attempt.role));
    if (!attempt.downgrade) {
        if (attempt.viaToken) {
            params.insert(u"type"_s, u"secured"_s);
            params.insert(u"credentials"_s, m_token);
        } else if (attempt.credentials.kind == Credentials::Kind::Unsecured) {
            params.insert(u"type"_s, u"unsecured"_s);
        } else {
            params.insert(u"type"_s, u"secured"_s);
            params.insert(u"credentials"_s, attempt.credentials.secret);
        }
    }
    const quint64 generation = m_c.m_sessionGeneration;
    m_c.m_queue.enqueue(
        RoomController::kAuth, params, &m_c,
        [this, attempt, generation](const RequestOutcome &outcome) {
            if (generation == m_c.m_sessionGeneration)
                onOutcome(attempt, outcome);
        },
        -1, true);
}

void RoomHandshake::onOutcome(const Attempt &attempt, const RequestOutcome &outcome)
{
    using State = RoomController::ConnectionState;
    if (outcome.status == RequestOutcome::Status::Disconnected)
        return; // RoomController::onTransportClosed() reports it
    if (outcome.ok()) {
        const QString token = outcome.reply.value(u"token"_s).toString();
        if (!token.isEmpty()) {
            m_token = token;
            m_tokenRole = attempt.role;
        }
        const QString httpToken = outcome.reply.value(u"tokenForHttpServer"_s).toString();
        if (!httpToken.isEmpty())
            m_httpToken = httpToken;
        m_c.m_displacedAt = {};
        m_c.m_displacedRole = Room::Role::None;
        m_c.setRole(attempt.role);
        m_c.setLastError({});
        m_c.m_expectedDrop.clear();
        qCInfo(lcController) << "signed in as" << attempt.role
                             << (attempt.viaToken ? "(token)" : "");
        Q_EMIT m_c.authenticated(attempt.role);
        m_c.m_transport->setAutoReconnect(m_c.m_options.transport.autoReconnect);
        m_c.m_transport->markSignedIn(); // the backoff resets once this connection stays up
        if (!attempt.downgrade)
            startStartupBurst();
        m_c.m_queue.flush();
        return;
    }

    if (attempt.downgrade) {
        m_c.setLastError(
            RoomController::tr("The room refused to switch this connection to User: %1")
                .arg(RoomController::safeRoomText(outcome.errorText, attempt.credentials.secret)));
        return;
    }
    if (attempt.viaToken) {
        // The token may have been cleared (clearTokens) or expired: fall back to the secret.
        qCInfo(lcController) << "token sign-in refused; trying the original credentials";
        m_token.clear();
        Attempt retry;
        retry.credentials = m_credentials;
        retry.role
            = m_credentials.role == Room::Role::None ? Room::Role::Admin : m_credentials.role;
        send(retry);
        return;
    }
    if (attempt.credentials.role == Room::Role::None && attempt.role == Room::Role::Admin
        && outcome.status == RequestOutcome::Status::ErrorReply) {
        Attempt retry = attempt;
        retry.role = Room::Role::User;
        send(retry);
        return;
    }

    const QString reason = refusalReason(attempt, outcome);
    if (attempt.previousRole != Room::Role::None) {
        // A refused elevation leaves the connection as it was (room-api.md §10 k): the room
        // keeps this connection in its old mode, and so does RoomDeck.
        const QString text = RoomController::tr("%1; still signed in as %2")
                                 .arg(reason, Room::roleName(attempt.previousRole));
        m_c.setRole(attempt.previousRole);
        m_c.setState(State::Connected);
        m_c.m_queue.flush();
        m_c.setLastError(text);
        Q_EMIT m_c.authenticationFailed(text);
        return;
    }
    m_c.m_queue.failAll(RequestOutcome::Status::RefusedLocally,
                        RoomController::tr("Not signed in: %1").arg(reason), true);
    m_c.setRole(Room::Role::None);
    // Reconnecting would only repeat a sign-in the room refused.
    m_c.m_transport->setAutoReconnect(false);
    m_c.setState(State::Unauthorized);
    m_c.setLastError(reason);
    Q_EMIT m_c.authenticationFailed(reason);
}

QString RoomHandshake::refusalReason(const Attempt &attempt, const RequestOutcome &outcome) const
{
    if (outcome.status == RequestOutcome::Status::Timeout)
        return RoomController::tr("The room did not answer the sign-in");
    QString reason;
    const QString roleText = Room::roleName(attempt.role);
    switch (attempt.credentials.kind) {
    case Credentials::Kind::Unsecured:
        reason = RoomController::tr(
                     "The room refused an unsecured sign-in as %1: it is protected by a PIN "
                     "or password")
                     .arg(roleText);
        break;
    case Credentials::Kind::Secret:
        reason = RoomController::tr("Wrong PIN or password for %1").arg(roleText);
        break;
    case Credentials::Kind::Token:
        reason = RoomController::tr("The room no longer accepts the saved sign-in token for %1")
                     .arg(roleText);
        break;
    }
    if (!outcome.errorText.isEmpty())
        reason += RoomController::tr(" (the room said: %1)")
                      .arg(RoomController::safeRoomText(outcome.errorText,
                                                        attempt.credentials.secret));
    return reason;
}

// --- startup burst --------------------------------------------------------------------------

void RoomHandshake::startStartupBurst()
{
    using State = RoomController::ConnectionState;
    m_c.setState(State::Loading);
    const QStringList &burst = m_c.m_options.startupRequests;
    m_c.m_settings = {}; // this sign-in's answer or nothing: never an earlier session's
    m_startupRemaining = int(burst.size());
    if (m_startupRemaining == 0) {
        m_c.setState(State::Connected);
        Q_EMIT m_c.startupCompleted();
        return;
    }
    const quint64 generation = m_c.m_sessionGeneration;
    for (const QString &method : burst)
        m_c.m_queue.enqueue(
            method, {}, &m_c,
            [this, generation](const RequestOutcome &outcome) {
                if (generation == m_c.m_sessionGeneration)
                    onStartupOutcome(outcome);
            },
            -1, true);
}

void RoomHandshake::onStartupOutcome(const RequestOutcome &outcome)
{
    if (m_startupRemaining <= 0)
        return;
    if (outcome.ok()) {
        const QJsonObject &r = outcome.reply;
        if (outcome.method == u"getAppState"_s) {
            m_c.applyAppStateInfo(r);
        } else if (outcome.method == u"getSettings"_s) {
            QJsonObject settings;
            for (const QJsonValue &v : r.value(u"settings"_s).toArray()) {
                const QJsonObject s = v.toObject();
                const QString name = s.value(u"name"_s).toString();
                if (!name.isEmpty())
                    settings.insert(name, s.value(u"value"_s));
            }
            m_c.m_settings = settings;
        } else if (outcome.method == u"getSystemInfo"_s) {
            m_c.applySystemInfo(r);
        } else if (outcome.method == u"getMonitorsInfo"_s) {
            m_c.m_monitorsInfo = r;
        }
    } else if (outcome.status != RequestOutcome::Status::Disconnected) {
        Q_EMIT m_c.notice(
            RoomController::tr("The room could not report its state: %1")
                .arg(RoomController::safeRoomText(outcome.summary(), m_credentials.secret)));
    }
    if (--m_startupRemaining == 0 && m_c.m_state == RoomController::ConnectionState::Loading) {
        m_c.setState(RoomController::ConnectionState::Connected);
        Q_EMIT m_c.startupCompleted();
    }
}
