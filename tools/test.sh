#!/usr/bin/env bash
# README command 2: install what is missing, build every target and run every
# test: native unit tests + the app under Xvfb, the same under ASan + UBSan,
# the unit tests compiled to wasm under Node, and the browser end-to-end test
# in headless Chromium. Ends with one line: "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
logs=build/test-logs
mkdir -p "$logs"

bash tools/deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

build() {  # preset
  echo "[test] building $1"
  cmake --preset "$1" >"$logs/configure-$1.log" 2>&1 || { cat "$logs/configure-$1.log"; return 1; }
  cmake --build --preset "$1" 2>&1 | tee "$logs/build-$1.log" | grep -E "error|warning:" ; return "${PIPESTATUS[0]}"
}

passed=0 failed=0 broken=()
tally() {  # stage-name log-file exit-code: add the stage's own test counts
  local name=$1 log=$2 rc=$3 p=0 f=0 line
  if line=$(grep -E '^\[doctest\] test cases:' "$log" | tail -1) && [ -n "$line" ]; then
    p=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")
  fi
  if line=$(grep -E 'tests passed, [0-9]+ tests failed out of' "$log" | tail -1) && [ -n "$line" ]; then
    local total; total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line"); f=$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$line"); p=$((total - f))
  fi
  if grep -qE '^# pass [0-9]+' "$log"; then
    p=$(grep -E '^# pass ' "$log" | tail -1 | awk '{print $3}'); f=$(grep -E '^# fail ' "$log" | tail -1 | awk '{print $3}')
  fi
  # A stage that failed without counting anything still counts as one failure.
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" = 0 ] || broken+=("$name")
  echo "[test] $name: $p passed, $f failed"
}
stage() {  # name command...
  local name=$1; shift
  local log="$logs/$(tr ' /' '__' <<<"$name").log"
  echo; echo "[test] ===== $name ====="
  "$@" 2>&1 | tee "$log"
  tally "$name" "$log" "${PIPESTATUS[0]}"
}

for preset in native asan web; do
  build "$preset" || { echo "[test] build of $preset failed"; broken+=("build $preset"); failed=$((failed + 1)); }
done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
stage "native (unit + app under Xvfb)" ctest --preset native
stage "asan+ubsan (unit + app under Xvfb)" ctest --preset asan
stage "wasm unit tests (node)" node --no-experimental-fetch build/web/tests/warmline_unit_tests.js --no-colors
stage "browser e2e (chromium)" env WARMLINE_OUT="$PWD/build/test-output" WARMLINE_PACK_TOOL="$PWD/build/native/warmline-pack" \
  node --test tests/e2e/

echo
echo "[test] screenshots and state dumps: build/test-output, build/native/test-output, build/asan/test-output"
[ ${#broken[@]} = 0 ] || echo "[test] failing: ${broken[*]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ ${#broken[@]} = 0 ]
