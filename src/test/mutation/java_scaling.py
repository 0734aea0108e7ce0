#!/usr/bin/env python3
"""Java runs against the Python gather of the same tasks, end to end through `gatherlab run` (issue 15.2).

    python3 src/test/mutation/java_scaling.py target/image/bin/gatherlab [--sizes 1000,10000,100000] [--repeat 3]

For each size N: N tasks (durations up to 1,000 ms, every other task `cpu`, a fifth of them failing), one run
per file; `gatherlab run FILE --format json > /dev/null` is timed as CPU seconds (user + system, from
/usr/bin/time, the median of --repeat), which a loaded machine disturbs far less than wall time. The launch
itself (a 1-task file) is subtracted, so the figure is the run and its report. Ratio = strategy / gather.
"""
import argparse
import os
import random
import statistics
import subprocess
import tempfile

STRATEGIES = ["gather", "cf-allof", "invoke-all", "structured"]


def write(path, n, strategy):
    rnd = random.Random(n)
    with open(path, "w") as f:
        f.write('{"format":"gatherlab/scenario@1","name":"scaling","seed":7,"tasks":[')
        f.write(",".join('{"name":"t%d","kind":"%s","durationMs":%d,"failureRate":%s}'
                         % (i, "cpu" if i % 2 else "io", rnd.randrange(0, 1001), "1" if i % 5 == 4 else "0")
                         for i in range(n)))
        f.write('],"runs":[{"strategy":"%s"%s}]}' % (strategy, ',"returnExceptions":true' if strategy == "gather" else ""))


def cpu_seconds(gatherlab, file):
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S", gatherlab, "run", file, "--format", "json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    user, system = p.stderr.decode().strip().splitlines()[-1].split()
    return float(user) + float(system)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gatherlab")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gatherlab-scaling") as d:
        one = os.path.join(d, "one.gather.json")
        write(one, 1, "gather")
        launch = statistics.median(cpu_seconds(args.gatherlab, one) for _ in range(args.repeat))
        print(f"launch (1 task): {launch:.2f} s CPU, subtracted below")
        print("| tasks | " + " | ".join(STRATEGIES) + " |")
        print("|---|" + "---|" * len(STRATEGIES))
        for n in [int(s) for s in args.sizes.split(",")]:
            cells, base = [], None
            for strategy in STRATEGIES:
                f = os.path.join(d, f"{strategy}-{n}.gather.json")
                write(f, n, strategy)
                secs = max(0.0, statistics.median(cpu_seconds(args.gatherlab, f) for _ in range(args.repeat)) - launch)
                base = secs if strategy == "gather" else base
                cells.append(f"{secs:.2f} s" + ("" if strategy == "gather" else f" ({secs / base:.2f}x)" if base else ""))
            print(f"| {n:,} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
