#!/bin/sh
# Renders the one icon drawing (resources/icons/ichongqing-reader.svg) into every bitmap the
# packages need: hicolor PNGs for Linux, the .ico for Windows and the .icns for macOS.
# Run it after changing the SVG and commit what it writes; builds do not need these tools.
# Needs: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -eu
cd "$(dirname "$0")/.."
svg=resources/icons/ichongqing-reader.svg
out=packaging/icons
mkdir -p "$out"
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/$size.png"
done
icotool -c -o packaging/windows/ichongqing-reader.ico "$out/16.png" "$out/24.png" "$out/32.png" "$out/48.png" "$out/64.png" "$out/128.png" \
        --raw="$out/256.png"
png2icns packaging/macos/ichongqing-reader.icns \
         "$out/16.png" "$out/32.png" "$out/48.png" "$out/128.png" "$out/256.png" "$out/512.png" "$out/1024.png"
# 1024 px exists only to feed the .icns; Linux icon themes stop at 512.
rm "$out/1024.png"
