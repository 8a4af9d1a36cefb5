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

run_app "$app" --data "$out/smoke-profiles" --script "$out/native-smoke.script" --dump-state "$out/native-final.json" \
  --first-frame "$out/native-first-frame.png"

fail=0
expect "$out/native-welcome.json" screen welcome
# The first frame bakes only the welcome screen's glyphs (ui/fonts.h); the
# complete set follows. Nobody may see the swap: the pixels are the same.
# Compared above the buttons (the top 380 px at 1280x800), whose focus ring
# only appears from the second frame; a glyph's neighbours in the smaller
# atlas may shade a few edge pixels differently, hence the small allowance.
python3 - "$out/native-first-frame.png" "$out/native-welcome.png" <<'PY' || fail=1
import struct, sys, zlib
def pixels(path):
    data, pos, idat = open(path, 'rb').read(), 8, b''
    while pos < len(data):
        n, = struct.unpack('>I', data[pos:pos + 4]); kind = data[pos + 4:pos + 8]
        if kind == b'IHDR': w, h = struct.unpack('>II', data[pos + 8:pos + 16])
        if kind == b'IDAT': idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    return w, h, zlib.decompress(idat)
(w, h, a), (_, _, b) = pixels(sys.argv[1]), pixels(sys.argv[2])
stride = 1 + 4 * w
text = [(y, x) for y in range(380) for x in range(w) if a[y * stride + 1 + 4 * x:y * stride + 5 + 4 * x] != b[y * stride + 1 + 4 * x:y * stride + 5 + 4 * x]]
inked = sum(1 for y in range(380) for x in range(0, w, 4) if b[y * stride + 1 + 4 * x] < 128)
print(f'first frame: {len(text)} of the text block\'s pixels differ from the settled welcome screen ({inked} inked samples)')
if len(text) > 50 or inked < 500:
    sys.exit('FAIL: the first frame (first-screen glyphs) does not look like the welcome screen drawn later')
PY
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
expect "$out/native-welcome.json" fontProblem ""

# Missing UI fonts are never fatal: ImGui's basic font stands in, and the
# welcome screen says where the fonts were looked for.
rm -rf "$out/no-fonts" && mkdir -p "$out/no-fonts"
cp -r "$(dirname "$app")/assets/packs" "$out/no-fonts/"
printf 'screenshot %s\nstate %s\n' "$out/native-no-fonts.png" "$out/native-no-fonts.json" >"$out/native-no-fonts.script"
run_app "$app" --assets "$out/no-fonts" --data "$out/no-fonts/profiles" --script "$out/native-no-fonts.script"
expect "$out/native-no-fonts.json" screen welcome
expect "$out/native-no-fonts.json" fontProblem "UI font not found in $out/no-fonts/fonts; text falls back to a basic font"
expect "$out/native-no-fonts.json" course warmline-default
check_png "$out/native-no-fonts.png"
[ $fail = 0 ] && echo "native smoke: all checks passed"
exit $fail
