#!/usr/bin/env bash
# warmline-pack keygen / sign / verify: a pack signed with a trainer's key
# verifies against its .pub file; one changed byte, another key or a missing
# .sig is refused; keygen never overwrites a key; the secret key is 0600.
set -uo pipefail
cli=$1
pack_dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { "$@" || { echo "FAIL: $*"; fail=1; }; }
expect() {  # expect EXIT_CODE PATTERN CMD...: run, check the exit code and that stderr+stdout contain PATTERN
  local want=$1 pattern=$2; shift 2
  local out; out=$("$@" 2>&1); local rc=$?
  [ "$rc" = "$want" ] || { echo "FAIL: '$*' exited $rc, expected $want: $out"; fail=1; }
  grep -qF -- "$pattern" <<<"$out" || { echo "FAIL: '$*' said: $out -- expected: $pattern"; fail=1; }
}

expect 0 "key id" "$cli" keygen "$tmp/trainer"
expect 0 "key id" "$cli" keygen "$tmp/other"
check test -f "$tmp/trainer.pub"
check test -f "$tmp/trainer.key"
[ "$(stat -c %a "$tmp/trainer.key")" = 600 ] || { echo "FAIL: trainer.key mode is $(stat -c %a "$tmp/trainer.key")"; fail=1; }
id=$(sed -n 2p "$tmp/trainer.pub")
other_id=$(sed -n 2p "$tmp/other.pub")

# keygen refuses to overwrite, and leaves the old key as it was.
before=$(cat "$tmp/trainer.key")
expect 1 "already exists" "$cli" keygen "$tmp/trainer"
[ "$(cat "$tmp/trainer.key")" = "$before" ] || { echo "FAIL: keygen changed an existing key"; fail=1; }

expect 0 "wrote $tmp/course.wlpack" "$cli" build "$pack_dir" -o "$tmp/course.wlpack"
expect 1 "no signature: $tmp/course.wlpack.sig is missing; ask the trainer to sign the pack with 'warmline-pack sign'" \
  "$cli" verify "$tmp/course.wlpack" --trust "$tmp/trainer.pub"
expect 0 "wrote $tmp/course.wlpack.sig" "$cli" sign "$tmp/course.wlpack" --key "$tmp/trainer.key"
expect 0 "$tmp/course.wlpack: signed by $id, OK" "$cli" verify "$tmp/course.wlpack" --trust "$tmp/trainer.pub"
expect 0 "signed by $id, OK" "$cli" verify "$tmp/course.wlpack" --trust "$tmp/other.pub" --trust "$tmp/trainer.pub"

# Signed by a key this kiosk does not trust.
expect 1 "$tmp/course.wlpack is signed by key $id, which this kiosk does not trust" \
  "$cli" verify "$tmp/course.wlpack" --trust "$tmp/other.pub"

# One flipped byte in the middle of the pack.
cp "$tmp/course.wlpack" "$tmp/changed.wlpack"
cp "$tmp/course.wlpack.sig" "$tmp/changed.wlpack.sig"
python3 - "$tmp/changed.wlpack" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
b[len(b) // 2] ^= 0x01
open(p, 'wb').write(bytes(b))
PY
expect 1 "$tmp/changed.wlpack does not match its signature from key $id: the pack was changed after it was signed, or is damaged" \
  "$cli" verify "$tmp/changed.wlpack" --trust "$tmp/trainer.pub"

# A secret key given where a public key belongs, a bad signature file, usage errors.
expect 1 "trainer.key:1: this is a secret key file" "$cli" verify "$tmp/course.wlpack" --trust "$tmp/trainer.key"
printf 'warmline-signature 1\n%s\nabcd\n' "$id" >"$tmp/changed.wlpack.sig"
expect 1 "changed.wlpack.sig:3: the signature is 2 bytes; a signature is 64" \
  "$cli" verify "$tmp/changed.wlpack" --trust "$tmp/trainer.pub"
expect 2 "usage: warmline-pack verify" "$cli" verify "$tmp/course.wlpack"
expect 2 "usage: warmline-pack sign" "$cli" sign "$tmp/course.wlpack"
expect 2 "usage: warmline-pack keygen" "$cli" keygen
# Only compiled packs are signed.
echo "not a pack" >"$tmp/notes.txt"
expect 1 "not signed" "$cli" sign "$tmp/notes.txt" --key "$tmp/trainer.key"
expect 0 "keygen OUT_BASENAME" "$cli" --help

echo "signing: key $id, other key $other_id"
exit $fail
