package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * CPython's {@code BaseEventLoop}, reduced to what the reference program touches.
 *
 * <p>Everything hangs on one rule, the one CPython writes down in {@code _run_once}: a pass of the
 * loop first moves the timers that are due onto the ready queue, then runs exactly the callbacks that
 * were ready when the pass began. Callbacks scheduled during the pass (a future's done-callbacks, a
 * task's next step) wait for the next pass. That pass is a "tick": ticks take no scenario time; only
 * CPU work ({@link Clock#compute}) and idling until the next timer move the clock. So when a task's
 * timer fires, the task itself runs one tick later, and whoever awaits that task one or two ticks
 * after that: it is this bookkeeping, and nothing else, that decides who goes first at equal times.
 */
public final class EventLoop {
    private final Clock clock;
    private final TraceListener trace;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> scheduled = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Handle> fromOtherThreads = new ConcurrentLinkedQueue<>();
    private final List<Task> tasks = new ArrayList<>();
    private long timerSeq;
    private long stepCount;
    private int unfinished;
    private boolean stopping;
    private Task current;

    public EventLoop(Clock clock, TraceListener trace) {
        this.clock = clock;
        this.trace = trace;
    }

    public double time() { return clock.now(); }

    public Clock clock() { return clock; }

    public void emit(TraceEvent event) { trace.onEvent(event); }

    public Handle callSoon(Runnable callback) {
        Handle h = new Handle(callback);
        ready.addLast(h);
        return h;
    }

    /** Safe from any thread: the handle joins the ready queue at the loop's next pass. */
    public void callSoonThreadsafe(Runnable callback) {
        fromOtherThreads.add(new Handle(callback));
        clock.wake();
    }

    /** {@code call_soon(cb, future)}: how a future hands itself to each done-callback. */
    void callSoon(DoneCallback callback, Future future) {
        ready.addLast(new FutureCallback(callback, future));
    }

    private static final class FutureCallback extends Handle {
        private final DoneCallback callback;
        private final Future future;

        FutureCallback(DoneCallback callback, Future future) {
            super(null);
            this.callback = callback;
            this.future = future;
        }

        @Override void run() { callback.done(future); }
    }

    public Timer callAt(double when, Runnable callback) { return callAt(when, Timer.NO_OWNER, callback); }

    /** {@code owner} is the task (or caller) whose timer this is, so a late firing can be traced. */
    public Timer callAt(double when, int owner, Runnable callback) {
        Timer t = new Timer(when, timerSeq++, owner, callback);
        scheduled.add(t);
        return t;
    }

    public Timer callLater(double delay, int owner, Runnable callback) {
        return callAt(time() + delay, owner, callback);
    }

    public Future createFuture() { return new Future(this); }

    public void stop() { stopping = true; }

    /** The clock was told to stop: every loop returns at its next pass. */
    public boolean aborted() { return clock.stopped(); }

    /** {@code run_forever}: pass after pass until {@link #stop()} was called during one. */
    public void runForever() {
        while (!aborted()) {
            runOnce();
            if (stopping) break;
        }
        stopping = false;
    }

    /**
     * Runs passes until {@code done} holds (checked between passes). With nothing scheduled the loop
     * idles until another thread hands it work; a virtual clock refuses to idle forever.
     */
    public void runUntil(BooleanSupplier done) {
        while (!aborted() && !done.getAsBoolean()) runOnce();
    }

    public boolean hasWork() {
        return !ready.isEmpty() || !scheduled.isEmpty() || !fromOtherThreads.isEmpty();
    }

    /** One pass of CPython's {@code _run_once}. */
    void runOnce() {
        while (!scheduled.isEmpty() && scheduled.peek().cancelled) scheduled.poll();
        if (ready.isEmpty() && !stopping && fromOtherThreads.isEmpty()) {
            clock.idleUntil(scheduled.isEmpty() ? Double.POSITIVE_INFINITY : scheduled.peek().when);
        }
        for (Handle h; (h = fromOtherThreads.poll()) != null; ) ready.addLast(h);
        double now = clock.now();
        while (!scheduled.isEmpty() && scheduled.peek().when <= now) ready.addLast(scheduled.poll());
        for (int n = ready.size(); n > 0; n--) {
            Handle h = ready.pollFirst();
            if (h.cancelled) continue;
            if (h instanceof Timer t && t.owner != Timer.NO_OWNER && clock.now() - t.when > clock.lateToleranceMs()) {
                emit(new TraceEvent.TimerLate(clock.now(), t.owner, t.when));
            }
            h.run();
        }
    }

    void register(Task task) {
        tasks.add(task);
        unfinished++;
    }

    void finished(Task task) { unfinished--; }

    /** Tasks created on this loop that are not done yet. */
    public int unfinishedTasks() { return unfinished; }

    /** Every task ever created on this loop, in creation order (CPython walks a set; we fix the order). */
    public List<Task> tasks() { return tasks; }

    public Task currentTask() { return current; }

    void enter(Task task) {
        current = task;
        stepCount++;
    }

    void leave() { current = null; }

    /** How many task steps have run: a causal clock for "did this happen after that?". */
    public long stepCount() { return stepCount; }
}
