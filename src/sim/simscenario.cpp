// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simscenario.h"

#include "roomsimulator.h"
#include "simappupdate.h"
#include "simaudiotests.h"
#include "simchecks.h"
#include "simdatacontainers.h"
#include "simlicence.h"
#include "simmoderation.h"
#include "simndi.h"
#include "simscheduler.h"
#include "simscreen.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum class Type { String, Int, Number, Bool, Object, Any };

struct Field
{
    QStringView name;
    Type type;
    bool required;
};

struct Action
{
    QStringView name;
    QList<Field> fields;
};

//! Every action with its fields. RoomSimulator::runScenarioStep() carries them out; keep
//! actionsHelp() in step with this table.
const QList<Action> &actions()
{
    static const QList<Action> table = {
        { u"incomingCall",
          { { u"peerId", Type::String, true },
            { u"peerDn", Type::String, false },
            { u"type", Type::Int, false },
            { u"confTitle", Type::String, false } } },
        { u"cancelIncomingCall", {} },
        { u"remoteHangUp", {} },
        { u"participantJoins",
          { { u"peerId", Type::String, true }, { u"peerDn", Type::String, false } } },
        { u"participantLeaves", { { u"peerId", Type::String, true } } },
        { u"joinRequest",
          { { u"peerId", Type::String, true }, { u"peerDn", Type::String, false } } },
        { u"podiumRequest", { { u"peerId", Type::String, true } } },
        { u"podiumInvitation", {} },
        { u"waitingRoomJoin",
          { { u"peerId", Type::String, true }, { u"peerDn", Type::String, false } } },
        { u"recordRequest", { { u"peerId", Type::String, true } } },
        { u"ownerMutesRoom", { { u"device", Type::String, true }, { u"mute", Type::Bool, true } } },
        { u"roomModerator", { { u"on", Type::Bool, true } } },
        { u"ndi", { { u"on", Type::Bool, true } } },
        { u"ndiDevice", { { u"deviceId", Type::String, true } } },
        { u"licence", { { u"pro", Type::Bool, true } } },
        { u"updateOffer", { { u"version", Type::String, true } } },
        { u"updateAvatar", { { u"peerId", Type::String, true } } },
        { u"cameraControlRequest", { { u"peerId", Type::String, true } } },
        { u"presenceStorm", { { u"count", Type::Int, true } } },
        { u"presenceChurn", { { u"rate", Type::Number, true } } },
        { u"setPresence",
          { { u"peerId", Type::String, true },
            { u"status", Type::Int, true },
            { u"extStatus", Type::Int, false },
            { u"additionalStatus", Type::String, false } } },
        { u"addContacts", { { u"count", Type::Int, true } } },
        { u"addContact",
          { { u"peerId", Type::String, true }, { u"peerDn", Type::String, false } } },
        { u"chatMessage",
          { { u"peerId", Type::String, true },
            { u"message", Type::String, true },
            { u"peerDn", Type::String, false } } },
        { u"groupChatMessage",
          { { u"peerId", Type::String, true },
            { u"message", Type::String, true },
            { u"peerDn", Type::String, false } } },
        { u"event", { { u"event", Type::String, true }, { u"payload", Type::Object, false } } },
        { u"raw", { { u"text", Type::String, true } } },
        { u"appState", { { u"appState", Type::Int, true } } },
        { u"serverLost", {} },
        { u"setting", { { u"name", Type::String, true }, { u"value", Type::Any, true } } },
        { u"closeAllClients", {} },
        { u"freeze", { { u"on", Type::Bool, true } } },
        { u"dropAfterFrames", { { u"count", Type::Int, true } } },
        { u"refuseConnections", { { u"on", Type::Bool, true } } },
        { u"replyDelay", { { u"method", Type::String, true }, { u"ms", Type::Int, true } } },
        { u"scheduleMeeting",
          { { u"id", Type::String, true },
            { u"topic", Type::String, false },
            { u"owner", Type::String, false },
            { u"startIn", Type::Int, false },
            { u"duration", Type::Int, false } } },
        { u"pushConferenceList", {} },
        { u"protectConference",
          { { u"name", Type::String, true }, { u"pin", Type::String, true } } },
        { u"saveData",
          { { u"containerName", Type::String, true }, { u"data", Type::String, true } } },
        { u"monitorPlugged",
          { { u"name", Type::String, true },
            { u"width", Type::Int, false },
            { u"height", Type::Int, false } } },
        { u"monitorUnplugged", { { u"index", Type::Int, true } } },
        { u"microphoneLevel", { { u"level", Type::Int, true } } },
        { u"audioDelay", { { u"ms", Type::Int, true } } },
    };
    return table;
}

