package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Task;
import org.gatherlab.engine.asyncio.TaskGroup;
import org.gatherlab.engine.asyncio.Timeout;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code async with timeout(T): async with TaskGroup() as tg: create the tasks (and their cancel timers)}.
 * When the block exits normally the caller reads each task: its value, or CancelledError for a
 * task cancelled on its own (the group ignores those).
 */
final class TaskGroupProgram implements StrategyProgram {
    @Override public Coro await(RunContext ctx) {
        return new Coro() {
            private Timeout timeout;
            private final List<Task> tasks = new ArrayList<>();

            @Override protected Object resume(Object value, PyExc thrown) {
                if (tasks.isEmpty()) {
                    if (ctx.run.timeoutMs() != null) {
                        timeout = new Timeout(ctx.loop, ctx.run.timeoutMs());
                        timeout.enter(ctx.main);
                    }
                    TaskGroup tg = new TaskGroup(ctx.loop);
                    tg.enter(ctx.main);
                    for (int i = 0; i < ctx.specs.size(); i++) tasks.add(tg.createTask(ctx.body(i), i));
                    StrategyProgram.scheduleSelfCancels(ctx, tasks);
                    return tg.exit(null);
                }
                PyExc exc = timeout != null ? timeout.exit(thrown) : thrown;
                if (exc != null) return exc;
                List<Outcome.Result> results = new ArrayList<>(tasks.size());
                for (Task t : tasks) {
                    String name = ctx.name(t.index);
                    PyExc err = t.exceptionOrCancelled();
                    results.add(err == null ? Outcome.Result.value(name) : Outcome.Result.error(name, err.pythonName()));
                }
                return new Ret(new Outcome.Returned(results));
            }
        };
    }
}
