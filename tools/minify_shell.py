#!/usr/bin/env python3
"""Strips the page shell's comments and indentation for the download.

Emscripten's own HTML minifier crashes in Debian's emcc 3.1.6, and the shell
is written to be read: its comments explain the loader. Only what cannot
change meaning goes: HTML comments, lines that are nothing but a // comment,
leading indentation and blank lines. Code is never rewritten.
usage: minify_shell.py IN.html OUT.html
"""
import re
import sys

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    text = f.read()
text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
lines = []
for line in text.split("\n"):
    line = line.strip()
    if line and not line.startswith("//"):
        lines.append(line)
with open(target, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
