package org.gatherlab.engine.flat;

import org.gatherlab.engine.TraceLog;

/**
 * The flat path's process pool: {@code engine.asyncio.VirtualPool} and its jobs ({@code Job}) with a slot per task
 * instead of an object per job. Jobs wait in a FIFO ring of task positions and take the lowest free worker; a job of
 * {@code ms > 0} ends by a loop timer (the task's id in {@link FlatTimers}: a CPU task has no sleep), a job of 0 ms
 * ends on the spot (asyncio-decided-orders.md, rule P1). A job that ends or is withdrawn hands its result to the loop
 * through {@code call_soon_threadsafe} ({@link FlatRun#threadsafe}), as {@code Executor.runInExecutor} chains it.
 */
final class FlatPool {
    private static final byte QUEUED = 1, RUNNING = 2, WITHDRAWN = 3, FINISHED = 4;

    private final FlatRun run;
    private final boolean[] busy;
    private final byte[] job;
    private final int[] worker;
    private final double[] ms;
    private final IntQueue queue = new IntQueue(16);
    private int running;
    private int queuedLive;

    FlatPool(FlatRun run, int workers, int tasks) {
        this.run = run;
        this.busy = new boolean[workers];
        this.job = new byte[tasks];
        this.worker = new int[tasks];
        this.ms = new double[tasks];
    }

    /**
     * {@code run_in_executor}: queues task {@code i}'s job of {@code jobMs} and starts what a free worker can take. A
     * job of 0 ms that a free worker takes at once ends inside this call, before {@code Executor} registers its
     * done-callback; registering it then hands the result over at once, with nothing in between, so handing it over at
     * the end is the same.
     */
    void submit(int i, double jobMs) {
        run.trace(TraceLog.Kind.JOB_QUEUED, i, 0);
        job[i] = QUEUED;
        ms[i] = jobMs;
        queuedLive++;
        queue.add(i);
        startQueued();
    }

    /** Free workers take the queued jobs that were not withdrawn, in order; 0 ms jobs end on the spot. */
    private void startQueued() {
        while (running < busy.length && !queue.isEmpty()) {
            int i = queue.poll();
            if (job[i] == WITHDRAWN) continue;
            queuedLive--;
            job[i] = RUNNING;
            int w = 0;
            while (busy[w]) w++;
            busy[w] = true;
            running++;
            worker[i] = w;
            run.trace(TraceLog.Kind.JOB_STARTED, i, w);
            if (ms[i] > 0) run.scheduleJob(i, run.now() + ms[i]);
            else end(i);
        }
    }

    /** The job's timer: it ends, then its worker takes the next job. */
    void finish(int i) {
        end(i);
        startQueued();
    }

    /** The job ends and completes: its done-callback hands the result to the loop. */
    private void end(int i) {
        int w = worker[i];
        run.trace(TraceLog.Kind.JOB_ENDED, i, w);
        busy[w] = false;
        running--;
        job[i] = FINISHED;
        run.threadsafe(i);
    }

    /** {@code Job.cancel}: withdraws a job no worker took (its callback then runs); false once it runs or ran. */
    boolean withdraw(int i) {
        if (job[i] == RUNNING || job[i] == FINISHED) return false;
        if (job[i] == WITHDRAWN) return true;
        job[i] = WITHDRAWN;
        queuedLive--;
        run.threadsafe(i);
        return true;
    }

    boolean withdrawn(int i) { return job[i] == WITHDRAWN; }

    /** No job running or queued (withdrawn ones aside). */
    boolean idle() { return running == 0 && queuedLive == 0; }
}
