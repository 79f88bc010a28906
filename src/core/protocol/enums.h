// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

//! Every enumeration of the room API (room-api.md §9), with readable, translated texts.
//! Unknown wire values are preserved: texts say "unknown (N)" instead of guessing.
namespace Room {
Q_NAMESPACE

//! room-api.md §5.1 / §9.1. Unknown means "not reported yet".
enum class AppState : int {
    Unknown = -1,
    None = 0,
    Connect = 1,
    Login = 2,
    Normal = 3,
    Wait = 4,
    Conference = 5,
    Close = 6,
};
Q_ENUM_NS(AppState)

//! The access mode of one authorized connection (§3, §4).
enum class Role : int { None = 0, User = 1, Admin = 2 };
Q_ENUM_NS(Role)

//! Contact `status` (§9.2).
enum class PeerStatus : int {
    Invalid = -1,
    Offline = 0,
    Available = 1,
    Busy = 2,
    InOwnConference = 5,
};
Q_ENUM_NS(PeerStatus)

//! Contact `extStatus` (§9.3).
enum class ExtStatus : int {
    Invalid = -1,
    Offline = 0,
    RecentlyActive = 1,
    Available = 2,
    AvailableOnPhone = 3,
    AvailableFromTerminal = 4,
    DoNotDisturb = 5,
    Away = 6,
    Busy = 7,
    BusyOnPhone = 8,
    BusyAtTerminal = 9,
    InOwnConference = 10,
};
Q_ENUM_NS(ExtStatus)

//! `login` event result (§9.4).
enum class LoginResult : int {
    Success = 0,
    AlreadyLoggedIn = 1,
    LoginNotFound = 2,
    WrongCredentials = 3,
    Rejected = 4,
    UserLimitReached = 5,
    NotActivated = 6,
    ServerBusy = 7,
    AppTypeNotAllowed = 8,
    AwaitingEmailConfirmation = 9,
    Locked = 10,
    EmailBlacklisted = 11,
    PasswordExpired = 65213,
};
Q_ENUM_NS(LoginResult)

//! `authorizationNeeded` cause (§3.5).
enum class AuthNeededCause : int {
    Displaced = 1,
    UserProtectionReset = 2,
    AdminCredentialsChanged = 3,
    UserCredentialsChangedByAdmin = 4,
    UserCredentialsChangedByUser = 5,
    ModeNotLicensed = 6,
    PinRegenerated = 7,
    TokenExpired = 8,
};
Q_ENUM_NS(AuthNeededCause)

//! `rejectReceived` / `rejectSent` cause (§9.6).
enum class RejectCause : int {
    Declined = 0,
    ParticipantLimit = 1,
    Busy = 2,
    Unavailable = 3,
    ConferenceDoesNotExist = 4,
    UserDoesNotExist = 5,
    NotDeclined = 6,
    InsufficientFunds = 7,
    AccessDenied = 8,
    LoggedOut = 9,
    CannotComplete = 10,
    InsufficientResources = 11,
    PasswordRequired = 12,
    WrongPassword = 13,
    NotInFriendList = 14,
    RatingTooLow = 15,
    NoAnswer = 16,
    NotStartedYet = 17,
    ConferenceEnded = 18,
    ConferenceNotFound = 19,
    RemoteServerUnreachable = 20,
    FederationNotAllowed = 21,
    FederationRefused = 22,
};
Q_ENUM_NS(RejectCause)

//! Participant `mic` / `video` (§9.8).
enum class MediaState : int { NoDevice = 0, Muted = 1, On = 2 };
Q_ENUM_NS(MediaState)

//! Participant `role` in role-based conferences (§9.8).
enum class ParticipantRole : int {
    Unchanged = 0,
    Ordinary = 1,
    Owner = 2,
    AskedForPodium = 3,
    InvitedToPodium = 4,
    AudioRemark = 5,
};
Q_ENUM_NS(ParticipantRole)

//! Numeric conference type (§9.7).
enum class ConferenceType : int { PeerToPeer = 0, Symmetric = 1, Asymmetric = 2, RoleBased = 3 };
Q_ENUM_NS(ConferenceType)

//! `getConnected.state` (§9.9).
enum class ServerConnectionState : int { NotConnected = 0, Connecting = 1, Connected = 2 };
Q_ENUM_NS(ServerConnectionState)

//! Protection type of a mode (§4.2).
enum class Protection : int { Unsecured = 0, Pin = 1, Password = 2 };
Q_ENUM_NS(Protection)

//! Converts a wire integer; out-of-range values give Unknown.
AppState appStateFromInt(int value);
//! The wire name of a role ("admin" / "user"); empty for None.
QString roleWireName(Role role);
//! Parses "admin" / "user" (case-insensitive); None otherwise.
Role roleFromWireName(const QString &name);
//! The wire name of a protection type ("unsecured", "pin", "password").
QString protectionWireName(Protection protection);
//! Parses a protection type; returns false for unknown names.
bool protectionFromWireName(const QString &name, Protection *out);

// Readable, translated texts. Each takes the raw integer so that values a newer room sends
// (outside the documented set) still read sensibly.
QString appStateName(int appState);
QString appStateDescription(int appState);
QString roleName(Role role);
QString peerStatusText(int status);
QString extStatusText(int extStatus);
QString loginResultText(int result);
QString authNeededCauseText(int cause);
//! What an operator reads for an authorizationNeeded cause: authNeededCauseText() for the
//! documented causes, "... gave no reason" for a missing one (-1), "reason code N" otherwise.
QString authNeededReason(int cause);
QString rejectCauseText(int cause);
QString mediaStateText(int state);
QString participantRoleText(int role);
QString conferenceTypeText(int type);
QString serverConnectionStateText(int state);

} // namespace Room
