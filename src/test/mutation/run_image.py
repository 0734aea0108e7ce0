#!/usr/bin/env python3
"""Runs a mutation set (mutations.py) through the built image's `gatherlab run` and counts exit codes.

    python3 src/test/mutation/run_image.py target/image/bin/gatherlab MUTATION_DIR [--sample N]

Launching the JVM once per file is slow, so files go in batches; `gatherlab run` checks every file before
it runs any, which makes a batch attributable:
  1. all files, in batches: each problem line names its file, so a file is "exit 2" exactly when a line
     names it; the others passed every check;
  2. the files that passed, in batches, once per format (text, json, csv, svg): exit 0 means each file
     alone exits 0; any other exit is bisected down to the single files that cause it.
A file's exit code is then what `gatherlab run FILE` alone gives; --sample N re-runs N random files one
by one and checks that. Stack traces and "internal error" lines on stderr are counted separately, as are
problem lines without the `FILE: path: rule` shape. Exit status 0 only when there is no exit 1, no stack
trace and no unclear line.
"""
import argparse
import collections
import os
import random
import re
import subprocess
import sys
import time

FORMATS = ["text", "json", "csv", "svg"]
BATCH = 200
# A Java stack trace's lines, or GatherLab's bug line; not a field name such as runs[0].returnExceptions.
TRACE = re.compile(r"^\s+at [\w$.<>/]+\(|^(Exception in thread |Caused by: |[\w$.]+\.[\w$]*(Exception|Error)\b)"
                   r"|internal error|OutOfMemoryError")


def launch(gatherlab, files, fmt, timeout):
    t0 = time.monotonic()
    try:
        p = subprocess.run([gatherlab, "run", *files, "--format", fmt], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stderr.decode("utf-8", "replace"), time.monotonic() - t0
    except subprocess.TimeoutExpired as e:
        return "timeout", (e.stderr or b"").decode("utf-8", "replace"), time.monotonic() - t0


class Tally:
    def __init__(self):
        self.exit = {}                       # file -> exit code alone
        self.traces = collections.Counter()  # file -> stack-trace lines
        self.unclear = []                    # problem lines without FILE: path: rule
        self.launches = 0
        self.seconds = 0.0

    def note_stderr(self, files, stderr):
        for line in stderr.splitlines():
            if TRACE.search(line):
                named = [f for f in files if line.startswith(f + ":")]
                self.traces[named[0] if named else "(batch of %d from %s)" % (len(files), files[0])] += 1


def problems_by_file(files, stderr, tally):
    by_file = collections.defaultdict(list)
    for line in stderr.splitlines():
        owner = next((f for f in files if line.startswith(f + ": ")), None)
        if owner is None:
            tally.unclear.append(line)
            continue
        rest = line[len(owner) + 2:]
        if not re.match(r"\S.*?: \S", rest):
            tally.unclear.append(line)
        by_file[owner].append(rest)
    return by_file


def check(gatherlab, files, tally, timeout):
    """Step 1: which files are refused (exit 2); returns the others."""
    passed = []
    for i in range(0, len(files), BATCH):
        batch = files[i:i + BATCH]
        code, err, secs = launch(gatherlab, batch, "json", timeout)
        tally.launches += 1
        tally.seconds += secs
        tally.note_stderr(batch, err)
        if code == 2:
            named = problems_by_file(batch, err, tally)
            for f in batch:
                if f in named:
                    tally.exit[f] = 2
                else:
                    passed.append(f)
        elif code == 0:
            passed.extend(batch)
        else:
            # A bug while checking: split until it is one file.
            if len(batch) == 1:
                tally.exit[batch[0]] = code
            else:
                passed.extend(check_split(gatherlab, batch, tally, timeout))
    return passed


def check_split(gatherlab, batch, tally, timeout):
    global BATCH
    saved, BATCH = BATCH, max(1, len(batch) // 2)
    try:
        return check(gatherlab, batch, tally, timeout)
    finally:
        BATCH = saved


def run_formats(gatherlab, files, tally, timeout):
    """Step 2: the files that passed the checks, each format; bisect anything but exit 0."""
    failing = {}

    def go(batch, fmt):
        code, err, secs = launch(gatherlab, batch, fmt, timeout)
        tally.launches += 1
        tally.seconds += secs
        tally.note_stderr(batch, err)
        if code == 0:
            return
        if len(batch) == 1:
            failing.setdefault(batch[0], (code, fmt, err.strip().splitlines()[:3]))
            return
        half = len(batch) // 2
        go(batch[:half], fmt)
        go(batch[half:], fmt)

    for fmt in FORMATS:
        for i in range(0, len(files), BATCH):
            go(files[i:i + BATCH], fmt)
    for f in files:
        tally.exit[f] = failing[f][0] if f in failing else 0
    return failing


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gatherlab")
    ap.add_argument("dir")
    ap.add_argument("--sample", type=int, default=30, help="files re-run one by one to check the batching")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per launch")
    ap.add_argument("--check-only", action="store_true",
                    help="step 1 only: which files are refused, and whether any check crashes (minutes, not an hour)")
    args = ap.parse_args()
    files = sorted(os.path.join(os.path.abspath(args.dir), f) for f in os.listdir(args.dir) if f.endswith(".gather.json"))
    categories = {}
    manifest = os.path.join(args.dir, "manifest.tsv")
    if os.path.exists(manifest):
        for line in open(manifest, encoding="utf-8"):
            name, cat = line.split("\t")[:2]
            categories[os.path.join(os.path.abspath(args.dir), name)] = cat
    tally = Tally()
    t0 = time.monotonic()
    passed = check(args.gatherlab, files, tally, args.timeout)
    if args.check_only:
        for f in passed:
            tally.exit[f] = 0  # passed every check; not run
        args.sample = 0
        failing = {}
    else:
        failing = run_formats(args.gatherlab, passed, tally, args.timeout)

    mismatches = []
    for f in random.Random(1).sample(files, min(args.sample, len(files))):
        code, err, _ = launch(args.gatherlab, [f], "json", args.timeout)
        tally.launches += 1
        if code != tally.exit[f] and not (f in failing and failing[f][1] != "json" and code == 0):
            mismatches.append((f, code, tally.exit[f]))

    counts = collections.Counter(tally.exit.values())
    print(f"{len(files)} files, {tally.launches} launches, {time.monotonic() - t0:.0f} s")
    print("exit codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))))
    by_cat = collections.defaultdict(collections.Counter)
    for f, code in tally.exit.items():
        by_cat[categories.get(f, "?")][code] += 1
    for cat in sorted(by_cat):
        print(f"  {cat:15} " + ", ".join(f"exit {k}: {v}" for k, v in sorted(by_cat[cat].items(), key=lambda kv: str(kv[0]))))
    print(f"stack-trace lines: {sum(tally.traces.values())}; unclear problem lines: {len(tally.unclear)}; "
          f"batch/alone mismatches in a sample of {min(args.sample, len(files))}: {len(mismatches)}")
    for f, (code, fmt, err) in sorted(failing.items()):
        print(f"  exit {code} --format {fmt}: {f}: {err}")
    for f, n in tally.traces.most_common(10):
        print(f"  trace: {f} ({n} lines)")
    for line in tally.unclear[:10]:
        print(f"  unclear: {line[:200]}")
    for m in mismatches:
        print(f"  mismatch: {m}")
    bad = counts.get(1, 0) + sum(v for k, v in counts.items() if k not in (0, 2)) + len(tally.traces) + len(tally.unclear) + len(mismatches)
    sys.exit(0 if bad == 0 else 1)


if __name__ == "__main__":
    main()
