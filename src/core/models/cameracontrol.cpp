// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cameracontrol.h"

#include "core/controller/roomcontroller.h"
#include "core/permissions/permissions.h"
#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxPresets = 500;
constexpr int kMaxCallIds = 500;

int intOf(const QJsonValue &v, int fallback = 0)
{
    const double d = v.toDouble(double(fallback));
    if (!std::isfinite(d) || std::fabs(d) > 2147483647.0)
        return fallback;
    return int(std::lround(d));
}

//! An id as text: rooms may send ids as strings or numbers.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return RoomText::name(v.toString());
    if (v.isDouble())
        return QString::number(intOf(v));
    return {};
}

CameraControl::AxisState axisFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    CameraControl::AxisState a;
    a.supported = o.value(u"support"_s).toBool();
    if (!a.supported)
        return a;
    a.continuous = o.value(u"isContinuousType"_s).toBool(true);
    a.minValue = intOf(o.value(u"minValue"_s));
    a.maxValue = qMax(a.minValue, intOf(o.value(u"maxValue"_s)));
    a.current = qBound(a.minValue, intOf(o.value(u"currentValue"_s)), a.maxValue);
    a.defValue = qBound(a.minValue, intOf(o.value(u"defValue"_s)), a.maxValue);
    a.step = qMax(1, intOf(o.value(u"step"_s), 1));
    return a;
}

bool sameAxis(const CameraControl::AxisState &a, const CameraControl::AxisState &b)
{
    return a.supported == b.supported && a.continuous == b.continuous && a.minValue == b.minValue
        && a.maxValue == b.maxValue && a.current == b.current && a.defValue == b.defValue
        && a.step == b.step;
}

} // namespace

CameraControl::CameraControl(QObject *parent)
    : QObject(parent)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kDefaultWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_moving)
            return;
        stopFromLossPath();
        Q_EMIT watchdogStopped();
    });
}

CameraControl::~CameraControl()
{
    // The session detaches us in ~RoomSessionPart; a move still held must end first, while
    // this object is whole.
    stopFromLossPath();
}

QStringList CameraControl::roomEvents() const
{
    return {
        u"ptzControlsChanged"_s,
        u"videoCapturerPresetAdded"_s,
        u"videoCapturerPresetApplied"_s,
        u"videoCapturerPresetRemoved"_s,
        u"videoCapturerPresetUpdated"_s,
        u"requestCameraControlReceived"_s,
        u"requestCameraControlSent"_s,
        u"incomingRequestCameraControlAccepted"_s,
        u"incomingRequestCameraControlRejected"_s,
        u"outgoingRequestCameraControlAccepted"_s,
        u"outgoingRequestCameraControlRejected"_s,
        u"remotelyControlledCameraNotAvailableAnymore"_s,
    };
}

void CameraControl::handleRoomEvent(const RoomMessage &event)
{
    const QString &name = event.event;
    const QJsonObject &body = event.body;
    if (name == u"ptzControlsChanged"_s) {
        applyPtz(body);
        return;
    }
    if (name.startsWith(u"videoCapturerPreset"_s)) {
        if (name == u"videoCapturerPresetApplied"_s) {
            m_currentPreset = idOf(body.value(u"presetId"_s));
            if (m_currentPreset.isEmpty())
                m_currentPreset = idOf(body.value(u"id"_s));
            Q_EMIT presetApplied(m_currentPreset);
            return;
        }
        if (name == u"videoCapturerPresetRemoved"_s
            && idOf(body.value(u"presetId"_s)) == m_currentPreset)
            m_currentPreset.clear();
        refreshPresets();
        return;
    }
    const QString callId = idOf(body.value(u"callId"_s));
    if (callId.isEmpty())
        return;
    bool changed = false;
    if (name == u"requestCameraControlReceived"_s) {
        changed = addTo(&m_incoming, callId);
        if (changed)
            Q_EMIT controlRequested(callId);
    } else if (name == u"requestCameraControlSent"_s) {
        changed = addTo(&m_outgoing, callId);
    } else if (name == u"incomingRequestCameraControlAccepted"_s
               || name == u"incomingRequestCameraControlRejected"_s) {
        changed = m_incoming.removeAll(callId) > 0;
    } else if (name == u"outgoingRequestCameraControlAccepted"_s) {
        m_outgoing.removeAll(callId);
        addTo(&m_controlled, callId);
        Q_EMIT farEndChanged();
        Q_EMIT controlAnswered(callId, true);
        return;
    } else if (name == u"outgoingRequestCameraControlRejected"_s) {
        m_outgoing.removeAll(callId);
        Q_EMIT farEndChanged();
        Q_EMIT controlAnswered(callId, false);
        return;
    } else if (name == u"remotelyControlledCameraNotAvailableAnymore"_s) {
        changed = m_controlled.removeAll(callId) > 0;
    }
    if (changed)
        Q_EMIT farEndChanged();
}

