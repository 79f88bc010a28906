#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Sets up a fresh Debian 12 machine, builds RoomDeck and starts the GUI against its embedded
# simulated room. Without a display, roomdeck itself runs offscreen and writes a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
cmake --preset dev
cmake --build --preset dev
exec ./build/dev/bin/roomdeck --demo "$@"
