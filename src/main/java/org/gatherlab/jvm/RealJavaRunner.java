package org.gatherlab.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunStopped;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.jvm.BodyEnd;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaOutcome;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.runtime.JoinedThreads;
import org.gatherlab.runtime.RealClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The same tasks with the real JDK APIs on real threads, in this JVM, measured with a {@link RealClock}: an
 * {@code io} task really calls {@code Thread.sleep}, a {@code cpu} task really spins (looking at its interrupt flag
 * only to report when an interrupt arrived, never to stop), and the call is the real {@code allOf}, {@code invokeAll},
 * {@code StructuredTaskScope}... The result has the simulation's shape, with measured times.
 *
 * <p>Two things this in-process run cannot choose, and says so in {@link JavaRun#notes()}:
 * <ul>
 *   <li>virtual threads run on this JVM's carriers: {@code jdk.virtualThreadScheduler.parallelism} is read once, when
 *       the JVM starts, so a run that asks for another number of cores gets the JVM's. The generated program
 *       ({@link JavaProgram}) sets it itself and honours {@code cores};</li>
 *   <li>{@code StructuredTaskScope} is a preview API of JDK 25 and this module is not compiled with
 *       {@code --enable-preview}: the runner calls it by reflection, which the JDK allows without the flag (checked on
 *       25.0.3). Another JDK's scope (26 renamed a joiner) fails with a message rather than a wrong answer.</li>
 * </ul>
 * Carrier and pool-thread events ({@code mounted}, {@code waiting-for-carrier}) are not observable here and are not
 * reported; a queued task that is cancelled is only known to have never run once the call has returned.
 *
 * <p>Stop ({@link RealClock#stop()}) interrupts the caller in its call or in the block's {@code close()}; the caller
 * then ends every task's thread ({@code shutdownNow}, or the scope's {@code close}, which interrupt sleeps; CPU loops
 * look at the clock) and the run returns once they are gone. Nothing is recorded after the Stop: a task cut short has
 * no end ({@link BodyEnd#STOPPED}), as in a stopped Python run, and a call cut short has no outcome.
 */
public final class RealJavaRunner {
    private RealJavaRunner() {}

    /** Thrown by a failing task, as in the generated program. */
    public static final class TaskFailed extends RuntimeException {
        public TaskFailed(String name) { super(name, null, false, false); }
    }

    /**
     * Runs on the calling thread (never the UI thread), which plays the caller. {@code listener} is called from the
     * task threads as things happen, one call at a time. {@code clock.stop()} from another thread ends the run early.
     */
    public static JavaRun run(List<TaskSpec> tasks, long seed, JavaRunSpec run, RealClock clock, TraceListener listener) {
        JavaSimulation.check(tasks, run);
        return new Runner(tasks, FailurePlan.draw(seed, tasks), run, clock, listener).go();
    }

    /** How many carriers this JVM's virtual threads have. */
    public static int carriers() { return RealJavaResult.carriers(); }

    private static final class Runner {
        private final List<TaskSpec> specs;
        private final boolean[] fails;
        private final JavaRunSpec run;
        private final RealClock clock;
        private final TraceListener listener;
        private final double t0;
        private final List<TraceEvent> events = new ArrayList<>();
        private final List<String> notes;
        /** The run's threads (a scope's virtual, its default), named, and waited for before the run returns. */
        private final JoinedThreads threads;
        private final TaskFacts[] facts;
        private double returnedAt = Double.NaN;
        private int callerEvent = -1;
        /** What the call returned or threw; null if the run was stopped first. */
        private JavaOutcome outcome;

        Runner(List<TaskSpec> specs, boolean[] fails, JavaRunSpec run, RealClock clock, TraceListener listener) {
            this.specs = List.copyOf(specs);
            this.fails = fails;
            this.run = run;
            this.clock = clock;
            this.listener = listener;
            this.facts = new TaskFacts[specs.size()];
            for (int i = 0; i < facts.length; i++) facts[i] = new TaskFacts();
            this.t0 = clock.now();
            this.notes = RealJavaResult.notes(specs, run);
            this.threads = new JoinedThreads(run.threads() == JavaThreads.VIRTUAL || run.api() == JavaApi.STRUCTURED
                    ? Thread.ofVirtual().name("gatherlab-java-task-", 0).factory() : Thread.ofPlatform().name("gatherlab-java-pool-", 0).factory());
        }

        double now() { return clock.now() - t0; }

        /** Whether the run was stopped: from then on nothing is recorded (an event's time is read before this is). */
        private boolean halted() { return clock.stopped(); }

        private synchronized int emit(TraceEvent e) {
            if (halted()) return -1;
            events.add(e);
            listener.onEvent(e);
            return events.size() - 1;
        }

        /** A Java-only event (interrupt, discarded result, never ran, deadline, block exit): recorded, not streamed. */
        private synchronized void java(TraceEvent e) {
            if (!halted()) events.add(e);
        }

        // ---- the task body: what every task does, on whatever thread runs it -------------------------------------

        private Callable<String> body(int i) {
            TaskSpec t = specs.get(i);
            double work = t.workMs(fails[i]);
            return () -> {
                TaskFacts f = facts[i];
                synchronized (this) {
                    if (halted()) throw new RunStopped();      // a thread that gets going after the Stop does nothing
                    f.start = now();
                    emit(new TraceEvent.Step(f.start, i));
                }
                if (t.kind() == TaskKind.IO) {
                    emit(new TraceEvent.Sleeping(now(), i, now() + work));
                    try {
                        Thread.sleep(Duration.ofNanos((long) (work * 1e6)));
                    } catch (InterruptedException e) {
                        if (halted()) throw e;                     // Stop's interrupt: the sleep was cut, not cancelled
                        synchronized (this) {
                            f.interruptedAt = now();
                            java(new TraceEvent.Interrupted(f.interruptedAt, i));
                        }
                        end(i, BodyEnd.INTERRUPTED);
                        throw e;
                    }
                } else {
                    emit(new TraceEvent.ComputeBegan(now(), i, work));
                    spin(work, f);
                    if (halted()) throw new RunStopped();
                    emit(new TraceEvent.ComputeEnded(now(), i));
                }
                if (fails[i]) {
                    end(i, BodyEnd.THREW);
                    throw new TaskFailed(t.name());
                }
                end(i, BodyEnd.RETURNED);
                return t.name();
            };
        }

        /**
         * A CPU loop. It looks at the interrupt flag only to say when an interrupt came; it never stops for one. It
         * stops for Stop (the clock's), which is not a JDK API: the task was no longer part of the lesson.
         */
        private void spin(double ms, TaskFacts f) {
            double end = clock.now() + ms;
            while (clock.now() < end && !halted()) {
                if (f.interruptSeenAt == null && Thread.currentThread().isInterrupted()) f.interruptSeenAt = now();
                Thread.onSpinWait();
            }
        }

        /**
         * The body's end. Its shared terminal event says what the handle will say: cancelled if it was interrupted or
         * its handle was cancelled (known here for a CompletableFuture; for the others an interrupt is the sign).
         */
        private synchronized void end(int i, BodyEnd how) {
            if (halted()) return;
            TaskFacts f = facts[i];
            f.body = how;
            f.end = now();
            boolean cancelled = how == BodyEnd.INTERRUPTED || f.cancelAt != null || f.interruptSeenAt != null;
            TraceEvent e = cancelled ? new TraceEvent.Cancelled(f.end, i, cause())
                    : how == BodyEnd.RETURNED ? new TraceEvent.Succeeded(f.end, i) : new TraceEvent.Failed(f.end, i);
            if (cancelled && how != BodyEnd.INTERRUPTED) java(new TraceEvent.ResultDiscarded(f.end, i));
            f.ended = e instanceof TraceEvent.Cancelled ? TaskState.CANCELLED : e instanceof TraceEvent.Succeeded ? TaskState.SUCCEEDED : TaskState.FAILED;
            f.endEvent = emit(e);
        }

        private volatile boolean timedOut;

        private CancelCause cause() {
            return switch (run.api()) {
                case CF_ALLOF, CF_ANYOF -> CancelCause.SELF;
                case INVOKE_ALL -> CancelCause.TIMEOUT;
                case INVOKE_ANY -> timedOut ? CancelCause.TIMEOUT : CancelCause.WINNER;
                case STRUCTURED -> timedOut ? CancelCause.TIMEOUT : CancelCause.SCOPE;
            };
        }

        // ---- the calls -----------------------------------------------------------------------------------------

        JavaRun go() {
            // Stop interrupts the caller wherever it waits: in the call, or in the block's close() for the stragglers.
            Runnable forget = clock.onStop(Thread.currentThread()::interrupt);
            try {
                for (int i = 0; i < specs.size(); i++) emit(new TraceEvent.Created(now(), i));
                switch (run.api()) {
                    case CF_ALLOF, CF_ANYOF -> completableFutures();
                    case INVOKE_ALL -> invokeAll();
                    case INVOKE_ANY -> invokeAny();
                    case STRUCTURED -> structured();
                }
            } catch (InterruptedException e) {
                if (!halted()) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the real run was interrupted", e);
                }
            } finally {
                forget.run();
                // Stop's interrupt was for this run only: the thread's next work must not see it.
                if (halted()) Thread.interrupted();
            }
            double blockExit = now();
            java(new TraceEvent.BlockExited(blockExit));
            threads.joinAll();
            return result(halted() ? Double.NaN : blockExit);
        }

        private ExecutorService executor() {
            return run.threads() == JavaThreads.VIRTUAL ? Executors.newThreadPerTaskExecutor(threads)
                    : Executors.newFixedThreadPool(run.cores(), threads);
        }

        /** Stopped in the call: every task's thread is interrupted (the block's close() then waits for them). */
        private static InterruptedException halt(ExecutorService executor, InterruptedException e) {
            executor.shutdownNow();
            return e;
        }

        private synchronized void returned(JavaOutcome o) {
            double at = now();
            int event = emit(o instanceof JavaOutcome.Threw t ? new TraceEvent.CallerRaised(at, t.exception()) : new TraceEvent.CallerReturned(at));
            if (event < 0) return;                       // the Stop came first: no outcome, as in a stopped Python run
            outcome = o;
            returnedAt = at;
            callerEvent = event;
        }

        private static long nanos(double ms) { return (long) (ms * 1e6); }

        private void completableFutures() throws InterruptedException {
            boolean all = run.api() == JavaApi.CF_ALLOF;
            List<CompletableFuture<String>> cfs = new ArrayList<>();
            ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
            JavaOutcome outcome;
            try (ExecutorService executor = executor()) {
                for (int i = 0; i < specs.size(); i++) {
                    Callable<String> body = body(i);
                    int task = i;
                    CompletableFuture<String> cf = CompletableFuture.supplyAsync(() -> {
                        try {
                            return body.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new CompletionException(e);
                        }
                    }, executor);
                    cf.whenComplete((v, x) -> handleDone(task));
                    cfs.add(cf);
                }
                for (int i = 0; i < specs.size(); i++) {
                    Double at = specs.get(i).cancelAtMs();
                    if (at == null) continue;
                    int task = i;
                    canceller.schedule(() -> cancelCf(cfs.get(task), task), nanos(at) - nanos(now()), TimeUnit.NANOSECONDS);
                }
                CompletableFuture<?> combined = all ? CompletableFuture.allOf(cfs.toArray(CompletableFuture[]::new))
                        : CompletableFuture.anyOf(cfs.toArray(CompletableFuture[]::new));
                if (run.timeoutMs() != null) combined = combined.orTimeout(nanos(run.timeoutMs()), TimeUnit.NANOSECONDS);
                try {
                    // get(), not join(): Stop must be able to interrupt the wait. It throws what join() would, but
                    // wrapped in ExecutionException instead of CompletionException; the outcome names join()'s.
                    Object value = combined.get();
                    List<JavaOutcome.Item> items = new ArrayList<>();
                    if (all) for (int i = 0; i < cfs.size(); i++) items.add(new JavaOutcome.Item(name(i), cfs.get(i).join(), "SUCCESS", null));
                    else items.add(JavaOutcome.Item.value((String) value));
                    outcome = new JavaOutcome.Returned(all ? "Void (then cf.join() for each)" : "Object", items);
                } catch (ExecutionException | CancellationException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    String thrown = e instanceof ExecutionException ? CompletionException.class.getSimpleName() : e.getClass().getSimpleName();
                    if (cause instanceof TimeoutException) java(new TraceEvent.TimeoutFired(now()));
                    outcome = new JavaOutcome.Threw(thrown, cause == null ? null : cause.getClass().getSimpleName(),
                            cause instanceof TaskFailed ? cause.getMessage() : cause instanceof CancellationException ? cancelledTask(cfs, all) : null);
                } catch (InterruptedException e) {
                    throw halt(executor, e);
                }
                returned(outcome);
                snapshot(cfs.stream().map(cf -> cf.state().name()).toList(), true);
            } finally {
                canceller.shutdownNow();
            }
            if (halted()) return;
            snapshot(cfs.stream().map(cf -> cf.state().name()).toList(), false);
        }

        private synchronized void cancelCf(CompletableFuture<String> cf, int i) {
            if (cf.isDone() || halted()) return;
            TaskFacts f = facts[i];
            f.cancelAt = now();
            emit(new TraceEvent.CancelRequested(f.cancelAt, i, CancelCause.SELF));
            cf.cancel(true);
            if (f.start == null) {                          // supplyAsync's task will see the CF is done and skip the body
                f.body = BodyEnd.NEVER_RAN;
                f.end = f.cancelAt;
                java(new TraceEvent.NeverRan(f.end, i));
                f.ended = TaskState.CANCELLED;
                f.endEvent = emit(new TraceEvent.Cancelled(f.end, i, CancelCause.SELF));
            }
        }

        private synchronized void handleDone(int i) {
            if (facts[i].handleDoneAt == null && !halted()) facts[i].handleDoneAt = now();
        }

        /** Which task's cancellation the combined future carries: the left-most (allOf) or the first (anyOf). */
        private String cancelledTask(List<CompletableFuture<String>> cfs, boolean all) {
            Integer best = null;
            for (int i = 0; i < cfs.size(); i++) {
                if (!cfs.get(i).isCancelled()) continue;
                if (all) return name(i);
                if (best == null || facts[i].cancelAt < facts[best].cancelAt) best = i;
            }
            return best == null ? null : name(best);
        }

        private void invokeAll() throws InterruptedException {
            List<Future<String>> futures;
            JavaOutcome outcome;
            try (ExecutorService executor = executor()) {
                try {
                    futures = run.timeoutMs() == null ? executor.invokeAll(callables())
                            : executor.invokeAll(callables(), nanos(run.timeoutMs()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    throw halt(executor, e);
                }
                List<JavaOutcome.Item> items = new ArrayList<>();
                for (int i = 0; i < futures.size(); i++) {
                    Future<String> f = futures.get(i);
                    items.add(switch (f.state()) {
                        case SUCCESS -> new JavaOutcome.Item(name(i), f.resultNow(), "SUCCESS", null);
                        case FAILED -> new JavaOutcome.Item(name(i), null, "FAILED", f.exceptionNow().getClass().getSimpleName());
                        default -> new JavaOutcome.Item(name(i), null, f.state().name(), "CancellationException");
                    });
                }
                outcome = new JavaOutcome.Returned("List<Future<String>>", items);
                if (futures.stream().anyMatch(Future::isCancelled)) java(new TraceEvent.TimeoutFired(now()));
                returned(outcome);
                neverRan(CancelCause.TIMEOUT);
                snapshot(futures.stream().map(f -> f.state().name()).toList(), true);
            }
            if (halted()) return;                        // stopped while the block waited: its ending is Stop's
            snapshot(futures.stream().map(f -> f.state().name()).toList(), false);
            for (int i = 0; i < futures.size(); i++) {
                TaskFacts f = facts[i];
                f.handleDoneAt = "CANCELLED".equals(f.finalState) ? returnedAt : f.end;
            }
        }

        private void invokeAny() throws InterruptedException {
            JavaOutcome outcome;
            try (ExecutorService executor = executor()) {
                try {
                    String v = run.timeoutMs() == null ? executor.invokeAny(callables())
                            : executor.invokeAny(callables(), nanos(run.timeoutMs()), TimeUnit.NANOSECONDS);
                    outcome = new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value(v)));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    outcome = new JavaOutcome.Threw("ExecutionException", c == null ? null : c.getClass().getSimpleName(),
                            c instanceof TaskFailed ? c.getMessage() : null);
                } catch (TimeoutException e) {
                    timedOut = true;
                    java(new TraceEvent.TimeoutFired(now()));
                    outcome = new JavaOutcome.Threw("TimeoutException", null, null);
                } catch (InterruptedException e) {
                    throw halt(executor, e);
                }
                returned(outcome);
                neverRan(timedOut ? CancelCause.TIMEOUT : CancelCause.WINNER);
            }
        }

        private List<Callable<String>> callables() {
            List<Callable<String>> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) out.add(body(i));
            return out;
        }

        /**
         * A task that had not started when the call returned was cancelled before it began: its {@code FutureTask}
         * will never run it, whether it was queued for a pool thread or its virtual thread ({@code invokeAll}) waited
         * for a carrier. ({@code invokeAny}'s virtual threads call the task anyway.)
         */
        private synchronized void neverRan(CancelCause cause) {
            if (run.threads() == JavaThreads.VIRTUAL && run.api() == JavaApi.INVOKE_ANY || halted()) return;
            for (int i = 0; i < facts.length; i++) {
                TaskFacts f = facts[i];
                if (f.start != null || f.body != null) continue;
                f.body = BodyEnd.NEVER_RAN;
                f.end = returnedAt;
                f.cancelAt = returnedAt;
                // It was cancelled before the call returned: its events go just before the caller's.
                int at = callerEvent;
                TraceEvent asked = new TraceEvent.CancelRequested(returnedAt, i, cause);
                TraceEvent ended = new TraceEvent.Cancelled(returnedAt, i, cause);
                events.add(at, asked);
                events.add(at + 1, new TraceEvent.NeverRan(returnedAt, i));
                events.add(at + 2, ended);
                listener.onEvent(asked);
                listener.onEvent(ended);
                for (TaskFacts g : facts) if (g.endEvent >= at) g.endEvent += 3;
                f.endEvent = at + 2;
                f.ended = TaskState.CANCELLED;
                callerEvent += 3;
            }
        }

        private synchronized void snapshot(List<String> states, boolean atReturn) {
            if (halted()) return;                        // what a handle says after a Stop is Stop's doing, not the API's
            for (int i = 0; i < states.size(); i++) {
                if (atReturn) facts[i].stateAtReturn = states.get(i);
                else facts[i].finalState = states.get(i);
            }
        }

        // ---- StructuredTaskScope, by reflection ----------------------------------------------------------------

        private void structured() throws InterruptedException {
            StructuredScope scope = StructuredScope.open(run, threads);
            List<Object> subtasks = new ArrayList<>();
            JavaOutcome outcome;
            try {
                for (int i = 0; i < specs.size(); i++) subtasks.add(scope.fork(body(i)));
                try {
                    Object r = scope.join();
                    outcome = switch (run.joiner()) {
                        case ANY_SUCCESSFUL_RESULT_OR_THROW -> new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value((String) r)));
                        case ALL_SUCCESSFUL_OR_THROW -> new JavaOutcome.Returned("Stream<Subtask<String>>", items(scope, subtasks));
                        case AWAIT_ALL_SUCCESSFUL_OR_THROW -> new JavaOutcome.Returned("null (then subtask.get() for each)", items(scope, subtasks));
                        case AWAIT_ALL -> new JavaOutcome.Returned("null (then subtask.state() for each)", items(scope, subtasks));
                    };
                } catch (StructuredScope.Thrown e) {
                    Throwable c = e.exception.getCause();
                    String name = e.exception.getClass().getSimpleName();
                    if (name.equals("TimeoutException")) {
                        timedOut = true;
                        java(new TraceEvent.TimeoutFired(now()));
                    }
                    outcome = new JavaOutcome.Threw("StructuredTaskScope." + name, c == null ? null : c.getClass().getSimpleName(),
                            c instanceof TaskFailed ? c.getMessage() : null);
                }
                returned(outcome);
                snapshot(subtasks.stream().map(scope::state).toList(), true);
            } finally {
                scope.close();
            }
            if (halted()) return;
            snapshot(subtasks.stream().map(scope::state).toList(), false);
            for (int i = 0; i < facts.length; i++) if (!"UNAVAILABLE".equals(facts[i].finalState)) facts[i].handleDoneAt = facts[i].end;
        }

        private List<JavaOutcome.Item> items(StructuredScope scope, List<Object> subtasks) {
            List<JavaOutcome.Item> items = new ArrayList<>();
            for (int i = 0; i < subtasks.size(); i++) {
                String s = scope.state(subtasks.get(i));
                items.add(s.equals("SUCCESS") ? new JavaOutcome.Item(name(i), name(i), s, null)
                        : new JavaOutcome.Item(name(i), null, s, s.equals("FAILED") ? "TaskFailed" : null));
            }
            return items;
        }

        // ---- the result ----------------------------------------------------------------------------------------

        private String name(int i) { return specs.get(i).name(); }

        private JavaRun result(double blockExit) {
            return RealJavaResult.of(specs, run, clock.kind(), facts, outcome, returnedAt, callerEvent, blockExit, events, notes,
                    cause(), halted());
        }
    }
}
