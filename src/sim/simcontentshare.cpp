// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simcontentshare.h"

#include "simbranding.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxSlides = 200;
}

SimContentShare::SimContentShare(SimHost &host, const SimFileStore &files,
                                 std::function<bool()> available, std::function<void()> flush)
    : m_host(host)
    , m_files(files)
    , m_available(std::move(available))
    , m_flush(std::move(flush))
{ }

bool SimContentShare::addSlide(int fileId)
{
    const bool added = add({ { u"fileId"_s, fileId } }).isOk();
    m_flush();
    return added;
}

QByteArray SimContentShare::slidePicture(const QString &title)
{
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(QColor(0x1e, 0x3a, 0x5f));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(40);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter, title);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

SimCommandTable SimContentShare::commands()
{
    const auto running = [this](const std::function<SimOutcome()> &f) {
        return [this, f](const QJsonObject &) {
            return m_started ? f() : SimOutcome::fail(SimError::invalidState());
        };
    };
    return {
        { u"getSlideShowInfo"_s,
          [this](const QJsonObject &) {
              return info();
          } },
        { u"addSlide"_s,
          [this](const QJsonObject &r) {
              return add(r);
          } },
        { u"removeSlide"_s,
          [this](const QJsonObject &r) {
              return remove(r);
          } },
        { u"removeAllSlides"_s,
          [this](const QJsonObject &r) {
              return removeAll(r);
          } },
        { u"setSlidePosition"_s,
          [this](const QJsonObject &r) {
              return move(r);
          } },
        { u"startSlideShow"_s,
          [this](const QJsonObject &r) {
              return start(r);
          } },
        { u"stopSlideShow"_s,
          [this](const QJsonObject &) {
              return stop();
          } },
        { u"showFirstSlide"_s, running([this] { return show(0); }) },
        { u"showLastSlide"_s, running([this] { return show(int(m_slides.size()) - 1); }) },
        { u"showNextSlide"_s, running([this] {
              return m_current + 1 >= m_slides.size() ? SimOutcome::fail(SimError::invalidState())
                                                      : show(m_current + 1);
          }) },
        { u"showPrevSlide"_s, running([this] {
              return m_current <= 0 ? SimOutcome::fail(SimError::invalidState())
                                    : show(m_current - 1);
          }) },
        { u"showSlide"_s,
          [this](const QJsonObject &r) {
              const int idx = r.value(u"idx"_s).toInt(-1);
              if (idx < 0 || idx >= m_slides.size())
                  return SimOutcome::fail(SimError::invalidParameters());
              return m_started ? show(idx) : SimOutcome::fail(SimError::invalidState());
          } },
        { u"getBroadcastPicture"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"running"_s, isPictureRunning() },
                                      { u"fileName"_s, m_pictureName },
                                      { u"fileId"_s, m_pictureFileId } });
          } },
        { u"startBroadcastPicture"_s,
          [this](const QJsonObject &r) {
              return startPicture(r);
          } },
        { u"stopBroadcastPicture"_s,
          [this](const QJsonObject &) {
              return stopPicture();
          } },
    };
}

SimOutcome SimContentShare::info() const
{
    QJsonArray list;
    for (const Slide &s : m_slides)
        list.append(QJsonObject { { u"fileId"_s, s.fileId }, { u"name"_s, s.name } });
    return SimOutcome::ok({ { u"available"_s, m_available() },
                            { u"started"_s, m_started },
                            { u"slides"_s, list },
                            { u"currentSlideIdx"_s, m_current } });
}

bool SimContentShare::isImage(int fileId) const
{
    const SimFileStore::File *file = m_files.find(fileId);
    if (!file)
        return false;
    QByteArray data = file->data;
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    return reader.canRead() && !reader.size().isEmpty();
}

SimOutcome SimContentShare::add(const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt(-1);
    if (!isImage(fileId))
        return SimOutcome::fail(SimError::invalidParameters());
    if (!m_available())
        return SimOutcome::fail(SimError::accessDenied());
    if (m_slides.size() >= kMaxSlides)
        return SimOutcome::fail(SimError::invalidState());
    const Slide slide { fileId, m_files.find(fileId)->name };
    m_slides.append(slide);
    m_host.emitEvent(u"slideAdded"_s,
                     { { u"name"_s, slide.name },
                       { u"fileId"_s, fileId },
                       { u"idx"_s, int(m_slides.size()) - 1 } });
    return SimOutcome::ok();
}

