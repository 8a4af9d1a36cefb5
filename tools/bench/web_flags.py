#!/usr/bin/env python3
"""Print the optimisation and link flags of Warmline's own web build, read from
its build.ninja, without the app-specific parts (exports, shell, preloaded
files, JS libraries), so the reference app is built exactly as Warmline is.
usage: web_flags.py BUILD_DIR compile|link"""
import re
import shlex
import sys

build, which = sys.argv[1], sys.argv[2]
text = open(f"{build}/build.ninja").read()
blocks = re.split(r"\n(?=build )", text)


def flags_of(pattern, key):
    for b in blocks:
        if re.match(pattern, b):
            m = re.search(rf"^  {key} = (.*)$", b, re.M)
            if m:
                return shlex.split(m.group(1))
    sys.exit(f"web_flags: no {key} for {pattern} in {build}/build.ninja")


keep = []
if which == "compile":
    # an ImGui object: the same -O level and code-generation flags
    for f in flags_of(r"build \S*imgui\.cpp\.o:", "FLAGS"):
        if not f.startswith(("-D", "-I", "-isystem", "-W")):
            keep.append(f)
else:
    toks = flags_of(r"build engine/warmline\.html:", "LINK_FLAGS")
    skip_next = False
    for f in toks:
        if skip_next:
            skip_next = False
            continue
        if f in ("--shell-file", "--post-js", "--pre-js", "--preload-file", "--embed-file", "--js-library",
                 "--exclude-file"):
            skip_next = True
            continue
        if f.startswith(("--shell-file=", "--post-js=", "--pre-js=", "--preload-file=", "--embed-file=", "-l")):
            continue
        if f.startswith("-s") and re.match(r"-s(EXPORTED_|DEFAULT_LIBRARY_FUNCS_TO_INCLUDE|EXPORT_NAME)", f):
            continue
        keep.append(f)
print(" ".join(shlex.quote(f) for f in keep))
