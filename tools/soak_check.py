#!/usr/bin/env python3
"""Checks a tools/soak.sh run: every state snapshot against what the plan
expected of it (tools/soak_plan.py), XP that only ever grows, streaks across
midnight, and the profiles on disk (save_stress list) against the last XP
each learner was seen with.

usage: soak_check.py OUT-DIR PROFILE-LIST
prints a summary; exits 1 if any check failed.
"""
import collections
import json
import sys

out, listing = sys.argv[1], sys.argv[2]
failures = []
kinds = collections.Counter()
missing = 0


def fail(e, msg):
    failures.append(f"{e['file'].rsplit('/', 1)[-1]}: {msg}")


xp_seen = {}  # name -> last XP seen
ids = {}  # profile id -> name
sessions = collections.defaultdict(list)  # name -> [(day, xp at sign-in, xp at end, streak at end)]
signed_in_xp = {}
quiz_start_xp = None
calm_before = None
days = []
quiz_timeouts = lesson_count = breathing_count = rephrase_right = 0
rephrase_sittings = quizzes = wrong_pins = lockouts = idle_resets = staff_visits = 0

for line in open(f"{out}/expect.jsonl", encoding="utf-8"):
    e = json.loads(line)
    k = e["kind"]
    kinds[k] += 1
    try:
        d = json.load(open(e["file"], encoding="utf-8"))
    except (OSError, ValueError) as err:
        missing += 1
        fail(e, f"no snapshot ({err})")
        continue
    name = e.get("name")

    def want(cond, msg):
        if not cond:
            fail(e, f"{msg} (screen={d['screen']!r} profile={d['profile']!r} focus={d['focusedItem']!r} "
                    f"pin={d['pinMessage']!r})")
        return cond

    if d["profile"]:
        prev = xp_seen.get(d["profile"])
        if prev is not None and d["xp"] < prev:
            fail(e, f"{d['profile']}'s XP went down: {prev} -> {d['xp']}")
        xp_seen[d["profile"]] = d["xp"]
        ids[d["profileId"]] = d["profile"]
    if k == "hour":
        days.append(d["day"])
        want(d["screen"] == "attract" and d["profile"] == "", "hour mark not on Tap to start")
    elif k == "attract":
        want(d["screen"] == "attract" and d["profile"] == "" and not d["admin"], "not back on Tap to start, signed out")
    elif k == "picker":
        want(d["screen"] == "profiles" and d["focusedItem"] == name, f"picker not on {name}")
    elif k == "new-here":
        want(d["screen"] == "profiles" and d["focusedItem"] == "I’m new here", "picker not on I'm new here")
    elif k == "easy-pin":
        want(d["screen"] == "pin" and "easy to guess" in d["pinMessage"], "easy PIN not refused")
    elif k == "created":
        want(d["screen"] == "home" and d["profile"] == name, f"{name} not created and signed in")
        signed_in_xp[name] = d["xp"]
    elif k == "wrong-pin":
        wrong_pins += 1
        want(d["screen"] == "pin" and "didn’t match" in d["pinMessage"] and d["profile"] == "", "wrong PIN not refused")
    elif k == "locked":
        lockouts += 1
        want(d["screen"] == "pin" and "Too many wrong tries" in d["pinMessage"] and d["profile"] == "",
             "no lock after four wrong PINs")
    elif k == "signed-in":
        want(d["screen"] == "home" and d["profile"] == name, f"{name} not signed in")
        signed_in_xp[name] = d["xp"]
    elif k == "lesson":
        lesson_count += 1
        want(d["screen"] == "module" and e["lesson"] in d["lessonsRead"], f"lesson {e['lesson']} not read")
    elif k == "home":
        want(d["screen"] == "home" and d["profile"] == name, "not back home")
    elif k == "quiz-row":
        want(d["focusedItem"] == "Quiz: " + e["title"], f"not on the quiz row of {e['title']}")
    elif k == "quiz-start":
        want(d["screen"] == "quiz" and d["quiz"]["question"] == 0, "quiz did not start")
        quiz_start_xp = d["xp"]
    elif k == "quiz-results":
        quizzes += 1
        quiz_timeouts += e["timeouts"]
        if want(d["screen"] == "results" and d["result"]["total"] == 10, "no quiz results"):
            want(quiz_start_xp is not None and d["xp"] == quiz_start_xp + d["result"]["xp"],
                 f"quiz XP: {quiz_start_xp} + {d['result']['xp']} != {d['xp']}")
    elif k == "breathing-ready":
        want(d["screen"] == "breathing" and d["breathingPhase"] == "ready", "breathing not ready")
        calm_before = d["calm"]["checks"]
    elif k == "breathing-finished":
        want(d["breathingPhase"] == "finished", "breathing not finished")
    elif k == "breathing-rated":
        breathing_count += 1
        want(calm_before is not None and d["calm"]["checks"] == calm_before + 1, "calm check not kept")
    elif k == "rephrase-start":
        want(d["screen"] == "rephrase" and d["rephrase"]["round"] == 0, "rephrasing did not start")
    elif k == "rephrase-done":
        rephrase_sittings += 1
        if want(d["screen"] == "rephrase" and d["rephrase"]["round"] == -1, "rephrasing sitting not finished"):
            rephrase_right += d["rephrase"]["points"] > 0
    elif k == "session-end":
        want(d["screen"] == "home" and d["profile"] == name, "session did not end at home")
        sessions[name].append((d["day"], signed_in_xp.get(name, d["xp"]), d["xp"], d["streak"]))
    elif k == "idle-warning":
        idle_resets += 1
        want(0 < d["idleSecondsLeft"] <= 15 and d["profile"] == name, "no Still there? countdown")
    elif k == "staff-wrong":
        want(d["screen"] == "pin" and not d["admin"], "staff screen opened on a wrong PIN")
    elif k == "staff":
        staff_visits += 1
        want(d["screen"] == "admin" and d["admin"], "staff screen did not open")
    elif k == "staff-progress":
        want(d["screen"] == "admin-progress", "no progress report")
    elif k == "staff-learners":
        want(d["screen"] == "admin-learners" and d["profiles"] == e["learners"], f"learners list is not {e['learners']}")

