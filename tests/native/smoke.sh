#!/usr/bin/env bash
# The native app in a real X server (Xvfb), driven by keyboard like a person:
# Welcome → Help (Tab, Enter) → back (Esc) → About → back → a new profile →
# home → a skill → a lesson; screenshots and state snapshots at each step.
set -euo pipefail
app=$1
out=$2
here=$(dirname "$0")
source "$here/lib.sh"
mkdir -p "$out"
rm -rf "$out"/native-*.png "$out"/native-*.json "$out/smoke-profiles"

cat >"$out/native-smoke.script" <<SCRIPT
screenshot $out/native-welcome.png
state $out/native-welcome.json
key tab
state $out/native-after-tab.json
key tab
key enter
state $out/native-help.json
screenshot $out/native-help.png
key escape
key tab
key tab
key tab
state $out/native-second-tab.json
key enter
state $out/native-about.json
screenshot $out/native-about.png
key escape
key shift+tab
key shift+tab
key shift+tab
state $out/native-start-focus.json
key enter
state $out/native-profiles.json
key enter
state $out/native-new-profile.json
type Ana María
screenshot $out/native-new-profile.png
key enter
state $out/native-home.json
screenshot $out/native-home.png
key enter
state $out/native-module.json
screenshot $out/native-module.png
key enter
state $out/native-lesson.json
key enter
state $out/native-lesson-card2.json
screenshot $out/native-lesson-card.png
SCRIPT

run_app "$app" --data "$out/smoke-profiles" --script "$out/native-smoke.script" --dump-state "$out/native-final.json"

fail=0
expect "$out/native-welcome.json" screen welcome
expect "$out/native-welcome.json" focusedItem "Start learning"
expect "$out/native-after-tab.json" focusedItem "Start learning"
expect "$out/native-help.json" screen help
expect "$out/native-second-tab.json" focusedItem "About Warmline"
expect "$out/native-about.json" screen about
expect "$out/native-start-focus.json" focusedItem "Start learning"
expect "$out/native-profiles.json" screen profiles
expect "$out/native-profiles.json" profiles 0
expect "$out/native-new-profile.json" screen new-profile
expect "$out/native-home.json" screen home
expect "$out/native-home.json" profile "Ana María"
expect "$out/native-home.json" course warmline-default
expect "$out/native-module.json" screen module
expect "$out/native-lesson.json" screen lesson
expect "$out/native-lesson.json" card 0
expect "$out/native-lesson-card2.json" card 1
expect "$out/native-final.json" target native
for shot in welcome help about new-profile home module lesson-card; do check_png "$out/native-$shot.png"; done
[ $fail = 0 ] && echo "native smoke: all checks passed"
exit $fail