void CameraControl::resyncAfterSignIn()
{
    // The connection broke during a held move: the room may have kept the camera moving.
    if (std::exchange(m_stopOwed, false) && controller())
        controller()->sendRequest(u"ptzStop"_s); // fire and forget, before the camera is read
    refreshPtz();
    refreshPresets();
    if (controller() && controller()->appState() == Room::AppState::Conference)
        refreshFarEnd();
}

void CameraControl::forgetRoom()
{
    // Nothing can carry a ptzStop now; one is owed to the room when it is back.
    m_stopOwed = m_stopOwed || m_moving;
    m_watchdog.stop();
    setMoving(false);
    const bool hadPtz = m_ptzKnown;
    m_ptzKnown = false;
    m_pan = m_tilt = m_zoom = {};
    m_cameraName.clear();
    m_cameraKey.clear();
    if (hadPtz)
        Q_EMIT ptzChanged();
    const bool hadPresets = m_presetsKnown || !m_presets.isEmpty();
    m_presetsKnown = false;
    m_presets.clear();
    m_currentPreset.clear();
    if (hadPresets)
        Q_EMIT presetsChanged();
    clearFarEnd();
}

void CameraControl::connectionStateChanged(RoomController::ConnectionState state)
{
    if (state != RoomController::ConnectionState::Connected) {
        // Reconnecting and the like: no ptzStop can go out now; it goes out first thing when
        // the room is back (resyncAfterSignIn), and the watchdog is not left armed.
        m_stopOwed = m_stopOwed || m_moving;
        m_watchdog.stop();
        setMoving(false);
    }
}

void CameraControl::appStateChanged(Room::AppState previous, Room::AppState current)
{
    stopFromLossPath();
    if (current == Room::AppState::Conference && previous != current)
        refreshFarEnd();
    else if (current != Room::AppState::Conference)
        clearFarEnd();
}

void CameraControl::roleChanged(Room::Role)
{
    stopFromLossPath();
}

void CameraControl::controllerChanged(RoomController *previous)
{
    if (!controller() && previous)
        stopFromLossPath(previous); // detached: the last thing we send
}

void CameraControl::setWatchdogInterval(int msecs)
{
    m_watchdog.setInterval(qMax(1, msecs));
}

CameraControl::AxisState CameraControl::axis(Axis which) const
{
    switch (which) {
    case Axis::Pan:
        return m_pan;
    case Axis::Tilt:
        return m_tilt;
    case Axis::Zoom:
        return m_zoom;
    }
    return {};
}

CameraControl::Axis CameraControl::axisOf(Direction direction)
{
    switch (direction) {
    case Direction::Left:
    case Direction::Right:
        return Axis::Pan;
    case Direction::Up:
    case Direction::Down:
        return Axis::Tilt;
    case Direction::ZoomIn:
    case Direction::ZoomOut:
        break;
    }
    return Axis::Zoom;
}

bool CameraControl::hasPtz() const
{
    return m_pan.supported || m_tilt.supported || m_zoom.supported;
}

QString CameraControl::methodOf(Direction direction)
{
    switch (direction) {
    case Direction::Left:
        return u"ptzLeft"_s;
    case Direction::Right:
        return u"ptzRight"_s;
    case Direction::Up:
        return u"ptzUp"_s;
    case Direction::Down:
        return u"ptzDown"_s;
    case Direction::ZoomIn:
        return u"ptzZoomInc"_s;
    case Direction::ZoomOut:
        break;
    }
    return u"ptzZoomDec"_s;
}

