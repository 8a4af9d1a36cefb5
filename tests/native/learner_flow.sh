#!/usr/bin/env bash
# A new hire's day on the kiosk build, by keyboard: create a profile, read a
# lesson, take the module's timed quiz, see the results; then quit, start the
# app again and find the same XP, lesson and badge. Last, a learner who has
# finished the course opens and saves her certificate.
# usage: learner_flow.sh APP OUT-DIR SAVE-STRESS-TOOL
set -euo pipefail
app=$1
out=$2
stress=$3
here=$(dirname "$0")
source "$here/lib.sh"
mkdir -p "$out"
data="$out/flow-profiles"
rm -rf "$data" "$out"/flow-*.png "$out"/flow-*.json "$out/flow-sam-home"

{
  echo "key enter"             # Start learning
  echo "key enter"             # I'm new here
  echo "type Sam"
  echo "key enter"             # create: home
  echo "key enter"             # the first skill
  echo "key enter"             # its first lesson
  for _ in 1 2 3 4 5 6 7 8; do echo "key enter"; done  # every card, Finish (lessons have ≤ 8 cards)
  echo "state $out/flow-after-lesson.json"
  echo "key escape"            # whatever is left: back to the module page
  echo "state $out/flow-module.json"
} >"$out/flow-1.script"
run_app "$app" --data "$data" --script "$out/flow-1.script"

fail=0
expect "$out/flow-module.json" screen module
expect_true "the first lesson counts as read" 'len(d["lessonsRead"]) == 1' "$out/flow-module.json"
expect_true "reading earned XP" 'd["xp"] >= 20' "$out/flow-module.json"
expect_true "first-lesson badge" '"first-lesson" in d["badges"]' "$out/flow-module.json"
[ $fail = 0 ] || exit 1

# The quiz: on the module page the quiz row follows the lessons; Down moves
# there from the first unread lesson. Each question: Enter answers (the first
# option, True, or the arrangement as shown), Enter goes on.
{
  echo "key enter"             # Start learning -> profile picker
  echo "state $out/flow-picker.json"
  echo "key enter"             # Sam
  echo "state $out/flow-home-again.json"
  echo "screenshot $out/flow-home.png"
  echo "key enter"             # first skill
  for _ in 1 2 3 4 5 6; do echo "key down"; done   # past the lessons to the quiz row
  echo "key up"                # ... the row after the quiz is "All skills"
  echo "state $out/flow-quiz-row.json"
  echo "key enter"
  echo "state $out/flow-quiz.json"
  echo "screenshot $out/flow-quiz.png"
  echo "key enter"
  echo "screenshot $out/flow-quiz-feedback.png"
  echo "key enter"
  for _ in 2 3 4 5 6 7 8 9 10; do echo "key enter"; echo "key enter"; done
  echo "state $out/flow-results.json"
  echo "screenshot $out/flow-results.png"
  echo "key enter"             # Done (Try again is left of it; Done has focus)
  echo "state $out/flow-after-results.json"
} >"$out/flow-2.script"
run_app "$app" --data "$data" --script "$out/flow-2.script"

expect "$out/flow-picker.json" screen profiles
expect "$out/flow-picker.json" profiles 1
expect "$out/flow-home-again.json" profile Sam
expect_true "lesson still read after a restart" 'len(d["lessonsRead"]) == 1' "$out/flow-home-again.json"
expect_true "badge still there after a restart" '"first-lesson" in d["badges"]' "$out/flow-home-again.json"
expect "$out/flow-quiz-row.json" focusedItem "Quiz: Communication"
expect "$out/flow-quiz.json" screen quiz
expect "$out/flow-quiz.json" quiz.question 0
expect "$out/flow-quiz.json" quiz.count 10
expect "$out/flow-results.json" screen results
expect "$out/flow-results.json" result.total 10
# Which answers are right depends on the seeded draw; the XP must add up either way.
expect_true "the quiz's XP is added to the lesson's" 'd["xp"] == 20 + d["result"]["xp"]' "$out/flow-results.json"
expect_true "the results list every answer" 'd["result"]["correct"] <= 10' "$out/flow-results.json"
for shot in home quiz quiz-feedback results; do check_png "$out/flow-$shot.png"; done

# Third start: the quiz result is on disk too. Sam then moves his progress
# to another device: My progress -> "Move my progress" writes a file, which a
# kiosk with no profiles imports (--import).
cat >"$out/flow-3.script" <<SCRIPT
key enter
key enter
state $out/flow-third.json
key up
key enter
key up
state $out/flow-export-focus.json
key enter
SCRIPT
mkdir -p "$out/flow-sam-home"
HOME="$out/flow-sam-home" run_app "$app" --data "$data" --script "$out/flow-3.script"
xp=$(field "$out/flow-results.json" xp)
expect "$out/flow-third.json" xp "$xp"
expect "$out/flow-export-focus.json" focusedItem "Move my progress to another device"
exported=$(ls "$out"/flow-sam-home/Documents/*.wlsave 2>/dev/null | head -1)
if [ -z "$exported" ]; then echo "FAIL: no exported progress file in $out/flow-sam-home/Documents"; fail=1; else
  rm -rf "$out/flow-other-kiosk"
  printf 'state %s\n' "$out/flow-imported.json" >"$out/flow-import.script"
  run_app "$app" --data "$out/flow-other-kiosk" --import "$exported" --script "$out/flow-import.script"
  expect "$out/flow-imported.json" screen home
  expect "$out/flow-imported.json" profile Sam
  expect "$out/flow-imported.json" xp "$xp"
  # A damaged file is refused and changes nothing.
  head -c 30 "$exported" >"$out/flow-damaged.wlsave"
  printf 'state %s\n' "$out/flow-import-damaged.json" >"$out/flow-import.script"
  run_app "$app" --data "$out/flow-other-kiosk" --import "$out/flow-damaged.wlsave" --script "$out/flow-import.script"
  expect "$out/flow-import-damaged.json" screen welcome
  expect "$out/flow-import-damaged.json" profiles 1
fi

# The certificate: Grace has read every lesson and passed every quiz.
grace="$out/flow-grace"
rm -rf "$grace"
mkdir -p "$grace/profiles" "$grace/home"
"$stress" complete "$grace/profiles" "$(dirname "$app")/assets/packs/default.wlpack"
cat >"$out/flow-4.script" <<SCRIPT
key enter
key enter
key up
state $out/flow-grace-home.json
key enter
state $out/flow-grace-me.json
screenshot $out/flow-me.png
key enter
state $out/flow-certificate.json
screenshot $out/flow-certificate.png
key enter
wait 0.5
state $out/flow-certificate-saved.json
SCRIPT
# Her last day of learning (2025-12-07, noon UTC), so the 30-day chart is full.
HOME="$grace/home" run_app "$app" --data "$grace/profiles" --start-time 1765108800 --script "$out/flow-4.script"
expect "$out/flow-grace-home.json" focusedItem "My progress"
expect_true "Grace has the course-complete badge" '"course-complete" in d["badges"]' "$out/flow-grace-me.json"
expect "$out/flow-grace-me.json" focusedItem "View my certificate"
expect "$out/flow-certificate.json" screen certificate
check_png "$out/flow-certificate.png"
check_png "$grace/home/Pictures/warmline-certificate-Grace.png"
[ $fail = 0 ] && echo "learner flow: all checks passed"
exit $fail
