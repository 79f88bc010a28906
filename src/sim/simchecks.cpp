// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simchecks.h"

#include "core/protocol/ids.h"
#include "core/protocol/methodcatalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool typeMatches(MethodCatalogue::ParamType type, const QJsonValue &v)
{
    switch (type) {
    case MethodCatalogue::ParamType::Any:
        return true;
    case MethodCatalogue::ParamType::String:
        return v.isString();
    case MethodCatalogue::ParamType::Int:
        return SimChecks::isIntegral(v);
    case MethodCatalogue::ParamType::Bool:
        return v.isBool();
    case MethodCatalogue::ParamType::Number:
        return v.isDouble();
    case MethodCatalogue::ParamType::Object:
        return v.isObject();
    case MethodCatalogue::ParamType::Array:
        return v.isArray();
    case MethodCatalogue::ParamType::StringArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
    }
    }
    return false;
}

//! Parameters that must be present. The catalogue's "optional" marks are unreliable (it
//! lists shutdown's optional `forAll` as required, for one), so presence is only enforced
//! for the parameters room-api.md §7 documents as mandatory.
const QHash<QString, QStringList> &requiredParams()
{
    static const QHash<QString, QStringList> table = {
        { u"connectToServer"_s, { u"server"_s } },
        { u"login"_s, { u"login"_s, u"password"_s } },
        { u"call"_s, { u"peerId"_s } },
        { u"addToAbook"_s, { u"peerId"_s } },
        { u"removeFromAbook"_s, { u"peerId"_s } },
        { u"renameInAbook"_s, { u"peerId"_s, u"peerDn"_s } },
        { u"block"_s, { u"peerId"_s } },
        { u"unblock"_s, { u"peerId"_s } },
        { u"createGroup"_s, { u"name"_s } },
        { u"renameGroup"_s, { u"groupId"_s, u"newName"_s } },
        { u"removeGroup"_s, { u"groupId"_s } },
        { u"addToGroup"_s, { u"groupId"_s, u"peerId"_s } },
        { u"removeFromGroup"_s, { u"groupId"_s, u"peerId"_s } },
        { u"getContactDetails"_s, { u"peerId"_s } },
        { u"getDisplayNameById"_s, { u"peerId"_s } },
        { u"acceptPeer"_s, { u"peerId"_s } },
        { u"rejectPeer"_s, { u"peerId"_s } },
        { u"toneDial"_s, { u"symbol"_s, u"callId"_s } },
        { u"createConference"_s, { u"title"_s, u"confType"_s } },
        { u"inviteToConference"_s, { u"peerId"_s } },
        { u"kickPeer"_s, { u"peerId"_s } },
        { u"inviteToPodium"_s, { u"peerId"_s } },
        { u"kickFromPodium"_s, { u"peerId"_s } },
        { u"acceptRequestToPodium"_s, { u"peerId"_s } },
        { u"rejectRequestToPodium"_s, { u"peerId"_s } },
        { u"setModeratorRole"_s, { u"peerId"_s, u"moderator"_s } },
        { u"turnRemoteCamera"_s, { u"peerId"_s, u"on"_s } },
        { u"turnRemoteMic"_s, { u"peerId"_s, u"on"_s } },
        { u"turnRemoteSpeaker"_s, { u"peerId"_s, u"on"_s } },
        { u"allowRecord"_s, { u"peerId"_s } },
        { u"denyRecord"_s, { u"peerId"_s } },
        { u"setWaitingRoomState"_s, { u"enable"_s } },
        { u"setParticipantPresenceInWaitingRoom"_s, { u"callId"_s, u"inWaitingRoom"_s } },
        { u"setVideoCapturer"_s, { u"name"_s, u"description"_s } },
        { u"setAudioCapturer"_s, { u"name"_s, u"description"_s } },
        { u"setAudioRenderer"_s, { u"name"_s, u"description"_s } },
        { u"setMicMute"_s, { u"mute"_s } },
        { u"setAudioMute"_s, { u"mute"_s } },
        { u"setVideoMute"_s, { u"mute"_s } },
        { u"setPanPos"_s, { u"pos"_s } },
        { u"setTiltPos"_s, { u"pos"_s } },
        { u"setZoomPos"_s, { u"pos"_s } },
        { u"setSettings"_s, { u"settings"_s } },
        { u"setLogo"_s, { u"fileId"_s, u"mode"_s } },
        { u"setBackground"_s, { u"fileId"_s } },
        { u"activateLicense"_s, { u"key"_s } },
        { u"sendMessage"_s, { u"peerId"_s, u"message"_s } },
        { u"sendGroupMessage"_s, { u"message"_s } },
        { u"fireMyEvent"_s, { u"data"_s } },
        { u"getCallHistory"_s, { u"count"_s } },
        { u"setAuthParams"_s, { u"userType"_s, u"authType"_s } },
        { u"changeCurrentMonitor"_s, { u"monitorIndex"_s } },
        { u"searchContact"_s, { u"searchingString"_s } },
        { u"setExtStatus"_s, { u"extStatus"_s } },
    };
    return table;
}

