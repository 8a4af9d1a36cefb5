#!/usr/bin/env bash
# usage: check_bad_pack.sh CLI CASE_DIR
#
# Runs warmline-pack on one malformed case (see tests/packs/README.md) from
# inside the case folder, so the paths it prints are the same everywhere.
# Passes when the exit code is exactly 1 (refused content: not 0, not a usage
# error, not a crash or sanitizer abort), stderr is not empty and holds every
# line of expected.txt as a substring.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 CLI CASE_DIR" >&2
  exit 2
fi
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$case_dir" || exit 1

if [ -f input.wlpack ]; then
  cmd=("$cli" stats input.wlpack)
elif [ -f input.gift ]; then
  cmd=("$cli" import-gift input.gift -o "$work/out.md")
else
  cmd=("$cli" validate .)
fi

"${cmd[@]}" >"$work/stdout" 2>"$work/stderr"
rc=$?
fail=0
if [ "$rc" -ne 1 ]; then
  echo "FAIL: '${cmd[*]}' exited with $rc, expected 1" >&2
  fail=1
fi
if [ ! -s "$work/stderr" ]; then
  echo "FAIL: nothing on stderr" >&2
  fail=1
fi
if [ ! -f expected.txt ]; then
  echo "FAIL: $case_dir has no expected.txt" >&2
  fail=1
else
  while IFS= read -r line || [ -n "$line" ]; do
    [ -z "$line" ] && continue
    if ! grep -qF -- "$line" "$work/stderr"; then
      echo "FAIL: stderr lacks: $line" >&2
      fail=1
    fi
  done <expected.txt
fi
if [ "$fail" -ne 0 ]; then
  echo "--- stderr of '${cmd[*]}' in $case_dir:" >&2
  cat "$work/stderr" >&2
fi
exit "$fail"
