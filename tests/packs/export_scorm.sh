#!/usr/bin/env bash
# warmline-pack export-scorm (and export-cmi5, at the end): SCORM 1.2 and 2004 packages of a pack and a
# (fake) web build are valid ZIPs whose manifest parses and says the right
# things; the same input gives the same bytes; a missing web file, a bad
# --scorm value, an existing output without --force and a broken pack are
# refused with a message that names the problem, and write nothing.
# usage: export_scorm.sh CLI PACK_DIR BAD_PACKS_DIR
set -uo pipefail
cli=$1
pack_dir=$2
bad_dir=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() {  # expect EXIT_CODE PATTERN CMD...: run, check the exit code and that stderr+stdout contain PATTERN
  local want=$1 pattern=$2; shift 2
  local out; out=$("$@" 2>&1); local rc=$?
  [ "$rc" = "$want" ] || { echo "FAIL: '$*' exited $rc, expected $want: $out"; fail=1; }
  grep -qF -- "$pattern" <<<"$out" || { echo "FAIL: '$*' said: $out -- expected: $pattern"; fail=1; }
}
absent() { [ ! -e "$1" ] || { echo "FAIL: $1 was written"; fail=1; }; }

# A stand-in for build/web/engine: the six files, one of them binary.
web=$tmp/web
mkdir -p "$web"
for f in index.html warmline.js warmline.css favicon.svg warmline.data; do printf 'fake %s\n' "$f" >"$web/$f"; done
printf '\0asm\1\0\0\0\377\r\n' >"$web/warmline.wasm"

# A copy of the pack whose title needs XML escaping, with its own pass mark.
odd=$tmp/odd-pack
cp -r "$pack_dir" "$odd"
sed -i -e "s/^title: .*/title: Tom \& Jerry's <\"calm\"> course/" -e 's/^pass-mark: .*/pass-mark: 75/' "$odd/pack.txt"

expect 0 "wrote $tmp/reference.wlpack" "$cli" build "$pack_dir" -o "$tmp/reference.wlpack"
expect 0 "wrote $tmp/odd.wlpack" "$cli" build "$odd" -o "$tmp/odd.wlpack"
expect 0 "wrote $tmp/c12.zip (SCORM 1.2, 8 files" "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/c12.zip" --web "$web"
expect 0 "wrote $tmp/c2004.zip (SCORM 2004 4th Edition, 8 files" \
  "$cli" export-scorm "$pack_dir" --scorm 2004 -o "$tmp/c2004.zip" --web "$web"
expect 0 "launches index.html?lms=scorm12&pack=course.wlpack" \
  "$cli" export-scorm "$odd" --scorm 1.2 -o "$tmp/odd12.zip" --web "$web"
expect 0 "launches index.html?lms=scorm2004&pack=course.wlpack" \
  "$cli" export-scorm "$odd" --scorm 2004 -o "$tmp/odd2004.zip" --web "$web"

