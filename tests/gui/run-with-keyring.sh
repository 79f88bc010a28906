#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# run-with-keyring.sh PROGRAM [ARGS...]: runs PROGRAM inside a private D-Bus session with an
# unlocked gnome-keyring (Secret Service), so that keychain tests never touch the user's own
# keyring and work on headless CI machines. The keyring's files live in a throw-away HOME.
set -eu
command -v dbus-run-session >/dev/null || { echo "run-with-keyring: dbus-run-session missing (package dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "run-with-keyring: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 1; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/roomdeck-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'printf "roomdeck-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
