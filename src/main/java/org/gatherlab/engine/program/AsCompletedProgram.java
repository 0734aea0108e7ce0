package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.asyncio.AsCompleted;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Task;

import java.util.ArrayList;
import java.util.List;

/** {@code for f in as_completed(tasks, timeout=T): [try:] record(await f) [except TaskFailed: record]}. */
final class AsCompletedProgram implements StrategyProgram {
    @Override public Coro await(RunContext ctx) {
        return new Coro() {
            private AsCompleted iterator;
            private int taken;
            private final List<Outcome.Result> results = new ArrayList<>();

            @Override protected Object resume(Object value, PyExc thrown) {
                if (iterator == null) {
                    iterator = new AsCompleted(ctx.loop, StrategyProgram.createTasks(ctx), ctx.run.timeoutMs());
                } else if (thrown == null) {
                    results.add(Outcome.Result.value(ctx.name(((Task) value).index)));
                    taken++;
                } else if (thrown instanceof PyExc.TaskFailed f && ctx.run.returnExceptions()) {
                    results.add(Outcome.Result.error(ctx.name(f.task()), thrown.pythonName()));
                    taken++;
                } else {
                    return thrown;
                }
                return taken < ctx.specs.size() ? iterator.next() : new Ret(new Outcome.Returned(results));
            }
        };
    }
}
