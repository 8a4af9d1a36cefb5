#!/usr/bin/env bash
# Pulls the plug on a saving process 200 times (SIGKILL at a random moment,
# 2–40 ms in), then checks after every kill that each profile still loads.
set -uo pipefail
stress=$1
dir=$2/kill-profiles
rounds=${3:-200}
rm -rf "$dir"
mkdir -p "$dir"
fail=0
checked=0
recovered=0
# A first writer runs until it has saved, so every kill below lands on a
# folder with profiles in it even where start-up is slow (ASan, a busy CI
# machine) and most kills come before the next save begins.
"$stress" write "$dir" &
pid=$!
for _ in $(seq 200); do ls "$dir" 2>/dev/null | grep -q '\.wlsave$' && break; sleep 0.05; done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
ls "$dir" | grep -q '\.wlsave$' || { echo "FAIL: the writer saved nothing in 10 s"; exit 1; }
for ((i = 1; i <= rounds; i++)); do
  "$stress" write "$dir" &
  pid=$!
  sleep "0.0$(printf '%02d' $((2 + RANDOM % 38)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ! out=$("$stress" check "$dir"); then
    echo "FAIL after kill $i:"; echo "$out"; fail=1; break
  fi
  summary=$(tail -1 <<<"$out")  # check: N profiles, 0 unloadable, M recovered from backup
  read -r _ n _ _ _ m _ <<<"$summary"
  checked=$((checked + n))
  recovered=$((recovered + m))
done
saves=$(ls "$dir" | grep -c '\.wlsave$')
echo "kill_during_save: $((i - 1)) kills, $saves profiles on disk, every profile loadable after each: $([ $fail = 0 ] && echo yes || echo NO) ($checked profile loads, $recovered from the backup copy)"
[ "$saves" -ge 1 ] || { echo "FAIL: nothing was ever saved"; fail=1; }
exit $fail
