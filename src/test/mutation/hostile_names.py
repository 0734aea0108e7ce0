#!/usr/bin/env python3
"""Names never reach a terminal or a spreadsheet as a command, checked on the built image (issue 15's "Done when").

    python3 src/test/mutation/hostile_names.py target/image/bin/gatherlab     # run in a scratch directory

A scenario whose names and title carry terminal sequences (OSC title, clear screen, colours, BEL, C1 CSI, DEL, CR,
a newline, a tab) and spreadsheet formulas (=HYPERLINK, +, -, @), run by gather and three Java strategies, written
in text, CSV, SVG and JSON to standard output; and a file whose own name carries ESC, BEL and a newline. Counts the
raw control bytes (a CSV's CRLF line ends aside) and raw C1 characters in each output, and the CSV cells a
spreadsheet would run as formulas; prints OK when all are zero (exit 0), else FAIL (exit 1).
"""
import csv
import io
import json
import re
import subprocess
import sys

g = sys.argv[1]
names = ["\x1b]0;pwned\x07", "\x1b[2J\x1b[31mred", "bell\x07", "nl\nbreak", "cr\rback", "\x9b31mC1csi", "del\x7f",
         "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2-2", "@SUM(A1)", "\tTAB", "ok"]
runs = [{"strategy": "gather", "returnExceptions": True}, {"strategy": "cf-allof"}, {"strategy": "invoke-all"}, {"strategy": "structured"}]
sc = {"format": "gatherlab/scenario@1", "name": "hostile \x1b[5m", "seed": 1,
      "tasks": [{"name": n, "durationMs": 100 * (i + 1), "failureRate": 1 if i % 3 == 0 else 0} for i, n in enumerate(names)], "runs": runs}
bad_name = "evil\x1b]0;title\x07\nname.gather.json"
open("h.gather.json", "w").write(json.dumps(sc))
open(bad_name, "w").write("{")
fails = 0
def controls(b, allow=b"\n"):
    b = b.replace(b"\r\n", b"\n")
    bad = [c for c in b if (c < 0x20 and c not in allow) or c == 0x7f]
    c1 = re.findall(rb"\xc2[\x80-\x9f]", b)
    return len(bad), len(c1)
for fmt in ["text", "csv", "svg", "json"]:
    p = subprocess.run([g, "run", "h.gather.json", "--format", fmt], capture_output=True)
    n, c1 = controls(p.stdout)
    extra = ""
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(p.stdout.decode())))
        live = [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@")]
        extra = f", cells starting = + - @: {len(live)}"
        fails += len(live)
    print(f"{fmt}: exit {p.returncode}, {len(p.stdout)} bytes, raw control bytes {n}, C1 {c1}{extra}")
    fails += n + c1 + p.returncode
p = subprocess.run([g, "run", bad_name], capture_output=True)
n, c1 = controls(p.stderr)
print(f"a file named with ESC/BEL/newline: exit {p.returncode}, message {p.stderr.decode()!r}, raw control bytes {n}, C1 {c1}")
fails += n + c1
print("FAIL" if fails else "OK: no control byte and no live formula in any output")
sys.exit(1 if fails else 0)