# check_package ZIP VERSION PACK_TXT WLPACK: the archive and its manifest.
check_package() {
  python3 - "$@" "$web" <<'PY' || { echo "FAIL: $1 (SCORM $2) is not right"; fail=1; }
import re, sys, zipfile, io
import xml.etree.ElementTree as ET
path, version, pack_txt, wlpack, web = sys.argv[1:]
fields = dict(re.match(r'([a-z-]+):\s*(.*)', l).groups() for l in open(pack_txt, encoding='utf-8') if ':' in l)
title, pass_mark = fields['title'], int(fields.get('pass-mark', '80'))
problems = []
def check(ok, what):
    if not ok: problems.append(what)

web_files = ['index.html', 'warmline.js', 'warmline.wasm', 'warmline.data', 'warmline.css', 'favicon.svg']
z = zipfile.ZipFile(path)
check(z.testzip() is None, 'testzip found a bad CRC')
names = z.namelist()
check(names == ['imsmanifest.xml'] + web_files + ['course.wlpack'], f'members are {names}')
for info in z.infolist():
    check(info.compress_type == zipfile.ZIP_STORED, f'{info.filename} is compressed')
    check(info.date_time == (1980, 1, 1, 0, 0, 0), f'{info.filename} is dated {info.date_time}')
    check(info.flag_bits & 0x800, f'{info.filename} lacks the UTF-8 flag')
for f in web_files:
    check(z.read(f) == open(f'{web}/{f}', 'rb').read(), f'{f} differs from the web folder')
check(z.read('course.wlpack') == open(wlpack, 'rb').read(), 'course.wlpack differs from `build` output')

raw = z.read('imsmanifest.xml')
declared = {p: uri for _, (p, uri) in ET.iterparse(io.BytesIO(raw), events=['start-ns'])}
root = ET.fromstring(raw)
if version == '1.2':
    want_ns = {'': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2'}
    schemaversion, lms, scormtype = '1.2', 'scorm12', 'scormtype'
else:
    want_ns = {'': 'http://www.imsglobal.org/xsd/imscp_v1p1', 'adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
               'adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
               'imsss': 'http://www.imsglobal.org/xsd/imsss'}
    schemaversion, lms, scormtype = '2004 4th Edition', 'scorm2004', 'scormType'
check(declared == want_ns, f'namespaces are {declared}')
cp, adlcp, imsss = '{' + want_ns[''] + '}', '{' + want_ns['adlcp'] + '}', '{http://www.imsglobal.org/xsd/imsss}'
check(root.tag == cp + 'manifest', f'root is {root.tag}')
if problems:  # the wrong namespaces: nothing below would be found
    sys.exit(f'  {path}: ' + '; '.join(problems))
check(root.get('identifier') == f"warmline-{fields['id']}-{fields['version']}", f"identifier is {root.get('identifier')}")
check(root.findtext(f'{cp}metadata/{cp}schema') == 'ADL SCORM', 'schema is not ADL SCORM')
check(root.findtext(f'{cp}metadata/{cp}schemaversion') == schemaversion, 'wrong schemaversion')
orgs = root.find(f'{cp}organizations')
org = orgs.find(f'{cp}organization')
check(orgs.get('default') == org.get('identifier'), 'default organization does not resolve')
check(org.findtext(f'{cp}title') == title, f'organization title is {org.findtext(cp + "title")!r}')
items = org.findall(f'{cp}item')
check(len(items) == 1, f'{len(items)} items')
item = items[0]
check(item.findtext(f'{cp}title') == title, 'item title differs from the pack title')
resources = root.findall(f'{cp}resources/{cp}resource')
check(len(resources) == 1, f'{len(resources)} resources')
res = resources[0]
check(item.get('identifierref') == res.get('identifier'), 'item does not point at the resource')
check(res.get('type') == 'webcontent', 'resource type is not webcontent')
check(res.get(adlcp + scormtype) == 'sco', f'adlcp:{scormtype} is not sco: {res.attrib}')
check(res.get('href') == f'index.html?lms={lms}&pack=course.wlpack', f"launch href is {res.get('href')}")
hrefs = [f.get('href') for f in res.findall(f'{cp}file')]
check(sorted(hrefs) == sorted(n for n in names if n != 'imsmanifest.xml'), f'<file> hrefs are {hrefs}')
if version == '1.2':
    check(item.findtext(f'{adlcp}masteryscore') == str(pass_mark), 'masteryscore is not the pass mark')
else:
    po = item.find(f'{imsss}sequencing/{imsss}objectives/{imsss}primaryObjective')
    check(po is not None and po.get('satisfiedByMeasure') == 'true', 'no primaryObjective satisfiedByMeasure="true"')
    m = po.findtext(f'{imsss}minNormalizedMeasure') if po is not None else None
    check(m is not None and abs(float(m) - pass_mark / 100) < 1e-9, f'minNormalizedMeasure is {m}')
for p in problems:
    print(f'  {path}: {p}')
sys.exit(1 if problems else 0)
PY
}
check_package "$tmp/c12.zip" 1.2 "$pack_dir/pack.txt" "$tmp/reference.wlpack"
check_package "$tmp/c2004.zip" 2004 "$pack_dir/pack.txt" "$tmp/reference.wlpack"
check_package "$tmp/odd12.zip" 1.2 "$odd/pack.txt" "$tmp/odd.wlpack"
check_package "$tmp/odd2004.zip" 2004 "$odd/pack.txt" "$tmp/odd.wlpack"

# Reproducible: the same input twice, and the folder's compiled pack, give the same bytes.
expect 0 "wrote" "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/again.zip" --web "$web"
cmp -s "$tmp/c12.zip" "$tmp/again.zip" || { echo "FAIL: two exports of the same pack differ"; fail=1; }
expect 0 "wrote" "$cli" export-scorm "$tmp/reference.wlpack" --scorm 1.2 -o "$tmp/from-wlpack.zip" --web "$web"
cmp -s "$tmp/c12.zip" "$tmp/from-wlpack.zip" || { echo "FAIL: the folder and its .wlpack give different packages"; fail=1; }

# An existing output is kept unless --force is given.
cp "$tmp/c2004.zip" "$tmp/before.zip"
expect 2 "$tmp/c2004.zip already exists; add --force to replace it" \
  "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/c2004.zip" --web "$web"
cmp -s "$tmp/c2004.zip" "$tmp/before.zip" || { echo "FAIL: the existing output was changed without --force"; fail=1; }
expect 0 "wrote $tmp/c2004.zip (SCORM 1.2" "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/c2004.zip" --web "$web" --force
cmp -s "$tmp/c2004.zip" "$tmp/c12.zip" || { echo "FAIL: --force did not replace the output"; fail=1; }

# A missing web file is named, with the command that builds it.
rm "$web/warmline.wasm"
expect 1 "the web build has no $web/warmline.wasm" \
  "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/noweb.zip" --web "$web"
expect 1 "cmake --build --preset web" "$cli" export-scorm "$pack_dir" --scorm 1.2 -o "$tmp/noweb.zip" --web "$web"
absent "$tmp/noweb.zip"
printf '\0asm\1\0\0\0\377\r\n' >"$web/warmline.wasm"

# Usage errors exit 2.
expect 2 "--scorm is '1.3'; it must be 1.2 or 2004" "$cli" export-scorm "$pack_dir" --scorm 1.3 -o "$tmp/bad.zip" --web "$web"
expect 2 "--scorm 1.2 or --scorm 2004" "$cli" export-scorm "$pack_dir" -o "$tmp/bad.zip" --web "$web"
expect 2 "no output given" "$cli" export-scorm "$pack_dir" --scorm 2004 --web "$web"
expect 2 "unknown option '--zip64'" "$cli" export-scorm "$pack_dir" --scorm 2004 -o "$tmp/bad.zip" --zip64
expect 2 "usage: warmline-pack export-scorm" "$cli" export-scorm
absent "$tmp/bad.zip"

# Broken packs print their located errors, as `validate` does, and write nothing.
expect 1 "modules/01-basics.md:1:1: module 'basics' has no quiz" \
  "$cli" export-scorm "$bad_dir/module-without-quiz" --scorm 1.2 -o "$tmp/broken.zip" --web "$web"
expect 1 "$tmp/broken.zip not written: the pack has errors" \
  "$cli" export-scorm "$bad_dir/module-without-quiz" --scorm 1.2 -o "$tmp/broken.zip" --web "$web"
expect 1 "input.wlpack:1:1: damaged: content hash does not match" \
  "$cli" export-scorm "$bad_dir/wlpack-bit-flipped/input.wlpack" --scorm 2004 -o "$tmp/broken.zip" --web "$web"
absent "$tmp/broken.zip"

expect 0 "export-scorm PACK --scorm 1.2|2004" "$cli" --help

# export-cmi5: the same files with cmi5.xml, whose AU launches the pack and
# carries the pass mark as its masteryScore; ids under --id-base.
expect 0 "wrote $tmp/c5.zip (cmi5, AU https://lms.example.com/courses/" \
  "$cli" export-cmi5 "$odd" -o "$tmp/c5.zip" --web "$web" --id-base https://lms.example.com/courses/
python3 - "$tmp/c5.zip" "$odd/pack.txt" "$tmp/odd.wlpack" <<'PY' || { echo "FAIL: the cmi5 package is not right"; fail=1; }
import re, sys, zipfile
import xml.etree.ElementTree as ET
path, pack_txt, wlpack = sys.argv[1:]
fields = dict(re.match(r'([a-z-]+):\s*(.*)', l).groups() for l in open(pack_txt, encoding='utf-8') if ':' in l)
z = zipfile.ZipFile(path)
names = z.namelist()
assert names[0] == 'cmi5.xml' and 'course.wlpack' in names and 'warmline.wasm' in names, names
assert z.read('course.wlpack') == open(wlpack, 'rb').read(), 'course.wlpack differs from `build` output'
ns = '{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}'
root = ET.fromstring(z.read('cmi5.xml'))
assert root.tag == ns + 'courseStructure', root.tag
course, au = root.find(ns + 'course'), root.find(ns + 'au')
want = 'https://lms.example.com/courses/' + fields['id']
assert course.get('id') == want, course.get('id')
assert au.get('id') == want + '/au', au.get('id')
assert au.findtext(f'{ns}title/{ns}langstring') == fields['title'], 'AU title'
assert au.get('masteryScore') == '0.75' and au.get('moveOn') == 'CompletedAndPassed', au.attrib
assert au.findtext(ns + 'url') == 'index.html?pack=course.wlpack', au.findtext(ns + 'url')
PY
expect 2 "--id-base is 'lms.example.com'; it must be an http:// or https:// IRI" \
  "$cli" export-cmi5 "$pack_dir" -o "$tmp/bad.zip" --web "$web" --id-base lms.example.com
expect 2 "unknown option '--scorm'" "$cli" export-cmi5 "$pack_dir" --scorm 1.2 -o "$tmp/bad.zip" --web "$web"
expect 1 "modules/01-basics.md:1:1: module 'basics' has no quiz" \
  "$cli" export-cmi5 "$bad_dir/module-without-quiz" -o "$tmp/bad.zip" --web "$web"
absent "$tmp/bad.zip"
[ "$fail" = 0 ] && echo "export-scorm / export-cmi5: SCORM 1.2, 2004 and cmi5 packages OK, $(stat -c %s "$tmp/c12.zip") bytes"
exit $fail
