package org.gatherlab.engine;

/**
 * One thing that happened during a run, at a time in ms since the run began. {@code task} is the task's
 * 0-based position in the scenario, or {@link #CALLER} for the caller ({@code main()}). The timeline,
 * the event list and the report are all drawn from a sequence of these.
 */
public sealed interface TraceEvent {
    int CALLER = -1;

    double atMs();

    int task();

    /** The kind's stable spelling in reports ({@code "created"}, {@code "step"}, ...). */
    String kind();

    /** The task object exists (gather, taskgroup, wait, as_completed create all tasks up front). */
    record Created(double atMs, int task) implements TraceEvent { public String kind() { return "created"; } }

    /** The task ran one step (resumed). The first one is its start. */
    record Step(double atMs, int task) implements TraceEvent { public String kind() { return "step"; } }

    /** The task computes on the loop thread for {@code plannedMs}: the loop is busy, nothing else runs. */
    record ComputeBegan(double atMs, int task, double plannedMs) implements TraceEvent { public String kind() { return "compute-began"; } }

    record ComputeEnded(double atMs, int task) implements TraceEvent { public String kind() { return "compute-ended"; } }

    /** The task suspended on I/O (a timer) due at {@code dueMs}; the loop is free. */
    record Sleeping(double atMs, int task, double dueMs) implements TraceEvent { public String kind() { return "sleeping"; } }

    record PermitWaiting(double atMs, int task) implements TraceEvent { public String kind() { return "permit-waiting"; } }

    record PermitGranted(double atMs, int task) implements TraceEvent { public String kind() { return "permit-granted"; } }

    record PermitReleased(double atMs, int task) implements TraceEvent { public String kind() { return "permit-released"; } }

    /** The task submitted a pool job; it waits in the pool's FIFO queue until a worker is free. */
    record JobQueued(double atMs, int task) implements TraceEvent { public String kind() { return "job-queued"; } }

    record JobStarted(double atMs, int task, int worker) implements TraceEvent { public String kind() { return "job-started"; } }

    record JobEnded(double atMs, int task, int worker) implements TraceEvent { public String kind() { return "job-ended"; } }

    /** A queued job was taken back because its task was cancelled before a worker picked it up. */
    record JobWithdrawn(double atMs, int task) implements TraceEvent { public String kind() { return "job-withdrawn"; } }

    /** Someone asked for this task (or the caller) to be cancelled. Delivery waits for its next await. */
    record CancelRequested(double atMs, int task, CancelCause cause) implements TraceEvent { public String kind() { return "cancel-requested"; } }

    record Succeeded(double atMs, int task) implements TraceEvent { public String kind() { return "succeeded"; } }

    record Failed(double atMs, int task) implements TraceEvent { public String kind() { return "failed"; } }

    record Cancelled(double atMs, int task, CancelCause cause) implements TraceEvent { public String kind() { return "cancelled"; } }

    /** A timer ran after its due time because the loop was busy; {@code task} is whose timer it was. */
    record TimerLate(double atMs, int task, double dueMs) implements TraceEvent { public String kind() { return "timer-late"; } }

    /** The caller's await ended: it returned or raised (the outcome is in the trace). */
    record CallerReturned(double atMs) implements TraceEvent {
        public int task() { return CALLER; }
        public String kind() { return "caller-returned"; }
    }

    record CallerRaised(double atMs, String exception) implements TraceEvent {
        public int task() { return CALLER; }
        public String kind() { return "caller-raised"; }
    }

    /** {@code asyncio.run()}'s teardown begins cancelling what is left ({@code onExit: cancel}). */
    record TeardownBegan(double atMs) implements TraceEvent {
        public int task() { return CALLER; }
        public String kind() { return "teardown"; }
    }

    // ---- Java runs only (engine.jvm; java-strategies.md#events): threads, carriers, interrupts, handles, the block

    /**
     * The task's thread is ready to run but has nothing to run on: a virtual thread waiting for a free carrier
     * ({@code carrier} true), or a task queued in the fixed pool until a pool thread is free.
     */
    record WaitingForThread(double atMs, int task, boolean carrier) implements TraceEvent {
        public String kind() { return carrier ? "waiting-for-carrier" : "queued-in-pool"; }
    }

    /** A carrier ({@code carrier} true: the virtual thread mounted) or a pool thread took the task; {@code slot} is its index. */
    record Mounted(double atMs, int task, int slot, boolean carrier) implements TraceEvent {
        public String kind() { return carrier ? "mounted" : "pool-thread-taken"; }
    }

    /** A virtual thread blocked in {@code Thread.sleep} and gave carrier {@code slot} back. */
    record Unmounted(double atMs, int task, int slot) implements TraceEvent { public String kind() { return "unmounted"; } }

    /** An interrupt was delivered: the blocking call threw {@code InterruptedException}. */
    record Interrupted(double atMs, int task) implements TraceEvent { public String kind() { return "interrupted"; } }

    /** An interrupt reached a thread that is computing: the flag is set, the CPU loop never looks at it. */
    record InterruptIgnored(double atMs, int task) implements TraceEvent { public String kind() { return "interrupt-ignored"; } }

    /** The task's handle ({@code Future}, {@code CompletableFuture}, {@code Subtask}) took its final state ({@code SUCCESS}, ...). */
    record HandleCompleted(double atMs, int task, String javaState) implements TraceEvent {
        public String kind() { return "handle-completed"; }
    }

    /** The body returned or threw after its handle (or its scope) was cancelled: the outcome is thrown away. */
    record ResultDiscarded(double atMs, int task) implements TraceEvent { public String kind() { return "result-discarded"; } }

    /** A pool or a {@code CompletableFuture} skipped a task cancelled before a thread took it: its body never ran. */
    record NeverRan(double atMs, int task) implements TraceEvent { public String kind() { return "never-ran"; } }

    /** The call's deadline passed ({@code orTimeout}, {@code invokeAll/invokeAny} timeout, {@code withTimeout}). */
    record TimeoutFired(double atMs) implements TraceEvent {
        public int task() { return CALLER; }
        public String kind() { return "timeout"; }
    }

    /** The scope was cancelled by its joiner because of subtask {@code task} (first failure or first success), or {@link #CALLER}. */
    record ScopeCancelled(double atMs, int task) implements TraceEvent { public String kind() { return "scope-cancelled"; } }

    /** The try-with-resources block ended: {@code close()} returned once every thread had finished. */
    record BlockExited(double atMs) implements TraceEvent {
        public int task() { return CALLER; }
        public String kind() { return "block-exited"; }
    }
}