QString CameraControl::remoteMethodOf(Direction direction)
{
    // ptzLeft -> remotelyControlledCameraPtzLeft
    const QString local = methodOf(direction);
    return u"remotelyControlledCameraPtz"_s + local.mid(3);
}

QString CameraControl::refusal(bool farEnd) const
{
    RoomController *c = controller();
    if (!c || !c->isReady())
        return tr("Not signed in to the room");
    const Permissions::Capabilities caps = c->capabilities();
    if (!caps.testFlag(Permissions::Capability::Devices))
        return tr("The camera cannot be controlled at this access level");
    if (farEnd && !caps.testFlag(Permissions::Capability::ConferenceControl))
        return tr("Far-end camera control works only during a conference");
    return {};
}

quint64 CameraControl::send(const QString &method, const QJsonObject &params, Done done)
{
    return controller()->sendRequest(method, params, this,
                                     [this, done](const RequestOutcome &o) { finish(o, done); });
}

void CameraControl::read(const QString &method, Done handler)
{
    controller()->sendRequest(method, {}, this, std::move(handler));
}

quint64 CameraControl::refuse(const QString &method, const QString &why, Done done)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    // From the event loop: a callback never runs inside the verb that was refused.
    QTimer::singleShot(0, this, [this, o, done] { finish(o, done); });
    return 0;
}

void CameraControl::finish(const RequestOutcome &outcome, const Done &done)
{
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}

void CameraControl::setMoving(bool moving)
{
    if (m_moving == moving)
        return;
    m_moving = moving;
    Q_EMIT movingChanged(moving);
}

void CameraControl::stopFromLossPath(RoomController *over)
{
    m_watchdog.stop();
    if (!m_moving)
        return;
    RoomController *c = over ? over : controller();
    setMoving(false);
    if (c && c->isReady())
        c->sendRequest(u"ptzStop"_s); // fire and forget: nobody waits for this one
}

quint64 CameraControl::startMove(Direction direction, Done done)
{
    const QString method = methodOf(direction);
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    const AxisState a = axis(axisOf(direction));
    if (!a.supported)
        return refuse(method, tr("This camera cannot move that way"), std::move(done));
    if (m_moving && m_direction != direction)
        send(u"ptzStop"_s, {}, {}); // one axis at a time
    const quint64 id = send(method, {}, std::move(done));
    if (a.continuous) {
        m_direction = direction;
        setMoving(true);
        m_watchdog.start();
    }
    return id;
}

bool CameraControl::keepMoving()
{
    if (!m_moving)
        return false;
    m_watchdog.start();
    return true;
}

quint64 CameraControl::stopMove(Done done)
{
    if (!m_moving)
        return 0;
    m_watchdog.stop();
    setMoving(false);
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(u"ptzStop"_s, why, std::move(done));
    return send(u"ptzStop"_s, {}, std::move(done));
}

quint64 CameraControl::setPosition(Axis which, int position, Done done)
{
    static const QString methods[] = { u"setPanPos"_s, u"setTiltPos"_s, u"setZoomPos"_s };
    const QString &method = methods[int(which)];
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    const AxisState a = axis(which);
    if (!a.supported)
        return refuse(method, tr("This camera has no such axis"), std::move(done));
    if (position < a.minValue || position > a.maxValue)
        return refuse(method,
                      tr("%1 is outside %2 to %3").arg(position).arg(a.minValue).arg(a.maxValue),
                      std::move(done));
    stopFromLossPath();
    return send(method, { { u"pos"_s, position } }, std::move(done));
}

quint64 CameraControl::setDefaults(Done done)
{
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(u"setPtzDefaults"_s, why, std::move(done));
    if (!hasPtz())
        return refuse(u"setPtzDefaults"_s, tr("This camera cannot pan, tilt or zoom"),
                      std::move(done));
    stopFromLossPath();
    return send(u"setPtzDefaults"_s, {}, std::move(done));
}

void CameraControl::refreshPtz()
{
    if (!refusal(false).isEmpty())
        return;
    read(u"getPtzControls"_s, [this](const RequestOutcome &o) {
        if (o.ok())
            applyPtz(o.reply);
    });
}

