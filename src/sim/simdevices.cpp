// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simdevices.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPtzTickMs = 200;

} // namespace

QJsonObject SimDevices::Axis::toJson() const
{
    if (!support)
        return { { u"support"_s, false } };
    return {
        { u"support"_s, true },
        { u"isContinuousType"_s, continuous },
        { u"minValue"_s, minValue },
        { u"maxValue"_s, maxValue },
        { u"currentValue"_s, current },
        { u"defValue"_s, defValue },
        { u"step"_s, step },
        { u"inverted"_s, false },
    };
}

SimDevices::SimDevices(SimHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    m_cameras = {
        { u"Logitech PTZ Pro 2"_s, u"usb-046d_PTZ_Pro_2_5F3B1A2C-video-index0"_s, 0, true, true },
        { u"HD Pro Webcam C920"_s, u"usb-046d_HD_Pro_Webcam_C920_8A1E2F0D-video-index0"_s, 0, true,
          false },
        { u"OBS Virtual Camera"_s, u"platform-v4l2loopback-000-video-index0"_s, 1, true, false },
        { u"Logitech BRIO"_s, u"usb-046d_Logitech_BRIO_2C3D4E5F-video-index0"_s, 0, false, false },
        // NDI receive: a source on the network is one more camera the room can pick.
        { u"NDI: PRODUCTION-PC (Program)"_s, u"ndi://PRODUCTION-PC (Program)"_s, 1, true, false },
    };
    m_microphones = {
        { u"Jabra SPEAK 510 USB Mono"_s,
          u"alsa_input.usb-0b0e_Jabra_SPEAK_510_USB_745C4B5B7E3A-00.mono-fallback"_s, 0 },
        { u"Shure MXA310 Table Array"_s, u"alsa_input.usb-Shure_Inc_MXA310-00.analog-stereo"_s, 0 },
        { u"Built-in Audio Analog Stereo"_s, u"alsa_input.pci-0000_00_1f.3.analog-stereo"_s, 1 },
    };
    m_speakers = {
        { u"Jabra SPEAK 510 USB Mono"_s,
          u"alsa_output.usb-0b0e_Jabra_SPEAK_510_USB_745C4B5B7E3A-00.mono-fallback"_s, 0 },
        { u"HDMI / DisplayPort 1 Output"_s, u"alsa_output.pci-0000_01_00.1.hdmi-stereo"_s, 0 },
        { u"Built-in Audio Analog Stereo"_s, u"alsa_output.pci-0000_00_1f.3.analog-stereo"_s, 1 },
    };
    // Named and parented so that tests can check it is stopped instead of waiting for ticks.
    m_ptzTimer.setParent(this);
    m_ptzTimer.setObjectName(u"ptzTimer"_s);
    m_ptzTimer.setInterval(kPtzTickMs);
    connect(&m_ptzTimer, &QTimer::timeout, this, &SimDevices::tick);
    configurePtz();
}

SimDevices::~SimDevices() = default;

SimCommandTable SimDevices::commands()
{
    const auto mover = [this](Axis *axis, int direction) {
        return [this, axis, direction](const QJsonObject &) {
            return move(axis, direction);
        };
    };
    const auto positioner = [this](Axis *axis) {
        return [this, axis](const QJsonObject &r) {
            return setPosition(axis, r);
        };
    };
    return {
        { u"getHardware"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(hardwareJson());
          } },
        { u"setVideoCapturer"_s,
          [this](const QJsonObject &r) {
              return selectDevice(Kind::VideoCapturer, r);
          } },
        { u"setAudioCapturer"_s,
          [this](const QJsonObject &r) {
              return selectDevice(Kind::AudioCapturer, r);
          } },
        { u"setAudioRenderer"_s,
          [this](const QJsonObject &r) {
              return selectDevice(Kind::AudioRenderer, r);
          } },
        { u"getMicMute"_s,
          [this](const QJsonObject &) {
              return getMute(&m_micMute);
          } },
        { u"getAudioMute"_s,
          [this](const QJsonObject &) {
              return getMute(&m_speakerMute);
          } },
        { u"getVideoMute"_s,
          [this](const QJsonObject &) {
              return getMute(&m_cameraMute);
          } },
        { u"setMicMute"_s,
          [this](const QJsonObject &r) {
              return setMute(&m_micMute, u"audioCapturerMute"_s, r);
          } },
        { u"setAudioMute"_s,
          [this](const QJsonObject &r) {
              return setMute(&m_speakerMute, u"audioRendererMute"_s, r);
          } },
        { u"setVideoMute"_s,
          [this](const QJsonObject &r) {
              return setMute(&m_cameraMute, u"videoCapturerMute"_s, r);
          } },
        { u"getPtzControls"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(ptzJson());
          } },
        { u"ptzLeft"_s, mover(&m_pan, -1) },
        { u"ptzRight"_s, mover(&m_pan, +1) },
        { u"ptzDown"_s, mover(&m_tilt, -1) },
        { u"ptzUp"_s, mover(&m_tilt, +1) },
        { u"ptzZoomDec"_s, mover(&m_zoom, -1) },
        { u"ptzZoomInc"_s, mover(&m_zoom, +1) },
        { u"ptzStop"_s,
          [this](const QJsonObject &) {
              return stop();
          } },
        { u"setPanPos"_s, positioner(&m_pan) },
        { u"setTiltPos"_s, positioner(&m_tilt) },
        { u"setZoomPos"_s, positioner(&m_zoom) },
        { u"setPtzDefaults"_s,
          [this](const QJsonObject &) {
              return setDefaults();
          } },
    };
}

