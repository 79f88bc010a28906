// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "devicestate.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

//! A room lists a handful of devices; more is not a room we can show sensibly.
constexpr int kMaxDevices = 64;

struct MuteWire
{
    QString get;
    QString set;
    QString event;
    QString select;
    QString list; //!< getHardware's list member
    QString current; //!< getHardware's current-device prefix
};

const MuteWire &wire(DeviceState::Device device)
{
    static const MuteWire mic { u"getMicMute"_s,        u"setMicMute"_s,
                                u"audioCapturerMute"_s, u"setAudioCapturer"_s,
                                u"audioCapturers"_s,    u"currentAudioCapturer"_s };
    static const MuteWire camera { u"getVideoMute"_s,      u"setVideoMute"_s,
                                   u"videoCapturerMute"_s, u"setVideoCapturer"_s,
                                   u"videoCapturers"_s,    u"currentVideoCapturer"_s };
    static const MuteWire speaker { u"getAudioMute"_s,      u"setAudioMute"_s,
                                    u"audioRendererMute"_s, u"setAudioRenderer"_s,
                                    u"audioRenderers"_s,    u"currentAudioRenderer"_s };
    switch (device) {
    case DeviceState::Device::Microphone:
        return mic;
    case DeviceState::Device::Camera:
        return camera;
    case DeviceState::Device::Speaker:
        break;
    }
    return speaker;
}

struct OptionWire
{
    QString get;
    QString set;
    QString event;
};

const OptionWire &wire(DeviceState::Option option)
{
    static const OptionWire table[] = {
        { u"getNoiseSuppression"_s, u"setNoiseSuppression"_s, u"noiseSuppressionChanged"_s },
        { u"getBlur"_s, u"setBlur"_s, u"blurChanged"_s },
        { u"getReplaceBackground"_s, u"setReplaceBackground"_s, u"replaceBackgroundChanged"_s },
        { u"getCrop"_s, u"setCrop"_s, u"cropChanged"_s },
        { u"getOutputSelfVideoRotateAngle"_s, u"setOutputSelfVideoRotateAngle"_s,
          u"outputSelfVideoRotateAngleChanged"_s },
    };
    return table[int(option)];
}

constexpr DeviceState::Device kDevices[]
    = { DeviceState::Device::Microphone, DeviceState::Device::Camera,
        DeviceState::Device::Speaker };
constexpr DeviceState::Option kOptions[]
    = { DeviceState::Option::NoiseSuppression, DeviceState::Option::Blur,
        DeviceState::Option::ReplaceBackground, DeviceState::Option::Crop,
        DeviceState::Option::SelfViewRotation };

bool isRotation(int degrees)
{
    return degrees == 0 || degrees == 90 || degrees == 180 || degrees == 270;
}

//! An integral JSON number, or nullopt.
std::optional<int> integral(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 1e9)
        return std::nullopt;
    return int(d);
}

} // namespace

DeviceState::DeviceState(QObject *parent)
    : QObject(parent)
{ }

QStringList DeviceState::roomEvents() const
{
    QStringList events { u"hardwareChanged"_s };
    for (Device d : kDevices)
        events << wire(d).event;
    for (Option o : kOptions)
        events << wire(o).event;
    return events;
}

QStringList DeviceState::methods()
{
    QStringList m { u"getHardware"_s, u"getAudioReceivingLevel"_s, u"setAudioReceivingLevel"_s };
    for (Device d : kDevices)
        m << wire(d).get << wire(d).set << wire(d).select;
    for (Option o : kOptions)
        m << wire(o).get << wire(o).set;
    return m;
}

QString DeviceState::deviceNoun(Device device)
{
    switch (device) {
    case Device::Microphone:
        return tr("microphone", "a device named inside a sentence");
    case Device::Camera:
        return tr("camera", "a device named inside a sentence");
    case Device::Speaker:
        return tr("speaker", "a device named inside a sentence");
    }
    return {};
}

QString DeviceState::deviceName(Device device)
{
    switch (device) {
    case Device::Microphone:
        return tr("Microphone");
    case Device::Camera:
        return tr("Camera");
    case Device::Speaker:
        return tr("Speaker");
    }
    return {};
}

QString DeviceState::optionName(Option option)
{
    switch (option) {
    case Option::NoiseSuppression:
        return tr("Noise suppression");
    case Option::Blur:
        return tr("Background blur");
    case Option::ReplaceBackground:
        return tr("Background replacement");
    case Option::Crop:
        return tr("Crop to people");
    case Option::SelfViewRotation:
        return tr("Self-view rotation");
    }
    return {};
}

