package org.gatherlab.runtime;

import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.asyncio.EventLoop;
import org.gatherlab.engine.asyncio.Job;
import org.gatherlab.engine.asyncio.Pool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real pool for {@code cpu: processes}: {@code workers} threads take jobs FIFO and really compute,
 * in parallel, for each job's duration. What a worker does reaches the loop only through
 * {@code call_soon_threadsafe}, so the trace is written by the loop thread alone.
 */
public final class ThreadPool implements Pool {
    private final EventLoop loop;
    private final RealClock clock;
    private final JoinedThreads made = new JoinedThreads(r -> {
        Thread t = new Thread(r, "gatherlab-worker");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService threads;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final ThreadLocal<Integer> workerId = new ThreadLocal<>();
    private final AtomicInteger nextWorker = new AtomicInteger();

    public ThreadPool(EventLoop loop, RealClock clock, int workers) {
        this.loop = loop;
        this.clock = clock;
        this.threads = Executors.newFixedThreadPool(workers, made);
    }

    @Override public Job submit(int task, double ms) {
        Job job = new Job(task, ms);
        outstanding.incrementAndGet();
        job.addDoneCallback(j -> {
            if (j.isCancelled()) outstanding.decrementAndGet();
        });
        loop.emit(new TraceEvent.JobQueued(loop.time(), task));
        threads.execute(() -> work(job));
        return job;
    }

    private void work(Job job) {
        if (!job.setRunningOrNotifyCancel()) return;
        if (workerId.get() == null) workerId.set(nextWorker.getAndIncrement());
        int worker = workerId.get();
        loop.callSoonThreadsafe(() -> loop.emit(new TraceEvent.JobStarted(loop.time(), job.task, worker)));
        clock.compute(job.ms);
        loop.callSoonThreadsafe(() -> {
            loop.emit(new TraceEvent.JobEnded(loop.time(), job.task, worker));
            outstanding.decrementAndGet();
        });
        job.setResult();
    }

    @Override public boolean idle() { return outstanding.get() == 0; }

    /**
     * Ends the workers and waits for them: at the end of a run they are idle, and a stopped run's workers leave their
     * busy loops at once ({@link RealClock#compute} returns when the clock is stopped), so none outlives its run.
     */
    @Override public void shutdown() {
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS))
                throw new IllegalStateException("a process-pool worker did not end within 5 s of its run");
            made.joinAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
