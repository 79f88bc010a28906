// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "framesource.h"

#include "core/controller/roomcontroller.h"
#include "core/http/httptokenkeeper.h"
#include "core/logging.h"
#include "core/roomtext.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

//! Trailing bytes after the EOI marker that still count as a JPEG (some encoders pad).
constexpr int kEoiSlack = 16;

QString where(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port());
}

} // namespace

FrameSource::FrameSource(RoomController *controller, const QString &peerId, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_tokens(new HttpTokenKeeper(controller, this))
    , m_peerId(peerId)
{
    init();
}

FrameSource::FrameSource(RoomController *controller, HttpTokenKeeper *tokens, const QString &peerId,
                         QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_tokens(tokens)
    , m_peerId(peerId)
{
    Q_ASSERT(tokens);
    init();
}

FrameSource::~FrameSource()
{
    abortFetch();
}

void FrameSource::init()
{
    m_network = new QNetworkAccessManager(this);
    // Rooms sit on the local network; a proxy from the environment would only get in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_timer.setSingleShot(true);
    m_timer.setParent(this);
    m_timer.setObjectName(u"frameTimer"_s);
    connect(&m_timer, &QTimer::timeout, this, &FrameSource::start);
    if (m_controller)
        connect(m_controller, &RoomController::connectionStateChanged, this,
                &FrameSource::onConnectionState);
}

bool FrameSource::looksLikeJpeg(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return false;
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    if (d[0] != 0xFF || d[1] != 0xD8)
        return false;
    const qsizetype from = std::max<qsizetype>(2, bytes.size() - 2 - kEoiSlack);
    for (qsizetype i = bytes.size() - 2; i >= from; --i)
        if (d[i] == 0xFF && d[i + 1] == 0xD9)
            return true;
    return false;
}

QString FrameSource::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Stopped");
    case State::Loading:
        return tr("Loading");
    case State::Live:
        return tr("Live");
    case State::CameraOff:
        return tr("Camera off");
    case State::Unauthorized:
        return tr("Not authorized");
    case State::NotFound:
        return tr("Not found");
    case State::BrokenFrame:
        return tr("Broken picture");
    case State::Unreachable:
        return tr("Unreachable");
    case State::NotConnected:
        return tr("Not signed in");
    }
    return {};
}

double FrameSource::rate() const
{
    double r = m_ownRate;
    for (const double s : m_subscribers)
        r = std::max(r, s);
    return r;
}

void FrameSource::setRate(double framesPerSecond)
{
    const double before = rate();
    m_ownRate = std::isfinite(framesPerSecond) ? std::clamp(framesPerSecond, 0.0, kMaxRate) : 0.0;
    if (rate() != before)
        rateChanged();
}

void FrameSource::rateChanged()
{
    if (rate() <= 0 && !m_fetching && !m_cameraMuted && m_state != State::Idle)
        setState(State::Idle);
    schedule();
}

void FrameSource::setSubscriberRate(const QObject *subscriber, double framesPerSecond)
{
    if (!subscriber)
        return;
    const double before = rate();
    const double r
        = std::isfinite(framesPerSecond) ? std::clamp(framesPerSecond, 0.0, kMaxRate) : 0.0;
    if (r <= 0) {
        if (m_subscribers.remove(subscriber))
            disconnect(subscriber, &QObject::destroyed, this, nullptr);
    } else {
        if (!m_subscribers.contains(subscriber))
            connect(subscriber, &QObject::destroyed, this,
                    [this, subscriber] { setSubscriberRate(subscriber, 0); });
        m_subscribers.insert(subscriber, r);
    }
    if (rate() != before)
        rateChanged();
}

void FrameSource::setCameraMuted(bool muted)
{
    if (m_cameraMuted == muted)
        return;
    m_cameraMuted = muted;
    if (muted) {
        const bool wasFetching = abortFetch();
        m_timer.stop();
        setState(State::CameraOff, tr("The room's camera is off"));
        if (wasFetching)
            Q_EMIT fetchFinished(m_state);
    } else {
        setState(State::Idle);
        schedule();
    }
}

qint64 FrameSource::msecsSinceLastFrame() const
{
    return m_lastFrameAt.isValid() ? m_lastFrameAt.elapsed() : -1;
}

bool FrameSource::isErrorState() const
{
    return m_state == State::Unauthorized || m_state == State::NotFound
        || m_state == State::Unreachable || m_state == State::NotConnected;
}

void FrameSource::fetchOnce()
{
    if (m_fetching)
        return;
    m_once = true;
    m_timer.stop();
    start();
}

