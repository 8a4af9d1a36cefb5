#!/usr/bin/env bash
# The native app in a real X server (Xvfb), driven by keyboard like a person:
# Welcome → Help (Tab, Enter) → back (Esc) → About; screenshots and state
# snapshots are checked at each step.
set -euo pipefail
app=$1
out=$2
mkdir -p "$out"
rm -f "$out"/native-*.png "$out"/native-*.json

cat >"$out/native-smoke.script" <<SCRIPT
screenshot $out/native-welcome.png
state $out/native-welcome.json
key tab
state $out/native-after-tab.json
key enter
state $out/native-help.json
screenshot $out/native-help.png
key escape
key tab
state $out/native-second-tab.json
key enter
state $out/native-about.json
screenshot $out/native-about.png
SCRIPT

xvfb-run -a -s "-screen 0 1280x800x24" timeout 60 "$app" --script "$out/native-smoke.script" --dump-state "$out/native-final.json"

field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d[sys.argv[2]])' "$1" "$2"; }
fail=0
expect() {  # file field value
  local got; got=$(field "$1" "$2")
  if [ "$got" != "$3" ]; then echo "FAIL: $(basename "$1"): $2 is '$got', expected '$3'"; fail=1; fi
}
expect "$out/native-welcome.json" screen welcome
expect "$out/native-welcome.json" focusedItem "How Warmline works"
expect "$out/native-after-tab.json" focusedItem "How Warmline works"
expect "$out/native-help.json" screen help
expect "$out/native-second-tab.json" focusedItem "About Warmline"
expect "$out/native-about.json" screen about
expect "$out/native-final.json" target native
for shot in welcome help about; do
  f="$out/native-$shot.png"
  [ -s "$f" ] || { echo "FAIL: no screenshot $f"; fail=1; continue; }
  # A themed frame is mostly the warm paper colour, not black.
  python3 - "$f" <<'PY' || fail=1
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', data[16:24])
pos, idat = 8, b''
while pos < len(data):
    n, = struct.unpack('>I', data[pos:pos+4]); kind = data[pos+4:pos+8]
    if kind == b'IDAT': idat += data[pos+8:pos+8+n]
    pos += 12 + n
raw = zlib.decompress(idat)
stride = 1 + 4 * w
paper = sum(1 for y in range(0, h, 8) for x in range(0, w, 8)
            if raw[y*stride+1+4*x:y*stride+4+4*x] == bytes([0xF6, 0xF3, 0xEE]))
total = len(range(0, h, 8)) * len(range(0, w, 8))
if paper < total * 0.5:
    sys.exit(f'FAIL: {sys.argv[1]}: only {paper}/{total} samples are the theme background')
print(f'{sys.argv[1]}: {w}x{h}, {100*paper//total}% theme background')
PY
done
[ $fail = 0 ] && echo "native smoke: all checks passed"
exit $fail
