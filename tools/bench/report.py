#!/usr/bin/env python3
"""Adds targets to the raw figures of tools/bench.sh, prints them as JSON lines
and as a table, and (given a path) rewrites docs/benchmarks.md with the table.
Targets are reported, never asserted: this always exits 0 when it can read.
usage: report.py FIGURES.jsonl LOADS [DOC.md]"""
import datetime
import json
import os
import platform
import subprocess
import sys

path, loads = sys.argv[1], sys.argv[2]
doc = sys.argv[3] if len(sys.argv) > 3 else None
figs = [json.loads(line) for line in open(path) if line.strip().startswith("{")]
by = {(f["figure"], f["app"]): f for f in figs}


def val(fig, app="warmline"):
    f = by.get((fig, app))
    return None if f is None else f["value"]


def target(fig, text, ok):
    f = by.get((fig, "warmline"))
    if f is not None:
        f["target"] = text
        f["met"] = bool(ok(f["value"]))


target("web.total.gzip", "<=450 KB", lambda v: v <= 450)
ref_ff = val("web.first_frame", "reference")
if ref_ff is not None:
    target("web.first_frame", f"<= reference ({ref_ff} ms, same run)", lambda v: v <= ref_ff)
target("cpu.idle", "<=1 % of a core", lambda v: v <= 1)
for s in ("quiz", "breathing"):
    target(f"native.frame.{s}.ms", "<=0.5 ms", lambda v: v <= 0.5)
target("pack.load.10000", "<=100 ms", lambda v: v <= 100)
target("pack.load.10000.floor_ratio", "<=2x the RapidJSON floor", lambda v: v <= 2)
target("profile.save", "<=2 ms", lambda v: v <= 2)
# Linear growth: ms per 1,000 questions at 10,000 no more than 1.25x that at 1,000.
for kind in ("pack.load", "pack.text_load", "pack.json_floor"):
    a, b = val(f"{kind}.1000.per_1k"), val(f"{kind}.10000.per_1k")
    if a and b is not None:
        f = {"figure": f"{kind}.growth_10k_vs_1k", "app": "warmline", "value": round(b / a, 2), "unit": "x",
             "note": "ms per 1,000 questions at 10,000 / at 1,000; 1.0 is linear"}
        if kind == "pack.load":
            f["target"], f["met"] = "<=1.25x (linear)", b / a <= 1.25
        figs.append(f)
        by[(f["figure"], "warmline")] = f

for f in figs:
    print(json.dumps(f, separators=(",", ":")))


def fmt(f):
    if f is None:
        return ""
    v = f["value"]
    s = f"{v:,.4g}" if isinstance(v, float) and abs(v) < 1000 else f"{v:,.0f}" if isinstance(v, (int, float)) else str(v)
    s += f" {f['unit']}"
    if "min" in f and "max" in f:
        s += f" ({f['min']}–{f['max']})"
    return s


order, seen = [], set()
for f in figs:
    if f["figure"] not in seen:
        seen.add(f["figure"])
        order.append(f["figure"])
groups = ["web.", "mem.wasm", "native.frame", "cpu.", "mem.native", "pack.load", "pack.text_load", "pack.json_floor",
          "pack.size", "profile."]
order.sort(key=lambda n: next((i for i, g in enumerate(groups) if n.startswith(g)), len(groups)))  # stable
rows = []
for name in order:
    w, r = by.get((name, "warmline")), by.get((name, "reference"))
    t = (w or {}).get("target", "")
    met = "" if not t else ("yes" if w.get("met") else "no")
    rows.append((name, fmt(w), fmt(r), t, met))

head = ("figure", "Warmline", "reference", "target", "met")
widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(5)]
print()
for row in [head, tuple("-" * w for w in widths)] + rows:
    print("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(row)).rstrip())

if not doc:
    sys.exit(0)

cpu = "unknown"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
nproc = os.cpu_count()
try:
    load = open("/proc/loadavg").read().split()[:3]
except OSError:
    load = ["?"] * 3
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                       text=True).stdout.strip()
md = [
    "# Benchmarks",
    "",
    "Written by `tools/bench.sh` (do not edit by hand); run it again to refresh. Targets are",
    "reported, never asserted: a slow machine or a busy one moves every figure.",
    "",
    f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
    f"- commit: {commit}{' (with local changes)' if dirty else ''}",
    f"- machine: {nproc} cores (`nproc`), {cpu}, {platform.system()} {platform.release()}; "
    f"load average at the end {' '.join(load)}",
    f"- browser loads: {loads} cold loads per app; native timings under Xvfb with Mesa llvmpipe",
    "",
    "| " + " | ".join(head) + " |",
    "| " + " | ".join("---" for _ in head) + " |",
]
md += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row[:4]) + " | " + ("**no**" if row[4] == "no" else row[4]) + " |"
       for row in rows]
