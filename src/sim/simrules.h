// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonArray>
#include <QString>

//! The documented, deterministic behaviour of the TrueConf Server the emulator pretends to
//! be connected to: how a callee answers, which conferences exist, which logins succeed,
//! which servers are reachable. Everything keys on the words an id starts with, so a test
//! or a demo picks an outcome by choosing an id. helpText() is the same table in words for
//! `roomdeck-sim --help`; keep the two in step.
//!
//! Calls to users (the user part of the id, case-insensitive, first match wins):
//!   the room's own id                       -> rejectReceived cause 10 (cannot complete), at once
//!   unknown… / nosuch…                      -> cause 5 (user does not exist), at once
//!   offline…                                -> cause 3 (unavailable), at once
//!   busy…                                   -> cause 2 (busy), at once
//!   denied…                                 -> cause 8 (access denied), at once
//!   decline… / reject…                      -> cause 0 (declined), after the ring delay
//!   noanswer…                               -> cause 16 (no answer), after the ring timeout
//!   inconf…                                 -> the callee owns a running conference: the
//!                                              call becomes a join request (inviteRequestSent),
//!                                              accepted after the ring delay
//!   an address-book contact with status -1 / 0 / 2 -> cause 5 / 3 / 2, at once
//!   an address-book contact with status 5   -> join request, as inconf…
//!   anything else                           -> answered after the ring delay
//! Calls to conferences, `\c\NAME` (NAME case-insensitive):
//!   nosuch… / unknown… / missing…           -> cause 19 (conference not found)
//!   ended…                                  -> cause 18 (conference has ended)
//!   notstarted… / later…                    -> cause 17 (not started yet)
//!   full…                                   -> cause 1 (participant limit reached)
//!   secret…  without `pin` / wrong `pin`    -> cause 12 (password required) / 13 (wrong
//!                                              password); the right PIN is the conference
//!                                              PIN option (default 1234)
//!   a scheduled conference (getScheduler) that is stopped -> cause 17
//!   anything else joins; role… is role-based (confType 3), lecture… / asym… asymmetric (2),
//!   others symmetric (1).
//! Logins (`login`, the part before @): a configured account must match its password
//! (else result 3). Other logins succeed with any non-empty password (else 3) unless they
//! start with unknown…/nosuch… (2), rejected… (4), full… (5), inactive… (6), busy… (7),
//! locked… (10) or expired… (65213); with "accounts only" every other login gives 2.
//! Servers (`connectToServer.server`): unreachable… / offline… / nosuch… or a name ending
//! in .invalid cannot be reached (serverDisconnected, appState 0).
namespace SimRules {

struct PresenceHint
{
    int status = 1;
    int extStatus = 2;
};

//! The presence a new contact with this id gets (busy…, offline…, unknown…, inconf…).
PresenceHint presenceFor(const QString &callId);

struct Outcome
{
    enum class Kind { Answer, Reject, JoinRequest };
    enum class When { AtOnce, AfterRing, AfterRingTimeout };

    Kind kind = Kind::Answer;
    int cause = -1; //!< reject cause (§9.6) when kind is Reject
    When when = When::AfterRing;
    int confType = 0; //!< for conference calls: 1 symmetric, 2 asymmetric, 3 role-based
};

//! Outcome of calling a user, by the user part of its id (lower case) alone; -1 status
//! when the callee is not in the address book.
Outcome userCall(const QString &userPart, int addressBookStatus);
//! Outcome of calling `\c\name`; `pin` is the call's pin (null when absent).
Outcome conferenceCall(const QString &name, const QString &pin, const QString &conferencePin);
//! `login` event result (§9.4) for an unconfigured login.
int loginResult(const QString &userPart, const QString &password, bool acceptAnyLogin);
bool serverReachable(const QString &server);

//! getScheduler / conferenceList payload: a running and a stopped scheduled conference.
QJsonArray scheduledConferences(const QString &domain, const QString &owner);

//! The rules above for `--help`, translated.
QString helpText();

} // namespace SimRules