QString DeviceState::muteText(std::optional<bool> muted)
{
    if (!muted)
        return tr("Not known");
    return *muted ? tr("Muted") : tr("On");
}

// --- reading ---------------------------------------------------------------------------------

void DeviceState::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    m_refreshPending += 1 + int(std::size(kDevices)) + int(std::size(kOptions));
    controller()->sendRequest(u"getHardware"_s, {}, this, [this](const RequestOutcome &o) {
        if (o.ok())
            applyHardware(o.reply);
        readEnded();
    });
    for (Device d : kDevices)
        readMute(d);
    for (Option o : kOptions)
        readOption(o, true);
}

void DeviceState::readEnded()
{
    if (m_refreshPending > 0 && --m_refreshPending == 0)
        Q_EMIT refreshed();
}

QString DeviceState::muteSummary() const
{
    QStringList muted;
    for (Device d : kDevices)
        if (m_mute[int(d)].value_or(false))
            muted << tr("%1 muted").arg(deviceName(d));
    return muted.join(u" · "_s);
}

void DeviceState::readMute(Device device)
{
    controller()->sendRequest(wire(device).get, {}, this, [this, device](const RequestOutcome &o) {
        if (o.ok())
            applyMute(device, o.reply.value(u"mute"_s));
        readEnded();
    });
}

void DeviceState::readOption(Option option, bool counted)
{
    if (!controller())
        return;
    controller()->sendRequest(wire(option).get, {}, this,
                              [this, option, counted](const RequestOutcome &o) {
                                  const bool answered = o.status != RequestOutcome::Status::Timeout
                                      && o.status != RequestOutcome::Status::Disconnected;
                                  // A refusal ("Unknown method" from an older room) or a reply
                                  // without the value: the room does not report this option. No
                                  // answer: nothing learnt.
                                  if (answered && (!o.ok() || !applyOption(option, o.reply)))
                                      setOptionState(option, {});
                                  if (counted)
                                      readEnded();
                              });
}

void DeviceState::applyMute(Device device, const QJsonValue &value)
{
    if (!value.isBool())
        return; // not an answer we can read: stays as it was
    const int i = int(device);
    if (m_mute[i] == value.toBool())
        return;
    m_mute[i] = value.toBool();
    Q_EMIT muteChanged(device, value.toBool());
    Q_EMIT changed();
}

void DeviceState::applyHardware(const QJsonObject &payload)
{
    for (Device d : kDevices) {
        const MuteWire &w = wire(d);
        QList<Hardware> list;
        for (const QJsonValue &v : payload.value(w.list).toArray()) {
            const QJsonObject o = v.toObject();
            Hardware h;
            h.name = o.value(u"name"_s).toString();
            h.description = o.value(u"description"_s).toString();
            h.type = o.value(u"type"_s).toInt();
            h.connected = o.value(u"connected"_s).toBool(true);
            // Kept whole (the room needs them back exactly to select the device), but a name
            // no room would send is not listed at all.
            if (h.name.isEmpty() || h.name.size() > RoomText::kNameLength
                || h.description.size() > RoomText::kTextLength)
                continue;
            list.append(h);
            if (list.size() >= kMaxDevices)
                break;
        }
        const int i = int(d);
        m_lists[i] = list;
        const QString name = payload.value(w.current + u"Name"_s).toString();
        const QString description = payload.value(w.current + u"Description"_s).toString();
        if (name.isEmpty() || (name == u"none"_s && description == u"none"_s)) {
            m_current[i].reset();
        } else {
            Hardware h;
            h.name = name;
            h.description = description;
            h.type = payload.value(w.current + u"Type"_s).toInt();
            m_current[i] = h;
        }
    }
    m_hardwareKnown = true;
    Q_EMIT hardwareChanged();
    Q_EMIT changed();
}

bool DeviceState::applyOption(Option option, const QJsonObject &payload)
{
    OptionState s;
    s.reported = true;
    if (option == Option::SelfViewRotation) {
        std::optional<int> angle = integral(payload.value(u"outputSelfVideoRotateAngle"_s));
        if (!angle)
            angle = integral(payload.value(u"rotateAngle"_s));
        if (!angle || !isRotation(*angle))
            return false;
        s.value = *angle;
        s.enabled = *angle != 0;
    } else {
        QJsonValue v = payload.value(u"enabled"_s);
        if (option == Option::Crop && !v.isBool())
            v = payload.value(u"cropImageStatus"_s); // the event's name for it
        if (v.isBool())
            s.enabled = v.toBool();
        else if (const std::optional<int> n = integral(v))
            s.enabled = *n != 0;
        else
            return false;
        if (option == Option::ReplaceBackground)
            s.fileId = integral(payload.value(u"fileId"_s)).value_or(-1);
    }
    setOptionState(option, s);
    return true;
}

