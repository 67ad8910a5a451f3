#!/bin/sh
# Installs what building and testing iChongqing Reader needs on Debian 12 / Ubuntu 22.04+,
# and nothing when it is all there already. Runs apt-get as root, or through sudo.
set -eu

packages="
build-essential cmake ninja-build pkg-config file dpkg-dev
desktop-file-utils appstream
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-image-formats-plugins
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qt6-webengine-dev qt6-webengine-dev-tools qt6-declarative-dev qt6-svg-dev
libgl-dev libgumbo-dev zlib1g-dev libdeflate-dev
fonts-noto-cjk
"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then as_root=""; else as_root="sudo"; fi
echo "Installing:$missing"
$as_root apt-get update
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y --no-install-recommends $missing
