#!/usr/bin/env bash
# Kiosk mode end to end, under Xvfb: the staff PIN set from the terminal;
# signed packs installed from the inbox at start (unsigned and tampered ones
# refused); a new learner chooses a PIN, reads a lesson, walks away; the idle
# timeout warns, then saves and returns to "Tap to start" with nothing lost;
# she signs in again with her PIN (a wrong one is refused first); the staff
# screen stays shut without the staff PIN and opens with it; the progress
# CSV comes from the staff screen and from the command line.
# usage: kiosk.sh APP OUT-DIR WARMLINE-PACK
set -euo pipefail
app=$1
out=$2
cli=$3
here=$(dirname "$0")
source "$here/lib.sh"
work="$out/kiosk"
rm -rf "$work"
mkdir -p "$work/data" "$work/inbox" "$work/keys"
conf="$work/kiosk.conf"
cat >"$conf" <<CONF
idle-timeout: 60
inbox: $work/inbox
data: $work/data
trust: $work/keys/trainer.pub
CONF
fail=0

# The staff PIN, piped as a script would (a terminal gets no echo instead).
printf '1111\n1111\n' | "$app" --set-admin-pin --config "$conf" >/dev/null 2>"$work/easy.txt" && {
  echo "FAIL: an easy staff PIN was accepted"; fail=1; }
grep -q "too easy to guess" "$work/easy.txt" || { echo "FAIL: easy PIN message: $(cat "$work/easy.txt")"; fail=1; }
printf '2580\n2580\n' | "$app" --set-admin-pin --config "$conf" >/dev/null
grep -q '^admin-pin: \$argon2id\$' "$conf" || { echo "FAIL: no admin-pin hash in the config"; fail=1; }
grep -q 2580 "$conf" && { echo "FAIL: the PIN itself is in the config"; fail=1; }
grep -q "^idle-timeout: 60$" "$conf" || { echo "FAIL: --set-admin-pin lost the other lines"; fail=1; }

