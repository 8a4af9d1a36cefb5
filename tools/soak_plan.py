#!/usr/bin/env python3
"""Writes the input script for tools/soak.sh: HOURS simulated hours of kiosk
use by keyboard, and the expectations the checker holds each `state`
snapshot to.

usage: soak_plan.py HOURS OUT-DIR CONTENT-DIR IDLE-TIMEOUT ADMIN-PIN
writes OUT-DIR/soak.script and OUT-DIR/expect.jsonl (one JSON object a line:
{"file": ..., "kind": ..., ...}); states go to OUT-DIR/states/.

Every session starts on "Tap to start" and ends there again (sign-out by Esc
or an idle reset), so a step that goes astray costs one session's checks,
never the rest of the run. Deterministic: the same HOURS give the same script.
"""
import json
import os
import random
import re
import sys

hours = int(sys.argv[1])
out = sys.argv[2]
content = sys.argv[3]
idle = int(sys.argv[4])
admin_pin = sys.argv[5]
states = os.path.join(out, "states")
os.makedirs(states, exist_ok=True)
rng = random.Random(20261119)

# The course: modules in file order, each with its lessons' card counts and
# whether it has practise items (which sit between the quiz and "All skills").
modules = []
for name in sorted(os.listdir(os.path.join(content, "modules"))):
    text = open(os.path.join(content, "modules", name), encoding="utf-8").read()
    title = re.search(r"^# Module: (.*)$", text, re.M).group(1).strip()
    lessons = []
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = None
            if line.startswith("## Lesson:"):
                current = {"cards": 0, "id": None}
                lessons.append(current)
        elif current is not None:
            if line.startswith("### "):
                current["cards"] += 1
            elif line.startswith("id: ") and current["id"] is None:
                current["id"] = line[4:].strip()
    practise = bool(re.search(r"^## (Breathing|Rephrase):", text, re.M))
    modules.append({"title": title, "lessons": lessons, "practise": practise,
                    "breathing": len(re.findall(r"^## Breathing:", text, re.M)),
                    "rephrase": bool(re.search(r"^## Rephrase:", text, re.M))})
breathing_module = next(i for i, m in enumerate(modules) if m["breathing"])
rephrase_module = next(i for i, m in enumerate(modules) if m["rephrase"])
quiz_modules = [i for i, m in enumerate(modules) if not m["practise"]]

NAMES = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kim", "Lou"]
PINS = ["2468", "13579", "8642", "7351", "91537", "4826", "315724", "6092", "5817", "7046", "3962", "841503"]
WRONG = ["0852", "1470", "9630", "2580"]
GOOD_LINE = "I’m sorry about the wait. I can check this for you right away and I’ll call you back today."

lines = []
expect = []
counter = [0]
clock = [0.0]  # simulated seconds used in the current hour (advances only)
learners = []  # created so far, in creation order (= alphabetical = the picker's order)
read = {n: set() for n in NAMES}  # lesson ids each learner has read (as planned)


def step(s):
    lines.append(s)


def advance(seconds):
    step(f"advance {seconds}")
    clock[0] += seconds


def snap(kind, **fields):
    counter[0] += 1
    path = os.path.join(states, f"{counter[0]:05d}-{kind}.json")
    step(f"state {path}")
    fields.update(file=path, kind=kind)
    expect.append(fields)


def keys(name, n=1):
    for _ in range(n):
        step(f"key {name}")


def pin(digits):
    step(f"type {digits}")
    step("key enter")
    step("wait 0.1")  # the Argon2id check takes a moment of its own


def sign_in(who, hour):
    idx = learners.index(who)
    keys("enter")  # Tap to start
    step("wait 0.05")
    keys("down", idx)
    snap("picker", name=who)
    keys("enter")
    roll = rng.random()
    if hour % 6 == 3 and roll < 0.5:
        # Four wrong PINs in a row: the fourth locks the learner for 30 s.
        for w in range(4):
            pin(WRONG[w])
        snap("locked", name=who)
        pin(PINS[NAMES.index(who)])  # typed while locked: ignored
        advance(31)
        step("wait 0.05")
    elif roll < 0.3:
        pin(WRONG[rng.randrange(len(WRONG))])
        snap("wrong-pin", name=who)
    pin(PINS[NAMES.index(who)])
    step("wait 0.05")
    snap("signed-in", name=who)


def create(who):
    keys("enter")  # Tap to start
    step("wait 0.05")
    keys("down", len(learners))  # past the names to "I'm new here"
    snap("new-here", name=who)
    keys("enter")
    step(f"type {who}")
    keys("enter")
    p = PINS[NAMES.index(who)]
    if rng.random() < 0.5:
        pin("1234")  # too easy: refused
        snap("easy-pin", name=who)
    pin(p)
    pin(p)
    step("wait 0.05")
    learners.append(who)
    snap("created", name=who)


def to_module(i):
    keys("down", i)
    keys("enter")
    step("wait 0.05")