void CameraControl::applyPtz(const QJsonObject &o)
{
    const AxisState pan = axisFrom(o.value(u"pan"_s));
    const AxisState tilt = axisFrom(o.value(u"tilt"_s));
    const AxisState zoom = axisFrom(o.value(u"zoom"_s));
    const QString name = RoomText::name(o.value(u"videoCapturerName"_s).toString());
    const QString key
        = name + u'\n' + RoomText::name(o.value(u"videoCapturerDescription"_s).toString());
    const bool cameraChanged = m_ptzKnown && key != m_cameraKey;
    const bool changed = !m_ptzKnown || cameraChanged || !sameAxis(pan, m_pan)
        || !sameAxis(tilt, m_tilt) || !sameAxis(zoom, m_zoom) || name != m_cameraName;
    m_ptzKnown = true;
    m_pan = pan;
    m_tilt = tilt;
    m_zoom = zoom;
    m_cameraName = name;
    m_cameraKey = key;
    if (changed)
        Q_EMIT ptzChanged();
    if (cameraChanged) {
        // Presets belong to a camera: another camera, another list. A move held on the old
        // camera is over.
        stopFromLossPath();
        m_currentPreset.clear();
        refreshPresets();
    }
}

QString CameraControl::presetIdByName(const QString &name) const
{
    for (const Preset &p : m_presets)
        if (p.name == name)
            return p.id;
    for (const Preset &p : m_presets)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.id;
    return {};
}

void CameraControl::refreshPresets(Done done)
{
    if (QString why = refusal(false); !why.isEmpty()) {
        refuse(u"getAllVideoCapturerPresets"_s, why, std::move(done));
        return;
    }
    // A room older than presets answers "Unknown method": the list stays empty, no alarm.
    read(u"getAllVideoCapturerPresets"_s, [this, done](const RequestOutcome &o) {
        if (o.ok())
            applyPresets(o.reply);
        if (done)
            done(o);
    });
}

void CameraControl::applyPresets(const QJsonObject &reply)
{
    QJsonValue list = reply.value(u"presets"_s);
    for (const auto &alt : { u"presetList"_s, u"videoCapturerPresets"_s })
        if (!list.isArray())
            list = reply.value(alt);
    QList<Preset> presets;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        if (presets.size() >= kMaxPresets)
            break;
        const QJsonObject o = v.toObject();
        Preset p;
        p.id = idOf(o.value(u"presetId"_s));
        if (p.id.isEmpty())
            p.id = idOf(o.value(u"id"_s));
        p.name = RoomText::name(o.value(u"name"_s).toString());
        if (p.name.isEmpty())
            p.name = RoomText::name(o.value(u"presetName"_s).toString());
        if (!p.id.isEmpty())
            presets.append(p);
    }
    const bool same = m_presetsKnown && presets.size() == m_presets.size()
        && std::equal(presets.cbegin(), presets.cend(), m_presets.cbegin(),
                      [](const Preset &a, const Preset &b) {
                          return a.id == b.id && a.name == b.name;
                      });
    m_presetsKnown = true;
    m_presets = presets;
    if (!same)
        Q_EMIT presetsChanged();
}

namespace {
QString boundedName(const QString &name)
{
    return name.trimmed().left(CameraControl::kMaxPresetName);
}
} // namespace

quint64 CameraControl::addPreset(const QString &name, Done done)
{
    const QString method = u"addPresetFromCurrentVideoCapturer"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (boundedName(name).isEmpty())
        return refuse(method, tr("A preset needs a name"), std::move(done));
    if (!hasPtz())
        return refuse(method, tr("This camera cannot pan, tilt or zoom"), std::move(done));
    return send(method, { { u"name"_s, boundedName(name) } }, std::move(done));
}

quint64 CameraControl::applyPreset(const QString &presetId, Done done)
{
    const QString method = u"applyVideoCapturerPreset"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (presetId.isEmpty())
        return refuse(method, tr("No such preset"), std::move(done));
    stopFromLossPath();
    return send(method, { { u"presetId"_s, presetId } }, std::move(done));
}