int SimDevices::selfMic() const
{
    return m_microphone < 0 ? 0 : (m_micMute ? 1 : 2);
}

int SimDevices::selfVideo() const
{
    return m_camera < 0 ? 0 : (m_cameraMute ? 1 : 2);
}

QString SimDevices::currentCamera() const
{
    return m_camera < 0 ? QString() : m_cameras.at(m_camera).name;
}

QJsonArray SimDevices::listJson(const QList<Device> &devices)
{
    QJsonArray a;
    for (const Device &d : devices)
        a.append(QJsonObject { { u"name"_s, d.name },
                               { u"description"_s, d.description },
                               { u"type"_s, d.type },
                               { u"connected"_s, d.connected } });
    return a;
}

void SimDevices::addCurrent(QJsonObject *o, const QString &prefix, const QList<Device> &devices,
                            int current)
{
    // "none"/"none" is how the API names "no device selected" (§7.5).
    const bool none = current < 0;
    o->insert(prefix + u"Name"_s, none ? u"none"_s : devices.at(current).name);
    o->insert(prefix + u"Description"_s, none ? u"none"_s : devices.at(current).description);
    o->insert(prefix + u"Type"_s, none ? -1 : devices.at(current).type);
}

QJsonObject SimDevices::hardwareJson() const
{
    QJsonObject o {
        { u"audioCapturers"_s, listJson(m_microphones) },
        { u"audioRenderers"_s, listJson(m_speakers) },
        { u"videoCapturers"_s, listJson(m_cameras) },
        { u"DSCaptureList"_s,
          QJsonArray {
              QJsonObject { { u"name"_s, u"Screen 1 (HDMI-1)"_s }, { u"id"_s, 0 } },
              QJsonObject { { u"name"_s, u"Screen 2 (HDMI-2)"_s }, { u"id"_s, 1 } },
              QJsonObject { { u"name"_s, u"Quarterly review.odp - LibreOffice Impress"_s },
                            { u"id"_s, 4194311 } },
          } },
    };
    addCurrent(&o, u"currentAudioCapturer"_s, m_microphones, m_microphone);
    addCurrent(&o, u"currentAudioRenderer"_s, m_speakers, m_speaker);
    addCurrent(&o, u"currentVideoCapturer"_s, m_cameras, m_camera);
    return o;
}

SimOutcome SimDevices::selectDevice(Kind kind, const QJsonObject &request)
{
    QList<Device> *devices = &m_cameras;
    int *current = &m_camera;
    if (kind == Kind::AudioCapturer) {
        devices = &m_microphones;
        current = &m_microphone;
    } else if (kind == Kind::AudioRenderer) {
        devices = &m_speakers;
        current = &m_speaker;
    }
    const QString name = request.value(u"name"_s).toString();
    const QString description = request.value(u"description"_s).toString();
    int wanted = -2;
    if (name == u"none"_s && description == u"none"_s) {
        wanted = -1;
    } else {
        for (int i = 0; i < devices->size(); ++i) {
            const Device &d = devices->at(i);
            if (d.connected && d.name == name && d.description == description)
                wanted = i;
        }
    }
    if (wanted == -2)
        return SimOutcome::fail(SimError::invalidParameters()); // no such (plugged-in) device
    if (wanted != *current) {
        *current = wanted;
        m_host.emitEvent(u"hardwareChanged"_s, hardwareJson());
        if (kind == Kind::VideoCapturer) {
            configurePtz();
            m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
        }
    }
    return SimOutcome::ok();
}

SimOutcome SimDevices::getMute(const bool *state) const
{
    return SimOutcome::ok({ { u"mute"_s, *state } });
}

SimOutcome SimDevices::setMute(bool *state, const QString &event, const QJsonObject &request)
{
    const bool mute = request.value(u"mute"_s).toBool();
    if (*state != mute) {
        *state = mute;
        m_host.emitEvent(event, { { u"mute"_s, mute } });
    }
    return SimOutcome::ok();
}

