#!/usr/bin/env bash
# The kiosk soak (issue 7): simulated hours of break-room use of the native
# release kiosk under Xvfb, with memory and file descriptors sampled, then the
# kill -9 during saves loop. See docs/soak.md.
#
# usage: tools/soak.sh [HOURS] [--no-soak] [--no-kill] [--kills N]
#                      [--build DIR] [--out DIR] [--sample SECONDS]
#   HOURS      simulated hours of kiosk use (default 24)
#   --kills N  rounds of tests/native/kill_during_save.sh (default 1000)
#   --build    a native-release build with warmline and tests/save_stress
#              (default build/native-release)
#   --out      where the run's files go (default BUILD/soak)
#   --sample   real seconds between memory/fd samples (default 2)
# Exits non-zero only if the app crashed or hung, a profile cannot be
# loaded, or a scripted check failed; memory growth is reported, never fatal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
hours=24
kills=1000
do_soak=1
do_kill=1
build="$root/build/native-release"
out=""
sample=2
while [ $# -gt 0 ]; do
  case "$1" in
    --no-soak) do_soak=0 ;;
    --no-kill) do_kill=0 ;;
    --kills) kills=$2; shift ;;
    --build) build=$2; shift ;;
    --out) out=$2; shift ;;
    --sample) sample=$2; shift ;;
    -h|--help) sed -n 2,15p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) hours=$1 ;;
    *) echo "soak: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
build=$(cd "$build" && pwd)
out=${out:-$build/soak}
app="$build/warmline"
stress="$build/tests/save_stress"
for f in "$app" "$stress"; do
  [ -x "$f" ] || { echo "soak: $f is missing; build the native-release preset first" >&2; exit 2; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
status=0

if [ $do_soak = 1 ]; then
  work="$out/kiosk"
  rm -rf "$work"
  mkdir -p "$work/data"
  conf="$work/kiosk.conf"
  idle=120
  printf 'idle-timeout: %s\ndata: %s\nsound: off\n' "$idle" "$work/data" >"$conf"
  printf '2580\n2580\n' | "$app" --set-admin-pin --config "$conf" >/dev/null
  python3 "$here/soak_plan.py" "$hours" "$work" "$root/content/default" "$idle" 2580
  steps=$(wc -l <"$work/soak.script")

  # 06:00 UTC on 2026-11-19: the calendar passes midnight 18 simulated hours in.
  start_time=1795068000
  pidfile="$work/app.pid"
  t0=$(date +%s)
  # Long runs get long limits: about 40 real seconds per simulated hour is
  # normal, so 5 minutes per hour means the app hung.
  # shellcheck disable=SC2016  # $$ is the inner shell's, which execs the app: the app's PID
  xvfb-run -a -s "-screen 0 1280x800x24" timeout $((600 + hours * 300)) \
    bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" \
    "$app" --kiosk --windowed --config "$conf" --start-time "$start_time" --seed 7 --script "$work/soak.script" \
    >"$work/stdout.txt" 2>"$work/stderr.txt" &
  runner=$!

  # The sampler: VmRSS, VmHWM and open fds of the app every $sample s, with
  # the simulated hour (how many hour marks the script has written so far).
  samples="$work/samples.tsv"
  printf 'real_s\thour\trss_kib\thwm_kib\tfds\n' >"$samples"
  pid=""
  for _ in $(seq 100); do
    [ -s "$pidfile" ] && pid=$(cat "$pidfile") && [ -e "/proc/$pid" ] && break
    sleep 0.1
  done
  while kill -0 "$runner" 2>/dev/null; do
    if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      fds=$(find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
      marks=$(find "$work/states" -name '*-hour.json' 2>/dev/null | wc -l)
      [ -n "$rss" ] && printf '%s\t%s\t%s\t%s\t%s\n' $(($(date +%s) - t0)) $((marks > 0 ? marks - 1 : 0)) "$rss" "$hwm" "$fds" >>"$samples"
    fi
    sleep "$sample"
  done
  rc=0
  wait "$runner" || rc=$?
  t1=$(date +%s)
  echo "soak: $hours simulated hours, $steps script steps in $((t1 - t0)) s real time; the app exited with $rc"
  if [ $rc != 0 ]; then
    status=1
    case $rc in
      124) echo "FAIL: the app did not finish the script in time (hung?)" ;;
      1) echo "FAIL: the app reported script failures" ;;
      *) echo "FAIL: the app crashed or was killed (exit $rc)" ;;
    esac
    tail -20 "$work/stderr.txt"
  fi

  # The table, and whether memory and fds stayed flat after warming up.
  python3 "$here/soak_report.py" "$samples" "$hours"

  # Every profile must still load, with the XP it was last seen with; every
  # snapshot must show what the script meant to do.
  lrc=0
  "$stress" list "$work/data" >"$work/profiles.tsv" 2>"$work/profiles.err" || lrc=$?
  cat "$work/profiles.err"
  [ $lrc = 0 ] || { echo "FAIL: some profiles cannot be loaded"; status=1; }
  python3 "$here/soak_check.py" "$work" "$work/profiles.tsv" || status=1
fi

if [ $do_kill = 1 ]; then
  echo "kill loop: $kills rounds of kill -9 during saves"
  t0=$(date +%s)
  krc=0
  "$root/tests/native/kill_during_save.sh" "$stress" "$out" "$kills" >"$out/kill.txt" 2>&1 || krc=$?
  t1=$(date +%s)
  cat "$out/kill.txt"
  # The last check after the last kill, for the counts.
  "$stress" check "$out/kill-profiles" | tail -1 | sed 's/^/after the last kill: /' || true
  echo "kill loop: $((t1 - t0)) s, exit $krc"
  [ $krc = 0 ] || status=1
fi
exit $status
