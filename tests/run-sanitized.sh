#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# run-sanitized.sh TEST [ARGS...]: runs a test of the sanitizer build. When the test's own
# checks passed but LeakSanitizer's tracer crashed at exit ("LeakSanitizer has encountered a
# fatal error", an internal failure of the leak check, not a leak report), the run is repeated
# once. Leak reports, test failures and every other crash fail at once as usual.
set -u
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for attempt in 1 2; do
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    if [ "$rc" = 0 ]; then
        exit 0
    fi
    if [ "$attempt" = 1 ] && grep -q "LeakSanitizer has encountered a fatal error" "$log" \
        && ! grep -q "ERROR: LeakSanitizer: detected memory leaks" "$log" \
        && ! grep -qE "^FAIL!|ERROR: AddressSanitizer|runtime error:" "$log"; then
        echo "run-sanitized: LeakSanitizer's tracer crashed (no leak reported); running again"
        continue
    fi
    exit "$rc"
done
