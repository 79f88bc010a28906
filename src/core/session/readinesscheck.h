// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/devicestate.h"
#include "core/session/roomsessionpart.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

//! "Check the room": one readiness check of one RoomSession, item by item, each ending green,
//! amber or red with a readable detail and the time it ended. The session keeps the last
//! finished result (lastResult()) so the overview and the room list can show it.
//!
//!   item          how                                                green / amber / red
//!   Connection    the session is signed in                           signed in / - / not
//!   Server        appState >= 2 (Login)                              connected / connecting
//!                                                                    (1) / none (0)
//!   Login         appState >= 3 (Normal)                             logged in / - / not
//!   Camera        a device selected and not muted, then one real     picture / camera off
//!                 /frames/ fetch of the room's own camera            / no camera, no picture
//!   Microphone    testAudioCapturerStart, testAudioCapturerLevel      peak >= kMicWeakLevel /
//!                 for Options::micListenMs, testAudioCapturerStop    >= kMicNoSignalLevel or
//!                                                                    muted / below, no levels
//!   Speaker       testAudioRenderer, then Options::speakerPlayMs     played / muted / no
//!                 for the sound to play (no event marks its end)     speaker, refused
//!   AudioDelay    startAudioDelayDetectorTest until                  <= kDelayGoodMs /
//!                 audioDelayDetectorTestStateChanged{state 2, delay} <= kDelayPoorMs or no
//!                 (state 3: nothing measured)                        result / above
//!
//! Items that cannot run end amber and say why: the three audio tests are skipped while the
//! room rings or is in a call (they would disturb the meeting), and a method the connection's
//! level may not call is "not permitted at this level". Every step has a timeout (red). When
//! the room goes away mid-check, the running and remaining items end red "disconnected". The
//! check stops every test it started — on its end, on cancel(), on a timeout; when the room
//! went away, as soon as the session signs in again.
//!
//! Signals: start() -> started(), then per item itemChanged(i) when it starts running and when
//! it ends, then finished() (lastResult() holds it). cancel() ends the remaining items amber
//! "cancelled" and emits finished() too.
class ReadinessCheck final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessCheck)

public:
    enum class Item { Connection, Server, Login, Camera, Microphone, Speaker, AudioDelay };
    Q_ENUM(Item)
    enum class Verdict { Pending, Running, Green, Amber, Red };
    Q_ENUM(Verdict)

    struct ItemResult
    {
        Item item = Item::Connection;
        Verdict verdict = Verdict::Pending;
        QString detail; //!< readable; room texts in it are bounded
        QDateTime at; //!< when it ended (UTC); invalid while pending or running
    };

    struct Result
    {
        QList<ItemResult> items;
        QDateTime startedAt;
        QDateTime finishedAt; //!< invalid while running
        bool cancelled = false;
        //! The worst verdict of the ended items (Red > Amber > Green); Pending when none ended.
        Verdict overall() const;
        bool isValid() const { return !items.isEmpty(); }
    };

    struct Options
    {
        int stepTimeoutMs = 10000; //!< any single answer or frame
        int micListenMs = 3000; //!< how long the microphone's levels are read
        int speakerPlayMs = 2000; //!< how long the test sound is given to play
        int delayTimeoutMs = 20000; //!< the whole delay test
    };

    //! Microphone: a peak level (0..100) below this is "no signal" (red), below
    //! kMicWeakLevel "weak" (amber). A room in quiet speech shows 20-60.
    static constexpr int kMicNoSignalLevel = 3;
    static constexpr int kMicWeakLevel = 15;
    //! Audio delay (loudspeaker to microphone, as the room's echo canceller sees it): up to
    //! kDelayGoodMs is green, up to kDelayPoorMs amber (echo cancelling works, but strains),
    //! above red.
    static constexpr int kDelayGoodMs = 200;
    static constexpr int kDelayPoorMs = 400;

    explicit ReadinessCheck(QObject *parent = nullptr);
    ~ReadinessCheck() override;

    void setOptions(const Options &options) { m_options = options; }
    //! The devices the camera and audio items look at when the session has no DeviceState of
    //! its own (a session with Parts::None, as roomdeckctl's).
    void setDeviceSource(DeviceState *devices) { m_devices = devices; }
    const Options &options() const { return m_options; }

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void connectionStateChanged(RoomController::ConnectionState state) override;

    //! Starts a check; false (nothing happens) while one runs.
    bool start();
    //! Ends a running check: the running test is stopped, the rest "cancelled".
    void cancel();
    bool isRunning() const { return m_running; }
    //! The running check, or the last one.
    const Result &current() const { return m_result; }
    //! The last finished check; invalid before the first.
    const Result &lastResult() const { return m_last; }

    //! Every item, in the order the check runs them.
    static QList<Item> items();
    //! "Connection and sign-in", "Camera", ...
    static QString itemName(Item item);
    //! "OK", "Warning", "Problem", "Waiting", "Running": the verdict in words (never colour
    //! alone).
    static QString verdictName(Verdict verdict);
    //! The wire methods the check sends.
    static QStringList methods();

Q_SIGNALS:
    //! A check started (current() is all pending).
    void started();
    //! Item `index` of current() started running or ended.
    void itemChanged(int index);
    //! The check ended (also by cancel()); lastResult() holds it.
    void finished();

private:
    const DeviceState *devices() const;
    bool connected() const;
    bool inCall() const;
    void next();
    void runItem(Item item);
    void setRunning(const QString &detail);
    void finishItem(Verdict verdict, const QString &detail);
    void endRemaining(Verdict verdict, const QString &detail);
    void finish(bool cancelled);
    //! Stops the tests this check started (now, or at the next sign-in when not connected).
    void stopStartedTests();
    //! A fresh context for the current step's callbacks: dropping it ignores late answers.
    QObject *newStep();
    //! When an audio test cannot run here and now: the reason; empty when it can.
    QString audioBlocker(const QString &method) const;
    quint64 send(const QString &method, std::function<void(const RequestOutcome &)> done);
    //! Starts a test that must be stopped again; `*started` is set when the room confirms.
    void startTest(const QString &method, bool *started,
                   std::function<void(const RequestOutcome &)> done);

    void checkCamera();
    void checkMicrophone(bool retried);
    void micListened();
    void checkSpeaker();
    void checkDelay();
    void delayResult(int state, int delay);

    Options m_options;
    QPointer<DeviceState> m_devices;
    Result m_result;
    Result m_last;
    bool m_running = false;
    int m_index = -1;
    QPointer<QObject> m_step;
    QTimer m_stepTimer; //!< the running step's timeout
    QTimer m_waitTimer; //!< listening / playing
    bool m_micStarted = false;
    bool m_listening = false;
    int m_peak = -1; //!< the microphone's highest level this test; -1 = none reported
    bool m_delayStarted = false;
    bool m_awaitDelay = false;
    bool m_owedMicStop = false;
    bool m_owedDelayStop = false;
};
