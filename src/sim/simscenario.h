// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class RoomSimulator;

//! A scripted timeline for demos and tests (`roomdeck-sim --scenario FILE.json`):
//!
//!   {"events":[
//!     {"at":2000, "do":"incomingCall", "peerId":"alice@sim.trueconf.local", "peerDn":"Alice"},
//!     {"at":5000, "do":"participantJoins", "peerId":"bob@sim.trueconf.local"},
//!     {"at":6000, "do":"presenceStorm", "count":500},
//!     {"at":7000, "do":"event", "event":"myEvent", "payload":{"data":"hello"}}
//!   ]}
//!
//! `at` is milliseconds after the scenario starts (the emulator's start, or loading it into
//! a running emulator); `do` names an action, the other fields are its arguments. The file
//! is validated as a whole before anything runs: every problem is reported with the event's
//! position, and unknown actions or fields are errors (a typo must not pass silently). The
//! actions and their fields are listed by actionsHelp() and in parse()'s table.
class SimScenario final
{
public:
    struct Step
    {
        int at = 0; //!< ms after start
        QString action;
        QJsonObject args; //!< the event object itself (fields validated)
        int index = 0; //!< position in the file, for messages
    };

    //! Parses and validates a scenario; steps come out sorted by `at` (stable). False and a
    //! readable *error ("event 3 (\"incomingCall\"): peerId is missing") otherwise.
    static bool parse(const QByteArray &json, QList<Step> *steps, QString *error);
    //! Carries a step out through the room's public control API; false when the room's
    //! state did not allow it (an incoming call while in a call, say).
    static bool run(const Step &step, RoomSimulator &room);
    //! The action list for `--help`, translated.
    static QString actionsHelp();
};
