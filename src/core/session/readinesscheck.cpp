// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "readinesscheck.h"

#include "core/http/framesource.h"
#include "core/models/devicestate.h"
#include "core/models/serveraccountstate.h"
#include "core/permissions/permissions.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kMicStart = u"testAudioCapturerStart"_s;
const QString kMicStop = u"testAudioCapturerStop"_s;
const QString kSpeaker = u"testAudioRenderer"_s;
const QString kDelayStart = u"startAudioDelayDetectorTest"_s;
const QString kDelayStop = u"stopAudioDelayDetectorTest"_s;
const QString kMicLevel = u"testAudioCapturerLevel"_s;
const QString kMicState = u"testAudioCapturerStateChanged"_s;
const QString kDelayState = u"audioDelayDetectorTestStateChanged"_s;

//! A finite number from the room as an int in [lo, hi]; nullopt otherwise.
std::optional<int> number(const QJsonValue &v, int lo, int hi)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return int(qBound(double(lo), std::round(v.toDouble()), double(hi)));
}

int rank(ReadinessCheck::Verdict v)
{
    switch (v) {
    case ReadinessCheck::Verdict::Red:
        return 3;
    case ReadinessCheck::Verdict::Amber:
        return 2;
    case ReadinessCheck::Verdict::Green:
        return 1;
    default:
        return 0;
    }
}

} // namespace

ReadinessCheck::Verdict ReadinessCheck::Result::overall() const
{
    Verdict worst = Verdict::Pending;
    for (const ItemResult &r : items)
        if (rank(r.verdict) > rank(worst))
            worst = r.verdict;
    return worst;
}

ReadinessCheck::ReadinessCheck(QObject *parent)
    : QObject(parent)
{
    m_stepTimer.setSingleShot(true);
    m_waitTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] {
        stopStartedTests();
        finishItem(Verdict::Red, tr("The room did not answer in time"));
    });
}

ReadinessCheck::~ReadinessCheck() = default;

QList<ReadinessCheck::Item> ReadinessCheck::items()
{
    return { Item::Connection, Item::Server,  Item::Login,     Item::Camera,
             Item::Microphone, Item::Speaker, Item::AudioDelay };
}

QString ReadinessCheck::itemName(Item item)
{
    switch (item) {
    case Item::Connection:
        return tr("Connection and sign-in");
    case Item::Server:
        return tr("Server connection");
    case Item::Login:
        return tr("Account login");
    case Item::Camera:
        return tr("Camera");
    case Item::Microphone:
        return tr("Microphone");
    case Item::Speaker:
        return tr("Speaker");
    case Item::AudioDelay:
        return tr("Audio delay");
    }
    return {};
}

QString ReadinessCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return tr("Waiting");
    case Verdict::Running:
        return tr("Running");
    case Verdict::Green:
        return tr("OK");
    case Verdict::Amber:
        return tr("Warning");
    case Verdict::Red:
        return tr("Problem");
    }
    return {};
}

QStringList ReadinessCheck::methods()
{
    return { kMicStart, kMicStop, kSpeaker, kDelayStart, kDelayStop };
}

QStringList ReadinessCheck::roomEvents() const
{
    return { kMicLevel, kMicState, kDelayState };
}

const DeviceState *ReadinessCheck::devices() const
{
    if (m_devices)
        return m_devices;
    return session() ? session()->devices() : nullptr;
}

bool ReadinessCheck::connected() const
{
    return controller() && controller()->isReady();
}

bool ReadinessCheck::inCall() const
{
    const Room::AppState s = controller() ? controller()->appState() : Room::AppState::Unknown;
    return s == Room::AppState::Wait || s == Room::AppState::Conference
        || s == Room::AppState::Close;
}

// --- running ---------------------------------------------------------------------------------

bool ReadinessCheck::start()
{
    if (m_running)
        return false;
    m_result = Result {};
    for (Item item : items())
        m_result.items.append(ItemResult { item, Verdict::Pending, {}, {} });
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    m_index = -1;
    Q_EMIT started();
    next();
    return true;
}

void ReadinessCheck::cancel()
{
    if (!m_running)
        return;
    stopStartedTests();
    endRemaining(Verdict::Amber, tr("Cancelled"));
    finish(true);
}

void ReadinessCheck::next()
{
    if (!m_running)
        return;
    if (++m_index >= m_result.items.size()) {
        finish(false);
        return;
    }
    const Item item = m_result.items.at(m_index).item;
    if (item != Item::Connection && !connected()) {
        endRemaining(Verdict::Red, tr("Disconnected"));
        finish(false);
        return;
    }
    setRunning({});
    runItem(item);
}

