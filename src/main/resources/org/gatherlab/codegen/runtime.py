## The fixed part of every Python program GatherLab writes (sections 3 to 7): virtual time, process pools,
## cancellation causes, recording, running and reporting. codegen/PythonProgram writes sections 1 and 2
## (the imports, the scenario as data, body() and main()) for each run and appends this file after them,
## without these "##" lines; so names such as asyncio, sys, TASKS or RUN are defined there, not here.
## Tests compile it (python3 -m py_compile) and run the programs made from it against the engine.
# ════════════════════════════════════════════════════════════════════════════════════════════
# 3. Time: real, or virtual
#    Durations in the program are milliseconds; ms(x) turns them into loop time units: seconds on
#    a real loop, milliseconds on the virtual one (so that virtual times stay exact).
# ════════════════════════════════════════════════════════════════════════════════════════════

_ARGS = sys.argv[1:]
VIRTUAL = "--virtual" in _ARGS
AS_JSON = "--json" in _ARGS or (VIRTUAL and "--text" not in _ARGS)
_RUN_STARTED_AT = 0.0           # the loop's time() when the run began (0 on the virtual loop)


def ms(x):
    """x milliseconds in the loop's unit of time (None stays None)."""
    if x is None or VIRTUAL:
        return x
    return x / 1000


def at(x):
    """The loop time that is x ms after the run began (for loop.call_at)."""
    return _RUN_STARTED_AT + ms(x)


def clock_ms():
    """Milliseconds since the run began."""
    elapsed = asyncio.get_running_loop().time() - _RUN_STARTED_AT
    return elapsed if VIRTUAL else elapsed * 1000


def compute(d):
    """CPU work on the loop's own thread for d ms: no await, so nothing else can run meanwhile."""
    if VIRTUAL:
        asyncio.get_running_loop().advance(d)
    else:
        _spin(ms(d))


def crunch(seconds):
    """A pool job: CPU work in a worker process. Returns when it ran (time.monotonic, like the loop)."""
    started = time.monotonic()
    _spin(seconds)
    return started, time.monotonic()


def _spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """CPython's own event loop, except that time() is a virtual clock in milliseconds.

    _run_once is CPython's, unchanged: move the due timers to the ready queue, then run exactly the
    callbacks that were ready when the pass began. Only three things differ:
    - where the real loop would block in select() until the next timer, the clock jumps to it;
    - a timer is due when its time <= now (the clock resolution is the smallest step above now);
    - timers due at the same instant fire in the order they were scheduled.
    """

    def __init__(self):
        super().__init__(selector=_NeverBlockingSelector())
        self._selector.loop = self
        self._now = 0.0
        self._clock_resolution = math.ulp(0.0)
        self._timer_sequence = itertools.count()

    def time(self):
        return self._now

    def advance(self, d):
        """CPU work on the loop thread: the clock moves on while this callback runs."""
        self._advance_to(self._now + d)

    def _advance_to(self, t):
        self._now = float(t)
        # _run_once treats a timer as due when  when < time() + _clock_resolution; with the
        # resolution set to one ulp of now, that is exactly  when <= now.
        self._clock_resolution = math.ulp(self._now)

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at, with a timer handle that remembers the order of scheduling.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _SequencedTimerHandle(when, callback, args, self, context, next(self._timer_sequence))
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class _NeverBlockingSelector(selectors.DefaultSelector):
    """select(timeout) jumps the virtual clock to the next timer instead of waiting for it."""
    loop = None

    def select(self, timeout=None):
        loop = self.loop
        if timeout is None:
            raise RuntimeError("virtual time: the loop would wait forever (nothing is scheduled)")
        if timeout > 0:
            loop._advance_to(loop._scheduled[0]._when)
        return super().select(0)


