// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simaudiotests.h"

using namespace Qt::StringLiterals;

SimAudioTests::SimAudioTests(SimHost &host, HasDevice hasDevice, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_hasDevice(std::move(hasDevice))
{
    connect(&m_levelTimer, &QTimer::timeout, this, [this] {
        // A speaking room: the peak moves by a few percent around the set level.
        m_wobble = m_wobble * 1103515245u + 12345u;
        const int level
            = m_level == 0 ? 0 : qBound(1, m_level + int((m_wobble >> 16) % 9) - 4, 100);
        m_host.emitEvent(u"testAudioCapturerLevel"_s, { { u"lvl"_s, level } });
    });
    m_speakerTimer.setSingleShot(true);
    connect(&m_speakerTimer, &QTimer::timeout, this, [this] { ++m_speakerPlayed; });
    connect(&m_delayTimer, &QTimer::timeout, this, &SimAudioTests::delayStep);
}

SimCommandTable SimAudioTests::commands()
{
    return {
        { u"testAudioCapturerStart"_s,
          [this](const QJsonObject &) {
              return startMicrophone();
          } },
        { u"testAudioCapturerStop"_s,
          [this](const QJsonObject &) {
              return stopMicrophone();
          } },
        { u"testAudioRenderer"_s,
          [this](const QJsonObject &) {
              return playSpeaker();
          } },
        { u"startAudioDelayDetectorTest"_s,
          [this](const QJsonObject &) {
              return startDelay();
          } },
        { u"stopAudioDelayDetectorTest"_s,
          [this](const QJsonObject &) {
              return stopDelay();
          } },
        { u"getAudioDelayDetectorInfo"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"state"_s, m_delayState } });
          } },
    };
}

void SimAudioTests::setMicrophoneLevel(int level)
{
    m_level = qBound(0, level, 100);
}

bool SimAudioTests::busy() const
{
    const int state = m_host.appState();
    return state >= 4 && state <= 6;
}

SimOutcome SimAudioTests::startMicrophone()
{
    if (busy() || isMicrophoneTestRunning() || !m_hasDevice(Device::Microphone))
        return SimOutcome::fail(SimError::invalidState());
    m_host.emitEvent(u"testAudioCapturerStateChanged"_s, { { u"started"_s, true } });
    m_levelTimer.start(qMax(1, m_timing.levelIntervalMs));
    return SimOutcome::ok();
}

SimOutcome SimAudioTests::stopMicrophone()
{
    if (!isMicrophoneTestRunning())
        return SimOutcome::fail(SimError::invalidState());
    m_levelTimer.stop();
    m_host.emitEvent(u"testAudioCapturerStateChanged"_s, { { u"started"_s, false } });
    return SimOutcome::ok();
}

SimOutcome SimAudioTests::playSpeaker()
{
    if (busy() || isSpeakerPlaying() || !m_hasDevice(Device::Speaker))
        return SimOutcome::fail(SimError::invalidState());
    m_speakerTimer.start(qMax(0, m_timing.speakerPlayMs));
    return SimOutcome::ok();
}

SimOutcome SimAudioTests::startDelay()
{
    if (busy() || isDelayTestRunning() || !m_hasDevice(Device::Microphone)
        || !m_hasDevice(Device::Speaker))
        return SimOutcome::fail(SimError::invalidState());
    m_delayState = 1;
    m_delayStep = 0;
    m_host.emitEvent(u"audioDelayDetectorTestStateChanged"_s,
                     { { u"state"_s, 1 }, { u"delay"_s, 0 } });
    m_delayTimer.start(qMax(1, m_timing.delayStepMs));
    return SimOutcome::ok();
}

SimOutcome SimAudioTests::stopDelay()
{
    if (!isDelayTestRunning())
        return SimOutcome::fail(SimError::invalidState());
    m_delayTimer.stop();
    m_delayState = 0;
    m_host.emitEvent(u"audioDelayDetectorTestStateChanged"_s,
                     { { u"state"_s, 0 }, { u"delay"_s, 0 } });
    return SimOutcome::ok();
}

void SimAudioTests::delayStep()
{
    if (++m_delayStep < m_timing.delaySteps)
        return;
    m_delayTimer.stop();
    m_delayState = m_delayMs < 0 ? 3 : 2;
    m_host.emitEvent(u"audioDelayDetectorTestStateChanged"_s,
                     { { u"state"_s, m_delayState }, { u"delay"_s, qMax(0, m_delayMs) } });
}

void SimAudioTests::stopAll()
{
    if (isMicrophoneTestRunning())
        stopMicrophone();
    if (isDelayTestRunning())
        stopDelay();
    m_speakerTimer.stop();
}