bool typeMatches(Type type, const QJsonValue &v)
{
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::Int:
        return SimChecks::isIntegral(v);
    case Type::Number:
        return v.isDouble() && std::isfinite(v.toDouble());
    case Type::Bool:
        return v.isBool();
    case Type::Object:
        return v.isObject();
    case Type::Any:
        return !v.isUndefined();
    }
    return false;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"a string"_s;
    case Type::Int:
        return u"an integer"_s;
    case Type::Number:
        return u"a number"_s;
    case Type::Bool:
        return u"true or false"_s;
    case Type::Object:
        return u"an object"_s;
    case Type::Any:
        break;
    }
    return u"a value"_s;
}

//! Range checks beyond the JSON type: empty string = fine.
QString rangeProblem(const QString &action, const QJsonObject &o)
{
    const auto intOf = [&o](QStringView name) {
        return o.value(name).toInt();
    };
    if (action == u"incomingCall"_s && o.contains(u"type"_s)
        && (intOf(u"type") < 0 || intOf(u"type") > 3))
        return u"type must be 0 (call), 1, 2 or 3 (group conference types)"_s;
    if (action == u"appState"_s && (intOf(u"appState") < 0 || intOf(u"appState") > 6))
        return u"appState must be 0 to 6"_s;
    if ((action == u"presenceStorm"_s || action == u"addContacts"_s)
        && (intOf(u"count") < 1 || intOf(u"count") > 1000000))
        return u"count must be 1 to 1000000"_s;
    if (action == u"dropAfterFrames"_s && intOf(u"count") < 0)
        return u"count must not be negative"_s;
    if (action == u"presenceChurn"_s && o.value(u"rate"_s).toDouble() < 0)
        return u"rate must not be negative"_s;
    if (action == u"scheduleMeeting"_s && o.contains(u"duration"_s) && intOf(u"duration") < 1)
        return u"duration must be at least 1 second"_s;
    if (action == u"ownerMutesRoom"_s && o.value(u"device"_s) != u"mic"_s
        && o.value(u"device"_s) != u"camera"_s)
        return u"device must be \"mic\" or \"camera\""_s;
    if (action == u"replyDelay"_s && intOf(u"ms") < -1)
        return u"ms must be -1 (never reply), 0 or a delay"_s;
    return {};
}

} // namespace

bool SimScenario::parse(const QByteArray &json, QList<Step> *steps, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(u"the scenario must be a JSON object with an \"events\" array"_s);
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"events"_s && it.key() != u"description"_s)
            return fail(u"unknown top-level field \"%1\" (expected \"events\")"_s.arg(it.key()));
    if (!root.value(u"events"_s).isArray())
        return fail(u"the scenario must have an \"events\" array"_s);

    QList<Step> parsed;
    const QJsonArray events = root.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int n = int(i) + 1;
        if (!events.at(i).isObject())
            return fail(u"event %1 is not an object"_s.arg(n));
        const QJsonObject o = events.at(i).toObject();
        const QJsonValue at = o.value(u"at"_s);
        if (!typeMatches(Type::Int, at) || at.toInt() < 0)
            return fail(u"event %1: \"at\" must be a non-negative number of milliseconds"_s.arg(n));
        if (!o.value(u"do"_s).isString())
            return fail(u"event %1: \"do\" must name an action"_s.arg(n));
        const QString name = o.value(u"do"_s).toString();
        const auto action = std::find_if(actions().cbegin(), actions().cend(),
                                         [&name](const Action &a) { return name == a.name; });
        if (action == actions().cend())
            return fail(u"event %1: unknown action \"%2\""_s.arg(n).arg(name));
        const QString where = u"event %1 (\"%2\")"_s.arg(n).arg(name);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (key == u"at"_s || key == u"do"_s)
                continue;
            const auto field = std::find_if(action->fields.cbegin(), action->fields.cend(),
                                            [&key](const Field &f) { return key == f.name; });
            if (field == action->fields.cend())
                return fail(u"%1: unknown field \"%2\""_s.arg(where, key));
            if (!typeMatches(field->type, it.value()))
                return fail(u"%1: %2 must be %3"_s.arg(where, key, typeName(field->type)));
        }
        for (const Field &f : action->fields)
            if (f.required && !o.contains(f.name))
                return fail(u"%1: %2 is missing"_s.arg(where, f.name.toString()));
        const QString range = rangeProblem(name, o);
        if (!range.isEmpty())
            return fail(u"%1: %2"_s.arg(where, range));
        parsed.append(Step { at.toInt(), name, o, n });
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const Step &a, const Step &b) { return a.at < b.at; });
    if (steps)
        *steps = parsed;
    return true;
}

