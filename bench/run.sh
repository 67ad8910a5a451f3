#!/bin/sh
# Runs every benchmark of bench/ against a build tree (default: build). Not part of the tests.
# usage: bench/run.sh [BUILD_DIR]
set -eu
build=${1:-build}
cmake --build "$build" --target bench_parse bench_extract bench_refresh bench_window bench_year bench_store bench_responsive ichongqing-reader
ctest --test-dir "$build" -L bench --output-on-failure --verbose 2>&1 | grep -vE '^(UpdateCTestConfiguration|Parse Config|Test project|Constructing|Checking|Updating|Test command|Environment variable|Test timeout)' 
# The window's responsiveness needs a real X display and xdotool (Debian: xvfb, xdotool).
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/bench/bench_responsive" "$build/ichongqing-reader" 1000 2>/dev/null
else
    echo "bench_responsive skipped: it needs xvfb-run and xdotool"
fi
