#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Sets up a fresh Debian 12 machine, builds RoomDeck with warnings as errors and runs the whole
# test suite (offscreen), builds and installs the Debian package and runs the installed
# programs, checks the formatting (clang-format 14), then builds and runs the suite again under
# AddressSanitizer + UBSan, and last builds the libFuzzer harnesses with clang and runs each for
# a bounded time on its seed corpus (preset `fuzz`, tests/fuzz).
# ROOMDECK_TEST_PRESETS="ci" (or "asan", "fuzz") limits the run to the presets named.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
for preset in ${ROOMDECK_TEST_PRESETS:-ci asan fuzz}; do
    echo "run-tests: preset $preset"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
    if [ "$preset" = ci ]; then
        # Benchmarks in a pass of their own, one at a time: nothing else competes for the
        # two cores while they measure.
        ctest --preset ci-bench
        cmake --build --preset ci --target format-check
        bash packaging/check-package.sh build/ci
    fi
done
