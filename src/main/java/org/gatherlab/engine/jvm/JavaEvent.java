package org.gatherlab.engine.jvm;

import org.gatherlab.engine.TraceEvent;

/**
 * One thing that happened in a Java run. {@link Shared} wraps the engine's own {@link TraceEvent}s (created, step,
 * compute, sleeping, cancel-requested, succeeded/failed/cancelled, caller-returned/raised): the timeline and the
 * shared report are drawn from those alone. The other kinds say what only Java has (threads, carriers, interrupts,
 * handles, the block's exit); {@code src/site/markdown/java-strategies.md} proposes them as new {@code TraceEvent} kinds.
 * {@code task} is the task's 0-based position, or {@link TraceEvent#CALLER} for the caller.
 */
public sealed interface JavaEvent {
    double atMs();

    int task();

    /** The kind's stable spelling in reports. */
    String kind();

    /** An event the shared trace already has a kind for. */
    record Shared(TraceEvent event) implements JavaEvent {
        public double atMs() { return event.atMs(); }
        public int task() { return event.task(); }
        public String kind() { return event.kind(); }
    }

    /**
     * The task's thread is ready to run but has no thread to run on: a virtual thread waiting for a free carrier
     * ({@code carrier} true), or a task queued in the fixed pool until a pool thread is free.
     */
    record WaitingForThread(double atMs, int task, boolean carrier) implements JavaEvent {
        public String kind() { return carrier ? "waiting-for-carrier" : "queued-in-pool"; }
    }

    /** A carrier ({@code carrier} true: virtual thread mounted) or a pool thread took the task; {@code slot} is its index. */
    record Mounted(double atMs, int task, int slot, boolean carrier) implements JavaEvent {
        public String kind() { return carrier ? "mounted" : "pool-thread-taken"; }
    }

    /** A virtual thread blocked in {@code Thread.sleep} and gave its carrier back. */
    record Unmounted(double atMs, int task, int slot) implements JavaEvent {
        public String kind() { return "unmounted"; }
    }

    /** An interrupt was delivered: the blocking call threw {@code InterruptedException}. */
    record Interrupted(double atMs, int task) implements JavaEvent {
        public String kind() { return "interrupted"; }
    }

    /** An interrupt reached a thread that is computing: the flag is set, the CPU loop never looks at it. */
    record InterruptIgnored(double atMs, int task) implements JavaEvent {
        public String kind() { return "interrupt-ignored"; }
    }

    /** The task's handle ({@code Future}, {@code CompletableFuture}, {@code Subtask}) took its final state. */
    record HandleCompleted(double atMs, int task, String javaState) implements JavaEvent {
        public String kind() { return "handle-completed"; }
    }

    /** The body returned or threw after its handle was cancelled (or its scope was): the outcome is thrown away. */
    record ResultDiscarded(double atMs, int task) implements JavaEvent {
        public String kind() { return "result-discarded"; }
    }

    /** A pool or a {@code CompletableFuture} skipped a task cancelled before a thread took it: its body never ran. */
    record NeverRan(double atMs, int task) implements JavaEvent {
        public String kind() { return "never-ran"; }
    }

    /** The call's deadline passed ({@code orTimeout}, {@code invokeAll/invokeAny} timeout, {@code withTimeout}). */
    record TimeoutFired(double atMs) implements JavaEvent {
        public int task() { return TraceEvent.CALLER; }
        public String kind() { return "timeout"; }
    }

    /** The scope was cancelled by its joiner because of subtask {@code task} (first failure, or first success). */
    record ScopeCancelled(double atMs, int task) implements JavaEvent {
        public String kind() { return "scope-cancelled"; }
    }

    /** The try-with-resources block ended: {@code close()} returned once every thread had finished. */
    record BlockExited(double atMs) implements JavaEvent {
        public int task() { return TraceEvent.CALLER; }
        public String kind() { return "block-exited"; }
    }
}
