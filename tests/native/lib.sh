# Shared by the native UI tests: run the app under Xvfb and check what it
# wrote. Source it; set `fail=0` first.

run_app() {  # app args...: the app under a virtual 1280x800 screen
  xvfb-run -a -s "-screen 0 1280x800x24" timeout 120 "$@"
}

field() {  # file dotted.key
  python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d=d[k]
print(json.dumps(d) if isinstance(d,(list,dict,bool)) else d)' "$1" "$2"
}

expect() {  # file key value
  local got; got=$(field "$1" "$2")
  if [ "$got" != "$3" ]; then echo "FAIL: $(basename "$1"): $2 is '$got', expected '$3'"; fail=1; fi
}

expect_true() {  # description python-expression-over-d file
  python3 -c 'import json,sys
d=json.load(open(sys.argv[2]))
sys.exit(0 if eval(sys.argv[1]) else 1)' "$2" "$3" || { echo "FAIL: $(basename "$3"): $1 ($2)"; fail=1; }
}

check_png() {  # file: a real PNG, mostly the theme's paper colour (not black, not garbage)
  [ -s "$1" ] || { echo "FAIL: no screenshot $1"; fail=1; return; }
  python3 - "$1" <<'PY' || fail=1
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
if paper < total * 0.4:
    sys.exit(f'FAIL: {sys.argv[1]}: only {paper}/{total} samples are the theme background')
print(f'{sys.argv[1]}: {w}x{h}, {100*paper//total}% theme background')
PY
}
