// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simsettings.h"

#include "simchecks.h"
#include "simlog.h"

#include "core/protocol/jsonnumbers.h"

#include <cmath>

using namespace Qt::StringLiterals;

SimSettings::SimSettings()
{
    // Documented names and example values of §7.6 (the list published by TrueConf is cut
    // off; these are the ones a client can rely on).
    m_entries = {
        { u"aecEnable"_s, Type::Bool, true },
        // AGC off by default so that the microphone level is writable out of the box.
        { u"agcEnable"_s, Type::Bool, false },
        { u"appShowUserNameLabels"_s, Type::Bool, true },
        { u"audioCapturerLevel"_s, Type::Float, 0.592157 },
        { u"audioPlayLevel"_s, Type::Float, 1.0 },
        { u"autoAccept"_s, Type::Bool, false },
        { u"autoAcceptPodiumFromOwner"_s, Type::Bool, false },
        { u"autoAllowPartToTakePodium"_s, Type::Bool, false },
        { u"bestQualityForHttpServerImages"_s, Type::Bool, false },
        { u"cameraRemoteControlAccess"_s, Type::Int, 1 },
        { u"changeUserAuthPinAfterConf"_s, Type::Bool, false },
        { u"defaultMultiConfMatrix"_s, Type::Int, 1 },
        { u"defaultOutputSelfVideoRotateAngle"_s, Type::Int, 0 },
        { u"defaultP2PMatrix"_s, Type::Int, 0 },
        { u"disableSelfViewOnBlind"_s, Type::Bool, true },
        { u"displayNameAlign"_s, Type::Int, 1 },
        { u"enableAutologin"_s, Type::Bool, true },
        { u"forbidDirectConnection"_s, Type::Bool, false },
        { u"highlightActiveSpeakers"_s, Type::Bool, false },
        { u"inputBandWidth"_s, Type::Int, 10240 },
        { u"language"_s, Type::String, u"en"_s },
        { u"outputBandWidth"_s, Type::Int, 10240 },
        { u"qrCodeRecognition"_s, Type::Bool, false },
        { u"record"_s, Type::Int, 1 },
        { u"rejectCallsNotFromAB"_s, Type::Bool, false },
        { u"restoreWindowWhenCall"_s, Type::Bool, false },
        { u"selfViewMirror"_s, Type::Bool, true },
        { u"showCurrentUserWidget"_s, Type::Bool, true },
        { u"showIncomingRequestWidget"_s, Type::Bool, true },
        { u"showInfoConnect"_s, Type::Bool, true },
        { u"showInfoWidgets"_s, Type::Bool, true },
        { u"showLogo"_s, Type::Bool, true },
        { u"showTime"_s, Type::Bool, true },
        { u"showUpcomingMeetings"_s, Type::Bool, true },
        // Not in the published list (it is cut off): a room reports more than §7.6 names, and
        // a client must show those too. Seconds of idle before the screen saver, 0..86400.
        { u"screenSaverTimeout"_s, Type::Int, 600 },
        { u"showNetworkIndicator"_s, Type::Bool, true },
    };
}

QJsonArray SimSettings::toArray() const
{
    QJsonArray a;
    for (const Entry &e : m_entries)
        a.append(QJsonObject { { u"name"_s, e.name }, { u"value"_s, e.value } });
    return a;
}

