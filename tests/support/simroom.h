// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "sim/roomsimulator.h"

#include <memory>

//! Test fixture: a strict-mode roomdeck_sim on 127.0.0.1 (port 0) and fast controller options.
namespace SimRoom {

//! Starts a simulator; aborts the test binary with the reason if it cannot bind.
std::unique_ptr<RoomSimulator> start(RoomSimulator::Options options = {});
//! The address an operator would type for `sim`: 127.0.0.1:WEBPORT (config.json discovery).
RoomAddress addressOf(const RoomSimulator &sim);
//! Controller options scaled for tests: short timeouts, fast backoff, no fallback port.
RoomController::Options fastOptions();

} // namespace SimRoom
