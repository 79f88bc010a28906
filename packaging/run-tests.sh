#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Sets up a fresh Debian 12 machine, builds RoomDeck with warnings as errors and runs the whole
# test suite (offscreen; credential tests inside their own D-Bus session with a keyring).
# ROOMDECK_TEST_PRESET=asan runs the same suite under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
preset=${ROOMDECK_TEST_PRESET:-ci}
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
