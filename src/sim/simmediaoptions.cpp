// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simmediaoptions.h"

#include "simchecks.h"

#include "core/protocol/ids.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLevel = 100;

} // namespace

SimMediaOptions::SimMediaOptions(SimHost &host, std::function<bool(int)> hasFile)
    : m_host(host)
    , m_hasFile(std::move(hasFile))
{ }

int SimMediaOptions::receivingLevel(const QString &peerId) const
{
    return m_receivingLevels.value(peerId, kMaxLevel);
}

SimCommandTable SimMediaOptions::commands()
{
    const auto flag = [](const bool *value) {
        return [value](const QJsonObject &) {
            return SimOutcome::ok({ { u"enabled"_s, *value } });
        };
    };
    return {
        { u"getNoiseSuppression"_s, flag(&m_noiseSuppression) },
        { u"getBlur"_s, flag(&m_blur) },
        { u"getCrop"_s, flag(&m_crop) },
        { u"getReplaceBackground"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(
                  { { u"enabled"_s, m_replaceBackground }, { u"fileId"_s, m_backgroundFileId } });
          } },
        { u"getOutputSelfVideoRotateAngle"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"outputSelfVideoRotateAngle"_s, m_rotateAngle } });
          } },
        { u"getAudioReceivingLevel"_s,
          [this](const QJsonObject &r) {
              const QString peerId = r.value(u"peerId"_s).toString();
              if (peerId.isEmpty())
                  return SimOutcome::fail(SimError::invalidParameters());
              return SimOutcome::ok({ { u"level"_s, receivingLevel(peerId) } });
          } },
        { u"setNoiseSuppression"_s,
          [this](const QJsonObject &r) {
              return setFlag(&m_noiseSuppression, u"noiseSuppressionChanged"_s, r);
          } },
        { u"setBlur"_s,
          [this](const QJsonObject &r) {
              return setFlag(&m_blur, u"blurChanged"_s, r);
          } },
        { u"setCrop"_s,
          [this](const QJsonObject &r) {
              return setCrop(r);
          } },
        { u"setReplaceBackground"_s,
          [this](const QJsonObject &r) {
              return setReplaceBackground(r);
          } },
        { u"setOutputSelfVideoRotateAngle"_s,
          [this](const QJsonObject &r) {
              return setRotateAngle(r);
          } },
        { u"setAudioReceivingLevel"_s,
          [this](const QJsonObject &r) {
              return setReceivingLevel(r);
          } },
    };
}

SimOutcome SimMediaOptions::setFlag(bool *flag, const QString &event, const QJsonObject &request)
{
    const QJsonValue v = request.value(u"enabled"_s);
    if (!v.isBool())
        return SimOutcome::fail(SimError::invalidParameters());
    if (*flag != v.toBool()) {
        *flag = v.toBool();
        m_host.emitEvent(event, { { u"enabled"_s, *flag } });
    }
    return SimOutcome::ok();
}

SimOutcome SimMediaOptions::setCrop(const QJsonObject &request)
{
    // `enabled` (TrueConf's Python client) or `enable` (the Qt wrappers); the first wins.
    QJsonValue v = request.value(u"enabled"_s);
    if (v.isUndefined())
        v = request.value(u"enable"_s);
    if (!v.isBool())
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_crop != v.toBool()) {
        m_crop = v.toBool();
        m_host.emitEvent(u"cropChanged"_s,
                         { { u"enabled"_s, m_crop }, { u"cropImageStatus"_s, m_crop } });
    }
    return SimOutcome::ok();
}

SimOutcome SimMediaOptions::setReplaceBackground(const QJsonObject &request)
{
    const QJsonValue enabled = request.value(u"enabled"_s);
    if (!enabled.isBool())
        return SimOutcome::fail(SimError::invalidParameters());
    int fileId = m_backgroundFileId;
    if (request.contains(u"fileId"_s)) {
        if (!SimChecks::isIntegral(request.value(u"fileId"_s)))
            return SimOutcome::fail(SimError::invalidParameters());
        fileId = request.value(u"fileId"_s).toInt();
        if (!m_hasFile(fileId))
            return SimOutcome::fail(SimError::invalidParameters()); // names no uploaded file
    }
    if (enabled.toBool() && fileId < 0)
        return SimOutcome::fail(SimError::invalidParameters()); // nothing to show
    if (m_replaceBackground != enabled.toBool() || m_backgroundFileId != fileId) {
        m_replaceBackground = enabled.toBool();
        m_backgroundFileId = fileId;
        m_host.emitEvent(
            u"replaceBackgroundChanged"_s,
            { { u"enabled"_s, m_replaceBackground }, { u"fileId"_s, m_backgroundFileId } });
    }
    return SimOutcome::ok();
}

SimOutcome SimMediaOptions::setRotateAngle(const QJsonObject &request)
{
    const QJsonValue v = request.value(u"rotateAngle"_s);
    if (!SimChecks::isIntegral(v))
        return SimOutcome::fail(SimError::invalidParameters());
    const int angle = v.toInt();
    if (angle != 0 && angle != 90 && angle != 180 && angle != 270)
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_rotateAngle != angle) {
        m_rotateAngle = angle;
        m_host.emitEvent(u"outputSelfVideoRotateAngleChanged"_s, { { u"rotateAngle"_s, angle } });
    }
    return SimOutcome::ok();
}

SimOutcome SimMediaOptions::setReceivingLevel(const QJsonObject &request)
{
    const QString peerId = request.value(u"peerId"_s).toString();
    const QJsonValue level = request.value(u"level"_s);
    if (peerId.isEmpty() || !SimChecks::isIntegral(level) || level.toInt() < 0
        || level.toInt() > kMaxLevel)
        return SimOutcome::fail(SimError::invalidParameters());
    m_receivingLevels.insert(peerId, level.toInt());
    return SimOutcome::ok();
}
