#!/usr/bin/env python3
"""Regenerates the malformed compiled-pack cases in tests/packs/bad/wlpack-*/.

Each case is a small .wlpack built from the tiny pack below with
`warmline-pack build`, then damaged in one way. Cases that forge content
behind the header recompute the SHA-256, so they get past the hash check and
test the reader itself. Layout: engine/content/compiled_pack.cpp (header) and
engine/content/course_archive.h (payload field order).

usage: tools/make_bad_wlpacks.py [--tool build/native/warmline-pack] [--out tests/packs/bad]
"""
import argparse
import hashlib
import os
import struct
import subprocess
import sys
import tempfile

HEADER = 52  # magic 8, format 4, payload size 8, sha256 32
MAGIC = b"WLPACK\0\x1a"

PACK_TXT = """id: tiny
title: Tiny pack
version: 1.0.0
language: en
author: Warmline tests
min-engine: 0.1.0
"""

MODULE = """# Module: Listening
id: listening
summary: Hear the whole problem first.

## Lesson: Why listening comes first
id: ls-why

### Card: Listening is work
Let them *finish*.

## Quiz: Listening check

### Question: A caller is mid-story. What now?
id: tq-one
type: single
- [ ] Cut in with the fix.
- [x] Let them finish, then sum up.
explain: Letting someone finish saves the whole call.

### Question: Silence can help a caller go on.
id: tq-two
type: truefalse
answer: true
explain: A short pause invites more detail.
"""


def le(value, size):
    return value.to_bytes(size, "little")


def repack(payload, fmt):
    """A well-formed header with a correct hash around `payload`."""
    return MAGIC + le(fmt, 4) + le(len(payload), 8) + hashlib.sha256(payload).digest() + payload


def stored(text):
    """A string as cereal's portable binary stores it: u64 size, then bytes."""
    raw = text.encode()
    return le(len(raw), 8) + raw


def after(payload, text):
    at = payload.find(stored(text))
    if at < 0 or payload.find(stored(text), at + 1) >= 0:
        sys.exit(f"make_bad_wlpacks: '{text}' is not stored exactly once in the tiny pack")
    return at + len(stored(text))


def build_tiny(tool):
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "tiny", "modules"))
        with open(os.path.join(tmp, "tiny", "pack.txt"), "w") as f:
            f.write(PACK_TXT)
        with open(os.path.join(tmp, "tiny", "modules", "01-listening.md"), "w") as f:
            f.write(MODULE)
        cmd = [tool, "build", "tiny", "-o", "tiny.wlpack"]
        if tool.endswith(".js"):
            cmd = ["node", "--no-experimental-fetch"] + cmd
        subprocess.run(cmd, cwd=tmp, check=True)
        with open(os.path.join(tmp, "tiny.wlpack"), "rb") as f:
            return f.read()


def cases(pack):
    payload = pack[HEADER:]
    huge = 1 << 60
    where = "input.wlpack:1:1: "
    # The format the tool writes (kCompiledPackFormat); forged cases keep it.
    fmt = int.from_bytes(pack[8:12], "little")
    reads = f"this engine reads format {fmt}"

    flipped = bytearray(pack)
    flipped[HEADER + len(payload) // 2] ^= 0x10
    yield "truncated", pack[: len(pack) // 2], [where + "truncated: the header promises"]
    yield "bit-flipped", bytes(flipped), [where + "damaged: content hash does not match"]
    yield "wrong-magic", b"PK\x03\x04" + pack[4:], [where + "not a Warmline pack"]
    yield "newer-format", repack(payload, fmt + 5), [
        where + f"made by a newer warmline-pack (format {fmt + 5}); {reads}"]
    # A file from an older warmline-pack is refused by its header alone,
    # before any of its (differently laid out) content is read.
    yield "older-format", repack(payload, fmt - 1), [
        where + f"unknown compiled pack format {fmt - 1}; {reads}"]

    # The pack id is the first stored field, right after cereal's endianness byte.
    assert payload[1:9] == le(len("tiny"), 8)
    yield "forged-huge-string", repack(payload[:1] + le(huge, 8) + payload[9:], fmt), [
        where + "damaged: a stored text claims 1152921504606846976 bytes, more than the limit of 1048576"]

    # PackInfo ends with its source file; the module count follows.
    at = after(payload, "tiny/pack.txt")
    assert payload[at:at + 8] == le(1, 8)
    yield "forged-huge-list", repack(payload[:at] + le(huge, 8) + payload[at + 8:], fmt), [
        where + "damaged: a stored list of modules claims 1152921504606846976 entries, more than the limit of 200"]

    # A question's type is the byte after its id.
    at = after(payload, "tq-two")
    yield "bad-enum", repack(payload[:at] + bytes([200]) + payload[at + 1:], fmt), [
        where + "damaged: a stored question type has the unknown value 200"]

    # Renaming the second question's id to the first's: well-formed, hash
    # valid, but the course breaks a rule the validator checks again.
    at = after(payload, "tq-two") - len("tq-two")
    yield "fails-validation", repack(payload[:at] + b"tq-one" + payload[at + 6:], fmt), [
        "tiny/modules/01-listening.md:20:1: duplicate id 'tq-one'",
        where + "the compiled pack holds content that fails the checks above"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", default=os.path.join(root, "build", "native", "warmline-pack"))
    ap.add_argument("--out", default=os.path.join(root, "tests", "packs", "bad"))
    args = ap.parse_args()
    pack = build_tiny(os.path.abspath(args.tool))
    for name, data, expected in cases(pack):
        folder = os.path.join(args.out, "wlpack-" + name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "input.wlpack"), "wb") as f:
            f.write(data)
        with open(os.path.join(folder, "expected.txt"), "w") as f:
            f.write("\n".join(expected) + "\n")
        print(f"{folder}: {len(data)} bytes")


if __name__ == "__main__":
    main()