class _SequencedTimerHandle(asyncio.TimerHandle):
    """A TimerHandle ordered by (when, order of scheduling) in the loop's heap."""
    __slots__ = ("_sequence",)

    def __init__(self, when, callback, args, loop, context, sequence):
        super().__init__(when, callback, args, loop, context)
        self._sequence = sequence

    def _key(self):
        return self._when, self._sequence

    def __lt__(self, other): return self._key() < other._key()
    def __le__(self, other): return self._key() <= other._key()
    def __gt__(self, other): return self._key() > other._key()
    def __ge__(self, other): return self._key() >= other._key()


def _new_loop():
    """The loop for asyncio.Runner: CPython's own, on a virtual or the real clock."""
    global _RUN_STARTED_AT
    loop = VirtualTimeLoop() if VIRTUAL else asyncio.new_event_loop()
    loop.set_task_factory(ReportingTask.factory)
    _RUN_STARTED_AT = loop.time()
    return loop


# ════════════════════════════════════════════════════════════════════════════════════════════
# 4. Process pools (cpu: processes): the real ProcessPoolExecutor, or a virtual one
# ════════════════════════════════════════════════════════════════════════════════════════════

class VirtualProcessPool(concurrent.futures.Executor):
    """A process pool on the virtual clock, for loop.run_in_executor(pool, crunch, d).

    submit() returns a real concurrent.futures.Future, so asyncio chains it exactly as it chains a
    real pool's. Jobs wait in one FIFO queue for `workers` slots; a started job takes d of virtual
    time and then sets its future's result. A job of 0 ms sets it at once, and its worker goes on to
    the next job without waiting for the loop, as a pool's worker thread does. A queued job whose
    future was cancelled (asyncio does that when the awaiting task is cancelled) is withdrawn; a
    started one runs to its end.
    """

    def __init__(self, workers):
        self._free = workers
        self._queue = collections.deque()
        self._running = []

    def submit(self, fn, seconds, /):
        job = _Job(_RECORDING.current, seconds, concurrent.futures.Future())
        self._queue.append(job)
        self._start_queued(asyncio.get_running_loop().time())
        return job.future

    def _start_queued(self, now):
        while self._free and self._queue:
            job = self._queue.popleft()
            if not job.future.set_running_or_notify_cancel():
                continue                                   # cancelled while queued: withdrawn
            self._free -= 1
            job.start, job.end = now, now + job.duration
            job.record.job_start = now - _RUN_STARTED_AT
            self._running.append(job)
            if job.duration == 0:
                self._end(job)                             # nothing to wait for
                continue
            loop = asyncio._get_running_loop()
            if loop is not None:
                job.timer = loop.call_at(job.end, self._finish, job)

    def _finish(self, job):
        self._end(job)
        self._start_queued(job.end)

    def _end(self, job):
        self._running.remove(job)
        job.record.job_end = job.end - _RUN_STARTED_AT
        job.future.set_result((job.start, job.end))
        self._free += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        # Like ProcessPoolExecutor.shutdown(wait=True) after the loop has closed: every started
        # job runs to its end (and starts what is still queued), on the virtual clock.
        while self._running:
            job = min(self._running, key=lambda j: (j.end, j.timer._sequence if j.timer else 0))
            if job.timer is not None:
                job.timer.cancel()
            self._finish(job)


class _Job:
    def __init__(self, record, duration, future):
        self.record, self.duration, self.future = record, duration, future
        self.start = self.end = self.timer = None


class TimedProcessPool(concurrent.futures.ProcessPoolExecutor):
    """A real ProcessPoolExecutor that notes when each job ran (for the report)."""

    def submit(self, fn, /, *args, **kwargs):
        record = _RECORDING.current
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._note(record, f))
        return future

    @staticmethod
    def _note(record, future):
        if not future.cancelled() and future.exception() is None:
            started, ended = future.result()
            record.job_start = (started - _RUN_STARTED_AT) * 1000
            record.job_end = (ended - _RUN_STARTED_AT) * 1000