void SimDevices::setOwnMute(bool camera, bool mute)
{
    setMute(camera ? &m_cameraMute : &m_micMute,
            camera ? u"videoCapturerMute"_s : u"audioCapturerMute"_s, { { u"mute"_s, mute } });
}

void SimDevices::configurePtz()
{
    halt();
    m_pan = {};
    m_tilt = {};
    m_zoom = {};
    if (m_camera < 0)
        return;
    if (m_cameras.at(m_camera).ptz) {
        // Motorized: pan and tilt in degrees, optical zoom in percent; all continuous.
        m_pan = { true, true, -170, 170, 0, 1, 0, 0 };
        m_tilt = { true, true, -30, 90, 0, 1, 0, 0 };
        m_zoom = { true, true, 100, 1000, 100, 10, 100, 0 };
    } else {
        // Digital zoom only, one step per command.
        m_zoom = { true, false, 100, 400, 100, 25, 100, 0 };
    }
}

QJsonObject SimDevices::ptzJson() const
{
    const bool none = m_camera < 0;
    return {
        { u"pan"_s, m_pan.toJson() },
        { u"tilt"_s, m_tilt.toJson() },
        { u"zoom"_s, m_zoom.toJson() },
        { u"videoCapturerName"_s, none ? u"none"_s : m_cameras.at(m_camera).name },
        { u"videoCapturerDescription"_s, none ? u"none"_s : m_cameras.at(m_camera).description },
    };
}

SimOutcome SimDevices::move(Axis *axis, int direction)
{
    if (!axis->support)
        return SimOutcome::fail(SimError::invalidState()); // this camera cannot do it
    if (!axis->continuous) {
        axis->current
            = qBound(axis->minValue, axis->current + direction * axis->step, axis->maxValue);
        m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
        return SimOutcome::ok();
    }
    axis->moving = direction;
    if (!m_ptzTimer.isActive())
        m_ptzTimer.start();
    return SimOutcome::ok();
}

void SimDevices::tick()
{
    bool changed = false;
    bool moving = false;
    for (Axis *axis : { &m_pan, &m_tilt, &m_zoom }) {
        if (!axis->moving)
            continue;
        // A full sweep takes about four seconds, like a real conference camera.
        const int span = axis->maxValue - axis->minValue;
        const int stepPerTick = qMax(axis->step, span * kPtzTickMs / 4000);
        const int next
            = qBound(axis->minValue, axis->current + axis->moving * stepPerTick, axis->maxValue);
        changed |= next != axis->current;
        axis->current = next;
        if (next == axis->minValue || next == axis->maxValue)
            axis->moving = 0; // end stop
        moving |= axis->moving != 0;
    }
    if (!moving)
        m_ptzTimer.stop();
    if (changed)
        m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
}

SimOutcome SimDevices::stop()
{
    halt();
    m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
    return SimOutcome::ok();
}

void SimDevices::halt()
{
    m_ptzTimer.stop();
    for (Axis *axis : { &m_pan, &m_tilt, &m_zoom })
        axis->moving = 0;
}

SimOutcome SimDevices::setPosition(Axis *axis, const QJsonObject &request)
{
    if (!axis->support)
        return SimOutcome::fail(SimError::invalidState());
    const int pos = request.value(u"pos"_s).toInt();
    if (pos < axis->minValue || pos > axis->maxValue)
        return SimOutcome::fail(SimError::invalidParameters());
    axis->moving = 0;
    axis->current = pos;
    m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
    return SimOutcome::ok();
}

SimOutcome SimDevices::setDefaults()
{
    halt();
    for (Axis *axis : { &m_pan, &m_tilt, &m_zoom })
        axis->current = axis->defValue;
    m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
    return SimOutcome::ok();
}

SimDevices::PtzPosition SimDevices::ptzPosition() const
{
    return { m_pan.current, m_tilt.current, m_zoom.current };
}

QString SimDevices::cameraKey() const
{
    return m_camera < 0 ? QString() : m_cameras.at(m_camera).description;
}

bool SimDevices::hasPtz() const
{
    return m_pan.support || m_tilt.support || m_zoom.support;
}

bool SimDevices::ptzReachable(const PtzPosition &position) const
{
    const auto fits = [](const Axis &a, int v) {
        return !a.support || (v >= a.minValue && v <= a.maxValue);
    };
    return fits(m_pan, position.pan) && fits(m_tilt, position.tilt) && fits(m_zoom, position.zoom);
}

void SimDevices::moveTo(const PtzPosition &position)
{
    halt();
    const auto put = [](Axis *a, int v) {
        if (a->support)
            a->current = qBound(a->minValue, v, a->maxValue);
    };
    put(&m_pan, position.pan);
    put(&m_tilt, position.tilt);
    put(&m_zoom, position.zoom);
    m_host.emitEvent(u"ptzControlsChanged"_s, ptzJson());
}
