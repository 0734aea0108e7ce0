#!/usr/bin/env python3
"""The mutation set of issue 12: hostile variations of GatherLab's own scenario files.

    python3 src/test/mutation/mutations.py OUT_DIR [--seeds DIR] [--seed N]

Writes OUT_DIR/NNNN-<category>.gather.json (bytes exactly as mutated, so invalid UTF-8, BOMs and
truncations survive) and OUT_DIR/manifest.tsv (file, category, what was done). Deterministic for a given
--seed. The categories are the issue's: wrong types, missing and extra fields, extreme numbers, unicode and
control characters, duplicate keys, deep nesting, truncated and invalid UTF-8, BOMs, 100,001 tasks, bounds;
plus random byte edits. run_image.py runs the set against the built image.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.join(HERE, "..", "resources", "org", "gatherlab", "fuzz", "ScenarioFuzzTestInputs")

EXTREME_NUMBERS = [
    "1e9999999999", "-1e9999999999", "0e9999999999", "1e-2147483648", "1e-9999999999", "1E+2147483647",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "2147483647", "2147483648", "-2147483649", "1e308", "1.7976931348623157e309",
    "4.9e-324", "2.5e-324", "-0", "-0.0", "0.1e1", "3e2", "3.0", "3600000", "3600000.0000001", "3600001",
    "1e6", "1e400", "123456789012345678901234567890123456789012345678901234567890", "0." + "0" * 5000 + "1",
    "1" + "0" * 5000, "1e" + "9" * 50, "-1", "0.5", "1.0000000000000002", "1e-7",
    # Not JSON at all: the reader must say where.
    "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1e", "--1", "1_000",
]
STRINGS = [
    "", " ", "A", "a" * 40, "a" * 41, "\U0001F600" * 40, "\U0001F600" * 41, "e\u0301" * 20, "\u0000", "\u0007",
    "\u001b]0;pwned\u0007", "\u001b[2J", "line\nbreak", "tab\there", "\u007f", "\u0085", "\u009b31m", "\u202eevil",
    "\u200b", "\ufeff", "\ufffe", "\uffff", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "'''", "\"\"\"",
    "*/", "\\u000a", "</svg><script>alert(1)</script>", "${jndi:ldap://x}", "%s%n", "\\", "a" * 65536,
    "a" * 65537, "\u4e2d\u6587", "Ω" * 40,
]
RAW_STRING_BYTES = [
    b'"\xed\xa0\x80"', b'"\xed\xbf\xbf"', b'"\xc0\x80"', b'"\xff"', b'"\xf4\x90\x80\x80"', b'"\xe2\x82"',
    b'"\\ud800"', b'"\\udc00"', b'"\\ud800\\u0041"', b'"\\ud83d\\ude00"', b'"\\u0000"', b'"\\uZZZZ"', b'"\\x41"',
    b'"\t"', b'"\n"', b'"\x1b"', b'"\\/"', b'"\\u00"',
]
OTHER_VALUES = ["null", "true", "false", "[]", "{}", '"io"', '"cpu"', '"gather"', "[1, 2]", '{"a": 1}', '"3"', "1", "0"]
FIELDS = {
    "top": ["format", "name", "description", "seed", "tasks", "runs"],
    "task": ["name", "kind", "durationMs", "failureRate", "failAtMs", "cancelAtMs"],
    "run": ["strategy", "returnExceptions", "returnWhen", "timeoutMs", "cancelAtMs", "limit", "cpu", "workers",
            "onExit", "threads", "cores", "joiner"],
}
BOUNDS = {
    "durationMs": ["-1", "0", "3600000", "3600000.5", "3600001", "1e7"],
    "failureRate": ["-0.0001", "0", "1", "1.0001", "2"],
    "failAtMs": ["-1", "0", "1e9"],
    "cancelAtMs": ["-1", "0", "1e300", "3600000"],
    "timeoutMs": ["-1", "0", "3600000", "3600001", "1e300"],
    "limit": ["0", "1", "2147483647", "2147483648", "1.5"],
    "workers": ["0", "1", "256", "257", "4.0"],
    "cores": ["0", "1", "256", "257"],
    "seed": ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "1.5", "1e19"],
}
ENUM_NOISE = ['"GATHER"', '"gather "', '"as-completed"', '"FIRST_completed"', '"loop\\u0000"', '"io\\n"', '""']


def dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=1)


def objects(tree, path="$"):
    """Every (path, dict, kind) in the tree."""
    if isinstance(tree, dict):
        kind = "top" if path == "$" else ("task" if ".tasks[" in path else "run" if ".runs[" in path else "other")
        yield path, tree, kind
        for k, v in tree.items():
            yield from objects(v, f"{path}.{k}")
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            yield from objects(v, f"{path}[{i}]")


def splice(tree, target, key, raw):
    """The tree as JSON with target[key]'s value written as the raw text `raw` (which may be invalid JSON)."""
    marker = "\u2603MARK\u2603"
    old = target.get(key, None)
    had = key in target
    target[key] = marker
    text = dumps(tree)
    if had:
        target[key] = old
    else:
        del target[key]
    return text.replace(json.dumps(marker, ensure_ascii=False), raw, 1)


