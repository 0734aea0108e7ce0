package org.gatherlab.engine.jvm;

/**
 * One Java call as a small policy, in the shape of the JDK's own {@code StructuredTaskScope.Joiner}: how it starts the
 * tasks, what a finished body does to the task's handle and to the others, and what the caller's thread does when it
 * wakes up (cancel the rest?) and gets (a value, a list of futures, an exception).
 */
abstract class Call {
    final JvmMachine m;

    Call(JvmMachine m) { this.m = m; }

    /** The handle's Java type as the report names it, or null when the caller gets none ({@code invokeAny}). */
    abstract String handleName();

    /** The handle's state before it completes: {@code RUNNING} ({@code Future.State}) or {@code UNAVAILABLE} (a subtask). */
    String initialState() { return handleName() == null ? null : "RUNNING"; }

    /**
     * Whether a task cancelled before a thread took it never runs: true for a {@code FutureTask} (in a pool queue, or
     * bound to a virtual thread still waiting for a carrier) and a {@code CompletableFuture}'s async task (both check
     * before calling); false where a started thread calls the body anyway ({@code invokeAny} on virtual threads, a
     * scope's subtasks).
     */
    abstract boolean skipsCancelledBeforeStart();

    /** At 0 ms, on the caller's thread: create and start (or queue) every task, arm the timers. */
    abstract void begin();

    /** A body ended: give its handle the final state, unless it was cancelled before. No effect on other tasks. */
    void settle(SimThread t) {
        if (!t.handleCancelled && handleName() != null) m.completeHandle(t, t.body == BodyEnd.RETURNED ? "SUCCESS" : "FAILED");
    }

    /** After the task's end was recorded: what its completion sets off (a combined future completes, a scope cancels). */
    abstract void afterBodyEnd(SimThread t);

    /** The caller's thread runs again, last in its instant: what it does before it returns, and what it returns or throws. */
    abstract JavaOutcome ownerWakes();
}
