// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contentshare.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/http/roomhttpclient.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

//! "image/png", "image/jpeg", or empty when `head` is neither.
QString imageType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (head.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    return {};
}

RequestOutcome::Status statusOfUpload(RoomHttpClient::Error kind)
{
    switch (kind) {
    case RoomHttpClient::Error::NotConnected:
        return RequestOutcome::Status::Disconnected;
    case RoomHttpClient::Error::Timeout:
        return RequestOutcome::Status::Timeout;
    case RoomHttpClient::Error::FileUnreadable:
    case RoomHttpClient::Error::FileEmpty:
    case RoomHttpClient::Error::FileTooLarge:
        return RequestOutcome::Status::RefusedLocally;
    default:
        return RequestOutcome::Status::ErrorReply;
    }
}

} // namespace

ContentShare::ContentShare(QObject *parent)
    : QObject(parent)
    , m_maxUploadBytes(RoomHttpClient::kDefaultMaxUploadBytes)
{ }

ContentShare::~ContentShare() = default;

QStringList ContentShare::roomEvents() const
{
    return { u"slideAdded"_s,
             u"slideRemoved"_s,
             u"allSlidesRemoved"_s,
             u"slideShowCleared"_s,
             u"slidePositionChanged"_s,
             u"slidesSorted"_s,
             u"mySlideShowStarted"_s,
             u"mySlideShowStopped"_s,
             u"currentSlideIndexChanged"_s,
             u"slideShowAvailabilityChanged"_s,
             u"broadcastPictureStateChanged"_s };
}

void ContentShare::forgetRoom()
{
    m_slides.clear();
    m_current = -1;
    m_started = false;
    m_available = true;
    m_picture = {};
    Q_EMIT changed();
}

void ContentShare::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    controller()->sendRequest(u"getSlideShowInfo"_s, {}, this, [this](const RequestOutcome &o) {
        if (o.ok())
            applyInfo(o.reply);
    });
    controller()->sendRequest(u"getBroadcastPicture"_s, {}, this, [this](const RequestOutcome &o) {
        if (o.ok())
            applyPicture(o.reply);
    });
}

ContentShare::Slide ContentShare::parseSlide(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(u"fileId"_s).toInt(-1), RoomText::name(o.value(u"name"_s).toString()) };
}

void ContentShare::applyInfo(const QJsonObject &reply)
{
    m_available = reply.value(u"available"_s).toBool(true);
    m_started = reply.value(u"started"_s).toBool();
    m_slides.clear();
    const QJsonArray list = reply.value(u"slides"_s).toArray();
    for (const QJsonValue &v : list) {
        if (m_slides.size() >= kMaxSlides)
            break;
        m_slides.append(parseSlide(v));
    }
    const int current = reply.value(u"currentSlideIdx"_s).toInt(-1);
    m_current = m_started && current >= 0 && current < m_slides.size() ? current : -1;
    Q_EMIT changed();
}

void ContentShare::applyPicture(const QJsonObject &fields)
{
    m_picture.fileId = fields.value(u"fileId"_s).toInt(-1);
    m_picture.fileName = RoomText::name(fields.value(u"fileName"_s).toString());
    m_picture.running = fields.value(u"running"_s).toBool(m_picture.fileId >= 0);
    if (!m_picture.running) {
        m_picture.fileId = -1;
        m_picture.fileName.clear();
    }
    Q_EMIT changed();
}