class Mutator:
    def __init__(self, rnd, seeds):
        self.rnd = rnd
        self.seeds = seeds  # (name, bytes, tree or None)
        self.trees = [(n, t) for n, b, t in seeds if isinstance(t, dict)]

    def pick_tree(self):
        name, tree = self.rnd.choice(self.trees)
        return name, json.loads(json.dumps(tree))

    def pick_object(self, tree, kinds=None):
        found = [(p, o, k) for p, o, k in objects(tree) if kinds is None or k in kinds]
        return self.rnd.choice(found)

    def wrong_type(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"top", "task", "run"})
        key = self.rnd.choice(FIELDS[kind])
        raw = self.rnd.choice(OTHER_VALUES + ['"x"', "1.5", '"' + "9" * 20 + '"'])
        return splice(tree, obj, key, raw).encode(), f"{name}: {path}.{key} = {raw}"

    def missing_field(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"top", "task", "run"})
        if not obj:
            return dumps(tree).encode(), f"{name}: nothing at {path}"
        key = self.rnd.choice(list(obj))
        del obj[key]
        return dumps(tree).encode(), f"{name}: removed {path}.{key}"

    def extra_field(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree)
        key = self.rnd.choice(["x", "durationms", "Name", "", " ", "\u0000", "tasks2", "$ref", "__proto__", "a" * 300,
                               "\u001b[31m", "line\nkey"]
                              + [f for fs in FIELDS.values() for f in fs])
        raw = self.rnd.choice(OTHER_VALUES + EXTREME_NUMBERS[:8] + ['"' + "z" * 1000 + '"'])
        return splice(tree, obj, key, raw).encode(), f"{name}: added {path}[{key!r}] = {raw[:40]}"

    def extreme_number(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"top", "task", "run", "other"})
        keys = [k for k in FIELDS.get(kind, [])] + ["unknownNumber"]
        key = self.rnd.choice(keys)
        raw = self.rnd.choice(EXTREME_NUMBERS)
        return splice(tree, obj, key, raw).encode(), f"{name}: {path}.{key} = {raw[:40]}"

    def bound(self):
        name, tree = self.pick_tree()
        key = self.rnd.choice(list(BOUNDS))
        kinds = {"top"} if key == "seed" else ({"task"} if key in FIELDS["task"] and key not in FIELDS["run"]
                                               else {"run"} if key not in FIELDS["task"] else {"task", "run"})
        path, obj, kind = self.pick_object(tree, kinds)
        raw = self.rnd.choice(BOUNDS[key])
        return splice(tree, obj, key, raw).encode(), f"{name}: {path}.{key} = {raw}"

    def enum_noise(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"task", "run"})
        key = self.rnd.choice(["kind"] if kind == "task" else ["strategy", "returnWhen", "cpu", "onExit", "threads", "joiner"])
        raw = self.rnd.choice(ENUM_NOISE)
        return splice(tree, obj, key, raw).encode(), f"{name}: {path}.{key} = {raw}"

    def unicode_text(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"top", "task"})
        key = self.rnd.choice(["name", "description"] if kind == "top" else ["name"])
        if self.rnd.random() < 0.4:
            raw = self.rnd.choice(RAW_STRING_BYTES)
            text = splice(tree, obj, key, "\u2603RAW\u2603").encode()
            return text.replace("\u2603RAW\u2603".encode(), raw, 1), f"{name}: {path}.{key} = bytes {raw[:30]!r}"
        obj[key] = self.rnd.choice(STRINGS)
        text = json.dumps(tree, ensure_ascii=self.rnd.random() < 0.5, indent=1)
        return text.encode("utf-8", "surrogatepass"), f"{name}: {path}.{key} = {obj[key][:30]!r}"

    def duplicate_key(self):
        name, tree = self.pick_tree()
        path, obj, kind = self.pick_object(tree, {"top", "task", "run"})
        if not obj:
            return dumps(tree).encode(), f"{name}: empty object"
        key = self.rnd.choice(list(obj))
        text = dumps(tree)
        needle = json.dumps(key, ensure_ascii=False) + ": "
        # Duplicate the first occurrence of the key inside this object's text (good enough: fields are unique per object).
        at = text.find(needle)
        dup = needle + self.rnd.choice(['1', '"gather"', json.dumps(obj[key], ensure_ascii=False)]) + ", "
        return (text[:at] + dup + text[at:]).encode(), f"{name}: {key} twice"

    def deep_nesting(self):
        name, tree = self.pick_tree()
        depth = self.rnd.choice([60, 62, 63, 64, 65, 66, 100, 1000, 10000, 100000, 1000000])
        where = self.rnd.choice(["unknown", "tasks", "name", "top"])
        opener, closer = self.rnd.choice([("[", "]"), ('{"a":', "}")])
        nest = opener * depth + "1" + closer * depth
        if self.rnd.random() < 0.2:
            nest = opener * depth  # unclosed
        if where == "top":
            return nest.encode(), f"top-level nesting {depth} {opener}"
        path, obj, kind = self.pick_object(tree, {"top"} if where in ("unknown", "tasks") else {"task"})
        key = {"unknown": "deep", "tasks": "tasks", "name": "name"}[where]
        return splice(tree, obj, key, nest).encode(), f"{name}: {key} nested {depth} {opener}"

    def truncated(self):
        name, data, _ = self.rnd.choice(self.seeds)
        cut = self.rnd.randrange(0, max(1, len(data)))
        return data[:cut], f"{name}: cut at {cut} of {len(data)}"

    def invalid_utf8(self):
        name, data, _ = self.rnd.choice(self.seeds)
        bad = self.rnd.choice([b"\xff", b"\xfe", b"\xc0\x80", b"\xc1\xbf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                               b"\xf8\x88\x80\x80\x80", b"\x80", b"\xe2\x82", b"\xf0\x9f\x98", b"\x00"])
        at = self.rnd.randrange(0, len(data) + 1)
        if self.rnd.random() < 0.3:
            return data + bad, f"{name}: {bad!r} at the end"
        return data[:at] + bad + data[at:], f"{name}: {bad!r} at {at}"

    def bom(self):
        name, data, tree = self.rnd.choice(self.seeds)
        choice = self.rnd.randrange(7)
        bom = b"\xef\xbb\xbf"
        if choice == 0:
            return bom + data, f"{name}: one BOM"
        if choice == 1:
            return bom + bom + data, f"{name}: two BOMs"
        if choice == 2:
            at = self.rnd.randrange(1, max(2, len(data)))
            return data[:at] + bom + data[at:], f"{name}: BOM at {at}"
        if choice == 3:
            return b"\xfe\xff" + data.decode("utf-8", "replace").encode("utf-16-be"), f"{name}: UTF-16BE with BOM"
        if choice == 4:
            return b"\xff\xfe" + data.decode("utf-8", "replace").encode("utf-16-le"), f"{name}: UTF-16LE with BOM"
        if choice == 5:
            return b"\xff\xfe\x00\x00" + data.decode("utf-8", "replace").encode("utf-32-le"), f"{name}: UTF-32LE"
        return bom[:2] + data, f"{name}: half a BOM"

    def many_tasks(self):
        n = self.rnd.choice([99999, 100000, 100001, 200000])
        strategies = self.rnd.choice([["gather"], ["sequential", "gather"], ["taskgroup", "cf-allof"], ["wait", "invoke-all"]])
        tasks = ",".join('{"name":"t%d","durationMs":%d%s}' % (i, self.rnd.randrange(0, 3600001),
                                                                ',"failureRate":0.5' if i % 3 == 0 else "")
                         for i in range(n))
        runs = ",".join('{"strategy":"%s"}' % s for s in strategies)
        text = '{"format":"gatherlab/scenario@1","name":"many","tasks":[%s],"runs":[%s]}' % (tasks, runs)
        return text.encode(), f"{n} tasks, runs {strategies}"

    def many_runs(self):
        name, tree = self.pick_tree()
        n = self.rnd.choice([15, 16, 17, 100, 10000])
        tree["runs"] = [tree["runs"][i % len(tree["runs"])] for i in range(n)] if isinstance(tree.get("runs"), list) and tree["runs"] else [{"strategy": "gather"}] * n
        return dumps(tree).encode(), f"{name}: {n} runs"

    def big_values(self):
        kind = self.rnd.randrange(4)
        if kind == 0:
            n = self.rnd.choice([2_000_000, 2_000_001])
            body = '{"format":"gatherlab/scenario@1","tasks":[{"name":"A","durationMs":1}],"runs":[{"strategy":"gather"}],"x":[%s]}' % ",".join(["0"] * n)
            return body.encode(), f"{n} values in an unknown list"
        if kind == 1:
            n = self.rnd.choice([65536, 65537, 1_000_000])
            body = '{"format":"gatherlab/scenario@1","description":"%s","tasks":[{"name":"A","durationMs":1}],"runs":[{"strategy":"gather"}]}' % ("d" * n)
            return body.encode(), f"description of {n} chars"
        if kind == 2:
            body = '{"format":"gatherlab/scenario@1","tasks":[{"name":"A","durationMs":1}],"runs":[{"strategy":"gather"}]}' + " " * (32 * 1024 * 1024 - 90)
            return body.encode(), "just under 32 MiB of trailing spaces"
        body = '{"format":"gatherlab/scenario@1","tasks":[{"name":"A","durationMs":1}],"runs":[{"strategy":"gather"}],"pad":"%s"}' % ("p" * (32 * 1024 * 1024))
        return body.encode(), "over 32 MiB"

    def byte_edits(self):
        name, data, _ = self.rnd.choice(self.seeds)
        data = bytearray(data)
        edits = self.rnd.randint(1, 8)
        for _ in range(edits):
            op = self.rnd.randrange(3)
            at = self.rnd.randrange(0, len(data) + 1)
            if op == 0 and data:
                data[min(at, len(data) - 1)] = self.rnd.randrange(256)
            elif op == 1:
                data[at:at] = bytes([self.rnd.choice(b'{}[]":,\\0123456789eE.-+ntfu')])
            elif data:
                del data[min(at, len(data) - 1)]
        return bytes(data), f"{name}: {edits} byte edits"


# How many files of each kind: 3,539 in all, the size of the set.
PLAN = [
    ("wrong-type", 420), ("missing-field", 260), ("extra-field", 300), ("extreme-number", 420), ("bound", 330),
    ("enum", 120), ("unicode", 400), ("duplicate-key", 160), ("deep-nesting", 120), ("truncated", 300),
    ("invalid-utf8", 200), ("bom", 120), ("many-tasks", 12), ("many-runs", 40), ("big-values", 12),
    ("byte-edits", 325),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seeds", default=DEFAULT_SEEDS)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every count (0.1: a tenth of the set)")
    args = ap.parse_args()
    seeds = []
    for f in sorted(os.listdir(args.seeds)):
        p = os.path.join(args.seeds, f)
        if not os.path.isfile(p):
            continue
        data = open(p, "rb").read()
        try:
            tree = json.loads(data)
        except ValueError:
            tree = None
        seeds.append((f, data, tree))
    rnd = random.Random(args.seed)
    m = Mutator(rnd, seeds)
    os.makedirs(args.out, exist_ok=True)
    n = 0
    with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as manifest:
        for category, count in PLAN:
            make = getattr(m, category.replace("-", "_").replace("enum", "enum_noise")
                           .replace("unicode", "unicode_text").replace("bom", "bom"))
            for _ in range(max(1, round(count * args.scale))):
                data, what = make()
                name = f"{n:04d}-{category}.gather.json"
                with open(os.path.join(args.out, name), "wb") as f:
                    f.write(data)
                manifest.write(f"{name}\t{category}\t{what!r}\n")
                n += 1
    print(f"{n} files in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
