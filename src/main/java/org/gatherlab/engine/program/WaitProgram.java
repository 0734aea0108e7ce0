package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Task;
import org.gatherlab.engine.asyncio.Wait;

import java.util.ArrayList;
import java.util.List;

/** {@code done, pending = await asyncio.wait(tasks, timeout=T, return_when=W)}: never raises, never cancels. */
final class WaitProgram implements StrategyProgram {
    @Override public Coro await(RunContext ctx) {
        return new Coro() {
            private List<Task> tasks;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (tasks == null) {
                    tasks = StrategyProgram.createTasks(ctx);
                    return Wait.wait(ctx.loop, tasks, ctx.run.timeoutMs(), ctx.run.returnWhen());
                }
                if (thrown != null) return thrown;
                List<String> done = new ArrayList<>();
                List<String> pending = new ArrayList<>();
                for (Task t : tasks) (t.done() ? done : pending).add(ctx.name(t.index));
                return new Ret(new Outcome.ReturnedWait(done, pending));
            }
        };
    }
}
