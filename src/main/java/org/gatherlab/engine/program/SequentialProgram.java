package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Timeout;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code async with timeout(T): for t in tasks: [try:] await body(t) [except TaskFailed: record]}.
 * No task objects: each body runs inside the caller, so the first failure ends the loop and the
 * rest never start.
 */
final class SequentialProgram implements StrategyProgram {
    @Override public Coro await(RunContext ctx) {
        return new Coro() {
            private Timeout timeout;
            private int next = -1;
            private final List<Outcome.Result> results = new ArrayList<>();

            @Override protected Object resume(Object value, PyExc thrown) {
                if (next < 0) {
                    if (ctx.run.timeoutMs() != null) {
                        timeout = new Timeout(ctx.loop, ctx.run.timeoutMs());
                        timeout.enter(ctx.main);
                    }
                } else if (thrown == null) {
                    results.add(Outcome.Result.value(ctx.name(next)));
                } else if (thrown instanceof PyExc.TaskFailed f && ctx.run.returnExceptions()) {
                    results.add(Outcome.Result.error(ctx.name(f.task()), thrown.pythonName()));
                } else {
                    return leave(thrown);
                }
                next++;
                return next < ctx.specs.size() ? ctx.body(next) : leave(null);
            }

            private Object leave(PyExc exc) {
                if (timeout != null) exc = timeout.exit(exc);
                return exc != null ? exc : new Ret(new Outcome.Returned(results));
            }
        };
    }
}
