#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# run-fuzzer.sh FUZZER CORPUS SECONDS ARTIFACT_PREFIX: runs one libFuzzer harness for SECONDS on
# its seed corpus without writing to it (new inputs go to a scratch folder, removed afterwards).
# Fails on any crash, sanitizer report, leak, timeout or out-of-memory; the input that did it is
# kept as ARTIFACT_PREFIX<kind>-<hash> and printed in base64 for CI logs.
set -euo pipefail
fuzzer=$1 corpus=$2 seconds=$3 prefix=$4
[ -d "$corpus" ] || { echo "run-fuzzer: no corpus folder $corpus" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")"
rm -f "$prefix"*
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rc=0
"$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$prefix" "$scratch" "$corpus" || rc=$?
if [ "$rc" != 0 ]; then
    for f in "$prefix"*; do
        [ -f "$f" ] || continue
        echo "run-fuzzer: failing input $f (base64):"
        base64 -w 0 "$f" | head -c 20000
        echo
    done
fi
exit "$rc"
