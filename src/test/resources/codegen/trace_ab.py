"""Does the report's instrumentation change what asyncio does? (test helper for PythonInstrumentationTest)

usage: python3 trace_ab.py PROGRAM.py

Runs the generated program twice on its virtual loop, each time in a fresh interpreter, and logs every
callback the loop runs (loop time, and which callback: a task's step or wakeup, a future's callback, a
timer...). Once as generated; once "plain": no task factory (plain asyncio.Task objects) and no
StepRecorder around the bodies' coroutines. The fixed orders (timer ties, TaskGroup aborts, teardown)
stay, since they are part of the contract. Prints "same <n>" when both traces are identical, else the
first difference.
"""
import asyncio
import contextlib
import io
import subprocess
import sys

PLAIN = [
    ("    loop.set_task_factory(ReportingTask.factory)\n", ""),
    ("        return StepRecorder(body(t), t)\n", "        return body(t)\n"),
    ("_Job(_RECORDING.current,", "_Job(_RECORDING.current or Record(TASKS[0]),"),
    ("key=lambda t: t.creation_index", "key=lambda t: int(t.get_name().split('-')[1])"),
]


def source(path, plain):
    src = open(path, encoding="utf-8").read()
    if plain:
        for old, new in PLAIN:
            if old not in src:
                sys.exit(f"trace_ab.py is out of date: the program has no {old!r}")
            src = src.replace(old, new)
    return src


def label(handle):
    cb = handle._callback
    owner = getattr(cb, "__self__", None)
    name = getattr(cb, "__name__", None) or type(cb).__name__
    if isinstance(owner, asyncio.Task):
        return f"{owner.get_name()}.{name}"
    if isinstance(owner, asyncio.Future):
        return f"future.{name}"
    return getattr(cb, "__qualname__", name)


def trace(path, plain):
    log = []
    original = asyncio.events.Handle._run

    def run(self):
        log.append((self._loop.time(), label(self)))
        return original(self)

    asyncio.events.Handle._run = run
    sys.argv = [path, "--virtual"]
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source(path, plain), path, "exec"), {"__name__": "__main__"})
    return log


if __name__ == "__main__":
    path = sys.argv[1]
    if len(sys.argv) > 2:
        print(repr(trace(path, sys.argv[2] == "plain")))
        sys.exit()
    runs = [subprocess.run([sys.executable, "-I", __file__, path, variant], capture_output=True, text=True)
            for variant in ("instrumented", "plain")]
    for r in runs:
        if r.returncode:
            sys.exit(r.stderr)
    a, b = (eval(r.stdout) for r in runs)
    if a == b:
        print("same", len(a))
    else:
        i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"DIFF at callback {i}: instrumented {a[i:i + 3]} vs plain {b[i:i + 3]} ({len(a)} vs {len(b)} callbacks)")
