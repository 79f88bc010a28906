#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Builds the Debian package from a configured build folder, validates its metadata, installs it
# with apt-get and runs the installed programs. Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

appstreamcli validate --no-net "$here/org.roomdeck.RoomDeck.metainfo.xml"
desktop-file-validate "$here/roomdeck.desktop"

(cd "$build" && rm -f roomdeck_*.deb && cpack -G DEB > cpack.log)
deb=$(readlink -f "$build"/roomdeck_*.deb)
echo "check-package: built $(basename "$deb")"
# The history's SQLite driver is a Qt plugin: shlibdeps cannot see it, the list must name it.
depends=$(dpkg-deb -f "$deb" Depends)
if [[ "$depends" != *libqt6sql6-sqlite* ]]; then
    echo "check-package: the package does not depend on libqt6sql6-sqlite: $depends" >&2
    exit 1
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "$deb" > /dev/null
for program in roomdeck roomdeck-sim roomdeckctl roomdeck-agent; do
    out=$(QT_QPA_PLATFORM=offscreen "/usr/bin/$program" --version 2>&1)
    echo "check-package: /usr/bin/$program --version: $out"
done
# upload-logo's image check is a module roomdeckctl loads from /usr/lib/.../roomdeck: a file
# that is no image must be refused by that check (exit 2, nothing sent), not for want of it.
set +e
out=$(LC_ALL=C.UTF-8 LANGUAGE= /usr/bin/roomdeckctl --room 127.0.0.1:9 upload-logo \
      /usr/share/applications/roomdeck.desktop 2>&1)
status=$?
set -e
if [ "$status" -ne 2 ] || [[ "$out" != *"not an image"* ]]; then
    echo "check-package: roomdeckctl upload-logo did not run the image check: $out" >&2
    exit 1
fi
echo "check-package: roomdeckctl upload-logo refuses a non-image: $out"
for page in roomdeck roomdeck-sim roomdeckctl roomdeck-agent; do
    [ -f "/usr/share/man/man1/$page.1.gz" ] || { echo "check-package: no man page for $page" >&2; exit 1; }
done
# The agent's hardened unit, as installed (systemd package; works without a running systemd).
if command -v systemd-analyze > /dev/null; then
    # --man=no: the page is checked above, and man itself need not be installed.
    systemd-analyze verify --man=no /usr/lib/systemd/system/roomdeck-agent.service
    echo "check-package: systemd-analyze verify roomdeck-agent.service: ok"
else
    echo "check-package: systemd-analyze not installed: roomdeck-agent.service not verified"
fi
echo "check-package: ok"
