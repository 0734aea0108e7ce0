package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunStopped;
import org.gatherlab.engine.TimerQueue;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.TraceLog;

import java.util.ArrayList;
import java.util.List;
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
    private final TraceLog log;
    private final TraceListener listener;
    /** A real clock's run, which Stop can end. */
    private final boolean stoppable;
    private final ReadyQueue ready;
    private final TimerQueue scheduled = new TimerQueue();
    private final ConcurrentLinkedQueue<Handle> fromOtherThreads = new ConcurrentLinkedQueue<>();
    private final List<Task> tasks;
    private long stepCount;
    private int unfinished;
    private boolean stopping;
    private Task current;

    /** {@code log}: where the run's events go; {@code listener} sees each as it is made ({@link TraceListener#NONE}: nobody). */
    public EventLoop(Clock clock, TraceLog log, TraceListener listener) { this(clock, log, listener, 0); }

    /**
     * {@code expectedTasks}: how many tasks the program will create, so the task list and the ready queue (which holds
     * every task at once when they are created together) are made that big instead of growing through copies.
     */
    public EventLoop(Clock clock, TraceLog log, TraceListener listener, int expectedTasks) {
        this.clock = clock;
        this.log = log;
        this.listener = listener;
        this.stoppable = clock.kind() == ClockKind.REAL;
        this.tasks = new ArrayList<>(expectedTasks + 1);
        this.ready = new ReadyQueue(expectedTasks + 2);
    }

    /**
     * A real run records nothing once its clock is stopped (the app's Stop): the first event it would record unwinds
     * it ({@link RunStopped}), so a busy loop cut short never "succeeds" at the Stop, and the pass does not go on.
     */
    private void stopIfStopped() {
        if (stoppable && clock.stopped()) throw new RunStopped();
    }

    public double time() { return clock.now(); }

    public Clock clock() { return clock; }

    /** An event the log keeps whole (the caller's exception): added as its object. */
    public void emit(TraceEvent event) {
        stopIfStopped();
        log.add(event);
        if (listener != TraceListener.NONE) listener.onEvent(event);
    }

    /**
     * An event written straight into the log's columns ({@link TraceLog#add(TraceLog.Kind, int, double, double)}): the
     * engine makes five or more a task, and an object each was most of what a run allocated. An object is made only
     * for a live listener.
     */
    public void trace(TraceLog.Kind kind, int task, double atMs, double value) {
        stopIfStopped();
        log.add(kind, task, atMs, value);
        if (listener != TraceListener.NONE) listener.onEvent(log.last());
    }

    /** {@code call_soon(callback)}, with the handle that cancels it. */
    public Handle callSoon(Runnable callback) {
        Handle h = new Handle(callback);
        ready.add(h, null);
        return h;
    }

    /** A task's next step ({@code call_soon(task.__step)}): nobody cancels it, so no handle. */
    void callSoon(Task task) { ready.add(task, null); }

    /** Safe from any thread: the handle joins the ready queue at the loop's next pass. */
    public void callSoonThreadsafe(Runnable callback) {
        fromOtherThreads.add(new Handle(callback));
        clock.wake();
    }

    /** {@code call_soon(cb, future)}: how a future hands itself to each done-callback. */
    void callSoon(DoneCallback callback, Future future) { ready.add(callback, future); }

    public Timer callAt(double when, Runnable callback) { return callAt(when, Timer.NO_OWNER, callback); }

    /** {@code owner} is the task (or caller) whose timer this is, so a late firing can be traced. */
    public Timer callAt(double when, int owner, Runnable callback) {
        Timer t = new Timer(when, owner, callback);
        scheduled.add(t, when);
        return t;
    }

    public Timer callLater(double delay, int owner, Runnable callback) {
        return callAt(time() + delay, owner, callback);
    }

    /** A {@link Sleep} joins the timers as itself. */
    void schedule(Sleep sleep, double when) { scheduled.add(sleep, when); }

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
        while (!scheduled.isEmpty() && timerCancelled(scheduled.peek())) scheduled.poll();
        if (ready.isEmpty() && !stopping && fromOtherThreads.isEmpty()) {
            clock.idleUntil(scheduled.isEmpty() ? Double.POSITIVE_INFINITY : scheduled.peekWhen());
        }
        for (Handle h; (h = fromOtherThreads.poll()) != null; ) ready.add(h, null);
        double now = clock.now();
        while (!scheduled.isEmpty() && scheduled.peekWhen() <= now) ready.add(scheduled.poll(), null);
        for (int n = ready.size(); n > 0; n--) {
            Object cb = ready.poll();
            Future arg = ready.arg();
            if (arg != null) ((DoneCallback) cb).done(arg);
            else if (cb instanceof Task task) task.run();
            else if (cb instanceof Sleep sleep) fire(sleep);
            else run((Handle) cb);
        }
    }

    private static boolean timerCancelled(Object timer) {
        return timer instanceof Sleep s ? s.timerCancelled : ((Timer) timer).cancelled;
    }

    private void run(Handle h) {
        if (h.cancelled) return;
        if (h instanceof Timer t) traceIfLate(t.owner, t.when);
        h.run();
    }

    private void fire(Sleep sleep) {
        if (sleep.timerCancelled) return;
        traceIfLate(sleep.owner, sleep.when);
        sleep.fire();
    }

    private void traceIfLate(int owner, double when) {
        if (owner != Timer.NO_OWNER && clock.now() - when > clock.lateToleranceMs()) {
            trace(TraceLog.Kind.TIMER_LATE, owner, clock.now(), when);
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
