"""Probe: where in the event loop's passes a 0 ms pool job ends, reaches its asyncio future, and wakes its task.

CPython 3.11, a real ThreadPoolExecutor, jobs that call time.sleep(0). The loop counts its passes
(_run_once); each job notes the pass that was running when its worker began and finished it; the asyncio
future's first done-callback notes the pass in which _chain_future's _set_state ran; the task notes the
pass in which it resumed. A reference task awaits asyncio.sleep(0) in a loop (one pass per step).

    python3 zero_ms_jobs.py [TRIES] [WORKERS] [JOBS]
"""
import asyncio
import collections
import concurrent.futures
import sys
import threading
import time


class CountingLoop(asyncio.SelectorEventLoop):
    passes = 0

    def _run_once(self):
        CountingLoop.passes += 1
        super()._run_once()


def job(name, log):
    log.append((name, "job-started", CountingLoop.passes, threading.current_thread().name))
    time.sleep(0)
    log.append((name, "job-ended", CountingLoop.passes, threading.current_thread().name))


async def pool_task(name, pool, log):
    loop = asyncio.get_running_loop()
    log.append((name, "submits", CountingLoop.passes, "loop"))
    fut = loop.run_in_executor(pool, job, name, log)
    fut.add_done_callback(lambda f: log.append((name, "future-done", CountingLoop.passes, "loop")))
    await fut
    log.append((name, "resumed", CountingLoop.passes, "loop"))


async def reference(log, steps):
    for i in range(steps):
        log.append(("R", f"step {i}", CountingLoop.passes, "loop"))
        await asyncio.sleep(0)


async def main(workers, jobs, warm):
    log = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="w") as pool:
        if warm:   # start the worker threads first, so that the run does not include starting them
            await asyncio.gather(*(asyncio.get_running_loop().run_in_executor(pool, time.sleep, 0.01) for _ in range(workers)))
        CountingLoop.passes = 0
        await asyncio.gather(reference(log, 8), *(pool_task(f"J{i}", pool, log) for i in range(jobs)))
    return log


def once(workers, jobs, warm):
    loop = CountingLoop()
    try:
        return loop.run_until_complete(main(workers, jobs, warm))
    finally:
        loop.close()


if __name__ == "__main__":
    tries = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    warm = "--cold" not in sys.argv
    shapes = collections.Counter()
    for t in range(tries):
        log = once(workers, jobs, warm)
        shape = " | ".join(f"{n} {what}@{p}" for n, what, p, _ in log if n != "R")
        shapes[shape] += 1
        if t == 0:
            for n, what, p, th in log:
                print(f"  pass {p:2}  {n:3} {what:12} ({th})")
    print(f"{tries} tries, {workers} worker(s), {jobs} jobs, {'warm' if warm else 'cold'} pool:")
    for shape, n in shapes.most_common():
        print(f"{n:4} × {shape}")
    # The same, counted: passes between a job's end and its task's resumption; whether the worker took the
    # next job in the pass its previous one ended in (no loop pass in between).
    delivery, handoff, earliest = collections.Counter(), collections.Counter(), collections.Counter()
    for shape, n in shapes.items():
        ev = {}
        for part in shape.split(" | "):
            name, rest = part.split(" ", 1)
            what, p = rest.rsplit("@", 1)
            ev[(name, what)] = int(p)
        for i in range(jobs):
            j = f"J{i}"
            delivery[ev[(j, "resumed")] - ev[(j, "job-ended")]] += n
            earliest[ev[(j, "resumed")] - ev[(j, "submits")]] += n
            if i > 0 and workers == 1:
                handoff["same pass" if ev[(j, "job-started")] == ev[(f"J{i-1}", "job-ended")] else "later pass"] += n
    print("passes from a job's end to its task's resumption:", dict(sorted(delivery.items())))
    print("passes from the submitting step to the resumption:", dict(sorted(earliest.items())))
    if handoff:
        print("the worker took the next job in the pass the previous one ended in:", dict(handoff))
