#!/usr/bin/env bash
# warmline-pack rephrase-score against the default pack's marker list: a
# refusal scores low, an owning reply high, the output is JSON, and a pack
# without markers or a bad command line is refused.
set -uo pipefail
cli=$1
fail=0
score() { "$cli" rephrase-score "$1" --against "We can't do refunds" | python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])'; }
low=$(score "Unfortunately that's our policy, you need to call back.")
high=$(score "I can sort a refund for you right away.")
[ "$low" -le 40 ] || { echo "FAIL: a refusal scored $low"; fail=1; }
[ "$high" -ge 70 ] || { echo "FAIL: an owning reply scored $high"; fail=1; }
"$cli" rephrase-score >/dev/null 2>&1; [ $? = 2 ] || { echo "FAIL: no text should be a usage error (2)"; fail=1; }
"$cli" rephrase-score "hi" --pack /nonexistent >/dev/null 2>&1; [ $? = 1 ] || { echo "FAIL: a missing pack should exit 1"; fail=1; }
echo "rephrase-score: refusal $low, owning reply $high"
exit $fail
