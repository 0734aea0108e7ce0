package org.gatherlab.engine.program;

import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.PyExc;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code async def main()}: arms the caller's own cancel timer first, awaits the tasks the strategy's
 * way, and records the outcome at the very step the await ended.
 */
final class MainProgram extends Coro {
    private final RunContext ctx;
    private final StrategyProgram strategy;
    private boolean started;

    MainProgram(RunContext ctx, StrategyProgram strategy) {
        this.ctx = ctx;
        this.strategy = strategy;
    }

    @Override protected Object resume(Object value, PyExc thrown) {
        if (!started) {
            started = true;
            Double at = ctx.run.cancelAtMs();
            if (at != null) ctx.loop.callAt(at, TraceEvent.CALLER, () -> ctx.main.cancel(CancelCause.CALLER));
            return strategy.await(ctx);
        }
        double now = ctx.loop.time();
        // The event first: a real run stopped at this very moment unwinds at the event, and keeps no outcome.
        if (thrown == null) {
            ctx.loop.trace(TraceLog.Kind.CALLER_RETURNED, TraceEvent.CALLER, now, 0);
            ctx.outcome = (Outcome) value;
        } else {
            ctx.loop.emit(new TraceEvent.CallerRaised(now, thrown.pythonName()));
            ctx.outcome = new Outcome.Raised(thrown.pythonName(), carriedTasks(thrown));
        }
        return Ret.NONE;
    }

    /** The tasks whose exceptions the raised one carries (scenario-contract.md#outcome). */
    private List<String> carriedTasks(PyExc exc) {
        return switch (exc) {
            case PyExc.TaskFailed f -> List.of(ctx.name(f.task()));
            case PyExc.Group g -> {
                List<String> names = new ArrayList<>();
                for (PyExc e : g.errors()) if (e instanceof PyExc.TaskFailed f) names.add(ctx.name(f.task()));
                yield names;
            }
            // The caller's own cancellation carries no task, even when a child's error object brought it.
            case PyExc.Cancelled c -> c.origin() >= 0 && ctx.main.cancelling() == 0 ? List.of(ctx.name(c.origin())) : List.of();
            case PyExc.Timeout t -> List.of();
        };
    }
}
