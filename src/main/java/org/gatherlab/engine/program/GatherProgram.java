package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.Gather;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Timeout;

import java.util.ArrayList;
import java.util.List;

/** {@code tasks = [...]; async with timeout(T): await gather(*tasks, return_exceptions=rE)}. */
final class GatherProgram implements StrategyProgram {
    @Override public Coro await(RunContext ctx) {
        return new Coro() {
            private Timeout timeout;
            private boolean awaiting;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (!awaiting) {
                    awaiting = true;
                    var tasks = StrategyProgram.createTasks(ctx);
                    if (ctx.run.timeoutMs() != null) {
                        timeout = new Timeout(ctx.loop, ctx.run.timeoutMs());
                        timeout.enter(ctx.main);
                    }
                    return Gather.gather(ctx.loop, tasks, ctx.run.returnExceptions());
                }
                PyExc exc = timeout != null ? timeout.exit(thrown) : thrown;
                if (exc != null) return exc;
                @SuppressWarnings("unchecked") List<Gather.ChildResult> children = (List<Gather.ChildResult>) value;
                List<Outcome.Result> results = new ArrayList<>(children.size());
                for (Gather.ChildResult c : children) {
                    String name = ctx.name(c.task().index);
                    results.add(c.error() == null ? Outcome.Result.value(name) : Outcome.Result.error(name, c.error().pythonName()));
                }
                return new Ret(new Outcome.Returned(results));
            }
        };
    }
}
