package org.gatherlab.engine.flat;

/**
 * The flat path's {@code await gather(*tasks, return_exceptions=rE)} ({@code engine.asyncio.Gather}): a done-callback
 * per child counting them, the outer future a state. Without {@code return_exceptions} the first child to fail or be
 * cancelled settles it at once; otherwise the last child does, and the caller reads every child's result.
 */
final class FlatGather implements FlatAwait {
    private static final byte PENDING = 0, RESULT = 1, FAILED = 2, CANCELLED = 3;

    private final FlatRun run;
    private final boolean returnExceptions;
    private final int tasks;
    private int gathered;
    private byte outer = PENDING;
    /** The child whose exception the outer future holds. */
    private int outerTask = -1;

    FlatGather(FlatRun run, boolean returnExceptions, int tasks) {
        this.run = run;
        this.returnExceptions = returnExceptions;
        this.tasks = tasks;
    }

    @Override public void entered() { }

    /** {@code _done_callback} for child {@code i}. */
    @Override public void taskDone(int i) {
        gathered++;
        if (outer != PENDING) return;
        if (!returnExceptions && (run.failed(i) || run.cancelled(i))) {
            outer = run.cancelled(i) ? CANCELLED : FAILED;
            outerTask = i;
            run.wakeCaller();
            return;
        }
        if (gathered == tasks) {
            outer = RESULT;
            run.wakeCaller();
        }
    }

    @Override public void callerWoken() {
        if (outer == RESULT) run.returnedAll();
        else run.raised(outer == FAILED ? "TaskFailed" : "CancelledError", outerTask);
    }
}
