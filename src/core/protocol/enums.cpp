// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "enums.h"

#include <QCoreApplication>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Room {

namespace {

// A plain name: lupdate reads the QT_TRANSLATE_NOOP("Room", ...) inside, which it skips when
// the call around it is spelled tr().
QString roomText(const char *text)
{
    return QCoreApplication::translate("Room", text);
}

QString unknownValue(int value)
{
    return QCoreApplication::translate("Room", "unknown (%1)").arg(value);
}

} // namespace

AppState appStateFromInt(int value)
{
    if (value >= 0 && value <= 6)
        return static_cast<AppState>(value);
    return AppState::Unknown;
}

QString roleWireName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::User:
        return u"user"_s;
    case Role::None:
        break;
    }
    return {};
}

Role roleFromWireName(const QString &name)
{
    if (name.compare(u"admin"_s, Qt::CaseInsensitive) == 0)
        return Role::Admin;
    if (name.compare(u"user"_s, Qt::CaseInsensitive) == 0)
        return Role::User;
    return Role::None;
}

QString protectionWireName(Protection protection)
{
    switch (protection) {
    case Protection::Pin:
        return u"pin"_s;
    case Protection::Password:
        return u"password"_s;
    case Protection::Unsecured:
        break;
    }
    return u"unsecured"_s;
}

bool protectionFromWireName(const QString &name, Protection *out)
{
    Protection p;
    if (name == u"unsecured"_s)
        p = Protection::Unsecured;
    else if (name == u"pin"_s)
        p = Protection::Pin;
    else if (name == u"password"_s)
        p = Protection::Password;
    else
        return false;
    if (out)
        *out = p;
    return true;
}

QString appStateName(int appState)
{
    switch (appStateFromInt(appState)) {
    case AppState::None:
        return roomText(QT_TRANSLATE_NOOP("Room", "Not connected to a server"));
    case AppState::Connect:
        return roomText(QT_TRANSLATE_NOOP("Room", "Connecting to the server"));
    case AppState::Login:
        return roomText(QT_TRANSLATE_NOOP("Room", "Login required"));
    case AppState::Normal:
        return roomText(QT_TRANSLATE_NOOP("Room", "Normal"));
    case AppState::Wait:
        return roomText(QT_TRANSLATE_NOOP("Room", "Calling"));
    case AppState::Conference:
        return roomText(QT_TRANSLATE_NOOP("Room", "In a conference"));
    case AppState::Close:
        return roomText(QT_TRANSLATE_NOOP("Room", "Ending the call"));
    case AppState::Unknown:
        break;
    }
    if (appState == -1)
        return roomText(QT_TRANSLATE_NOOP("Room", "Not known yet"));
    return unknownValue(appState);
}

QString appStateDescription(int appState)
{
    switch (appStateFromInt(appState)) {
    case AppState::None:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The room is idle and not connected to a TrueConf server."));
    case AppState::Connect:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The room is connecting to its TrueConf server."));
    case AppState::Login:
        return roomText(QT_TRANSLATE_NOOP(
            "Room", "The room is connected to its server; an account must log in."));
    case AppState::Normal:
        return roomText(QT_TRANSLATE_NOOP("Room", "The room is logged in and ready to call."));
    case AppState::Wait:
        return roomText(QT_TRANSLATE_NOOP("Room", "A call is ringing, in or out."));
    case AppState::Conference:
        return roomText(QT_TRANSLATE_NOOP("Room", "The room is in a call or conference."));
    case AppState::Close:
        return roomText(QT_TRANSLATE_NOOP("Room", "The call or conference is ending."));
    case AppState::Unknown:
        break;
    }
    return appStateName(appState);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return roomText(QT_TRANSLATE_NOOP("Room", "Administrator"));
    case Role::User:
        return roomText(QT_TRANSLATE_NOOP("Room", "User"));
    case Role::None:
        break;
    }
    return roomText(QT_TRANSLATE_NOOP("Room", "Not signed in"));
}

QString peerStatusText(int status)
{
    switch (status) {
    case -1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Invalid user"));
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Offline"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Available"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "Busy"));
    case 5:
        return roomText(QT_TRANSLATE_NOOP("Room", "In own conference"));
    default:
        return unknownValue(status);
    }
}

QString extStatusText(int extStatus)
{
    switch (extStatus) {
    case -1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Invalid user"));
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Offline"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Offline, recently active"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "Available"));
    case 3:
        return roomText(QT_TRANSLATE_NOOP("Room", "Available on phone"));
    case 4:
        return roomText(QT_TRANSLATE_NOOP("Room", "Available on a terminal"));
    case 5:
        return roomText(QT_TRANSLATE_NOOP("Room", "Do not disturb"));
    case 6:
        return roomText(QT_TRANSLATE_NOOP("Room", "Away"));
    case 7:
        return roomText(QT_TRANSLATE_NOOP("Room", "Busy"));
    case 8:
        return roomText(QT_TRANSLATE_NOOP("Room", "Busy on phone"));
    case 9:
        return roomText(QT_TRANSLATE_NOOP("Room", "Busy on a terminal"));
    case 10:
        return roomText(QT_TRANSLATE_NOOP("Room", "In own conference (can ask to join)"));
    default:
        return unknownValue(extStatus);
    }
}