void ReadinessCheck::runItem(Item item)
{
    switch (item) {
    case Item::Connection:
        if (connected())
            finishItem(Verdict::Green,
                       tr("Signed in as %1").arg(Room::roleName(controller()->role())));
        else
            finishItem(Verdict::Red, tr("Not connected to the room"));
        return;
    case Item::Server: {
        const Room::AppState s = controller()->appState();
        const QString server = session() && session()->serverAccount()
            ? RoomText::name(session()->serverAccount()->server())
            : QString();
        if (int(s) >= int(Room::AppState::Login))
            finishItem(Verdict::Green,
                       server.isEmpty() ? tr("Connected") : tr("Connected to %1").arg(server));
        else if (s == Room::AppState::Connect)
            finishItem(Verdict::Amber, tr("The room is connecting to its server"));
        else
            finishItem(Verdict::Red, tr("The room is not connected to a TrueConf server"));
        return;
    }
    case Item::Login: {
        const Room::AppState s = controller()->appState();
        if (int(s) >= int(Room::AppState::Normal))
            finishItem(Verdict::Green,
                       tr("Logged in as %1").arg(RoomText::name(controller()->trueConfId())));
        else if (s == Room::AppState::Login)
            finishItem(Verdict::Red, tr("The room is not logged in"));
        else
            finishItem(Verdict::Red, tr("Not logged in: no server connection"));
        return;
    }
    case Item::Camera:
        checkCamera();
        return;
    case Item::Microphone:
        checkMicrophone(false);
        return;
    case Item::Speaker:
        checkSpeaker();
        return;
    case Item::AudioDelay:
        checkDelay();
        return;
    }
}

QObject *ReadinessCheck::newStep()
{
    delete m_step.data();
    m_step = new QObject(this);
    return m_step;
}

void ReadinessCheck::setRunning(const QString &detail)
{
    ItemResult &r = m_result.items[m_index];
    r.verdict = Verdict::Running;
    r.detail = detail;
    Q_EMIT itemChanged(m_index);
}

void ReadinessCheck::finishItem(Verdict verdict, const QString &detail)
{
    if (!m_running || m_index < 0 || m_index >= m_result.items.size())
        return;
    m_stepTimer.stop();
    m_waitTimer.stop();
    delete m_step.data();
    m_listening = false;
    m_awaitDelay = false;
    ItemResult &r = m_result.items[m_index];
    r.verdict = verdict;
    r.detail = detail;
    r.at = QDateTime::currentDateTimeUtc();
    Q_EMIT itemChanged(m_index);
    next();
}

void ReadinessCheck::endRemaining(Verdict verdict, const QString &detail)
{
    m_stepTimer.stop();
    m_waitTimer.stop();
    delete m_step.data();
    m_listening = false;
    m_awaitDelay = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = qMax(0, m_index); i < m_result.items.size(); ++i) {
        ItemResult &r = m_result.items[i];
        if (r.verdict != Verdict::Pending && r.verdict != Verdict::Running)
            continue;
        r.verdict = verdict;
        r.detail = detail;
        r.at = now;
        Q_EMIT itemChanged(i);
    }
    m_index = int(m_result.items.size());
}

void ReadinessCheck::finish(bool cancelled)
{
    m_running = false;
    m_result.cancelled = cancelled;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    m_last = m_result;
    Q_EMIT finished();
}

quint64 ReadinessCheck::send(const QString &method,
                             std::function<void(const RequestOutcome &)> done)
{
    m_stepTimer.start(m_options.stepTimeoutMs);
    return controller()->sendRequest(method, {}, m_step, std::move(done), m_options.stepTimeoutMs);
}

void ReadinessCheck::startTest(const QString &method, bool *started,
                               std::function<void(const RequestOutcome &)> done)
{
    // Not tied to the step: a test whose start is confirmed only after its step ended (cancel,
    // timeout, the room gone) is stopped right then.
    const QPointer<QObject> step = m_step;
    m_stepTimer.start(m_options.stepTimeoutMs);
    controller()->sendRequest(
        method, {}, this,
        [this, step, started, done](const RequestOutcome &o) {
            if (o.ok())
                *started = true;
            if (step)
                done(o);
            else if (o.ok())
                stopStartedTests();
        },
        m_options.stepTimeoutMs);
}

