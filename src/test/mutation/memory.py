#!/usr/bin/env python3
"""Peak heap of the largest scenario the contract accepts, per report format (issue 15's memory benchmark).

    python3 src/test/mutation/memory.py target/image/bin/gatherlab [--heap 1g] [--runs 7] [--tasks 100000]
        [--family python|java]

The scenario: --tasks tasks (100,000, the contract's most) with durations up to 3,600,000 ms (the most; one
task at exactly that), failureRate 0.5, every other task `cpu`, and --runs runs cycling through
sequential, gather, taskgroup, wait, as_completed, gather limit 1000, gather cpu: processes (the seven
Python strategies and options). Each format is written with -o to a file under JDK_JAVA_OPTIONS=-Xmx<heap>
-Xlog:gc; the table gives the exit status, wall time, output size, the largest heap occupancy any
collection found (before it) and the largest live set it left (after), and the process's peak RSS.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time

RUNS = [{"strategy": "sequential", "returnExceptions": True}, {"strategy": "gather"}, {"strategy": "taskgroup"},
        {"strategy": "wait", "returnWhen": "FIRST_EXCEPTION"}, {"strategy": "as_completed", "returnExceptions": True},
        {"strategy": "gather", "limit": 1000}, {"strategy": "gather", "cpu": "processes", "workers": 8}]
# --family java: the Java strategies instead (every one, both kinds of threads, a joiner, a timeout), whose reports
# carry a java object per task and the call's items: the largest report per task the contract allows.
JAVA_RUNS = [{"strategy": "invoke-all"}, {"strategy": "cf-allof", "threads": "platform", "cores": 8},
             {"strategy": "structured", "joiner": "awaitAll"}, {"strategy": "invoke-any", "threads": "platform"},
             {"strategy": "cf-anyof"}, {"strategy": "invoke-all", "timeoutMs": 1_800_000},
             {"strategy": "structured", "joiner": "allSuccessfulOrThrow", "cores": 1}]
GC = re.compile(r"(\d+)M->(\d+)M\((\d+)M\)")


def scenario(path, tasks, runs, family=RUNS):
    rnd = random.Random(15)
    import json
    with open(path, "w") as f:
        f.write('{"format":"gatherlab/scenario@1","name":"largest accepted","seed":15,"tasks":[')
        for i in range(tasks):
            ms = 3_600_000 if i == 0 else rnd.randrange(0, 3_600_001)
            f.write(("," if i else "") + '{"name":"task-%06d","kind":"%s","durationMs":%d,"failureRate":0.5}'
                    % (i, "cpu" if i % 2 else "io", ms))
        f.write('],"runs":' + json.dumps([family[i % len(family)] for i in range(runs)]) + "}")


def measure(gatherlab, file, fmt, heap, out_dir):
    out = os.path.join(out_dir, "report." + fmt)
    gc_log = os.path.join(out_dir, f"gc-{fmt}.log")
    env = dict(os.environ, JDK_JAVA_OPTIONS=f"-Xmx{heap} -Xlog:gc:file={gc_log}")
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", gatherlab, "run", file, "--format", fmt, "-o", out],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    rss_mb = int(err[-1]) / 1024 if err and err[-1].isdigit() else float("nan")
    before = after = 0
    for line in open(gc_log, errors="replace"):
        m = GC.search(line)
        if m:
            before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
    size = os.path.getsize(out) / 1e6 if os.path.exists(out) else 0
    note = "; ".join(l for l in err[:-1] if "JDK_JAVA_OPTIONS" not in l)[:120]
    if os.path.exists(out):
        os.remove(out)
    return p.returncode, wall, size, before, after, rss_mb, note


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gatherlab")
    ap.add_argument("--heap", default="1g")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--formats", default="json,csv,text,svg")
    ap.add_argument("--family", choices=["python", "java"], default="python")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gatherlab-memory") as d:
        file = os.path.join(d, "largest.gather.json")
        scenario(file, args.tasks, args.runs, JAVA_RUNS if args.family == "java" else RUNS)
        print(f"{args.tasks:,} tasks x {args.runs} {args.family} runs ({os.path.getsize(file) / 1e6:.1f} MB file), "
              f"-Xmx{args.heap}")
        print("| format | exit | wall | report | peak heap (before GC) | largest live set (after GC) | peak RSS |")
        print("|---|---|---|---|---|---|---|")
        worst = 0
        for fmt in args.formats.split(","):
            code, wall, size, before, after, rss, note = measure(args.gatherlab, file, fmt, args.heap, d)
            worst = max(worst, code)
            print(f"| {fmt} | {code} | {wall:.1f} s | {size:.1f} MB | {before} MB | {after} MB | {rss:.0f} MB |"
                  + (f" {note}" if code else ""), flush=True)
    sys.exit(0 if worst == 0 else 1)


if __name__ == "__main__":
    main()