bool SimScenario::run(const Step &step, RoomSimulator &room)
{
    const QJsonObject &a = step.args;
    const auto str = [&a](const QString &key) {
        return a.value(key).toString();
    };
    const auto num = [&a](const QString &key) {
        return a.value(key).toInt();
    };
    const auto on = [&a] {
        return a.value(u"on"_s).toBool();
    };
    const QString &action = step.action;
    if (action == u"incomingCall"_s)
        return room.simulateIncomingCall(str(u"peerId"_s), str(u"peerDn"_s), num(u"type"_s),
                                         str(u"confTitle"_s));
    if (action == u"cancelIncomingCall"_s)
        return room.simulateIncomingCallCancelled();
    if (action == u"remoteHangUp"_s)
        return room.simulateRemoteHangUp();
    if (action == u"participantJoins"_s)
        return room.simulateParticipantJoin(str(u"peerId"_s), str(u"peerDn"_s));
    if (action == u"participantLeaves"_s)
        return room.simulateParticipantLeave(str(u"peerId"_s));
    if (action == u"joinRequest"_s)
        return room.simulateJoinRequest(str(u"peerId"_s), str(u"peerDn"_s));
    if (action == u"podiumRequest"_s)
        return room.simulatePodiumRequest(str(u"peerId"_s));
    if (action == u"podiumInvitation"_s)
        return room.simulatePodiumInvitation();
    if (action == u"waitingRoomJoin"_s)
        return room.moderation().waitingRoom().participantWaits(str(u"peerId"_s), str(u"peerDn"_s));
    if (action == u"recordRequest"_s)
        return room.moderation().recording().request(str(u"peerId"_s));
    if (action == u"ownerMutesRoom"_s)
        return room.moderation().ownerMutesRoom(str(u"device"_s) == u"camera"_s,
                                                a.value(u"mute"_s).toBool());
    if (action == u"roomModerator"_s)
        return room.moderation().roomMadeModerator(on());
    if (action == u"ndiDevice"_s) // another controller adds an NDI output (NDI must be on)
        return room.ndi().addDevice(str(u"deviceId"_s));
    if (action == u"updateAvatar"_s)
        return room.moderation().avatarChanged(str(u"peerId"_s));
    if (action == u"cameraControlRequest"_s)
        return room.simulateCameraControlRequest(str(u"peerId"_s));
    if (action == u"presenceStorm"_s)
        return room.simulatePresenceChanges(num(u"count"_s)) > 0;
    if (action == u"setPresence"_s)
        return room.setPresence(str(u"peerId"_s), num(u"status"_s),
                                a.value(u"extStatus"_s).toInt(-2), str(u"additionalStatus"_s));
    if (action == u"addContact"_s)
        return room.addContact(str(u"peerId"_s), str(u"peerDn"_s));
    if (action == u"chatMessage"_s)
        return room.simulateIncomingChat(str(u"peerId"_s), str(u"message"_s), str(u"peerDn"_s));
    if (action == u"groupChatMessage"_s)
        return room.simulateIncomingGroupChat(str(u"peerId"_s), str(u"message"_s),
                                              str(u"peerDn"_s));
    if (action == u"serverLost"_s)
        return room.simulateServerLoss();
    if (action == u"setting"_s)
        return room.changeSetting(str(u"name"_s), a.value(u"value"_s));
    if (action == u"scheduleMeeting"_s)
        return room.scheduler().schedule(str(u"id"_s), str(u"topic"_s), str(u"owner"_s),
                                         a.value(u"startIn"_s).toInteger(),
                                         a.value(u"duration"_s).toInt(3600));
    if (action == u"pushConferenceList"_s)
        return room.scheduler().pushList();
    if (action == u"saveData"_s) // another client of the room writes a container
        return room.dataContainers().save(str(u"containerName"_s), str(u"data"_s));
    if (action == u"monitorPlugged"_s)
        return room.screen().addMonitor(str(u"name"_s), a.value(u"width"_s).toInt(1920),
                                        a.value(u"height"_s).toInt(1080))
            >= 0;
    if (action == u"monitorUnplugged"_s)
        return room.screen().removeMonitor(num(u"index"_s));

    // The rest always apply.
    if (action == u"presenceChurn"_s)
        room.setPresenceChurn(a.value(u"rate"_s).toDouble());
    else if (action == u"addContacts"_s)
        room.addContacts(num(u"count"_s));
    else if (action == u"event"_s)
        room.sendEvent(str(u"event"_s), a.value(u"payload"_s).toObject());
    else if (action == u"raw"_s)
        room.sendRawFrame(str(u"text"_s).toUtf8());
    else if (action == u"appState"_s)
        room.setAppState(num(u"appState"_s));
    else if (action == u"closeAllClients"_s)
        room.closeAllClients();
    else if (action == u"freeze"_s)
        room.setFrozen(on());
    else if (action == u"dropAfterFrames"_s)
        room.setDropAfterFrames(num(u"count"_s));
    else if (action == u"refuseConnections"_s)
        room.setRefuseConnections(on());
    else if (action == u"replyDelay"_s)
        room.setReplyDelay(str(u"method"_s), num(u"ms"_s));
    else if (action == u"protectConference"_s)
        room.protectConference(str(u"name"_s), str(u"pin"_s));
    else if (action == u"ndi"_s)
        room.ndi().setEnabled(on());
    else if (action == u"licence"_s)
        room.licence().setPro(a.value(u"pro"_s).toBool());
    else if (action == u"updateOffer"_s)
        room.appUpdate().offer(str(u"version"_s));
    else if (action == u"microphoneLevel"_s) // the microphone test hears this (0: silence)
        room.audioTests().setMicrophoneLevel(a.value(u"level"_s).toInt());
    else if (action == u"audioDelay"_s) // the delay test measures this (< 0: no result)
        room.audioTests().setAudioDelayMs(a.value(u"ms"_s).toInt());
    return true;
}