md += [
    "",
    "Values with a range show the median and (min–max). KB are 1,000 bytes, MiB 1,048,576.",
    "",
    "## The reference app",
    "",
    "Dear ImGui 1.86's own examples, unchanged, compiled from the same Debian source tree as",
    "Warmline's ImGui (`tools/bench/reference/`): on the web `example_emscripten_opengl3` (the",
    "ImGui demo window and two small windows, no file system), compiled and linked by the same",
    "Debian emcc 3.1.6 with the optimisation and link flags read from Warmline's own web build",
    "(`tools/bench/web_flags.py`: everything but Warmline's exports, shell page, preloaded files",
    "and JS libraries), against the same cached SDL2 2.26.5 web build; natively",
    "`example_sdl_opengl3` against Debian's libsdl2-dev, CMake's Release flags as Warmline's",
    "native-release. The example redraws non-stop, Warmline only when something changes.",
    "",
    "## What each figure means",
    "",
    "- `web.*.raw` / `.gzip`: bytes the browser downloads, each file alone and with `gzip -9`.",
    "  `wasm`, `js` (Emscripten's loader and glue), `data` (the preloaded file package: fonts and",
    "  the default pack), `data.fonts` and `data.pack` (the files inside `data`, as built into",
    "  the web build's `assets/`; they are part of `data`, not extra), `page` (index.html, the",
    "  stylesheet and the icon), `total` (page + js + wasm + data). `lms.total`: the same for",
    "  the build `warmline-pack export-scorm` puts in LMS packages (`build/web/engine/lms`),",
    "  which adds cmi5 / xAPI reporting; the course page leaves that code out.",
    "- `web.first_frame`: milliseconds from navigation start to the first drawn frame, median",
    "  and (min–max) of the cold loads, each in a fresh browser context (empty cache and",
    "  storage), headless Chromium with SwiftShader WebGL 2, served from localhost (no network",
    "  delay). Both apps alike: the end of the first `requestAnimationFrame` callback that drew",
    "  (issued a WebGL draw call), caught by a script that wraps `requestAnimationFrame` and the",
    "  draw calls before the page runs. Emscripten's main loop runs on rAF; callbacks that draw",
    "  nothing, such as the test driver's own polling, do not count.",
    "- `web.interactive`: Warmline: the first animation frame at which `Module.warmlineState()`",
    "  answers with the course loaded, the welcome screen up and 3 frames drawn (the layout",
    "  settled). Reference: the end of its third frame.",
    "- `mem.wasm_heap`: `Module.HEAP8.length` once interactive (the largest of the loads).",
    "- `native.frame.<screen>.ms`: wall time of one frame of the native-release build, from the",
    "  start of `Runner::draw` to the buffer swap (swap and idle time left out), median and",
    "  (min–max) over 5 s on the screen, timed by an LD_PRELOAD shim around SDL",
    "  (`tools/bench/frame_timer.c`). `quiz`: the first quiz question with its timer running;",
    "  `breathing`: the box-breathing pacer running. Both runs pass `--seed 7`, so every run",
    "  draws the same question. Reference `demo`: the ImGui demo frame, the same way (its frame",
    "  starts in `ImGui_ImplSDL2_NewFrame`).",
    "- `native.frame.<screen>.ir`: instructions per frame under `valgrind --tool=callgrind`,",
    "  counted inside `Runner::draw` without the buffer swap, over 30 s on the screen",
    "  (instrumentation switched on when the script reaches it), divided by the frames drawn",
    "  then (calls to `Runner::draw`). Includes Mesa's (llvmpipe) GL command recording,",
    "  not its rasterising threads. Machine-independent, unlike the wall times.",
    "- `cpu.idle`: CPU time of all the process's threads over 10 s with nothing changing,",
    "  after 3 s to settle, as a percentage of one core; Warmline on its welcome screen.",
    "- `mem.native_rss`: peak resident memory (GNU time's maximum RSS) of a run to the home",
    "  screen (Warmline: a new profile; reference: 4 s of its demo).",
    "- `pack.load.N`: a generated pack of N questions, compiled to `.wlpack` and read back from",
    "  memory with the full validation, as the app loads its packs. `pack.text_load.N`: the same",
    "  pack as a text folder read from disk, parsed and validated. `pack.json_floor.N`: the same",
    "  course serialised as JSON and parsed from memory into a plain RapidJSON DOM (no checks,",
    "  no structs): the floor no loader beats. `.floor_ratio`: time / floor. `.per_1k`: ms per",
    "  1,000 questions; `growth_10k_vs_1k`: per-1,000 cost at 10,000 over that at 1,000 (1.0 is",
    "  linear). Medians of `BENCH_RUNS` repetitions.",
    "- `profile.*`: a learner who finished the whole default course (every lesson, three",
    "  perfect passes per quiz, mini-games, review items): `save` is `SaveStore::store` to",
    "  disk (encode, write, keep the backup, sync), `load` is `SaveStore::load`, `size` the",
    "  encoded profile.",
    "",
]
open(doc, "w").write("\n".join(md))
print(f"\nwrote {doc}", file=sys.stderr)
