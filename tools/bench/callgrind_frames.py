#!/usr/bin/env python3
"""Instructions per frame from callgrind profile parts recorded with
--toggle-collect on the frame function (Runner::draw) and on SDL_GL_SwapWindow:
the events collected (Ir) divided by the calls to Runner::draw in the part
(callgrind records the call arcs even where it does not collect). Of the parts given, the one dumped by --dump-before
with the most Ir counts (the screen's window; the earlier dump is empty).
Prints "IR FRAMES".
usage: callgrind_frames.py CALLGRIND.OUT.N..."""
import re
import sys


def part(path):
    names = {}
    total, frames, pending_swap, dumped = 0, 0, False, False
    for line in open(path, errors="replace"):
        if line.startswith("desc: Trigger: --dump-before"):
            dumped = True
            continue
        m = re.match(r"(summary|totals):\s+(\d+)", line)
        if m:
            total = int(m.group(2))
            continue
        m = re.match(r"fn=\((\d+)\) (.*)", line)
        if m:  # a name is given once, at its first use, then only its number
            names[m.group(1)] = m.group(2).strip()
            continue
        m = re.match(r"cfn=\((\d+)\)(?: (.*))?", line)
        if m:
            if m.group(2):
                names[m.group(1)] = m.group(2).strip()
            pending_swap = "Runner::draw(" in names.get(m.group(1), "")
            continue
        m = re.match(r"calls=(\d+)", line)
        if m and pending_swap:
            frames += int(m.group(1))
            pending_swap = False
    return dumped, total, frames


best = max((part(p) for p in sys.argv[1:]), key=lambda r: (r[0], r[1]), default=(False, 0, 0))
print(best[1], best[2])