# Streaks: a learner who earned XP yesterday and earns some today has a streak of 2 or more.
streak_pairs = 0
for name, ss in sessions.items():
    active = {}
    for day, before, after, streak in ss:
        if after > before:
            active.setdefault(day, streak)
            active[day] = max(active[day], streak)
    for day, streak in active.items():
        if day - 1 in active:
            streak_pairs += 1
            if streak < 2:
                failures.append(f"{name}: earned XP on day {day - 1} and day {day}, but the streak is {streak}")

# The profiles on disk: every one loads, with the XP last seen on screen.
disk = {}
unloadable = 0
for row in open(listing, encoding="utf-8"):
    pid, xp, status, detail = (row.rstrip("\n").split("\t") + ["", "", "", ""])[:4]
    if not pid:
        continue
    disk[pid] = (int(xp), status)
    if status == "UNLOADABLE":
        unloadable += 1
        failures.append(f"profile {pid} cannot be loaded: {detail}")
same = 0
for pid, name in ids.items():
    if pid not in disk:
        failures.append(f"{name} ({pid}) has no profile on disk")
        continue
    if disk[pid][0] < xp_seen[name]:
        failures.append(f"{name} ({pid}): {disk[pid][0]} XP on disk, {xp_seen[name]} seen on screen")
    same += disk[pid][0] == xp_seen[name]

print(f"snapshots: {sum(kinds.values()) - missing} of {sum(kinds.values())} written")
print(f"activity: {len(ids)} learners, {sum(len(s) for s in sessions.values())} sessions, {lesson_count} lessons, "
      f"{quizzes} quizzes ({quiz_timeouts} questions timed out), {breathing_count} breathing exercises, "
      f"{rephrase_sittings} rephrasing sittings ({rephrase_right} with points), {wrong_pins} wrong PINs, "
      f"{lockouts} lockouts, {idle_resets} idle resets, {staff_visits} staff visits")
print(f"calendar days seen at the hour marks: {sorted(set(days))}; learners active on two days running: {streak_pairs}")
print("XP (last seen = on disk): " + ", ".join(f"{n} {xp_seen[n]}" for n in sorted(xp_seen)))
print(f"profiles on disk: {len(disk)}, unloadable: {unloadable}, XP on disk equal to last seen: {same} of {len(ids)}")
if failures:
    print(f"FAILED checks: {len(failures)}")
    for f in failures[:40]:
        print("  " + f)
    if len(failures) > 40:
        print(f"  ... and {len(failures) - 40} more")
    sys.exit(1)
print("all soak checks passed")
