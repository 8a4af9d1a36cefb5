#!/usr/bin/env bash
# The project's benchmarks: figures only, never pass/fail. Speed and size
# targets are judged by reading these, not by timed tests.
#
#   tools/bench.sh [RUNS]     RUNS: repetitions per figure, median shown (default 5)
#
# Needs the dependencies (tools/deps.sh) and builds native-release and web.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
log=build/bench-build.log
mkdir -p build

echo "[bench] building native-release and web (log: $log)"
if ! { cmake --preset native-release && cmake --build --preset native-release &&
       cmake --preset web && cmake --build --preset web; } >"$log" 2>&1; then
  tail -30 "$log"
  exit 1
fi

echo
echo "== content packs: text vs compiled .wlpack =="
build/native-release/warmline-pack-bench "$runs"

echo
echo "== web download (what a new hire's browser fetches) =="
total_raw=0 total_gz=0
for f in index.html warmline.js warmline.wasm warmline.data warmline.css favicon.svg; do
  p=build/web/engine/$f
  raw=$(stat -c%s "$p"); gz=$(gzip -9c "$p" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '  %-14s %9d B raw %9d B gzip\n' "$f" "$raw" "$gz"
done
printf '  %-14s %9d B raw %9d B gzip\n' total "$total_raw" "$total_gz"

echo
echo "== web: first frame in headless Chromium =="
node tools/bench/first_frame.mjs build/web/engine "$runs"

echo
echo "== kiosk: CPU while idle (native-release under Xvfb, nothing animating) =="
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  data=$(mktemp -d)
  build/native-release/warmline --data "$data" & pid=$!
  sleep 3
  read -r -a a < /proc/$pid/stat; t0=$((a[13] + a[14]))
  sleep 10
  read -r -a b < /proc/$pid/stat; t1=$((b[13] + b[14]))
  kill $pid; rm -rf "$data"
  awk -v ticks=$((t1 - t0)) -v hz=$(getconf CLK_TCK) "BEGIN { ms = ticks * 1000 / hz;
    printf \"  CPU time over 10 s idle: %d ms = %.2f%% of one core (clock tick %d ms)\\n\", ms, ms / 100, 1000 / hz }"'

echo
echo "== saves: a learner who finished the whole default course =="
data=$(mktemp -d)
build/native-release/tests/save_stress complete "$data" build/native-release/assets/packs/default.wlpack | sed 's/^/  /'
rm -rf "$data"