# ════════════════════════════════════════════════════════════════════════════════════════════
# 5. Cancellation causes and two fixed orders
#    Every task is a ReportingTask: an asyncio.Task that remembers why it was first asked to
#    cancel. A cause comes with the request, as the cancel message ("self", "caller", which
#    gather passes on to its children), or from the code that is cancelling (a timeout expiring,
#    a TaskGroup aborting, asyncio.run's teardown).
#    CPython walks a set when a TaskGroup aborts and when asyncio.run() cancels what is left at
#    exit, so the order is arbitrary; this program walks the tasks in creation order instead.
# ════════════════════════════════════════════════════════════════════════════════════════════

CAUSES = ("taskgroup", "timeout", "caller", "self", "exit")
_cause_in_progress = [None]


@contextlib.contextmanager
def cancelling_because(cause):
    saved = _cause_in_progress[0]
    _cause_in_progress[0] = cause
    try:
        yield
    finally:
        _cause_in_progress[0] = saved


class ReportingTask(asyncio.Task):
    _created = itertools.count()

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.creation_index = next(ReportingTask._created)
        self.cancel_cause = None

    @staticmethod
    def factory(loop, coro, context=None):
        task = ReportingTask(coro, loop=loop, context=context)
        if _RECORDING.main_task is None:
            _RECORDING.main_task = task        # the first task is main()'s
        return task

    def cancel(self, msg=None):
        cause = msg if msg in CAUSES else _cause_in_progress[0]
        if cause is None:        # Ctrl-C: asyncio.run cancels main() without a word
            cause = "caller" if self is _RECORDING.main_task else "unknown"
        if self.cancel_cause is None and not self.done():
            self.cancel_cause = cause
        with cancelling_because(cause):   # what this cancels in turn (gather's children) shares the cause
            return super().cancel(msg)


def _cause_of(task):
    return getattr(task, "cancel_cause", None) or "unknown"


_original_on_timeout = asyncio.timeouts.Timeout._on_timeout
_original_on_task_done = asyncio.TaskGroup._on_task_done


def _timeout_expired(self):
    with cancelling_because("timeout"):
        _original_on_timeout(self)


def _taskgroup_task_done(self, task):
    with cancelling_because("taskgroup"):       # a failure also cancels the parent task
        _original_on_task_done(self, task)


def _taskgroup_abort(self):
    # TaskGroup._abort, in creation order. It aborts because a task failed, or because the task
    # around it (the caller) was cancelled, and then it passes that cancellation's cause on.
    cause = "taskgroup" if self._errors else _cause_of(self._parent_task)
    self._aborting = True
    with cancelling_because(cause):
        for t in sorted(self._tasks, key=lambda t: t.creation_index):
            if not t.done():
                t.cancel()


