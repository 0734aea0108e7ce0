package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Clock;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TimerQueue;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.TraceLog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM on a virtual clock: threads, the cores they compute on, interrupts, and the caller waiting in one Java call.
 *
 * <p>Here is the whole physics, once. A task is a {@code Callable}: an {@code io} task calls {@code Thread.sleep(d)},
 * a {@code cpu} task spins for {@code d} in a loop that never looks at its interrupt status; then it throws
 * {@code TaskFailed} or returns its name. There are {@code cores} <em>slots</em>: with virtual threads they are the
 * carriers, with platform threads the threads of a fixed pool. A task needs a slot to begin; a CPU loop holds its slot
 * to the end; a sleeping platform thread holds its slot too (it is its thread), while a sleeping virtual thread gives
 * its carrier back and needs one again, after the sleep, to return or throw. Whoever waits for a slot waits in one
 * FIFO line, in the order they became ready; a freed slot goes to the head of the line at once. Nothing preempts:
 * with more CPU tasks than cores, the work runs in waves.
 *
 * <p>An interrupt sets the thread's flag. It is delivered only at a blocking point: a sleeping thread wakes at once
 * (a virtual one then waits for a carrier) and {@code Thread.sleep} throws {@code InterruptedException}; a thread that
 * has not begun throws at its first sleep; a CPU loop runs on to its end. {@code cancel(true)} on a
 * {@code CompletableFuture} interrupts nothing; on a {@code Future} of an executor it interrupts the task's thread;
 * a task still queued behind a busy pool is then skipped.
 *
 * <p>Time moves only from one timer to the next (a sleep's end, a CPU loop's end, a deadline, a scheduled cancel).
 * Within one instant: timers run in the order (thread timers before the caller's deadlines and cancels, then the order
 * they were set); after each, freed slots are handed out and whatever that lets run, runs, as far as it can at this
 * instant. The caller's thread goes last: once nothing more can happen at this instant, a caller that was woken runs
 * ({@link Call#ownerWakes}), cancels what its call cancels, and returns or throws. The run ends when the caller has
 * returned and every thread has finished: that is when the try-with-resources block exits, since {@code close()} of an
 * executor or a scope waits for all of them.
 */
final class JvmMachine {
    /**
     * A caller-side timer: a deadline ({@code target} -1: it acts on every task) or one task's own scheduled cancel.
     * Threads' own timers need no object: the thread itself waits in {@link #threadTimers}.
     */
    record Outside(int target, Runnable action) { }

    final JavaRunSpec run;
    final boolean virtual;
    final List<SimThread> threads = new ArrayList<>();
    private final Clock clock;
    private final TraceListener listener;
    private final TraceLog events;
    /**
     * The engine's timer heap, twice: within an instant every thread's own timer (a sleep's end, a CPU loop's end) fires
     * before the caller's deadlines and cancels, and each kind in the order it was set. A thread waits here as itself,
     * one timer at a time; an interrupted sleep's entry is left behind and skipped ({@link #fireThread}).
     */
    private final TimerQueue threadTimers = new TimerQueue();
    private final TimerQueue outsideTimers = new TimerQueue();
    private final ArrayDeque<SimThread> line = new ArrayDeque<>();
    /** Joined the line since the last pump: those still waiting after it are announced. */
    private final List<SimThread> joined = new ArrayList<>();
    private final SimThread[] slots;
    private final List<String> completionOrder = new ArrayList<>();
    private Call call;
    private double now;
    private int alive;
    private int handlesDone;
    private boolean ownerSignalled;
    private boolean reported;
    private double returnedAt = Double.NaN;
    private double settledAt = Double.NaN;
    /**
     * When a slot was last freed: a task the caller cancels at that same instant is in a race
     * (java-strategies.md#races).
     */
    private double lastFreedAt = Double.NaN;
    private JavaOutcome outcome;

    JvmMachine(List<TaskSpec> specs, boolean[] fails, JavaRunSpec run, Clock clock, TraceListener listener) {
        this.run = run;
        this.virtual = run.threads() == JavaThreads.VIRTUAL;
        this.clock = clock;
        this.listener = listener;
        this.slots = new SimThread[run.cores()];
        for (int i = 0; i < specs.size(); i++) threads.add(new SimThread(i, specs.get(i), fails[i]));
        this.alive = threads.size();
        // About what a run emits per task (created, mounted, step, sleeping, unmounted, ...), so the log rarely grows.
        this.events = new TraceLog(specs.size() * 10 + 16);
    }

    // ---- the loop ----------------------------------------------------------------------------------------------

    JavaRun run(Call theCall) {
        this.call = theCall;
        now = clock.now();
        for (SimThread t : threads) {
            t.javaState = call.initialState();
            emit(new TraceEvent.Created(now, t.index));
        }
        call.begin();
        pump();
        while (true) {
            while (true) {
                if (!threadTimers.isEmpty() && threadTimers.peekWhen() <= now
                        && (outsideTimers.isEmpty() || threadTimers.peekWhen() <= outsideTimers.peekWhen())) {
                    if (!fireThread((SimThread) threadTimers.poll())) continue;
                } else if (!outsideTimers.isEmpty() && outsideTimers.peekWhen() <= now) {
                    Outside next = (Outside) outsideTimers.poll();
                    if (!reported) markTies(next.target());
                    next.action().run();
                } else {
                    break;
                }
                pump();
            }
            if (ownerSignalled && !reported) {
                JavaOutcome o = call.ownerWakes();
                pump();
                report(o);
                continue;
            }
            if (reported && alive == 0) break;
            if (threadTimers.isEmpty() && outsideTimers.isEmpty())
                throw new IllegalStateException("the simulated JVM is stuck at " + now + " ms: no timer, "
                        + alive + " threads alive, caller " + (reported ? "returned" : "waiting"));
            double next = Math.min(threadTimers.isEmpty() ? Double.POSITIVE_INFINITY : threadTimers.peekWhen(),
                    outsideTimers.isEmpty() ? Double.POSITIVE_INFINITY : outsideTimers.peekWhen());
            clock.idleUntil(next);
            now = Math.max(now, clock.now());
        }
        double blockExit = now;
        emit(new TraceEvent.BlockExited(blockExit));
        return result(blockExit);
    }

    double now() { return now; }

    boolean reported() { return reported; }

    int alive() { return alive; }

    /** A caller-side timer at {@code at}: a deadline ({@code target} -1) or task {@code target}'s own cancel. */
    void scheduleOutside(double at, int target, Runnable action) {
        outsideTimers.add(new Outside(target, action), at);
    }

    /** The thread's sleep or CPU loop ends at {@code at}. */
    private void scheduleThread(SimThread t, double at) {
        t.timerSet = true;
        threadTimers.add(t, at);
    }

    /**
     * A thread's timer came: its sleep or its CPU loop is over. False for an entry its interrupt left behind (a thread
     * sleeps or computes once, so no later timer of its own can be mistaken for that one).
     */
    private boolean fireThread(SimThread t) {
        if (!t.timerSet) return false;
        t.timerSet = false;
        switch (t.phase) {
            case SLEEPING -> wake(t);
            case COMPUTING -> {
                emit(new TraceEvent.ComputeEnded(now, t.index));
                finishBody(t, false);
            }
            case READY, DONE -> throw new IllegalStateException("a timer for a thread that is " + t.phase);
        }
        return true;
    }

    /** The caller's thread is woken; it runs last in this instant. */
    void signalOwner() { ownerSignalled = true; }

    /** The task is started (a virtual thread) or submitted (a pool task): it joins the line for a slot. */
    void submit(SimThread t) {
        t.phase = SimThread.Phase.READY;
        line.addLast(t);
        joined.add(t);
    }

    /** How many tasks' handles have taken their final state. */
    int handlesDone() { return handlesDone; }

    // ---- slots ---------------------------------------------------------------------------------------------------

    /** Hands every free slot to the head of the line, and lets each thread run as far as it can now. */
    private void pump() {
        while (!line.isEmpty()) {
            if (line.peekFirst().done()) {          // skipped: cancelled before a thread took it
                line.pollFirst();
                continue;
            }
            int s = freeSlot();
            if (s < 0) break;
            mount(line.pollFirst(), s);
        }
        for (SimThread t : joined) {
            if (t.phase == SimThread.Phase.READY && t.slot < 0 && !t.waitAnnounced) {
                t.waitAnnounced = true;
                emit(new TraceEvent.WaitingForThread(now, t.index, virtual));
            }
        }
        joined.clear();
    }

    private int freeSlot() {
        for (int i = 0; i < slots.length; i++) if (slots[i] == null) return i;
        return -1;
    }

    private void mount(SimThread t, int s) {
        slots[s] = t;
        t.slot = s;
        t.waitAnnounced = false;
        emit(new TraceEvent.Mounted(now, t.index, s, virtual));
        emit(new TraceEvent.Step(now, t.index));
        if (!t.began) {
            t.began = true;
            t.start = now;
            if (t.io) beginSleep(t);
            else beginCompute(t);
        } else {
            endSleep(t);
        }
    }

    private void release(SimThread t) {
        if (t.slot >= 0) {
            slots[t.slot] = null;
            lastFreedAt = now;
        }
        t.slot = -1;
    }

    // ---- races: where the JDK promises no order between two threads at one instant ---------------------------------

    /** A deadline or a scheduled cancel fires now: a task that ended at this very instant ended in a tie with it. */
    private void markTies(int target) {
        for (SimThread t : threads) {
            if ((target < 0 || target == t.index) && t.done() && t.body != BodyEnd.NEVER_RAN && t.end != null && t.end == now
                    && t.race == null) {
                t.race = JavaRace.Kind.TIE;
                t.raceAt = now;
            }
        }
    }

    /**
     * The caller cancels {@code t} now, and what runs it would skip it if cancelled first. If a thread took it at this
     * instant, or a thread became free at this instant while it waited, the JDK may have either order.
     */
    private void markStartOrSkip(SimThread t) {
        if (!call.skipsCancelledBeforeStart() || t.race != null) return;
        boolean contested = t.began ? t.start != null && t.start == now : now == lastFreedAt;
        if (contested) {
            t.race = JavaRace.Kind.START_OR_SKIP;
            t.raceAt = now;
        }
    }

    // ---- bodies --------------------------------------------------------------------------------------------------

    private void beginSleep(SimThread t) {
        if (t.interrupted) {                 // Thread.sleep looks at the flag first
            deliverInterrupt(t);
            return;
        }
        if (t.work <= 0) {                   // sleep(0) returns at once
            finishBody(t, false);
            return;
        }
        emit(new TraceEvent.Sleeping(now, t.index, now + t.work));
        t.phase = SimThread.Phase.SLEEPING;
        scheduleThread(t, now + t.work);
        if (virtual) {
            emit(new TraceEvent.Unmounted(now, t.index, t.slot));
            release(t);
        }
    }

    /** The sleep is over (its time came, or an interrupt woke it). */
    private void wake(SimThread t) {
        t.wokeAt = now;
        if (virtual) {
            submit(t);                      // needs a carrier to return or throw
        } else {
            emit(new TraceEvent.Step(now, t.index));
            endSleep(t);                     // a platform thread still has its thread
        }
    }

    private void endSleep(SimThread t) {
        if (t.interrupted) deliverInterrupt(t);
        else finishBody(t, false);
    }

    private void deliverInterrupt(SimThread t) {
        t.interruptedAt = now;
        emit(new TraceEvent.Interrupted(now, t.index));
        finishBody(t, true);
    }

    private void beginCompute(SimThread t) {
        emit(new TraceEvent.ComputeBegan(now, t.index, t.work));
        if (t.interrupted) emit(new TraceEvent.InterruptIgnored(now, t.index));
        t.phase = SimThread.Phase.COMPUTING;
        scheduleThread(t, now + t.work);
    }

    private void finishBody(SimThread t, boolean interruptedNow) {
        t.body = interruptedNow ? BodyEnd.INTERRUPTED : t.fails ? BodyEnd.THREW : BodyEnd.RETURNED;
        release(t);
        call.settle(t);
        if (t.handleCancelled && t.body != BodyEnd.INTERRUPTED) emit(new TraceEvent.ResultDiscarded(now, t.index));
        end(t);
        call.afterBodyEnd(t);
    }

    /** The task's last moment: its terminal event, in the shared vocabulary. */
    private void end(SimThread t) {
        t.phase = SimThread.Phase.DONE;
        t.end = now;
        alive--;
        settledAt = now;
        if (t.handleCancelled) {
            t.sharedState = TaskState.CANCELLED;
            emit(new TraceEvent.Cancelled(now, t.index, t.cause));
        } else if (t.body == BodyEnd.RETURNED) {
            t.sharedState = TaskState.SUCCEEDED;
            emit(new TraceEvent.Succeeded(now, t.index));
        } else {
            t.sharedState = TaskState.FAILED;
            emit(new TraceEvent.Failed(now, t.index));
        }
        t.afterReturn = reported;
        completionOrder.add(t.name());
    }

    // ---- handles, cancels, interrupts ----------------------------------------------------------------------------

    void completeHandle(SimThread t, String state) {
        if (t.handleDoneAt == null) handlesDone++;
        t.javaState = state;
        t.handleDoneAt = now;
        emit(new TraceEvent.HandleCompleted(now, t.index, state));
    }

    /** Someone asks for the task to stop: the first request's cause wins. */
    void requestCancel(SimThread t, CancelCause cause) {
        if (t.cancelRequestedAt == null) {
            t.cancelRequestedAt = now;
            t.cause = cause;
        }
        emit(new TraceEvent.CancelRequested(now, t.index, cause));
    }

    /**
     * {@code cancel(mayInterrupt)} on the task's handle: false if it was already done. A {@code Future} becomes
     * {@code CANCELLED} now, however long the body runs on; a task that no thread has taken yet is skipped if
     * {@link Call#skipsCancelledBeforeStart}; with {@code interrupt} the thread is interrupted.
     */
    boolean cancelHandle(SimThread t, CancelCause cause, boolean interrupt) {
        if (t.done() || t.handleDone() || t.handleCancelled) return false;
        markStartOrSkip(t);
        requestCancel(t, cause);
        t.handleCancelled = true;
        if (call.handleName() != null) completeHandle(t, "CANCELLED");
        if (!t.began && call.skipsCancelledBeforeStart()) {
            t.body = BodyEnd.NEVER_RAN;           // the pump drops it from the line
            emit(new TraceEvent.NeverRan(now, t.index));
            end(t);
            return true;
        }
        if (interrupt) interrupt(t);
        return true;
    }

    /** Sets the interrupt flag; delivered at once to a sleeping thread, at the first sleep to one not yet begun, never to a CPU loop. */
    void interrupt(SimThread t) {
        if (t.done() || t.interrupted) return;
        t.interrupted = true;
        switch (t.phase) {
            case SLEEPING -> {
                t.timerSet = false;           // its entry stays in the heap and is skipped when it comes
                wake(t);
            }
            case COMPUTING -> emit(new TraceEvent.InterruptIgnored(now, t.index));
            case READY, DONE -> { }
        }
    }

    // ---- events and the result -----------------------------------------------------------------------------------

    /** Every event, the shared kinds and Java's own alike, goes to the run's log and to the listener. */
    void emit(TraceEvent e) {
        events.add(e);
        listener.onEvent(e);
    }

    private void report(JavaOutcome o) {
        outcome = o;
        reported = true;
        returnedAt = now;
        for (SimThread t : threads) t.stateAtReturn = t.javaState;
        if (o instanceof JavaOutcome.Threw threw) emit(new TraceEvent.CallerRaised(now, threw.exception()));
        else emit(new TraceEvent.CallerReturned(now));
    }

    private List<JavaRace> races() {
        List<JavaRace> out = new ArrayList<>();
        for (SimThread t : threads) {
            if (t.race == null) continue;
            BodyEnd ran = t.io ? BodyEnd.INTERRUPTED : t.fails ? BodyEnd.THREW : BodyEnd.RETURNED;
            BodyEnd other = t.race == JavaRace.Kind.TIE ? null : t.body == BodyEnd.NEVER_RAN ? ran : BodyEnd.NEVER_RAN;
            out.add(new JavaRace(t.name(), t.raceAt, t.race, t.body, other));
        }
        return out;
    }

    private JavaRun result(double blockExit) {
        List<JavaTaskResult> results = new ArrayList<>();
        for (SimThread t : threads) {
            results.add(new JavaTaskResult(t.name(), t.sharedState, t.start, t.end, t.afterReturn,
                    t.sharedState == TaskState.CANCELLED ? t.cause : null, call.handleName(), t.stateAtReturn, t.javaState,
                    t.handleDoneAt, t.cancelRequestedAt, t.interruptedAt, t.body, t.io, t.wokeAt, run, false));
        }
        return new JavaRun(threads.stream().map(t -> t.spec).toList(), run, clock.kind(), run.apiVersion(), outcome,
                returnedAt, blockExit, Double.isNaN(settledAt) ? returnedAt : settledAt, completionOrder, results,
                events, List.of(), races());
    }
}
