#!/usr/bin/env bash
# The breathing pacer in the native app: Patience → Box breathing → Start;
# the circle is half full mid-inhale and shrinking mid-exhale (4-4-4-4).
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
screenshot $out/breath-ready.png
key enter
wait 2
state $out/breath-inhale.json
screenshot $out/breath-inhale.png
wait 8
state $out/breath-exhale.json
screenshot $out/breath-exhale.png
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
for shot in ready inhale exhale; do check_png "$out/breath-$shot.png"; done
[ $fail = 0 ] && echo "breathing: all checks passed"
exit $fail
