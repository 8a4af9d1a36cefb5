#!/usr/bin/env bash
# The breathing pacer in the native app: Patience → Box breathing; a calm
# rating before, Start; the circle is half full mid-inhale and shrinking
# mid-exhale (4-4-4-4); the clock jumps to the end; a calm rating after is
# kept in the learner's progress, and survives a restart.
set -euo pipefail
app=$1
out=$2
here=$(dirname "$0")
source "$here/lib.sh"
mkdir -p "$out"
rm -rf "$out/breath-profiles" "$out"/breath-*.json "$out"/breath-*.png
cat >"$out/breath.script" <<SCRIPT
key enter
key enter
type Bo
key enter
key down
key down
key down
key down
key enter
key down
key down
key down
key down
key down
state $out/breath-row.json
key enter
state $out/breath-ready.json
key up
key left
key left
key left
key left
key right
state $out/breath-rating.json
key enter
state $out/breath-rated.json
screenshot $out/breath-ready.png
key down
state $out/breath-start.json
key enter
wait 2
state $out/breath-inhale.json
screenshot $out/breath-inhale.png
wait 8
state $out/breath-exhale.json
screenshot $out/breath-exhale.png
advance 60
state $out/breath-finished.json
key up
key right
key right
key right
key right
key left
state $out/breath-after-rating.json
key enter
state $out/breath-after.json
screenshot $out/breath-finished.png
SCRIPT
run_app "$app" --data "$out/breath-profiles" --script "$out/breath.script"
fail=0
expect "$out/breath-row.json" focusedItem "Breathing: Box breathing"
expect "$out/breath-ready.json" screen breathing
expect "$out/breath-ready.json" breathingPhase ready
expect "$out/breath-inhale.json" breathingPhase "Breathe in"
expect_true "half full mid-inhale" '0.2 < d["breathingSize"] < 0.8' "$out/breath-inhale.json"
expect "$out/breath-exhale.json" breathingPhase "Breathe out"
expect_true "emptying mid-exhale" '0.2 < d["breathingSize"] < 0.8' "$out/breath-exhale.json"
expect "$out/breath-ready.json" focusedItem "Start"
expect "$out/breath-ready.json" breathingTone off  # a kiosk starts silent
expect "$out/breath-rating.json" focusedItem "Calm before 2 of 5"
expect "$out/breath-rated.json" calm.before 2
expect "$out/breath-start.json" focusedItem "Start"
expect "$out/breath-finished.json" breathingPhase finished
expect "$out/breath-finished.json" calm.checks 0
expect "$out/breath-after-rating.json" focusedItem "Calm after 4 of 5"
expect "$out/breath-after.json" calm.after 4
expect "$out/breath-after.json" calm.checks 1
expect_true "the session's XP" 'd["xp"] >= 10' "$out/breath-after.json"
for shot in ready inhale exhale finished; do check_png "$out/breath-$shot.png"; done

# The check-in is in the saved profile: a new run finds it.
cat >"$out/breath-again.script" <<SCRIPT
key enter
key enter
state $out/breath-reopened.json
SCRIPT
run_app "$app" --data "$out/breath-profiles" --script "$out/breath-again.script"
expect "$out/breath-reopened.json" profile Bo
expect "$out/breath-reopened.json" calm.checks 1
[ $fail = 0 ] && echo "breathing: all checks passed"
exit $fail
