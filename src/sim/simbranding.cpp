// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simbranding.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::StringLiterals;

int SimFileStore::add(const QString &name, const QByteArray &data)
{
    const int id = m_nextId++;
    m_files.insert(id, File { name, data });
    return id;
}

const SimFileStore::File *SimFileStore::find(int fileId) const
{
    const auto it = m_files.constFind(fileId);
    return it == m_files.constEnd() ? nullptr : &*it;
}

SimBranding::SimBranding(SimHost &host, const SimFileStore &files, std::function<bool()> isPro)
    : m_host(host)
    , m_files(files)
    , m_isPro(std::move(isPro))
{ }

SimCommandTable SimBranding::commands()
{
    return {
        { u"setLogo"_s,
          [this](const QJsonObject &r) {
              return setLogo(r);
          } },
        { u"getLogo"_s,
          [this](const QJsonObject &) {
              QJsonObject o { { u"isCustomImage"_s, m_logoFileId != 0 } };
              if (m_logoFileId != 0) {
                  o.insert(u"fileId"_s, m_logoFileId);
                  o.insert(u"mode"_s, m_logoMode);
              }
              return SimOutcome::ok(o);
          } },
        { u"setDefaultLogo"_s,
          [this](const QJsonObject &) {
              return setDefaultLogo();
          } },
        { u"setBackground"_s,
          [this](const QJsonObject &r) {
              return setBackground(r);
          } },
        { u"getBackground"_s,
          [this](const QJsonObject &) {
              QJsonObject o { { u"isCustomImage"_s, m_backgroundFileId != 0 } };
              if (m_backgroundFileId != 0)
                  o.insert(u"fileId"_s, m_backgroundFileId);
              return SimOutcome::ok(o);
          } },
        { u"setDefaultBackground"_s,
          [this](const QJsonObject &) {
              return setDefaultBackground();
          } },
    };
}

bool SimBranding::isImage(int fileId) const
{
    // The room shows the picture, so it has to decode as one; the formats Qt reads stand for
    // the room's (PNG and JPEG at least, §7.7). A file with an image header and broken data
    // (truncated, corrupt) is refused like any other non-image.
    const SimFileStore::File *file = m_files.find(fileId);
    if (!file)
        return false;
    QByteArray data = file->data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return !reader.read().isNull();
}

SimOutcome SimBranding::setLogo(const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt();
    if (!isImage(fileId))
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_isPro && !m_isPro())
        return SimOutcome::fail(SimError::accessDenied());
    const bool wasCustom = m_logoFileId != 0;
    m_logoFileId = fileId;
    m_logoMode = request.value(u"mode"_s).toInt();
    m_host.emitEvent(
        u"logoImageChanged"_s,
        { { u"isCustomImage"_s, true }, { u"fileId"_s, m_logoFileId }, { u"mode"_s, m_logoMode } });
    if (!wasCustom)
        m_host.emitEvent(u"customLogoUsageChanged"_s, { { u"use"_s, true } });
    return SimOutcome::ok();
}

SimOutcome SimBranding::setDefaultLogo()
{
    const bool wasCustom = m_logoFileId != 0;
    m_logoFileId = 0;
    m_logoMode = 0;
    m_host.emitEvent(u"logoImageChanged"_s, { { u"isCustomImage"_s, false } });
    if (wasCustom)
        m_host.emitEvent(u"customLogoUsageChanged"_s, { { u"use"_s, false } });
    return SimOutcome::ok();
}

SimOutcome SimBranding::setBackground(const QJsonObject &request)
{
    const int fileId = request.value(u"fileId"_s).toInt();
    if (!isImage(fileId))
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_isPro && !m_isPro())
        return SimOutcome::fail(SimError::accessDenied());
    m_backgroundFileId = fileId;
    m_host.emitEvent(u"backgroundImageChanged"_s,
                     { { u"isCustomImage"_s, true }, { u"fileId"_s, m_backgroundFileId } });
    return SimOutcome::ok();
}

SimOutcome SimBranding::setDefaultBackground()
{
    m_backgroundFileId = 0;
    m_host.emitEvent(u"backgroundImageChanged"_s, { { u"isCustomImage"_s, false } });
    return SimOutcome::ok();
}
