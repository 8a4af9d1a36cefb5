#!/usr/bin/env python3
"""The memory/fd table of a tools/soak.sh run, from its samples.tsv.

usage: soak_report.py SAMPLES.TSV HOURS
Each simulated hour gets one row: the lowest RSS sampled in it (the app at
rest), the highest (a sample taken while a PIN was being hashed: Argon2id
borrows 64 MiB for a moment, then gives it back), the peak so far (VmHWM),
and the most common fd count (a sample can catch a save with its file open).
Growth and the verdict use the resting RSS, from hour 2 (warm-up excluded)
to the last full hour. Reports, never fails.
"""
import statistics
import sys

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]).readlines()[1:]]
rows = [tuple(int(x) for x in r) for r in rows if len(r) == 5]
if not rows:
    print("soak: no memory samples (the app ended at once?)")
    sys.exit(0)
by_hour = {}
for t, h, r, w, f in rows[1:] or rows:  # the first sample may predate the window and fonts
    by_hour.setdefault(h, []).append((t, r, w, f))
# The mark for hour HOURS is written just before quitting: no hour follows it.
hours = [h for h in sorted(by_hour) if h < int(sys.argv[2])] or sorted(by_hour)
print(f"{'hour':>4} {'real s':>7} {'RSS rest KiB':>13} {'RSS max KiB':>12} {'VmHWM KiB':>10} {'fds':>4}")
table = []
for h in hours:
    s = by_hour[h]
    rest = min(x[1] for x in s)
    top = max(x[1] for x in s)
    fds = statistics.mode([x[3] for x in s])
    table.append((h, s[-1][0], rest, top, s[-1][2], fds))
    print(f"{h:>4} {s[-1][0]:>7} {rest:>13} {top:>12} {s[-1][2]:>10} {fds:>4}")
first, last = (rows[1:] or rows)[0], rows[-1]
print(f"samples: {len(rows)}; first: RSS {first[2]} KiB, fds {first[4]}; last: RSS {last[2]} KiB, fds {last[4]}; "
      f"max RSS {max(r[2] for r in rows)} KiB, VmHWM {last[3]} KiB, fds {min(r[4] for r in rows)}..{max(r[4] for r in rows)}")
warm = [row for row in table if row[0] >= 2] or table
base, end = warm[0], table[-1]
growth = end[2] - base[2]
pct = 100.0 * growth / base[2]
fd_change = end[5] - base[5]
flat_rss = pct < 5.0 or growth < 2048
flat_fds = fd_change == 0
print(f"growth from hour {base[0]} to hour {end[0]}: resting RSS {growth:+d} KiB ({pct:+.1f}%), "
      f"fds {fd_change:+d}")
print(f"verdict: RSS {'flat' if flat_rss else 'GROWING'}, fds {'flat' if flat_fds else 'CHANGING'} "
      f"(flat: fds unchanged, RSS growth < 5% or < 2 MiB)")