const SimSettings::Entry *SimSettings::find(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

QJsonValue SimSettings::value(const QString &name) const
{
    const Entry *e = find(name);
    return e ? e->value : QJsonValue(QJsonValue::Undefined);
}

bool SimSettings::contains(const QString &name) const
{
    return find(name) != nullptr;
}

QJsonValue SimSettings::normalized(Type type, const QJsonValue &v)
{
    if (type == Type::Int)
        return JsonNumbers::toInt64(v); // validate() checked the range; clamped regardless
    return v;
}

QString SimSettings::validate(const QJsonObject &changes, bool *stateError, QString *offender) const
{
    *stateError = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (offender)
            *offender = it.key();
        const Entry *e = find(it.key());
        if (!e)
            return u"unknown setting "_s + it.key();
        const QJsonValue v = it.value();
        bool typeOk = false;
        switch (e->type) {
        case Type::Bool:
            typeOk = v.isBool();
            break;
        case Type::Int:
            typeOk = SimChecks::isIntegral(v);
            break;
        case Type::Float:
            typeOk = v.isDouble() && std::isfinite(v.toDouble());
            break;
        case Type::String:
            typeOk = v.isString();
            break;
        }
        if (!typeOk)
            return u"wrong type for "_s + it.key();
        // Values outside a documented range count as invalid parameters (§10 clarifications).
        const QString &n = e->name;
        const double d = v.toDouble();
        if ((n == u"audioPlayLevel"_s || n == u"audioCapturerLevel"_s) && (d < 0.0 || d > 1.0))
            return u"out of range: "_s + n;
        if (n == u"cameraRemoteControlAccess"_s && (d < 0 || d > 2))
            return u"out of range: "_s + n;
        if (n == u"defaultOutputSelfVideoRotateAngle"_s && d != 0 && d != 90 && d != 180
            && d != 270)
            return u"out of range: "_s + n;
        // Bandwidth within getSystemInfo's bitrateLimits (SimSystem reports the same pair).
        if ((n == u"inputBandWidth"_s || n == u"outputBandWidth"_s)
            && (d < kMinBitrate || d > kMaxBitrate))
            return u"out of range: "_s + n;
        // Layouts: the documented values of §9.10.
        if ((n == u"defaultP2PMatrix"_s || n == u"defaultMultiConfMatrix"_s) && (d < 0 || d > 4))
            return u"out of range: "_s + n;
        if (n == u"screenSaverTimeout"_s && (d < 0 || d > 86400))
            return u"out of range: "_s + n;
    }
    if (offender)
        *offender = u"audioCapturerLevel"_s;
    // The microphone level is read-only while AGC drives it (§7.5), judged on the state the
    // request would leave behind.
    const bool agc = changes.contains(u"agcEnable"_s) ? changes.value(u"agcEnable"_s).toBool()
                                                      : value(u"agcEnable"_s).toBool();
    if (agc && changes.contains(u"audioCapturerLevel"_s)
        && changes.value(u"audioCapturerLevel"_s).toDouble()
            != value(u"audioCapturerLevel"_s).toDouble()) {
        *stateError = true;
        return u"audioCapturerLevel is read-only while agcEnable is true"_s;
    }
    if (offender)
        offender->clear();
    return {};
}

QList<QPair<QString, QJsonValue>> SimSettings::apply(const QJsonObject &changes)
{
    QList<QPair<QString, QJsonValue>> changed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        for (Entry &e : m_entries) {
            if (e.name != it.key())
                continue;
            const QJsonValue v = normalized(e.type, it.value());
            if (v != e.value) {
                e.value = v;
                changed.append({ e.name, v });
            }
            break;
        }
    }
    return changed;
}

QString SimSettings::change(const QJsonObject &changes, SimHost &host, bool *stateError,
                            QString *offender)
{
    const QString why = validate(changes, stateError, offender);
    if (!why.isEmpty())
        return why;
    for (const auto &[name, value] : apply(changes))
        host.emitEvent(u"settingsChanged"_s, { { u"name"_s, name }, { u"value"_s, value } });
    return {};
}

SimCommandTable SimSettings::commands(SimHost &host)
{
    return {
        { u"getSettings"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok({ { u"settings"_s, toArray() } });
          } },
        { u"setSettings"_s,
          [this, &host](const QJsonObject &request) {
              const QJsonObject changes = request.value(u"settings"_s).toObject();
              // A locked setting refuses the whole request, as a policy would.
              for (auto it = changes.begin(); it != changes.end(); ++it)
                  if (m_locked.contains(it.key()) && it.value() != value(it.key()))
                      return SimOutcome::fail(SimError::accessDenied());
              bool stateError = false;
              QString offender;
              const QString why = change(changes, host, &stateError, &offender);
              if (why.isEmpty())
                  return SimOutcome::ok();
              qCDebug(lcSim) << "setSettings refused:" << why;
              // The error text stays §10's; the reply names the refused setting beside it, so
              // that a client can show which value of an atomic request was refused.
              SimOutcome refusal = SimOutcome::fail(stateError ? SimError::invalidState()
                                                               : SimError::invalidParameters());
              if (!offender.isEmpty())
                  refusal.fields.insert(u"setting"_s, offender);
              return refusal;
          } },
    };
}