void DeviceState::setOptionState(Option option, const OptionState &state)
{
    OptionState &old = m_options[int(option)];
    if (old.reported == state.reported && old.enabled == state.enabled && old.value == state.value
        && old.fileId == state.fileId)
        return;
    old = state;
    Q_EMIT optionChanged(option);
    Q_EMIT changed();
}

void DeviceState::handleRoomEvent(const RoomMessage &event)
{
    const QString &name = event.event;
    if (name == u"hardwareChanged"_s) {
        applyHardware(event.body);
        return;
    }
    for (Device d : kDevices) {
        if (name == wire(d).event) {
            applyMute(d, event.body.value(u"mute"_s));
            return;
        }
    }
    for (Option o : kOptions) {
        if (name != wire(o).event)
            continue;
        // Some builds send the event without the value (the catalogue knows only its name):
        // then the value is read.
        if (!applyOption(o, event.body) && controller() && controller()->isAuthenticated())
            readOption(o);
        return;
    }
}

void DeviceState::forgetRoom()
{
    for (auto &m : m_mute)
        m.reset();
    for (auto &l : m_lists)
        l.clear();
    for (auto &c : m_current)
        c.reset();
    for (auto &o : m_options)
        o = {};
    m_hardwareKnown = false;
    m_receivingLevels.clear();
    m_refreshPending = 0; // the reads end as Disconnected; nothing to wait for
    Q_EMIT hardwareChanged();
    Q_EMIT changed();
}

// --- state -----------------------------------------------------------------------------------

std::optional<bool> DeviceState::isMuted(Device device) const
{
    return m_mute[int(device)];
}

QList<DeviceState::Hardware> DeviceState::devices(Device device) const
{
    return m_lists[int(device)];
}

std::optional<DeviceState::Hardware> DeviceState::current(Device device) const
{
    return m_current[int(device)];
}

DeviceState::OptionState DeviceState::option(Option option) const
{
    return m_options[int(option)];
}

std::optional<int> DeviceState::receivingLevel(const QString &peerId) const
{
    const auto it = m_receivingLevels.constFind(peerId);
    if (it == m_receivingLevels.constEnd())
        return std::nullopt;
    return *it;
}

// --- verbs -----------------------------------------------------------------------------------

void DeviceState::refuseLater(const QString &method, const QString &text, const QString &what,
                              QObject *context, PendingRequests::Callback done)
{
    RequestEnding::refuseLater(this, method, text, context, std::move(done),
                               [this, what](const RequestOutcome &o) {
                                   Q_EMIT failed(tr("%1 failed: %2").arg(what, o.errorText));
                               });
}

quint64 DeviceState::send(const QString &method, const QJsonObject &params, const QString &what,
                          QObject *context, PendingRequests::Callback done,
                          PendingRequests::Callback onOk)
{
    RoomController *c = controller();
    if (!c) {
        refuseLater(method, tr("Not connected to a room"), what, context, std::move(done));
        return 0;
    }
    if (c->isReady() && !c->capabilities().testFlag(Permissions::Capability::Devices)) {
        refuseLater(method, tr("This connection may not change the room's devices"), what, context,
                    std::move(done));
        return 0;
    }
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return c->sendRequest(
        method, params, this, [this, what, guard, hasContext, done, onOk](const RequestOutcome &o) {
            if (o.ok() && onOk)
                onOk(o);
            if (!o.ok())
                Q_EMIT failed(tr("%1 failed: %2").arg(what, RoomText::bounded(o.errorText)));
            if (done && (guard || !hasContext))
                done(o);
        });
}

quint64 DeviceState::setMuted(Device device, bool muted, QObject *context,
                              PendingRequests::Callback done)
{
    const QString what = muted ? tr("Muting the %1").arg(deviceNoun(device))
                               : tr("Turning the %1 on").arg(deviceNoun(device));
    return send(wire(device).set, { { u"mute"_s, muted } }, what, context, std::move(done));
}