QString SimScenario::actionsHelp()
{
    return QCoreApplication::translate(
        "SimScenario",
        "Scenario file: {\"events\":[{\"at\":MS,\"do\":ACTION,...}]}, MS after start. Actions "
        "(required fields first, optional in brackets): incomingCall peerId [peerDn type "
        "confTitle]; cancelIncomingCall; remoteHangUp; participantJoins peerId [peerDn]; "
        "participantLeaves peerId; joinRequest peerId [peerDn]; podiumRequest peerId; "
        "podiumInvitation; waitingRoomJoin peerId [peerDn]; recordRequest peerId; ownerMutesRoom "
        "device (mic or camera) mute; roomModerator on; ndi on; ndiDevice deviceId; licence pro "
        "(false: Free); updateOffer version (empty: none); updateAvatar peerId; "
        "cameraControlRequest peerId; presenceStorm count; presenceChurn rate; "
        "setPresence peerId status "
        "[extStatus additionalStatus]; addContacts count; addContact peerId [peerDn]; "
        "chatMessage peerId message [peerDn]; groupChatMessage peerId message [peerDn]; event "
        "event [payload]; raw text; appState appState; serverLost; setting name value; "
        "closeAllClients; freeze on; dropAfterFrames count; refuseConnections on; replyDelay "
        "method ms; scheduleMeeting id [topic owner startIn duration] (seconds; startIn "
        "negative: begun already; running from start to end); pushConferenceList; "
        "protectConference name pin; saveData "
        "containerName data; monitorPlugged name [width height]; monitorUnplugged index; "
        "microphoneLevel level (0-100, 0: no signal); audioDelay ms (negative: no result).");
}