def _cancel_all_tasks(loop):
    # asyncio.runners._cancel_all_tasks (asyncio.run's teardown), in creation order.
    to_cancel = sorted(asyncio.all_tasks(loop), key=lambda t: t.creation_index)
    if not to_cancel:
        return
    with cancelling_because("exit"):
        for task in to_cancel:
            task.cancel()
    loop.run_until_complete(asyncio.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _install_causes_and_orders():
    asyncio.timeouts.Timeout._on_timeout = _timeout_expired
    asyncio.TaskGroup._on_task_done = _taskgroup_task_done
    asyncio.TaskGroup._abort = _taskgroup_abort
    asyncio.runners._cancel_all_tasks = _cancel_all_tasks


# ════════════════════════════════════════════════════════════════════════════════════════════
# 6. Recording what happened
#    @reported wraps each body's coroutine in a StepRecorder, which sees every step the body
#    takes (each send/throw from the task or from the caller awaiting it inline) and notes its
#    time. A global step counter gives the causal order ("after the caller's await ended").
# ════════════════════════════════════════════════════════════════════════════════════════════

class Record:
    """What the report says about one task."""

    def __init__(self, spec):
        self.spec = spec
        self.name = spec.name
        self.state = "not-started"
        self.start = self.end = self.permit = self.job_start = self.job_end = None
        self.last_step = None
        self.exception = None
        self.task = None


class _Recording:
    def __init__(self):
        self.records = {t.name: Record(t) for t in TASKS}
        self.steps = itertools.count(1)
        self.current = None                 # the record whose body is taking a step
        self.completion_order = []
        self.returned_at = None
        self.returned_step = None
        self.outcome = None
        self.main_task = None


_RECORDING = None


class StepRecorder(collections.abc.Coroutine):
    """A body's coroutine, seen step by step: it passes every send/throw on, unchanged."""

    def __init__(self, coro, t):
        self._coro = coro
        self._record = _RECORDING.records[t.name]

    def send(self, value):
        return self._step(self._coro.send, value)

    def throw(self, *exc):
        return self._step(self._coro.throw, *exc)

    def close(self):
        self._coro.close()

    def __await__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, resume, *args):
        rec = self._record
        rec.last_step = next(_RECORDING.steps)
        if rec.start is None:
            rec.start = clock_ms()
            rec.state = "running"
            task = asyncio.current_task()
            if task is not _RECORDING.main_task:
                rec.task = task
            _say(rec.start, f"{rec.name} starts")
        saved, _RECORDING.current = _RECORDING.current, rec
        try:
            return resume(*args)
        except StopIteration:
            _settled(rec, "succeeded", None)
            raise
        except TaskFailed as exc:
            _settled(rec, "failed", exc)
            raise
        except asyncio.CancelledError as exc:
            _settled(rec, "cancelled", exc)
            raise
        finally:
            _RECORDING.current = saved


def _settled(rec, state, exc):
    rec.state = state
    rec.end = clock_ms()
    rec.exception = exc
    _RECORDING.completion_order.append(rec.name)
    after = " (after the caller's await had ended)" if _after_return(rec) else ""
    if state == "cancelled":
        cause = _cause_of(rec.task if rec.task is not None else _RECORDING.main_task)
        _say(rec.end, f"{rec.name} is cancelled: {_CAUSE_WORDS.get(cause, cause)}{after}")
    else:
        _say(rec.end, f"{rec.name} {state}{after}")


def _after_return(rec):
    return (_RECORDING.returned_step is not None and rec.last_step is not None
            and rec.last_step > _RECORDING.returned_step)


def got_permit(t):
    """The body is inside `async with sem:`."""
    rec = _RECORDING.records[t.name]
    rec.permit = clock_ms()
    _say(rec.permit, f"{t.name} gets a permit")


def _caller_done(outcome, words):
    _RECORDING.returned_step = next(_RECORDING.steps)
    _RECORDING.returned_at = clock_ms()
    _RECORDING.outcome = outcome
    _say(_RECORDING.returned_at, words)


def _result_entry(value, name=None):
    if isinstance(value, BaseException):
        if name is None:
            name = value.args[0]
        return {"task": name, "error": type(value).__name__}
    return {"task": value if name is None else name, "value": value}


def caller_returned(results, in_order_of=None):
    """The caller's await returned `results`: values, or exceptions returned as values.
    in_order_of: the tasks the results belong to, position by position (None: a result names its
    task itself: "A" or TaskFailed("A"))."""
    names = [t.name for t in in_order_of] if in_order_of is not None else [None] * len(results)
    entries = [_result_entry(r, n) for r, n in zip(results, names)]
    _caller_done({"kind": "returned", "results": entries}, f"the caller's await returns {list(results)!r}")


def caller_returned_wait(done, pending, tasks):
    """asyncio.wait returned (done, pending): two sets; the report lists them in input order."""
    done_names = [t.name for task, t in zip(tasks, TASKS) if task in done]
    pending_names = [t.name for task, t in zip(tasks, TASKS) if task in pending]
    _caller_done({"kind": "returned", "done": done_names, "pending": pending_names},
                 f"asyncio.wait returns done={done_names}, pending={pending_names}")


