#!/usr/bin/env python3
"""Split Emscripten's preloaded file package (.data) into what it holds, from
the file list the loader (.js) carries: prints "GROUP RAW GZIP" lines (bytes;
each file compressed alone with gzip -9) for fonts, pack and other.
usage: data_files.py WEB_DIR"""
import glob
import gzip
import json
import re
import sys

web = sys.argv[1]
groups = {"fonts": [0, 0], "pack": [0, 0], "other": [0, 0]}
for js in glob.glob(f"{web}/*.js"):
    m = re.search(r"loadPackage\((\{\"files\":.*?\})\);?\s*\}", open(js, encoding="utf-8", errors="replace").read(), re.S)
    if not m:
        continue
    meta = json.loads(m.group(1))
    name = meta.get("remote_package_name") or js[len(web) + 1:-3] + ".data"
    data = open(f"{web}/{name}", "rb").read()
    for f in meta["files"]:
        part = data[f["start"]:f["end"]]
        g = "fonts" if "/fonts/" in f["filename"] else "pack" if f["filename"].endswith((".wlpack", ".txt", ".md")) or "/packs/" in f["filename"] else "other"
        groups[g][0] += len(part)
        groups[g][1] += len(gzip.compress(part, 9, mtime=0))
for g, (raw, gz) in groups.items():
    print(g, raw, gz)
