#!/usr/bin/env bash
# The project's benchmarks: builds the native release preset and prints
# figures only (no pass/fail thresholds). Each section is one benchmark;
# add new ones below.
#
#   tools/bench.sh [RUNS]     RUNS: repetitions per figure, median shown (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
log=build/bench-build.log
mkdir -p build

echo "[bench] building native-release (log: $log)"
if ! { cmake --preset native-release && cmake --build --preset native-release --target warmline-pack-bench; } >"$log" 2>&1; then
  tail -30 "$log"
  exit 1
fi

echo
echo "== content packs: text vs compiled .wlpack =="
build/native-release/warmline-pack-bench "$runs"