void FrameSource::schedule()
{
    const double r = rate();
    if (m_fetching)
        return; // the running fetch schedules the next when it ends
    if (r <= 0 || m_cameraMuted) {
        m_timer.stop();
        return;
    }
    if (!m_controller || !m_controller->isAuthenticated()) {
        m_timer.stop();
        setState(State::NotConnected, tr("Not signed in to the room"));
        return; // onConnectionState() starts again
    }
    qint64 period = qint64(std::lround(1000.0 / r));
    if (isErrorState())
        period = std::max<qint64>(period, m_retryMs);
    const qint64 since = m_lastStart.isValid() ? m_lastStart.elapsed() : period;
    m_timer.start(int(std::clamp<qint64>(period - since, 0, period)));
}

void FrameSource::onConnectionState()
{
    if (m_controller && m_controller->isAuthenticated()) {
        if (m_state == State::NotConnected)
            setState(State::Idle);
        schedule();
        return;
    }
    const bool wasFetching = abortFetch();
    m_timer.stop();
    if (!m_cameraMuted && (rate() > 0 || m_state != State::Idle))
        setState(State::NotConnected, tr("Not signed in to the room"));
    if (wasFetching)
        Q_EMIT fetchFinished(m_state);
}

void FrameSource::start()
{
    if (m_fetching)
        return;
    if (m_cameraMuted) {
        m_once = false;
        Q_EMIT fetchFinished(m_state);
        return;
    }
    if (!m_controller || !m_controller->isAuthenticated()) {
        m_fetching = true; // finishFetch() ends it
        finishFetch(State::NotConnected, tr("Not signed in to the room"));
        return;
    }
    m_fetching = true;
    m_retried = false;
    m_lastStart.start();
    if (m_state != State::Live && m_state != State::Loading)
        setState(State::Loading);
    const quint64 generation = ++m_generation;
    m_tokens->fetch(this, [this, generation](const HttpTokenKeeper::Result &result) {
        onToken(generation, result.token, result.text, int(result.error));
    });
}

void FrameSource::onToken(quint64 generation, const QString &token, const QString &problem,
                          int kind)
{
    if (!m_fetching || generation != m_generation)
        return;
    switch (HttpTokenKeeper::Error(kind)) {
    case HttpTokenKeeper::Error::None:
        get(token);
        return;
    case HttpTokenKeeper::Error::NotConnected:
        finishFetch(State::NotConnected, problem);
        return;
    case HttpTokenKeeper::Error::Refused:
        finishFetch(State::Unauthorized, problem);
        return;
    case HttpTokenKeeper::Error::Timeout:
        finishFetch(State::Unreachable, problem);
        return;
    }
}

void FrameSource::get(const QString &token)
{
    const QString host = m_controller ? m_controller->webSocketUrl().host() : QString();
    const quint16 port = m_controller ? m_controller->httpPort() : 0;
    if (host.isEmpty() || port == 0) {
        finishFetch(State::NotConnected, tr("The room has not reported its HTTP server port"));
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/frames/"_s);
    QUrlQuery query;
    query.addQueryItem(u"peerId"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_peerId)));
    query.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.setQuery(query);
    m_token = token;
    m_tooLarge = false;

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    qCDebug(lcFrames).noquote() << "GET /frames/ peerId" << RoomText::name(m_peerId)
                                << (m_retried ? "(retry after HTTP 401)" : "");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    const auto checkSize = [this, reply](qint64 received, qint64 total) {
        if (m_reply != reply || m_tooLarge)
            return;
        if (received > m_maxBytes || total > m_maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, checkSize);
    connect(reply, &QNetworkReply::metaDataChanged, this, [checkSize, reply] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok)
            checkSize(0, length);
    });
    connect(reply, &QNetworkReply::finished, this, &FrameSource::onReplyFinished);
}