void ReadinessCheck::stopStartedTests()
{
    m_owedMicStop = m_owedMicStop || m_micStarted;
    m_owedDelayStop = m_owedDelayStop || m_delayStarted;
    m_micStarted = false;
    m_delayStarted = false;
    if (!connected())
        return; // the next sign-in stops them (resyncAfterSignIn)
    // Not tied to the step: the stop goes out even when the step ends now.
    if (std::exchange(m_owedMicStop, false))
        controller()->sendRequest(kMicStop, {});
    if (std::exchange(m_owedDelayStop, false))
        controller()->sendRequest(kDelayStop, {});
}

void ReadinessCheck::resyncAfterSignIn()
{
    // Tests this check left running when the room went away ("Invalid state" when the room
    // ended them itself meanwhile: nothing to do then).
    if (!m_running)
        stopStartedTests();
}

void ReadinessCheck::connectionStateChanged(RoomController::ConnectionState state)
{
    if (!m_running || state == RoomController::ConnectionState::Connected)
        return;
    stopStartedTests(); // owed until the next sign-in
    endRemaining(Verdict::Red, tr("Disconnected"));
    finish(false);
}

QString ReadinessCheck::audioBlocker(const QString &method) const
{
    if (inCall())
        return tr("Skipped: the room is in a call, and the test would disturb the meeting");
    if (!Permissions::mayCall(controller()->role(), method))
        return tr("Not permitted at this level");
    return {};
}

// --- camera ----------------------------------------------------------------------------------

void ReadinessCheck::checkCamera()
{
    const DeviceState *devices = this->devices();
    if (devices && devices->isHardwareKnown()) {
        if (!devices->current(DeviceState::Device::Camera)) {
            finishItem(Verdict::Red,
                       devices->devices(DeviceState::Device::Camera).isEmpty()
                           ? tr("The room has no camera")
                           : tr("No camera selected"));
            return;
        }
    }
    if (devices && devices->isMuted(DeviceState::Device::Camera).value_or(false)) {
        finishItem(Verdict::Amber, tr("The camera is off"));
        return;
    }
    FrameSource *source = FrameSources::of(controller())->source();
    if (source->isCameraMuted()) {
        finishItem(Verdict::Amber, tr("The camera is off"));
        return;
    }
    QObject *step = newStep();
    connect(source, &FrameSource::fetchFinished, step, [this, source](FrameSource::State state) {
        switch (state) {
        case FrameSource::State::Live:
            finishItem(Verdict::Green,
                       tr("Picture received (%1 KB)")
                           .arg(qMax(1, int(source->lastFrame().size() / 1024))));
            return;
        case FrameSource::State::CameraOff:
            finishItem(Verdict::Amber, tr("The camera is off"));
            return;
        default:
            finishItem(Verdict::Red,
                       tr("No picture: %1")
                           .arg(source->errorText().isEmpty() ? FrameSource::stateName(state)
                                                              : source->errorText()));
            return;
        }
    });
    setRunning(tr("Fetching a picture"));
    m_stepTimer.start(m_options.stepTimeoutMs);
    source->fetchOnce();
}

// --- microphone ------------------------------------------------------------------------------

void ReadinessCheck::checkMicrophone(bool retried)
{
    if (const QString why = audioBlocker(kMicStart); !why.isEmpty()) {
        finishItem(Verdict::Amber, why);
        return;
    }
    const DeviceState *devices = this->devices();
    if (devices && devices->isHardwareKnown()
        && !devices->current(DeviceState::Device::Microphone)) {
        finishItem(Verdict::Red, tr("No microphone selected"));
        return;
    }
    newStep();
    m_peak = -1;
    setRunning(tr("Listening"));
    startTest(kMicStart, &m_micStarted, [this, retried](const RequestOutcome &o) {
        if (o.ok()) {
            m_listening = true;
            m_stepTimer.stop();
            QObject *step = m_step;
            m_waitTimer.callOnTimeout(step, [this] { micListened(); });
            m_waitTimer.start(m_options.micListenMs);
            return;
        }
        // A test left running (by an earlier check that lost the room): stop it, try again once.
        if (!retried && o.status == RequestOutcome::Status::ErrorReply
            && o.errorText == u"Invalid state"_s && !inCall()) {
            controller()->sendRequest(kMicStop, {}, m_step,
                                      [this](const RequestOutcome &) { checkMicrophone(true); });
            return;
        }
        finishItem(Verdict::Red,
                   tr("The room refused the test: %1").arg(RoomText::bounded(o.errorText, 200)));
    });
}