void ContentShare::handleRoomEvent(const RoomMessage &event)
{
    const QJsonObject &b = event.body;
    const QString &e = event.event;
    if (e == u"slideAdded"_s) {
        if (m_slides.size() >= kMaxSlides)
            return;
        const int idx = b.value(u"idx"_s).toInt(int(m_slides.size()));
        m_slides.insert(qBound(0, idx, int(m_slides.size())), parseSlide(b));
    } else if (e == u"slideRemoved"_s) {
        const int idx = b.value(u"idx"_s).toInt(-1);
        if (idx < 0 || idx >= m_slides.size())
            return;
        m_slides.removeAt(idx);
        if (m_current >= m_slides.size())
            m_current = int(m_slides.size()) - 1;
    } else if (e == u"allSlidesRemoved"_s || e == u"slideShowCleared"_s) {
        m_slides.clear();
        m_current = -1;
    } else if (e == u"slidePositionChanged"_s) {
        const int from = b.value(u"prevIdx"_s).toInt(-1);
        const int to = b.value(u"newIdx"_s).toInt(-1);
        if (from < 0 || to < 0 || from >= m_slides.size() || to >= m_slides.size())
            return;
        m_slides.move(from, to);
    } else if (e == u"slidesSorted"_s) {
        if (!b.value(u"slides"_s).isArray())
            return;
        m_slides.clear();
        const QJsonArray list = b.value(u"slides"_s).toArray();
        for (const QJsonValue &v : list)
            if (m_slides.size() < kMaxSlides)
                m_slides.append(parseSlide(v));
    } else if (e == u"mySlideShowStarted"_s) {
        m_started = true;
        const int idx = b.value(u"currentSlideIndex"_s).toInt(0);
        m_current = idx >= 0 && idx < m_slides.size() ? idx : 0;
    } else if (e == u"mySlideShowStopped"_s) {
        m_started = false;
        m_current = -1;
    } else if (e == u"currentSlideIndexChanged"_s) {
        const int idx = b.value(u"currentIdx"_s).toInt(-1);
        if (idx < 0 || idx >= m_slides.size())
            return;
        m_current = idx;
    } else if (e == u"slideShowAvailabilityChanged"_s) {
        m_available = b.value(u"available"_s).toBool();
    } else if (e == u"broadcastPictureStateChanged"_s) {
        applyPicture(b);
        return;
    } else {
        return;
    }
    Q_EMIT changed();
}

void ContentShare::setMaxUploadBytes(qint64 bytes)
{
    m_maxUploadBytes = bytes;
    if (m_http)
        m_http->setMaxUploadBytes(bytes);
}

qint64 ContentShare::maxUploadBytes() const
{
    return m_maxUploadBytes;
}

QString ContentShare::fileProblem(const QString &path) const
{
    const QString problem = RoomHttpClient::fileProblem(path, m_maxUploadBytes);
    if (!problem.isEmpty())
        return problem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("“%1” cannot be read").arg(QFileInfo(path).fileName());
    if (imageType(file.read(8)).isEmpty())
        return tr("“%1” is not a PNG or JPEG picture").arg(QFileInfo(path).fileName());
    return {};
}

quint64 ContentShare::addSlideFile(const QString &path, Done done)
{
    if (!m_available)
        return refuse(u"addSlide"_s, tr("The room does not offer the slideshow now"),
                      std::move(done));
    if (m_slides.size() >= kMaxSlides)
        return refuse(u"addSlide"_s, tr("The slideshow holds at most %1 slides").arg(kMaxSlides),
                      std::move(done));
    return uploadThen(u"addSlide"_s, path, std::move(done));
}

quint64 ContentShare::startPictureFile(const QString &path, Done done)
{
    return uploadThen(u"startBroadcastPicture"_s, path, std::move(done));
}

quint64 ContentShare::uploadThen(const QString &method, const QString &path, Done done)
{
    if (!controller() || !controller()->isAuthenticated())
        return refuse(method, tr("Not connected to the room"), std::move(done));
    if (m_uploading)
        return refuse(method, tr("Another file is still being sent to the room"), std::move(done));
    const QString problem = fileProblem(path);
    if (!problem.isEmpty())
        return refuse(method, problem, std::move(done));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(method, tr("“%1” cannot be read").arg(QFileInfo(path).fileName()),
                      std::move(done));
    // What was checked is exactly what is sent.
    const QByteArray data = file.read(m_maxUploadBytes + 1);
    const QString type = imageType(data.left(8));
    if (data.size() > m_maxUploadBytes || type.isEmpty())
        return refuse(method, tr("“%1” changed while it was read").arg(QFileInfo(path).fileName()),
                      std::move(done));
    if (!m_http) {
        m_http = new RoomHttpClient(controller(), this);
        m_http->setMaxUploadBytes(m_maxUploadBytes);
        connect(m_http, &RoomHttpClient::uploadProgress, this, &ContentShare::uploadProgress);
    }
    // One upload at a time: the connections below live for this one only.
    auto *context = new QObject(this);
    connect(m_http, &RoomHttpClient::finished, context, [this, context, method, done](int fileId) {
        disconnect(m_http, nullptr, context, nullptr);
        context->deleteLater();
        setUploading(false);
        send(method, { { u"fileId"_s, fileId } }, done);
    });
    connect(m_http, &RoomHttpClient::failed, context,
            [this, context, method, done](RoomHttpClient::Error kind, const QString &text) {
                disconnect(m_http, nullptr, context, nullptr);
                context->deleteLater();
                setUploading(false);
                RequestOutcome o;
                o.method = method;
                o.status = statusOfUpload(kind);
                o.errorText = tr("Sending the file failed: %1").arg(text);
                finish(o, done);
            });
    if (!m_http->uploadData(data, QFileInfo(path).fileName(), type)) {
        delete context;
        return refuse(method, tr("Another file is still being sent to the room"), std::move(done));
    }
    setUploading(true);
    return 0;
}