def caller_raised(exc):
    """The caller's await raised exc."""
    name = type(exc).__name__
    if isinstance(exc, TaskFailed):
        carried = [exc.args[0]]
    elif isinstance(exc, BaseExceptionGroup):
        carried = [e.args[0] for e in exc.exceptions]
    elif isinstance(exc, asyncio.CancelledError) and asyncio.current_task().cancelling() == 0:
        carried = _cancelled_child(exc)               # a child was cancelled on its own
    else:
        carried = []                                  # TimeoutError, or the caller was cancelled
    _caller_done({"kind": "raised", "exception": name, "tasks": carried},
                 f"the caller's await raises {exc!r}")


def _cancelled_child(exc):
    # The CancelledError that reached the caller is the very one raised inside that child.
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        for rec in _RECORDING.records.values():
            if rec.exception is exc:
                return [rec.name]
        exc = exc.__context__
    return []


def _say(t, words):
    if AS_JSON:
        return
    try:    # the live log must never change what the tasks do, even if stdout is gone
        print(f"[{t:9.1f} ms] {words}" if not VIRTUAL else f"[{_num(t):>7} ms] {words}")
    except OSError:
        pass


# ════════════════════════════════════════════════════════════════════════════════════════════
# 7. Running it, and the report
# ════════════════════════════════════════════════════════════════════════════════════════════

pool = None                                # the process pool, when cpu work runs on one


async def _drain():
    """onExit "drain": keep the loop running until every task has settled."""
    rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if rest:
        await asyncio.wait(rest)


def draw(seed, i):
    """The contract's SplitMix64 draw for the task at 0-based position i (unsigned 64-bit)."""
    mask = (1 << 64) - 1
    z = (seed + 0x9E3779B97F4A7C15 * (i + 1)) & mask
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
    z = z ^ (z >> 31)
    return (z >> 11) * 2.0 ** -53


def _check_failure_plan():
    for i, t in enumerate(TASKS):
        if (draw(SEED, i) < t.failure_rate) != t.fails:
            sys.exit(f"bug: task {t.name!r}: the generator and this program disagree on whether it fails")


def run(main):
    """asyncio.run(main()), on this program's loop; then drain (or tear down) and report."""
    global pool, _RECORDING
    if sys.version_info[:2] != (3, 11):
        print(f"note: written for CPython 3.11; this is {sys.version.split()[0]}, details may differ",
              file=sys.stderr)
    _check_failure_plan()
    _install_causes_and_orders()
    if not AS_JSON:
        clock = "on a virtual clock (ms)" if VIRTUAL else "in real time"
        print(f"{SCENARIO}: {LABEL} over {len(TASKS)} task(s), {clock}")
    _RECORDING = _Recording()
    if RUN["cpu"] == "processes":
        pool_cm = VirtualProcessPool(RUN["workers"]) if VIRTUAL else TimedProcessPool(RUN["workers"])
    else:
        pool_cm = contextlib.nullcontext()
    with pool_cm:
        pool = pool_cm if RUN["cpu"] == "processes" else None
        with asyncio.Runner(loop_factory=_new_loop) as runner:
            runner.run(main())
            if RUN["onExit"] == "drain":
                runner.run(_drain())
        # Leaving the Runner is asyncio.run()'s teardown: cancel every unfinished task, run
        # until they have settled. Leaving the pool waits for the jobs that are running.
    report = _report()
    if AS_JSON:
        print(json.dumps(report, ensure_ascii=True))
    else:
        _print_words(report)


def _num(x):
    """A time for the report: an integer when it is one (virtual times are exact)."""
    if x is None:
        return None
    if VIRTUAL and float(x).is_integer():
        return int(x)
    return x if VIRTUAL else round(x, 3)


