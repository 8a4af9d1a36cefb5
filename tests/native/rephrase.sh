#!/usr/bin/env bash
# The rephrasing game by keyboard with a fixed seed (--seed 11): a Pick
# round, a Build round assembled tile by tile in the right order, and a Write
# round scored by the pack's marker list; screenshots of each.
set -euo pipefail
app=$1
out=$2
here=$(dirname "$0")
source "$here/lib.sh"
mkdir -p "$out"
rm -rf "$out/rephrase-profiles" "$out"/rephrase-*.json "$out"/rephrase-*.png
{
  echo "key enter"; echo "key enter"; echo "type Ria"; echo "key enter"
  for _ in 1 2 3 4 5 6 7 8; do echo "key down"; done   # Positive attitude
  echo "key enter"
  for _ in 1 2 3 4; do echo "key down"; done           # past its lessons and quiz
  echo "state $out/rephrase-row.json"
  echo "key enter"
  echo "wait 0.3"
  echo "state $out/rephrase-pick.json"
  echo "screenshot $out/rephrase-pick.png"
  echo "key enter"                                     # the first rewrite shown
  echo "state $out/rephrase-pick-done.json"
  echo "key enter"                                     # Next round: Build
  echo "wait 0.3"
  echo "screenshot $out/rephrase-build.png"
  echo "key right"; echo "key right"; echo "key enter" # "Thank you for telling us."
  echo "state $out/rephrase-build-1.json"
  echo "key enter"; echo "key enter"; echo "key enter" # the rest, in order
  echo "state $out/rephrase-build-done.json"
  echo "screenshot $out/rephrase-build-done.png"
  echo "key enter"                                     # Next round: Write
  echo "wait 0.3"
  echo "type I’m sorry about the wait. I can check your order right away and I’ll call you back today."
  echo "screenshot $out/rephrase-write.png"
  echo "key enter"
  echo "state $out/rephrase-write-done.json"
  echo "screenshot $out/rephrase-write-done.png"
} >"$out/rephrase.script"
run_app "$app" --data "$out/rephrase-profiles" --seed 11 --script "$out/rephrase.script"
fail=0
expect "$out/rephrase-row.json" focusedItem "Rephrasing game"
expect "$out/rephrase-pick.json" screen rephrase
expect "$out/rephrase-pick.json" rephrase.round 0
expect "$out/rephrase-pick.json" rephrase.type pick
expect "$out/rephrase-pick-done.json" rephrase.settled true
expect "$out/rephrase-build-1.json" rephrase.type build
expect "$out/rephrase-build-1.json" rephrase.built "Thank you for telling us."
expect "$out/rephrase-build-done.json" rephrase.settled true
expect "$out/rephrase-build-done.json" rephrase.right true
expect_true "a right Build round scores 1,000 plus any streak bonus" \
  'd["rephrase"]["points"] >= 1000 and d["rephrase"]["streak"] >= 1 and d["bestRephraseStreak"] == d["rephrase"]["streak"]' \
  "$out/rephrase-build-done.json"
expect "$out/rephrase-write-done.json" rephrase.type write
expect "$out/rephrase-write-done.json" rephrase.settled true
expect_true "a positive, owning rewrite scores well" 'd["rephrase"]["score"] >= 70' "$out/rephrase-write-done.json"
for shot in pick build build-done write write-done; do check_png "$out/rephrase-$shot.png"; done
[ $fail = 0 ] && echo "rephrase: all checks passed"
exit $fail