void ContentShare::setUploading(bool uploading)
{
    if (m_uploading == uploading)
        return;
    m_uploading = uploading;
    Q_EMIT uploadingChanged(uploading);
}

quint64 ContentShare::removeSlide(int index, Done done)
{
    if (index < 0 || index >= m_slides.size())
        return refuse(u"removeSlide"_s, tr("There is no such slide"), std::move(done));
    return send(u"removeSlide"_s, { { u"idx"_s, index }, { u"removeFromServer"_s, true } },
                std::move(done));
}

quint64 ContentShare::removeAllSlides(Done done)
{
    if (m_slides.isEmpty())
        return refuse(u"removeAllSlides"_s, tr("There are no slides"), std::move(done));
    return send(u"removeAllSlides"_s, { { u"removeFromServer"_s, true } }, std::move(done));
}

quint64 ContentShare::startSlideShow(int startIndex, const QString &title, Done done)
{
    const QString method = u"startSlideShow"_s;
    if (!m_available)
        return refuse(method, tr("The room does not offer the slideshow now"), std::move(done));
    if (m_slides.isEmpty())
        return refuse(method, tr("Add a slide first"), std::move(done));
    if (m_started)
        return refuse(method, tr("The slideshow is already running"), std::move(done));
    if (startIndex < 0 || startIndex >= m_slides.size())
        return refuse(method, tr("There is no such slide"), std::move(done));
    return send(method, { { u"title"_s, title }, { u"startingIdx"_s, startIndex } },
                std::move(done));
}

quint64 ContentShare::stopSlideShow(Done done)
{
    if (!m_started)
        return refuse(u"stopSlideShow"_s, tr("The slideshow is not running"), std::move(done));
    return send(u"stopSlideShow"_s, {}, std::move(done));
}

quint64 ContentShare::navigate(const QString &method, int target, Done done)
{
    if (!m_started)
        return refuse(method, tr("The slideshow is not running"), std::move(done));
    if (target < 0)
        return refuse(method, tr("This is the first slide"), std::move(done));
    if (target >= m_slides.size())
        return refuse(method, tr("This is the last slide"), std::move(done));
    const QJsonObject params
        = method == u"showSlide"_s ? QJsonObject { { u"idx"_s, target } } : QJsonObject {};
    return send(method, params, std::move(done));
}

quint64 ContentShare::showNextSlide(Done done)
{
    return navigate(u"showNextSlide"_s, m_current + 1, std::move(done));
}

quint64 ContentShare::showPreviousSlide(Done done)
{
    return navigate(u"showPrevSlide"_s, m_current - 1, std::move(done));
}

quint64 ContentShare::showFirstSlide(Done done)
{
    return navigate(u"showFirstSlide"_s, 0, std::move(done));
}

quint64 ContentShare::showLastSlide(Done done)
{
    return navigate(u"showLastSlide"_s, int(m_slides.size()) - 1, std::move(done));
}

quint64 ContentShare::showSlide(int index, Done done)
{
    if (m_started && (index < 0 || index >= m_slides.size()))
        return refuse(u"showSlide"_s, tr("There is no such slide"), std::move(done));
    return navigate(u"showSlide"_s, index, std::move(done));
}

quint64 ContentShare::stopPicture(Done done)
{
    if (!m_picture.running)
        return refuse(u"stopBroadcastPicture"_s, tr("No picture is being shown"), std::move(done));
    return send(u"stopBroadcastPicture"_s, {}, std::move(done));
}

quint64 ContentShare::send(const QString &method, const QJsonObject &params, Done done)
{
    if (!controller() || !controller()->isAuthenticated())
        return refuse(method, tr("Not connected to the room"), std::move(done));
    return controller()->sendRequest(
        method, params, this,
        [this, done = std::move(done)](const RequestOutcome &o) { finish(o, done); });
}

quint64 ContentShare::refuse(const QString &method, const QString &why, Done done)
{
    // From the event loop: a callback never runs inside the verb that was refused.
    RequestEnding::refuseLater(
        this, method, why, nullptr, {},
        [this, done = std::move(done)](const RequestOutcome &o) { finish(o, done); });
    return 0;
}

void ContentShare::finish(const RequestOutcome &outcome, const Done &done)
{
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}
