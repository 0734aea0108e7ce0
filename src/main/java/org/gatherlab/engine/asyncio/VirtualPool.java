package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceEvent;

import java.util.ArrayDeque;

/**
 * A pool whose jobs take virtual time: a job that starts at {@code s} ends by a loop timer at
 * {@code s + ms}. Ending a job first completes it (its callbacks hand the result to the loop), then
 * frees the worker for the next queued job that was not withdrawn, as a thread-pool worker does.
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
        loop.emit(new TraceEvent.JobQueued(loop.time(), task));
        if (running < busy.length && job.setRunningOrNotifyCancel()) start(job);
        else queue.addLast(job);
        return job;
    }

    private void start(Job job) {
        int worker = 0;
        while (busy[worker]) worker++;
        busy[worker] = true;
        running++;
        int w = worker;
        loop.emit(new TraceEvent.JobStarted(loop.time(), job.task, w));
        loop.callAt(loop.time() + job.ms, () -> finish(job, w));
    }

    private void finish(Job job, int worker) {
        loop.emit(new TraceEvent.JobEnded(loop.time(), job.task, worker));
        busy[worker] = false;
        running--;
        job.setResult();
        while (!queue.isEmpty()) {
            Job next = queue.pollFirst();
            if (next.setRunningOrNotifyCancel()) {
                start(next);
                break;
            }
        }
    }

    @Override public boolean idle() {
        if (running > 0) return false;
        for (Job j : queue) if (!j.isCancelled()) return false;
        return true;
    }
}