void ReadinessCheck::micListened()
{
    m_listening = false;
    const int peak = m_peak;
    const DeviceState *devices = this->devices();
    const bool muted = devices && devices->isMuted(DeviceState::Device::Microphone).value_or(false);
    const auto verdict = [this, peak, muted] {
        if (peak < 0)
            finishItem(Verdict::Red, tr("The room reported no microphone level"));
        else if (peak < kMicNoSignalLevel)
            finishItem(Verdict::Red, tr("No signal from the microphone (peak %1%)").arg(peak));
        else if (peak < kMicWeakLevel)
            finishItem(Verdict::Amber, tr("Weak microphone signal (peak %1%)").arg(peak));
        else if (muted)
            finishItem(Verdict::Amber,
                       tr("The microphone works (peak %1%) but is muted").arg(peak));
        else
            finishItem(Verdict::Green, tr("Signal received (peak %1%)").arg(peak));
    };
    if (!m_micStarted) { // the room ended the test itself
        verdict();
        return;
    }
    send(kMicStop, [this, verdict](const RequestOutcome &o) {
        if (o.status == RequestOutcome::Status::Reply
            || o.status == RequestOutcome::Status::ErrorReply)
            m_micStarted = false;
        else
            stopStartedTests();
        verdict();
    });
}

// --- speaker ---------------------------------------------------------------------------------

void ReadinessCheck::checkSpeaker()
{
    if (const QString why = audioBlocker(kSpeaker); !why.isEmpty()) {
        finishItem(Verdict::Amber, why);
        return;
    }
    const DeviceState *devices = this->devices();
    if (devices && devices->isHardwareKnown() && !devices->current(DeviceState::Device::Speaker)) {
        finishItem(Verdict::Red, tr("No speaker selected"));
        return;
    }
    if (devices && devices->isMuted(DeviceState::Device::Speaker).value_or(false)) {
        finishItem(Verdict::Amber, tr("The speaker is muted"));
        return;
    }
    QObject *step = newStep();
    setRunning(tr("Playing a test sound"));
    send(kSpeaker, [this, step](const RequestOutcome &o) {
        if (!o.ok()) {
            finishItem(
                Verdict::Red,
                tr("The room refused the test: %1").arg(RoomText::bounded(o.errorText, 200)));
            return;
        }
        m_stepTimer.stop();
        // The room announces no end of the sound: give it the time it plays.
        m_waitTimer.callOnTimeout(step, [this] {
            finishItem(Verdict::Green, tr("Test sound played; listen in the room"));
        });
        m_waitTimer.start(m_options.speakerPlayMs);
    });
}

// --- audio delay -----------------------------------------------------------------------------

void ReadinessCheck::checkDelay()
{
    if (const QString why = audioBlocker(kDelayStart); !why.isEmpty()) {
        finishItem(Verdict::Amber, why);
        return;
    }
    newStep();
    setRunning(tr("Measuring"));
    m_awaitDelay = true;
    startTest(kDelayStart, &m_delayStarted, [this](const RequestOutcome &o) {
        if (!o.ok()) {
            finishItem(
                Verdict::Red,
                tr("The room refused the test: %1").arg(RoomText::bounded(o.errorText, 200)));
            return;
        }
        m_stepTimer.start(m_options.delayTimeoutMs); // the result may take a while
    });
}

void ReadinessCheck::delayResult(int state, int delay)
{
    m_awaitDelay = false;
    m_delayStarted = false;
    if (state == 2 && delay <= kDelayGoodMs)
        finishItem(Verdict::Green, tr("%1 ms").arg(delay));
    else if (state == 2 && delay <= kDelayPoorMs)
        finishItem(Verdict::Amber, tr("%1 ms: echo cancelling may struggle").arg(delay));
    else if (state == 2)
        finishItem(Verdict::Red, tr("%1 ms: too long for echo cancelling").arg(delay));
    else if (state == 0)
        finishItem(Verdict::Amber, tr("The test was stopped on the room"));
    else
        finishItem(Verdict::Amber,
                   tr("Nothing measured: check that the speaker is loud enough for the "
                      "microphone"));
}

void ReadinessCheck::handleRoomEvent(const RoomMessage &event)
{
    const QJsonObject &p = event.body;
    if (event.event == kMicLevel) {
        const std::optional<int> level = number(p.value(u"lvl"_s), 0, 100);
        if (m_listening && level)
            m_peak = qMax(m_peak, *level);
    } else if (event.event == kMicState) {
        if (m_listening && p.value(u"started"_s) == QJsonValue(false)) {
            m_micStarted = false; // the room ended the test: decide on what was heard
            m_waitTimer.stop();
            micListened();
        }
    } else if (event.event == kDelayState && m_awaitDelay) {
        const int state = number(p.value(u"state"_s), -1, 1000).value_or(-1);
        if (state == 1)
            return;
        delayResult(state, number(p.value(u"delay"_s), 0, 1000000).value_or(0));
    }
}
