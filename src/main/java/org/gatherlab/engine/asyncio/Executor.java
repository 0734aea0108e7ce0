package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceLog;

/**
 * {@code loop.run_in_executor(pool, work)}: the pool's concurrent future chained to an asyncio future
 * as CPython's {@code wrap_future}/{@code _chain_future} do. The result comes back through
 * {@code call_soon_threadsafe}; cancelling the asyncio future withdraws the job only if it is still
 * queued, one tick later.
 */
public final class Executor {
    private Executor() {}

    public static Future runInExecutor(EventLoop loop, Pool pool, int task, double ms) {
        Job source = pool.submit(task, ms);
        Future destination = loop.createFuture();
        destination.addDoneCallback(d -> {
            if (d.cancelled() && source.cancel()) loop.trace(TraceLog.Kind.JOB_WITHDRAWN, task, loop.time(), 0);
        });
        source.addDoneCallback(s -> loop.callSoonThreadsafe(() -> {
            if (destination.cancelled()) return;
            if (!s.isCancelled()) destination.setResult(null);
        }));
        return destination;
    }
}
