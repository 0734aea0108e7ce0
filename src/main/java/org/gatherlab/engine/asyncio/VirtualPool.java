package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceLog;

import java.util.ArrayDeque;

/**
 * A pool whose jobs take virtual time: a job that starts at {@code s} ends by a loop timer at
 * {@code s + ms}. Ending a job first completes it (its callbacks hand the result to the loop), then
 * frees the worker for the next queued job that was not withdrawn, as a thread-pool worker does. A job
 * of 0 ms has nothing to wait for: it ends in the callback that started it, and the worker goes straight
 * on to the next job, since a worker never waits for a loop pass (asyncio-decided-orders.md, rule P1).
 */
public final class VirtualPool implements Pool {
    private final EventLoop loop;
    private final boolean[] busy;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private int running;

    public VirtualPool(EventLoop loop, int workers) {
        this.loop = loop;
        this.busy = new boolean[workers];
    }

    @Override public Job submit(int task, double ms) {
        Job job = new Job(task, ms);
        loop.trace(TraceLog.Kind.JOB_QUEUED, task, loop.time(), 0);
        queue.addLast(job);
        startQueued();
        return job;
    }

    /** Gives free workers to the queued jobs that were not withdrawn, in order; 0 ms jobs end on the spot. */
    private void startQueued() {
        while (running < busy.length && !queue.isEmpty()) {
            Job job = queue.pollFirst();
            if (!job.setRunningOrNotifyCancel()) continue;
            int worker = 0;
            while (busy[worker]) worker++;
            busy[worker] = true;
            running++;
            int w = worker;
            loop.trace(TraceLog.Kind.JOB_STARTED, job.task, loop.time(), w);
            if (job.ms > 0) loop.callAt(loop.time() + job.ms, () -> finish(job, w));
            else end(job, w);
        }
    }

    private void finish(Job job, int worker) {
        end(job, worker);
        startQueued();
    }

    private void end(Job job, int worker) {
        loop.trace(TraceLog.Kind.JOB_ENDED, job.task, loop.time(), worker);
        busy[worker] = false;
        running--;
        job.setResult();
    }

    @Override public boolean idle() {
        if (running > 0) return false;
        for (Job j : queue) if (!j.isCancelled()) return false;
        return true;
    }
}