quint64 DeviceState::select(Device device, const Hardware &hardware, QObject *context,
                            PendingRequests::Callback done)
{
    const QString what
        = tr("Choosing the %1 “%2”").arg(deviceNoun(device), RoomText::name(hardware.name));
    return send(wire(device).select,
                { { u"name"_s, hardware.name }, { u"description"_s, hardware.description } }, what,
                context, std::move(done));
}

quint64 DeviceState::selectNone(Device device, QObject *context, PendingRequests::Callback done)
{
    const QString what = tr("Turning off the choice of %1").arg(deviceNoun(device));
    return send(wire(device).select, { { u"name"_s, u"none"_s }, { u"description"_s, u"none"_s } },
                what, context, std::move(done));
}

quint64 DeviceState::setOptionEnabled(Option option, bool enabled, QObject *context,
                                      PendingRequests::Callback done)
{
    const QString what = tr("Changing “%1”").arg(optionName(option));
    switch (option) {
    case Option::SelfViewRotation:
        return setSelfViewRotation(enabled ? 90 : 0, context, std::move(done));
    case Option::ReplaceBackground:
        if (enabled) {
            refuseLater(wire(option).set, tr("choose the image to show behind the people first"),
                        what, context, std::move(done));
            return 0;
        }
        return setReplaceBackground(false, m_options[int(option)].fileId, context, std::move(done));
    case Option::Crop:
        // The sources disagree on the parameter's name (`enabled` in TrueConf's Python client,
        // `enable` in both Qt wrappers); a room ignores the one it does not know.
        return send(wire(option).set, { { u"enabled"_s, enabled }, { u"enable"_s, enabled } }, what,
                    context, std::move(done));
    case Option::NoiseSuppression:
    case Option::Blur:
        break;
    }
    return send(wire(option).set, { { u"enabled"_s, enabled } }, what, context, std::move(done));
}

quint64 DeviceState::setReplaceBackground(bool enabled, int fileId, QObject *context,
                                          PendingRequests::Callback done)
{
    const QString what = tr("Changing “%1”").arg(optionName(Option::ReplaceBackground));
    QJsonObject params { { u"enabled"_s, enabled } };
    if (fileId >= 0)
        params.insert(u"fileId"_s, fileId);
    else if (enabled) {
        refuseLater(wire(Option::ReplaceBackground).set,
                    tr("choose the image to show behind the people first"), what, context,
                    std::move(done));
        return 0;
    }
    return send(wire(Option::ReplaceBackground).set, params, what, context, std::move(done));
}

quint64 DeviceState::setSelfViewRotation(int degrees, QObject *context,
                                         PendingRequests::Callback done)
{
    const QString what = tr("Changing “%1”").arg(optionName(Option::SelfViewRotation));
    const QString method = wire(Option::SelfViewRotation).set;
    if (!isRotation(degrees)) {
        refuseLater(method, tr("the rotation must be 0, 90, 180 or 270 degrees"), what, context,
                    std::move(done));
        return 0;
    }
    return send(method, { { u"rotateAngle"_s, degrees } }, what, context, std::move(done));
}

quint64 DeviceState::readReceivingLevel(const QString &peerId, QObject *context,
                                        PendingRequests::Callback done)
{
    const QString what = tr("Reading how loud %1 is heard").arg(RoomText::name(peerId));
    return send(u"getAudioReceivingLevel"_s, { { u"peerId"_s, peerId } }, what, context,
                std::move(done), [this, peerId](const RequestOutcome &o) {
                    const std::optional<int> level = integral(o.reply.value(u"level"_s));
                    if (!level)
                        return;
                    m_receivingLevels.insert(peerId, qBound(0, *level, kMaxReceivingLevel));
                    Q_EMIT receivingLevelChanged(peerId, m_receivingLevels.value(peerId));
                });
}

quint64 DeviceState::setReceivingLevel(const QString &peerId, int level, QObject *context,
                                       PendingRequests::Callback done)
{
    const QString what = tr("Changing how loud %1 is heard").arg(RoomText::name(peerId));
    const QString method = u"setAudioReceivingLevel"_s;
    if (level < 0 || level > kMaxReceivingLevel) {
        refuseLater(method, tr("the level must be 0 to %1").arg(kMaxReceivingLevel), what, context,
                    std::move(done));
        return 0;
    }
    // The room announces no change of it (no event is known): the accepted value is the state.
    return send(method, { { u"peerId"_s, peerId }, { u"level"_s, level } }, what, context,
                std::move(done), [this, peerId, level](const RequestOutcome &) {
                    m_receivingLevels.insert(peerId, level);
                    Q_EMIT receivingLevelChanged(peerId, level);
                });
}
