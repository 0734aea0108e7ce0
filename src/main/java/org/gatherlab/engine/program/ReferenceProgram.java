package org.gatherlab.engine.program;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.Clock;
import org.gatherlab.engine.FailurePlan;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.RunStopped;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.asyncio.EventLoop;
import org.gatherlab.engine.asyncio.Gather;
import org.gatherlab.engine.asyncio.Pool;
import org.gatherlab.engine.asyncio.Task;
import org.gatherlab.engine.asyncio.VirtualPool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs the contract's reference program ({@code asyncio.run(main())}) for one run and returns its trace.
 * The same program runs on any clock; only the clock and the pool differ between virtual and real.
 */
public final class ReferenceProgram {
    private ReferenceProgram() {}

    /** How a run gets its process pool: virtual jobs on loop timers, or real threads. */
    public interface PoolFactory extends BiFunction<EventLoop, Integer, Pool> {
        PoolFactory VIRTUAL = VirtualPool::new;
    }

    public static Trace run(List<TaskSpec> specs, long seed, RunSpec run, Clock clock, PoolFactory pools,
                            TraceListener listener) {
        // Columns, not an object per event (TraceLog); an I/O task makes five events.
        TraceLog events = new TraceLog(specs.size() * 5 + 16);
        EventLoop loop = new EventLoop(clock, events, listener, specs.size());
        return run(loop, specs, FailurePlan.draw(seed, specs), run, pools, events);
    }

    private static Trace run(EventLoop loop, List<TaskSpec> specs, boolean[] fails, RunSpec run, PoolFactory pools,
                             TraceLog events) {
        Pool pool = pools.apply(loop, run.workers());
        try {
            RunContext ctx = new RunContext(loop, specs, fails, run, pool);
            ctx.main = new Task(loop, new MainProgram(ctx, StrategyProgram.of(run.strategy())), TraceEvent.CALLER);
            ctx.main.addDoneCallback(f -> loop.stop());
            try {
                loop.runForever();
                if (run.onExit() == OnExit.CANCEL) tearDown(loop);
                loop.runUntil(() -> allSettled(loop));
                // Like leaving `with ProcessPoolExecutor(...)`: jobs already running finish.
                loop.runUntil(pool::idle);
            } catch (RunStopped stopped) {
                // A real run stopped (the loop records nothing after a Stop): what had happened stands, the outcome only
                // if the caller's end was recorded before.
            }
            return new Trace(specs, run, loop.clock().kind(), events, ctx.outcome, null);
        } finally {
            pool.shutdown();
        }
    }

    /** {@code asyncio.run()}'s {@code _cancel_all_tasks}, in creation order. */
    private static void tearDown(EventLoop loop) {
        loop.trace(TraceLog.Kind.TEARDOWN, TraceEvent.CALLER, loop.time(), 0);
        List<Task> toCancel = new ArrayList<>();
        for (Task t : loop.tasks()) if (!t.done()) toCancel.add(t);
        if (toCancel.isEmpty()) return;
        for (Task t : toCancel) t.cancel(CancelCause.EXIT);
        Gather.gather(loop, toCancel, true).addDoneCallback(f -> loop.stop());
        loop.runForever();
    }

    private static boolean allSettled(EventLoop loop) {
        return loop.unfinishedTasks() == 0;
    }
}
