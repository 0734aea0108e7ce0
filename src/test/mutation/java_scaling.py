#!/usr/bin/env python3
"""Java runs against the Python gather of the same tasks, end to end through `gatherlab run` (issue 15.2).

    python3 src/test/mutation/java_scaling.py target/image/bin/gatherlab [OTHER/bin/gatherlab ...]
        [--sizes 1000,10000,100000] [--repeat 3]

For each size N: N tasks (durations up to 1,000 ms, every other task `cpu`, a fifth of them failing), one run
per file; `gatherlab run FILE --format json > /dev/null` is timed as CPU seconds (user + system, from
/usr/bin/time), which a loaded machine disturbs far less than wall time; two tables, the median of --repeat and the
least (on a loaded machine the least is the steadier: load only ever adds). The launch itself (a 1-task file) is
subtracted, so the figure is the run and its report. Ratio = strategy / gather.
The measurements are interleaved (each round runs every strategy of every launcher once), so a change in the
machine's load falls on all of them alike; with several launchers (say an image before and after a change)
each gets its own table. The load average is printed before and after.
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


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gatherlab", nargs="+")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"load average before: {load()}", flush=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="gatherlab-scaling") as d:
        one = os.path.join(d, "one.gather.json")
        write(one, 1, "gather")
        files = {}
        for n in sizes:
            for strategy in STRATEGIES:
                files[n, strategy] = os.path.join(d, f"{strategy}-{n}.gather.json")
                write(files[n, strategy], n, strategy)
        launch = {g: [] for g in args.gatherlab}
        secs = {(g, n, s): [] for g in args.gatherlab for n in sizes for s in STRATEGIES}
        for _ in range(args.repeat):
            for g in args.gatherlab:
                launch[g].append(cpu_seconds(g, one))
        for n in sizes:
            for _ in range(args.repeat):
                for g in args.gatherlab:
                    for strategy in STRATEGIES:
                        secs[g, n, strategy].append(cpu_seconds(g, files[n, strategy]))
        for stat in (statistics.median, min):
            for g in args.gatherlab:
                base_launch = stat(launch[g])
                print(f"\n{g}, {stat.__name__} of {args.repeat}: launch (1 task) {base_launch:.2f} s CPU, subtracted below")
                print("| tasks | " + " | ".join(STRATEGIES) + " |")
                print("|---|" + "---|" * len(STRATEGIES))
                for n in sizes:
                    cells, base = [], None
                    for strategy in STRATEGIES:
                        t = max(0.0, stat(secs[g, n, strategy]) - base_launch)
                        base = t if strategy == "gather" else base
                        cells.append(f"{t:.2f} s" + ("" if strategy == "gather" else f" ({t / base:.2f}x)" if base else ""))
                    print(f"| {n:,} | " + " | ".join(cells) + " |", flush=True)
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()