quint64 CameraControl::updatePreset(const QString &presetId, Done done)
{
    const QString method = u"updatePresetFromCurrentVideoCapturer"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (presetId.isEmpty())
        return refuse(method, tr("No such preset"), std::move(done));
    return send(method, { { u"presetId"_s, presetId } }, std::move(done));
}

quint64 CameraControl::renamePreset(const QString &presetId, const QString &name, Done done)
{
    const QString method = u"updateVideoCapturerPreset"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (presetId.isEmpty())
        return refuse(method, tr("No such preset"), std::move(done));
    if (boundedName(name).isEmpty())
        return refuse(method, tr("A preset needs a name"), std::move(done));
    return send(method, { { u"presetId"_s, presetId }, { u"name"_s, boundedName(name) } },
                std::move(done));
}

quint64 CameraControl::removePreset(const QString &presetId, Done done)
{
    const QString method = u"removeVideoCapturerPreset"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (presetId.isEmpty())
        return refuse(method, tr("No such preset"), std::move(done));
    return send(method, { { u"presetId"_s, presetId } }, std::move(done));
}

quint64 CameraControl::requestControl(const QString &callId, Done done)
{
    const QString method = u"requestParticipantCameraControl"_s;
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (callId.isEmpty() || RoomIds::sameUser(callId, controller()->trueConfId()))
        return refuse(method, tr("Choose another participant than the room itself"),
                      std::move(done));
    return send(method, { { u"callId"_s, callId } }, std::move(done));
}

quint64 CameraControl::acceptRequest(const QString &callId, Done done)
{
    const QString method = u"acceptRequestCameraControl"_s;
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (!m_incoming.contains(callId))
        return refuse(method, tr("Nobody asked for control"), std::move(done));
    return send(method, { { u"callId"_s, callId } }, std::move(done));
}

quint64 CameraControl::rejectRequest(const QString &callId, Done done)
{
    const QString method = u"rejectRequestCameraControl"_s;
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (!m_incoming.contains(callId))
        return refuse(method, tr("Nobody asked for control"), std::move(done));
    return send(method, { { u"callId"_s, callId } }, std::move(done));
}

quint64 CameraControl::moveRemote(const QString &callId, Direction direction, Done done)
{
    const QString method = remoteMethodOf(direction);
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (!m_controlled.contains(callId))
        return refuse(method, tr("This room does not control that camera"), std::move(done));
    return send(method, { { u"cameraOwnerCallId"_s, callId } }, std::move(done));
}

QStringList CameraControl::callIds(const QJsonObject &reply)
{
    QStringList ids;
    const QJsonArray array = reply.value(u"callIdList"_s).toArray();
    for (const QJsonValue &v : array) {
        if (ids.size() >= kMaxCallIds)
            break;
        QString id = idOf(v);
        if (id.isEmpty() && v.isObject()) {
            id = idOf(v.toObject().value(u"callId"_s));
            if (id.isEmpty())
                id = idOf(v.toObject().value(u"peerId"_s));
        }
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool CameraControl::addTo(QStringList *list, const QString &callId)
{
    if (list->contains(callId) || list->size() >= kMaxCallIds)
        return false;
    list->append(callId);
    return true;
}

void CameraControl::refreshFarEnd()
{
    if (!refusal(true).isEmpty())
        return;
    const auto reader = [this](QStringList *list) {
        return [this, list](const RequestOutcome &o) {
            if (!o.ok())
                return;
            const QStringList ids = callIds(o.reply);
            if (ids != *list) {
                *list = ids;
                Q_EMIT farEndChanged();
            }
        };
    };
    read(u"getIncomingCameraControlRequests"_s, reader(&m_incoming));
    read(u"getOutgoingCameraControlRequests"_s, reader(&m_outgoing));
    read(u"getRemotelyControlledCameras"_s, reader(&m_controlled));
}

void CameraControl::clearFarEnd()
{
    if (m_incoming.isEmpty() && m_outgoing.isEmpty() && m_controlled.isEmpty())
        return;
    m_incoming.clear();
    m_outgoing.clear();
    m_controlled.clear();
    Q_EMIT farEndChanged();
}
