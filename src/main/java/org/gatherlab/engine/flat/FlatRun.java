package org.gatherlab.engine.flat;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Clock;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.TraceLog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The flat path: the reference program's Python runs with no timeout and no cancel time ({@code gather},
 * {@code sequential}, {@code taskgroup}, {@code wait}, {@code as_completed}: the caller's await is a {@link FlatAwait};
 * I/O tasks, CPU tasks on the loop or in a process pool ({@link FlatPool}); a semaphore or none ({@link FlatSemaphore});
 * either {@code onExit}) on the virtual clock, with no object per task. It is the literal port ({@code engine.asyncio} + {@code engine.program}, which stays the readable
 * reference) with every object it makes per task turned into a slot of a primitive array indexed by the task's
 * position: a {@code Task}, its {@code Body} and its {@code Sleep} become a few bytes of state, the ready queue is a
 * ring of ints (an operation and a task), the timers are {@link FlatTimers}. It keeps the port's mechanics one for
 * one (what a pass of {@code _run_once} runs, which callbacks a future schedules and in which order), so the trace's
 * columns come out row for row the same; {@code FlatRunEqualityTest} runs both over thousands of random scenarios and
 * compares every column of every row and the reports. {@link #covers} says which runs it takes; any other goes to
 * the port.
 */
public final class FlatRun {
    // What a ready-queue entry does: the operation in the low 4 bits, the task above them. JOB_DONE is a pool job's
    // call_soon_threadsafe hand-over, WITHDRAW the job's asyncio future's first done-callback (Executor).
    private static final int STEP = 0, WAKE = 1, FIRE = 2, TASK_DONE = 3, TEARDOWN_DONE = 4, MAIN_RUN = 5,
            MAIN_WAKE = 6, STOP = 7, JOB_DONE = 8, WITHDRAW = 9, OP_BITS = 4, OP = (1 << OP_BITS) - 1;
    // A future's state (a task's, a sleep's).
    private static final byte PENDING = 0, RESULT = 1, FAILED = 2, CANCELLED = 3;
    // A task's state is one int, so that the task a timer wakes costs one cache line, not one per object or array:
    // its future's state (bits 0-1), its sleep's (bits 2-3), then flags: its body got past the start; it awaits its
    // sleep (futWaiter); a cancel waits for its next step (mustCancel); its timer was cancelled; somebody awaits its
    // sleep; teardown's gather awaits it; its body sleeps (an I/O task with time to wait); it fails; it is a pool job;
    // it awaits a semaphore's permit (its waiter: the task's WAITING means that future then, not its sleep); it holds one.
    // A pool job's task awaits the job's asyncio future where an I/O task awaits its sleep: the same bits keep it.
    private static final int FUTURE = 3, SLEEP_SHIFT = 2, SLEEP = 3 << SLEEP_SHIFT;
    private static final int WORKED = 1 << 4, WAITING = 1 << 5, MUST_CANCEL = 1 << 6, TIMER_CANCELLED = 1 << 7,
            SLEEP_AWAITED = 1 << 8, IN_TEARDOWN = 1 << 9, SLEEPS = 1 << 10, FAILS = 1 << 11, JOB = 1 << 12,
            ACQUIRING = 1 << 13, HOLDS = 1 << 14;
    // What a body's step ended with.
    private static final int AWAIT = 0, YIELD = 1, RET = 2, RAISED = 3, CANCELLED_OUT = 4, AWAIT_PERMIT = 5;

    private final List<TaskSpec> specs;
    private final long seed;
    private final RunSpec run;
    private final int n;
    private final boolean sequential;
    /** How the caller awaits the tasks ({@link FlatAwait}); null for sequential, whose caller runs the bodies itself. */
    private final FlatAwait await;
    /** The caller's wait removed its done-callbacks: a task settling later calls none. */
    private boolean callbacksRemoved;
    // Why a child is cancelled, the one cause in a flat run: asyncio.run()'s teardown, or a task group's abort.
    private final double cause;
    private final TraceLog log;
    private final FlatTimers timers;
    /** The run's process pool, when it has one and a CPU task to send there; null otherwise. */
    private final FlatPool pool;
    /** The run's semaphore ({@code limit}), or null. */
    private final FlatSemaphore semaphore;
    /** Pool jobs' hand-overs to the loop (call_soon_threadsafe): they join the ready queue at the next pass's start. */
    private final IntQueue handed = new IntQueue(16);
    private double now;
    /** The ready queue: each entry an operation and a task ({@link #post}). */
    private final IntQueue ready;
    // When each timer that joined this pass was due (for a late timer's mark), in the order they joined: they run in
    // that order within the pass, so a counter finds each one's.
    private double[] due = new double[64];
    private int dueCount;
    private int dueNext;
    private boolean stopping;
    private int unfinished;

    private final int[] state;

    // asyncio.run()'s teardown gather
    private int tornDown, tearingDown;
    private boolean teardownDone;
    // sequential: the body the caller is in, -1 before the first
    private int current = -1;
    private List<Outcome.Result> results;
    private Outcome outcome;

    private FlatRun(List<TaskSpec> specs, long seed, RunSpec run) {
        this.specs = specs;
        this.run = run;
        this.n = specs.size();
        this.sequential = run.strategy() == Strategy.SEQUENTIAL;
        this.await = FlatAwait.of(this, run, n);
        this.cause = TraceLog.ordinal(await instanceof FlatTaskGroup ? CancelCause.TASKGROUP : CancelCause.EXIT);
        this.seed = seed;
        this.log = new TraceLog(n * 5 + 16);
        this.timers = new FlatTimers(n);
        this.ready = new IntQueue(n + 1);
        this.state = new int[n];
        this.pool = run.cpu() == CpuMode.PROCESSES && specs.stream().anyMatch(t -> t.kind() == TaskKind.CPU)
                ? new FlatPool(this, run.workers(), n) : null;
        this.semaphore = run.limit() == null ? null : new FlatSemaphore(this, run.limit(), n);
    }

    /** Whether the flat path takes this run ({@link FlatDomain}); anything else runs on the literal port. */
    public static boolean covers(List<TaskSpec> specs, RunSpec run, Clock clock, TraceListener listener) {
        return FlatDomain.covers(specs, run, clock, listener);
    }

    /** Runs a run that {@link #covers} takes; its trace is the literal port's, column for column. */
    public static Trace run(List<TaskSpec> specs, long seed, RunSpec run) {
        FlatRun r = new FlatRun(specs, seed, run);
        r.go();
        return new Trace(specs, run, ClockKind.VIRTUAL, r.log, r.outcome, null);
    }

    /** {@code ReferenceProgram.run}: the caller's task, run_forever, the teardown, then until every task settled. */
    private void go() {
        unfinished = 1;
        post(MAIN_RUN, 0);
        runForever();
        if (run.onExit() == OnExit.CANCEL) tearDown();
        while (unfinished != 0) runOnce();
        // Like leaving `with ProcessPoolExecutor(...)`: jobs already running finish.
        if (pool != null) while (!pool.idle()) runOnce();
    }

    private void runForever() {
        do runOnce(); while (!stopping);
        stopping = false;
    }

    /** One pass of {@code _run_once}: due timers join the ready queue, then exactly what was ready runs. */
    private void runOnce() {
        while (!timers.isEmpty() && (state[timers.peek()] & TIMER_CANCELLED) != 0) timers.poll();
        if (ready.isEmpty() && handed.isEmpty()) {
            if (timers.isEmpty()) throw new IllegalStateException("the loop would idle forever: nothing is scheduled");
            double due = timers.peekWhen();
            if (due > now) now = due;
        }
        while (!handed.isEmpty()) post(JOB_DONE, handed.poll());
        dueCount = 0;
        dueNext = 0;
        while (!timers.isEmpty() && timers.peekWhen() <= now) {
            if (dueCount == due.length) due = Arrays.copyOf(due, dueCount * 2);
            due[dueCount++] = timers.peekWhen();
            post(FIRE, timers.poll());
        }
        for (int k = ready.size(); k > 0; k--) {
            int code = ready.poll();
            int i = code >>> OP_BITS;
            switch (code & OP) {
                case STEP -> step(i, false);
                case WAKE -> step(i, has(i, ACQUIRING) ? semaphore.cancelled(i) : sleepState(i) == CANCELLED);
                case FIRE -> fire(i, due[dueNext++]);
                case TASK_DONE -> await.taskDone(i);
                case TEARDOWN_DONE -> teardownDone(i);
                case MAIN_RUN -> mainStep();
                case MAIN_WAKE -> mainWake();
                case STOP -> stopping = true;
                case JOB_DONE -> jobDone(i);
                default -> withdraw(i);
            }
        }
    }

    private void post(int op, int task) { ready.add(task << OP_BITS | op); }

    void trace(TraceLog.Kind kind, int task, double value) { log.add(kind, task, now, value); }

    double now() { return now; }

    /** A pool job's timer (its task's id: a CPU task has no sleep). */
    void scheduleJob(int i, double when) { timers.add(i, when); }

    /** {@code call_soon_threadsafe}: task {@code i}'s job hands over its result (or its withdrawal). */
    void threadsafe(int i) { handed.add(i); }

    /** The hand-over ({@code Executor}): the job's result completes the awaited future, unless it was cancelled. */
    private void jobDone(int i) {
        if (sleepState(i) == CANCELLED) return;
        if (!pool.withdrawn(i)) {
            set(i, RESULT << SLEEP_SHIFT);
            sleepDone(i);
        }
    }

    /** The awaited future's first done-callback: a cancelled one withdraws its job if no worker took it yet. */
    private void withdraw(int i) {
        if (sleepState(i) == CANCELLED && pool.withdraw(i)) trace(TraceLog.Kind.JOB_WITHDRAWN, i, 0);
    }

    private int futureState(int i) { return state[i] & FUTURE; }

    private int sleepState(int i) { return (state[i] & SLEEP) >> SLEEP_SHIFT; }

    private boolean has(int i, int flag) { return (state[i] & flag) != 0; }

    private void set(int i, int flag) { state[i] |= flag; }

    private void clear(int i, int flag) { state[i] &= ~flag; }

    // ---- a task: Task.__step around its body, Task.cancel ----

    /** {@code Task.__step}: {@code cancelled} is a CancelledError sent in (its sleep was cancelled). */
    private void step(int i, boolean cancelled) {
        if (futureState(i) != PENDING) throw new IllegalStateException("_step(): already done");
        if (has(i, MUST_CANCEL)) cancelled = true;
        clear(i, MUST_CANCEL | WAITING);
        int r = body(i, cancelled);
        switch (r) {
            case RET -> {
                if (has(i, MUST_CANCEL)) {
                    clear(i, MUST_CANCEL);
                    complete(i, CANCELLED);
                } else {
                    complete(i, RESULT);
                }
            }
            case RAISED -> complete(i, FAILED);
            case CANCELLED_OUT -> complete(i, CANCELLED);
            case AWAIT -> {
                awaitSleep(i);
                set(i, WAITING);
                if (has(i, MUST_CANCEL) && cancelSleep(i)) clear(i, MUST_CANCEL);
            }
            case AWAIT_PERMIT -> {
                set(i, WAITING);
                if (has(i, MUST_CANCEL) && semaphore.cancel(i)) clear(i, MUST_CANCEL);
            }
            default -> post(STEP, i);
        }
        if (futureState(i) != PENDING) unfinished--;
    }

    /** {@code sleep.add_done_callback(waiter)}: called at once (next pass) when the sleep is already done. */
    private void awaitSleep(int i) {
        if (sleepState(i) != PENDING) post(sequential ? MAIN_WAKE : WAKE, i);
        else set(i, SLEEP_AWAITED);
    }

    /** The task's future is done: its done-callbacks in the order they were added (the strategy's, then teardown's). */
    private void complete(int i, int future) {
        state[i] = state[i] & ~FUTURE | future;
        if (!callbacksRemoved) post(TASK_DONE, i);
        if (has(i, IN_TEARDOWN)) post(TEARDOWN_DONE, i);
    }

    /** {@code Task.cancel(cause)}: by {@code asyncio.run()}'s teardown, or a task group's abort ({@link #cause}). */
    private void cancel(int i) {
        if (futureState(i) != PENDING) return;
        trace(TraceLog.Kind.CANCEL_REQUESTED, i, cause);
        if (has(i, WAITING) && (has(i, ACQUIRING) ? semaphore.cancel(i) : cancelSleep(i))) return;
        set(i, MUST_CANCEL);
    }

    private boolean cancelSleep(int i) {
        if (sleepState(i) != PENDING) return false;
        set(i, CANCELLED << SLEEP_SHIFT);
        sleepDone(i);
        return true;
    }

    /** The sleep's timer, due at {@code due}, fires ({@code EventLoop.fire}). */
    private void fire(int i, double due) {
        if (has(i, JOB)) {
            pool.finish(i);
            return;
        }
        if (has(i, TIMER_CANCELLED)) return;
        if (now - due > 0) trace(TraceLog.Kind.TIMER_LATE, i, due);
        if (sleepState(i) != CANCELLED) {
            set(i, RESULT << SLEEP_SHIFT);
            sleepDone(i);
        }
    }

    private void sleepDone(int i) {
        if (has(i, JOB)) post(WITHDRAW, i);
        if (!has(i, SLEEP_AWAITED)) return;
        clear(i, SLEEP_AWAITED);
        post(sequential ? MAIN_WAKE : WAKE, i);
    }

    // ---- the reference program's body(t) ----

    /** One resumption of {@code body(t)} ({@code Body.resume}): a new step, so it is traced. */
    private int body(int i, boolean cancelled) {
        trace(TraceLog.Kind.STEP, i, 0);
        if (!has(i, WORKED)) {
            // async with sem: acquire() at the start, or resumed when its waiter is done
            if (has(i, ACQUIRING)) {
                clear(i, ACQUIRING);
                if (!semaphore.resumed(i, cancelled)) return end(i, true);
            } else if (cancelled) {
                return end(i, true);
            } else if (semaphore != null && !semaphore.acquire(i)) {
                set(i, ACQUIRING);
                trace(TraceLog.Kind.PERMIT_WAITING, i, 0);
                return AWAIT_PERMIT;
            }
            if (semaphore != null) {
                set(i, HOLDS);
                trace(TraceLog.Kind.PERMIT_GRANTED, i, 0);
            }
            return work(i);
        }
        if (has(i, SLEEPS)) set(i, TIMER_CANCELLED);
        return end(i, cancelled);
    }

    /** The body's work, the first time it runs: the task's spec and its failure draw are read here, in task order. */
    private int work(int i) {
        TaskSpec spec = specs.get(i);
        boolean fails = FailurePlan.fails(seed, i, spec.failureRate());
        set(i, WORKED | (fails ? FAILS : 0));
        double d = spec.workMs(fails);
        if (spec.kind() == TaskKind.IO) {
            if (!(d > 0)) {
                trace(TraceLog.Kind.SLEEPING, i, now);
                return YIELD;
            }
            set(i, SLEEPS);
            double when = now + d;
            timers.add(i, when);
            trace(TraceLog.Kind.SLEEPING, i, when);
            return AWAIT;
        }
        if (pool != null) {
            set(i, JOB);
            pool.submit(i, d);
            return AWAIT;
        }
        trace(TraceLog.Kind.COMPUTE_BEGAN, i, d);
        now += d;
        trace(TraceLog.Kind.COMPUTE_ENDED, i, 0);
        return end(i, false);
    }

    private int end(int i, boolean cancelled) {
        if (has(i, HOLDS)) {
            clear(i, HOLDS);
            semaphore.release();
            trace(TraceLog.Kind.PERMIT_RELEASED, i, 0);
        }
        if (cancelled) {
            trace(TraceLog.Kind.CANCELLED, i, cause);
            return CANCELLED_OUT;
        }
        if (has(i, FAILS)) {
            trace(TraceLog.Kind.FAILED, i, 0);
            return RAISED;
        }
        trace(TraceLog.Kind.SUCCEEDED, i, 0);
        return RET;
    }

    // ---- the caller: main() and its strategy ----

    /** main()'s step with nothing sent in: its first (creates the tasks, or starts the first body), or after a yield. */
    private void mainStep() {
        if (!sequential) {
            for (int i = 0; i < n; i++) {
                unfinished++;
                trace(TraceLog.Kind.CREATED, i, 0);
                post(STEP, i);
            }
            await.entered();
            return;
        }
        if (current < 0) {
            results = new ArrayList<>(n);
            sequence(-1);
        } else {
            sequence(body(current, false));
        }
    }

    /** main() resumed by the future it awaits: gather's outer future, or (sequential) the current body's sleep. */
    private void mainWake() {
        if (sequential) sequence(body(current, false));
        else await.callerWoken();
    }

    /** The caller returns each task's result, or the error it ended with (gather's list, or the group's tasks read). */
    void returnedAll() {
        List<Outcome.Result> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = specs.get(i).name();
            all.add(switch (futureState(i)) {
                case FAILED -> Outcome.Result.error(name, "TaskFailed");
                case CANCELLED -> Outcome.Result.error(name, "CancelledError");
                default -> Outcome.Result.value(name);
            });
        }
        returned(new Outcome.Returned(all));
    }

    boolean settled(int i) { return futureState(i) != PENDING; }

    boolean failed(int i) { return futureState(i) == FAILED; }

    boolean cancelled(int i) { return futureState(i) == CANCELLED; }

    /** A future task {@code i} awaits is done: the task's wake-up joins the ready queue. */
    void wake(int i) { post(WAKE, i); }

    String name(int i) { return specs.get(i).name(); }

    void stopCallbacks() { callbacksRemoved = true; }

    /** A task group's abort: {@code t.cancel()} for each unfinished child, in creation order. */
    void abort() {
        for (int i = 0; i < n; i++) if (futureState(i) == PENDING) cancel(i);
    }

    /** The future the caller awaits is done: its wake-up joins the ready queue. */
    void wakeCaller() { post(MAIN_WAKE, 0); }

    /** {@code for t in tasks: [try:] await body(t) [except TaskFailed: record]}, from the body that just gave {@code r}. */
    private void sequence(int r) {
        while (true) {
            if (current >= 0) {
                if (r == AWAIT) {
                    awaitSleep(current);
                    return;
                }
                if (r == YIELD) {
                    post(MAIN_RUN, 0);
                    return;
                }
                String name = specs.get(current).name();
                if (r == RET) results.add(Outcome.Result.value(name));
                else if (run.returnExceptions()) results.add(Outcome.Result.error(name, "TaskFailed"));
                else {
                    raised("TaskFailed", current);
                    return;
                }
            }
            if (++current == n) {
                returned(new Outcome.Returned(results));
                return;
            }
            r = body(current, false);
        }
    }

    void returned(Outcome o) {
        trace(TraceLog.Kind.CALLER_RETURNED, TraceEvent.CALLER, 0);
        outcome = o;
        mainDone();
    }

    /** main() raises {@code exception}, which carries the errors of those tasks. */
    void raised(String exception, int... tasks) {
        List<String> names = new ArrayList<>(tasks.length);
        for (int i : tasks) names.add(specs.get(i).name());
        log.add(new TraceEvent.CallerRaised(now, exception));
        outcome = new Outcome.Raised(exception, names);
        mainDone();
    }

    /** main()'s task is done: its one done-callback stops run_forever. */
    private void mainDone() {
        unfinished--;
        post(STOP, 0);
    }

    /** {@code asyncio.run()}'s {@code _cancel_all_tasks}: cancel what is left in creation order, gather it, run until done. */
    private void tearDown() {
        trace(TraceLog.Kind.TEARDOWN, TraceEvent.CALLER, 0);
        if (sequential) return;
        int left = 0;
        for (int i = 0; i < n; i++) if (futureState(i) == PENDING) left++;
        if (left == 0) return;
        for (int i = 0; i < n; i++) if (futureState(i) == PENDING) cancel(i);
        for (int i = 0; i < n; i++) if (futureState(i) == PENDING) set(i, IN_TEARDOWN);
        tearingDown = left;
        runForever();
    }

    private void teardownDone(int i) {
        tornDown++;
        if (teardownDone) return;
        if (tornDown == tearingDown) {
            teardownDone = true;
            post(STOP, 0);
        }
    }
}
