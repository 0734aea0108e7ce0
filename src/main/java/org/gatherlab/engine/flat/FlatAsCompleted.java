package org.gatherlab.engine.flat;

import org.gatherlab.engine.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The flat path's {@code for f in as_completed(tasks): [try:] record(await f) [except TaskFailed: record]}
 * ({@code engine.asyncio.AsCompleted} over its {@code AsyncQueue}, no timeout: the flat path takes none). The queue of
 * finished tasks is a ring of positions, its one getter (the caller's) a flag. Each wake-up takes every finished task
 * the queue holds in that one step of the caller, as the port's {@code get()} returns at once while items wait.
 */
final class FlatAsCompleted implements FlatAwait {
    private final FlatRun run;
    private final boolean returnExceptions;
    private final int tasks;
    private final IntQueue done = new IntQueue(16);
    private boolean getterWaiting;
    private final List<Outcome.Result> results;

    FlatAsCompleted(FlatRun run, boolean returnExceptions, int tasks) {
        this.run = run;
        this.returnExceptions = returnExceptions;
        this.tasks = tasks;
        this.results = new ArrayList<>(tasks);
    }

    /** The first {@code next()}: nothing has finished yet, so the caller awaits the queue's getter. */
    @Override public void entered() { getterWaiting = true; }

    /** {@code put_nowait(f)}: wakes the waiting getter, if any. */
    @Override public void taskDone(int i) {
        done.add(i);
        if (getterWaiting) {
            getterWaiting = false;
            run.wakeCaller();
        }
    }

    @Override public void callerWoken() {
        while (!done.isEmpty()) {
            int i = done.poll();
            String name = run.name(i);
            if (!run.failed(i)) results.add(Outcome.Result.value(name));
            else if (returnExceptions) results.add(Outcome.Result.error(name, "TaskFailed"));
            else {
                run.raised("TaskFailed", i);
                return;
            }
            if (results.size() == tasks) {
                run.returned(new Outcome.Returned(results));
                return;
            }
        }
        getterWaiting = true;
    }
}
