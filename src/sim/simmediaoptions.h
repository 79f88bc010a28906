// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QHash>
#include <QString>

#include <functional>

//! The video and audio options of newer rooms (the zoboff/videosdk 2024 wrapper and
//! TrueConf's Python client; room-api.md §11 lists them without shapes): noise suppression,
//! background blur, background replacement, crop, the self-view rotation and the receiving
//! level per participant. The sources give names and parameters but few reply and event
//! fields; the emulator's choices, which RoomDeck reads (and tolerates the absence of):
//!
//!   getNoiseSuppression / getBlur / getCrop   {enabled:bool}
//!   getReplaceBackground                      {enabled:bool, fileId:int (-1 = none)}
//!   getOutputSelfVideoRotateAngle             {outputSelfVideoRotateAngle:int}
//!   getAudioReceivingLevel{peerId}            {level:int 0..100} (100 until set)
//!   set*{enabled:bool}; setCrop also takes `enable` (the Qt wrappers' name);
//!   setReplaceBackground{enabled, fileId} (fileId: an uploaded file, needed to turn it on);
//!   setOutputSelfVideoRotateAngle{rotateAngle: 0|90|180|270};
//!   setAudioReceivingLevel{peerId, level:int 0..100}
//!   events, only when a value changes: noiseSuppressionChanged{enabled},
//!   blurChanged{enabled}, replaceBackgroundChanged{enabled, fileId},
//!   cropChanged{enabled, cropImageStatus:bool}, outputSelfVideoRotateAngleChanged{rotateAngle};
//!   the receiving level has no event (none is known).
//!
//! A missing or out-of-range value is "Invalid parameters" (§10 e and the clarifications).
class SimMediaOptions final
{
public:
    //! `hasFile` says whether a FileId names an uploaded file.
    SimMediaOptions(SimHost &host, std::function<bool(int)> hasFile);

    SimCommandTable commands();

    bool noiseSuppression() const { return m_noiseSuppression; }
    bool blur() const { return m_blur; }
    bool crop() const { return m_crop; }
    bool replaceBackground() const { return m_replaceBackground; }
    int rotateAngle() const { return m_rotateAngle; }
    int receivingLevel(const QString &peerId) const;

private:
    SimOutcome setFlag(bool *flag, const QString &event, const QJsonObject &request);
    SimOutcome setCrop(const QJsonObject &request);
    SimOutcome setReplaceBackground(const QJsonObject &request);
    SimOutcome setRotateAngle(const QJsonObject &request);
    SimOutcome setReceivingLevel(const QJsonObject &request);

    SimHost &m_host;
    std::function<bool(int)> m_hasFile;
    bool m_noiseSuppression = true;
    bool m_blur = false;
    bool m_crop = false;
    bool m_replaceBackground = false;
    int m_backgroundFileId = -1;
    int m_rotateAngle = 0;
    QHash<QString, int> m_receivingLevels;
};
