#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Installs every Debian 12 package RoomDeck needs to build, test and run, and nothing twice:
# packages already installed are skipped, so running it again is cheap. Needs root or sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git clang-format-14 clang-14 libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
    qt6-qpa-plugins qt6-translations-l10n qtkeychain-qt6-dev libgl-dev libqt6sql6-sqlite
    xvfb xauth dbus dbus-x11 gnome-keyring
    fonts-dejavu-core python3 python3-websocket python3-yaml help2man appstream desktop-file-utils
    prometheus systemd
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-debian: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup-debian: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi

echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup-debian: done"