void FrameSource::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();

    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcFrames) << "HTTP" << status << "for peerId" << RoomText::name(m_peerId);
    if (m_tooLarge) {
        finishFetch(State::BrokenFrame,
                    tr("The room's HTTP server at %1 sent a picture larger than %2")
                        .arg(where(url), QLocale().formattedDataSize(m_maxBytes)));
        return;
    }
    if (status == 401) {
        // The token may have run out on its way: one fresh token settles that.
        m_tokens->invalidate(m_token);
        if (!m_retried) {
            m_retried = true;
            const quint64 generation = ++m_generation;
            m_tokens->fetch(this, [this, generation](const HttpTokenKeeper::Result &result) {
                onToken(generation, result.token, result.text, int(result.error));
            });
            return;
        }
        finishFetch(State::Unauthorized,
                    tr("The room's HTTP server at %1 refused the picture (HTTP 401) twice, the "
                       "second time with a fresh token")
                        .arg(where(url)));
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            finishFetch(State::Unreachable,
                        tr("The room's HTTP server at %1 sent no picture within %2 s")
                            .arg(where(url))
                            .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        else
            finishFetch(State::Unreachable,
                        tr("Cannot reach the room's HTTP server at %1: %2")
                            .arg(where(url), reply->errorString()));
        return;
    }
    if (status == 404) {
        finishFetch(State::NotFound,
                    tr("The room has no picture for “%1”").arg(RoomText::name(m_peerId)));
        return;
    }
    if (status < 200 || status >= 300) {
        QString text
            = tr("The room's HTTP server at %1 answered HTTP %2").arg(where(url)).arg(status);
        const QString body = RoomText::bounded(QString::fromUtf8(reply->read(300)), 200);
        if (!body.isEmpty())
            text += u": "_s + body;
        finishFetch(State::Unreachable, text);
        return;
    }
    const QByteArray body = reply->read(m_maxBytes + 1);
    if (body.size() > m_maxBytes) {
        finishFetch(State::BrokenFrame,
                    tr("The room's HTTP server at %1 sent a picture larger than %2")
                        .arg(where(url), QLocale().formattedDataSize(m_maxBytes)));
        return;
    }
    if (!looksLikeJpeg(body)) {
        finishFetch(State::BrokenFrame,
                    tr("The room's HTTP server at %1 sent %2 that are not a JPEG picture")
                        .arg(where(url), QLocale().formattedDataSize(body.size())));
        return;
    }
    m_lastFrame = body;
    m_lastFrameAt.start();
    ++m_sequence;
    const quint64 generation = m_generation;
    Q_EMIT frame(m_lastFrame, m_sequence);
    if (generation == m_generation && m_fetching)
        finishFetch(State::Live);
}

void FrameSource::finishFetch(State state, const QString &text)
{
    m_fetching = false;
    const bool once = std::exchange(m_once, false);
    // Qt's network error texts quote the URL, and with it the token.
    const QString safe = Redact::text(text, m_token);
    m_token.clear();
    if (!m_cameraMuted) {
        // A periodic fetch that ends after the rate went to 0 leaves the source stopped; a
        // fetchOnce() leaves its result for its caller.
        if (!once && rate() <= 0)
            setState(State::Idle);
        else
            setState(state, safe);
    }
    Q_EMIT fetchFinished(m_state);
    schedule();
}

void FrameSource::setState(State state, const QString &text)
{
    if (state == m_state && text == m_errorText)
        return;
    if (state != m_state)
        qCDebug(lcFrames) << "peer" << RoomText::name(m_peerId) << m_state << "->" << state;
    m_state = state;
    m_errorText = text;
    Q_EMIT stateChanged(state, text);
}

bool FrameSource::abortFetch()
{
    ++m_generation;
    m_token.clear();
    const bool wasFetching = m_fetching;
    m_fetching = false;
    m_once = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    return wasFetching;
}

// ---------------------------------------------------------------------------------------------

FrameSources::FrameSources(RoomController *controller)
    : QObject(controller)
    , m_controller(controller)
    , m_tokens(new HttpTokenKeeper(controller, this))
{
    setObjectName(u"frameSources"_s);
}

FrameSources *FrameSources::of(RoomController *controller)
{
    if (!controller)
        return nullptr;
    if (auto *existing
        = controller->findChild<FrameSources *>(u"frameSources"_s, Qt::FindDirectChildrenOnly))
        return existing;
    return new FrameSources(controller);
}

bool FrameSources::existsFor(const RoomController *controller)
{
    return controller
        && controller->findChild<FrameSources *>(u"frameSources"_s, Qt::FindDirectChildrenOnly);
}

FrameSource *FrameSources::source(const QString &peerId)
{
    const QString id = peerId.isEmpty() ? FrameSource::selfPeerId() : peerId;
    auto it = m_sources.constFind(id);
    if (it != m_sources.constEnd())
        return *it;
    auto *s = new FrameSource(m_controller, m_tokens, id, this);
    m_sources.insert(id, s);
    return s;
}

void FrameSources::setCameraMuted(bool muted)
{
    source(FrameSource::selfPeerId())->setCameraMuted(muted);
}
