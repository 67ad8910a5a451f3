#!/bin/sh
# Makes the store screenshots named in the AppStream metainfo:
#   packaging/linux/screenshots/reader-en.png  (English interface)
#   packaging/linux/screenshots/reader-zh.png  (Chinese interface, same English articles)
# from an installed copy of the reader:
#   tools/make-screenshots.sh [PREFIX]      PREFIX defaults to /tmp/ichq-shot
#
# The articles come from packaging/linux/screenshots/src/feed.xml.in and the pictures are
# drawings made by packaging/linux/screenshots/src/scenes.py (illustrations, captioned as such).
# Everything is served from 127.0.0.1 and kept in a temporary folder: the reader refreshes
# from the local feed once, then its window is opened under Xvfb at 1280x800 and grabbed.
# The window runs without --offline (so no "You are offline" banner shows) but with automatic
# refresh switched off, the feed and the contact address pointing at the local server, and an
# empty outbox: it makes no network request.
#
# Needs: python3, rsvg-convert (librsvg2-bin), xvfb-run (xvfb), ImageMagick 6 (/usr/bin/import,
# /usr/bin/convert) and a CJK font (fonts-noto-cjk) for the Chinese screenshot.
set -eu

# ---- inside Xvfb: start the window, wait for it to settle, grab the screen ----------------
if [ "${1:-}" = "--grab" ]; then
    bin=$2 data=$3 lang=$4 shot=$5
    "$bin" --data-dir "$data" --lang "$lang" >"$data/window.log" 2>&1 &
    app=$!
    prev= tries=0
    while :; do
        sleep 1.5
        tries=$((tries + 1))
        if ! kill -0 "$app" 2>/dev/null; then
            echo "the reader quit early:" >&2
            tail -n 20 "$data/window.log" >&2
            exit 1
        fi
        if [ "$tries" -gt 40 ]; then
            kill "$app"
            echo "the window did not settle within a minute" >&2
            exit 1
        fi
        /usr/bin/import -window root "$shot"
        sig=$(/usr/bin/convert "$shot" -format '%#' info:)
        # The article's lead picture sits in this box; a page still loading is one flat colour.
        spread=$(/usr/bin/convert "$shot" -crop 520x200+720+300 +repage \
                     -format '%[fx:standard_deviation]' info:)
        if [ "$sig" = "$prev" ] && awk "BEGIN { exit !($spread > 0.05) }"; then
            break
        fi
        prev=$sig
    done
    kill "$app"
    wait "$app" 2>/dev/null || true
    exit 0
fi

prefix=${1:-/tmp/ichq-shot}
bin=$prefix/bin/ichongqing-reader
cd "$(dirname "$0")/.."
root=$(pwd)
src=$root/packaging/linux/screenshots/src
out=$root/packaging/linux/screenshots
[ -x "$bin" ] || { echo "no reader at $bin" >&2; exit 1; }

# The consent question is skipped by recording a decision for the policy version this tree has.
policy=$(sed -n 's/.*kPolicyVersion = \([0-9][0-9]*\);.*/\1/p' app/core/privacy/ConsentState.h)
[ -n "$policy" ] || { echo "cannot read kPolicyVersion" >&2; exit 1; }

work=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# ---- pictures and feed ---------------------------------------------------------------------
mkdir -p "$work/svg" "$work/www/img"
python3 "$src/scenes.py" "$work/svg"
for svg in "$work"/svg/*.svg; do
    name=$(basename "$svg" .svg)
    nice rsvg-convert -w 1200 -h 700 "$svg" -o "$work/svg/$name.png"
    /usr/bin/convert "$work/svg/$name.png" -strip -quality 88 "$work/www/img/$name.jpg"
done

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
python3 - "$src/feed.xml.in" "$work/www/feed.xml" "$base" <<'EOF'
import re, sys, datetime, email.utils
source, target, base = sys.argv[1:]
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
def date(m):
    return email.utils.format_datetime(now - datetime.timedelta(hours=float(m.group(1))))
text = open(source, encoding="utf-8").read().replace("@BASE@", base)
text = re.sub(r"@HOURS_AGO:([0-9.]+)@", date, text)
open(target, "w", encoding="utf-8").write(text)
EOF

(cd "$work/www" && exec python3 -m http.server "$port" --bind 127.0.0.1) >"$work/server.log" 2>&1 &
server=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
    python3 -c "import urllib.request; urllib.request.urlopen('$base/feed.xml')" 2>/dev/null && break
    sleep 0.5
done

# ---- one refresh into a pristine data folder -------------------------------------------
"$bin" --refresh --feed "$base/feed.xml" --data-dir "$work/fresh"
# The article each window shows: one whose picture leads the page, a different one per
# language so that the two screenshots are not the same picture twice.
article_id() {
    "$bin" --list --json --data-dir "$work/fresh" | python3 -c '
import json, sys
print(next(a["id"] for a in json.load(sys.stdin) if sys.argv[1] in a["link"]))' "$1"
}
article_en=$(article_id yangtze-river-cableway)
article_zh=$(article_id hongyadong-after-dark)

# ---- the two windows ---------------------------------------------------------------------
export QTWEBENGINE_DISABLE_SANDBOX=1
served=$(wc -l <"$work/server.log")
export XDG_CONFIG_HOME="$work/xdg/config" XDG_CACHE_HOME="$work/xdg/cache"
export XDG_DATA_HOME="$work/xdg/data"
for lang in en zh; do
    data=$work/data-$lang
    eval "article=\$article_$lang"
    rm -rf "$data"
    cp -r "$work/fresh" "$data"
    cat >"$data/settings.ini" <<EOF
[consent]
cookies=declined
policyVersion=$policy
decidedAt=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)

[feeds]
en=$base/feed.xml

[message]
endpoint=$base/contact

[reader]
lastArticle=$article
lastSection=

[refresh]
intervalMinutes=0
EOF
    nice xvfb-run -a -s "-screen 0 1280x800x24" "$root/tools/make-screenshots.sh" --grab \
        "$bin" "$data" "$lang" "$work/shot-$lang.png"
    /usr/bin/convert "$work/shot-$lang.png" -strip -define png:compression-level=9 \
        "$out/reader-$lang.png"
    echo "wrote $out/reader-$lang.png ($(wc -c <"$out/reader-$lang.png") bytes)"
done
# The windows were meant to stay off the network; the local server is the one place they
# could have gone (feed and contact address point there).
if [ "$(wc -l <"$work/server.log")" -ne "$served" ]; then
    echo "warning: the reader window made requests:" >&2
    tail -n +"$((served + 1))" "$work/server.log" >&2
fi
