#!/bin/sh
# Runs every benchmark of bench/ against a build tree (default: build). Not part of the tests.
# usage: bench/run.sh [BUILD_DIR]
set -eu
build=${1:-build}
cmake --build "$build" --target bench_parse bench_extract bench_refresh bench_window bench_year bench_store ichongqing-reader
ctest --test-dir "$build" -L bench --output-on-failure --verbose 2>&1 | grep -vE '^(UpdateCTestConfiguration|Parse Config|Test project|Constructing|Checking|Updating|Test command|Environment variable|Test timeout)' 