# A trainer's pack, signed; a copy with one byte changed; an unsigned one.
"$cli" keygen "$work/keys/trainer" >/dev/null
"$cli" build "$here/../packs/team" -o "$work/inbox/team-basics.wlpack" >/dev/null
"$cli" sign "$work/inbox/team-basics.wlpack" --key "$work/keys/trainer.key" >/dev/null
cp "$work/inbox/team-basics.wlpack" "$work/inbox/tampered.wlpack"
cp "$work/inbox/team-basics.wlpack.sig" "$work/inbox/tampered.wlpack.sig"
python3 - "$work/inbox/tampered.wlpack" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read()); b[len(b) // 2] ^= 1; open(p, 'wb').write(b)
PY
cp "$work/inbox/team-basics.wlpack" "$work/inbox/unsigned.wlpack"

{
  echo "wait 0.3"
  echo "state $work/s-attract.json"
  echo "screenshot $work/attract.png"
  echo "key enter"                       # Tap to start
  echo "key enter"                       # nobody yet: I'm new here
  echo "type Ana"
  echo "key enter"                       # create: choose a PIN
  echo "state $work/s-choose.json"
  echo "type 1234"
  echo "key enter"
  echo "state $work/s-easy.json"
  echo "type 2468"
  echo "key enter"
  echo "type 1357"
  echo "key enter"
  echo "state $work/s-mismatch.json"
  echo "type 2468"
  echo "key enter"
  echo "type 2468"
  echo "key enter"
  echo "wait 1"
  echo "state $work/s-home.json"
  echo "key enter"                       # the first skill
  echo "key enter"                       # its lesson
  for _ in 1 2 3 4; do echo "key enter"; done  # the card, Finish, the quiz's one question
  echo "state $work/s-read.json"
  echo "advance 47"                      # walks away: inside the warning
  echo "wait 0.2"
  echo "state $work/s-warning.json"
  echo "screenshot $work/still-there.png"
  echo "advance 15"                      # past the timeout
  echo "wait 0.2"
  echo "state $work/s-reset.json"
  echo "key enter"                       # Tap to start
  echo "key enter"                       # Ana
  echo "state $work/s-signin.json"
  echo "type 9999"
  echo "key enter"
  echo "wait 1"
  echo "state $work/s-wrong.json"
  echo "screenshot $work/pin-entry.png"
  for pin in 1111 2222 3333; do echo "type $pin"; echo "key enter"; echo "wait 1"; done
  echo "state $work/s-locked.json"
  echo "screenshot $work/pin-locked.png"
  echo "type 2468"                       # ignored while locked
  echo "key enter"
  echo "wait 0.5"
  echo "state $work/s-still-locked.json"
  echo "advance 31"
  echo "wait 0.2"
  echo "type 2468"
  echo "key enter"
  echo "wait 1"
  echo "state $work/s-back.json"
  echo "key escape"                      # Esc all the way back also signs her out
  echo "key escape"
  echo "key escape"
  echo "state $work/s-escaped.json"
  echo "advance 70"
  echo "wait 0.2"
  echo "state $work/s-reset2.json"
  echo "click 981 750"                   # Staff
  echo "type 1111"
  echo "key enter"
  echo "wait 1"
  echo "state $work/s-staff-wrong.json"
  echo "type 2580"
  echo "key enter"
  echo "wait 1"
  echo "state $work/s-admin.json"
  echo "screenshot $work/admin.png"
  echo "key enter"                       # Course packs
  echo "state $work/s-packs.json"
  echo "screenshot $work/packs.png"
  echo "key escape"
  echo "key down"
  echo "key down"
  echo "key enter"                       # Progress report
  echo "wait 0.2"
  echo "screenshot $work/progress.png"
  echo "key enter"                       # Export CSV
  echo "state $work/s-progress.json"
  echo "key escape"
  echo "key down"
  echo "key enter"                       # Learners
  echo "wait 0.2"
  echo "screenshot $work/learners.png"
  echo "state $work/s-learners.json"
  echo "quit"
} >"$work/kiosk.script"
run_app "$app" --kiosk --windowed --config "$conf" --start-time 1795000000 --seed 7 \
  --script "$work/kiosk.script" 2>"$work/stderr.txt" || { echo "FAIL: the kiosk run failed"; cat "$work/stderr.txt"; fail=1; }

expect "$work/s-attract.json" screen attract
expect "$work/s-attract.json" kiosk true
expect "$work/s-attract.json" idleSecondsLeft -1.0
# The inbox at start: the signed pack in, the other two refused with reasons.
expect "$work/s-attract.json" activePack team-basics
expect "$work/s-attract.json" course team-basics
grep -q "Installed Team basics 1.2.0 (team-basics.wlpack, signed by key" "$work/stderr.txt" || { echo "FAIL: install line"; fail=1; }
grep -q "Refused tampered.wlpack: .*does not match" "$work/stderr.txt" || { echo "FAIL: tampered pack line"; fail=1; }
grep -q "Refused unsigned.wlpack: no signature" "$work/stderr.txt" || { echo "FAIL: unsigned pack line"; fail=1; }
expect "$work/s-choose.json" screen pin
expect "$work/s-choose.json" profile Ana
expect_true "an easy PIN is refused" '"easy to guess" in d["pinMessage"]' "$work/s-easy.json"
expect_true "two different PINs are refused" '"different" in d["pinMessage"]' "$work/s-mismatch.json"
expect "$work/s-home.json" screen home
expect "$work/s-home.json" profile Ana
expect_true "the lesson was read and the quiz taken" \
  'd["lessonsRead"] == ["greeting-hello"] and d["xp"] >= 20 and d["screen"] == "results"' "$work/s-read.json"
expect_true "the warning counts down" '0 < d["idleSecondsLeft"] <= 15' "$work/s-warning.json"
expect "$work/s-reset.json" screen attract
expect "$work/s-reset.json" profile ""
expect "$work/s-signin.json" screen pin
expect_true "a wrong PIN is refused" 'd["screen"] == "pin" and "didn’t match" in d["pinMessage"] and d["profile"] == ""' "$work/s-wrong.json"
expect_true "the fourth wrong PIN locks the pad" '"Too many wrong tries" in d["pinMessage"] and d["screen"] == "pin"' "$work/s-locked.json"
expect_true "a right PIN during the lock is not even tried" 'd["screen"] == "pin" and d["profile"] == ""' "$work/s-still-locked.json"
expect "$work/s-back.json" screen home
expect "$work/s-back.json" profile Ana
expect_true "nothing lost across the idle reset" \
  'd["lessonsRead"] == ["greeting-hello"] and d["xp"] >= 20' "$work/s-back.json"
xp_before=$(field "$work/s-read.json" xp)
expect "$work/s-back.json" xp "$xp_before"
expect "$work/s-escaped.json" screen attract
expect "$work/s-escaped.json" profile ""
expect "$work/s-reset2.json" screen attract
expect_true "the staff screen stays shut on a wrong PIN" 'd["screen"] == "pin" and not d["admin"]' "$work/s-staff-wrong.json"
expect "$work/s-admin.json" screen admin
expect "$work/s-admin.json" admin true
expect "$work/s-packs.json" screen packs
expect_true "the pack list" 'd["packs"] == ["team-basics@1.2.0"]' "$work/s-packs.json"
expect "$work/s-progress.json" screen admin-progress
expect "$work/s-learners.json" screen admin-learners
grep -q "kiosk-pins" <(ls "$work/data") || { echo "FAIL: no PIN book in the data folder"; fail=1; }
grep -q 2468 "$work/data/kiosk-pins" && { echo "FAIL: a PIN is stored in clear"; fail=1; }

csv=$(ls "$work/inbox"/warmline-progress-*.csv 2>/dev/null | head -1)
[ -n "$csv" ] || { echo "FAIL: the staff screen wrote no CSV to the inbox"; fail=1; }
[ -z "$csv" ] || grep -qE '^Ana,ana-[a-z0-9]+,greeting,Greeting,[1-5],(0|100),1,2026-11-18' "$csv" || {
  echo "FAIL: CSV row: $(cat "$csv")"; fail=1; }
"$app" --export-progress "$work/cli.csv" --config "$conf" 2>/dev/null
[ -z "$csv" ] || cmp -s "$csv" "$work/cli.csv" || { echo "FAIL: the CLI CSV differs from the staff screen's"; fail=1; }

# systemctl stop sends SIGTERM: the kiosk must end at once, with status 0.
printf 'state %s\nwait 600\n' "$work/s-term-ready.json" >"$work/term.script"
xvfb-run -a -s "-screen 0 1280x800x24" timeout 120 "$app" --kiosk --windowed --config "$conf" \
  --script "$work/term.script" 2>/dev/null &
runner=$!
for _ in $(seq 600); do [ -s "$work/s-term-ready.json" ] && break; sleep 0.1; done
pkill -TERM -f -- "^$app --kiosk --windowed --config $conf --script" || echo "FAIL: no kiosk to stop"
rc=0
wait $runner || rc=$?
[ $rc = 0 ] || { echo "FAIL: the kiosk exited $rc after SIGTERM (124: it ignored it)"; fail=1; }

for shot in attract still-there pin-entry pin-locked admin packs progress learners; do check_png "$work/$shot.png"; done
[ $fail = 0 ] && echo "kiosk: all checks passed"
exit $fail
