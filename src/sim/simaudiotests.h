// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QObject>
#include <QTimer>

//! The room's audio self-tests (room-api.md §11: catalogue-only methods the public material
//! names without their behaviour; the emulator's choices are written down here).
//!
//!   testAudioCapturerStart   reply, testAudioCapturerStateChanged{started:true}, then every
//!                            levelIntervalMs testAudioCapturerLevel{lvl} (0..100: the
//!                            microphone's peak; microphoneLevel(), 0 = no signal) until
//!   testAudioCapturerStop    reply, testAudioCapturerStateChanged{started:false}
//!   testAudioRenderer        reply; the test sound plays for speakerPlayMs (nothing else on
//!                            the wire: the catalogue knows no event for its end; the control
//!                            API's isSpeakerPlaying() and speakerTestsPlayed() report it)
//!   startAudioDelayDetectorTest  reply, audioDelayDetectorTestStateChanged{state:1, delay:0},
//!                            then after delaySteps steps of delayStepMs
//!                            audioDelayDetectorTestStateChanged{state:2, delay:audioDelayMs()}
//!                            (or {state:3, delay:0} when audioDelayMs() < 0: no echo heard)
//!   stopAudioDelayDetectorTest   reply, audioDelayDetectorTestStateChanged{state:0, delay:0}
//!   getAudioDelayDetectorInfo    {state}: 0 idle, 1 running, 2 done, 3 failed
//!
//! Refusals (§10 n, "Invalid state"): any test while the room rings or is in a call (appState
//! 4-6) — it would disturb the meeting; starting a test that runs already (the speaker test
//! while its sound plays); stopping one that does not run; the microphone test without a
//! microphone, the speaker test without a speaker (the `hasDevice` callback).
class SimAudioTests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimAudioTests)

public:
    enum class Device { Microphone, Speaker };
    //! Whether the room has a device of that kind selected.
    using HasDevice = std::function<bool(Device)>;

    struct Timing
    {
        int levelIntervalMs = 100;
        int speakerPlayMs = 1500;
        int delayStepMs = 250;
        int delaySteps = 4;
    };

    SimAudioTests(SimHost &host, HasDevice hasDevice, QObject *parent = nullptr);

    SimCommandTable commands();

    // ---- control API (tests, scenarios, the demo) ----
    void setTiming(const Timing &timing) { m_timing = timing; }
    //! The level the microphone test reports (clamped to 0..100; 0: no signal).
    void setMicrophoneLevel(int level);
    int microphoneLevel() const { return m_level; }
    //! The delay the delay test measures, in ms; < 0: the test finds none (state 3).
    void setAudioDelayMs(int ms) { m_delayMs = ms; }
    int audioDelayMs() const { return m_delayMs; }
    bool isMicrophoneTestRunning() const { return m_levelTimer.isActive(); }
    bool isDelayTestRunning() const { return m_delayTimer.isActive(); }
    bool isSpeakerPlaying() const { return m_speakerTimer.isActive(); }
    //! Test sounds that played to their end.
    int speakerTestsPlayed() const { return m_speakerPlayed; }
    //! The room went into a call or lost its server: the tests stop (with their events).
    void stopAll();

private:
    bool busy() const;
    SimOutcome startMicrophone();
    SimOutcome stopMicrophone();
    SimOutcome playSpeaker();
    SimOutcome startDelay();
    SimOutcome stopDelay();
    void delayStep();

    SimHost &m_host;
    HasDevice m_hasDevice;
    Timing m_timing;
    QTimer m_levelTimer;
    QTimer m_speakerTimer;
    QTimer m_delayTimer;
    int m_level = 55;
    int m_delayMs = 80;
    int m_delayState = 0;
    int m_delayStep = 0;
    int m_speakerPlayed = 0;
    quint32 m_wobble = 1; //!< makes the levels move a little, deterministically
};