//! appState values in which a state-dependent command makes sense (§5.2, §10 n); the
//! parts check finer conditions (which call is pending, who owns the conference) themselves.
const QHash<QString, QList<int>> &allowedStates()
{
    static const QList<int> inConference = { 5 };
    static const QHash<QString, QList<int>> table = {
        { u"connectToServer"_s, { 0, 2, 3 } },
        { u"connectToService"_s, { 0, 2, 3 } },
        { u"login"_s, { 2, 3 } },
        { u"logout"_s, { 3, 4, 5 } },
        { u"call"_s, { 3 } },
        { u"createConference"_s, { 3 } },
        { u"accept"_s, { 4 } },
        { u"reject"_s, { 4 } },
        { u"hangUp"_s, { 4, 5 } },
        { u"sendMessage"_s, { 3, 4, 5 } },
        { u"sendGroupMessage"_s, inConference },
        { u"toneDial"_s, inConference },
        { u"inviteToConference"_s, inConference },
        { u"kickPeer"_s, inConference },
        { u"setModeratorRole"_s, inConference },
        { u"turnRemoteCamera"_s, inConference },
        { u"turnRemoteMic"_s, inConference },
        { u"turnRemoteSpeaker"_s, inConference },
        { u"gotoPodium"_s, inConference },
        { u"leavePodium"_s, inConference },
        { u"inviteToPodium"_s, inConference },
        { u"kickFromPodium"_s, inConference },
        { u"acceptRequestToPodium"_s, inConference },
        { u"rejectRequestToPodium"_s, inConference },
        { u"acceptInvitationToPodium"_s, inConference },
        { u"rejectInvitationToPodium"_s, inConference },
        { u"startRemark"_s, inConference },
        { u"acceptPeer"_s, inConference },
        { u"rejectPeer"_s, inConference },
        { u"allowRecord"_s, inConference },
        { u"denyRecord"_s, inConference },
        { u"setWaitingRoomState"_s, inConference },
        { u"setParticipantPresenceInWaitingRoom"_s, inConference },
    };
    return table;
}

} // namespace

namespace SimChecks {

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 2147483647.0;
}

QString parameterProblem(const QString &method, const QJsonObject &request)
{
    const MethodCatalogue::Entry *entry = MethodCatalogue::instance().method(method);
    if (entry) {
        for (const MethodCatalogue::Param &p : entry->params) {
            const QJsonValue v = request.value(p.name);
            if (!v.isUndefined() && !typeMatches(p.type, v))
                return u"%1 has the wrong type"_s.arg(p.name);
        }
    }
    const QStringList required = requiredParams().value(method);
    for (const QString &name : required)
        if (!request.contains(name))
            return u"%1 is missing"_s.arg(name);

    // Enumerated values outside their documented set count as invalid parameters too.
    if (method == u"call"_s && !RoomIds::isCallable(request.value(u"peerId"_s).toString()))
        return u"peerId is not a callable id"_s;
    if (method == u"createConference"_s) {
        const QString t = request.value(u"confType"_s).toString();
        if (t != u"symmetric"_s && t != u"asymmetric"_s && t != u"role"_s)
            return u"confType is not symmetric/asymmetric/role"_s;
    }
    if (method == u"setLogo"_s) {
        const int mode = request.value(u"mode"_s).toInt();
        if (mode != 0 && mode != 1)
            return u"mode is not 0 or 1"_s;
    }
    if (method == u"toneDial"_s && request.value(u"symbol"_s).toString().size() != 1)
        return u"symbol is not one character"_s;
    return {};
}

bool stateAllows(const QString &method, int appState)
{
    const auto states = allowedStates().constFind(method);
    return states == allowedStates().cend() || states->contains(appState);
}

QJsonObject neutralReply(const QString &method)
{
    QJsonObject reply;
    const MethodCatalogue::Entry *entry = MethodCatalogue::instance().method(method);
    if (!entry)
        return reply;
    using Type = MethodCatalogue::ParamType;
    for (const MethodCatalogue::Param &field : entry->replyFields) {
        QJsonValue value;
        switch (field.type) {
        case Type::String:
            value = QString();
            break;
        case Type::Int:
        case Type::Number:
            value = 0;
            break;
        case Type::Bool:
            value = false;
            break;
        case Type::Object:
            value = QJsonObject();
            break;
        case Type::Array:
        case Type::StringArray:
            value = QJsonArray();
            break;
        case Type::Any:
            value = QJsonValue::Null;
            break;
        }
        reply.insert(field.name, value);
    }
    return reply;
}

} // namespace SimChecks