def _options():
    options = {}
    if RUN["strategy"] in ("sequential", "gather", "as_completed"):
        options["returnExceptions"] = RUN["returnExceptions"]
    if RUN["strategy"] == "wait":
        options["returnWhen"] = RUN["returnWhen"]
    options["cpu"] = RUN["cpu"]
    options["onExit"] = RUN["onExit"]
    if RUN["cpu"] == "processes":
        options["workers"] = RUN["workers"]
    for key in ("timeoutMs", "cancelAtMs", "limit"):
        if RUN[key] is not None:
            options[key] = RUN[key]
    return options


def _task_report(rec):
    task = rec.task
    if task is not None and task.done():      # the task object has the last word on its state
        if task.cancelled():
            rec.state = "cancelled"
        elif task.exception() is not None:
            rec.state = "failed"
        else:
            rec.state = "succeeded"
    cause = None
    if rec.state == "cancelled":
        cause = _cause_of(task if task is not None else _RECORDING.main_task)
    entry = {"name": rec.name, "state": rec.state, "startMs": _num(rec.start), "endMs": _num(rec.end),
             "afterReturn": _after_return(rec), "cancelCause": cause}
    for key, value in (("permitMs", rec.permit), ("jobStartMs", rec.job_start), ("jobEndMs", rec.job_end)):
        if value is not None:
            entry[key] = _num(value)
    return entry


def _report():
    recs = _RECORDING.records
    tasks = [_task_report(recs[t.name]) for t in TASKS]
    ends = [r.end for r in recs.values() if r.end is not None]
    run = {
        "label": LABEL,
        "strategy": RUN["strategy"],
        "options": _options(),
        "returnedAtMs": _num(_RECORDING.returned_at),
        "settledAtMs": _num(max(ends) if ends else _RECORDING.returned_at),
        "outcome": _RECORDING.outcome,
        "completionOrder": list(_RECORDING.completion_order),
        "tasks": tasks,
        "events": [],
    }
    return {"format": "gatherlab/report@1", "scenario": SCENARIO,
            "clock": "virtual" if VIRTUAL else "real", "runs": [run]}


_CAUSE_WORDS = {"taskgroup": "the TaskGroup aborted after a sibling failed",
                "timeout": "the timeout expired", "caller": "the caller was cancelled",
                "self": "its own cancelAtMs", "exit": "asyncio.run()'s teardown at exit"}


def _print_words(report):
    run = report["runs"][0]
    unit = "ms (virtual)" if VIRTUAL else "ms"
    print()
    print(f"{LABEL}: the caller's await ended at {run['returnedAtMs']} {unit}; "
          f"the last task settled at {run['settledAtMs']} {unit}.")
    outcome = run["outcome"]
    if outcome["kind"] == "raised":
        carried = f" carrying {', '.join(outcome['tasks'])}" if outcome["tasks"] else ""
        print(f"It raised {outcome['exception']}{carried}.")
    elif "done" in outcome:
        print(f"It returned done={outcome['done']}, pending={outcome['pending']}.")
    else:
        shown = [r["value"] if "value" in r else f"{r['error']}({r['task']})" for r in outcome["results"]]
        print(f"It returned {shown}.")
    for t in run["tasks"]:
        if t["state"] == "not-started":
            print(f"  {t['name']:<12} never started")
            continue
        line = f"  {t['name']:<12} {t['state']:<10} from {t['startMs']} to {t['endMs']} {unit}"
        if t.get("permitMs") is not None:
            line += f", permit at {t['permitMs']}"
        if t.get("jobStartMs") is not None:
            line += f", pool job {t['jobStartMs']}-{t.get('jobEndMs')}"
        if t["cancelCause"]:
            line += f", cancelled because {_CAUSE_WORDS.get(t['cancelCause'], t['cancelCause'])}"
        if t["afterReturn"]:
            line += " (after the caller's await had ended)"
        print(line)
