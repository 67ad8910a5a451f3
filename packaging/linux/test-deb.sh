#!/bin/sh
# Builds the .deb from a built tree, installs it as a user would (apt-get install ./file.deb),
# starts the installed program (--version, a --refresh against a server on 127.0.0.1, the
# window), removes it and checks that nothing it installed is left behind.
#
#   packaging/linux/test-deb.sh BUILD_DIR VERSION CLI_TEST_BINARY
#
# Needs dpkg, apt-get and root or password-less sudo; exits 77 (skipped) without them, or when
# the package is already installed on this machine and this script did not install it, so that
# a developer's own installation is never touched.
set -eu
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR VERSION CLI_TEST_BINARY}" && pwd)
version=${2:?VERSION missing}
cli_test=${3:?CLI_TEST_BINARY missing}

for tool in dpkg-deb dpkg-query apt-get cpack; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not here (not a Debian-like system)"; exit 77; }
done
if [ "$(id -u)" = 0 ]; then
    as_root=""
elif sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    echo "SKIP: installing a package needs root or password-less sudo"
    exit 77
fi
# A run killed half-way (a ctest timeout kills at once) leaves its package behind with this
# marker; that one is ours to remove, anything else is the user's.
marker=/var/tmp/ichongqing-reader-test-deb.installed
is_installed() { dpkg-query -W -f='${Status}' ichongqing-reader 2>/dev/null | grep -q "ok installed"; }
apt_get() { $as_root env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }
remove_package() { apt_get remove --purge -y ichongqing-reader && $as_root rm -f "$marker"; }
if is_installed; then
    if [ -e "$marker" ]; then
        echo "removing the package a killed run of this test left installed"
        remove_package >/dev/null
    else
        echo "SKIP: ichongqing-reader is already installed here; not touching it"
        exit 77
    fi
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
installed=""
cleanup() {
    if [ -n "$installed" ]; then
        remove_package >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== building the package"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack did not build the .deb"; }
deb=$(ls "$work"/out/ichongqing-reader_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no ichongqing-reader_${version}_*.deb was written"
echo "$deb"

echo "== checking what it declares and carries"
dpkg-deb --field "$deb" Package Version Architecture Depends
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6webenginecore6 libqt6webenginewidgets6 libgumbo libdeflate libc6 libqt6webenginecore6-bin; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib (dpkg-shlibdeps or the manual list)"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' >"$work/files"
for path in /usr/bin/ichongqing-reader \
    /usr/lib/ichongqing-reader/ichongqing-reader-window.so \
    /usr/share/applications/info.ichongqing.Reader.desktop \
    /usr/share/metainfo/info.ichongqing.Reader.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/info.ichongqing.Reader.svg \
    /usr/share/icons/hicolor/16x16/apps/info.ichongqing.Reader.png \
    /usr/share/icons/hicolor/512x512/apps/info.ichongqing.Reader.png \
    /usr/share/doc/ichongqing-reader/copyright; do
    grep -qx "$path" "$work/files" || fail "the package does not carry $path"
done

echo "== installing it with apt-get"
installed=yes
$as_root touch "$marker"
apt_get install -y --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get could not install the package"; }

echo "== checking what a desktop menu finds"
entry=/usr/share/applications/info.ichongqing.Reader.desktop
desktop-file-validate "$entry" || fail "the installed desktop entry is not valid"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$entry")
icon_name=$(sed -n 's/^Icon=//p' "$entry")
command -v "$exec_name" >/dev/null || fail "the menu entry runs $exec_name, which is not on PATH"
for size in 16x16 48x48 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/"$icon_name".* >/dev/null 2>&1 ||
        fail "no $size icon named $icon_name for the menu"
done
appstreamcli validate --no-net /usr/share/metainfo/info.ichongqing.Reader.metainfo.xml >/dev/null ||
    fail "the installed metainfo is not valid"

echo "== starting the installed binary"
out=$(/usr/bin/ichongqing-reader --version) || fail "--version failed"
echo "$out"
echo "$out" | grep -q "$version" || fail "--version does not say $version"
ICHQ_APP_BINARY=/usr/bin/ichongqing-reader "$cli_test" \
    coldRefreshStoresArticlesAndImages listSectionAndSearch secondRefreshIsNotModified ||
    fail "the installed binary's --refresh against 127.0.0.1 failed"

# The window module is found where the package put it and the window paints.
QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="ichq.startup.info=true" \
    /usr/bin/ichongqing-reader --offline --data-dir "$work/data" >"$work/window.log" 2>&1 &
pid=$!
painted=""
for _ in $(seq 1 120); do
    if grep -q "first paint of the window" "$work/window.log"; then painted=yes; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -n "$painted" ] || { cat "$work/window.log"; fail "the installed reader window did not paint"; }
echo "window painted"

echo "== removing it"
remove_package >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get could not remove the package"; }
installed=""
! is_installed || fail "dpkg still lists the package as installed"
while read -r path; do
    [ ! -e "$path" ] || fail "$path is left behind after removal"
done <"$work/files"
[ ! -e /usr/lib/ichongqing-reader ] || fail "/usr/lib/ichongqing-reader is left behind"
echo "PASS: built, installed, started and removed cleanly"
