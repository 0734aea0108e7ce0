"""Probe: the caller (main) gets two cancel requests in the same loop pass, a timeout and an outside
cancel("caller"), both overdue because a CPU step held the loop. Plain CPython 3.11 asyncio, real time.

Logs every Task.cancel() call (who, message, in which order) and what each task's coroutine caught.

    python3 two_cancels.py STRATEGY CALLER_CANCEL_MS TIMEOUT_MS
"""
import asyncio
import sys
import time

LOG = []
T0 = 0.0


def now():
    return round((time.monotonic() - T0) * 1000)


class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        LOG.append(f"{now():4} ms  {self.get_name()}.cancel(msg={msg!r}) #{self.cancelling() + 1}")
        return super().cancel(msg)


async def io(name, ms):
    try:
        await asyncio.sleep(ms / 1000)
        return name
    except asyncio.CancelledError as e:
        LOG.append(f"{now():4} ms  {name} caught CancelledError{e.args!r}")
        raise


async def cpu(name, ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass
    return name


async def main(strategy, cancel_ms, timeout_ms):
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    me.set_name("main")
    loop.call_at(loop.time() + cancel_ms / 1000, me.cancel, "caller")       # the 1st timer
    try:
        async with asyncio.timeout(timeout_ms / 1000):
            if strategy == "gather":
                tasks = [asyncio.create_task(cpu("A", 300), name="A"), asyncio.create_task(io("B", 500), name="B"),
                         asyncio.create_task(io("C", 600), name="C")]
                await asyncio.gather(*tasks)
            elif strategy == "taskgroup":
                async with asyncio.TaskGroup() as tg:
                    tasks = [tg.create_task(cpu("A", 300), name="A"), tg.create_task(io("B", 500), name="B"),
                             tg.create_task(io("C", 600), name="C")]
            elif strategy == "sequential":
                tasks = []
                await cpu("A", 300)
                await io("B", 500)
    except BaseException as e:
        LOG.append(f"{now():4} ms  main's await raised {type(e).__name__}{e.args!r}"
                   + (f" from {type(e.__cause__).__name__}{e.__cause__.args!r}" if e.__cause__ else "")
                   + f"; main.cancelling() = {me.cancelling()}")
        for t in tasks:
            if t.done() and t.cancelled():
                try:
                    t.result()
                except asyncio.CancelledError as c:
                    LOG.append(f"          {t.get_name()}: cancelled, t.result() raises CancelledError{c.args!r}")
        if isinstance(e, asyncio.CancelledError):
            raise
    else:
        LOG.append(f"{now():4} ms  main's await returned")


if __name__ == "__main__":
    strategy, cancel_ms, timeout_ms = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    loop = asyncio.new_event_loop()
    loop.set_task_factory(lambda loop, coro, context=None: LoggingTask(coro, loop=loop, context=context))
    T0 = time.monotonic()
    try:
        loop.run_until_complete(main(strategy, cancel_ms, timeout_ms))
    except asyncio.CancelledError as e:
        LOG.append(f"{now():4} ms  run_until_complete raised CancelledError{e.args!r}")
    finally:
        loop.close()
    print(f"# {strategy}: caller cancel at {cancel_ms:g} ms, timeout {timeout_ms:g} ms, cpu A 300 on the loop")
    print("\n".join(LOG))