QString loginResultText(int result)
{
    switch (result) {
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Logged in"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Already logged in"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "This login does not exist on the server"));
    case 3:
        return roomText(QT_TRANSLATE_NOOP("Room", "Wrong login or password"));
    case 4:
        return roomText(QT_TRANSLATE_NOOP("Room", "The server rejected the login"));
    case 5:
        return roomText(QT_TRANSLATE_NOOP("Room", "The server's limit of online users is reached"));
    case 6:
        return roomText(QT_TRANSLATE_NOOP("Room", "The account is not activated"));
    case 7:
        return roomText(QT_TRANSLATE_NOOP("Room", "The server is busy; try again later"));
    case 8:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "This account may not log in from this application type"));
    case 9:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The account is waiting for e-mail confirmation"));
    case 10:
        return roomText(QT_TRANSLATE_NOOP("Room", "The account is locked"));
    case 11:
        return roomText(QT_TRANSLATE_NOOP("Room", "The account's e-mail address is blacklisted"));
    case 65213:
        return roomText(QT_TRANSLATE_NOOP("Room", "The password has expired"));
    default:
        return unknownValue(result);
    }
}

QString authNeededCauseText(int cause)
{
    switch (cause) {
    case 1:
        return roomText(QT_TRANSLATE_NOOP(
            "Room", "Another controller signed in with the same role and took over"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP(
            "Room", "User protection was reset because administrator mode became unsecured"));
    case 3:
        return roomText(QT_TRANSLATE_NOOP("Room", "The administrator credentials were changed"));
    case 4:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The user credentials were changed by an administrator"));
    case 5:
        return roomText(QT_TRANSLATE_NOOP("Room", "The user credentials were changed by a user"));
    case 6:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "This role is not available under the room's licence"));
    case 7:
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The user PIN was regenerated after the conference"));
    case 8:
        return roomText(QT_TRANSLATE_NOOP("Room", "The sign-in token expired"));
    default:
        return unknownValue(cause);
    }
}

QString authNeededReason(int cause)
{
    if (cause >= 1 && cause <= 8)
        return authNeededCauseText(cause);
    if (cause < 0)
        return roomText(
            QT_TRANSLATE_NOOP("Room", "The room asked for a new sign-in and gave no reason"));
    return QCoreApplication::translate("Room", "The room asked for a new sign-in (reason code %1)")
        .arg(cause);
}

QString rejectCauseText(int cause)
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Room", "Declined by the participant"),
        QT_TRANSLATE_NOOP("Room", "The participant limit is reached"),
        QT_TRANSLATE_NOOP("Room", "Busy"),
        QT_TRANSLATE_NOOP("Room", "Unavailable"),
        QT_TRANSLATE_NOOP("Room", "The conference does not exist"),
        QT_TRANSLATE_NOOP("Room", "The user does not exist"),
        QT_TRANSLATE_NOOP("Room", "The call was not declined"),
        QT_TRANSLATE_NOOP("Room", "Insufficient funds"),
        QT_TRANSLATE_NOOP("Room", "Access denied"),
        QT_TRANSLATE_NOOP("Room", "Logged out"),
        QT_TRANSLATE_NOOP("Room", "The action cannot be completed"),
        QT_TRANSLATE_NOOP("Room", "Insufficient resources"),
        QT_TRANSLATE_NOOP("Room", "A password is required"),
        QT_TRANSLATE_NOOP("Room", "Wrong password"),
        QT_TRANSLATE_NOOP("Room", "Not in the callee's friend list"),
        QT_TRANSLATE_NOOP("Room", "The system rating is too low"),
        QT_TRANSLATE_NOOP("Room", "No answer"),
        QT_TRANSLATE_NOOP("Room", "The conference has not started yet"),
        QT_TRANSLATE_NOOP("Room", "The conference has ended"),
        QT_TRANSLATE_NOOP("Room", "Conference not found"),
        QT_TRANSLATE_NOOP("Room", "The remote server is unreachable"),
        QT_TRANSLATE_NOOP("Room", "Federation is not allowed"),
        QT_TRANSLATE_NOOP("Room", "Federation refused"),
    };
    if (cause >= 0 && cause < int(std::size(texts)))
        return roomText(texts[cause]);
    return unknownValue(cause);
}

QString mediaStateText(int state)
{
    switch (state) {
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "No device"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Muted"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "On"));
    default:
        return unknownValue(state);
    }
}

QString participantRoleText(int role)
{
    switch (role) {
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Unchanged"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Participant"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "Owner"));
    case 3:
        return roomText(QT_TRANSLATE_NOOP("Room", "Asked for the podium"));
    case 4:
        return roomText(QT_TRANSLATE_NOOP("Room", "Invited to the podium"));
    case 5:
        return roomText(QT_TRANSLATE_NOOP("Room", "Making an audio remark"));
    default:
        return unknownValue(role);
    }
}

QString conferenceTypeText(int type)
{
    switch (type) {
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Video call"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "All on screen"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "Video lecture"));
    case 3:
        return roomText(QT_TRANSLATE_NOOP("Room", "Role-based"));
    default:
        return unknownValue(type);
    }
}

QString serverConnectionStateText(int state)
{
    switch (state) {
    case 0:
        return roomText(QT_TRANSLATE_NOOP("Room", "Not connected"));
    case 1:
        return roomText(QT_TRANSLATE_NOOP("Room", "Connecting"));
    case 2:
        return roomText(QT_TRANSLATE_NOOP("Room", "Connected"));
    default:
        return unknownValue(state);
    }
}

} // namespace Room