SimOutcome SimContentShare::remove(const QJsonObject &request)
{
    const int idx = request.value(u"idx"_s).toInt(-1);
    if (idx < 0 || idx >= m_slides.size())
        return SimOutcome::fail(SimError::invalidParameters());
    m_slides.removeAt(idx);
    m_host.emitEvent(u"slideRemoved"_s,
                     { { u"idx"_s, idx },
                       { u"removedFromServer"_s, request.value(u"removeFromServer"_s).toBool() } });
    if (m_started && m_slides.isEmpty()) {
        stopShow();
    } else if (m_started && idx <= m_current) {
        m_current = qMax(0, m_current - (idx < m_current ? 1 : 0));
        m_current = qMin(m_current, int(m_slides.size()) - 1);
        m_host.emitEvent(u"currentSlideIndexChanged"_s, { { u"currentIdx"_s, m_current } });
    }
    return SimOutcome::ok();
}

SimOutcome SimContentShare::removeAll(const QJsonObject &request)
{
    m_slides.clear();
    m_host.emitEvent(u"allSlidesRemoved"_s,
                     { { u"removedFromServer"_s, request.value(u"removeFromServer"_s).toBool() } });
    if (m_started)
        stopShow();
    return SimOutcome::ok();
}

SimOutcome SimContentShare::move(const QJsonObject &request)
{
    const int from = request.value(u"fromIdx"_s).toInt(-1);
    const int to = request.value(u"toIdx"_s).toInt(-1);
    if (from < 0 || to < 0 || from >= m_slides.size() || to >= m_slides.size())
        return SimOutcome::fail(SimError::invalidParameters());
    const Slide slide = m_slides.at(from);
    m_slides.move(from, to);
    m_host.emitEvent(u"slidePositionChanged"_s,
                     { { u"prevIdx"_s, from },
                       { u"newIdx"_s, to },
                       { u"name"_s, slide.name },
                       { u"fileId"_s, slide.fileId } });
    return SimOutcome::ok();
}

SimOutcome SimContentShare::start(const QJsonObject &request)
{
    const int idx = request.value(u"startingIdx"_s).toInt(-1);
    if (!m_available())
        return SimOutcome::fail(SimError::accessDenied());
    if (m_started || m_slides.isEmpty())
        return SimOutcome::fail(SimError::invalidState());
    if (idx < 0 || idx >= m_slides.size())
        return SimOutcome::fail(SimError::invalidParameters());
    m_started = true;
    m_current = idx;
    m_host.emitEvent(
        u"mySlideShowStarted"_s,
        { { u"title"_s, request.value(u"title"_s).toString() }, { u"currentSlideIndex"_s, idx } });
    return SimOutcome::ok();
}

SimOutcome SimContentShare::stop()
{
    if (!m_started)
        return SimOutcome::fail(SimError::invalidState());
    stopShow();
    return SimOutcome::ok();
}

void SimContentShare::stopShow()
{
    m_started = false;
    m_current = -1;
    m_host.emitEvent(u"mySlideShowStopped"_s, {});
}

SimOutcome SimContentShare::show(int index)
{
    if (index != m_current) {
        m_current = index;
        m_host.emitEvent(u"currentSlideIndexChanged"_s, { { u"currentIdx"_s, index } });
    }
    return SimOutcome::ok();
}

SimOutcome SimContentShare::startPicture(const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt(-1);
    if (!isImage(fileId))
        return SimOutcome::fail(SimError::invalidParameters());
    m_pictureFileId = fileId;
    m_pictureName = m_files.find(fileId)->name;
    m_host.emitEvent(
        u"broadcastPictureStateChanged"_s,
        { { u"running"_s, true }, { u"fileName"_s, m_pictureName }, { u"fileId"_s, fileId } });
    return SimOutcome::ok();
}

SimOutcome SimContentShare::stopPicture()
{
    if (!isPictureRunning())
        return SimOutcome::fail(SimError::invalidState());
    m_pictureFileId = -1;
    m_pictureName.clear();
    m_host.emitEvent(
        u"broadcastPictureStateChanged"_s,
        { { u"running"_s, false }, { u"fileName"_s, QString() }, { u"fileId"_s, -1 } });
    return SimOutcome::ok();
}