def lesson(who):
    todo = [(i, m) for i, m in enumerate(modules) if any(l["id"] not in read[who] for l in m["lessons"])]
    if not todo:
        return quiz(who)
    # Mostly carry on where they are; now and then a different skill.
    i, m = todo[0] if rng.random() < 0.6 else todo[rng.randrange(len(todo))]
    les = next(l for l in m["lessons"] if l["id"] not in read[who])
    to_module(i)
    keys("enter")  # the first unread lesson has the focus
    keys("enter", les["cards"])  # Next ... Finish lesson
    read[who].add(les["id"])
    snap("lesson", name=who, lesson=les["id"])
    keys("escape")  # module -> home
    snap("home", name=who)


def quiz(who):
    i = rng.choice(quiz_modules)
    to_module(i)
    keys("down", 12)  # to "All skills" at the bottom
    keys("up")  # the quiz row
    snap("quiz-row", name=who, title=modules[i]["title"])
    keys("enter")
    snap("quiz-start", name=who)
    timeouts = 0
    for q in range(10):
        if rng.random() < 0.25:
            advance(35)  # the 30 s clock runs out
            timeouts += 1
            keys("enter")
        else:
            keys("enter", 2)  # answer (the focused option), then Next
    snap("quiz-results", name=who, timeouts=timeouts)
    keys("enter")  # Done
    keys("escape")
    snap("home", name=who)


def breathing(who):
    to_module(breathing_module)
    keys("down", 12)
    keys("up", 1 + rng.randrange(modules[breathing_module]["breathing"]))
    keys("enter")
    snap("breathing-ready", name=who)
    keys("up")  # the calm rating before
    keys("left", 4)
    keys("right")  # 2 of 5 (Down from the far right of the row misses Start)
    keys("enter")
    keys("down")  # Start
    keys("enter")
    step("wait 0.2")
    advance(80)  # longer than any of the exercises (4 cycles, at most 76 s)
    step("wait 0.05")
    snap("breathing-finished", name=who)
    keys("up")  # the calm rating after
    keys("right", 4)
    keys("left", rng.randrange(3))
    keys("enter")
    snap("breathing-rated", name=who)
    keys("escape", 2)
    snap("home", name=who)


def rephrase(who):
    to_module(rephrase_module)
    keys("down", 12)
    keys("up")  # Rephrasing game
    keys("enter")
    step("wait 0.1")
    snap("rephrase-start", name=who)
    # Five rounds of Pick, Build or Write, then the summary (where Enter does
    # nothing). The line is only taken where a Write round's box has focus.
    for _ in range(24):
        step(f"type {GOOD_LINE}")
        keys("enter")
    snap("rephrase-done", name=who)
    keys("escape", 2)
    snap("home", name=who)


def staff(hour):
    step("click 981 750")  # Staff, bottom right of "Tap to start"
    step("wait 0.05")
    if hour % 8 == 2:
        pin("1357")
        snap("staff-wrong")
    pin(admin_pin)
    step("wait 0.05")
    snap("staff")
    keys("down", 2)
    keys("enter")  # Progress report
    step("wait 0.05")
    keys("enter")  # Export CSV
    snap("staff-progress")
    keys("escape")
    keys("down")
    keys("enter")  # Learners
    step("wait 0.05")
    snap("staff-learners", learners=len(learners))
    keys("escape", 2)
    snap("attract")


def session(who, hour):
    sign_in(who, hour)
    acts = [lesson, quiz, breathing, rephrase]
    weights = [4, 3, 2, 2]
    for _ in range(1 + (rng.random() < 0.5)):
        rng.choices(acts, weights)[0](who)
    end(who)


def end(who):
    snap("session-end", name=who)
    if rng.random() < 0.5:
        keys("escape")  # home -> "Tap to start": signed out
        step("wait 0.05")
        snap("attract")
    else:
        # Walks away: the warning, then the reset.
        advance(idle - 10)
        step("wait 0.05")
        snap("idle-warning", name=who)
        advance(15)
        step("wait 0.05")
        snap("attract")


for hour in range(hours):
    clock[0] = 0.0
    snap("hour", hour=hour)
    sessions = 3
    for s in range(sessions):
        if s == 0 and len(learners) < len(NAMES):
            who = NAMES[len(learners)]
            create(who)
            # The first session: a lesson, then sign out.
            lesson(who)
            end(who)
        else:
            session(rng.choice(learners), hour)
        gap = rng.randrange(idle + 30, 900)
        advance(gap)  # nobody about
    if hour % 4 == 1:
        staff(hour)
    left = 3600 - int(clock[0])
    if left > 0:
        advance(left)
snap("hour", hour=hours)
step("quit")

with open(os.path.join(out, "soak.script"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "expect.jsonl"), "w", encoding="utf-8") as f:
    for e in expect:
        f.write(json.dumps(e) + "\n")
print(f"soak plan: {hours} h, {len(learners)} learners, {len(lines)} steps, {len(expect)} snapshots")
